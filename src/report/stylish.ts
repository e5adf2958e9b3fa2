import type { Finding, LintResult, Severity } from '../engine/types.js';
import type { ReportContext } from './context.js';
import { countSeverities, groupByFile, plural, problemSummary, skippedNote } from './text.js';

/**
 * The terminal reporter, after ESLint's `stylish`: findings grouped by file, one entry each
 * (`line:column  severity  message  ruleId`), a dimmed fix hint (the rule's remediation) and the
 * rule's documentation link under it, then a summary line. Everything is wrapped to the terminal
 * width (`ctx.columns`, 80 when unknown); continuation lines are indented under the message, and
 * nothing is padded to the longest message, so one long message does not widen every row. A word
 * longer than the width (a URL) stays whole, so terminals can still open it.
 *
 * When there is nothing to report it prints one line, `✔ No problems found (N files, M
 * resources)`, instead of ESLint's silence: the counts show that files were actually read, so an
 * empty glob or a wrong path does not look like a clean pass.
 *
 * Manifest text reaches the terminal here, so control characters (ANSI escapes included) in
 * messages and paths are shown as `\xNN` rather than interpreted.
 */
export function renderStylish(result: LintResult, ctx: ReportContext): string {
  const paint = painter(ctx.color);
  const { findings, summary } = result;
  if (findings.length === 0) {
    const checked = `${plural(summary.files, 'file')}, ${plural(summary.resources, 'resource')}`;
    return `${paint('green', '✔')} No problems found (${checked})\n${skipped(summary, paint)}`;
  }

  const width = Math.max(MIN_WIDTH, ctx.columns ?? DEFAULT_WIDTH);
  const lines: string[] = [];
  const hintCache = new Map<string, string[]>();
  for (const group of groupByFile(findings)) {
    lines.push('', paint('underline', visible(group.file)));
    for (const row of fileRows(group.items, ctx, paint, width, hintCache)) lines.push(row);
  }
  const counts = countSeverities(findings);
  const tone: Tone = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'blue';
  lines.push('', paint(tone, paint('bold', `✖ ${problemSummary(counts)}`)));
  return `${lines.join('\n')}\n${skipped(summary, paint)}`;
}

function skipped(summary: LintResult['summary'], paint: Painter): string {
  const note = skippedNote(summary);
  return note ? `${paint('dim', note)}\n` : '';
}

/** Width when stdout is not a terminal (pipes, CI logs), as most CLI tools assume. */
const DEFAULT_WIDTH = 80;
/** Below this the indented text column would be too narrow to read; wrap as if this wide. */
const MIN_WIDTH = 40;

/** The widest of `texts` (a loop: a file may hold more findings than a call can take arguments). */
function widest(texts: readonly string[]): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, t.length);
  return max;
}

function fileRows(findings: readonly Finding[], ctx: ReportContext, paint: Painter, width: number, hintCache: Map<string, string[]>): string[] {
  // Lines right-aligned and columns left-aligned, so the colons line up.
  const lineWidth = widest(findings.map((f) => String(f.line)));
  const columnWidth = widest(findings.map((f) => String(f.column)));
  const positions = findings.map((f) => `${String(f.line).padStart(lineWidth)}:${String(f.column).padEnd(columnWidth)}`);
  const positionWidth = lineWidth + 1 + columnWidth;
  const severityWidth = widest(findings.map((f) => f.severity));
  const indent = ' '.repeat(2 + positionWidth + 2 + severityWidth + 2);
  const textWidth = width - indent.length;
  const out: string[] = [];
  findings.forEach((f, i) => {
    const position = paint('dim', pad(positions[i], positionWidth));
    const severity = paint(SEVERITY_TONE[f.severity], pad(f.severity, severityWidth));
    const ruleId = visible(f.ruleId);
    const message = wrap(visible(f.message), textWidth);
    const last = message.length - 1;
    // The rule id follows the message on its last line when it fits, else on a line of its own.
    if (displayWidth(message[last]) + 2 + displayWidth(ruleId) <= textWidth) message[last] += `  ${paint('dim', ruleId)}`;
    else message.push(paint('dim', ruleId));
    out.push(`  ${position}  ${severity}  ${message[0]}`, ...message.slice(1).map((l) => indent + l));
    // The hint lines depend on the rule and the width only: wrapped once per rule and width.
    const hintKey = `${textWidth}\0${f.ruleId}\0${f.remediation ?? ''}`;
    let hints = hintCache.get(hintKey);
    if (!hints) {
      const lines = [...(f.remediation ? wrap(visible(`fix: ${f.remediation}`), textWidth) : []), ...wrap(visible(ctx.docsUrl(f.ruleId)), textWidth)];
      hintCache.set(hintKey, (hints = lines.map((l) => indent + paint('dim', l))));
    }
    for (const h of hints) out.push(h);
  });
  return out;
}

/** Greedy word wrap to `width` columns; a single word wider than that stays whole on its line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line === '') line = word;
    else if (displayWidth(line) + 1 + displayWidth(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

const SEVERITY_TONE: Record<Severity, Tone> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Line breaks and tabs become spaces; other control characters become `\xNN`. */
function visible(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Width in code points, so astral characters (emoji) count once when aligning columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

type Tone = 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline';
type Painter = (tone: Tone, text: string) => string;

const ANSI: Record<Tone, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};

function painter(color: boolean): Painter {
  if (!color) return (_tone, text) => text;
  return (tone, text) => `\u001b[${ANSI[tone][0]}m${text}\u001b[${ANSI[tone][1]}m`;
}
