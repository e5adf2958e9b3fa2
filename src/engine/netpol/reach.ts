/**
 * The `reach` result: endpoints and allowed connections in the JSON contract's shape, optionally
 * filtered by a query and explained per direction; and the full matrix with classes for the e2e
 * conformance harness.
 */
import { contains, containsIp, overlaps, parseCidr, parseIp, parseIpResult } from '../cidr.js';
import type { Resource } from '../types.js';
import { objectLabel, WORKLOAD_KINDS } from '../model.js';
import { describeUnevaluated, unevaluatedPoliciesOf } from './unevaluated.js';
import { hostEndpointNote } from './host-endpoints.js';
import type { ClusterFactsConfig } from '../config.js';
import { clusterOf } from './cluster.js';
import type { Verdict } from './evaluate.js';
import { Bitset } from './bitset.js';
import { atomsOf, blockGuessed } from './match.js';
import { allowedCell, cells, computeMatrix, explainCell, MAX_PORT, partyCount, type ExternalTarget, type Matrix } from './matrix.js';
import { PROTOCOLS, type Atom, type Cluster, type PortProtocol, type ContainerPort, type Party, type Protocol, type WorkloadEndpoint } from './model.js';
import { externalAtoms } from './externals.js';
import { namesService, withServiceSides } from './service-query.js';
import { DNS_STAND_INS, describeDnsStandIn, isPlatformDnsPod, standInNames } from './dns-stand-ins.js';
import { namespaceInfo } from './endpoints.js';
import type { Cidr } from '../cidr.js';

export interface ReachPod {
  id: string;
  namespace: string | null;
  name: string;
  kind: string;
  labels: Record<string, string>;
  ports: { port: number; protocol: Protocol; name?: string }[];
}

/** The deciding policy and rule of one direction, as printed. */
export interface DirectionWhy {
  verdict: 'allow' | 'deny';
  reason: Verdict['reason'];
  policy?: string;
  rule?: number;
  action?: string;
  tier?: string;
  /**
   * For `tier-default`: every policy of that tier that selects the endpoint for this direction,
   * in evaluation order (`policy` is the first). The endpoint is denied because none of them has
   * a rule that matches: under Kubernetes NetworkPolicy an isolated pod takes only what some
   * policy selecting it allows (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
   */
  selectedBy?: string[];
}

/** One allowed (or, with `explain`, denied) entry between groups, externals or, in a query, endpoints. */
export interface ReachConnection {
  from: string;
  to: string;
  /** Absent toward an external when every port of the protocol is allowed. */
  port?: number;
  /** The last port of a range toward an external. */
  endPort?: number;
  protocol: Protocol;
  egress?: DirectionWhy;
  ingress?: DirectionWhy;
}

/** The fields of an entry after `from` that its target decides: `to`, `port` (none for ICMP), `protocol`. */
export interface ReachColumn {
  to: string;
  port?: number;
  protocol: Protocol;
}

/** One source's allowed entries as the walk finds them: its admitted targets as bits, not one object each. */
export interface ReachRow {
  /** A group id (or a query part of one) or an external id. */
  from: string;
  /** Indices into `columns`: targets both directions admit, within the query, never a lone endpoint to itself. Ascending is the entries' order. */
  targets: Bitset;
  /** Its allowed entries toward external ranges, listed after the targets (a few per source). */
  externals: ReachConnection[];
}

/** The allowed entries source by source: what a writer that walks the bits itself reads instead of `stream`. */
export interface ReachRows {
  /** Per matrix target, what its entries say after `from` (null where the query leaves the target out). */
  columns: readonly (ReachColumn | null)[];
  /** The rows in entry order; read them once, instead of `stream`. */
  read(): Iterable<ReachRow>;
}

export interface ReachGroup {
  id: string;
  members: string[];
}

export interface ReachReport {
  version: 2;
  pods: (ReachPod & { group: string })[];
  /** Endpoints every policy treats alike; in a query, also the parts of them the query selects. */
  groups: ReachGroup[];
  /** Address ranges outside the cluster: `cidr` less the ranges in `except` (present when there are any). */
  externals: { id: string; cidr: string; except?: string[] }[];
  allowed: ReachConnection[];
  /**
   * Only with `explain`: the denied entries, with the direction(s) that denied them. Made with
   * `lazy`, each reading walks them anew (and completes `summary.denied`).
   */
  denied?: Iterable<ReachConnection>;
  /** Made with `lazy`: the allowed entries one at a time (`allowed` is then empty); read it once. */
  stream?: () => Iterable<ReachConnection>;
  /**
   * Made with `lazy` and `explain`: the stream's entries toward endpoints come without their
   * reasons (a listing capped at a few hundred entries explains only those); this fills them in.
   */
  explain?: (entry: ReachConnection) => ReachConnection;
  /** Made with `lazy`: the same entries as rows of bits (read either this or `stream`, once). */
  rows?: ReachRows;
  excluded: { id: string; kind: string; reason: string }[];
  /** What the model could not apply as written (an invalid policy field, a namespace that is not a string), with its position. */
  problems: ReachProblem[];
  /** What the answer takes for granted or leaves out (guessed pod addresses, policies netlint does not evaluate, a DNS stand-in): every format carries them (`notes`). */
  notes: string[];
  /**
   * With --from/--to/--port: the query as written and how many entries it matched, allowed or
   * denied (complete once the entries have been read). `summary.connections` stays whole-cluster.
   */
  query?: { text: string; matched: number };
  summary: {
    endpoints: number;
    groups: number;
    externals: number;
    policies: number;
    /** Entries in `allowed` (and `denied`, with explain). */
    allowed: number;
    denied?: number;
    /** Ordered (source, destination, declared port or ping) tuples between endpoints and from externals, counted without expanding them (`totals` splits them). */
    connections: { allowed: number; denied: number };
  };
  /**
   * The whole cluster's counts that the text and markdown totals give beyond `summary` (not
   * written to JSON). Complete once the entries have been read, like `summary`.
   */
  totals: ReachTotals;
}

/** Whole-cluster counts, split by what is at either end (`summary.connections` is `endpoints` + `fromRanges`). */
export interface ReachTotals {
  /** Ordered (source, destination, declared port or ping) tuples between two different endpoints. */
  endpoints: { allowed: number; denied: number };
  /** The same tuples from an external address range to an endpoint. */
  fromRanges: { allowed: number; denied: number };
  /**
   * Toward external address ranges, per source endpoint: its port ranges per (range, protocol),
   * adjacent ports with the same verdict merged, ping one more: what an unexplained report lists
   * for a one-member group.
   */
  towardRanges: { allowed: number; denied: number };
}

export interface ReachProblem {
  file: string | null;
  line: number;
  column: number;
  message: string;
  /** `Kind namespace/name` of the object, when there is one. */
  resource: string | null;
}

/**
 * A note when an address range decided a pod by a guess of its address: no pod CIDR is known, the
 * pod's IPs are not written, and the range holds part of the private space pods are taken to live
 * in (match.ts blockGuessed). The answer then takes the pod to be outside the range, which is the
 * cluster's answer only if its pod CIDR lies outside it too.
 */
export function guessNotes(cluster: Cluster): string[] {
  if (cluster.podRanges.length > 0) return [];
  const unknown = cluster.endpoints.find((e) => e.ips.length === 0);
  if (unknown === undefined) return [];
  for (const policy of cluster.policies) {
    for (const rule of [...(policy.ingress ?? []), ...(policy.egress ?? [])]) {
      const block = atomsOf(rule.peer).find((a) => a.k === 'block' && blockGuessed(a, unknown));
      if (block?.k !== 'block') continue;
      return [
        `pod addresses are not known (no cluster.podCIDR in .netlint.yaml, no kind or kubeadm config in the input), so pods are taken to lie in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10, and a range holding only part of that (${block.cidr.text} in ${policy.id}) is taken to hold no pod: give the pod CIDR for pod-to-pod answers through such ranges`,
      ];
    }
  }
  return [];
}

function reachProblems(cluster: Cluster): ReachProblem[] {
  return cluster.problems.map((p) => {
    const r = p.resource;
    const at = r ? r.locate(p.path ?? []) : { line: 1, column: 1 };
    return { file: r?.file ?? null, line: at.line, column: at.column, message: p.message, resource: r ? objectLabel(r) : null };
  });
}

/** `--from x/a --port 80`: the query as the user gave it. */
function queryText(query: ReachQuery): string {
  return [['--from', query.from], ['--to', query.to], ['--port', query.port]].filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`).join(' ');
}

export interface ReachQuery {
  from?: string;
  to?: string;
  /** `80`, `80/TCP`, or a port name. */
  port?: string;
  explain?: boolean;
  /**
   * Which parties `from` (or `to`) selects, when a caller has a selector of its own (an `expect:`
   * entry's object form); `from` (`to`) is then only its name in messages.
   */
  fromParty?: (p: Party) => boolean;
  toParty?: (p: Party) => boolean;
}

/** A query argument that names nothing or does not parse; the CLI turns it into a usage error. */
export class ReachQueryError extends Error {
  override readonly name = 'ReachQueryError';
}

/** `--from ""`: what a selector may be. */
export function emptySelector(flag: string, text: string): ReachQueryError {
  return new ReachQueryError(`${flag} ${JSON.stringify(text)} is empty: give ns/name, ns/*, a namespace or workload name, [ns/]key=value labels, an external range, an address or svc:[ns/]name, or leave ${flag} out`);
}

/**
 * A query selector: `*`, `ns/*`, `ns/name`, a bare word (the endpoints of that namespace and those
 * of that name), an external range as its id or CIDR, an address (the external range holding it),
 * or `[ns/]key=value,key2=value2` (labels of the endpoint; `key` alone means the label exists).
 */
export function partySelector(text: string): (p: Party) => boolean {
  const t = text.trim();
  if (t === '' || t === '*' || t === '*/*') return () => true;
  const slash = t.indexOf('/');
  if (!t.includes('=')) {
    if (slash > 0 && t.slice(slash + 1) === '*') {
      const ns = t.slice(0, slash);
      return (p) => p.type === 'workload' && p.namespace === ns;
    }
    const address = slash < 0 ? parseIp(t) : null;
    // An external range is its CIDR less the narrower ranges that are externals of their own.
    if (address !== null) return (p) => p.type === 'external' && containsIp(p.cidr, address) && !p.holes.some((h) => containsIp(h, address));
    // A range: every external piece it shares addresses with (a piece of it, or the one holding it).
    const range = slash > 0 ? parseCidr(t) : null;
    if (range?.ok) {
      const q = range.cidr;
      return (p) => p.id === t || (p.type === 'external' && overlaps(p.cidr, q) && !p.holes.some((h) => contains(h, q)));
    }
    return (p) => p.id === t || (p.type === 'external' && p.cidr.text === t) || (p.type === 'workload' && slash < 0 && (p.name === t || p.namespace === t));
  }
  // `app.kubernetes.io/name=web` is a prefixed label key, not namespace `app.kubernetes.io`: a
  // namespace name is a DNS label, without dots (Kubernetes "Object Names and IDs").
  const nsPart = slash > 0 && !/[=.]/.test(t.slice(0, slash)) ? t.slice(0, slash) : null;
  const reqs = (nsPart === null ? t : t.slice(slash + 1)).split(',').map((r) => {
    const [k, v] = r.split('=');
    return { k: k.trim(), v: v === undefined ? undefined : v.trim() };
  });
  return (p) =>
    p.type === 'workload' &&
    (nsPart === null || p.namespace === nsPart) &&
    reqs.every(({ k, v }) => (v === undefined ? k in p.labels : p.labels[k] === v));
}

/** A `--port` argument: a number 1-65535 or a port name, optionally `/TCP`, `/UDP` or `/SCTP`; or `icmp` for ping. */
export interface PortQuery {
  port: number | null;
  name: string | null;
  protocol: Protocol | null;
}

export function parsePortQuery(text: string): PortQuery {
  if (text.trim().toLowerCase() === 'icmp') return { port: null, name: null, protocol: 'ICMP' };
  const m = /^([^/]+)(?:\/([A-Za-z]+))?$/.exec(text.trim());
  const bad = (why: string): never => {
    throw new ReachQueryError(`--port ${JSON.stringify(text)}: ${why} (expected a port 1-65535 or a port name, optionally /TCP, /UDP or /SCTP, or icmp)`);
  };
  if (!m) return bad('not a port');
  const protocol = m[2] === undefined ? null : (m[2].toUpperCase() as Protocol);
  if (protocol !== null && !PROTOCOLS.includes(protocol)) bad(`unknown protocol ${m[2]}`);
  if (/^\d+$/.test(m[1])) {
    const port = Number(m[1]);
    if (port < 1 || port > MAX_PORT) bad('port out of range');
    return { port, name: null, protocol };
  }
  // IANA service names as Kubernetes accepts them for container ports.
  if (!/^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(m[1]) || !/[a-z]/.test(m[1]) || m[1].includes('--')) bad('not a valid port name');
  return { port: null, name: m[1], protocol };
}

export function cellMatches(q: PortQuery | null, cell: ContainerPort): boolean {
  if (q === null) return true;
  if (q.protocol !== null && cell.protocol !== q.protocol) return false;
  if (q.protocol === 'ICMP') return true;
  return q.port !== null ? cell.port === q.port : cell.name === q.name;
}

export function why(v: Verdict): DirectionWhy {
  const out: DirectionWhy = { verdict: v.allowed ? 'allow' : 'deny', reason: v.reason };
  if (v.policy !== undefined) out.policy = v.policy;
  if (v.rule !== undefined) out.rule = v.rule;
  if (v.action !== undefined) out.action = v.action;
  if (v.tier !== undefined) out.tier = v.tier;
  if (v.selectedBy !== undefined) out.selectedBy = [...v.selectedBy];
  // The last Pass on the way to the profile: a rule's, else a tier's default (no policy named).
  if (v.reason === 'pass-to-profile' && v.passedBy) {
    out.policy = v.passedBy.policy;
    out.rule = v.passedBy.rule;
    out.action = 'Pass';
  }
  return out;
}

function pod(p: WorkloadEndpoint): ReachPod {
  return { id: p.id, namespace: p.namespace, name: p.name, kind: p.kind, labels: { ...p.labels }, ports: p.ports.filter((x) => x.undeclared !== true).map((x) => ({ ...x })) };
}

/** The tuples of `summary.connections`, split by source: from endpoints and from external ranges. */
function connectionTotals(m: Matrix): Pick<ReachTotals, 'endpoints' | 'fromRanges'> {
  const endpoints = { allowed: 0, denied: 0 };
  const fromRanges = { allowed: 0, denied: 0 };
  const sizes = m.classes.map((c) => c.members.length);
  const everyone = sizes.reduce((a, b) => a + b, 0);
  for (const t of m.targets) {
    const dstSize = sizes[t.cls];
    let allowed = 0;
    for (let p = 0; p < sizes.length; p++) if (allowedCell(m, p, t.index)) allowed += sizes[p] * dstSize - (p === t.cls ? dstSize : 0);
    endpoints.allowed += allowed;
    endpoints.denied += everyone * dstSize - dstSize - allowed;
    let fromExternals = 0;
    for (let x = 0; x < m.externals.length; x++) if (allowedCell(m, sizes.length + x, t.index)) fromExternals += dstSize;
    fromRanges.allowed += fromExternals;
    fromRanges.denied += m.externals.length * dstSize - fromExternals;
  }
  return { endpoints, fromRanges };
}

/** Toward external ranges, per source endpoint: the merged runs of each class, allowed and denied. */
function towardRangeTotals(m: Matrix): ReachTotals['towardRanges'] {
  const out = { allowed: 0, denied: 0 };
  if (m.externals.length === 0) return out;
  const every = m.externals.map(() => true);
  const segments = wantedSegmentCount(m, every);
  m.classes.forEach((c, cls) => {
    const { allowed, denied } = mergedRuns(m, cls, every, segments);
    out.allowed += allowed.length * c.members.length;
    out.denied += denied * c.members.length;
  });
  return out;
}

export const groupId = (cls: number): string => `g${cls + 1}`;

/** The parties a query side selects: per class the selected members (all, some or none), and the selected externals. */
interface Side {
  members: WorkloadEndpoint[][];
  /** Per class: the id to use for the selected members (the class's group, or a query part of it). */
  ids: (string | null)[];
  externals: boolean[];
}

/**
 * Why a selector that selected nothing is not the address or range it looks like, or null. Only
 * asked after it selected nothing: a Pod's name may be a DNS subdomain such as `300.1.1.1`
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/).
 */
function malformedAddress(text: string): string | null {
  const t = text.trim();
  const slash = t.indexOf('/');
  const address = slash < 0 ? t : t.slice(0, slash);
  // Digits and dots, or hex digits around a colon (no Kubernetes name holds a colon).
  const looksLikeIp = (/^[0-9.]+$/.test(address) && address.includes('.')) || (/^[0-9A-Fa-f:.]+$/.test(address) && address.includes(':'));
  if (!looksLikeIp) return null;
  if (slash < 0) {
    const ip = parseIpResult(t);
    if (ip.ok) return null;
    const m = /is not a valid (IPv[46]) address: (.*)$/.exec(ip.error);
    return m ? `malformed ${m[1]} address: ${m[2]}` : `malformed address: ${ip.error}`;
  }
  const cidr = parseCidr(t);
  if (cidr.ok) return null;
  const prefix = `${JSON.stringify(t)}: `;
  return `malformed address range: ${cidr.error.startsWith(prefix) ? cidr.error.slice(prefix.length) : cidr.error}`;
}

function side(m: Matrix, text: string | undefined, flag: string, extra: ReachGroup[], match?: (p: Party) => boolean): Side {
  if (text !== undefined && text.trim() === '' && match === undefined) throw emptySelector(flag, text);
  const ok = match ?? partySelector(text ?? '*');
  const members = m.classes.map((c) => (text === undefined ? c.members : c.members.filter(ok)));
  const externals = m.externals.map((x) => text !== undefined && ok(x));
  if (text !== undefined && members.every((x) => x.length === 0) && !externals.includes(true)) {
    const malformed = malformedAddress(text);
    // An excluded endpoint (a hostNetwork pod) is named, with why it is not in the matrix.
    const left = malformed === null ? m.cluster.excluded.find((x) => x.id === text.trim()) : undefined;
    const why =
      malformed !== null
        ? `: ${malformed}`
        : left
          ? ` names ${left.kind} ${left.id}, which is not an endpoint here: ${left.reason}`
          : namesService(text)
            ? ": the Service's selector picks no workload of the input in its namespace"
            : ' matches no endpoint or external range';
    throw new ReachQueryError(`${flag} ${JSON.stringify(text)}${why}`);
  }
  const ids = members.map((list, i) => {
    if (list.length === 0) return null;
    if (list.length === m.classes[i].members.length) return groupId(i);
    const id = `${groupId(i)}${flag === '--from' ? '.from' : '.to'}`;
    extra.push({ id, members: list.map((e) => e.id) });
    return id;
  });
  return { members, ids, externals: text === undefined ? m.externals.map(() => true) : externals };
}

/** Ranges toward one external per protocol, merged where adjacent intervals agree. */
export interface ExternalRun {
  ext: number;
  protocol: Protocol;
  from: number;
  to: number;
  allowed: boolean;
  /** The first interval of the run (its verdict stands for the run when not merged). */
  target: number;
}

export function externalRuns(m: Pick<Matrix, 'externalTargets' | 'egressExternal'>, cls: number, merge: boolean): ExternalRun[] {
  const out: ExternalRun[] = [];
  const row = m.egressExternal[cls];
  let last: ExternalRun | undefined;
  for (const t of m.externalTargets) {
    const allowed = row.has(t.index);
    // A column that continues the last run only moves its end.
    if (merge && last !== undefined && continues(last, t, allowed)) last.to = t.to;
    else out.push((last = { ext: t.ext, protocol: t.protocol, from: t.from, to: t.to, allowed, target: t.index }));
  }
  return out;
}

/**
 * The external columns cut into segments, one per external and protocol (consecutive columns,
 * matrix.ts), and the segment of each column: what mergedRuns needs to visit only the segments a
 * row allows something in.
 */
const segmentsOfColumns = new WeakMap<readonly ExternalTarget[], { starts: number[]; of: Int32Array }>();
function segmentsOf(m: Pick<Matrix, 'externalTargets'>): { starts: number[]; of: Int32Array } {
  let got = segmentsOfColumns.get(m.externalTargets);
  if (got === undefined) {
    const starts: number[] = [];
    const of = new Int32Array(m.externalTargets.length);
    m.externalTargets.forEach((t, i) => {
      const prev = m.externalTargets[i - 1];
      if (prev === undefined || prev.ext !== t.ext || prev.protocol !== t.protocol) starts.push(i);
      of[i] = starts.length - 1;
    });
    starts.push(m.externalTargets.length);
    segmentsOfColumns.set(m.externalTargets, (got = { starts, of }));
  }
  return got;
}

/** How many segments (one external, one protocol) of `m`'s external columns belong to the externals `wanted` selects: mergedRuns' `wantedSegments`. */
export function wantedSegmentCount(m: Pick<Matrix, 'externalTargets'>, wanted: readonly boolean[]): number {
  const { starts } = segmentsOf(m);
  let n = 0;
  for (let s = 0; s + 1 < starts.length; s++) if (wanted[m.externalTargets[starts[s]].ext]) n++;
  return n;
}

/**
 * A class's merged runs toward the externals `wanted` selects: the allowed ones, in column order,
 * and how many denied ones there are, found from the columns its egress allows (a word-wise scan of
 * its row) rather than by walking every column: a segment (one external, one protocol) with
 * nothing allowed is one denied run. Walking every column for every class grew with classes ×
 * externals × port cuts, where most classes reach few of the ranges.
 */
export function mergedRuns(m: Pick<Matrix, 'externalTargets' | 'egressExternal'>, cls: number, wanted: readonly boolean[], wantedSegments: number): { allowed: ExternalRun[]; denied: number } {
  const { starts, of } = segmentsOf(m);
  const allowed: ExternalRun[] = [];
  let denied = wantedSegments;
  let done = -1;
  const row = m.egressExternal[cls];
  row.forEach((i) => {
    const segment = of[i];
    if (segment <= done) return;
    done = segment;
    const first = m.externalTargets[starts[segment]];
    if (!wanted[first.ext]) return;
    denied--;
    let last: ExternalRun | undefined;
    for (let c = starts[segment]; c < starts[segment + 1]; c++) {
      const t = m.externalTargets[c];
      const on = row.has(c);
      if (last !== undefined && continues(last, t, on)) last.to = t.to;
      else {
        last = { ext: t.ext, protocol: t.protocol, from: t.from, to: t.to, allowed: on, target: t.index };
        if (on) allowed.push(last);
        else denied++;
      }
    }
  });
  return { allowed, denied };
}

/** Whether `next` (a run, or a column with the verdict `allowed`) starts where `run` ends, toward the same external, protocol and verdict. */
function continues(run: ExternalRun, next: Pick<ExternalRun, 'ext' | 'protocol' | 'from'>, allowed: boolean): boolean {
  return run.ext === next.ext && run.protocol === next.protocol && run.allowed === allowed && run.to + 1 === next.from;
}

function sameWhy(a: ReachConnection, b: ReachConnection): boolean {
  const same = (x?: DirectionWhy, y?: DirectionWhy) =>
    x === y ||
    (x !== undefined &&
      y !== undefined &&
      x.verdict === y.verdict &&
      x.reason === y.reason &&
      x.policy === y.policy &&
      x.rule === y.rule &&
      x.action === y.action &&
      x.tier === y.tier &&
      x.selectedBy?.join('\n') === y.selectedBy?.join('\n'));
  return same(a.egress, b.egress) && same(a.ingress, b.ingress);
}

function rangeFields(from: number, to: number, protocol?: Protocol): { port?: number; endPort?: number } {
  if (protocol === 'ICMP' || (from === 1 && to === MAX_PORT)) return {};
  return from === to ? { port: from } : { port: from, endPort: to };
}

/**
 * Computes the matrix of `resources` (or of an already built cluster) and reports it grouped:
 * one entry per allowed (source group or external, destination group port or external range).
 * Its size grows with groups and allowed group pairs, never with endpoint pairs.
 */
export function reach(input: readonly Resource[] | Cluster, asked: ReachQuery = {}, options: ReachOptions = {}): ReachReport & { matrix: Matrix } {
  // A built cluster holds no Services: a `svc:` side is resolved from the manifests (service-query.ts), or by a caller that gives its party.
  if (!Array.isArray(input) && ((namesService(asked.from) && !asked.fromParty) || (namesService(asked.to) && !asked.toParty))) throw new ReachQueryError('a Service (svc:NAME) is answered from the manifests that hold it');
  const { query, notes: serviceNotes } = Array.isArray(input) ? withServiceSides(input as readonly Resource[], asked) : { query: asked, notes: [] };
  const cluster = withAskedRanges(Array.isArray(input) ? clusterOf(input as readonly Resource[], options.cluster) : (input as Cluster), query);
  const portQuery = query.port === undefined ? null : parsePortQuery(query.port);
  const { standIns, ...parties } = dnsAsked(cluster, query);
  const withDns = withStandIns(cluster, standIns);
  const withPort = portQuery?.port != null ? withAskedPort(withDns, portQuery.port, portQuery.protocol ?? 'TCP') : withDns;
  // The totals stay the whole cluster's as it declares its ports, without stand-ins: the same whatever the query.
  const report = withPort === cluster ? reachOf(computeMatrix(cluster), { ...query, ...parties }, options) : reachOf(computeMatrix(withPort), { ...query, ...parties }, { ...options, totalsOf: computeMatrix(cluster) });
  report.notes.push(...serviceNotes);
  report.notes.push(...standInNotes(standIns));
  if (cluster.endpoints.length === 0) report.notes.push(NO_ENDPOINT_NOTE);
  if (Array.isArray(input)) report.notes.push(...unevaluatedNotes(input as readonly Resource[]));
  return report;
}

/**
 * An answer over no endpoint says nothing (0 allowed, 0 denied), which reads like a clean result:
 * the paths named no workload, most often a policies-only folder or a mistyped path.
 */
export const NO_ENDPOINT_NOTE = `the input holds no pod or workload (${['Pod', ...WORKLOAD_KINDS.map((k) => k.slice(k.indexOf('/') + 1))].join(', ')}), so there is no connection to answer for: give the paths that hold the workloads as well as the policies`;

/**
 * What a query's naming of cluster DNS comes to. A side that selects a platform's DNS pods by name
 * or labels (`--to kube-system/kube-dns`, `kube-system/*`, `kube-dns`, `coredns`, `k8s-app=kube-dns`)
 * brings in a stand-in for them when the input does not hold them: every cluster runs them though
 * manifests rarely include kube-system, and whether a workload reaches them is the question an
 * egress policy most often gets wrong. They answer as the DNS rules judge them (dns-stand-ins.ts).
 * When the input holds them (kubeadm's `kube-system/coredns`), a side naming the stand-in selects
 * those pods instead (`parties`), so a query keeps its meaning once the Deployment is added. A
 * universal `*` never brings them in; a caller's own selector (`fromParty`, an `expect:` entry) is
 * asked as the text would be.
 */
export function dnsAsked(cluster: Cluster | readonly Cluster[], query: Pick<ReachQuery, 'from' | 'to' | 'fromParty' | 'toParty'>): { standIns: WorkloadEndpoint[]; fromParty?: (p: Party) => boolean; toParty?: (p: Party) => boolean } {
  const clusters: readonly Cluster[] = Array.isArray(cluster) ? cluster : [cluster as Cluster];
  const standIns: WorkloadEndpoint[] = [];
  const out: { standIns: WorkloadEndpoint[]; fromParty?: (p: Party) => boolean; toParty?: (p: Party) => boolean } = { standIns };
  for (const [text, given, key] of [[query.from, query.fromParty, 'fromParty'], [query.to, query.toParty, 'toParty']] as const) {
    if (text === undefined || ['', '*', '*/*'].includes(text.trim())) continue;
    const ok = given ?? partySelector(text);
    for (const standIn of DNS_STAND_INS) {
      if (!standInNames(standIn).some(ok)) continue;
      const own = (p: Party) => p.type === 'workload' && isPlatformDnsPod(standIn, p);
      const held = clusters.some((c) => c.endpoints.some(own));
      if (!held && !standIns.includes(standIn)) standIns.push(standIn);
      // The side selects the input's DNS pods, or the stand-in (named by another of its names, `coredns`).
      const before = out[key] ?? ok;
      out[key] = held ? (p) => before(p) || own(p) : (p) => before(p) || (p.type === 'workload' && p.id === standIn.id);
    }
  }
  return out;
}

/**
 * The cluster with `standIns` among its endpoints, placed where its pods are (as its own endpoints
 * without addresses are), and their namespaces known (by name only).
 */
export function withStandIns(cluster: Cluster, standIns: readonly WorkloadEndpoint[]): Cluster {
  if (standIns.length === 0) return cluster;
  const placed = cluster.podRanges.length > 0 ? standIns.map((ep) => ({ ...ep, ranges: cluster.podRanges })) : standIns;
  const namespaces = new Map(cluster.namespaces);
  for (const ep of placed) if (!namespaces.has(ep.namespace)) namespaces.set(ep.namespace, namespaceInfo(ep.namespace, {}));
  return { ...cluster, endpoints: [...cluster.endpoints, ...placed], namespaces };
}

export function standInNotes(standIns: readonly WorkloadEndpoint[]): string[] {
  return standIns.map((ep) => `${ep.id} is not in the input: it stands for the cluster DNS pods the platform runs (${describeDnsStandIn(ep)}), answered as they would be; with your DNS pods in the input (kubeadm's Deployment kube-system/coredns), the same query answers for them`);
}

/**
 * The cluster with an address or range a query names cut as the policies' ranges are, when no
 * external range of the cluster shares addresses with it (no policy names an address range of its
 * family, one the pods have): `--to 8.8.8.8` is then answered as any address outside every block,
 * not refused as naming nothing. Where the cluster has ranges of that family, one of them holds it
 * already.
 */
function withAskedRanges(cluster: Cluster, query: ReachQuery): Cluster {
  const cuts: Cidr[] = [];
  for (const [text, given] of [[query.from, query.fromParty], [query.to, query.toParty]] as const) {
    const range = given === undefined ? askedRange(cluster, text) : null;
    if (range !== null && !cluster.externals.some((x) => x.cidr.family === range.family)) cuts.push(range);
  }
  return withRangesCut(cluster, cuts);
}

/**
 * The address (as a /32 or /128) or range a query selector names, of the pods' families only
 * (IPv4 when the pod CIDR is not known: an IPv6 address is no destination for IPv4 pods); null for
 * a selector of any other kind.
 */
export function askedRange(cluster: Cluster, text: string | undefined): Cidr | null {
  const t = text?.trim();
  if (t === undefined || !/^[0-9A-Fa-f:.]+(?:\/\d+)?$/.test(t)) return null;
  const families = cluster.podRanges.length > 0 ? new Set(cluster.podRanges.map((r) => r.family)) : new Set([4]);
  const range = parseCidr(t.includes('/') ? t : `${t}/${t.includes(':') ? 128 : 32}`);
  return range.ok && families.has(range.cidr.family) ? range.cidr : null;
}

/** The cluster with its external ranges cut again at `cuts` as well as at the policies' blocks. */
export function withRangesCut(cluster: Cluster, cuts: readonly Cidr[]): Cluster {
  if (cuts.length === 0) return cluster;
  const blocks = cluster.atoms.filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block');
  return { ...cluster, externals: externalAtoms(blocks, cluster.networkSets, [...cuts]) };
}

/**
 * Many queries of one cluster (the assertions of `expect:`), each matrix computed once: the
 * cluster's own, and one per port number asked of endpoints that do not all declare it.
 */
export function reachQuerier(cluster: Cluster): (query: ReachQuery) => ReachReport & { matrix: Matrix } {
  const matrices = new Map<Cluster, Matrix>();
  const matrixOf = (c: Cluster): Matrix => {
    let m = matrices.get(c);
    if (m === undefined) matrices.set(c, (m = computeMatrix(c)));
    return m;
  };
  const asked = new Map<string, Cluster>();
  return (query) => {
    const portQuery = query.port === undefined ? null : parsePortQuery(query.port);
    const { standIns, ...parties } = dnsAsked(cluster, query);
    const dnsKey = standIns.map((ep) => ep.id).join(' ');
    let base = asked.get(dnsKey);
    if (base === undefined) asked.set(dnsKey, (base = withStandIns(cluster, standIns)));
    let c: Cluster = base;
    if (portQuery?.port != null) {
      const protocol = portQuery.protocol ?? 'TCP';
      const key = `${dnsKey}|${portQuery.port}/${protocol}`;
      const known = asked.get(key);
      if (known !== undefined) c = known;
      else asked.set(key, (c = withAskedPort(base, portQuery.port, protocol)));
    }
    const report = c === cluster ? reachOf(matrixOf(cluster), { ...query, ...parties }) : reachOf(matrixOf(c), { ...query, ...parties }, { totalsOf: matrixOf(cluster) });
    report.notes.push(...standInNotes(standIns));
    return report;
  };
}

/**
 * What the input holds that the answer leaves out: policies of other enforcers (Cilium, Antrea),
 * and Calico HostEndpoints, whose traffic is not modelled (host-endpoints.ts).
 */
export function unevaluatedNotes(resources: readonly Resource[]): string[] {
  return [unevaluatedPolicyNote(resources), hostEndpointNote(resources)].filter((n) => n !== null);
}

/** The note on policies of enforcers netlint does not evaluate (Cilium, Antrea, GKE), or null. */
export function unevaluatedPolicyNote(resources: readonly Resource[]): string | null {
  const policies = unevaluatedPoliciesOf(resources);
  if (policies.length === 0) return null;
  const enforcers = [...new Set(policies.map((p) => p.enforcer))].join(' and ');
  return `the input holds ${enforcers} policies, which netlint does not evaluate (${describeUnevaluated(policies)}): what they allow or deny is not in this answer`;
}

/**
 * The cluster with `port` added to every endpoint that does not declare it: a pod's declared
 * container ports are informational (Kubernetes' Pod API: "Not specifying a port here DOES NOT
 * prevent that port from being exposed"), and policies decide a port by its number, so `reach
 * --port 9001` answers for pods that listen there undeclared too (a named port still needs the
 * declaration).
 */
function withAskedPort(cluster: Cluster, port: number, protocol: Protocol): Cluster {
  if (cluster.endpoints.every((ep) => ep.ports.some((p) => p.port === port && p.protocol === protocol))) return cluster;
  const endpoints = cluster.endpoints.map((ep) => (ep.ports.some((p) => p.port === port && p.protocol === protocol) ? ep : { ...ep, ports: [...ep.ports, { port, protocol, undeclared: true as const }] }));
  return { ...cluster, endpoints };
}

export interface ReachOptions {
  /** The cluster facts of `.netlint.yaml` (`cluster.podCIDR`), for a reach over resources. */
  cluster?: ClusterFactsConfig;
  /**
   * Leave `allowed` empty and give the entries through `stream()` instead, one at a time (not with
   * `explain`). `summary.allowed` and `summary.connections` are complete once the stream has been
   * read to its end: a streaming writer prints the summary last.
   */
  lazy?: boolean;
  /** The matrix whose whole-cluster totals the report gives, when not the one it lists (see withAskedPort). */
  totalsOf?: Matrix;
}

export function reachOf(matrix: Matrix, query: ReachQuery = {}, options: ReachOptions = {}): ReachReport & { matrix: Matrix } {
  const { cluster, classes, externals } = matrix;
  const portQuery = query.port === undefined ? null : parsePortQuery(query.port);
  // A name no endpoint declares can only match nothing: most likely a typo, like an unknown endpoint.
  if (portQuery?.name != null && !cluster.endpoints.some((ep) => ep.ports.some((p) => p.name === portQuery.name))) {
    throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: no endpoint declares a port named ${portQuery.name}`);
  }
  const extra: ReachGroup[] = [];
  const from = side(matrix, query.from, '--from', extra, query.fromParty);
  const to = side(matrix, query.to, '--to', extra, query.toParty);
  const explain = query.explain === true;
  const sources: { p: number; id: string; reps: Party[] }[] = [];
  classes.forEach((c, i) => {
    const id = from.ids[i];
    if (id !== null) sources.push({ p: i, id, reps: from.members[i] });
  });
  externals.forEach((x, i) => {
    if (from.externals[i]) sources.push({ p: classes.length + i, id: x.id, reps: [x] });
  });
  // Counted along when the whole matrix is walked anyway (no query); else counted on their own.
  const count = query.from === undefined && query.to === undefined && portQuery === null;
  const sizes = [...classes.map((c) => c.members.length), ...externals.map(() => 1)];
  const groupOf = new Map<WorkloadEndpoint, string>();
  classes.forEach((c, i) => c.members.forEach((e) => groupOf.set(e, groupId(i))));
  const groups: ReachGroup[] = [...classes.map((c, i) => ({ id: groupId(i), members: c.members.map((e) => e.id) })), ...extra];
  const report: ReachReport & { matrix: Matrix } = {
    version: 2,
    pods: cluster.endpoints.map((e) => ({ ...pod(e), group: groupOf.get(e)! })),
    groups,
    externals: externals.map((x) => ({ id: x.id, cidr: x.cidr.text, ...(x.holes.length > 0 ? { except: x.holes.map((h) => h.text) } : {}) })),
    allowed: [],
    excluded: cluster.excluded.map(({ id, kind, reason }) => ({ id, kind, reason })),
    problems: reachProblems(cluster),
    notes: guessNotes(cluster),
    ...(count ? {} : { query: { text: queryText(query), matched: 0 } }),
    // The whole cluster's counts, as its totals are (without a query's stand-ins or asked port).
    summary: { endpoints: (options.totalsOf ?? matrix).cluster.endpoints.length, groups: (options.totalsOf ?? matrix).classes.length, externals: externals.length, policies: cluster.policies.length, allowed: 0, connections: { allowed: 0, denied: 0 } },
    totals: { endpoints: { allowed: 0, denied: 0 }, fromRanges: { allowed: 0, denied: 0 }, towardRanges: { allowed: 0, denied: 0 } },
    matrix,
  };

  // What the query keeps of each target (its destination selected, its port asked for), and what its entries say after `from`.
  const inQuery = new Bitset(matrix.targets.length);
  const columns = matrix.targets.map((t): ReachColumn | null => {
    const dstId = to.ids[t.cls];
    if (dstId === null || (portQuery !== null && !cellMatches(portQuery, t.cell))) return null;
    inQuery.set(t.index);
    return t.cell.protocol === 'ICMP' ? { to: dstId, protocol: 'ICMP' } : { to: dstId, port: t.cell.port, protocol: t.cell.protocol };
  });
  // A class's targets are consecutive: classTargets[c] .. classTargets[c + 1] - 1.
  const classTargets = new Int32Array(classes.length + 1);
  for (const t of matrix.targets) classTargets[t.cls + 1] = t.index + 1;
  const targetSize = Float64Array.from(matrix.targets, (t) => sizes[t.cls]);

  interface SourceWalk {
    src: (typeof sources)[number];
    /** The targets the query asks about for this source; `admitted` is the part both directions allow. */
    considered: Bitset;
    admitted: Bitset;
    /** Toward external ranges, the runs the query asks about (merged unless explained). */
    runs: ExternalRun[];
  }

  /**
   * Source by source, the targets it is asked about and those both directions admit: its ingress
   * column (the ingress rows turned into one row per party) AND its egress row, word-wise, so
   * nothing here visits a denied target. Counts what the summary says as it goes, and completes
   * the summary after the last source.
   */
  function* walk(): Generator<SourceWalk> {
    const admittedBy = Bitset.transpose(matrix.ingress, partyCount(matrix));
    // Tuples from endpoints and from external ranges, counted apart (the totals tell them apart).
    const tuples = { endpoints: { allowed: 0, total: 0 }, fromRanges: { allowed: 0, total: 0 } };
    // Unexplained and unqueried, the runs toward externals are the whole cluster's, merged: counted as they come.
    const toward = count && !explain ? { allowed: 0, denied: 0 } : null;
    let listed = 0;
    let matched = 0;
    if (count) {
      const endpointCount = classes.reduce((a, c) => a + c.members.length, 0);
      // Every ordered pair of different endpoints for every target; a party is never its own pair.
      for (const t of matrix.targets) {
        tuples.endpoints.total += endpointCount * sizes[t.cls] - sizes[t.cls];
        tuples.fromRanges.total += externals.length * sizes[t.cls];
      }
    }
    const inQueryCount = inQuery.count();
    const sparseRuns = !explain && portQuery === null;
    const wantedSegments = sparseRuns ? wantedSegmentCount(matrix, to.externals) : 0;
    for (const src of sources) {
      let considered = inQuery;
      const own = src.p < classes.length ? to.members[src.p] : [];
      // A pair needs two different endpoints: a lone endpoint to itself is none.
      if (src.reps.length === 1 && own.length === 1 && own[0] === src.reps[0]) {
        considered = inQuery.clone();
        considered.clearRange(classTargets[src.p], classTargets[src.p + 1]);
      }
      // Each source's column is its own: narrowed in place.
      const admitted = admittedBy[src.p];
      if (src.p < classes.length) admitted.andWith(matrix.egress[src.p]);
      admitted.andWith(considered);
      // Unexplained and without a port, a source's runs are its allowed ones and a count of the
      // denied (mergedRuns); otherwise every run the query asks about.
      let runs: ExternalRun[] = [];
      let allowedRuns = 0;
      let deniedRuns = 0;
      // None from an external, nor toward a named port, which an external range has not.
      const hasRuns = src.p < classes.length && portQuery?.name == null;
      if (hasRuns && sparseRuns) {
        ({ allowed: runs, denied: deniedRuns } = mergedRuns(matrix, src.p, to.externals, wantedSegments));
        allowedRuns = runs.length;
      } else if (hasRuns) {
        const all = externalRuns(matrix, src.p, !explain).filter(
          (run) =>
            to.externals[run.ext] &&
            (portQuery === null || (portQuery.protocol ?? run.protocol) === run.protocol) &&
            (portQuery?.port == null || (portQuery.port >= run.from && portQuery.port <= run.to)),
        );
        const allowedOnly = all.filter((run) => run.allowed);
        allowedRuns = allowedOnly.length;
        deniedRuns = all.length - allowedRuns;
        // Explained, the denied runs are listed too.
        runs = explain ? all : allowedOnly;
      }
      listed += admitted.count() + allowedRuns;
      matched += (considered === inQuery ? inQueryCount : considered.count()) + allowedRuns + deniedRuns;
      if (count) {
        // Tuples between different endpoints: toward its own class, a source's members are not their own pairs.
        let ownAdmitted = 0;
        if (src.p < classes.length) for (let t = classTargets[src.p]; t < classTargets[src.p + 1]; t++) if (admitted.has(t)) ownAdmitted++;
        (src.p < classes.length ? tuples.endpoints : tuples.fromRanges).allowed += sizes[src.p] * admitted.sumOver(targetSize) - sizes[src.p] * ownAdmitted;
      }
      if (toward !== null && src.p < classes.length) {
        toward.allowed += allowedRuns * sizes[src.p];
        toward.denied += deniedRuns * sizes[src.p];
      }
      yield { src, considered, admitted, runs };
    }
    report.summary.allowed = listed;
    if (report.query) report.query.matched = matched;
    const split = count
      ? {
          endpoints: { allowed: tuples.endpoints.allowed, denied: tuples.endpoints.total - tuples.endpoints.allowed },
          fromRanges: { allowed: tuples.fromRanges.allowed, denied: tuples.fromRanges.total - tuples.fromRanges.allowed },
        }
      : connectionTotals(options.totalsOf ?? matrix);
    report.totals = { ...split, towardRanges: toward ?? towardRangeTotals(options.totalsOf ?? matrix) };
    report.summary.connections = { allowed: split.endpoints.allowed + split.fromRanges.allowed, denied: split.endpoints.denied + split.fromRanges.denied };
  }

  const externalEntry = (src: { id: string }, run: ExternalRun): ReachConnection => {
    const range = portQuery?.port != null ? rangeFields(portQuery.port, portQuery.port) : rangeFields(run.from, run.to, run.protocol);
    return { from: src.id, to: externals[run.ext].id, ...range, protocol: run.protocol };
  };

  const rows: ReachRows = {
    columns,
    *read() {
      for (const { src, admitted, runs } of walk()) yield { from: src.id, targets: admitted, externals: runs.filter((run) => run.allowed).map((run) => externalEntry(src, run)) };
    },
  };
  if (options.lazy === true && !explain) {
    report.rows = rows;
    report.stream = () => entriesOfRows(rows);
    return report;
  }
  if (!explain) {
    for (const entry of entriesOfRows(rows)) report.allowed.push(entry);
    return report;
  }

  // Explained: every entry the query asks about, in the same order, the allowed ones in `allowed`
  // and the denied ones in `denied`, each with the deciding policy and rule per direction (from
  // the classes of one member pair). Toward an external, adjacent intervals with the same
  // explanation are one entry, as they are unexplained: the port boundaries other policies draw
  // do not split what one rule allows. Each kind is walked on its own; the walk counted the
  // intervals, and the summary counts the entries listed, so merges are taken off as they are made.
  const raw = { listed: 0, matched: 0 };
  const merged = { allowed: 0, denied: 0 };
  const settle = (): void => {
    report.summary.allowed = raw.listed - merged.allowed;
    if (report.query) report.query.matched = raw.matched - merged.allowed - merged.denied;
  };
  function* explainedEntries(kind: 'allowed' | 'denied', lazy: boolean): Generator<ReachConnection> {
    const wantAllowed = kind === 'allowed';
    let count = 0;
    let merges = 0;
    for (const { src, considered, admitted, runs } of walk()) {
      for (const index of considered.ones()) {
        if (admitted.has(index) !== wantAllowed) continue;
        count++;
        // Lazily, the reasons are left to `explain`: a capped listing explains only what it prints.
        const entry = entryOf(src.id, columns[index]!);
        yield lazy ? entry : explainTarget(entry, src.reps, index);
      }
      const srcRep = src.reps[0];
      let pending: { run: ExternalRun; from: number; entry: ReachConnection } | null = null;
      for (const run of runs) {
        if (run.allowed !== wantAllowed) continue;
        const entry = explained(externalEntry(src, run), srcRep, externals[run.ext], { port: run.from, protocol: run.protocol });
        if (pending && portQuery?.port == null && continues(pending.run, run, run.allowed) && sameWhy(pending.entry, entry)) {
          const { from: f, to: t, egress, ingress } = entry;
          pending = { run, from: pending.from, entry: { from: f, to: t, ...rangeFields(pending.from, run.to, run.protocol), protocol: run.protocol, egress, ingress } };
          merges++;
          continue;
        }
        if (pending) yield pending.entry;
        count++;
        pending = { run, from: run.from, entry };
      }
      if (pending) yield pending.entry;
    }
    raw.listed = report.summary.allowed;
    raw.matched = report.query?.matched ?? 0;
    merged[kind] = merges;
    if (kind === 'denied') report.summary.denied = count;
    settle();
  }
  if (options.lazy === true) {
    report.stream = () => explainedEntries('allowed', true);
    report.denied = { [Symbol.iterator]: () => explainedEntries('denied', true) };
    report.explain = explainEntry;
    return report;
  }
  report.allowed = [...explainedEntries('allowed', false)];
  report.denied = [...explainedEntries('denied', false)];
  return report;

  function explained(entry: ReachConnection, src: Party, dst: Party, cell: ContainerPort): ReachConnection {
    const v = explainCell(matrix, src, dst, cell);
    entry.egress = why(v.egress);
    entry.ingress = why(v.ingress);
    return entry;
  }

  /** An entry toward target `index` from a source with these members, explained from one member pair. */
  function explainTarget(entry: ReachConnection, reps: Party[], index: number): ReachConnection {
    const t = matrix.targets[index];
    const dsts = to.members[t.cls];
    const srcRep = reps[0];
    const dstRep = dsts.find((d) => d !== srcRep) ?? dsts[0];
    return explained(entry, dstRep === srcRep ? reps[1] : srcRep, dstRep, t.cell);
  }

  /** A lazy stream's entry with its reasons (a copy; an entry that has them is returned as it is). */
  function explainEntry(entry: ReachConnection): ReachConnection {
    if (entry.egress !== undefined) return entry;
    const located = locate();
    const src = located.sources.get(entry.from);
    const index = located.targets.get(`${entry.to}\u0000${entry.port ?? ''}\u0000${entry.protocol}`);
    if (src === undefined || index === undefined) throw new Error(`reach: no source ${entry.from} or target ${entry.to} ${entry.port ?? ''}/${entry.protocol} to explain`);
    return explainTarget({ ...entry }, src, index);
  }

  /** Source ids and target columns back to their members and indices (made on the first explanation). */
  function locate(): { sources: Map<string, Party[]>; targets: Map<string, number> } {
    if (located === undefined) {
      const targets = new Map<string, number>();
      columns.forEach((c, i) => {
        if (c !== null) targets.set(`${c.to}\u0000${c.port ?? ''}\u0000${c.protocol}`, i);
      });
      located = { sources: new Map(sources.map((src) => [src.id, src.reps])), targets };
    }
    return located;
  }
  var located: ReturnType<typeof locate> | undefined;
}

function entryOf(from: string, column: ReachColumn): ReachConnection {
  return column.port === undefined ? { from, to: column.to, protocol: column.protocol } : { from, to: column.to, port: column.port, protocol: column.protocol };
}

/** The entries of rows one at a time, in order: one object per entry (a writer that walks the bits needs none). */
export function* entriesOfRows(rows: ReachRows): Generator<ReachConnection> {
  for (const row of rows.read()) {
    for (const t of row.targets.ones()) yield entryOf(row.from, rows.columns[t]!);
    yield* row.externals;
  }
}

/** The allowed entries of a report: its list, or its stream when it was made lazily. */
export function allowedEntries(report: Pick<ReachReport, 'allowed' | 'stream'>): Iterable<ReachConnection> {
  return report.stream?.() ?? report.allowed;
}

/**
 * The report per endpoint (`--expand`, the version 1 shape): every allowed (source, destination,
 * port) with endpoint ids, generated one at a time so that a caller can stream it. Grows with
 * endpoint pairs: meant for small clusters.
 */
export function* expandAllowed(report: Pick<ReachReport, 'groups' | 'allowed' | 'stream'>, list: Iterable<ReachConnection> = allowedEntries(report)): Generator<ReachConnection> {
  const groups = new Map(report.groups.map((g) => [g.id, g.members]));
  for (const entry of list) {
    const froms = groups.get(entry.from) ?? [entry.from];
    const tos = groups.get(entry.to) ?? [entry.to];
    for (const f of froms) for (const t of tos) if (f !== t) yield { ...entry, from: f, to: t };
  }
}

/** One port cell of the full matrix, for the e2e harness: the expected verdict and why. */
export interface ExpectedPortCell {
  from: string;
  to: string;
  port: number;
  protocol: PortProtocol;
  portName?: string;
  allowed: boolean;
  egress: DirectionWhy;
  ingress: DirectionWhy;
}

/** The ICMP echo (ping) cell of an ordered pair: no port, like the `--port icmp` entries of a report. */
export interface ExpectedIcmpCell {
  from: string;
  to: string;
  protocol: 'ICMP';
  allowed: boolean;
  egress: DirectionWhy;
  ingress: DirectionWhy;
}

export type ExpectedCell = ExpectedPortCell | ExpectedIcmpCell;

export interface ExpectedMatrix<C extends ExpectedCell = ExpectedCell> {
  /** Equivalence classes: endpoints that every policy treats alike (the e2e harness may probe one of each). */
  classes: { members: string[]; ports: { port: number; protocol: Protocol; name?: string }[] }[];
  cells: C[];
}

/**
 * The full expected matrix between workload endpoints (external ranges left out), every cell
 * explained: what the e2e conformance harness compares a real cluster with. Port cells only,
 * unless `icmp` asks for the ICMP echo cell of every ordered pair too.
 */
export function expectedMatrix(resources: readonly Resource[]): ExpectedMatrix<ExpectedPortCell>;
export function expectedMatrix(resources: readonly Resource[], options: { icmp: true }): ExpectedMatrix;
export function expectedMatrix(resources: readonly Resource[], options: { icmp?: boolean } = {}): ExpectedMatrix {
  const matrix = computeMatrix(clusterOf(resources));
  const out: ExpectedCell[] = [];
  for (const c of cells(matrix, { icmp: options.icmp === true })) {
    if (c.src.type !== 'workload') continue;
    const v = explainCell(matrix, c.src, c.dst, c.cell);
    const base = { from: c.src.id, to: c.dst.id, allowed: c.allowed, egress: why(v.egress), ingress: why(v.ingress) };
    if (c.cell.protocol === 'ICMP') {
      out.push({ ...base, protocol: 'ICMP' });
      continue;
    }
    const cell: ExpectedPortCell = { ...base, port: c.cell.port, protocol: c.cell.protocol };
    if (c.cell.name !== undefined) cell.portName = c.cell.name;
    out.push(cell);
  }
  return {
    classes: matrix.classes.map((k) => ({ members: k.members.map((m) => m.id), ports: k.cells.map((p) => ({ ...p })) })),
    cells: out,
  };
}

