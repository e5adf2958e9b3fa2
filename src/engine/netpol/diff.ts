/**
 * Base vs head reachability: which connections a change opened or closed, and which change is
 * responsible. Changes are resource-level differences that matter to reachability (a policy or
 * tier added, removed or edited; a workload, namespace or service account whose labels, ports or
 * identity changed; an endpoint added or removed). A change is responsible for a delta when
 * undoing that change alone in head gives the connection its base verdict back; when no single
 * change does (changes that only act together), every change touching the connection's endpoints
 * or its deciding policies is named.
 */
import type { Resource } from '../types.js';
import type { ClusterFactsConfig } from '../config.js';
import { clusterOf } from './cluster.js';
import { isAdminPolicy } from './admin.js';
import { isCalicoPolicy } from './calico.js';
import { asArray, dig, isWorkload, labelsOf } from './endpoints.js';
import { isKubernetesNetworkPolicy } from './kubernetes.js';
import { externalAtoms } from './externals.js';
import { allowedCell, computeMatrix, egressPortCuts, explainCell, MAX_PORT, type Matrix } from './matrix.js';
import { ICMP_CELL, type Atom, type Cluster, type ContainerPort, type Protocol } from './model.js';
import { why, type DirectionWhy, type ReachGroup } from './reach.js';

export type ChangeKind = 'added' | 'removed' | 'edited';

export interface Change {
  /** `group/Kind namespace/name`. */
  key: string;
  kind: ChangeKind;
  resource: { kind: string; namespace: string | null; name: string };
  /** e.g. `NetworkPolicy x/deny-all added`, `labels of Namespace y: +ns2=updated`. */
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
  /** Whether the causes were isolated (undoing one restores the base verdict) or only related. */
  attribution: 'isolated' | 'related';
  /** The deciding policies per direction on the side where the connection exists. */
  base?: { egress: DirectionWhy; ingress: DirectionWhy };
  head?: { egress: DirectionWhy; ingress: DirectionWhy };
}

export interface ReachDiff {
  opened: ConnectionDelta[];
  closed: ConnectionDelta[];
  changes: Change[];
  /** The groups of several endpoints that deltas name (only when there are any). */
  groups?: ReachGroup[];
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
    ((r.group === 'projectcalico.org' || r.group === 'crd.projectcalico.org') && r.kind === 'Tier')
  );
}

function keyOf(r: Resource): string {
  return `${r.groupKind} ${r.namespace ?? ''}/${r.name}`;
}

/**
 * An object as a change names it. A Calico NetworkPolicy is `CalicoNetworkPolicy`, as reach's
 * explanations call it: a Kubernetes and a Calico NetworkPolicy of one name can live side by side.
 */
function display(r: Resource): string {
  const kind = r.kind === 'NetworkPolicy' && isCalicoPolicy(r) ? 'CalicoNetworkPolicy' : r.kind;
  return `${kind} ${r.namespace === null ? '' : `${r.namespace}/`}${r.name}`;
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

function labelDelta(a: Record<string, string>, b: Record<string, string>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(b)) if (a[k] !== v) parts.push(`+${k}=${v}`);
  for (const k of Object.keys(a)) if (!(k in b)) parts.push(`-${k}`);
  return parts.join(', ');
}

/** The reachability-relevant resource differences between base and head. */
export function resourceChanges(base: readonly Resource[], head: readonly Resource[]): Change[] {
  const b = new Map(base.filter(relevant).map((r) => [keyOf(r), r]));
  const h = new Map(head.filter(relevant).map((r) => [keyOf(r), r]));
  const out: Change[] = [];
  const ref = (r: Resource): Change['resource'] => ({ kind: r.kind, namespace: r.namespace, name: r.name });
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
}

/** Evaluates every variant on one external partition and port cuts, and lists the base/head deltas between joint groups. */
function evaluateVariants(clusters: Cluster[]): Evaluated {
  // One partition of the address space for every variant; each names and labels it by its own network sets.
  const blocks = clusters.flatMap((c) => c.atoms.filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block'));
  const setNets = clusters.flatMap((c) => c.networkSets.flatMap((s) => s.nets));
  const cuts = egressPortCuts(clusters);
  const matrices = clusters.map((c) => computeMatrix(c, { externals: externalAtoms(blocks, c.networkSets, setNets), cuts }));
  const classOf = matrices.map((m) => {
    const out = new Map<string, number>();
    m.classes.forEach((c, i) => c.members.forEach((e) => out.set(e.id, i)));
    return out;
  });
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

  // The target of each (class, port) per variant; a joint group's cells are those of its base and head classes.
  const targetOf = matrices.map((m) => {
    const perClass = m.classes.map(() => new Map<string, number>());
    for (const t of m.targets) perClass[t.cls].set(cellKey(t.cell), t.index);
    return perClass;
  });
  const cellsOf = groups.map((g) => {
    const cells = new Map<string, ContainerPort>();
    for (const v of [0, 1]) if (g.cls[v] >= 0) for (const c of [...matrices[v].classes[g.cls[v]].cells, ICMP_CELL]) if (!cells.has(cellKey(c))) cells.set(cellKey(c), c);
    return [...cells.values()];
  });
  const deltas: RawDelta[] = [];
  const party = (v: number, src: number): number => (src < groups.length ? groups[src].cls[v] : matrices[v].classes.length + (src - groups.length));
  const sources = groups.length + matrices[0].externals.length;
  for (let src = 0; src < sources; src++) {
    const present = (v: number): boolean => src >= groups.length || groups[src].cls[v] >= 0;
    groups.forEach((g, dst) => {
      if (src === dst && g.members.length === 1) return;
      for (const cell of cellsOf[dst]) {
        const key = cellKey(cell);
        const states = matrices.map((m, v): TupleState => {
          const t = g.cls[v] < 0 || !present(v) ? undefined : targetOf[v][g.cls[v]].get(key);
          return t === undefined ? 'absent' : allowedCell(m, party(v, src), t) ? 'allowed' : 'denied';
        });
        if ((states[0] === 'allowed') !== (states[1] === 'allowed')) deltas.push({ src, dst: { group: dst }, cell, states });
      }
    });
    if (src >= groups.length) continue;
    for (const t of matrices[0].externalTargets) {
      const states = matrices.map((m, v): TupleState => (groups[src].cls[v] < 0 ? 'absent' : m.egressExternal[groups[src].cls[v]].has(t.index) ? 'allowed' : 'denied'));
      if ((states[0] === 'allowed') !== (states[1] === 'allowed')) deltas.push({ src, dst: { ext: t.ext, from: t.from, to: t.to }, cell: { port: t.from, protocol: t.protocol }, states });
    }
  }
  return { matrices, groups, deltas };
}

function cellKey(c: ContainerPort): string {
  return `${c.port}/${c.protocol}`;
}

/** The deciding rules of one delta on one side, between representative endpoints of its groups. */
function explainDelta(e: Evaluated, d: RawDelta, v: number): { egress: DirectionWhy; ingress: DirectionWhy } | undefined {
  const m = e.matrices[v];
  const endpoint = (id: string) => m.cluster.endpoints.find((x) => x.id === id);
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
 * Changes that touch the delta: its endpoints, their namespaces, or a policy deciding it on either
 * side; every change when none does.
 */
function related(changes: readonly Change[], endpoints: readonly string[], d: Pick<ConnectionDelta, 'base' | 'head'>): Change[] {
  const ends = new Set(endpoints);
  const nss = new Set(endpoints.map((id) => id.split('/')[0]));
  const deciding = new Set<string>();
  for (const side of [d.base, d.head]) for (const w of side ? [side.egress, side.ingress] : []) if (w.policy) deciding.add(w.policy.slice(w.policy.indexOf(' ') + 1));
  const touching = changes.filter((c) => {
    if (c.resource.kind === 'Namespace') return nss.has(c.resource.name);
    const id = c.resource.namespace === null ? c.resource.name : `${c.resource.namespace}/${c.resource.name}`;
    return ends.has(id) || deciding.has(id);
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
      last.causes.join('\u0000') === d.causes.join('\u0000');
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

export function diffReach(base: readonly Resource[], head: readonly Resource[], config: ClusterFactsConfig = {}): ReachDiff {
  const changes = resourceChanges(base, head);
  const sides = [clusterOf(base, config), clusterOf(head, config)];
  let e = evaluateVariants(sides);
  const isolate = e.deltas.length > 0 && changes.length > 0 && changes.length <= MAX_ISOLATED_CHANGES;
  // Undoing each change alone: the variants refine the groups, so evaluate them all together.
  if (isolate) e = evaluateVariants([...sides, ...changes.map((c) => clusterOf(undo(c, base, head), config))]);
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
      if ((raw.states[2 + i] === 'allowed') === (b === 'allowed')) d.causes.push(c.description);
    });
    if (d.causes.length === 0) {
      d.attribution = 'related';
      const members = [...(raw.src < e.groups.length ? e.groups[raw.src].members : []), ...('group' in raw.dst ? e.groups[raw.dst.group].members : [])];
      d.causes = related(changes, members, d).map((c) => c.description);
    }
    return d;
  });
  // Per pair: ports by protocol, the ICMP echo last.
  const rank = (d: ConnectionDelta): string => (d.protocol === 'ICMP' ? '~' : d.protocol);
  const order = (x: ConnectionDelta, y: ConnectionDelta): number =>
    x.from !== y.from ? (x.from < y.from ? -1 : 1) : x.to !== y.to ? (x.to < y.to ? -1 : 1) : rank(x) !== rank(y) ? (rank(x) < rank(y) ? -1 : 1) : (x.port ?? 0) - (y.port ?? 0);
  const out: ReachDiff = {
    opened: mergeRanges(deltas.filter((d) => d.after === 'allowed').sort(order)),
    closed: mergeRanges(deltas.filter((d) => d.before === 'allowed').sort(order)),
    changes,
  };
  const named = new Set([...out.opened, ...out.closed].flatMap((d) => [d.from, d.to]));
  const groups = e.groups.filter((g) => g.members.length > 1 && named.has(g.id)).map((g) => ({ id: g.id, members: g.members }));
  if (groups.length > 0) out.groups = groups;
  return out;
}
