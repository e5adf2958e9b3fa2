/**
 * Resources → the cluster model the evaluator reads: namespaces, endpoints, policies of every
 * supported kind (Kubernetes and Calico), tiers, and the external address atoms that the
 * policies' CIDRs induce.
 */
import { cidrBounds, network, parseCidr, type Cidr } from '../cidr.js';
import { parseCalicoCidrOrIp } from '../calico-formats.js';
import type { ClusterFactsConfig } from '../config.js';
import { buildModel } from '../model.js';
import type { Resource } from '../types.js';
import { ADMIN_POLICY_TIERS, adminPolicy, isAdminPolicy } from './admin.js';
import { AtomTable } from './atoms.js';
import { CALICO_GROUPS, calicoPolicy, calicoTiers, isCalicoPolicy, type SetNets } from './calico.js';
import { matchSet, overlapsPodSpace } from './match.js';
import { pushTo } from '../multimap.js';
import { collectEndpoints, ensureNamespace, labelsOf, namespaceProfileLabels, type EndpointModel } from './endpoints.js';
import { externalAtoms } from './externals.js';
import { isKubernetesNetworkPolicy, kubernetesPolicy } from './kubernetes.js';
import { asArray, asRecord } from './endpoints.js';
import { cidrAt } from './kubernetes.js';
import { lazyServiceIndex } from './services.js';
import type { Atom, Cluster, ModelProblem, NamespaceInfo, NetworkSet, Policy, WorkloadEndpoint } from './model.js';

/**
 * The cluster `reach`, `diff` and `expect` answer for: {@link buildCluster} as applied (a policy the
 * API server refuses is left out), with the pod CIDRs the model's facts give (`config` and the
 * input's kind or kubeadm configuration).
 */
export function clusterOf(resources: readonly Resource[], config: ClusterFactsConfig = {}, endpointsOf?: (resources: readonly Resource[]) => EndpointModel): Cluster {
  return buildCluster(resources, buildModel(resources, config).facts.podCIDRs.map((f) => f.cidr), endpointsOf, { applied: true });
}

/** What a problem that leaves its policy out says after its reason. */
export const LEFT_OUT = 'so it is left out here: a cluster never holds it';

/** The first pod CIDR of each family, as networks: where a pod whose IP is not written gets one. */
export function podRanges(cidrs: readonly string[]): Cidr[] {
  const out: Cidr[] = [];
  for (const text of cidrs) {
    const parsed = parseCidr(text);
    if (parsed.ok && !out.some((c) => c.family === parsed.cidr.family)) out.push(network(parsed.cidr));
  }
  return out;
}

/** A Calico NetworkSet or GlobalNetworkSet. */
export function isNetworkSet(r: Resource): boolean {
  return CALICO_GROUPS.has(r.group) && (r.kind === 'NetworkSet' || r.kind === 'GlobalNetworkSet');
}

/**
 * Calico NetworkSet / GlobalNetworkSet: labels and `nets`; `allowedEgressDomains` is not evaluated
 * (reported). A NetworkSet lives in a namespace that exists, written in the input or not (added to
 * `namespaces`: a selector scoped to every namespace, a GlobalNetworkPolicy rule's, picks it
 * there), and inherits that namespace's labels under `pcns.` after its own
 * (updateprocessors/networksetprocessor.go gives it the namespace's profile).
 */
export function networkSets(resources: readonly Resource[], problems: ModelProblem[], namespaces: Map<string, NamespaceInfo>): NetworkSet[] {
  const out: NetworkSet[] = [];
  for (const r of resources) {
    if (!isNetworkSet(r)) continue;
    const spec = asRecord(r.value.spec) ?? {};
    const namespace = r.kind === 'NetworkSet' ? (r.namespace ?? 'default') : null;
    const labels: Record<string, string> = { ...(namespace === null ? {} : namespaceProfileLabels(ensureNamespace(namespaces, namespace))), ...labelsOf(asRecord(r.value.metadata)?.labels) };
    if (namespace !== null) labels['projectcalico.org/namespace'] = namespace;
    // libcalico-go reads them with cnet.ParseCIDROrIP (updateprocessors/networksetprocessor.go).
    const nets = asArray(spec.nets).flatMap((n, i) => cidrAt(n, r, ['spec', 'nets', i], problems, parseCalicoCidrOrIp) ?? []);
    if (asArray(spec.allowedEgressDomains).length > 0) {
      problems.push({ message: `${r.kind} ${r.name}: allowedEgressDomains are not evaluated (reach has no DNS); only nets are`, resource: r, path: ['spec', 'allowedEgressDomains'] });
    }
    out.push({ id: namespace === null ? `GlobalNetworkSet ${r.name}` : `NetworkSet ${namespace}/${r.name}`, namespace, labels, nets });
  }
  return out;
}

/**
 * For calico.ts byAddress: per rule selector atom, the ranges of the network sets it picks that may
 * hold a pod's address (a written pod IP, the pod CIDRs, else the assumed private ranges), once per
 * atom. Undefined when no set's range may hold one: then selectors pick pods by labels alone.
 */
function setNetsOf(sets: readonly NetworkSet[], namespaces: ReadonlyMap<string, NamespaceInfo>, ranges: readonly Cidr[], endpoints: readonly WorkloadEndpoint[]): SetNets | undefined {
  if (sets.length === 0) return undefined;
  const holdsWrittenIp = writtenIpTest(endpoints);
  const holding = sets.map((s) => ({ set: s, nets: s.nets.filter((c) => overlapsPodSpace(c, ranges) || holdsWrittenIp(c)) })).filter((x) => x.nets.length > 0);
  if (holding.length === 0) return undefined;
  const memo = new Map<number, readonly Cidr[]>();
  return (atom) => {
    let nets = memo.get(atom.id);
    if (nets === undefined) memo.set(atom.id, (nets = holding.filter((x) => matchSet(atom, x.set, namespaces)).flatMap((x) => x.nets)));
    return nets;
  };
}

/** Whether a range holds one of the pod addresses the input writes: a binary search per family. */
function writtenIpTest(endpoints: readonly WorkloadEndpoint[]): (c: Cidr) => boolean {
  const byFamily = new Map<number, bigint[]>();
  for (const e of endpoints) for (const ip of e.ips) pushTo(byFamily, ip.family, ip.value);
  for (const values of byFamily.values()) values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return (c) => {
    const values = byFamily.get(c.family);
    if (values === undefined) return false;
    const { lo, hi } = cidrBounds(c);
    let a = 0;
    let b = values.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (values[mid] < lo) a = mid + 1;
      else b = mid;
    }
    return a < values.length && values[a] <= hi;
  };
}

/**
 * The cluster model of `resources`. `podCIDRs` are the ranges pod IPs come from (the model's facts:
 * `.netlint.yaml` `cluster.podCIDR`, a kind or kubeadm configuration in the input): with them, a
 * pod whose IP is not written is inside an address block that holds its whole range, and outside
 * one of another family or disjoint from it (match.ts blockContains).
 */
export function buildCluster(resources: readonly Resource[], podCIDRs: readonly string[] = [], endpointsOf: (resources: readonly Resource[]) => EndpointModel = collectEndpoints, options: { applied?: boolean } = {}): Cluster {
  // `endpointsOf`: collectEndpoints, or a caller's copy of its answer for resources whose
  // namespaces, service accounts and workloads it knows to be those (a diff's policy-only variants).
  const { namespaces, endpoints, excluded, problems } = endpointsOf(resources);
  const ranges = podRanges(podCIDRs);
  if (ranges.length > 0) for (const e of endpoints) if (e.ips.length === 0) e.ranges = ranges;
  for (const r of resources) {
    // `namespace: n` or `on` unquoted is a YAML 1.1 boolean: Kubernetes rejects it, and here the object would fall into "default".
    const written = (r.value.metadata as Record<string, unknown> | undefined)?.namespace;
    if (written !== undefined && written !== null && typeof written !== 'string') {
      problems.push({ message: `metadata.namespace is ${JSON.stringify(written)}, not a string (quote it); the object is placed in namespace "${r.namespace ?? 'default'}" here`, resource: r, path: ['metadata', 'namespace'] });
    }
  }
  // Their problems are reported after the policies' (the order they were always reported in).
  const setProblems: ModelProblem[] = [];
  const sets = networkSets(resources, setProblems, namespaces);
  const atoms = new AtomTable();
  const policies: Policy[] = [];
  const services = lazyServiceIndex(resources);
  const setNets = setNetsOf(sets, namespaces, ranges, endpoints);
  for (const r of resources) {
    const mark = atoms.size;
    const problemsBefore = problems.length;
    let p: Policy | null = null;
    if (isKubernetesNetworkPolicy(r)) p = kubernetesPolicy(r, atoms, problems);
    else if (isAdminPolicy(r)) p = adminPolicy(r, atoms, problems);
    // Without pod CIDRs pods are taken to be IPv4 (match.ts blockContains).
    else if (isCalicoPolicy(r)) p = calicoPolicy(r, atoms, problems, services, ranges.length > 0 ? ranges.map((c) => c.family) : [4], setNets);
    if (p === null) continue;
    // As applied, a policy the API server refuses is not there: its reasons are said, nothing else of it counts.
    if (options.applied && problems.some((x, i) => i >= problemsBefore && x.rejected)) {
      const reasons = problems.splice(problemsBefore).filter((x) => x.rejected);
      problems.push(...reasons.map((x) => ({ ...x, message: `${x.message}, ${LEFT_OUT}` })));
      atoms.rollback(mark);
      continue;
    }
    policies.push(p);
  }
  for (const p of policies) if (p.namespace !== null) ensureNamespace(namespaces, p.namespace);
  // The admin policy tiers exist where such policies do (Calico creates them on install).
  const builtin = ADMIN_POLICY_TIERS.filter((t) => policies.some((p) => p.tier === t.name));
  const tiers = calicoTiers(resources, policies, problems, builtin);
  problems.push(...setProblems);
  const blocks = atoms.atoms.filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block');
  return { namespaces, endpoints, externals: externalAtoms(blocks, sets), policies, tiers, excluded, problems, atoms: atoms.atoms, networkSets: sets, podRanges: ranges };
}
