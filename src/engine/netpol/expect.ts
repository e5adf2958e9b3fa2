/**
 * Connectivity assertions (`expect:` in .netlint.yaml): "from these endpoints to those, on this
 * port, traffic is (not) allowed". `allowed: true` holds when every matching connection is
 * allowed, `allowed: false` when none is; an assertion whose selectors match no connection is
 * itself reported (it would otherwise pass forever without checking anything).
 *
 * An assertion is answered by the `reach` query it stands for (`--from`, `--to`, `--port`), so
 * the two agree: toward address ranges (egress to a payment provider's range) as from them, an
 * address selecting the range that holds it, and a port number asked of every endpoint whether
 * it declares it or not (policies decide a port by its number). Ping is not asserted here: the
 * entries have no protocol for it.
 */
import { firstOf, plural } from '../plural.js';
import { parseCidr, parseIp } from '../cidr.js';
import type { ExpectEntry, EndpointSelectorConfig } from '../config.js';
import type { Finding, RuleMeta } from '../types.js';
import type { Cluster, Party } from './model.js';
import { allowedEntries, askedRange, partySelector, reachQuerier, ReachQueryError, withRangesCut, type ReachConnection } from './reach.js';
import { namespaceInfo } from './endpoints.js';
import { withServiceSides } from './service-query.js';
import type { Resource } from '../types.js';

export const EXPECT_RULE_ID = 'netpol/expect';

/** Metadata of the assertion check, so it is documented, listed in SARIF and configurable. */
export const EXPECT_RULE: RuleMeta = {
  id: EXPECT_RULE_ID,
  description: 'A connectivity assertion in .netlint.yaml (`expect:`) does not hold under the policies in the manifests, or matches no connection at all.',
  severity: 'error',
  remediation: 'Fix the policy that decides the connection (`netlint reach --explain --from … --to …` names it), or the assertion.',
  kinds: [],
  messages: {},
  source: 'engine',
};

/** An object selector's parties: endpoints by namespace, name, labels and namespace labels; or, with `cidr`, address ranges as `reach --from CIDR` takes them. */
function selector(sel: EndpointSelectorConfig, cluster: Cluster): (p: Party) => boolean {
  if (typeof sel === 'string') return partySelector(sel);
  if (sel.cidr !== undefined) {
    // A range, or an address (the range holding it); one that does not parse selects nothing (the config check refuses it).
    return parseCidr(sel.cidr).ok || parseIp(sel.cidr) !== null ? partySelector(sel.cidr) : () => false;
  }
  return (p) => {
    if (p.type === 'external') return false;
    if (sel.namespace !== undefined && p.namespace !== sel.namespace) return false;
    if (sel.name !== undefined && p.name !== sel.name) return false;
    if (sel.labels && !Object.entries(sel.labels).every(([k, v]) => p.labels[k] === v)) return false;
    // A namespace the input does not hold (a DNS stand-in's) still carries its name label.
    const nsLabels = cluster.namespaces.get(p.namespace)?.labels ?? namespaceInfo(p.namespace, {}).labels;
    return !sel.namespaceLabels || Object.entries(sel.namespaceLabels).every(([k, v]) => nsLabels[k] === v);
  };
}

/**
 * An object selector as reach's own forms read (`shop/web`, `shop/*`, `app=web`), joined with
 * "with": `shop/* with app=web, namespace labels team=a`, or the range of a `cidr`.
 */
function describe(sel: EndpointSelectorConfig): string {
  if (typeof sel === 'string') return sel;
  if (sel.cidr !== undefined) return sel.cidr;
  const pairs = (labels: Record<string, string>) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(',');
  const who = sel.namespace !== undefined ? `${sel.namespace}/${sel.name ?? '*'}` : sel.name !== undefined ? `*/${sel.name}` : '*/*';
  const more = [sel.labels && Object.keys(sel.labels).length > 0 ? pairs(sel.labels) : '', sel.namespaceLabels && Object.keys(sel.namespaceLabels).length > 0 ? `namespace labels ${pairs(sel.namespaceLabels)}` : ''].filter((x) => x !== '');
  return more.length === 0 ? who : `${who} with ${more.join(', ')}`;
}

function portText(c: ReachConnection): string {
  if (c.port === undefined) return `all ${c.protocol} ports`;
  return `${c.endPort !== undefined && c.endPort !== c.port ? `${c.port}-${c.endPort}` : c.port}/${c.protocol}`;
}

/** What to do about an assertion that matches nothing in a folder below the config's. */
const PART_OF_TREE_REMEDIATION = "Lint the config's own folder (where every assertion has its workloads) to check the assertion; if it should match here, fix its selectors.";

export function checkExpectations(cluster: Cluster, entries: readonly ExpectEntry[], options: { reportUnmatched?: boolean; resources?: readonly Resource[]; partOf?: string } = {}): Finding[] {
  const findings: Finding[] = [];
  // Address ranges the assertions name are cut as the policies' are, so that one no policy names
  // (web must not reach 0.0.0.0/0 on 22, with no ipBlock anywhere) is answered rather than
  // matching nothing: traffic there is decided as toward any address outside every block.
  const cuts = entries.flatMap((e) => [e.from, e.to].flatMap((sel) => askedRange(cluster, typeof sel === 'string' ? sel : sel.cidr) ?? []));
  const reach = reachQuerier(withRangesCut(cluster, cuts));
  for (const e of entries) {
    // A port number without a protocol is TCP's, as in a NetworkPolicy port; a name carries its own.
    const protocol = e.protocol ?? (typeof e.port === 'number' || /^\d+$/.test(String(e.port ?? '')) ? 'TCP' : undefined);
    const port = e.port === undefined ? undefined : `${e.port}${protocol ? `/${protocol}` : ''}`;
    const name = e.name ?? `${describe(e.from)} → ${describe(e.to)}${e.port === undefined ? '' : ` ${e.port}${e.protocol ? `/${e.protocol}` : ''}`}`;
    let matched = 0;
    let wrongCount = 0;
    let why: string | undefined;
    let standIns: string[] = [];
    let serviceNotes: string[] = [];
    const wrong: string[] = [];
    try {
      const written = { from: describe(e.from), to: describe(e.to), fromParty: selector(e.from, cluster), toParty: selector(e.to, cluster), ...(port === undefined ? {} : { port }), explain: true };
      // `svc:[ns/]name`: the pods behind the Service, its port answered on their target port (service-query.ts).
      const { query, notes } = withServiceSides(options.resources ?? [], written);
      serviceNotes = notes;
      const report = reach(query);
      // Endpoints the input does not hold are the DNS stand-ins the assertion named (reach.ts dnsAsked).
      const held = new Set(cluster.endpoints.map((ep) => ep.id));
      standIns = report.matrix.cluster.endpoints.filter((ep) => !held.has(ep.id)).map((ep) => ep.id);
      const members = new Map(report.groups.map((g) => [g.id, g.members]));
      const ends = (id: string) => members.get(id) ?? [id];
      const check = (c: ReachConnection, allowed: boolean) => {
        // Without a port the entries include ping, which an assertion does not name.
        if (c.protocol === 'ICMP' || (protocol !== undefined && c.protocol !== protocol)) return;
        const [srcs, dsts] = [ends(c.from), ends(c.to)];
        // Every ordered pair of different endpoints of the two sides.
        const same = srcs.filter((s) => dsts.includes(s)).length;
        const pairs = srcs.length * dsts.length - same;
        matched += pairs;
        if (allowed === e.allowed || pairs === 0) return;
        wrongCount += pairs;
        for (const s of srcs) {
          for (const d of dsts) {
            if (wrong.length >= 5) return;
            if (s !== d) wrong.push(`${s} → ${d} ${portText(c)}`);
          }
        }
      };
      for (const c of allowedEntries(report)) check(c, true);
      for (const c of report.denied ?? []) check(c, false);
    } catch (error) {
      // A selector or port that names nothing: the assertion checks nothing; which one is said.
      if (!(error instanceof ReachQueryError)) throw error;
      why = error.message.replace(/^--from /, 'from ').replace(/^--to /, 'to ').replace(/^--port /, 'port ');
    }
    let message: string | null = null;
    if (matched === 0 && options.reportUnmatched === false) continue;
    const because = why ?? 'no endpoint or address range fits its selectors, or no port its port';
    // Linting a folder below the config's, the entry may be about another part of the tree.
    const elsewhere = matched === 0 && options.partOf !== undefined;
    if (elsewhere) message = `assertion "${name}" matches no connection in ${options.partOf} (${because}), which is part of the tree ${e.file ?? '.netlint.yaml'} is for: lint that folder to check it`;
    else if (matched === 0) message = `assertion "${name}" matches no connection (${because})`;
    else if (wrongCount > 0) {
      const shown = wrongCount > wrong.length ? `${wrong.join(', ')} and ${wrongCount - wrong.length} more` : firstOf(wrong, 5);
      message = `assertion "${name}" expects ${e.allowed ? 'allowed' : 'denied'} but ${wrongCount} of ${plural(matched, 'connection')} ${wrongCount === 1 ? 'is' : 'are'} ${e.allowed ? 'denied' : 'allowed'}: ${shown}`;
    }
    if (message === null) continue;
    if (standIns.length > 0) message += ` (${standIns.join(' and ')} ${standIns.length === 1 ? 'stands' : 'stand'} for the platform's DNS pods, which the input does not hold)`;
    if (serviceNotes.length > 0) message += ` (${serviceNotes.join('; ')})`;
    const pos = e.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    findings.push({ ruleId: EXPECT_RULE_ID, severity: elsewhere ? 'warning' : 'error', message, file: e.file ?? '.netlint.yaml', ...pos, resource: null, path: [], remediation: elsewhere ? PART_OF_TREE_REMEDIATION : EXPECT_RULE.remediation });
  }
  return findings;
}
