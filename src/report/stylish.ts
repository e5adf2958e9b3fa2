import type { Finding, LintResult, Severity } from '../engine/types.js';
import type { ReportContext } from './context.js';
import { countSeverities, groupByFile, plural, problemSummary, skippedNote } from './text.js';

/**
 * The terminal reporter, after ESLint's `stylish`: findings grouped by file, one entry each
 * (`line:column  severity  message  ruleId`), then a summary line. Under a rule's first finding in
 * a file come a dimmed fix hint (the rule's remediation) and the rule's documentation link; its
 * later findings in that file show the rule id only, so a file with many findings of one rule
 * reads as a list rather than the same advice repeated. Everything is wrapped to the terminal
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
  return [...renderStylishChunks(result, ctx)].join('');
}

/** Lines of a report held at once before they are given out as a piece (about a MiB of text). */
const LINES_PER_PIECE = 16_384;
/** Characters held at once before a piece is given out, whatever the lines (a few very long messages). */
const CHARS_PER_PIECE = 1 << 20;

/**
 * renderStylish's text in pieces, a file's rows at a time, each piece made when it is taken: a
 * piece is given out once it holds `linesPerPiece` lines (a parameter for the tests).
 */
export function* renderStylishChunks(result: LintResult, ctx: ReportContext, linesPerPiece = LINES_PER_PIECE): Generator<string> {
  const paint = painter(ctx.color);
  const { findings, summary } = result;
  if (findings.length === 0) {
    const checked = `${plural(summary.files, 'file')}, ${plural(summary.resources, 'resource')}`;
    const hidden = ctx.hiddenByQuiet;
    const unshown = hidden ? [hidden.warnings > 0 ? plural(hidden.warnings, 'warning') : '', hidden.infos > 0 ? plural(hidden.infos, 'info') : ''].filter((p) => p !== '') : [];
    if (unshown.length > 0 && hidden?.fails) yield `${paint('red', '✖')} No errors shown, but the ${unshown.join(' and ')} hidden by --quiet fail the run (${checked})\n${skipped(summary, paint)}`;
    else if (unshown.length > 0) yield `${paint('green', '✔')} No errors (${checked}; ${unshown.join(' and ')} hidden by --quiet)\n${skipped(summary, paint)}`;
    else yield `${paint('green', '✔')} No problems found (${checked})\n${skipped(summary, paint)}`;
    return;
  }

  const width = Math.max(MIN_WIDTH, ctx.columns ?? DEFAULT_WIDTH);
  let lines: string[] = [];
  let chars = 0;
  const rows = new RowParts(ctx, paint);
  for (const group of groupByFile(findings)) {
    lines.push('', paint('underline', visible(group.file)));
    // A piece may end inside a file, so that it stays small however many findings one file has
    // and however long their messages are (one string cannot exceed V8's maximum length).
    const writeRow = fileRowWriter(group.items, rows, width);
    for (const f of group.items) {
      const from = lines.length;
      writeRow(f, lines);
      for (let i = from; i < lines.length; i++) chars += lines[i].length + 1;
      // The pieces join as the lines would: each ends with the line break before the next line.
      if (lines.length >= linesPerPiece || chars >= CHARS_PER_PIECE) {
        yield `${lines.join('\n')}\n`;
        lines = [];
        chars = 0;
      }
    }
  }
  const counts = countSeverities(findings);
  const tone: Tone = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'blue';
  lines.push('', paint(tone, paint('bold', `✖ ${problemSummary(counts)}`)));
  yield `${lines.join('\n')}\n${skipped(summary, paint)}`;
}

function skipped(summary: LintResult['summary'], paint: Painter): string {
  const note = skippedNote(summary);
  return note ? `${paint('dim', note)}\n` : '';
}

/** Width when stdout is not a terminal (pipes, CI logs), as most CLI tools assume. */
const DEFAULT_WIDTH = 80;
/** Below this the indented text column would be too narrow to read; wrap as if this wide. */
const MIN_WIDTH = 40;

/**
 * What rows repeat, made once per report: a rule id as shown (and its width), and the hint lines
 * under a finding, which depend on the rule, its remediation and the text width only.
 */
class RowParts {
  private readonly ruleIds = new Map<string, { shown: string; width: number; painted: string }>();
  private readonly hints = new Map<string, { width: number; remediation: string | undefined; lines: string[] }[]>();

  constructor(
    private readonly ctx: ReportContext,
    readonly paint: Painter,
  ) {}

  ruleId(id: string): { shown: string; width: number; painted: string } {
    let entry = this.ruleIds.get(id);
    if (!entry) {
      const shown = visible(id);
      this.ruleIds.set(id, (entry = { shown, width: displayWidth(shown), painted: this.paint('dim', shown) }));
    }
    return entry;
  }

  /** `indent` is as wide as the report less `textWidth`, so the width decides it. */
  hintLines(f: Finding, textWidth: number, indent: string): string[] {
    let entries = this.hints.get(f.ruleId);
    if (!entries) this.hints.set(f.ruleId, (entries = []));
    for (const e of entries) if (e.width === textWidth && e.remediation === f.remediation) return e.lines;
    const url = this.ctx.docsUrl(f.ruleId);
    const wrapped = [...(f.remediation ? wrap(visible(`fix: ${f.remediation}`), textWidth) : []), ...(url === null ? [] : wrap(visible(url), textWidth))];
    const lines = wrapped.map((l) => indent + this.paint('dim', l));
    entries.push({ width: textWidth, remediation: f.remediation, lines });
    return lines;
  }
}

/** Writes one file's rows: a finding's at a time, laid out for all of `findings` (the file's). */
function fileRowWriter(findings: readonly Finding[], parts: RowParts, width: number): (f: Finding, out: string[]) => void {
  const paint = parts.paint;
  // Lines right-aligned and columns left-aligned, so the colons line up.
  let lineWidth = 0;
  let columnWidth = 0;
  let severityWidth = 0;
  for (const f of findings) {
    lineWidth = Math.max(lineWidth, String(f.line).length);
    columnWidth = Math.max(columnWidth, String(f.column).length);
    severityWidth = Math.max(severityWidth, f.severity.length);
  }
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  const textWidth = width - indent.length;
  const severities = new Map<Severity, string>();
  // The hint lines already shown in this file, by identity (they are cached per rule and width).
  const hinted = new Set<readonly string[]>();
  return (f, out) => {
    const position = paint('dim', `${String(f.line).padStart(lineWidth)}:${String(f.column).padEnd(columnWidth)}`);
    let severity = severities.get(f.severity);
    if (severity === undefined) severities.set(f.severity, (severity = paint(SEVERITY_TONE[f.severity], pad(f.severity, severityWidth))));
    const ruleId = parts.ruleId(f.ruleId);
    const message = wrapMeasured(visible(f.message), textWidth);
    const last = message.lines.length - 1;
    // The rule id follows the message on its last line when it fits, else on a line of its own.
    if (message.lastWidth + 2 + ruleId.width <= textWidth) message.lines[last] += `  ${ruleId.painted}`;
    else message.lines.push(ruleId.painted);
    out.push(`  ${position}  ${severity}  ${message.lines[0]}`);
    for (let i = 1; i < message.lines.length; i++) out.push(indent + message.lines[i]);
    const hint = parts.hintLines(f, textWidth, indent);
    if (hinted.has(hint)) return;
    hinted.add(hint);
    for (const h of hint) out.push(h);
  };
}

/** Greedy word wrap to `width` columns; a single word wider than that stays whole on its line. */
export function wrap(text: string, width: number): string[] {
  return wrapMeasured(text, width).lines;
}

/**
 * `wrap`, also giving the width of the last line. Each word is measured once, in place; when the
 * words are separated by single spaces (no run of spaces to fold), lines are slices of `text`.
 */
function wrapMeasured(text: string, width: number): { lines: string[]; lastWidth: number } {
  if (text.includes('  ') || text.startsWith(' ') || text.endsWith(' ')) return wrapWords(text.split(' ').filter(Boolean), width);
  const lines: string[] = [];
  let lineStart = 0;
  let lineWidth = -1;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf(' ', pos);
    if (end < 0) end = text.length;
    const wordWidth = displayWidth(text, pos, end);
    if (lineWidth < 0) lineWidth = wordWidth;
    else if (lineWidth + 1 + wordWidth <= width) lineWidth += 1 + wordWidth;
    else {
      lines.push(text.slice(lineStart, pos - 1));
      lineStart = pos;
      lineWidth = wordWidth;
    }
    pos = end + 1;
  }
  lines.push(text.slice(lineStart));
  return { lines, lastWidth: Math.max(0, lineWidth) };
}

function wrapWords(words: readonly string[], width: number): { lines: string[]; lastWidth: number } {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (line === '') {
      line = word;
      lineWidth = wordWidth;
    } else if (lineWidth + 1 + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  lines.push(line);
  return { lines, lastWidth: lineWidth };
}

const SEVERITY_TONE: Record<Severity, Tone> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Characters `visible` rewrites: C0 and C1 controls, DEL, and the Unicode line separators. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Line breaks and tabs become spaces; other control characters become `\xNN`. */
function visible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Width in code points of `text` (or of its part from `start` to `end`), so astral characters
 * (emoji) count once when aligning columns: the length less one per surrogate pair, as the string
 * iterator pairs them (a lone surrogate counts once).
 */
function displayWidth(text: string, start = 0, end = text.length): number {
  let width = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width--;
        i++;
      }
    }
  }
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
