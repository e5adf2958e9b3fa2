/**
 * Base vs head reachability: which connections a change opened or closed, and which change is
 * responsible. Changes are resource-level differences that matter to reachability (a policy or
 * tier added, removed or edited; a workload, namespace or service account whose labels, ports or
 * identity changed; an endpoint added or removed). A change is responsible for a delta when
 * undoing that change alone in head gives the connection its base verdict back. When no single
 * change does, the changes touching the connection's endpoints or its deciding policies are named,
 * and among them those that alone, applied to base, already give head's verdict: two policies that
 * each isolate a pod for ingress each close its connections, since a pod is isolated for a
 * direction when any policy selecting it has that policy type, and takes only what one of them
 * allows (https://kubernetes.io/docs/concepts/services-networking/network-policies/).
 */
import type { Resource } from '../types.js';
import type { ClusterFactsConfig } from '../config.js';
import { clusterOf, isNetworkSet } from './cluster.js';
import { isAdminPolicy } from './admin.js';
import { CALICO_GROUPS, isCalicoPolicy } from './calico.js';
import { asArray, collectEndpoints, dig, isWorkload, labelsOf, namespaceOf, type EndpointModel } from './endpoints.js';
import { isKubernetesNetworkPolicy } from './kubernetes.js';
import { externalAtoms } from './externals.js';
import { hostEndpointNote } from './host-endpoints.js';
import { formatCidr, formatIp, type Cidr } from '../cidr.js';
import { CLUSTER_SCOPED_KINDS } from '../names.js';
import { allowedCell, buildClasses, computeMatrix, egressPortCuts, explainCell, MAX_PORT, type Matrix, type MatrixOptions, type PortCuts } from './matrix.js';
import { ICMP_CELL, type Atom, type Cluster, type ContainerPort, type NamespaceInfo, type Party, type Policy, type Protocol, type WorkloadEndpoint } from './model.js';
import { serviceChangedNote, withServiceSides } from './service-query.js';
import { dnsAsked, cellMatches, emptySelector, guessNotes, parsePortQuery, partySelector, ReachQueryError, standInNotes, unevaluatedPolicyNote, why, withStandIns, type DirectionWhy, type ReachGroup } from './reach.js';

export type ChangeKind = 'added' | 'removed' | 'edited';

export interface Change {
  /** `group/Kind namespace/name`. */
  key: string;
  kind: ChangeKind;
  resource: { kind: string; namespace: string | null; name: string };
  /** e.g. `NetworkPolicy x/deny-all added`, `Namespace y edited (labels env=dev→test, -team=a)`. */
  description: string;
}

export type TupleState = 'allowed' | 'denied' | 'absent';

export interface ConnectionDelta {
  /** An endpoint id, a group id (several endpoints that change alike; see `groups`) or an external range. */
  from: string;
  to: string;
  /** Absent toward an external when the delta covers every port of the protocol. */
  port?: number;
  endPort?: number;
  protocol: Protocol;
  before: TupleState;
  after: TupleState;
  /** Descriptions of the responsible changes. */
  causes: string[];
  /**
   * `isolated`: undoing each cause alone in head restores the base verdict. `related`: no single
   * change does; the causes are the changes touching the connection's endpoints or a policy (or
   * tier) deciding it on either side, and those of `eachAlone`.
   */
  attribution: 'isolated' | 'related';
  /**
   * With `related`, when the changes were tried one at a time on base: those of which each, applied
   * alone to base, already gives head's verdict (e.g. two policies added that each isolate the
   * destination). Empty: no change alone does, it takes several together. Absent: not tried (more
   * than MAX_ISOLATED_CHANGES changes).
   */
  eachAlone?: string[];
  /** The deciding policies per direction on the side where the connection exists. */
  base?: { egress: DirectionWhy; ingress: DirectionWhy };
  head?: { egress: DirectionWhy; ingress: DirectionWhy };
}

/** `netlint diff --from SEL --to SEL --port P`: only the deltas between these (selectors as `reach` takes them). */
export interface DiffQuery {
  from?: string;
  to?: string;
  port?: string;
}

export interface ReachDiff {
  /** The query the lists answer, when one was given. */
  query?: DiffQuery;
  opened: ConnectionDelta[];
  closed: ConnectionDelta[];
  changes: Change[];
  /** The groups of several endpoints that deltas name (only when there are any). */
  groups?: ReachGroup[];
  /**
   * What the answer assumes or leaves out, when anything: a DNS stand-in a query named, and each
   * side's policies netlint does not evaluate, host endpoints and guessed pod addresses (as
   * `reach` notes them), once when both sides say the same, else marked `base only:`/`head only:`.
   */
  notes?: string[];
}

/** Above this many changes, attribution by undoing each one is skipped (related changes are named). */
export const MAX_ISOLATED_CHANGES = 40;

function relevant(r: Resource): boolean {
  return (
    isKubernetesNetworkPolicy(r) ||
    isCalicoPolicy(r) ||
    isAdminPolicy(r) ||
    isWorkload(r) ||
    r.groupKind === 'Namespace' ||
    r.groupKind === 'ServiceAccount' ||
    (CALICO_GROUPS.has(r.group) && r.kind === 'Tier')
  );
}

/**
 * The namespace an object lands in: none for a cluster-scoped kind (the API server clears one
 * written on it), else `metadata.namespace`, or `default` when it has none, as `kubectl apply`
 * without `-n` places it and as the reach model does (endpoints.ts namespaceOf). An object written
 * without a namespace and the same with `namespace: default` are one API object.
 */
function landingNamespace(r: Resource): string | null {
  return CLUSTER_SCOPED_KINDS.has(r.groupKind) ? null : namespaceOf(r);
}

function keyOf(r: Resource): string {
  return `${r.groupKind} ${landingNamespace(r) ?? ''}/${r.name}`;
}

/**
 * An object as a change names it, as reach's explanations do (Policy.id): a Calico NetworkPolicy
 * is `CalicoNetworkPolicy` (a Kubernetes and a Calico NetworkPolicy of one name can live side by
 * side), a namespaced object is named in the namespace it lands in.
 */
function display(r: Resource): string {
  const kind = r.kind === 'NetworkPolicy' && isCalicoPolicy(r) ? 'CalicoNetworkPolicy' : r.kind;
  const ns = landingNamespace(r);
  return `${kind} ${ns === null ? '' : `${ns}/`}${r.name}`;
}

function templateOf(r: Resource): unknown {
  if (r.groupKind === 'Pod') return r.value;
  if (r.groupKind === 'batch/CronJob') return dig(r.value, ['spec', 'jobTemplate', 'spec', 'template']);
  return dig(r.value, ['spec', 'template']);
}

/** What of a resource reachability reads; two resources with the same projection behave alike. */
function projection(r: Resource): { labels?: Record<string, string>; rest: string } {
  if (r.groupKind === 'Namespace' || r.groupKind === 'ServiceAccount') return { labels: labelsOf(dig(r.value, ['metadata', 'labels'])), rest: '' };
  if (isWorkload(r)) {
    const t = templateOf(r);
    const spec = dig(t, ['spec']);
    const rest = JSON.stringify({
      ports: asArray(dig(spec, ['containers'])).map((c) => dig(c, ['ports']) ?? null),
      hostNetwork: dig(spec, ['hostNetwork']) ?? null,
      sa: dig(spec, ['serviceAccountName']) ?? dig(spec, ['serviceAccount']) ?? null,
      status: r.groupKind === 'Pod' ? (dig(r.value, ['status']) ?? null) : null,
    });
    return { labels: labelsOf(dig(t, ['metadata', 'labels'])), rest };
  }
  return { rest: JSON.stringify(r.value.spec ?? null) };
}

/**
 * The labels that differ: `+k=v` added, `k=old→new` changed (a selector may have matched the old
 * value: the value lost matters as much as the one gained), `-k=old` removed.
 */
function labelDelta(a: Record<string, string>, b: Record<string, string>): string {
  const parts: string[] = [];
  const has = (m: Record<string, string>, k: string) => Object.prototype.hasOwnProperty.call(m, k);
  for (const [k, v] of Object.entries(b)) {
    if (!has(a, k)) parts.push(`+${k}=${v}`);
    else if (a[k] !== v) parts.push(`${k}=${a[k]}→${v}`);
  }
  for (const [k, v] of Object.entries(a)) if (!has(b, k)) parts.push(`-${k}=${v}`);
  return parts.join(', ');
}

/** The reachability-relevant resource differences between base and head. */
export function resourceChanges(base: readonly Resource[], head: readonly Resource[]): Change[] {
  const b = new Map(base.filter(relevant).map((r) => [keyOf(r), r]));
  const h = new Map(head.filter(relevant).map((r) => [keyOf(r), r]));
  const out: Change[] = [];
  const ref = (r: Resource): Change['resource'] => ({ kind: r.kind, namespace: landingNamespace(r), name: r.name });
  for (const [key, r] of h) {
    const old = b.get(key);
    if (!old) {
      out.push({ key, kind: 'added', resource: ref(r), description: `${display(r)} added` });
      continue;
    }
    const [po, pn] = [projection(old), projection(r)];
    const labels = labelDelta(po.labels ?? {}, pn.labels ?? {});
    if (labels === '' && po.rest === pn.rest) continue;
    const what = [labels !== '' ? `labels ${labels}` : '', po.rest !== pn.rest ? (pn.labels === undefined ? 'spec' : 'ports or pod spec') : ''].filter((s) => s !== '');
    out.push({ key, kind: 'edited', resource: ref(r), description: `${display(r)} edited (${what.join('; ')})` });
  }
  for (const [key, r] of b) if (!h.has(key)) out.push({ key, kind: 'removed', resource: ref(r), description: `${display(r)} removed` });
  return out.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** Head with one change undone. */
function undo(change: Change, base: readonly Resource[], head: readonly Resource[]): Resource[] {
  const kept = head.filter((r) => keyOf(r) !== change.key);
  if (change.kind === 'added') return kept;
  const old = base.find((r) => keyOf(r) === change.key);
  return old ? [...kept, old] : kept;
}

/** Base with one change applied: base with the change's object as head has it (or without it, when removed). */
function apply(change: Change, base: readonly Resource[], head: readonly Resource[]): Resource[] {
  return undo({ ...change, kind: change.kind === 'added' ? 'removed' : change.kind === 'removed' ? 'added' : 'edited' }, head, base);
}

/** Endpoints that every side (base, head, head with one change undone) puts in one class each: they change alike. */
interface JointGroup {
  id: string;
  members: string[];
  /** Class index per variant, -1 where the endpoints are absent. */
  cls: number[];
}

/** One (source, destination, port) of joint groups or externals whose verdict differs between base and head. */
interface RawDelta {
  src: number;
  dst: { group: number } | { ext: number; from: number; to: number };
  cell: ContainerPort;
  states: TupleState[];
}

interface Evaluated {
  matrices: Matrix[];
  groups: JointGroup[];
  deltas: RawDelta[];
  /** Per variant, its endpoints by id (for explaining deltas; made on first use). */
  endpointsById: (Map<string, WorkloadEndpoint> | undefined)[];
}

/**
 * The address partition and egress port cuts every variant is evaluated on, so that their matrices
 * compare cell by cell. Taken from base and head: a variant with one change undone holds only
 * resources of the two, so its ranges and port bounds are among theirs.
 */
interface Frame {
  blocks: Extract<Atom, { k: 'block' }>[];
  setNets: Cidr[];
  cuts: PortCuts;
}

function frameOf(clusters: readonly Cluster[]): Frame {
  return {
    blocks: clusters.flatMap((c) => c.atoms.filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block')),
    setNets: clusters.flatMap((c) => c.networkSets.flatMap((s) => s.nets)),
    cuts: egressPortCuts(clusters),
  };
}

/** One variant's matrix on the frame; each names and labels the ranges by its own network sets. `only`: the rows to evaluate (computeMatrix). */
function matrixIn(frame: Frame, c: Cluster, only?: MatrixOptions['only']): Matrix {
  return computeMatrix(c, { externals: externalAtoms(frame.blocks, c.networkSets, frame.setNets), cuts: frame.cuts, ...(only ? { only } : {}) });
}

/** Per joint group (1 = yes): whether its verdicts as a source, or as a destination, can differ between base and head. */
interface ChangedEnds {
  sources: Uint8Array;
  destinations: Uint8Array;
}

/** Narrows the base/head comparison to the joint groups a change can reach; null compares every pair. */
type Locality = (groups: readonly JointGroup[], base: Matrix, head: Matrix) => ChangedEnds | null;

/** Lists the base/head deltas between the joint groups of the variants' matrices (base, head, then head with one change undone each). */
function evaluateVariants(matrices: Matrix[], locality: Locality, counts?: DiffCounts, refine: readonly ReadonlyMap<string, number>[] = []): Evaluated {
  // `refine`: the classes of variants evaluated one at a time later (fillUndoStates), which split the groups too.
  const classOf = [...matrices.map(classIds), ...refine];
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const m of [matrices[1], matrices[0]]) {
    for (const e of m.cluster.endpoints) {
      if (!seen.has(e.id)) ids.push(e.id);
      seen.add(e.id);
    }
  }
  const byKey = new Map<string, JointGroup>();
  const groups: JointGroup[] = [];
  for (const id of ids) {
    const cls = classOf.map((map) => map.get(id) ?? -1);
    const key = cls.join(',');
    const found = byKey.get(key);
    if (found) found.members.push(id);
    else {
      const g: JointGroup = { id: '', members: [id], cls };
      byKey.set(key, g);
      groups.push(g);
    }
  }
  let shared = 0;
  for (const g of groups) g.id = g.members.length === 1 ? g.members[0] : `g${++shared}`;

  // The target of each (class, port) per variant; a joint group's cells are those of its base and
  // head classes, each with its target per variant (-1 where the group or the port is absent there),
  // worked out once per destination, not once per source.
  const targetOf = matrices.map((m) => {
    const perClass = m.classes.map(() => new Map<string, number>());
    for (const t of m.targets) perClass[t.cls].set(cellKey(t.cell), t.index);
    return perClass;
  });
  const cellsOf = groups.map((g) => {
    const cells = new Map<string, ContainerPort>();
    for (const v of [0, 1]) if (g.cls[v] >= 0) for (const c of [...matrices[v].classes[g.cls[v]].cells, ICMP_CELL]) if (!cells.has(cellKey(c))) cells.set(cellKey(c), c);
    return [...cells.values()].map((cell) => {
      const key = cellKey(cell);
      return { cell, target: Int32Array.from(matrices, (_, v) => (g.cls[v] < 0 ? -1 : (targetOf[v][g.cls[v]].get(key) ?? -1))) };
    });
  });
  const deltas: RawDelta[] = [];
  const sources = groups.length + matrices[0].externals.length;
  // The party of each source per variant (-1 where its endpoints are absent there).
  const partyOf = (src: number, v: number): number => (src < groups.length ? groups[src].cls[v] : matrices[v].classes.length + (src - groups.length));
  const stateOf = (v: number, p: number, t: number): TupleState => (t < 0 || p < 0 ? 'absent' : allowedCell(matrices[v], p, t) ? 'allowed' : 'denied');
  const [base, head] = matrices;
  const classes0 = base.classes.length;
  const classes1 = head.classes.length;
  // Sources a block at a time: each destination's ingress rows are read once per block instead of
  // once per source (at 10,000 groups the rows no longer fit in a cache, and reading them dominated).
  const BLOCK = 64;
  const p0 = new Int32Array(BLOCK);
  const p1 = new Int32Array(BLOCK);
  const compare = (srcs: Int32Array, dsts: Int32Array): void => {
    if (counts) counts.pairs += srcs.length * dsts.length;
    for (let first = 0; first < srcs.length; first += BLOCK) {
      const n = Math.min(BLOCK, srcs.length - first);
      for (let i = 0; i < n; i++) {
        p0[i] = partyOf(srcs[first + i], 0);
        p1[i] = partyOf(srcs[first + i], 1);
      }
      for (let k = 0; k < dsts.length; k++) {
        const dst = dsts[k];
        const alone = groups[dst].members.length === 1;
        const cells = cellsOf[dst];
        for (let c = 0; c < cells.length; c++) {
          const { cell, target } = cells[c];
          const t0 = target[0];
          const t1 = target[1];
          // The bits read directly (Bitset.has in words): the CLI runs with TurboFan's inlining off
          // (io/v8-tuning.ts), and this loop is where a diff spends its time.
          const in0 = t0 < 0 ? null : base.ingress[t0].words;
          const in1 = t1 < 0 ? null : head.ingress[t1].words;
          const word0 = t0 >>> 5;
          const bit0 = 1 << (t0 & 31);
          const word1 = t1 >>> 5;
          const bit1 = 1 << (t1 & 31);
          for (let i = 0; i < n; i++) {
            const src = srcs[first + i];
            if (alone && src === dst) continue;
            // Only base and head decide whether this is a delta; the undo variants are read for deltas alone.
            const q0 = p0[i];
            const q1 = p1[i];
            const a = in0 !== null && q0 >= 0 && (in0[q0 >>> 5] & (1 << (q0 & 31))) !== 0 && (q0 >= classes0 || (base.egress[q0].words[word0] & bit0) !== 0);
            const b = in1 !== null && q1 >= 0 && (in1[q1 >>> 5] & (1 << (q1 & 31))) !== 0 && (q1 >= classes1 || (head.egress[q1].words[word1] & bit1) !== 0);
            if (a === b) continue;
            deltas.push({ src, dst: { group: dst }, cell, states: Array.from(target, (t, v) => stateOf(v, partyOf(src, v), t)) });
          }
        }
      }
    }
  };
  const range = (from: number, to: number, keep: (i: number) => boolean = () => true): Int32Array => {
    const out: number[] = [];
    for (let i = from; i < to; i++) if (keep(i)) out.push(i);
    return Int32Array.from(out);
  };
  const ends = locality(groups, base, head);
  if (ends === null) compare(range(0, sources), range(0, groups.length));
  else {
    // Rows of the sources a change reaches, toward everyone; then everyone else toward the destinations it reaches.
    compare(range(0, groups.length, (g) => ends.sources[g] === 1), range(0, groups.length));
    compare(
      range(0, sources, (s) => s >= groups.length || ends.sources[s] === 0),
      range(0, groups.length, (g) => ends.destinations[g] === 1),
    );
  }
  for (let src = 0; src < groups.length; src++) {
    if (ends !== null && ends.sources[src] === 0) continue;
    for (const t of base.externalTargets) {
      const states = matrices.map((m, v): TupleState => (groups[src].cls[v] < 0 ? 'absent' : m.egressExternal[groups[src].cls[v]].has(t.index) ? 'allowed' : 'denied'));
      if ((states[0] === 'allowed') !== (states[1] === 'allowed')) deltas.push({ src, dst: { ext: t.ext, from: t.from, to: t.to }, cell: { port: t.from, protocol: t.protocol }, states });
    }
  }
  return { matrices, groups, deltas, endpointsById: matrices.map(() => undefined) };
}

/** Each endpoint's class index, by endpoint id. */
function classIds(m: { classes: readonly { members: readonly WorkloadEndpoint[] }[] }): Map<string, number> {
  const out = new Map<string, number>();
  m.classes.forEach((c, i) => c.members.forEach((e) => out.set(e.id, i)));
  return out;
}

/**
 * Appends each delta's state in one more variant (head with one change undone), from that
 * variant's matrix alone: a joint group is one class there (the groups were refined by it), so its
 * first member stands for all. The variant's matrix can then be let go before the next is made.
 */
function fillUndoStates(e: Evaluated, m: Matrix): void {
  const cls = classIds(m);
  const targets = m.classes.map(() => new Map<string, number>());
  for (const t of m.targets) targets[t.cls].set(cellKey(t.cell), t.index);
  const columns = new Map(m.externalTargets.map((t) => [`${t.ext}/${t.protocol}/${t.from}`, t.index]));
  const classOfGroup = (g: number): number => cls.get(e.groups[g].members[0]) ?? -1;
  for (const d of e.deltas) {
    const src = d.src < e.groups.length ? classOfGroup(d.src) : m.classes.length + (d.src - e.groups.length);
    let state: TupleState;
    if ('group' in d.dst) {
      const dst = classOfGroup(d.dst.group);
      const t = dst < 0 ? -1 : (targets[dst].get(cellKey(d.cell)) ?? -1);
      state = t < 0 || src < 0 ? 'absent' : allowedCell(m, src, t) ? 'allowed' : 'denied';
    } else {
      const column = columns.get(`${d.dst.ext}/${d.cell.protocol}/${d.dst.from}`);
      if (column === undefined) throw new Error(`diff: the range column ${d.dst.ext}/${d.cell.protocol}/${d.dst.from} is not in a variant's matrix`);
      state = src < 0 ? 'absent' : m.egressExternal[src].has(column) ? 'allowed' : 'denied';
    }
    d.states.push(state);
  }
}

/** What of an endpoint and its namespace a verdict reads: two endpoints with the same key are matched alike by any policy. */
function endpointKey(e: WorkloadEndpoint, ns: NamespaceInfo | undefined): string {
  return JSON.stringify([
    e.kind,
    e.labels,
    e.calicoLabels,
    e.ports,
    e.serviceAccount,
    e.serviceAccountLabels,
    e.ips.map(formatIp),
    (e.ranges ?? []).map(formatCidr),
    ns?.labels ?? null,
    ns?.calicoLabels ?? null,
    ns?.declared ?? null,
  ]);
}

/** Resources that change what a policy rule means without being a change diff lists: Services (Calico `services` rules) and network sets. */
function meaningOf(resources: readonly Resource[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of resources) {
    if (r.groupKind !== 'Service' && !isNetworkSet(r)) continue;
    const key = keyOf(r);
    out.set(key, `${out.get(key) ?? ''}\u0001${JSON.stringify(r.value)}`);
  }
  return out;
}

function sameMaps(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Whether the changes are all that differs in what the model reads, besides the pod CIDRs: no
 * Service or network set differs, and no key of a change is written twice on a side (the changes
 * may then not show every edit).
 */
function onlyTheChangesDiffer(base: readonly Resource[], head: readonly Resource[]): boolean {
  const duplicated = (rs: readonly Resource[]) => {
    const keys = rs.filter(relevant).map(keyOf);
    return new Set(keys).size !== keys.length;
  };
  return !duplicated(base) && !duplicated(head) && sameMaps(meaningOf(base), meaningOf(head));
}

/**
 * Which joint groups the changes can reach. A verdict between two endpoints is a function of what
 * each endpoint is (its labels, namespace labels, service account, ports and addresses: endpointKey)
 * and of the policies, in their tiers, that select the source for egress and the destination for
 * ingress (match.ts, matrix.ts evaluateRow). So a pair can differ between base and head only when
 * one of its endpoints changed, or the source is selected for egress, or the destination for
 * ingress, by a changed policy or a policy of a changed tier, on either side. Other pod CIDRs
 * change the ranges of every endpoint without a written IP (so those all count as changed). Where
 * something else changed what rules mean (a Service a Calico rule names, a network set) or a key
 * is written twice (the changes then may not show every edit), every pair is compared.
 */
function changedEnds(changes: readonly Change[], comparable: boolean): Locality {
  if (!comparable) return () => null;
  const changed = new Set(changes.map((c) => c.key));
  const tiers = new Set(changes.filter((c) => c.resource.kind === 'Tier').map((c) => c.resource.name));
  let keys: Map<string, string>[] | undefined;
  return (groups, ...sides) => {
    // The same two sides in every pass (the undo variants only refine the groups).
    const endpoints = (keys ??= sides.map((m) => new Map(m.cluster.endpoints.map((e) => [e.id, endpointKey(e, m.cluster.namespaces.get(e.namespace))]))));
    const ends: ChangedEnds = { sources: new Uint8Array(groups.length), destinations: new Uint8Array(groups.length) };
    // Per side and direction, the classes a changed policy (or a policy of a changed tier) selects.
    const touched = new Map<Policy, boolean>();
    const isTouched = (p: Policy) => {
      let t = touched.get(p);
      if (t === undefined) touched.set(p, (t = tiers.has(p.tier) || (p.resource !== undefined && changed.has(keyOf(p.resource)))));
      return t;
    };
    const dirty = sides.map((m) => ({
      egress: m.byClass.tiers.egress.map((list) => list.some((t) => tiers.has(t.tier.name) || t.policies.some(isTouched))),
      ingress: m.byClass.tiers.ingress.map((list) => list.some((t) => tiers.has(t.tier.name) || t.policies.some(isTouched))),
    }));
    groups.forEach((g, i) => {
      const moved = g.members.some((id) => {
        const [b, h] = endpoints.map((m) => m.get(id));
        return b === undefined || b !== h;
      });
      const by = (dir: 'egress' | 'ingress') => moved || g.cls.slice(0, 2).some((c, v) => c >= 0 && dirty[v][dir][c]);
      ends.sources[i] = by('egress') ? 1 : 0;
      ends.destinations[i] = by('ingress') ? 1 : 0;
    });
    return ends;
  };
}

function cellKey(c: ContainerPort): string {
  return `${c.port}/${c.protocol}`;
}

/** The deciding rules of one delta on one side, between representative endpoints of its groups. */
function explainDelta(e: Evaluated, d: RawDelta, v: number): { egress: DirectionWhy; ingress: DirectionWhy } | undefined {
  const m = e.matrices[v];
  const byId = (e.endpointsById[v] ??= new Map(m.cluster.endpoints.map((x) => [x.id, x])));
  const endpoint = (id: string) => byId.get(id);
  const srcGroup = e.groups[d.src];
  const src = d.src < e.groups.length ? endpoint(srcGroup.members[0]) : m.externals[d.src - e.groups.length];
  const dstMembers = 'group' in d.dst ? e.groups[d.dst.group].members : [];
  const dst = 'group' in d.dst ? endpoint(dstMembers.find((id) => id !== src?.id) ?? dstMembers[0]) : m.externals[d.dst.ext];
  if (!src || !dst) return undefined;
  const cell = dst.type === 'workload' ? (dst.ports.find((p) => cellKey(p) === cellKey(d.cell)) ?? d.cell) : d.cell;
  const verdict = explainCell(m, src, dst, cell);
  return { egress: why(verdict.egress), ingress: why(verdict.ingress) };
}

/**
 * Changes that touch the delta: its endpoints, their namespaces, or a policy or tier deciding a
 * direction that changed verdict, on either side; every change when none does. The deciding policies of a direction are the one that
 * decided it and, where the endpoint is denied because policies select it but none allows
 * (`selectedBy`), every one of them: each isolates the endpoint for that direction on its own.
 * `ids`: the policies among the changes' objects, as explanations name them (Policy.id, e.g. `NetworkPolicy ns/name`).
 */
function related(changes: readonly Change[], ids: ReadonlyMap<string, string>, endpoints: readonly string[], d: Pick<ConnectionDelta, 'base' | 'head'>): Change[] {
  const ends = new Set(endpoints);
  const nss = new Set(endpoints.map((id) => id.split('/')[0]));
  const deciding = new Set<string>();
  const tiers = new Set<string>();
  // Where the connection exists on both sides, a direction whose verdict is the same on both did
  // not open or close it (an egress allowed before and after by the source's own policy).
  const flipped = (['egress', 'ingress'] as const).filter((dir) => !d.base || !d.head || d.base[dir].verdict !== d.head[dir].verdict);
  for (const side of [d.base, d.head]) {
    for (const w of side ? (flipped.length > 0 ? flipped : (['egress', 'ingress'] as const)).map((dir) => side[dir]) : []) {
      if (w.policy) deciding.add(w.policy);
      for (const p of w.selectedBy ?? []) deciding.add(p);
      if (w.tier) tiers.add(w.tier);
    }
  }
  const touching = changes.filter((c) => {
    if (c.resource.kind === 'Namespace') return nss.has(c.resource.name);
    if (c.resource.kind === 'Tier') return tiers.has(c.resource.name);
    // A policy touches the delta by deciding it, a workload (or service account) by being one of its ends: a policy named as the workload it guards is not that workload.
    const policy = ids.get(c.key);
    if (policy !== undefined) return deciding.has(policy);
    return ends.has(c.resource.namespace === null ? c.resource.name : `${c.resource.namespace}/${c.resource.name}`);
  });
  return touching.length > 0 ? touching : [...changes];
}

/** Adjacent port ranges toward one external that changed alike become one delta. */
function mergeRanges(list: ConnectionDelta[]): ConnectionDelta[] {
  const out: ConnectionDelta[] = [];
  for (const d of list) {
    const last = out.at(-1);
    const same =
      last !== undefined &&
      last.from === d.from &&
      last.to === d.to &&
      last.protocol === d.protocol &&
      last.before === d.before &&
      last.after === d.after &&
      last.endPort !== undefined &&
      d.port !== undefined &&
      last.endPort + 1 === d.port &&
      last.causes.join('\u0000') === d.causes.join('\u0000') &&
      last.eachAlone?.join('\u0000') === d.eachAlone?.join('\u0000');
    if (same) last.endPort = d.endPort ?? d.port;
    else out.push(d);
  }
  for (const d of out) {
    if (d.endPort === undefined) continue;
    if (d.port === 1 && d.endPort === MAX_PORT) {
      delete d.port;
      delete d.endPort;
    } else if (d.port === d.endPort) delete d.endPort;
  }
  return out;
}

/**
 * Which deltas a query keeps: a group side matches when one of its members does (they all changed
 * alike), an external side when its range does; a port matches a group's port as in `reach`, and a
 * range toward an external that holds it. A selector that names nothing on either side, or a port
 * name no endpoint declares, is a ReachQueryError (the CLI's usage error), never an empty answer.
 */
/** The checks of a query that need no input: an empty selector, a port that does not parse (ReachQueryError). */
export function checkDiffQuery(query: DiffQuery): void {
  for (const [flag, text] of [['--from', query.from], ['--to', query.to]] as const) if (text !== undefined && text.trim() === '') throw emptySelector(flag, text);
  if (query.port !== undefined) parsePortQuery(query.port);
}

function queryFilter(query: DiffQuery, sides: readonly Cluster[], externals: readonly Party[], parties: { fromParty?: (p: Party) => boolean; toParty?: (p: Party) => boolean } = {}): (e: Evaluated, d: RawDelta) => boolean {
  // `externals`: the ranges of the first evaluation, for checking the selectors; each evaluation's own are read when filtering.
  checkDiffQuery(query);
  const endpoints = sides.flatMap((c) => c.endpoints);
  const selector = (text: string | undefined, flag: string, given?: (p: Party) => boolean): ((p: Party) => boolean) | null => {
    if (text === undefined) return null;
    const ok = given ?? partySelector(text);
    if (!endpoints.some(ok) && !externals.some(ok)) throw new ReachQueryError(`${flag} ${JSON.stringify(text)} matches no endpoint or external range on either side`);
    return ok;
  };
  const from = selector(query.from, '--from', parties.fromParty);
  const to = selector(query.to, '--to', parties.toParty);
  const port = query.port === undefined ? null : parsePortQuery(query.port);
  if (port?.name && !endpoints.some((ep) => ep.ports.some((x) => x.name === port.name))) throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: no endpoint on either side declares a port named ${port.name}`);
  const byId = new Map<string, Party>();
  for (const ep of endpoints) byId.set(ep.id, ep);
  const groupMatches = (members: readonly string[], ok: (p: Party) => boolean) => members.some((id) => ok(byId.get(id)!));
  return (e, d) => {
    const ext = e.matrices[1].externals;
    const srcOk = from === null || (d.src < e.groups.length ? groupMatches(e.groups[d.src].members, from) : from(ext[d.src - e.groups.length]));
    if (!srcOk) return false;
    if ('group' in d.dst) return (to === null || groupMatches(e.groups[d.dst.group].members, to)) && cellMatches(port, d.cell);
    if (to !== null && !to(ext[d.dst.ext])) return false;
    if (port === null) return true;
    if (port.protocol !== null && port.protocol !== d.cell.protocol) return false;
    return port.protocol === 'ICMP' || (port.port !== null && d.dst.from <= port.port && port.port <= d.dst.to);
  };
}

/** How much a diff compared (for tests): (source, destination) pairs of joint groups and externals, over every pass; undo variants evaluated one at a time. */
export interface DiffCounts {
  pairs: number;
  variants: number;
}

/**
 * Whether a policy or tier change can decide one of the deltas otherwise than head: whether, on
 * either side, the policy (or a policy of the tier) selects a delta's source for egress or its
 * destination for ingress. The verdicts of other pairs do not read it (see changedEnds).
 */
function reachesDeltas(e: Evaluated, c: Change): boolean {
  const isIt = (p: Policy) => (c.resource.kind === 'Tier' ? p.tier === c.resource.name : p.resource !== undefined && keyOf(p.resource) === c.key);
  const selected = [0, 1].map((v) => {
    const m = e.matrices[v];
    const of = (lists: typeof m.byClass.tiers.egress) => lists.map((tiers) => tiers.some((t) => t.policies.some(isIt)));
    return { egress: of(m.byClass.tiers.egress), ingress: of(m.byClass.tiers.ingress) };
  });
  return e.deltas.some((d) =>
    [0, 1].some((v) => {
      const src = d.src < e.groups.length ? e.groups[d.src].cls[v] : -1;
      const dst = 'group' in d.dst ? e.groups[d.dst.group].cls[v] : -1;
      return (src >= 0 && selected[v].egress[src]) || (dst >= 0 && selected[v].ingress[dst]);
    }),
  );
}

/**
 * `exhaustive`: compare every pair of groups and evaluate every undo variant, instead of the pairs
 * a change reaches and no variant for a single change (for tests: both must give the same report).
 * `counts` is filled in.
 */
export function diffReach(base: readonly Resource[], head: readonly Resource[], config: ClusterFactsConfig = {}, queryAsked: DiffQuery = {}, options: { exhaustive?: boolean; counts?: DiffCounts } = {}): ReachDiff {
  // A `svc:` side is the pods behind that Service as head has it (else as base has it: head's is read last).
  const { query, notes: serviceNotes } = withServiceSides([...base, ...head], queryAsked);
  const changes = resourceChanges(base, head);
  // Each policy as explanations name it (Policy.id), by key.
  const ids = new Map([...base, ...head].filter((r) => isKubernetesNetworkPolicy(r) || isCalicoPolicy(r) || isAdminPolicy(r)).map((r) => [keyOf(r), display(r)]));
  // The platform's DNS pods, when the query names them and neither side holds them (reach.ts dnsAsked).
  const given = [clusterOf(base, config), clusterOf(head, config)];
  const { standIns, ...dns } = dnsAsked(given, query);
  const parties = { fromParty: dns.fromParty ?? query.fromParty, toParty: dns.toParty ?? query.toParty };
  const sideOf = (resources: readonly Resource[], endpointsOf?: () => EndpointModel): Cluster => withStandIns(clusterOf(resources, config, endpointsOf), standIns);
  const sides = given.map((c) => withStandIns(c, standIns));
  const frame = frameOf(sides);
  const matrices = sides.map((c) => matrixIn(frame, c));
  const comparable = options.exhaustive !== true && onlyTheChangesDiffer(base, head);
  const locality = changedEnds(changes, comparable);
  let e = evaluateVariants(matrices, locality, options.counts);
  const asked = query.from !== undefined || query.to !== undefined || query.port !== undefined;
  const keep = asked ? queryFilter(query, sides, e.matrices[1].externals, parties) : null;
  if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
  const isolate = e.deltas.length > 0 && changes.length > 0 && changes.length <= MAX_ISOLATED_CHANGES;
  // With a single change, head with it undone is base (nothing else the model reads differs): every
  // delta is that change's, and its variant would refine the groups exactly as base does.
  const samePodRanges = sides[0].podRanges.map(formatCidr).join() === sides[1].podRanges.map(formatCidr).join();
  const undoneIsBase = changes.length === 1 && comparable && samePodRanges;
  // A delta no single undo restores to its base verdict: its changes are then also applied to base
  // one at a time, to tell those of which each alone gives head's verdict (redundant causes) from
  // those that only act together. Only when such a delta exists: it takes as many variants again.
  const unrestored = (ev: Evaluated) => ev.deltas.some((d) => !changes.some((_, i) => (d.states[2 + i] === 'allowed') === (d.states[0] === 'allowed')));
  if (isolate && !undoneIsBase && options.exhaustive === true) {
    // Every variant's matrix at once (what the one-at-a-time evaluation below must agree with).
    const undone = [...matrices, ...changes.map((c) => matrixIn(frame, sideOf(undo(c, base, head))))];
    e = evaluateVariants(undone, locality, options.counts);
    if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
    if (unrestored(e)) {
      e = evaluateVariants([...undone, ...changes.map((c) => matrixIn(frame, sideOf(apply(c, base, head))))], locality, options.counts);
      if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
    }
  } else if (isolate && !undoneIsBase) {
    // Undoing each change alone, one variant at a time (holding 30 variants' matrices of a
    // 100,000-endpoint cluster ran out of memory). The variants' classes refine the groups, so they
    // are found first; but where only policies and tiers changed, nothing else, a variant's classes
    // are coarser than base's and head's together (its selectors are among theirs, its endpoints
    // are theirs), and that pass is skipped. The same holds of base with one change applied.
    const policyKeys = new Set([...base, ...head].filter((r) => relevant(r) && !isWorkload(r) && r.groupKind !== 'Namespace' && r.groupKind !== 'ServiceAccount').map(keyOf));
    const policiesOnly = comparable && samePodRanges && changes.every((c) => policyKeys.has(c.key));
    // Where only policies and tiers changed, every variant has head's namespaces, service accounts
    // and workloads: their endpoints are read once and each variant gets a copy of what it adds to.
    const headEndpoints = policiesOnly ? collectEndpoints(head) : null;
    const endpointsOf = headEndpoints === null ? undefined : (): EndpointModel => ({ ...headEndpoints, namespaces: new Map(headEndpoints.namespaces), excluded: [...headEndpoints.excluded], problems: [...headEndpoints.problems] });
    const variant = (c: Change) => sideOf(undo(c, base, head), endpointsOf);
    const applied = (c: Change) => sideOf(apply(c, base, head), endpointsOf);
    const classesOf = (make: (c: Change) => Cluster) => changes.map((c) => classIds({ classes: buildClasses(make(c)) }));
    // Per variant kind, the state of each delta there: `skipped` stands for a variant whose change
    // selects none of the deltas' ends (its state is head's when undone, base's when applied).
    const fill = (make: (c: Change) => Cluster, skipped: 0 | 1) => {
      // A variant's matrix is read at the deltas' cells alone: the egress rows of their sources, the ingress rows of their destinations.
      const ends = { sources: new Set<string>(), destinations: new Set<string>() };
      for (const d of e.deltas) {
        if (d.src < e.groups.length) ends.sources.add(e.groups[d.src].members[0]);
        if ('group' in d.dst) ends.destinations.add(e.groups[d.dst.group].members[0]);
      }
      for (const c of changes) {
        if (policiesOnly && !reachesDeltas(e, c)) {
          // Its policy (or tier) selects none of the deltas' ends on either side: the variant decides them as head (undone) or base (applied) does.
          for (const d of e.deltas) d.states.push(d.states[skipped]);
          continue;
        }
        if (options.counts) options.counts.variants++;
        fillUndoStates(e, matrixIn(frame, make(c), ends));
      }
    };
    const refine = policiesOnly ? [] : classesOf(variant);
    const evaluate = (classes: Map<string, number>[]) => {
      e = evaluateVariants(matrices, locality, options.counts, classes);
      if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
      fill(variant, 1);
    };
    evaluate(refine);
    if (unrestored(e)) {
      // The applied variants refine the groups too: the evaluation is made again with them.
      if (!policiesOnly) evaluate([...refine, ...classesOf(applied)]);
      fill(applied, 0);
    }
  }
  const nameOf = (src: number): string => (src < e.groups.length ? e.groups[src].id : e.matrices[1].externals[src - e.groups.length].id);
  const deltas = e.deltas.map((raw) => {
    const [b, a] = raw.states;
    const icmp = raw.cell.protocol === 'ICMP';
    const target = 'group' in raw.dst ? { to: e.groups[raw.dst.group].id, ...(icmp ? {} : { port: raw.cell.port }) } : { to: e.matrices[1].externals[raw.dst.ext].id, ...(icmp ? {} : { port: raw.dst.from, endPort: raw.dst.to }) };
    const d: ConnectionDelta = { from: nameOf(raw.src), ...target, protocol: raw.cell.protocol, before: b, after: a, causes: [], attribution: 'isolated' };
    if (b !== 'absent') d.base = explainDelta(e, raw, 0);
    if (a !== 'absent') d.head = explainDelta(e, raw, 1);
    if (d.base === undefined) delete d.base;
    if (d.head === undefined) delete d.head;
    if (isolate) changes.forEach((c, i) => {
      if (((undoneIsBase ? b : raw.states[2 + i]) === 'allowed') === (b === 'allowed')) d.causes.push(c.description);
    });
    if (d.causes.length === 0) {
      d.attribution = 'related';
      const members = [...(raw.src < e.groups.length ? e.groups[raw.src].members : []), ...('group' in raw.dst ? e.groups[raw.dst.group].members : [])];
      const touching = new Set(related(changes, ids, members, d));
      if (raw.states.length === 2 + 2 * changes.length) {
        // Applied alone to base (states after the undone ones), which give head's verdict.
        const alone = new Set(changes.filter((_, i) => (raw.states[2 + changes.length + i] === 'allowed') === (a === 'allowed')));
        d.eachAlone = changes.filter((c) => alone.has(c)).map((c) => c.description);
        for (const c of alone) touching.add(c);
      }
      d.causes = changes.filter((c) => touching.has(c)).map((c) => c.description);
    }
    return d;
  });
  // Per pair: ports by protocol, the ICMP echo last.
  const rank = (d: ConnectionDelta): string => (d.protocol === 'ICMP' ? '~' : d.protocol);
  const order = (x: ConnectionDelta, y: ConnectionDelta): number =>
    x.from !== y.from ? (x.from < y.from ? -1 : 1) : x.to !== y.to ? (x.to < y.to ? -1 : 1) : rank(x) !== rank(y) ? (rank(x) < rank(y) ? -1 : 1) : (x.port ?? 0) - (y.port ?? 0);
  const out: ReachDiff = {
    ...(asked ? { query: { ...query } } : {}),
    opened: mergeRanges(deltas.filter((d) => d.after === 'allowed').sort(order)),
    closed: mergeRanges(deltas.filter((d) => d.before === 'allowed').sort(order)),
    changes,
  };
  const named = new Set([...out.opened, ...out.closed].flatMap((d) => [d.from, d.to]));
  const groups = e.groups.filter((g) => g.members.length > 1 && named.has(g.id)).map((g) => ({ id: g.id, members: g.members }));
  if (groups.length > 0) out.groups = groups;
  const changed = serviceChangedNote(base, head, queryAsked);
  const notes = [...serviceNotes, ...(changed ? [changed] : []), ...standInNotes(standIns), ...sideNotes([base, head], sides)];
  if (notes.length > 0) out.notes = notes;
  return out;
}

/**
 * `reach`'s notes of each kind on either side (reach.ts): head's when it has one, marked `head
 * only:` when base has none of that kind, else base's marked `base only:`.
 */
function sideNotes(resources: readonly [readonly Resource[], readonly Resource[]], sides: readonly Cluster[]): string[] {
  const kinds: ((side: number) => string | null)[] = [
    (i) => unevaluatedPolicyNote(resources[i]),
    (i) => hostEndpointNote(resources[i]),
    (i) => guessNotes(sides[i])[0] ?? null,
  ];
  const notes: string[] = [];
  for (const noteOf of kinds) {
    const [base, head] = [noteOf(0), noteOf(1)];
    if (head !== null) notes.push(base !== null ? head : `head only: ${head}`);
    else if (base !== null) notes.push(`base only: ${base}`);
  }
  return notes;
}
