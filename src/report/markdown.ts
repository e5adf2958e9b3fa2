import { SEVERITY_RANK, type Finding, type LintResult, type Severity } from '../engine/types.js';
import type { ReportContext } from './context.js';
import { escapeInlineCode, escapeMarkdown, escapeUrl } from './markdown-escape.js';
import { countSeverities, groupByFile, plural, problemSummary, resourceLabel, skippedNote } from './text.js';

/**
 * The PR comment and job summary: a headline with the counts, then one table per file (Line,
 * Severity, Rule linked to its docs, Message). All manifest-derived text goes through
 * `markdown-escape.ts`. The Action adds its hidden marker itself (and so passes a `maxLength`
 * that leaves room for it).
 */

export interface MarkdownOptions {
  /**
   * Upper bound on the output length in UTF-16 code units (never fewer than characters, so a
   * safe budget for GitHub's 65,536-character comment limit). When the report is longer, the
   * least severe findings are dropped and a pointer line says how many are missing.
   */
  maxLength?: number;
  /** A file with more findings than this gets its table folded in `<details>`. Default 10. */
  collapseAbove?: number;
  /** Name in the headline. Default `netlint`. */
  title?: string;
  /**
   * Where the dropped findings can be read, as trusted markdown from the adapter (it may hold a
   * link to the run). Default `see the job summary or the SARIF report`.
   */
  truncationHint?: string;
  /** Links each Line cell, e.g. to `…/blob/<sha>/<file>#L7-L9`. */
  sourceUrl?: (file: string, line: number, endLine: number) => string;
}

const DEFAULT_COLLAPSE_ABOVE = 10;
const DEFAULT_HINT = 'see the job summary or the SARIF report';
const SEVERITY_CELL: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };
const TABLE_HEAD = '| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |';

export function renderMarkdown(result: LintResult, ctx: ReportContext, options: MarkdownOptions = {}): string {
  return markdownRenderer(result, ctx, options)(options.maxLength, options.truncationHint);
}

/**
 * renderMarkdown of one result at any length (the Action asks for several: the job summary's
 * byte budget, the PR comment's): the table rows and the order in which findings are kept are
 * made once, not once per length.
 */
export function markdownRenderer(
  result: LintResult,
  ctx: ReportContext,
  options: Omit<MarkdownOptions, 'maxLength' | 'truncationHint'> = {},
): (maxLength?: number, truncationHint?: string) => string {
  const findings = result.findings;
  const ruleCells = new Map<string, string>();
  const rows = findings.map((f) => {
    let rule = ruleCells.get(f.ruleId);
    if (rule === undefined) {
      const url = ctx.docsUrl(f.ruleId);
      ruleCells.set(f.ruleId, (rule = url === null ? escapeMarkdown(f.ruleId) : `[${escapeMarkdown(f.ruleId)}](${escapeUrl(url)})`));
    }
    return tableRow(f, rule, options);
  });
  // Most severe findings first (file order among equals): the ones a shortened report keeps, and
  // their rows in that order. Made when a report first has to be shortened.
  let priority: { order: number[]; rows: string[] } | undefined;
  const byPriority = () => {
    if (!priority) {
      const order = findings
        .map((f, index) => ({ rank: SEVERITY_RANK[f.severity], index }))
        .sort((a, b) => b.rank - a.rank || a.index - b.index)
        .map((entry) => entry.index);
      priority = { order, rows: order.map((index) => rows[index]) };
    }
    return priority;
  };

  return (max, truncationHint) => {
    const render = (kept: readonly boolean[], omitted: number) => renderReport(result, rows, kept, omitted, { ...options, truncationHint });
    // A report holds each row it keeps and a line break after it: when the rows alone are longer
    // than the budget, the whole report cannot fit and is never built (100,000 findings would make
    // tens of MB of markdown only to be cut to a comment's 65,536 characters).
    if (max === undefined || fittingRows(rows, max) === rows.length) {
      const everything = render(rows.map(() => true), 0);
      if (max === undefined || everything.length <= max) return everything;
    }
    const { order, rows: orderedRows } = byPriority();
    const renderFirst = (count: number) => {
      const kept = findings.map(() => false);
      for (let i = 0; i < count; i++) kept[order[i]] = true;
      return render(kept, findings.length - count);
    };
    // Length grows with the number of rows kept (bar a digit in the pointer line), so search for
    // the largest count that fits, then step down in case that digit tipped it over. No count
    // whose rows alone exceed the budget can fit: the search starts below the first such.
    let low = 0;
    let high = Math.min(findings.length - 1, fittingRows(orderedRows, max));
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (renderFirst(middle).length <= max) low = middle;
      else high = middle - 1;
    }
    for (let count = low; count >= 0; count--) {
      const text = renderFirst(count);
      if (text.length <= max) return text;
    }
    return cut(renderFirst(0), max);
  };
}

function renderReport(
  result: LintResult,
  rows: readonly string[],
  kept: readonly boolean[],
  omitted: number,
  options: MarkdownOptions,
): string {
  const title = escapeMarkdown(options.title ?? 'netlint');
  const { files, resources } = result.summary;
  const note = skippedNote(result.summary);
  const checked = `Checked ${plural(files, 'file')} and ${plural(resources, 'resource')}.${note ? ` ${escapeMarkdown(note[0].toUpperCase() + note.slice(1))}.` : ''}`;
  if (result.findings.length === 0) return `### ✅ ${title}: no problems found\n\n${checked}\n`;

  const counts = countSeverities(result.findings);
  const icon = counts.errors > 0 ? '❌' : counts.warnings > 0 ? '⚠️' : 'ℹ️';
  const blocks = [`### ${icon} ${title}: ${problemSummary(counts)}`, checked];
  const collapseAbove = options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
  const indexed = result.findings.map((f, index) => ({ file: f.file, index }));
  for (const group of groupByFile(indexed)) {
    const shown = group.items.filter((item) => kept[item.index]).map((item) => rows[item.index]);
    if (shown.length === 0) continue;
    blocks.push(`#### ${escapeInlineCode(group.file)}`);
    const table = `${TABLE_HEAD}\n${shown.join('\n')}`;
    blocks.push(
      shown.length > collapseAbove
        ? `<details>\n<summary>${plural(shown.length, 'problem')}</summary>\n\n${table}\n\n</details>`
        : table,
    );
  }
  if (omitted > 0) {
    blocks.push(`_… ${plural(omitted, 'more finding')} not shown: ${options.truncationHint ?? DEFAULT_HINT}._`);
  }
  return `${blocks.join('\n\n')}\n`;
}

/** One table row; `rule` is the finding's rule cell (a link to its docs), made once per rule. */
function tableRow(f: Finding, rule: string, options: MarkdownOptions): string {
  const position = `${f.line}:${f.column}`;
  const line = options.sourceUrl ? `[${position}](${escapeUrl(options.sourceUrl(f.file, f.line, f.endLine))})` : position;
  const resource = f.resource === null ? '' : ` (${escapeInlineCode(resourceLabel(f.resource), { inTable: true })})`;
  return `| ${line} | ${SEVERITY_CELL[f.severity]} | ${rule} | ${escapeMarkdown(f.message)}${resource} |`;
}

/** How many of the first rows, each with a line break, fit in `max` code units. */
function fittingRows(rows: readonly string[], max: number): number {
  let length = 0;
  let count = 0;
  while (count < rows.length && (length += rows[count].length + 1) <= max) count++;
  return count;
}

/** The first `max` code units, without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const end = Math.max(0, max);
  const head = text.slice(0, end);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}
