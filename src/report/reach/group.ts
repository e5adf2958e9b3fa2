/**
 * Shared shaping for the reach reporters: entries grouped per (from, to) with their ports, group
 * names for people (a one-member group shows its endpoint), and the caps that keep every format
 * readable at any cluster size (a capped listing ends with how many more and how to narrow it).
 */
import type { DirectionWhy, ReachConnection, ReachReport } from '../../engine/netpol/reach.js';
import { escapeMarkdown } from '../markdown-escape.js';
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
/** Policies named in a denial by a tier's default before the list is cut. */
export const SELECTING_LIMIT = 3;

export function portLabel(c: Pick<ReachConnection, 'port' | 'endPort' | 'protocol'>): string {
  if (c.protocol === 'ICMP') return 'ICMP';
  if (c.port === undefined) return `all ${c.protocol}`;
  return c.endPort === undefined ? `${c.port}/${c.protocol}` : `${c.port}-${c.endPort}/${c.protocol}`;
}

/** `… and N more <what>; query with …`, or null when nothing was cut. */
export function moreLine(total: number, shown: number, what: string): string | null {
  return total > shown ? `… and ${total - shown} more ${what}; ${QUERY_HINT}` : null;
}

/**
 * Entries grouped per ordered (from, to), in report order, the first `limit` pairs kept and the
 * rest only counted. A report lists the entries of one pair next to each other, so this reads a
 * stream once and holds no more than `limit` pairs.
 */
export function pairs(list: Iterable<ReachConnection>, limit = Infinity): { rows: PairRow[]; total: number } {
  const rows: PairRow[] = [];
  let total = 0;
  let last: PairRow | null = null;
  let lastKey = '';
  for (const c of list) {
    const key = `${c.from}\u0000${c.to}`;
    if (last === null || key !== lastKey) {
      total++;
      lastKey = key;
      last = { from: c.from, to: c.to, ports: [], rows: [] };
      if (rows.length < limit) rows.push(last);
    }
    if (rows.length <= limit && rows.at(-1) === last) {
      last.ports.push(portLabel(c));
      last.rows.push(c);
    }
  }
  return { rows, total };
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
    case 'tier-default': {
      // Isolated, it takes only what a policy selecting it allows: every one of them is a place to look.
      const selecting = w.selectedBy ?? (w.policy === undefined ? [] : [w.policy]);
      if (selecting.length <= 1) return `${direction} ${verdict}: selected by ${w.policy} (tier ${w.tier}) but no rule matches`;
      const shown = selecting.slice(0, SELECTING_LIMIT).join(', ');
      const more = selecting.length > SELECTING_LIMIT ? ` +${selecting.length - SELECTING_LIMIT} more` : '';
      return `${direction} ${verdict}: no rule of the ${selecting.length} policies selecting it in tier ${w.tier} matches (${shown}${more})`;
    }
    case 'pass-to-profile':
      return w.policy !== undefined && w.rule !== undefined
        ? `${direction} ${verdict}: passed to the namespace profile by ${w.policy} ${direction} rule ${w.rule} (Pass)`
        : `${direction} ${verdict}: passed to the namespace profile by ${w.tier === undefined ? "a tier's" : `tier ${w.tier}'s`} default action (Pass)`;
    case 'external':
      return `${direction} ${verdict}: external address, no policy applies`;
  }
}

/** Why an allowed entry is allowed: both directions. */
export function whyAllowed(c: ReachConnection): string {
  return `${describeWhy('egress', c.egress)}; ${describeWhy('ingress', c.ingress)}`;
}

/** Why a denied entry is denied: the direction(s) that deny it. */
export function whyDenied(c: ReachConnection): string {
  return [c.egress?.verdict === 'deny' ? describeWhy('egress', c.egress) : '', c.ingress?.verdict === 'deny' ? describeWhy('ingress', c.ingress) : ''].filter((s) => s !== '').join('; ');
}

/**
 * The one-line totals every format ends or starts with; with a query they are the whole cluster's,
 * and say so. Connections between endpoints are (source, destination, declared port or ping)
 * tuples; when the policies name external address ranges, the tuples from them and, per
 * source endpoint, the port ranges toward them follow (the denied ones toward them only with
 * --explain, which lists them).
 */
export function totalsLine(report: ReachReport): string {
  const s = report.summary;
  const t = report.totals;
  const pairs = `${t.endpoints.allowed} allowed, ${t.endpoints.denied} denied ${t.endpoints.denied === 1 ? 'connection' : 'connections'} between ${plural(s.endpoints, 'endpoint')} (${plural(s.groups, 'group')}) under ${plural(s.policies, 'policy', 'policies')}`;
  let ranges = '';
  if (s.externals > 0) {
    const from = `${t.fromRanges.allowed} allowed, ${t.fromRanges.denied} denied ${t.fromRanges.denied === 1 ? 'connection' : 'connections'} from them`;
    const explained = report.denied !== undefined;
    const last = explained ? t.towardRanges.denied : t.towardRanges.allowed;
    const toward = `${t.towardRanges.allowed} allowed${explained ? `, ${t.towardRanges.denied} denied` : ''} ${last === 1 ? 'port range' : 'port ranges'} toward them`;
    ranges = `; with ${plural(s.externals, 'address range')}: ${from}, ${toward}`;
  }
  return `${report.query ? 'whole cluster: ' : ''}${pairs}${ranges}`;
}

/** With a query: a line when it matched no connection, or no allowed one (null otherwise, and without a query). */
/**
 * What the answer assumes or leaves out, one line each (the note's own text; a name from the
 * manifests could hold a line break, which would end a comment line of mermaid or dot).
 */
export function noteLines(notes: readonly string[]): string[] {
  return notes.map((n) => n.replace(/[\r\n]+/g, ' '));
}

/** Notes as a markdown list under a heading, after a blank line (none: no lines): `reach` and `diff` markdown, and the PR comment's reach section. */
export function notesList(notes: readonly string[] | undefined): string[] {
  const lines = noteLines(notes ?? []);
  return lines.length === 0 ? [] : ['', '**Notes**', '', ...lines.map((n) => `- ${escapeMarkdown(n)}`)];
}

export function queryLine(report: ReachReport): string | null {
  const q = report.query;
  if (!q) return null;
  if (q.matched === 0) return `the query ${q.text} matched no connection`;
  if (report.summary.allowed > 0) return null;
  return `the query ${q.text} matched ${plural(q.matched, 'connection')}, none allowed${report.denied === undefined ? ' (--explain says why)' : ''}`;
}
