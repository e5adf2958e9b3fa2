/**
 * `reach --format text`: the groups with several members, then one line per allowed (from, to)
 * with its ports (a one-member group shows its endpoint); with --explain, why per direction and
 * the denied entries. Listings are capped, with how many more and how to narrow the query.
 */
import { allowedEntries, type ReachConnection, type ReachReport } from '../../engine/netpol/reach.js';
import { displayNames, memberList, moreLine, noteLines, PAIR_LIMIT, pairs, portLabel, queryLine, sharedGroups, totalsLine, whyAllowed, whyDenied } from './group.js';

function listPairs(lines: string[], list: Iterable<ReachConnection>, names: Map<string, string>, arrow: string, detail: (c: ReachConnection) => string | null): void {
  const { rows, total } = pairs(list, PAIR_LIMIT);
  for (const row of rows) {
    lines.push(`${names.get(row.from) ?? row.from} ${arrow} ${names.get(row.to) ?? row.to} : ${row.ports.join(', ')}`);
    for (const c of row.rows) {
      const text = detail(c);
      if (text !== null) lines.push(`    ${portLabel(c)}: ${text}`);
    }
  }
  const more = moreLine(total, rows.length, 'pairs');
  if (more !== null) lines.push(more);
}

export function formatReachText(report: ReachReport): string {
  const lines: string[] = [];
  const names = displayNames(report);
  const explain = report.denied !== undefined;
  const shared = sharedGroups(report);
  if (shared.length > 0) {
    lines.push('groups (endpoints every policy treats alike):');
    for (const g of shared.slice(0, PAIR_LIMIT)) lines.push(`  ${g.id} (${g.members.length}): ${memberList(g.members)}`);
    const more = moreLine(shared.length, PAIR_LIMIT, 'groups');
    if (more !== null) lines.push(`  ${more}`);
    lines.push('');
  }
  // A lazy report explains only the entries printed.
  const explained = report.explain ?? ((c: ReachConnection) => c);
  listPairs(lines, allowedEntries(report), names, '=>', (c) => (explain ? whyAllowed(explained(c)) : null));
  if (explain && report.denied) {
    const denied: string[] = [];
    listPairs(denied, report.denied, names, '=/>', (c) => whyDenied(explained(c)));
    // A blank line parts the denied list from what comes before it, where anything does.
    if (denied.length > 0) lines.push(...(lines.length > 0 && lines[lines.length - 1] !== '' ? [''] : []), 'denied:', ...denied);
  }
  for (const x of report.excluded.slice(0, PAIR_LIMIT)) lines.push(`excluded ${x.id} (${x.kind}): ${x.reason}`);
  const more = moreLine(report.excluded.length, PAIR_LIMIT, 'excluded endpoints');
  if (more !== null) lines.push(more);
  const matched = queryLine(report);
  if (matched !== null) lines.push(matched);
  lines.push(totalsLine(report));
  for (const note of noteLines(report.notes)) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}
