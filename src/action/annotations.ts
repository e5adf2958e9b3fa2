import type { ActionCore } from './deps.js';
import { emitAnnotations as emit, type Annotation, type AnnotationLevel } from '../report/github.js';

export { ANNOTATIONS_PER_LEVEL } from '../report/github.js';

/**
 * The Action's annotations, capped per level as GitHub shows them (report/github.ts
 * emitAnnotations), through `@actions/core`; the rest are in the job summary and the SARIF file.
 */
export function emitAnnotations(
  core: Pick<ActionCore, 'error' | 'warning' | 'notice'>,
  annotations: readonly Annotation[],
  options: { cap?: number; reserveError?: boolean; reserveWarnings?: number } = {},
): { emitted: number; omitted: Record<AnnotationLevel, number> } {
  return emit({ error: (m, p) => core.error(m, p), warning: (m, p) => core.warning(m, p), notice: (m, p) => core.notice(m, p) }, annotations, options);
}
