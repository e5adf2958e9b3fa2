/**
 * Matching of one condition, port match or selector against one party. This is the scalar
 * definition of the semantics: the class-based matrix (matrix.ts) must agree with it on every
 * pair, which the property tests check.
 */
import { contains, containsIp, knownCidrs, overlaps, type Cidr } from '../cidr.js';
import { matchesLabelSelector } from '../selector/label.js';
import { CALICO_SERVICE_ACCOUNT_LABEL, SERVICE_ACCOUNT_PROFILE_PREFIX, profileView } from './endpoints.js';
import { ICMP_ECHO, type EchoRequest, type NetworkSet, type Atom, type Cond, type ContainerPort, type IcmpMatch, type LabelMatch, type Labels, type NamespaceInfo, type NamespaceMatch, type Party, type PortEntry, type PortMatch } from './model.js';

/** Kubernetes selectors see the labels as the API holds them; Calico selectors also see Calico's implicit ones. */
/** The label keys a selector reads (none for `any`). */
export function labelMatchKeys(m: LabelMatch): readonly string[] {
  if (m.k === 'calico') return m.keys;
  if (m.k === 'k8s') return [...Object.keys(m.selector.matchLabels ?? {}), ...(m.selector.matchExpressions ?? []).map((e) => e.key)];
  return [];
}

/** The pod label keys any atom's selector reads (not namespace or ServiceAccount labels). */
export function readLabelKeys(atoms: readonly Atom[]): Set<string> {
  const out = new Set<string>();
  for (const a of atoms) if (a.k === 'pods') for (const k of labelMatchKeys(a.pods)) out.add(k);
  return out;
}

export function matchLabels(m: LabelMatch, labels: Labels, calicoLabels: Labels): boolean {
  switch (m.k) {
    case 'any':
      return true;
    case 'k8s':
      return matchesLabelSelector(m.selector, labels);
    case 'calico':
      return m.test(calicoLabels);
  }
}

export function matchNamespace(m: NamespaceMatch, ns: NamespaceInfo | undefined): boolean {
  if (!ns) return false;
  switch (m.k) {
    case 'any':
      return true;
    case 'is':
      return ns.name === m.name;
    case 'labels':
      return matchLabels(m.match, ns.labels, ns.calicoLabels);
    case 'global':
      return false;
  }
}

/** The atoms that can pick a Calico network set: a rule's selectors and its `serviceAccounts`. */
export type SetPickingAtom = Extract<Atom, { k: 'pods' | 'serviceAccount' }>;

/**
 * Whether a Calico atom (in its namespace scope) picks a network set: a namespaced set in the
 * namespaces the atom covers; a global set where the atom covers every namespace, `global()`, or
 * a namespaceSelector that holds for no namespace labels at all, as a global set carries none
 * (calico.ts ruleNamespaceMatch: `team != 'b'`, `!has(team)`). Kubernetes selectors (and Calico
 * `all()` in a rule selector, which is kept as "any") never pick a set.
 *
 * A rule's `serviceAccounts` is a selector too: libcalico-go writes its names as
 * `projectcalico.org/serviceaccount in {…}` and puts `pcsa.` before each key of its selector
 * (updateprocessors/rules.go parseServiceAccounts, which keeps `all()`), and Felix matches that
 * against network sets as against endpoints. A set carries no `pcsa.` label and no account name
 * unless its own labels say so, so `serviceAccounts: {selector: PCI != "true"}` or `all()` picks
 * every set in scope, and one naming accounts picks none.
 */
export function matchSet(atom: SetPickingAtom, set: NetworkSet, namespaces: ReadonlyMap<string, NamespaceInfo>): boolean {
  const ns = atom.ns;
  const inScope = set.namespace === null ? coversGlobalSets(ns) : ns.k !== 'global' && matchNamespace(ns, namespaces.get(set.namespace));
  if (!inScope) return false;
  if (atom.k === 'pods') return atom.pods.k === 'calico' && atom.pods.test(set.labels);
  if (atom.names !== null && !atom.names.includes(set.labels[CALICO_SERVICE_ACCOUNT_LABEL])) return false;
  return atom.selector.k !== 'calico' || atom.selector.test(profileView(SERVICE_ACCOUNT_PROFILE_PREFIX, set.labels));
}


const NO_LABELS: Labels = {};

function coversGlobalSets(ns: NamespaceMatch): boolean {
  return ns.k === 'any' || ns.k === 'global' || (ns.k === 'labels' && ns.match.k === 'calico' && ns.match.test(NO_LABELS));
}

/** Where pods are taken to live when the pod CIDRs are not known: RFC 1918 and RFC 6598 space. */
const ASSUMED_POD_RANGES: readonly Cidr[] = knownCidrs(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10']);

/**
 * Whether an address range overlaps where pods without a written address take theirs from: their
 * pod CIDRs `ranges`, else the assumed private ranges (blockContains, blockGuessed).
 */
export function overlapsPodSpace(cidr: Cidr, ranges: readonly Cidr[]): boolean {
  return (ranges.length > 0 ? ranges : ASSUMED_POD_RANGES).some((r) => overlaps(cidr, r));
}

/**
 * Whether an address block (`cidr` minus `except`) contains the party. An external atom is inside
 * when its CIDR is (atoms never straddle a mentioned CIDR). A pod with known IPs is inside when one
 * of its IPs is. A workload whose IPs are unknown but whose pod CIDRs are (`ranges`) is inside a
 * block that holds one of them whole, none of it cut out; a block of another family, or one that
 * holds only part of the range, does not count it (the part is a guess). With neither, its address
 * is taken to be an IPv4 one in the private ranges clusters give pods (RFC 1918 and the shared
 * 100.64.0.0/10): it is inside a block holding all of them, none cut out — `0.0.0.0/0`, or
 * `0.0.0.0/0` except the metadata server `169.254.169.254/32` — and outside any other.
 */
export function blockContains(atom: Extract<Atom, { k: 'block' }>, party: Party): boolean {
  if (party.type === 'external') {
    return contains(atom.cidr, party.cidr) && !atom.except.some((x) => contains(x, party.cidr));
  }
  if (party.ips.length === 0) {
    if (party.ranges !== undefined) return party.ranges.some((r) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r)));
    return ASSUMED_POD_RANGES.every((r) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r)));
  }
  return party.ips.some((ip) => containsIp(atom.cidr, ip) && !atom.except.some((x) => containsIp(x, ip)));
}

/**
 * Whether blockContains decides a workload by a guess about its address: its IPs are not known,
 * and the addresses it may have (its pod CIDRs, one IP in each; without them one IP in the
 * assumed private ranges) lie partly inside the block and partly outside it, so either answer may
 * be the cluster's. blockContains takes such a workload to be outside.
 */
export function blockGuessed(atom: Extract<Atom, { k: 'block' }>, party: Party): boolean {
  if (party.type === 'external' || party.ips.length > 0) return false;
  const inside = (r: Cidr) => contains(atom.cidr, r) && !atom.except.some((x) => overlaps(x, r));
  // CIDRs nest or are disjoint: what the block and `r` share is the smaller of the two.
  const outside = (r: Cidr) => !overlaps(atom.cidr, r) || atom.except.some((x) => contains(x, contains(atom.cidr, r) ? r : atom.cidr));
  if (party.ranges !== undefined) return !party.ranges.some(inside) && !party.ranges.every(outside);
  return !ASSUMED_POD_RANGES.every(inside) && !ASSUMED_POD_RANGES.every(outside);
}

export function matchAtom(atom: Atom, party: Party, namespaces: ReadonlyMap<string, NamespaceInfo>): boolean {
  if (atom.k === 'block') return blockContains(atom, party);
  if (party.type !== 'workload') return (party.sets ?? []).some((s) => matchSet(atom, s, namespaces));
  if (!matchNamespace(atom.ns, namespaces.get(party.namespace))) return false;
  if (atom.k === 'pods') return matchLabels(atom.pods, party.labels, party.calicoLabels);
  if (atom.names !== null && !atom.names.includes(party.serviceAccount)) return false;
  return matchLabels(atom.selector, party.serviceAccountLabels, party.serviceAccountLabels);
}

/** Evaluates a condition given how its atoms evaluate. */
export function evalCond(cond: Cond, atomValue: (atom: Atom) => boolean): boolean {
  switch (cond.k) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'and':
      return cond.cs.every((c) => evalCond(c, atomValue));
    case 'or':
      return cond.cs.some((c) => evalCond(c, atomValue));
    case 'not':
      return !evalCond(cond.c, atomValue);
    default:
      return atomValue(cond);
  }
}

/**
 * Evaluates a condition in Kleene's three-valued logic: an atom may be unknown (null), and so may
 * the result. evalCond is the two-valued form, kept apart for the matrix's hot path.
 */
export function evalKleene(cond: Cond, atomValue: (atom: Atom) => boolean | null): boolean | null {
  switch (cond.k) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'and':
    case 'or': {
      // `and` is decided by a false part, `or` by a true one; otherwise an unknown part leaves it unknown.
      const decisive = cond.k === 'or';
      let unknown = false;
      for (const c of cond.cs) {
        const v = evalKleene(c, atomValue);
        if (v === decisive) return decisive;
        if (v === null) unknown = true;
      }
      return unknown ? null : !decisive;
    }
    case 'not': {
      const v = evalKleene(cond.c, atomValue);
      return v === null ? null : !v;
    }
    default:
      return atomValue(cond);
  }
}

export function matchCond(cond: Cond, party: Party, namespaces: ReadonlyMap<string, NamespaceInfo>): boolean {
  return evalCond(cond, (atom) => matchAtom(atom, party, namespaces));
}

function entryMatches(e: PortEntry, cell: ContainerPort, dstPorts: readonly ContainerPort[]): boolean {
  if (e.protocol !== undefined && e.protocol !== cell.protocol) return false;
  if (e.name !== undefined) {
    // Named ports resolve on the destination: a declared port with this name, number and protocol.
    return dstPorts.some((p) => p.name === e.name && p.port === cell.port && p.protocol === cell.protocol);
  }
  if (e.from === undefined) return true;
  if (cell.protocol === 'ICMP') return false;
  return cell.port >= e.from && cell.port <= (e.to ?? e.from);
}

/** Whether an `icmp` / `notICMP` condition holds for an echo request (ICMP's type 8, or ICMPv6's 128; code 0). */
function matchesEcho(m: IcmpMatch, echo: EchoRequest): boolean {
  return (m.type === undefined || m.type === echo.type) && (m.code === undefined || m.code === echo.code);
}

/**
 * Whether traffic to `cell` (a port the destination declares, or the ICMP echo slot) satisfies
 * the rule's port match. The echo slot has no port: an entry with a port or a port name never
 * matches it, an entry with a protocol only matches it when that protocol is ICMP.
 */
export function portMatches(pm: PortMatch, cell: ContainerPort, dstPorts: readonly ContainerPort[]): boolean {
  if (pm.protocols !== null && !pm.protocols.includes(cell.protocol)) return false;
  if (pm.notProtocols.includes(cell.protocol)) return false;
  if (cell.protocol === 'ICMP') {
    const echo = pm.echo ?? ICMP_ECHO;
    if (pm.icmp !== undefined && !matchesEcho(pm.icmp, echo)) return false;
    if (pm.notIcmp !== undefined && matchesEcho(pm.notIcmp, echo)) return false;
  }
  if (pm.include !== null && !pm.include.some((e) => entryMatches(e, cell, dstPorts))) return false;
  return !pm.exclude.some((e) => entryMatches(e, cell, dstPorts));
}

export const ANY_PORT: PortMatch = { include: null, exclude: [], protocols: null, notProtocols: [] };

/**
 * A condition's structure over its interned atoms (`&(a3,|(a4,a7))`): two conditions with one key
 * match the same parties, so what is worked out for one (a peer selecting cluster DNS) holds for
 * the other. The same rule copied into every namespace's policy has one key where its atoms do not
 * depend on the namespace.
 */
export function condKey(cond: Cond): string {
  switch (cond.k) {
    case 'all':
      return '*';
    case 'none':
      return '0';
    case 'and':
      return `&(${cond.cs.map(condKey).join(',')})`;
    case 'or':
      return `|(${cond.cs.map(condKey).join(',')})`;
    case 'not':
      return `!(${condKey(cond.c)})`;
    default:
      return `a${cond.id}`;
  }
}

/**
 * The address blocks of a peer that names blocks and nothing else (`to: [{ipBlock: …}]`, Calico
 * `nets`), or null when it names anything else (pods, negations, every peer).
 */
export function blockAtomsOnly(cond: Cond): Extract<Atom, { k: 'block' }>[] | null {
  if (cond.k === 'block') return [cond];
  if (cond.k !== 'or') return null;
  const out: Extract<Atom, { k: 'block' }>[] = [];
  for (const c of cond.cs) {
    const part = blockAtomsOnly(c);
    if (part === null) return null;
    out.push(...part);
  }
  return out;
}

/** Collects the atoms of a condition (in order of first appearance). */
export function atomsOf(cond: Cond, out: Atom[] = []): Atom[] {
  switch (cond.k) {
    case 'all':
    case 'none':
      return out;
    case 'and':
    case 'or':
      for (const c of cond.cs) atomsOf(c, out);
      return out;
    case 'not':
      return atomsOf(cond.c, out);
    default:
      out.push(cond);
      return out;
  }
}
