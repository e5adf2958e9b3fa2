/**
 * `reach --format markdown`, sized for a PR comment: a ✅/❌ grid when there are few endpoints, no
 * external ranges and no query (a cell lists what is allowed, ports and ICMP for ping, when only
 * some is), otherwise one row per allowed (from, to) group pair with its ports and a legend of the
 * groups; with `--explain`, one row per entry with why, and the denied entries folded. All capped
 * with how many more and how to narrow the query.
 */
import { escapeInlineCode, escapeMarkdown } from '../markdown-escape.js';
import { allowedEntries, expandAllowed, type ReachConnection, type ReachReport } from '../../engine/netpol/reach.js';
import { displayNames, memberList, moreLine, notesList, PAIR_LIMIT, pairs, portLabel, queryLine, sharedGroups, totalsLine, whyAllowed, whyDenied } from './group.js';
import { pushTo } from '../../engine/multimap.js';

export const GRID_LIMIT = 12;

/** Endpoint ids and label groups come from manifests (a PR): shown as code spans, safe in a table. */
function escape(text: string): string {
  return escapeInlineCode(text, { inTable: true });
}

function grid(report: ReachReport): string[] {
  const ids = report.pods.map((p) => p.id);
  // A destination's slots: each declared (port, protocol), as the matrix has them, and ping.
  const portsOf = new Map(report.pods.map((p) => [p.id, new Set(p.ports.map((x) => `${x.port}/${x.protocol}`)).size]));
  const allowed = new Map<string, string[]>();
  for (const c of expandAllowed(report)) {
    const key = `${c.from} ${c.to}`;
    pushTo(allowed, key, portLabel(c));
  }
  const lines = [`| from \\ to | ${ids.map(escape).join(' | ')} |`, `|---|${ids.map(() => '---').join('|')}|`];
  for (const from of ids) {
    const cells = ids.map((to) => {
      if (from === to) return '·';
      const declared = portsOf.get(to) ?? 0;
      const got = allowed.get(`${from} ${to}`) ?? [];
      if (got.length === 0) return '❌';
      return declared > 0 && got.length === declared + 1 ? '✅' : escapeMarkdown(got.join(', '));
    });
    lines.push(`| ${escape(from)} | ${cells.join(' | ')} |`);
  }
  lines.push('', '✅ every declared port and ping (ICMP echo) allowed · ❌ nothing allowed · otherwise what is allowed: those ports, ICMP for ping');
  return lines;
}

/**
 * With `--explain`: one row per entry with why it is allowed, then the denied entries with why,
 * folded; each table capped at PAIR_LIMIT rows.
 */
function explained(report: ReachReport): string[] {
  const names = displayNames(report);
  const name = (id: string) => escape(names.get(id) ?? id);
  const table = (list: Iterable<ReachConnection>, why: (c: ReachConnection) => string, none: string): { lines: string[]; total: number } => {
    const lines = ['| from | to | port | why |', '|---|---|---|---|'];
    let total = 0;
    for (const c of list) {
      // A lazy report explains only the entries printed.
      if (++total <= PAIR_LIMIT) lines.push(`| ${name(c.from)} | ${name(c.to)} | ${escapeMarkdown(portLabel(c))} | ${escapeMarkdown(why(report.explain?.(c) ?? c))} |`);
    }
    if (total === 0) lines.push(`| – | – | – | ${none} |`);
    const more = moreLine(total, Math.min(total, PAIR_LIMIT), 'entries');
    if (more !== null) lines.push('', `_${escapeMarkdown(more)}_`);
    return { lines, total };
  };
  const { lines } = table(allowedEntries(report), whyAllowed, 'nothing allowed');
  const denied = table(report.denied ?? [], whyDenied, '');
  if (denied.total > 0) lines.push('', `<details><summary>Denied (${denied.total})</summary>`, '', ...denied.lines, '', '</details>');
  return lines;
}

function grouped(report: ReachReport): string[] {
  const names = displayNames(report);
  const { rows, total } = pairs(allowedEntries(report), PAIR_LIMIT);
  const lines = ['| from | to | ports |', '|---|---|---|'];
  for (const row of rows) lines.push(`| ${escape(names.get(row.from) ?? row.from)} | ${escape(names.get(row.to) ?? row.to)} | ${escapeMarkdown(row.ports.join(', '))} |`);
  if (rows.length === 0) lines.push('| – | – | nothing allowed |');
  const more = moreLine(total, rows.length, 'pairs');
  if (more !== null) lines.push('', `_${escapeMarkdown(more)}_`);
  const shared = sharedGroups(report);
  if (shared.length > 0) {
    lines.push('', '<details><summary>Groups (endpoints every policy treats alike)</summary>', '');
    for (const g of shared.slice(0, PAIR_LIMIT)) lines.push(`- ${escapeInlineCode(g.id)} (${g.members.length}): ${escapeMarkdown(memberList(g.members))}`);
    const moreGroups = moreLine(shared.length, PAIR_LIMIT, 'groups');
    if (moreGroups !== null) lines.push(`- _${escapeMarkdown(moreGroups)}_`);
    lines.push('', '</details>');
  }
  return lines;
}

export function formatReachMarkdown(report: ReachReport): string {
  // The body first: a lazy report's totals are known once its entries have been read.
  // The grid shows every endpoint and slot: a query's answer is a listing of what it asked about.
  const body =
    report.denied !== undefined ? explained(report) : report.query === undefined && report.pods.length <= GRID_LIMIT && report.externals.length === 0 ? grid(report) : grouped(report);
  const matched = queryLine(report);
  const lines = ['### Reachability', '', ...(matched === null ? [] : [`${escapeMarkdown(matched)}.`, '']), `${escapeMarkdown(totalsLine(report))}.`, ''];
  for (const line of body) lines.push(line);
  if (report.excluded.length > 0) {
    const shown = report.excluded.slice(0, PAIR_LIMIT).map((x) => `${escapeInlineCode(x.id)} (${escapeMarkdown(x.reason)})`);
    const more = moreLine(report.excluded.length, shown.length, 'excluded endpoints');
    lines.push('', `Left out: ${shown.join('; ')}${more === null ? '' : `; ${escapeMarkdown(more)}`}`);
  }
  // Policies the model could not apply as written, and what the answer assumes or leaves out.
  if (report.problems.length > 0) {
    lines.push('', '**Not applied as written**', '');
    for (const p of report.problems.slice(0, PAIR_LIMIT)) lines.push(`- ${escapeInlineCode(`${p.file ?? '(input)'}:${p.line}:${p.column}`)} ${escapeMarkdown(p.message)}${p.resource ? ` (${escapeMarkdown(p.resource)})` : ''}`);
    if (report.problems.length > PAIR_LIMIT) lines.push(`- _… and ${report.problems.length - PAIR_LIMIT} more (\`netlint reach\` prints each on stderr)_`);
  }
  lines.push(...notesList(report.notes));
  return `${lines.join('\n')}\n`;
}
