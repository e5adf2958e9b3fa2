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
 * One `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` per finding, each
 * ending with a newline; the empty string when there is nothing to annotate. Property names
 * follow the workflow-command syntax (`line`, `col`), as `@actions/core` maps them.
 */
export function renderGithub(result: LintResult): string {
  return toAnnotations(result).map((a) => `${workflowCommand(a)}\n`).join('');
}

function workflowCommand(a: Annotation): string {
  const p = a.properties;
  let rendered = `file=${escapeCommandProperty(p.file)},line=${p.startLine}`;
  if (p.startColumn !== undefined) rendered += `,col=${p.startColumn}`;
  rendered += `,endLine=${p.endLine}`;
  if (p.endColumn !== undefined) rendered += `,endColumn=${p.endColumn}`;
  return `::${a.level} ${rendered},title=${escapeCommandProperty(p.title)}::${escapeCommandData(a.message)}`;
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
