/** `netlint diff` output: connections opened and closed with their causes, and findings added and removed. */
import type { ConnectionDelta, ReachDiff } from '../../engine/netpol/diff.js';
import type { Finding } from '../../engine/types.js';
import { escapeInlineCode, escapeMarkdown } from '../markdown-escape.js';
import { memberList, moreLine, noteLines, notesList, PAIR_LIMIT, portLabel } from './group.js';

export interface DiffReport extends ReachDiff {
  findings?: { added: Finding[]; removed: Finding[] };
}

function tuple(d: ConnectionDelta): string {
  return `${d.from} → ${d.to} ${portLabel(d)}`;
}

/**
 * A delta's causes as a reader takes them. Isolated causes are listed as they are (undoing each
 * alone restores the base verdict). Otherwise no single change does: `each alone suffices:` names
 * the changes of which each, applied alone to base, gives head's verdict (then `also related:` the
 * other changes touching the connection); `only together:` says none alone does; `related:` that
 * the changes were not tried one at a time (too many).
 */
function causes(d: ConnectionDelta): string {
  if (d.causes.length === 0) return 'cause unknown';
  if (d.attribution !== 'related') return d.causes.join('; ');
  if (d.eachAlone === undefined) return `related: ${d.causes.join('; ')}`;
  if (d.eachAlone.length === 0) return `only together: ${d.causes.join('; ')}`;
  const alone = new Set(d.eachAlone);
  const others = d.causes.filter((c) => !alone.has(c));
  return `each alone suffices: ${d.eachAlone.join('; ')}${others.length > 0 ? `; also related: ${others.join('; ')}` : ''}`;
}

function findingLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`;
}

/** The diff JSON's shape version, first, as lint's and reach's JSON carry theirs. */
export const DIFF_JSON_VERSION = 1;

export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify({ version: DIFF_JSON_VERSION, ...report }, null, 2)}\n`;
}

/** `--from x --port 5432`: the query the connection lists answer, or null. */
function queryText(report: DiffReport): string | null {
  const q = report.query;
  if (!q) return null;
  return [['--from', q.from], ['--to', q.to], ['--port', q.port]].filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`).join(' ');
}

export function formatDiffText(report: DiffReport): string {
  const query = queryText(report);
  const lines: string[] = query === null ? [] : [`connections matching ${query}:`];
  const section = (title: string, list: ConnectionDelta[]): void => {
    lines.push(`${title} (${list.length})`);
    for (const d of list.slice(0, PAIR_LIMIT)) lines.push(`  ${tuple(d)}  [${d.before} → ${d.after}] ${causes(d)}`);
    const more = moreLine(list.length, PAIR_LIMIT, 'connections');
    if (more !== null) lines.push(`  ${more}`);
  };
  section('opened', report.opened);
  section('closed', report.closed);
  if (report.groups) {
    lines.push('groups (endpoints that changed alike):');
    for (const g of report.groups.slice(0, PAIR_LIMIT)) lines.push(`  ${g.id} (${g.members.length}): ${memberList(g.members)}`);
  }
  if (report.findings) {
    lines.push(`findings added (${report.findings.added.length})`);
    for (const f of report.findings.added) lines.push(`  ${findingLine(f)}`);
    lines.push(`findings removed (${report.findings.removed.length})`);
    for (const f of report.findings.removed) lines.push(`  ${findingLine(f)}`);
  }
  for (const note of noteLines(report.notes ?? [])) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/**
 * One markdown table of opened or closed connections (empty list: no lines). Names, labels and
 * causes come from the manifests of a PR: escaped so they cannot inject markdown, HTML or mentions.
 * Used by `netlint diff --format markdown` and the Action's PR comment.
 */
export function connectionTable(heading: string, list: readonly ConnectionDelta[], maxRows = Infinity): string[] {
  if (list.length === 0) return [];
  const code = (t: string) => escapeInlineCode(t, { inTable: true });
  const lines = [`**${heading} (${list.length})**`, '', '| From | To | Port | Because |', '| --- | --- | ---: | --- |'];
  for (const d of list.slice(0, maxRows)) lines.push(`| ${code(d.from)} | ${code(d.to)} | ${escapeMarkdown(portLabel(d))} | ${escapeMarkdown(causes(d))} |`);
  if (list.length > maxRows) lines.push('', `_… ${list.length - maxRows} more not shown._`);
  return lines;
}

/** The legend of the groups a diff names (several endpoints that changed alike), capped. */
export function groupLegend(groups: DiffReport['groups']): string[] {
  if (!groups || groups.length === 0) return [];
  const lines = groups.slice(0, PAIR_LIMIT).map((g) => `- ${escapeInlineCode(g.id)} (${g.members.length}): ${escapeMarkdown(memberList(g.members))}`);
  const more = moreLine(groups.length, PAIR_LIMIT, 'groups');
  if (more !== null) lines.push(`- _${escapeMarkdown(more)}_`);
  return ['**Groups** (endpoints that changed alike)', '', ...lines];
}

export function formatDiffMarkdown(report: DiffReport): string {
  const query = queryText(report);
  const lines = ['### Reachability changes', '', ...(query === null ? [] : [`Connections matching ${escapeInlineCode(query)}.`, ''])];
  if (report.opened.length === 0 && report.closed.length === 0) lines.push(query === null ? 'No connection opened or closed.' : 'No connection matching the query opened or closed.');
  for (const [heading, list] of [['🔓 Opened', report.opened], ['🔒 Closed', report.closed]] as const) {
    for (const line of connectionTable(heading, list, PAIR_LIMIT)) lines.push(line);
    if (list.length > 0) lines.push('');
  }
  for (const line of groupLegend(report.groups)) lines.push(line);
  if (report.groups) lines.push('');
  // What the connections' answer assumes or leaves out, before the findings' own section.
  const notes = notesList(report.notes);
  if (notes.length > 0) lines.push(...notes, '');
  if (report.findings && (report.findings.added.length > 0 || report.findings.removed.length > 0)) {
    lines.push('### Findings', '');
    const item = (sign: string, f: Finding) => `- ${sign} ${escapeInlineCode(f.ruleId)} ${escapeInlineCode(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`;
    for (const f of report.findings.added) lines.push(item('➕', f));
    for (const f of report.findings.removed) lines.push(item('➖', f));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
