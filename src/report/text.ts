import { plural } from '../engine/plural.js';
import type { Finding, LintSummary, ResourceRef, Severity } from '../engine/types.js';

/** Small wording and grouping helpers shared by the lint reporters. */

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts what is listed, so a headline always matches the rows under it. */
export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[SEVERITY_COUNT_KEY[f.severity]]++;
  return counts;
}

const SEVERITY_COUNT_KEY: Record<Severity, keyof SeverityCounts> = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos',
};

export { plural };

/** `1 error, 2 warnings, 3 info`: the severities that occur (all three when none does). */
export function severityCounts(counts: SeverityCounts): string {
  const parts: [number, string, string][] = [
    [counts.errors, 'error', 'errors'],
    [counts.warnings, 'warning', 'warnings'],
    [counts.infos, 'info', 'info'],
  ];
  const present = parts.filter(([n]) => n > 0);
  return (present.length > 0 ? present : parts).map(([n, one, many]) => plural(n, one, many)).join(', ');
}

/** `3 problems (1 error, 2 info)`. */
export function problemSummary(counts: SeverityCounts): string {
  const total = counts.errors + counts.warnings + counts.infos;
  return `${plural(total, 'problem')} (${severityCounts(counts)})`;
}

/**
 * `Kind/namespace/name`, or `Kind/name` for a cluster-scoped object (Kubernetes names never hold
 * `/`, so the two shapes cannot be confused).
 */
export function resourceLabel(resource: ResourceRef): string {
  return resource.namespace === null
    ? `${resource.kind}/${resource.name}`
    : `${resource.kind}/${resource.namespace}/${resource.name}`;
}

export interface FileGroup<T> {
  file: string;
  items: T[];
}

/** Groups by `file`, keeping the first-seen order of files and the given order within a file. */
export function groupByFile<T extends { file: string }>(items: readonly T[]): FileGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return [...groups].map(([file, grouped]) => ({ file, items: grouped }));
}

/** Line breaks (CRLF, CR, LF, and the Unicode line and paragraph separators) become one space. */
export function singleLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

/** Lone UTF-16 surrogates become U+FFFD, so URI encoding and XML never meet half a character. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * `skipped 3 files that are not Kubernetes objects and 1 unrendered template (…)`, or null:
 * what a folder walk counted instead of checking, so that a clean result says what it left out.
 */
export function skippedNote(summary: LintSummary): string | null {
  const parts: string[] = [];
  if (summary.skippedFiles) parts.push(`${plural(summary.skippedFiles, 'file')} that ${summary.skippedFiles === 1 ? 'is not a Kubernetes object' : 'are not Kubernetes objects'}`);
  if (summary.helmTemplates) parts.push(`${plural(summary.helmTemplates, 'unrendered template')} (lint what they render: helm template … | netlint lint -)`);
  return parts.length > 0 ? `skipped ${parts.join(' and ')}` : null;
}
