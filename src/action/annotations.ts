import type { Annotation, AnnotationLevel } from '../report/index.js';
import type { ActionCore } from './deps.js';

/**
 * GitHub shows 10 annotations of each level per step and drops the rest silently, so the Action
 * emits at most this many per level and says how many it left out; SARIF and the job summary
 * carry every finding.
 */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/**
 * Emits the first annotations of each level (findings arrive sorted by file and line) and, when
 * some are left out, one notice counting them. Slots are kept for the counting notice, when
 * `reserveError` is set for the error that `setFailed` adds, and `reserveWarnings` for the
 * Action's own warnings (those already given and one to come, such as a comment that could not
 * be posted), so none of them is the one GitHub drops.
 */
export function emitAnnotations(
  core: Pick<ActionCore, 'error' | 'warning' | 'notice'>,
  annotations: readonly Annotation[],
  options: { cap?: number; reserveError?: boolean; reserveWarnings?: number } = {},
): { emitted: number; omitted: Record<AnnotationLevel, number> } {
  const cap = options.cap ?? ANNOTATIONS_PER_LEVEL;
  const byLevel = (level: AnnotationLevel) => annotations.filter((a) => a.level === level);
  const overflow = LEVELS.some((level) => byLevel(level).length > budget(level, cap, false, options));
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const level of LEVELS) {
    const all = byLevel(level);
    const shown = all.slice(0, budget(level, cap, overflow, options));
    for (const a of shown) core[level](a.message, a.properties);
    emitted += shown.length;
    omitted[level] = all.length - shown.length;
  }
  const left = LEVELS.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${NOUN[level]}${omitted[level] === 1 ? '' : 's'}`);
  if (left.length > 0) {
    core.notice(`netlint: ${left.join(', ')} more than GitHub shows per step (${cap} per level); the job summary and the SARIF file (up to 25,000 findings) list them`);
  }
  return { emitted, omitted };
}

const NOUN: Record<AnnotationLevel, string> = { error: 'error', warning: 'warning', notice: 'info finding' };

function budget(level: AnnotationLevel, cap: number, overflow: boolean, reserve: { reserveError?: boolean; reserveWarnings?: number }): number {
  if (level === 'error' && reserve.reserveError) return Math.max(0, cap - 1);
  if (level === 'warning') return Math.max(0, cap - (reserve.reserveWarnings ?? 0));
  if (level === 'notice' && overflow) return Math.max(0, cap - 1);
  return cap;
}
