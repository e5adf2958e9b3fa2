/**
 * Network policy of enforcers netlint does not evaluate, applied beside Kubernetes NetworkPolicy:
 * Cilium's CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy (cilium.io/v2; Cilium adds the
 * allows of every policy selecting an endpoint, Kubernetes' included, and its deny rules win over
 * them: docs.cilium.io, "Policy Enforcement Modes" and "Deny Policies"), Antrea-native
 * NetworkPolicy and ClusterNetworkPolicy (crd.antrea.io; their tiers come before Kubernetes
 * NetworkPolicy and may Allow, Drop or Pass, the Baseline tier after: antrea
 * docs/antrea-network-policy.md), and GKE's FQDNNetworkPolicy (networking.gke.io, egress to
 * domain names). Where one of them may select a workload, what netlint concludes of its traffic
 * from NetworkPolicy and Calico policy alone (DNS cut off, nothing isolating it, a webhook
 * unreachable) may be wrong: the rules say so and lower such a finding to info, and `reach` notes
 * it.
 */
import { derived, objectLabel } from '../model.js';
import type { ClusterModel } from '../model.js';
import type { Resource } from '../types.js';
import { DEFAULT_NAMESPACE } from './model.js';

interface UnevaluatedKind {
  enforcer: string;
  /** Selects endpoints of every namespace (else only of its own). */
  clusterWide: boolean;
}

const UNEVALUATED_KINDS: ReadonlyMap<string, UnevaluatedKind> = new Map([
  ['cilium.io/CiliumNetworkPolicy', { enforcer: 'Cilium', clusterWide: false }],
  ['cilium.io/CiliumClusterwideNetworkPolicy', { enforcer: 'Cilium', clusterWide: true }],
  ['crd.antrea.io/NetworkPolicy', { enforcer: 'Antrea', clusterWide: false }],
  ['crd.antrea.io/ClusterNetworkPolicy', { enforcer: 'Antrea', clusterWide: true }],
  ['networking.gke.io/FQDNNetworkPolicy', { enforcer: 'GKE', clusterWide: false }],
]);

export interface UnevaluatedPolicy extends UnevaluatedKind {
  resource: Resource;
}

/** The input's policies of other enforcers, in input order. */
export function unevaluatedPoliciesOf(resources: readonly Resource[]): UnevaluatedPolicy[] {
  const out: UnevaluatedPolicy[] = [];
  for (const resource of resources) {
    const kind = UNEVALUATED_KINDS.get(resource.groupKind);
    if (kind !== undefined) out.push({ resource, ...kind });
  }
  return out;
}

const unevaluatedPolicies = derived('netpol/unevaluated-policies', (m) => unevaluatedPoliciesOf(m.resources));

/** Those that may select an endpoint of one of `namespaces`: cluster-wide ones, and namespaced ones there. */
export function unevaluatedFor(model: ClusterModel, namespaces: Iterable<string>): UnevaluatedPolicy[] {
  const all = unevaluatedPolicies(model);
  if (all.length === 0) return all;
  const wanted = new Set(namespaces);
  // A namespaced one written without a namespace lands in `default` when applied, as workloads do here.
  return all.filter((p) => p.clusterWide || wanted.has(p.resource.namespace ?? DEFAULT_NAMESPACE));
}

/** Names the first of `policies` and counts the rest: `CiliumNetworkPolicy shop/l3-rule and 2 more`. */
export function describeUnevaluated(policies: readonly UnevaluatedPolicy[]): string {
  const more = policies.length > 1 ? ` and ${policies.length - 1} more` : '';
  return `${objectLabel(policies[0].resource)}${more}`;
}

/**
 * What a finding adds when policies netlint does not evaluate may change its conclusion (`effect`:
 * "allow it", "isolate them"), with info as its severity; null when there are none.
 */
export function unevaluatedCaveat(model: ClusterModel, namespaces: Iterable<string>, effect: string): { caveat: string; severity: 'info' } | null {
  const policies = unevaluatedFor(model, namespaces);
  if (policies.length === 0) return null;
  const enforcers = [...new Set(policies.map((p) => p.enforcer))].join(' and ');
  return { caveat: `netlint does not evaluate ${enforcers} policy, and ${describeUnevaluated(policies)} may ${effect}`, severity: 'info' };
}
