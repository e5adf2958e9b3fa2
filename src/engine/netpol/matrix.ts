/**
 * The whole reachability matrix, computed on equivalence classes.
 *
 * Two endpoints that satisfy exactly the same policy atoms (selectors, namespace selectors,
 * service-account and address matches) and declare the same ports are indistinguishable to
 * every policy, so the matrix is computed once per class and expanded on output. Each direction
 * evaluates a whole row at once with bit sets, applying the same first-match semantics as the
 * scalar evaluator (evaluate.ts): for the subject's tiers in order, every matching rule takes its
 * peers out of the "undecided" set (Allow into "allowed", Pass into "passed"), the tier default
 * decides what is left, and the profile allows whatever passes the last tier.
 */
import { cidrBounds, contains, type Cidr } from '../cidr.js';
import { nsKey } from './atoms.js';
import { Bitset } from './bitset.js';
import { LabelIndex } from './label-index.js';
import { portCells } from './endpoints.js';
import { decide, decideConnection, indexPolicies, type ConnectionVerdict, type PolicyIndex, type Verdict } from './evaluate.js';
import { isProfileLabelKey } from './endpoints.js';
import { blockContains, evalCond, matchAtom, matchLabels, matchNamespace, matchSet, portMatches, readLabelKeys } from './match.js';
import { ICMP_CELL, PROTOCOLS, type Atom, type Cluster, type Cond, type ContainerPort, type Direction, type ExternalEndpoint, type LabelMatch, type NamespaceMatch, type NetworkSet, type Party, type Policy, type Protocol, type Rule, type WorkloadEndpoint } from './model.js';
import { pushTo } from '../multimap.js';

export interface EndpointClass {
  index: number;
  members: WorkloadEndpoint[];
  /** The first member: every member behaves like it. */
  rep: WorkloadEndpoint;
  /** Ids of the atoms its members satisfy. */
  atoms: ReadonlySet<number>;
  /** The destination ports of every member: one matrix column per port. */
  cells: ContainerPort[];
}

/** Whether the members of `cls` satisfy `cond`, from the atoms the class is known to satisfy (no label is matched again). */
export function classSatisfies(cls: EndpointClass, cond: Cond): boolean {
  return evalCond(cond, (a) => cls.atoms.has(a.id));
}

/** A matrix column: one port of one destination class. */
export interface Target {
  index: number;
  cls: number;
  cell: ContainerPort;
}

/**
 * A column toward an external range: one protocol and one port interval that no egress rule
 * splits (every bound any rule mentions cuts the port space), so one port of it stands for all.
 */
export interface ExternalTarget {
  index: number;
  /** Index into `externals`. */
  ext: number;
  protocol: Protocol;
  from: number;
  to: number;
}

/** Where the port space of each protocol is cut: the first port of every interval, ascending, starting at 1. */
export type PortCuts = ReadonlyMap<Protocol, readonly number[]>;

export const MAX_PORT = 65535;

export interface Matrix {
  cluster: Cluster;
  index: PolicyIndex;
  classes: EndpointClass[];
  /** Parties are the classes (0..classes-1) followed by the external atoms. */
  externals: ExternalEndpoint[];
  targets: Target[];
  /** Per target: which parties its destination's ingress admits (rows that evaluate alike are one shared, read-only Bitset, here and below). */
  ingress: Bitset[];
  /** Per class: which targets its egress admits. */
  egress: Bitset[];
  /** Columns toward external ranges (empty without externals), and per class which of them its egress admits. */
  externalTargets: ExternalTarget[];
  egressExternal: Bitset[];
  /** What explainCell decides one cell from, by classes: the parties' condition bits and, per class and direction, the tiers of the policies that select it. */
  byClass: {
    bits: CondBits;
    tiers: Record<Direction, SelectingTiers[]>;
  };
}

/** The port bounds the egress rules of `clusters` mention, per protocol (a rule without protocol cuts every protocol). */
export function egressPortCuts(clusters: readonly Pick<Cluster, 'policies'>[]): PortCuts {
  const cuts = new Map<Protocol, Set<number>>(PROTOCOLS.map((p) => [p, new Set([1])]));
  for (const cluster of clusters) {
    for (const policy of cluster.policies) {
      for (const rule of policy.egress ?? []) {
        for (const e of [...(rule.ports.include ?? []), ...rule.ports.exclude]) {
          if (e.from === undefined) continue;
          for (const p of e.protocol === undefined ? PROTOCOLS : [e.protocol]) {
            const set = cuts.get(p);
            if (set === undefined) continue; // ports with ICMP: Calico rejects them, they match nothing
            set.add(e.from);
            if ((e.to ?? e.from) < MAX_PORT) set.add((e.to ?? e.from) + 1);
          }
        }
      }
    }
  }
  return new Map([...cuts].map(([p, set]) => [p, [...set].sort((a, b) => a - b)]));
}

export interface MatrixOptions {
  /** External ranges to evaluate instead of the cluster's own (a diff evaluates both sides on one partition). */
  externals?: ExternalEndpoint[];
  /** Port cuts toward externals instead of the cluster's own. */
  cuts?: PortCuts;
  /**
   * Only the rows a caller will read: the egress rows (toward workloads and ranges) of the classes
   * holding these endpoint ids as sources, the ingress rows of those holding them as destinations;
   * every other row is left empty. For a caller that reads a few cells (a diff's undo variants).
   */
  only?: { sources: ReadonlySet<string>; destinations: ReadonlySet<string> };
}

export function partyCount(m: Pick<Matrix, 'classes' | 'externals'>): number {
  return m.classes.length + m.externals.length;
}

const NO_LABELS: Readonly<Record<string, string>> = {};

/** Below this many label groups a namespace's groups are tested one by one (an index costs more). */
const INDEXED_GROUPS = 32;

/** Groups endpoints by (atoms satisfied, declared ports), visiting each atom only in its namespaces. */
export function buildClasses(cluster: Cluster): EndpointClass[] {
  const endpoints = cluster.endpoints;
  // Endpoints of one namespace with the same labels and service account satisfy the same selector
  // atoms (workloads often share them): each atom is matched once per such group. Only address
  // blocks can tell members of a group apart (a pod's own IPs).
  interface Group {
    members: number[];
    atoms: number[];
    /** Groups of any namespace whose labels read alike have one shape: a label selector answers them alike. */
    shape: number;
  }
  const byNs = new Map<string, Map<string, Group>>();
  const groupOf: Group[] = new Array(endpoints.length);
  // Only labels some pod selector reads can tell endpoints apart (a pod-template-hash never does).
  const read = readLabelKeys(cluster.atoms);
  // A Calico selector can read an endpoint's namespace as a label (projectcalico.org/namespace) or
  // the labels it inherits from its namespace and service account (`pcns.`/`pcsa.`, endpoints.ts
  // workloadEndpointCalicoLabels); then the namespace is part of the shape (a group's account is in its key).
  const readsNamespace = read.has('projectcalico.org/namespace') || [...read].some(isProfileLabelKey);
  const shapes = new Map<string, number>();
  for (let e = 0; e < endpoints.length; e++) {
    const ep = endpoints[e];
    let groups = byNs.get(ep.namespace);
    if (!groups) byNs.set(ep.namespace, (groups = new Map()));
    let key = '';
    for (const k in ep.labels) if (read.has(k)) key += `L${k.length}:${k}${ep.labels[k].length}:${ep.labels[k]}`;
    key += `|${ep.serviceAccount}`;
    let group = groups.get(key);
    if (group) group.members.push(e);
    else {
      const shapeKey = readsNamespace ? `${key}|${ep.namespace}` : key;
      let shape = shapes.get(shapeKey);
      if (shape === undefined) shapes.set(shapeKey, (shape = shapes.size));
      groups.set(key, (group = { members: [e], atoms: [], shape }));
    }
    groupOf[e] = group;
  }
  const namespaceGroups = [...byNs];
  // Atoms repeat a few namespace selectors: the namespaces each one selects are found once, from
  // the namespaces carrying its labels (a name pinned by `kubernetes.io/metadata.name` is one).
  const nsIndex = new LabelIndex(namespaceGroups, ([name]) => cluster.namespaces.get(name)?.labels ?? NO_LABELS);
  const selected = new Map<string, Map<string, Group>[]>();
  const groupsSelectedBy = (m: NamespaceMatch): (Map<string, Group> | undefined)[] => {
    if (m.k === 'is') return [byNs.get(m.name)];
    const key = nsKey(m);
    let found = selected.get(key);
    if (!found) {
      const pool = m.k === 'labels' ? nsIndex.candidates(m.match) : namespaceGroups;
      found = pool.filter(([name]) => matchNamespace(m, cluster.namespaces.get(name))).map(([, groups]) => groups);
      selected.set(key, found);
    }
    return found;
  };
  // A namespace's groups by label, made when a pod selector first looks at a namespace with many:
  // where each app has a policy of its own, testing every group against every selector of the
  // namespace grew with the square of its apps. A Calico selector reads the Calico labels.
  const groupIndexes = new Map<Map<string, Group>, { k8s: LabelIndex<Group>; calico: LabelIndex<Group> }>();
  const candidateGroups = (groups: Map<string, Group>, match: LabelMatch): Iterable<Group> => {
    if (match.k === 'any' || groups.size < INDEXED_GROUPS) return groups.values();
    let index = groupIndexes.get(groups);
    if (index === undefined) {
      const all = [...groups.values()];
      groupIndexes.set(groups, (index = { k8s: new LabelIndex(all, (g) => endpoints[g.members[0]].labels), calico: new LabelIndex(all, (g) => endpoints[g.members[0]].calicoLabels) }));
    }
    return (match.k === 'k8s' ? index.k8s : index.calico).selectorCandidates(match, () => 0) ?? groups.values();
  };
  // Likewise a service-account atom: a namespace's groups by account name (an atom naming accounts)
  // or by the account's labels (its selector), where each app runs as an account of its own.
  const accountIndexes = new Map<Map<string, Group>, { byName: Map<string, Group[]>; byLabels: LabelIndex<Group> }>();
  const candidateAccountGroups = (groups: Map<string, Group>, atom: Extract<Atom, { k: 'serviceAccount' }>): Iterable<Group> => {
    if (groups.size < INDEXED_GROUPS) return groups.values();
    let index = accountIndexes.get(groups);
    if (index === undefined) {
      const byName = new Map<string, Group[]>();
      for (const g of groups.values()) {
        const name = endpoints[g.members[0]].serviceAccount;
        pushTo(byName, name, g);
      }
      accountIndexes.set(groups, (index = { byName, byLabels: new LabelIndex([...groups.values()], (g) => endpoints[g.members[0]].serviceAccountLabels) }));
    }
    if (atom.names !== null) return new Set(atom.names.flatMap((n) => index.byName.get(n) ?? []));
    return index.byLabels.selectorCandidates(atom.selector, () => 0) ?? groups.values();
  };
  let blockIds: number[][] | null = null;
  // Per shape, whether the current atom's label selector matches it (valid where answeredFor is the atom's id + 1).
  const answeredFor = new Int32Array(shapes.size);
  const answer = new Uint8Array(shapes.size);
  // An address block sees an endpoint by its IPs; endpoints without any are placed by their pod
  // ranges (match.ts blockContains), one answer for all that share them: asked once per block for
  // each such group, not once per endpoint (a policy per app with its own ipBlock made that the
  // blocks times the endpoints).
  const withIps: number[] = [];
  const byRanges = new Map<unknown, number[]>();
  for (let e = 0; e < endpoints.length; e++) {
    if (endpoints[e].ips.length > 0) withIps.push(e);
    else {
      pushTo(byRanges, endpoints[e].ranges, e);
    }
  }
  const addressGroups = [...byRanges.values()];
  for (const atom of cluster.atoms) {
    if (atom.k === 'block') {
      const inside = [...addressGroups.filter((members) => blockContains(atom, endpoints[members[0]])).flat(), ...withIps.filter((e) => blockContains(atom, endpoints[e]))];
      if (inside.length > 0) blockIds ??= endpoints.map(() => []);
      for (const e of inside) blockIds![e].push(atom.id);
      continue;
    }
    // Visit only the namespaces the atom can select.
    const nsMatch = atom.ns;
    for (const groups of groupsSelectedBy(nsMatch)) {
      if (!groups) continue;
      if (atom.k !== 'pods') {
        for (const group of candidateAccountGroups(groups, atom)) if (matchAtom(atom, endpoints[group.members[0]], cluster.namespaces)) group.atoms.push(atom.id);
        continue;
      }
      // The labels once per shape: an atom that selects in every namespace meets the same few label
      // shapes in each. The namespace is checked by the selection, but for a name (its namespace
      // may be unknown).
      if (nsMatch.k === 'is' && !cluster.namespaces.has(nsMatch.name)) continue;
      for (const group of candidateGroups(groups, atom.pods)) {
        if (answeredFor[group.shape] !== atom.id + 1) {
          const rep = endpoints[group.members[0]];
          answeredFor[group.shape] = atom.id + 1;
          answer[group.shape] = matchLabels(atom.pods, rep.labels, rep.calicoLabels) ? 1 : 0;
        }
        if (answer[group.shape] === 1) group.atoms.push(atom.id);
      }
    }
  }
  const groupKeys = new Map<Group, string>();
  const classes: EndpointClass[] = [];
  const byKey = new Map<string, EndpointClass>();
  for (let e = 0; e < endpoints.length; e++) {
    const ep = endpoints[e];
    const group = groupOf[e];
    let key = groupKeys.get(group);
    if (key === undefined) groupKeys.set(group, (key = group.atoms.join(',')));
    const blocks = blockIds?.[e];
    if (blocks && blocks.length > 0) key += `+${blocks.join(',')}`;
    for (const p of ep.ports) key += `|${p.port}/${p.protocol}/${p.name === undefined ? '-' : `${p.name.length}:${p.name}`}`;
    const found = byKey.get(key);
    if (found) {
      found.members.push(ep);
      continue;
    }
    const cls: EndpointClass = { index: classes.length, members: [ep], rep: ep, atoms: new Set(blocks ? [...group.atoms, ...blocks] : group.atoms), cells: portCells(ep.ports) };
    byKey.set(key, cls);
    classes.push(cls);
  }
  return classes;
}

/** Bit sets of conditions over parties, memoised per condition object. */
class CondBits {
  private readonly memo = new WeakMap<Cond, Bitset>();
  private readonly atomMemo = new Map<number, Bitset>();

  constructor(
    private readonly classes: EndpointClass[],
    private readonly externals: ExternalEndpoint[],
    private readonly cluster: Cluster,
  ) {}

  private byAtom: Map<number, number[]> | null = null;

  /** Per atom id, the classes that satisfy it (one pass over the classes instead of one per atom). */
  private classesOf(): Map<number, number[]> {
    if (this.byAtom) return this.byAtom;
    const out = new Map<number, number[]>();
    for (const c of this.classes) {
      for (const id of c.atoms) {
        pushTo(out, id, c.index);
      }
    }
    return (this.byAtom = out);
  }

  private get size(): number {
    return this.classes.length + this.externals.length;
  }

  private sets: { index: LabelIndex<NetworkSet>; externalsOf: Map<NetworkSet, number[]> } | null = null;

  /** The network sets that name external ranges, by label, and the ranges each holds (made on first use). */
  private setIndex(): { index: LabelIndex<NetworkSet>; externalsOf: Map<NetworkSet, number[]> } {
    if (this.sets) return this.sets;
    const externalsOf = new Map<NetworkSet, number[]>();
    this.externals.forEach((x, i) => {
      for (const s of x.sets ?? []) {
        pushTo(externalsOf, s, i);
      }
    });
    return (this.sets = { index: new LabelIndex([...externalsOf.keys()], (s) => s.labels), externalsOf });
  }

  private byAddress: { sorted: { family: number; lo: bigint; prefix: number; i: number }[]; inOrder: boolean } | null = null;

  /**
   * The external ranges by address (family, first address, then the larger first), and whether
   * that is already their order (externalAtoms gives them so): then the ranges inside a CIDR are
   * consecutive parties.
   */
  private addressOrder(): { sorted: { family: number; lo: bigint; prefix: number; i: number }[]; inOrder: boolean } {
    if (this.byAddress) return this.byAddress;
    const sorted = this.externals
      .map((x, i) => ({ family: x.cidr.family, lo: cidrBounds(x.cidr).lo, prefix: x.cidr.prefix, i }))
      .sort((a, b) => a.family - b.family || (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : a.prefix - b.prefix));
    return (this.byAddress = { sorted, inOrder: sorted.every((e, k) => e.i === k) });
  }

  /** Positions in addressOrder of the ranges whose CIDR lies inside `outer`: one run, as CIDRs nest or are disjoint. */
  private insideRun(outer: Cidr): [number, number] {
    const { sorted } = this.addressOrder();
    const { family, lo, hi } = cidrBounds(outer);
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      const e = sorted[mid];
      if (e.family < family || (e.family === family && e.lo < lo)) low = mid + 1;
      else high = mid;
    }
    // A range starting inside `outer` lies in it, unless it holds it (it then starts where `outer` does, and sorts first).
    while (low < sorted.length && sorted[low].family === family && sorted[low].lo === lo && sorted[low].prefix < outer.prefix) low++;
    let end = low;
    while (end < sorted.length && sorted[end].family === family && sorted[end].lo <= hi) end++;
    return [low, end];
  }

  /** Sets (or clears) the parties of the external ranges inside `cidr`. */
  private fillInside(b: Bitset, cidr: Cidr, on: boolean): void {
    const { sorted, inOrder } = this.addressOrder();
    const [from, to] = this.insideRun(cidr);
    const first = this.classes.length;
    if (inOrder) b.fillRange(first + from, first + to, on);
    else for (let k = from; k < to; k++) b.fillRange(first + sorted[k].i, first + sorted[k].i + 1, on);
  }

  private atom(a: Atom): Bitset {
    let b = this.atomMemo.get(a.id);
    if (b) return b;
    b = new Bitset(this.size);
    for (const ci of this.classesOf().get(a.id) ?? []) b.set(ci);
    if (a.k === 'block') {
      // The ranges inside the block's CIDR and outside its exceptions (match.ts blockContains), by
      // address: thousands of policies each naming its own address made testing every range the
      // blocks times the ranges.
      this.fillInside(b, a.cidr, true);
      for (const x of a.except) this.fillInside(b, x, false);
      this.atomMemo.set(a.id, b);
      return b;
    }
    // Address ranges: by their CIDR, or (Calico selectors) by the labels of their network sets. A
    // selector an index answers visits the sets it can pick, not every range: thousands of network
    // sets, each picked by its own policies' selectors, made that the selectors times the ranges.
    // A rule's serviceAccounts picks the sets that carry no account labels it requires (match.ts
    // matchSet): visited set by set, as few inputs have both.
    if (a.k === 'serviceAccount') {
      const { externalsOf } = this.setIndex();
      for (const [s, xs] of externalsOf) if (matchSet(a, s, this.cluster.namespaces)) for (const i of xs) b.set(this.classes.length + i);
    }
    if (a.k === 'pods' && a.pods.k === 'calico') {
      const { index, externalsOf } = this.setIndex();
      const candidates = index.selectorCandidates(a.pods, () => 0);
      if (candidates !== null) {
        for (const s of candidates) if (matchSet(a, s, this.cluster.namespaces)) for (const i of externalsOf.get(s) ?? []) b.set(this.classes.length + i);
      } else {
        this.externals.forEach((x, i) => {
          if (matchAtom(a, x, this.cluster.namespaces)) b!.set(this.classes.length + i);
        });
      }
    }
    this.atomMemo.set(a.id, b);
    return b;
  }

  of(c: Cond): Bitset {
    let b = this.memo.get(c);
    if (b) return b;
    switch (c.k) {
      case 'all':
        b = Bitset.full(this.size);
        break;
      case 'none':
        b = new Bitset(this.size);
        break;
      case 'and':
        b = this.of(c.cs[0]).clone();
        for (const x of c.cs.slice(1)) b.andWith(this.of(x));
        break;
      case 'or':
        b = new Bitset(this.size);
        for (const x of c.cs) b.orWith(this.of(x));
        break;
      case 'not':
        b = this.of(c.c).invert();
        break;
      default:
        b = this.atom(c);
    }
    this.memo.set(c, b);
    return b;
  }
}

/** One class's tiers, in evaluation order, each with the policies that select the class (tiers selecting nothing left out). */
type SelectingTiers = PolicyIndex['tiers'];

/** For each class, per direction, the tiers' selecting policies (in evaluation order). */
function selectingPolicies(index: PolicyIndex, classes: EndpointClass[], bits: CondBits, dir: Direction): SelectingTiers[] {
  const out = classes.map((): SelectingTiers => []);
  for (const { tier, policies } of index.tiers) {
    const perClass = new Map<number, Policy[]>();
    for (const p of policies) {
      if (p[dir] === null) continue;
      bits.of(p.subject).forEach((ci) => {
        if (ci >= classes.length) return;
        pushTo(perClass, ci, p);
      });
    }
    for (const [ci, list] of perClass) out[ci].push({ tier, policies: list });
  }
  return out;
}

/**
 * First-match evaluation of a subject's tiers over a whole row: `peersOf(rule)` gives the row's
 * bits the rule's peer (and port) condition admits, `applies(rule)` whether the rule can match at
 * all for this subject (port, local condition).
 */
function evaluateRow(
  size: number,
  tiers: Tiers,
  dir: Direction,
  applies: (r: Rule) => boolean,
  peersOf: (r: Rule) => Bitset,
): Bitset {
  const allowed = new Bitset(size);
  let undecided = Bitset.full(size);
  for (const { tier, policies } of tiers) {
    const passed = new Bitset(size);
    for (const p of policies) {
      // Peers a Pass rule of *this* policy took leave the tier; remember them per policy so that a
      // later policy of the tier does not see them.
      for (const r of p[dir] as Rule[]) {
        if (r.inert !== undefined || r.action === 'Log' || !applies(r)) continue;
        const peers = peersOf(r);
        if (r.action === 'Allow') allowed.orWith(peers, undecided);
        else if (r.action === 'Pass') passed.orWith(peers, undecided);
        undecided.andNotWith(peers);
      }
    }
    if (tier.defaultAction === 'Deny') undecided = passed;
    else undecided.orWith(passed);
  }
  allowed.orWith(undecided);
  return allowed;
}

type Tiers = { tier: { defaultAction: 'Deny' | 'Pass' }; policies: Policy[] }[];

/**
 * evaluateRow, once per distinct input: two rows whose subjects are selected by the same
 * policies, in the same tiers, with the same rules applying, are equal (a rule's peers do not
 * depend on the subject), so they share one Bitset. Rows are read-only.
 */
function rowEvaluator(size: number, dir: Direction, peersOf: (r: Rule) => Bitset): (tiers: Tiers, applies: (r: Rule) => boolean) => Bitset {
  const memo = new Map<string, Bitset>();
  const ids = new Map<Policy, number>();
  return (tiers, applies) => {
    let key = '';
    for (const { policies } of tiers) {
      key += '|';
      for (const p of policies) {
        let id = ids.get(p);
        if (id === undefined) ids.set(p, (id = ids.size));
        key += `${id}:`;
        for (const r of p[dir] as Rule[]) key += applies(r) ? '1' : '0';
        key += ',';
      }
    }
    let row = memo.get(key);
    if (row === undefined) memo.set(key, (row = evaluateRow(size, tiers, dir, applies, peersOf)));
    return row;
  };
}

export function computeMatrix(cluster: Cluster, options: MatrixOptions = {}): Matrix {
  const index = indexPolicies(cluster);
  const classes = buildClasses(cluster);
  const externals = options.externals ?? cluster.externals;
  const bits = new CondBits(classes, externals, cluster);
  const parties = classes.length + externals.length;
  const targets: Target[] = [];
  // Per destination class: its declared ports, then the ICMP echo slot every endpoint has.
  for (const c of classes) for (const cell of [...c.cells, ICMP_CELL]) targets.push({ index: targets.length, cls: c.index, cell });
  const classHas = (cond: Cond, ci: number): boolean => classSatisfies(classes[ci], cond);

  const holding = (ids: ReadonlySet<string> | undefined) => classes.map((c) => ids === undefined || c.members.some((e) => ids.has(e.id)));
  const [asSource, asDestination] = [holding(options.only?.sources), holding(options.only?.destinations)];
  const ingressTiers = selectingPolicies(index, classes, bits, 'ingress');
  const ingressRow = rowEvaluator(parties, 'ingress', (r) => bits.of(r.peer));
  const noParties = new Bitset(parties);
  const ingress = targets.map((t) => {
    const cls = classes[t.cls];
    if (!asDestination[t.cls]) return noParties;
    return ingressRow(ingressTiers[t.cls], (r) => portMatches(r.ports, t.cell, cls.rep.ports) && classHas(r.local, t.cls));
  });

  // A class's targets are consecutive. Classes whose members declare the same ports have the same
  // cells and resolve named ports alike, so a rule's port condition is evaluated once per such shape.
  const firstTarget: number[] = [];
  for (const t of targets) if (firstTarget[t.cls] === undefined) firstTarget[t.cls] = t.index;
  const shapes = new Map<string, number>();
  const shapeOf = classes.map((c) => {
    const key = c.rep.ports.map((p) => `${p.port}/${p.protocol}/${p.name === undefined ? '-' : `${p.name.length}:${p.name}`}`).join('|');
    let shape = shapes.get(key);
    if (shape === undefined) shapes.set(key, (shape = shapes.size));
    return shape;
  });
  const targetMemo = new WeakMap<Rule, Bitset>();
  /** The targets an egress rule admits: only the classes its peer selects are visited. */
  const targetsOf = (r: Rule): Bitset => {
    let b = targetMemo.get(r);
    if (b) return b;
    const out = new Bitset(targets.length);
    const portsByShape: (boolean[] | undefined)[] = [];
    bits.of(r.peer).forEach((ci) => {
      if (ci >= classes.length) return;
      const cls = classes[ci];
      const first = firstTarget[ci];
      let admits = portsByShape[shapeOf[ci]];
      if (admits === undefined) {
        admits = [];
        for (let t = first; t < targets.length && targets[t].cls === ci; t++) admits.push(portMatches(r.ports, targets[t].cell, cls.rep.ports));
        portsByShape[shapeOf[ci]] = admits;
      }
      for (let k = 0; k < admits.length; k++) if (admits[k]) out.set(first + k);
    });
    targetMemo.set(r, out);
    return out;
  };
  const egressTiers = selectingPolicies(index, classes, bits, 'egress');
  const egressRow = rowEvaluator(targets.length, 'egress', targetsOf);
  const noTargets = new Bitset(targets.length);
  const egress = classes.map((c) => (asSource[c.index] ? egressRow(egressTiers[c.index], (r) => classHas(r.local, c.index)) : noTargets));

  // Toward external ranges only egress applies (an address outside the cluster has no policy).
  const externalTargets: ExternalTarget[] = [];
  if (externals.length > 0) {
    const cuts = options.cuts ?? egressPortCuts([cluster]);
    externals.forEach((_, ext) => {
      for (const protocol of PROTOCOLS) {
        const starts = cuts.get(protocol) ?? [1];
        starts.forEach((from, i) => externalTargets.push({ index: externalTargets.length, ext, protocol, from, to: i + 1 < starts.length ? starts[i + 1] - 1 : MAX_PORT }));
      }
      externalTargets.push({ index: externalTargets.length, ext, protocol: 'ICMP', from: ICMP_CELL.port, to: ICMP_CELL.port });
    });
  }
  // Each external's columns are consecutive: a rule visits the externals its peer admits, not
  // every column (thousands of network sets, each a range, made that the rules times the sets).
  const columnsOfExternal = externals.map((): ExternalTarget[] => []);
  for (const t of externalTargets) columnsOfExternal[t.ext].push(t);
  const externalMemo = new WeakMap<Rule, Bitset>();
  const externalTargetsOf = (r: Rule): Bitset => {
    let b = externalMemo.get(r);
    if (b) return b;
    const out = new Bitset(externalTargets.length);
    bits.of(r.peer).forEach((p) => {
      if (p < classes.length) return;
      for (const t of columnsOfExternal[p - classes.length]) if (portMatches(r.ports, { port: t.from, protocol: t.protocol }, [])) out.set(t.index);
    });
    externalMemo.set(r, out);
    return out;
  };
  const egressExternalRow = rowEvaluator(externalTargets.length, 'egress', externalTargetsOf);
  const noColumns = new Bitset(externalTargets.length);
  const egressExternal = classes.map((c) => (asSource[c.index] ? egressExternalRow(egressTiers[c.index], (r) => classHas(r.local, c.index)) : noColumns));
  return { cluster, index, classes, externals, targets, ingress, egress, externalTargets, egressExternal, byClass: { bits, tiers: { ingress: ingressTiers, egress: egressTiers } } };
}

/** A column of egressToward: one port of one destination class, with the destination's declared ports (named ports resolve there). */
export interface EgressColumn {
  cls: number;
  cell: ContainerPort;
  ports: readonly ContainerPort[];
}

/**
 * A slice of the matrix's egress half: per source class, which of `columns` its egress admits,
 * evaluated as computeMatrix evaluates its rows (first match per tier, shared rows), each row on
 * first ask. For a question about a few destinations, such as whether a class may reach any DNS
 * pod, without the whole matrix: a rule's columns are found from the classes its peer selects.
 */
export function egressToward(cluster: Cluster, index: PolicyIndex, classes: EndpointClass[], columns: readonly EgressColumn[]): (ci: number) => Bitset {
  const bits = new CondBits(classes, [], cluster);
  const tiers = selectingPolicies(index, classes, bits, 'egress');
  // The columns of each destination class, and those classes as a set to meet a peer's classes with.
  const byClass = new Map<number, number[]>();
  const destinations = new Bitset(classes.length);
  columns.forEach((col, i) => {
    pushTo(byClass, col.cls, i);
    destinations.set(col.cls);
  });
  const memo = new WeakMap<Rule, Bitset>();
  const columnsOf = (r: Rule): Bitset => {
    let b = memo.get(r);
    if (b) return b;
    const out = new Bitset(columns.length);
    const met = bits.of(r.peer).clone();
    met.andWith(destinations);
    met.forEach((ci) => {
      for (const i of byClass.get(ci)!) if (portMatches(r.ports, columns[i].cell, columns[i].ports)) out.set(i);
    });
    memo.set(r, out);
    return out;
  };
  const row = rowEvaluator(columns.length, 'egress', columnsOf);
  const rows = new Map<number, Bitset>();
  return (ci) => {
    let b = rows.get(ci);
    if (b === undefined) rows.set(ci, (b = row(tiers[ci], (r) => classSatisfies(classes[ci], r.local))));
    return b;
  };
}

/** Whether party `p` (a class index, or classes.length + external index) may reach target `t`. */
export function allowedCell(m: Matrix, p: number, t: number): boolean {
  if (!m.ingress[t].has(p)) return false;
  return p >= m.classes.length || m.egress[p].has(t);
}

export interface Cell {
  src: Party;
  dst: WorkloadEndpoint;
  cell: ContainerPort;
  allowed: boolean;
}

/** Every (source, destination, port) of the matrix, expanded from classes, in a stable order. */
export function* cells(m: Matrix, options: { icmp?: boolean } = {}): Generator<Cell> {
  const sources: { party: Party; p: number }[] = [];
  m.classes.forEach((c) => c.members.forEach((ep) => sources.push({ party: ep, p: c.index })));
  m.externals.forEach((x, i) => sources.push({ party: x, p: m.classes.length + i }));
  const classOf = new Map<WorkloadEndpoint, number>();
  m.classes.forEach((c) => c.members.forEach((ep) => classOf.set(ep, c.index)));
  const targetsByClass = m.classes.map(() => [] as Target[]);
  for (const t of m.targets) targetsByClass[t.cls].push(t);
  const dsts = [...m.cluster.endpoints];
  for (const { party, p } of sources) {
    for (const dst of dsts) {
      if (dst === party) continue;
      for (const t of targetsByClass[classOf.get(dst)!]) {
        if (t.cell.protocol === 'ICMP' && options.icmp !== true) continue;
        yield { src: party, dst, cell: t.cell, allowed: allowedCell(m, p, t.index) };
      }
    }
  }
}

/** The number of allowed (source, destination, port) tuples, without expanding pairs. */
export function countAllowed(m: Matrix): { allowed: number; total: number } {
  let allowed = 0;
  let total = 0;
  const sizes = [...m.classes.map((c) => c.members.length), ...m.externals.map(() => 1)];
  for (const t of m.targets) {
    const dstSize = sizes[t.cls];
    for (let p = 0; p < sizes.length; p++) {
      const pairs = sizes[p] * dstSize - (p === t.cls ? dstSize : 0);
      total += pairs;
      if (pairs > 0 && allowedCell(m, p, t.index)) allowed += pairs;
    }
  }
  return { allowed, total };
}

/**
 * The per-direction reason for one cell. Parties the matrix knows (members of its classes, its
 * external ranges) are decided from their classes' condition bits and only the policies that
 * select the subject's class, so explaining grows with class pairs, not with labels × policies;
 * any other party is matched by its labels.
 */
export function explainCell(m: Matrix, src: Party, dst: Party, cell: ContainerPort): ConnectionVerdict {
  const dstPorts = dst.type === 'workload' ? dst.ports : [];
  const s = partyIndex(m, src);
  const d = partyIndex(m, dst);
  if (s === undefined || d === undefined) return decideConnection(m.cluster, m.index, src, dst, cell, dstPorts);
  const egress = decideByClass(m, 'egress', src, s, dst, d, cell, dstPorts);
  const ingress = decideByClass(m, 'ingress', dst, d, src, s, cell, dstPorts);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}

function decideByClass(m: Matrix, dir: Direction, subject: Party, s: number, peer: Party, p: number, cell: ContainerPort, dstPorts: readonly ContainerPort[]): Verdict {
  const { bits, tiers } = m.byClass;
  // An external subject has no policy; decide says so.
  const index: PolicyIndex = { tiers: s < m.classes.length ? tiers[dir][s] : [] };
  return decide(m.cluster, index, dir, subject, peer, cell, dstPorts, {
    selects: () => true,
    local: (c) => bits.of(c).has(s),
    peer: (c) => bits.of(c).has(p),
  });
}

const partyIndexes = new WeakMap<Matrix, Map<Party, number>>();

/** A party's row in the matrix (its class, or classes.length + its external index), or undefined if the matrix does not hold it. */
function partyIndex(m: Matrix, party: Party): number | undefined {
  let byParty = partyIndexes.get(m);
  if (byParty === undefined) {
    byParty = new Map<Party, number>();
    for (const c of m.classes) for (const ep of c.members) byParty.set(ep, c.index);
    m.externals.forEach((x, i) => byParty!.set(x, m.classes.length + i));
    partyIndexes.set(m, byParty);
  }
  return byParty.get(party);
}
