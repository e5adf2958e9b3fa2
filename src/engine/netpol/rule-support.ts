/**
 * What the netpol rules share: the reach model and matrix of the lint run (computed once per
 * cluster model), and lookups from a policy resource to its normalised policy.
 */
import { OPENSHIFT_DNS_PODS, PLATFORM_DNS_PODS } from './services.js';
import { DNS_STAND_INS, dnsServerPort, servesDns, type DnsProtocol } from './dns-stand-ins.js';

import type { ClusterModel } from '../model.js';
import { derived, lastOnly } from '../model.js';
import type { Resource } from '../types.js';
import { buildCluster, podRanges } from './cluster.js';
import { decide, indexPolicies, indexByNamespace, type PolicyIndex, type Verdict } from './evaluate.js';
import { namespaceInfo } from './endpoints.js';
import { buildClasses, classSatisfies, computeMatrix, egressToward, type EgressColumn, type EndpointClass, type Matrix } from './matrix.js';
import { LabelIndex } from './label-index.js';
import { matchCond } from './match.js';
import type { Cluster, Cond, ContainerPort, ExternalEndpoint, LabelMatch, Policy, WorkloadEndpoint } from './model.js';
import { cidrBounds, contains, formatCidr, knownCidrs, parseCidr, type Cidr } from '../cidr.js';
import { isObject } from '../values.js';
import { pushTo } from '../multimap.js';

// The views below are derived once per model; rules call them on every resource.
export const reachCluster: (model: ClusterModel) => Cluster = derived('netpol/reach-cluster', (m) => buildCluster(m.resources, m.facts.podCIDRs.map((f) => f.cidr)));

/** The cluster's workload endpoints by label (see LabelIndex), once per lint. */
export const endpointsByLabel: (model: ClusterModel) => LabelIndex<WorkloadEndpoint> = derived('netpol/endpoints-by-label', (m) => new LabelIndex(reachCluster(m).endpoints, (ep) => ep.labels));

export const reachMatrix: (model: ClusterModel) => Matrix = derived('netpol/reach-matrix', (m) => computeMatrix(reachCluster(m)));

const policiesByResource = derived('netpol/policy-by-resource', (m) => new Map(reachCluster(m).policies.map((p) => [p.resource, p])));

export function policyOf(model: ClusterModel, resource: Resource): Policy | undefined {
  return policiesByResource(model).get(resource);
}

const byNamespace = new WeakMap<Cluster, Map<string, WorkloadEndpoint[]>>();

/** The endpoints of one namespace (indexed once per cluster). */
export function endpointsIn(cluster: Cluster, namespace: string): WorkloadEndpoint[] {
  let index = byNamespace.get(cluster);
  if (!index) {
    index = new Map();
    for (const ep of cluster.endpoints) {
      pushTo(index, ep.namespace, ep);
    }
    byNamespace.set(cluster, index);
  }
  return index.get(namespace) ?? [];
}

const selectingCache = new WeakMap<Policy, EndpointClass[]>();

/**
 * The equivalence classes with an endpoint the policy applies to (a namespaced policy only looks
 * in its namespace), computed once per policy. The selector is evaluated per class from the atoms
 * each class is known to satisfy, so no label is matched again. Every class listed has at least
 * one member the policy selects.
 */
const classesByNamespace = derived('netpol/classes-by-namespace', (m) => {
  // A class may hold endpoints of several namespaces: list it under each of them.
  const index = new Map<string | null, EndpointClass[]>([[null, reachClasses(m).classes]]);
  for (const c of reachClasses(m).classes) {
    for (const ns of new Set(c.members.map((ep) => ep.namespace))) {
      pushTo(index, ns, c);
    }
  }
  return index;
});

/** The classes whose members satisfy each atom, in class order. */
const classesByAtom = derived('netpol/classes-by-atom', (m) => {
  const index = new Map<number, EndpointClass[]>();
  for (const c of reachClasses(m).classes) {
    for (const id of c.atoms) {
      pushTo(index, id, c);
    }
  }
  return index;
});

/** An atom that every endpoint satisfying `cond` satisfies (a conjunct's), or null. */
export function requiredAtom(cond: Cond): number | null {
  if (cond.k === 'pods' || cond.k === 'serviceAccount' || cond.k === 'block') return cond.id;
  if (cond.k !== 'and') return null;
  for (const c of cond.cs) {
    const id = requiredAtom(c);
    if (id !== null) return id;
  }
  return null;
}

/**
 * The classes that may satisfy `cond`: those satisfying an atom it requires, or every class when
 * it requires none; in class order. A superset: the caller still matches `cond` on each.
 */
export function candidateClasses(model: ClusterModel, cond: Cond): readonly EndpointClass[] {
  const atom = requiredAtom(cond);
  return atom === null ? reachClasses(model).classes : (classesByAtom(model).get(atom) ?? NO_CLASSES);
}
const NO_CLASSES: readonly EndpointClass[] = [];

/** The external endpoints' address bounds, in cluster order, for lookups by block. */
const externalBounds = derived('netpol/external-bounds', (m) => reachCluster(m).externals.map((x) => cidrBounds(x.cidr)));

/** Indices of the external endpoints whose range lies in `block`'s CIDR (they follow each other in cluster order). */
function externalsIn(model: ClusterModel, block: Extract<Cond, { k: 'block' }>): number[] {
  const bounds = externalBounds(model);
  const externals = reachCluster(model).externals;
  const { family, lo: first, hi: last } = cidrBounds(block.cidr);
  // The first external of the family at or after the block's first address.
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid].family < family || (bounds[mid].family === family && bounds[mid].lo < first)) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < bounds.length && bounds[i].family === family && bounds[i].lo <= last; i++) if (externals[i].cidr.prefix >= block.cidr.prefix) out.push(i);
  return out;
}

/**
 * Indices (in cluster order) of the external endpoints that may satisfy `cond`: those inside a
 * block it requires, those a network set gives labels to (a selector can pick them), or all. A
 * superset: the caller still matches `cond` on each. A rule with its own \`nets\` then meets its
 * few ranges rather than every range of the input.
 */
function candidateExternalIndices(model: ClusterModel, cond: Cond): number[] | null {
  switch (cond.k) {
    case 'none':
      return [];
    case 'block':
      // A block of a whole family (`0.0.0.0/0`, usually with excepts) holds every range of it: all,
      // a superset that costs nothing to make (listing and sorting them for each such rule made
      // an input of many such policies cost seconds).
      return cond.cidr.prefix === 0 ? null : externalsIn(model, cond);
    case 'pods':
      return externalsWithSetsFor(model, cond.pods);
    case 'serviceAccount':
      // A rule's serviceAccounts may pick network sets (match.ts matchSet).
      return externalsWithSets(model).all;
    case 'and': {
      let best: number[] | null = null;
      for (const c of cond.cs) {
        const found = candidateExternalIndices(model, c);
        if (found !== null && (best === null || found.length < best.length)) best = found;
      }
      return best;
    }
    case 'or': {
      const parts: number[][] = [];
      for (const c of cond.cs) {
        const found = candidateExternalIndices(model, c);
        if (found === null) return null;
        parts.push(found);
      }
      return [...new Set(parts.flat())].sort((a, b) => a - b);
    }
    default:
      // `all`, and `not`, which anything outside its operand satisfies.
      return null;
  }
}

/** The externals holding Calico network sets, in cluster order, and an index of them by their sets' labels. */
const externalsWithSets = derived('netpol/externals-with-sets', (m) => {
  const externals = reachCluster(m).externals;
  const all = externals.flatMap((x, i) => (x.sets ? [i] : []));
  // One entry per (external, set): an external of several sets is found by any of their labels.
  const entries = all.flatMap((i) => externals[i].sets!.map((set) => ({ i, labels: set.labels })));
  return { all, index: new LabelIndex(entries, (e) => e.labels) };
});

/**
 * The externals whose network sets a Calico selector may select: through the index for its most
 * selective requirement (`feed == 'threats'`), else every external holding a set. A policy per
 * feed over thousands of network sets made each rule meet every set.
 */
function externalsWithSetsFor(model: ClusterModel, pods: LabelMatch): number[] {
  const { all, index } = externalsWithSets(model);
  if (pods.k !== 'calico') return all;
  const found = index.selectorCandidates(pods, (a, b) => a.i - b.i);
  if (found === null || found.length >= all.length) return all;
  return [...new Set(found.map((e) => e.i))].sort((a, b) => a - b);
}

/** The external endpoints that may satisfy `cond`, in cluster order (a superset; see candidateExternalIndices). */
export function candidateExternals(model: ClusterModel, cond: Cond): readonly ExternalEndpoint[] {
  const externals = reachCluster(model).externals;
  const indices = candidateExternalIndices(model, cond);
  return indices === null ? externals : indices.map((i) => externals[i]);
}

export function selectingClasses(model: ClusterModel, policy: Policy): EndpointClass[] {
  let selecting = selectingCache.get(policy);
  if (!selecting) {
    // The classes of the policy's namespace, or, when fewer, those that satisfy an atom the
    // selector needs (`app=web` in the namespace): both in class order, so the answer is the same.
    let candidates: readonly EndpointClass[] = classesByNamespace(model).get(policy.namespace) ?? [];
    const withAtom = candidateClasses(model, policy.subject);
    if (withAtom.length < candidates.length) {
      const ns = policy.namespace;
      candidates = ns === null ? withAtom : withAtom.filter((cls) => cls.members.some((ep) => ep.namespace === ns));
    }
    selecting = candidates.filter((cls) => classSatisfies(cls, policy.subject));
    selectingCache.set(policy, selecting);
  }
  return selecting;
}

/** The members of `cls` that `policy` can select: all of them, or those in its namespace. */
export function membersSelectedBy(policy: Policy, cls: EndpointClass): WorkloadEndpoint[] {
  return policy.namespace === null ? cls.members : cls.members.filter((ep) => ep.namespace === policy.namespace);
}

/** The endpoints a policy applies to. */
export function selectedEndpoints(model: ClusterModel, policy: Policy): WorkloadEndpoint[] {
  return selectingClasses(model, policy).flatMap((cls) => membersSelectedBy(policy, cls));
}

export interface ReachClasses {
  classes: EndpointClass[];
  classOf: Map<WorkloadEndpoint, EndpointClass>;
}

/** Equivalence classes without the matrix (rules that reason per class need only these). */
export const reachClasses: (model: ClusterModel) => ReachClasses = derived('netpol/reach-classes', (m) => {
  const classes = buildClasses(reachCluster(m));
  const classOf = new Map<WorkloadEndpoint, EndpointClass>();
  for (const c of classes) for (const ep of c.members) classOf.set(ep, c);
  return { classes, classOf };
});

export const policyIndex: (model: ClusterModel) => PolicyIndex = derived('netpol/reach-policy-index', (m) => indexPolicies(reachCluster(m)));

/**
 * A DNS pod's port on `protocol`: the one it declares, else the platform's (53, or 5353 in
 * openshift-dns). Declaring a container port is informational (Kubernetes API, ContainerPort), so
 * a DNS pod that declares only UDP 53 still answers TCP 53 (CoreDNS serves both on one port).
 */
export function dnsCell(ep: WorkloadEndpoint, protocol: DnsProtocol): ContainerPort {
  return ep.ports.find((p) => dnsServerPort(ep, p, protocol)) ?? { port: ep.namespace === OPENSHIFT_DNS_PODS.namespace ? 5353 : 53, protocol };
}

/** The policies that may select an endpoint of `namespace` (its own and the global ones), in evaluation order. */
function policiesFor(model: ClusterModel, namespace: string): PolicyIndex {
  return model.memo('netpol/policy-index-by-namespace', () => indexByNamespace(policyIndex(model), reachCluster(model).namespaces.keys()))(namespace);
}

/**
 * For each class, the policies that apply to its members (selectingClasses turned round), once per
 * lint: the DNS check asks every policy of a namespace whether it selects each class, and testing
 * the selector each time cost a policy-heavy input seconds.
 */
const policiesSelecting = derived('netpol/policies-selecting-class', (m) => {
  const out = new Map<EndpointClass, Set<Policy>>();
  for (const p of reachCluster(m).policies) {
    for (const cls of selectingClasses(m, p)) {
      const set = out.get(cls);
      if (set) set.add(p);
      else out.set(cls, new Set([p]));
    }
  }
  return out;
});

/** Each policy's place in evaluation order (tiers in order, then the order within each), with its tier. */
const evaluationOrder = derived('netpol/policy-evaluation-order', (m) => {
  const at = new Map<Policy, { n: number; tier: PolicyIndex['tiers'][number]['tier'] }>();
  for (const { tier, policies } of policyIndex(m).tiers) for (const p of policies) at.set(p, { n: at.size, tier });
  return at;
});

/** The policy index of the policies that apply to `cls`'s members, in evaluation order (tiers without one left out); once per class. */
function classIndex(model: ClusterModel, cls: EndpointClass): PolicyIndex {
  const memo = classIndexes(model);
  let index = memo.get(cls);
  if (index === undefined) memo.set(cls, (index = computeClassIndex(model, cls)));
  return index;
}
const classIndexes = derived('netpol/class-index', () => new Map<EndpointClass, PolicyIndex>());

function computeClassIndex(model: ClusterModel, cls: EndpointClass): PolicyIndex {
  const selecting = policiesSelecting(model).get(cls);
  if (selecting === undefined) return { tiers: [] };
  const at = evaluationOrder(model);
  const ordered = [...selecting].filter((p) => at.has(p)).sort((a, b) => at.get(a)!.n - at.get(b)!.n);
  const tiers: PolicyIndex['tiers'] = [];
  for (const p of ordered) {
    const tier = at.get(p)!.tier;
    const last = tiers[tiers.length - 1];
    if (last !== undefined && last.tier === tier) last.policies.push(p);
    else tiers.push({ tier, policies: [p] });
  }
  return { tiers };
}

/**
 * Whether `ep`'s egress may reach cluster DNS on UDP 53, or on TCP 53 with `protocol` TCP (the
 * cluster's own DNS objects are used when present). Decided once per equivalence class: every
 * member behaves alike.
 */
export function egressReachesDns(model: ClusterModel, ep: WorkloadEndpoint, protocol: DnsProtocol = 'UDP'): boolean {
  const cls = reachClasses(model).classOf.get(ep);
  const memo = model.memo(DNS_BY_CLASS[protocol], () => new Map<WorkloadEndpoint, boolean>());
  const rep = cls?.rep ?? ep;
  let v = memo.get(rep);
  if (v === undefined) {
    // With the class known, only the policies that apply to it are looked at, in evaluation order.
    v = cls === undefined ? computeEgressReachesDns(model, rep, undefined, policiesFor(model, rep.namespace), protocol) : computeEgressReachesDns(model, rep, () => true, classIndex(model, cls), protocol, cls);
    memo.set(rep, v);
  }
  return v;
}

const DNS_BY_CLASS: Readonly<Record<DnsProtocol, string>> = { UDP: 'netpol/dns-by-class/UDP', TCP: 'netpol/dns-by-class/TCP' };

/** Every address, as the model's ranges when no policy names one. */
const WHOLE_ADDRESS_SPACE: readonly ExternalEndpoint[] = knownCidrs(['0.0.0.0/0', '::/0']).map((cidr) => ({ type: 'external', id: cidr.text, cidr, holes: [] }));

/**
 * Whether `ep`'s ingress lets in, on `cell`, some address outside the cluster's pods: the address
 * ranges of the reach model (every range a policy names, and the rest of the address space), less
 * those inside the pod CIDRs when they are known. A caller on the other side of a node (the API
 * server calling a webhook, a load balancer's health check) comes from such an address, which the
 * input does not give. When none gets in, the verdict that refuses the first of them says why.
 */
export function ingressFromOutside(model: ClusterModel, ep: WorkloadEndpoint, cell: ContainerPort): { allowed: true } | { allowed: false; verdict: Verdict } {
  const cls = reachClasses(model).classOf.get(ep);
  return cls === undefined ? ingressFromEveryRange(model, ep, cell) : ingressFromRegions(model, ep, cell, classIndex(model, cls));
}

/** ingressFromOutside for an endpoint outside the classes (a stand-in): one decision per range of the input. */
function ingressFromEveryRange(model: ClusterModel, ep: WorkloadEndpoint, cell: ContainerPort): { allowed: true } | { allowed: false; verdict: Verdict } {
  const cluster = reachCluster(model);
  const index = policiesFor(model, ep.namespace);
  let refused: Verdict | undefined;
  // With no range named by any policy the model holds no ranges: the whole address space stands in.
  for (const x of cluster.externals.length > 0 ? cluster.externals : WHOLE_ADDRESS_SPACE) {
    if (cluster.podRanges.some((r) => contains(r, x.cidr))) continue;
    const verdict = decide(cluster, index, 'ingress', ep, x, cell, ep.ports);
    if (verdict.allowed) return { allowed: true };
    refused ??= verdict;
  }
  return refused === undefined ? { allowed: true } : { allowed: false, verdict: refused };
}

/**
 * ingressFromOutside for a pod of a class, with the policies that apply to it: one decision per
 * region of the address space those policies' ingress rules tell apart, not per range of the whole
 * input (for each block they name or leave out, an address inside it and outside every block named
 * inside it; one outside them all; and the ranges holding a network set). CIDRs nest or are
 * disjoint, so every address of a region meets those rules alike, and the cost grows with the
 * pod's policies, not with the input (a rule asking about a Service per app).
 */
function ingressFromRegions(model: ClusterModel, ep: WorkloadEndpoint, cell: ContainerPort, index: PolicyIndex): { allowed: true } | { allowed: false; verdict: Verdict } {
  const cluster = reachCluster(model);
  let refused: Verdict | undefined;
  for (const x of outsideRepresentatives(model, index)) {
    const verdict = decide(cluster, index, 'ingress', ep, x, cell, ep.ports);
    if (verdict.allowed) return { allowed: true };
    refused ??= verdict;
  }
  return refused === undefined ? { allowed: true } : { allowed: false, verdict: refused };
}

/** One address (as an external range of one address) per region an index's ingress rules tell apart, outside the pods; once per index. */
function outsideRepresentatives(model: ClusterModel, index: PolicyIndex): ExternalEndpoint[] {
  let found = representativesOf.get(index);
  if (found !== undefined) return found;
  const cluster = reachCluster(model);
  const named: Cidr[] = [];
  let selectsSets = false;
  const collect = (cond: Cond): void => {
    if (cond.k === 'block') named.push(cond.cidr, ...cond.except);
    else if (cond.k === 'pods' || cond.k === 'serviceAccount') selectsSets = true;
    else if (cond.k === 'and' || cond.k === 'or') cond.cs.forEach(collect);
    else if (cond.k === 'not') collect(cond.c);
  };
  for (const { policies } of index.tiers) for (const p of policies) for (const r of p.ingress ?? []) collect(r.peer);
  const holes = [...named, ...cluster.podRanges];
  found = [];
  const seen = new Set<string>();
  for (const region of [...named, ...WHOLE_ADDRESS_SPACE.map((x) => x.cidr)]) {
    if (seen.has(`${region.family}/${region.text}`)) continue;
    seen.add(`${region.family}/${region.text}`);
    if (cluster.podRanges.some((r) => contains(r, region))) continue;
    const address = firstAddressOutside(region, holes.filter((h) => h.family === region.family && h.prefix > region.prefix && contains(region, h)));
    if (address === null) continue;
    const bits = region.family === 4 ? 32 : 128;
    const one = { family: region.family, addr: address, prefix: bits };
    found.push({ type: 'external', id: region.text, cidr: { ...one, text: formatCidr(one) }, holes: [] });
  }
  if (selectsSets) for (const i of externalsWithSets(model).all) if (!cluster.podRanges.some((r) => contains(r, cluster.externals[i].cidr))) found.push(cluster.externals[i]);
  representativesOf.set(index, found);
  return found;
}
const representativesOf = new WeakMap<PolicyIndex, ExternalEndpoint[]>();

/** The first address of `region` outside every one of `holes` (CIDRs inside it), or null when they cover it. */
function firstAddressOutside(region: Cidr, holes: readonly Cidr[]): bigint | null {
  const { lo, hi } = cidrBounds(region);
  const spans = holes.map(cidrBounds).sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  let address = lo;
  for (const span of spans) {
    if (span.lo > address) break;
    if (span.hi >= address) address = span.hi + 1n;
  }
  return address <= hi ? address : null;
}

/**
 * The input's own cluster DNS pods (not stand-ins): endpoints labelled as the platforms label them
 * (CoreDNS and kube-dns `k8s-app: kube-dns`, OpenShift's DNS daemonset) that serve DNS on UDP, with
 * the UDP port. Any other pod listening on 53 is some workload's resolver, not the cluster's.
 */
export const inputDnsPods = derived('netpol/input-dns-pods', (m): { pod: WorkloadEndpoint; cell: ContainerPort }[] =>
  reachCluster(m).endpoints.flatMap((e) => {
    if (!PLATFORM_DNS_PODS.some((d) => Object.entries(d.labels).every(([k, v]) => e.labels[k] === v))) return [];
    const cell = e.ports.find((p) => dnsServerPort(e, p));
    return cell === undefined ? [] : [{ pod: e, cell }];
  }),
);

/**
 * The classes whose pods the ingress of `dns` refuses on its DNS port (`cell`): their name lookups
 * fail there whatever their own egress allows. Decided once per class, by its representative.
 */
export function classesRefusedByDns(model: ClusterModel, dns: WorkloadEndpoint, cell: ContainerPort): EndpointClass[] {
  const memo = model.memo('netpol/classes-refused-by-dns', () => new Map<WorkloadEndpoint, EndpointClass[]>());
  let refused = memo.get(dns);
  if (refused === undefined) {
    // The DNS check's namespace table also knows a stand-in's namespace (kube-system) by its name.
    const { namespaces } = clusterDns(model);
    const { classes, classOf } = reachClasses(model);
    const own = classOf.get(dns);
    // Only the policies that apply to the DNS pod's class decide its ingress (as for the egress check).
    const index = own === undefined ? policyIndex(model) : classIndex(model, own);
    refused = index.tiers.length === 0 ? [] : classes.filter((cls) => cls.rep !== dns && !decide({ namespaces }, index, 'ingress', dns, cls.rep, cell, dns.ports).allowed);
    memo.set(dns, refused);
  }
  return refused;
}

/**
 * Cluster DNS as the DNS check sees it: the input's own DNS pods (UDP 53, or 5353 in openshift-dns),
 * else the platforms' stand-ins, with the namespace table holding their namespaces. Once per lint.
 */
export const clusterDns = derived('netpol/dns-targets', (m): { namespaces: Cluster['namespaces']; targets: readonly WorkloadEndpoint[] } => {
  const cluster = reachCluster(m);
  const dnsPods = cluster.endpoints.filter(servesDns);
  // The stand-ins get their addresses where the input's pods do (its pod CIDRs), as the cluster's
  // own endpoints are given them (cluster.ts buildCluster).
  const ranges = podRanges(m.facts.podCIDRs.map((f) => f.cidr));
  const targets = dnsPods.length > 0 ? dnsPods : ranges.length > 0 ? DNS_STAND_INS.map((t) => ({ ...t, ranges })) : DNS_STAND_INS;
  const withDnsNamespaces = new Map(cluster.namespaces);
  for (const t of targets) if (!withDnsNamespaces.has(t.namespace)) withDnsNamespaces.set(t.namespace, namespaceInfo(t.namespace, {}));
  return { namespaces: withDnsNamespaces, targets };
});

/**
 * The platform DNS pods (the stand-ins: the input holds no DNS pods of its own) that `policy`
 * selects, in its scope: every cluster runs them, though the input does not show them (a
 * GlobalNetworkPolicy for CoreDNS, `selector: k8s-app == 'kube-dns'`).
 */
export function selectedDnsStandIns(model: ClusterModel, policy: Policy): WorkloadEndpoint[] {
  const { namespaces } = clusterDns(model);
  return dnsStandIns(model).filter((t) => (policy.namespace === null || policy.namespace === t.namespace) && matchCond(policy.subject, t, namespaces));
}

/** The platforms' DNS pods standing in for the cluster's, when the input holds no DNS pods of its own; else none. */
export function dnsStandIns(model: ClusterModel): readonly WorkloadEndpoint[] {
  const { targets } = clusterDns(model);
  // The targets are the input's own DNS pods, or else only the stand-ins.
  return targets.length === 0 || targets[0].resource !== undefined ? [] : targets;
}

/**
 * Cluster DNS's targets as the DNS check decides them: one of each equivalence class (and
 * namespace: OpenShift's DNS port depends on it), since every policy condition and port answers
 * alike for the members of a class. An input with many pods serving UDP 53 made the check the
 * classes times those pods.
 */
export const dnsDecisionTargets = derived('netpol/dns-decision-targets', (m): readonly WorkloadEndpoint[] => {
  const { classOf } = reachClasses(m);
  const seen = new Set<string>();
  return clusterDns(m).targets.filter((t) => {
    const cls = classOf.get(t);
    if (cls === undefined) return true;
    const key = `${cls.index}|${t.namespace}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
});

/**
 * Per class, which DNS decision targets its egress admits on their DNS port, as the matrix
 * evaluates egress (matrix.ts egressToward): each rule's targets come from the classes its peer
 * selects, so a class is not decided against every DNS pod one by one (at 100,000 endpoints with
 * thousands of pods serving UDP 53 that was most of a lint). Null when a target has no class (the
 * platforms' stand-ins of an input without DNS pods): those few are decided one by one.
 */
/** Per class and transport, whether its egress admits a DNS decision target (see above). */
const dnsEgressRows = derived('netpol/dns-egress-rows', (m): ((cls: EndpointClass, protocol: DnsProtocol) => boolean) | null => {
  const { classes, classOf } = reachClasses(m);
  // One pass for both transports: a column per target and transport, UDP's at even indices.
  const columns: EgressColumn[] = [];
  for (const dns of dnsDecisionTargets(m)) {
    const cls = classOf.get(dns);
    if (cls === undefined) return null;
    for (const protocol of DNS_PROTOCOLS) columns.push({ cls: cls.index, cell: dnsCell(dns, protocol), ports: dns.ports });
  }
  const rows = egressToward(reachCluster(m), policyIndex(m), classes, columns);
  return (cls, protocol) => {
    const row = rows(cls.index);
    for (let i = DNS_PROTOCOLS.indexOf(protocol); i < columns.length; i += DNS_PROTOCOLS.length) if (row.has(i)) return true;
    return false;
  };
});
const DNS_PROTOCOLS: readonly DnsProtocol[] = ['UDP', 'TCP'];

function computeEgressReachesDns(model: ClusterModel, ep: WorkloadEndpoint, selects: ((p: Policy) => boolean) | undefined, index: PolicyIndex, protocol: DnsProtocol, cls?: EndpointClass): boolean {
  const cluster = reachCluster(model);
  const { namespaces } = clusterDns(model);
  // With the class known, a rule's own condition is the class's (cached); whether a rule's peer
  // is a DNS target is the same for every class asking, so it is decided once per target.
  const local = cls === undefined ? {} : { local: (c: Cond) => classSatisfies(cls, c) };
  const matcher = selects === undefined ? local : { selects, ...local };
  const toward = (target: WorkloadEndpoint | ExternalEndpoint) => ({ ...matcher, peer: peerMatcher(model, namespaces, target) });
  // Where NodeLocal DNSCache takes the pods' queries on their node (see nodeLocalDnsIntercept),
  // the DNS pods are not what they reach: only the cache's addresses count.
  const intercept = nodeLocalDnsIntercept(model);
  const rows = cls === undefined || intercept !== null ? null : dnsEgressRows(model);
  const toDnsPods =
    intercept === null &&
    (rows !== null
      ? rows(cls!, protocol)
      : dnsDecisionTargets(model).some((dns) => {
          return decide({ namespaces }, index, 'egress', ep, dns, dnsCell(dns, protocol), dns.ports, toward(dns)).allowed;
        }));
  if (toDnsPods) return true;
  // A rule that lets DNS out to a NodeLocal DNSCache address counts when it names a block
  // written for the cache (see namesCacheBlock), not a wide range that happens to hold the address;
  // where the cache takes every query, any rule that lets the pods reach it counts.
  const byId = model.memo('netpol/policy-by-id', () => new Map(cluster.policies.map((p) => [p.id, p])));
  return nodeLocalDns(model).some((cache) => {
    // The cache answers on UDP and TCP 53 (nodelocaldns.yaml's container ports dns and dns-tcp).
    const cell: ContainerPort = { port: 53, protocol };
    const v = decide({ namespaces }, index, 'egress', ep, cache, cell, [cell], toward(cache));
    if (v.allowed && intercept !== null) return true;
    if (!v.allowed || v.reason !== 'rule' || v.policy === undefined || v.rule === undefined) return false;
    const rule = byId.get(v.policy)?.egress?.find((r) => r.index === v.rule);
    return rule !== undefined && namesCacheBlock(model, rule.peer);
  });
}

/** Whether a peer condition holds for `target`, once per condition and target (matchCond against the DNS namespaces). */
function peerMatcher(model: ClusterModel, namespaces: Cluster['namespaces'], target: WorkloadEndpoint | ExternalEndpoint): (c: Cond) => boolean {
  const byTarget = dnsPeerMatches(model);
  let matcher = byTarget.get(target);
  if (matcher === undefined) {
    const seen = new Map<Cond, boolean>();
    matcher = (c) => {
      let v = seen.get(c);
      if (v === undefined) seen.set(c, (v = matchCond(c, target, namespaces)));
      return v;
    };
    byTarget.set(target, matcher);
  }
  return matcher;
}
const dnsPeerMatches = derived('netpol/dns-peer-matches', () => new Map<WorkloadEndpoint | ExternalEndpoint, (c: Cond) => boolean>());

/**
 * NodeLocal DNSCache: a DaemonSet on every node answers DNS on a link-local address (169.254.20.10
 * in Kubernetes' manifest and guide: cluster/addons/dns/nodelocaldns/nodelocaldns.yaml,
 * kubernetes.io/docs/tasks/administer-cluster/nodelocaldns/), and pods set up for it query that
 * address rather than CoreDNS, so a policy written for it lets them out there on UDP 53 (GKE's and
 * other providers' guides say to allow exactly that address). In kube-proxy's iptables mode the
 * cache also answers on the kube-dns Service's address (the guide; its Corefile's \`bind\` line
 * names both): when the input holds the node-local-dns ConfigMap, the addresses it binds count too.
 */
const NODE_LOCAL_DNS_DEFAULT = '169.254.20.10';

/** The addresses the input's node-local-dns ConfigMaps bind (their Corefile's `bind` lines), each with its ConfigMap, in input order. */
const nodeLocalDnsBinds = derived('netpol/node-local-dns-binds', (m): { address: string; configMap: Resource }[] => {
  const out: { address: string; configMap: Resource }[] = [];
  for (const r of m.byKind('ConfigMap')) {
    if (r.name !== 'node-local-dns') continue;
    const corefile = isObject(r.value.data) ? r.value.data.Corefile : undefined;
    if (typeof corefile !== 'string') continue;
    for (const line of corefile.split('\n')) {
      const words = line.trim().split(/\s+/);
      if (words[0] === 'bind') for (const address of words.slice(1)) out.push({ address, configMap: r });
    }
  }
  return out;
});

/**
 * A bound address as a single-address CIDR; null for a placeholder of the unrendered manifest
 * (`__PILLAR__LOCAL__DNS__`) and for `0.0.0.0` or `::`, every address of the cache's network
 * namespace (as a cache run as an ordinary pod behind Cilium's Local Redirect Policy binds): no
 * address pods are sent to.
 */
function cacheAddress(address: string): Cidr | null {
  const parsed = parseCidr(`${address}/${address.includes(':') ? 128 : 32}`);
  return parsed.ok && parsed.cidr.addr !== 0n ? parsed.cidr : null;
}

/** The addresses NodeLocal DNSCache answers on: 169.254.20.10, and those the input's node-local-dns Corefile binds. */
const nodeLocalDns = derived('netpol/node-local-dns', (m): ExternalEndpoint[] => {
  const caches = new Map<string, ExternalEndpoint>();
  for (const a of [NODE_LOCAL_DNS_DEFAULT, ...nodeLocalDnsBinds(m).map((b) => b.address)]) {
    const cidr = cacheAddress(a);
    if (cidr !== null && !caches.has(a)) caches.set(a, { type: 'external', id: `NodeLocal DNSCache ${a}`, cidr, holes: [] });
  }
  return [...caches.values()];
});

/** Link-local space (RFC 3927, RFC 4291), where the cache's own address is meant to be. */
const LINK_LOCAL: readonly Cidr[] = knownCidrs(['169.254.0.0/16', 'fe80::/10']);

/**
 * The input's NodeLocal DNSCache when it takes every pod's queries: its Corefile also binds an
 * address outside link-local space, the kube-dns Service's cluster IP in Kubernetes' manifest for
 * kube-proxy's iptables mode (`bind __PILLAR__LOCAL__DNS__ __PILLAR__DNS__SERVER__`). The cache
 * runs on the host network of every node and answers the pods' queries to that address there,
 * past kube-proxy's DNAT rules and connection tracking (Kubernetes' "Using NodeLocal DNSCache"
 * guide): egress policy then sees the packet to the Service or link-local address, never to a
 * DNS pod. Null otherwise: with only the link-local address bound (IPVS mode), pods use the
 * cache only if the kubelet is told to, which the input does not say.
 */
export const nodeLocalDnsIntercept = derived('netpol/node-local-dns-intercept', (m): { configMap: Resource; addresses: string[] } | null => {
  const binds = nodeLocalDnsBinds(m);
  const intercepting = binds.find((b) => {
    const cidr = cacheAddress(b.address);
    return cidr !== null && !LINK_LOCAL.some((l) => contains(l, cidr));
  });
  if (intercepting === undefined) return null;
  return { configMap: intercepting.configMap, addresses: nodeLocalDns(m).map((c) => c.cidr.text.slice(0, c.cidr.text.lastIndexOf('/'))) };
});

/**
 * Whether `cond` names a block written for a NodeLocal DNSCache address: one holding the address,
 * at least a /16 (IPv6: /64). For 169.254.20.10 that is a block in the link-local range;
 * `0.0.0.0/0` holds every address and is not written for the cache.
 */
export function namesCacheBlock(model: ClusterModel, cond: Cond): boolean {
  if (cond.k === 'block') return cond.cidr.prefix >= (cond.cidr.family === 4 ? 16 : 64) && nodeLocalDns(model).some((c) => contains(cond.cidr, c.cidr));
  return (cond.k === 'and' || cond.k === 'or') && cond.cs.some((c) => namesCacheBlock(model, c));
}

/** kube-apiserver's secure port (`--secure-port`, 6443 by default: kubernetes cmd/kube-apiserver/app/options/options.go). */
const API_SERVER_PORT = 6443;

/**
 * Whether every rule that lets the members of `cls` out is limited to TCP port 6443 (and there is
 * one): a controller that talks only to the API server. It finds the server by the IP in
 * KUBERNETES_SERVICE_HOST (client-go rest.InClusterConfig) and looks up no name, so cluster DNS is
 * not something its policy forgot (metallb's config/networkpolicies/controller.yaml).
 */
export function egressOnlyToApiServer(model: ClusterModel, cls: EndpointClass): boolean {
  const index = policiesFor(model, cls.rep.namespace);
  let allows = 0;
  for (const { policies } of index.tiers) {
    for (const p of policies) {
      if (p.egress === null || !classSatisfies(cls, p.subject)) continue;
      for (const r of p.egress) {
        if (r.action !== 'Allow' || r.inert !== undefined) continue;
        allows++;
        const only = r.ports.include !== null && r.ports.include.length > 0 && r.ports.include.every((e) => e.protocol === 'TCP' && e.from === API_SERVER_PORT && e.to === API_SERVER_PORT);
        if (!only) return false;
      }
    }
  }
  return allows > 0;
}

/** A `from`/`to` peer of a Kubernetes NetworkPolicy; its path is made only when asked (for a finding). */
export class PeerRef {
  constructor(
    readonly direction: 'ingress' | 'egress',
    readonly rule: number,
    readonly key: 'from' | 'to',
    readonly index: number,
    readonly peer: Record<string, unknown>,
  ) {}

  get path(): (string | number)[] {
    return ['spec', this.direction, this.rule, this.key, this.index];
  }
}

/**
 * Every `from`/`to` peer of a Kubernetes NetworkPolicy spec. Several rules read the peers of each
 * policy: the walk is made once while the policy's rules run.
 */
export function kubernetesPeers(spec: unknown): readonly PeerRef[] {
  return isObject(spec) ? peersOf(spec) : NOTHING;
}

const peersOf = lastOnly((spec: Record<string, unknown>): readonly PeerRef[] => {
  const out: PeerRef[] = [];
  for (const [dir, key] of PEER_KEYS) {
    forEachRuleItem(spec[dir], key, (i, j, peer) => out.push(new PeerRef(dir, i, key, j, peer)));
  }
  return out;
});

/** The two directions of a NetworkPolicy with the key of their peer lists. */
export const PEER_KEYS = [
  ['ingress', 'from'],
  ['egress', 'to'],
] as const;

const NOTHING: readonly never[] = [];

/** Calls `visit(rule index, item index, item)` for each object item of each rule's `listKey` list. */
function forEachRuleItem(rules: unknown, listKey: string, visit: (rule: number, index: number, item: Record<string, unknown>) => void): void {
  if (!Array.isArray(rules)) return;
  for (let i = 0; i < rules.length; i++) {
    const rule: unknown = rules[i];
    const list = isObject(rule) ? rule[listKey] : undefined;
    if (!Array.isArray(list)) continue;
    for (let j = 0; j < list.length; j++) {
      const item: unknown = list[j];
      if (isObject(item)) visit(i, j, item);
    }
  }
}

/** A `ports` entry of a Kubernetes NetworkPolicy rule; its path is made only when asked (for a finding). */
export class PortRef {
  constructor(
    readonly direction: 'ingress' | 'egress',
    readonly rule: number,
    readonly index: number,
    readonly entry: Record<string, unknown>,
  ) {}

  get path(): (string | number)[] {
    return ['spec', this.direction, this.rule, 'ports', this.index];
  }
}

/** Every `ports` entry of every rule of a Kubernetes NetworkPolicy spec (walked once while the policy's rules run). */
export function kubernetesPorts(spec: unknown): readonly PortRef[] {
  return isObject(spec) ? portsOf(spec) : NOTHING;
}

const portsOf = lastOnly((spec: Record<string, unknown>): readonly PortRef[] => {
  const out: PortRef[] = [];
  for (const [dir] of PEER_KEYS) forEachRuleItem(spec[dir], 'ports', (i, j, entry) => out.push(new PortRef(dir, i, j, entry)));
  return out;
});
