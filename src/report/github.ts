import type { Finding, LintResult, Severity } from '../engine/types.js';

/**
 * GitHub annotations, two ways from one source of truth:
 * - `toAnnotations(result)` returns data the Action hands to `core.error/warning/notice(message,
 *   properties)` (the Action caps them per level: GitHub shows only 10 per level per step);
 * - `renderGithub(result)` prints the same annotations as workflow commands for `--format github`
 *   in a plain `run:` step.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Structurally the same as `AnnotationProperties` of `@actions/core`, which reporters do not import. */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Present only on single-line ranges: GitHub rejects columns when the lines differ. */
  startColumn?: number;
  endColumn?: number;
}

export interface Annotation {
  level: AnnotationLevel;
  /** The finding's message, then its remediation on a new line when it has one. */
  message: string;
  properties: AnnotationProperties;
}

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'error', warning: 'warning', info: 'notice' };

export function toAnnotations(result: LintResult): Annotation[] {
  return result.findings.map(toAnnotation);
}

function toAnnotation(f: Finding): Annotation {
  const properties: AnnotationProperties = { title: f.ruleId, file: f.file, startLine: f.line, endLine: f.endLine };
  if (f.line === f.endLine) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  const message = f.remediation === undefined ? f.message : `${f.message}\nRemediation: ${f.remediation}`;
  return { level: LEVEL[f.severity], message, properties };
}

/**
 * One `::error title=…,file=…,line=…,endLine=…,col=…,endColumn=…::message` per finding, each
 * ending with a newline; the empty string when there is nothing to annotate. Byte for byte what
 * `core.error/warning/notice(message, properties)` of `@actions/core` prints for the same
 * annotation (the property names and order of its toCommandProperties, its escaping), so the
 * `run:` step and the Action annotate alike.
 */
export function renderGithub(result: LintResult): string {
  const lines: string[] = [];
  const sink = (level: AnnotationLevel) => (message: string, properties?: AnnotationProperties) =>
    lines.push(`${properties ? workflowCommand({ level, message, properties }) : `::${level}::${escapeCommandData(message)}`}\n`);
  emitAnnotations({ error: sink('error'), warning: sink('warning'), notice: sink('notice') }, toAnnotations(result), { whereTheRestAre: 'the other formats (stylish, json, sarif) list them' });
  return lines.join('');
}

/**
 * GitHub shows 10 annotations of each level per step and drops the rest silently, so the Action
 * (and `--format github`) emits at most this many per level and says how many it left out
 * (actions/toolkit docs/problem-matchers.md).
 */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Where annotations go: `@actions/core`'s error/warning/notice, or workflow commands on stdout. */
export type AnnotationSink = Record<AnnotationLevel, (message: string, properties?: AnnotationProperties) => void>;

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/**
 * Emits the first annotations of each level (findings arrive sorted by file and line) and, when
 * some are left out, one notice counting them. Slots are kept for the counting notice, when
 * `reserveError` is set for the error that `setFailed` adds, and `reserveWarnings` for the
 * Action's own warnings (those already given and one to come, such as a comment that could not
 * be posted), so none of them is the one GitHub drops.
 */
export function emitAnnotations(
  core: AnnotationSink,
  annotations: readonly Annotation[],
  options: { cap?: number; reserveError?: boolean; reserveWarnings?: number; whereTheRestAre?: string } = {},
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
    core.notice(`netlint: ${left.join(', ')} more than GitHub shows per step (${cap} per level); ${options.whereTheRestAre ?? 'the job summary and the SARIF file (up to 25,000 findings) list them'}`);
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


function workflowCommand(a: Annotation): string {
  const p = a.properties;
  let rendered = `title=${escapeCommandProperty(p.title)},file=${escapeCommandProperty(p.file)},line=${p.startLine},endLine=${p.endLine}`;
  if (p.startColumn !== undefined) rendered += `,col=${p.startColumn}`;
  if (p.endColumn !== undefined) rendered += `,endColumn=${p.endColumn}`;
  return `::${a.level} ${rendered}::${escapeCommandData(a.message)}`;
}

const COMMAND_ESCAPES: Record<string, string> = { '%': '%25', '\r': '%0D', '\n': '%0A', ':': '%3A', ',': '%2C' };

/**
 * Escaping of a workflow command's message, as `@actions/core` does it: without it a message
 * holding a line break could start a command of its own (`\n::add-mask::…`). One pass, so the `%`
 * of an escape is never escaped again.
 */
export function escapeCommandData(text: string): string {
  return /[%\r\n]/.test(text) ? text.replace(/[%\r\n]/g, (c) => COMMAND_ESCAPES[c]) : text;
}

/** Escaping of a workflow command's property value: the data escapes plus `:` and `,`. */
export function escapeCommandProperty(text: string): string {
  return /[%\r\n:,]/.test(text) ? text.replace(/[%\r\n:,]/g, (c) => COMMAND_ESCAPES[c]) : text;
}
