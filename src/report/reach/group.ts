/**
 * Shared shaping for the reach reporters: entries grouped per (from, to) with their ports, group
 * names for people (a one-member group shows its endpoint), and the caps that keep every format
 * readable at any cluster size (a capped listing ends with how many more and how to narrow it).
 */
import type { DirectionWhy, ReachConnection, ReachReport } from '../../engine/netpol/reach.js';
import { plural } from '../text.js';

export interface PairRow {
  from: string;
  to: string;
  ports: string[];
  rows: ReachConnection[];
}

/** Pairs listed per format before the listing is cut. */
export const PAIR_LIMIT = 200;
/** Members named per group before the list is cut. */
export const MEMBER_LIMIT = 5;
export const QUERY_HINT = 'query with --from, --to and --port';

export function portLabel(c: Pick<ReachConnection, 'port' | 'endPort' | 'protocol'>): string {
  if (c.port === undefined) return `all ${c.protocol}`;
  return c.endPort === undefined ? `${c.port}/${c.protocol}` : `${c.port}-${c.endPort}/${c.protocol}`;
}

/** `… and N more <what>; query with …`, or null when nothing was cut. */
export function moreLine(total: number, shown: number, what: string): string | null {
  return total > shown ? `… and ${total - shown} more ${what}; ${QUERY_HINT}` : null;
}

/** Entries grouped per ordered (from, to), in report order. */
export function pairs(list: readonly ReachConnection[]): PairRow[] {
  const out = new Map<string, PairRow>();
  for (const c of list) {
    const key = `${c.from}\u0000${c.to}`;
    let row = out.get(key);
    if (!row) out.set(key, (row = { from: c.from, to: c.to, ports: [], rows: [] }));
    row.ports.push(portLabel(c));
    row.rows.push(c);
  }
  return [...out.values()];
}

/** Members of a group as a capped list: `x/a, x/b, … and 40 more`. */
export function memberList(members: readonly string[], limit = MEMBER_LIMIT): string {
  const shown = members.slice(0, limit).join(', ');
  return members.length > limit ? `${shown}, … and ${members.length - limit} more` : shown;
}

/** Display names: a one-member group is its endpoint; others keep their id. */
export function displayNames(report: Pick<ReachReport, 'groups'>): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of report.groups) out.set(g.id, g.members.length === 1 ? g.members[0] : g.id);
  return out;
}

/** Groups with more than one member (one-member groups are shown by their endpoint). */
export function sharedGroups(report: Pick<ReachReport, 'groups'>): ReachReport['groups'] {
  return report.groups.filter((g) => g.members.length > 1);
}

export function describeWhy(direction: 'egress' | 'ingress', w: DirectionWhy | undefined): string {
  if (w === undefined) return '';
  const verdict = w.verdict === 'allow' ? 'allowed' : 'denied';
  switch (w.reason) {
    case 'rule':
      return `${direction} ${verdict} by ${w.policy} ${direction} rule ${w.rule} (${w.action})`;
    case 'no-policy':
      return `${direction} ${verdict}: no policy selects the endpoint`;
    case 'tier-default':
      return `${direction} ${verdict}: selected by ${w.policy} (tier ${w.tier}) but no rule matches`;
    case 'pass-to-profile':
      return `${direction} ${verdict}: passed to the namespace profile`;
    case 'external':
      return `${direction} ${verdict}: external address, no policy applies`;
  }
}

/** The one-line totals every format ends or starts with. */
export function totalsLine(report: ReachReport): string {
  const s = report.summary;
  return `${s.connections.allowed} allowed, ${s.connections.denied} denied connections between ${plural(s.endpoints, 'endpoint')} (${plural(s.groups, 'group')}) under ${plural(s.policies, 'policy', 'policies')}`;
}
