/**
 * The scalar evaluator: one direction of one connection, with the reason. It walks tiers in
 * order and, inside a tier, the policies that select the endpoint (ascending order, then name)
 * and their rules; the first Allow or Deny decides, Pass leaves the tier, Log goes on. A tier
 * that selects the endpoint and matched nothing applies its default action (Deny for the default
 * tier, where Kubernetes policies live); an endpoint no tier selects, or that passed out of the
 * last tier, falls to its namespace profile, which allows.
 */
import { matchCond, portMatches } from './match.js';
import type { Action, Cluster, Cond, ContainerPort, Direction, Party, Policy, Rule, Tier } from './model.js';
import { pushTo } from '../multimap.js';

export type VerdictReason =
  /** A rule matched (Allow or Deny). */
  | 'rule'
  /** No policy in any tier selects the endpoint for this direction: the profile allows. */
  | 'no-policy'
  /** Policies select the endpoint but no rule matched: the tier's default (Deny) applies. */
  | 'tier-default'
  /** A Pass rule (or a Pass tier default) left the last tier that selects it: the profile allows. */
  | 'pass-to-profile'
  /** The endpoint is an external address range; policies do not apply to it. */
  | 'external';

export interface Verdict {
  allowed: boolean;
  reason: VerdictReason;
  /** The deciding policy id (rule) or, for `tier-default`, the first selecting policy. */
  policy?: string;
  /** Index of the deciding rule in the policy's direction list. */
  rule?: number;
  action?: Action;
  tier?: string;
  /** For `tier-default`: every policy of that tier that selects the endpoint. */
  selectedBy?: string[];
  /** For `pass-to-profile`: the policy and rule that passed (null when a tier's default passed; `tier` names that tier). */
  passedBy?: { policy: string; rule: number } | null;
}

/** Policies grouped by tier, in evaluation order. */
export interface PolicyIndex {
  tiers: { tier: Tier; policies: Policy[] }[];
}

/**
 * Felix's order within a tier (felix/calc/policy_sorter.go PolKVLess, Calico v3.32): ascending
 * `order`, ties broken by the text `name/namespace/kind`, where a Kubernetes NetworkPolicy's kind is
 * KubernetesNetworkPolicy (libcalico-go k8s/conversion K8sNetworkPolicyToCalico) — so the name
 * decides first, whatever the kind.
 */
function byOrderThenName(a: { policy: Policy; key: string }, b: { policy: Policy; key: string }): number {
  if (a.policy.order !== b.policy.order) return a.policy.order < b.policy.order ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function tieKey(p: Policy): string {
  return `${p.name}/${p.namespace ?? ''}/${p.source === 'kubernetes' ? `Kubernetes${p.kind}` : p.kind}`;
}

export function indexPolicies(cluster: Pick<Cluster, 'tiers' | 'policies'>): PolicyIndex {
  // Each policy's tie key is made once, not once per comparison.
  const byTier = new Map<string, { policy: Policy; key: string }[]>();
  for (const p of cluster.policies) {
    pushTo(byTier, p.tier, { policy: p, key: tieKey(p) });
  }
  return {
    tiers: cluster.tiers.map((tier) => ({ tier, policies: (byTier.get(tier.name) ?? []).sort(byOrderThenName).map((e) => e.policy) })),
  };
}

/**
 * The index split per namespace: each namespace's part holds its namespaced policies and the
 * global ones, in evaluation order (a namespaced policy never selects outside its namespace). One
 * pass over the policies; a namespace not in `namespaces` gets the global policies alone.
 */
export function indexByNamespace(index: PolicyIndex, namespaces: Iterable<string>): (namespace: string) => PolicyIndex {
  const parts = new Map<string, PolicyIndex>();
  const globalOnly: PolicyIndex = { tiers: index.tiers.map(({ tier }) => ({ tier, policies: [] })) };
  for (const ns of namespaces) parts.set(ns, { tiers: index.tiers.map(({ tier }) => ({ tier, policies: [] })) });
  index.tiers.forEach(({ policies }, t) => {
    for (const p of policies) {
      if (p.namespace === null) {
        globalOnly.tiers[t].policies.push(p);
        for (const part of parts.values()) part.tiers[t].policies.push(p);
      } else parts.get(p.namespace)?.tiers[t].policies.push(p);
    }
  });
  return (namespace) => parts.get(namespace) ?? globalOnly;
}

/**
 * How a decision tests conditions: by labels and addresses (the default), or — when the caller
 * knows the parties' equivalence classes — from what each class is known to satisfy.
 */
export interface Matcher {
  /** Whether a policy applies to the subject. */
  selects(p: Policy): boolean;
  /** Whether a rule's condition on the subject (its own selector, e.g. a Calico rule's) holds. */
  local(c: Cond): boolean;
  /** Whether a rule's condition on the other end holds. */
  peer(c: Cond): boolean;
}

function labelMatcher(cluster: Pick<Cluster, 'namespaces'>, subject: Party, peer: Party): Matcher {
  return {
    selects: (p) => matchCond(p.subject, subject, cluster.namespaces),
    local: (c) => matchCond(c, subject, cluster.namespaces),
    peer: (c) => matchCond(c, peer, cluster.namespaces),
  };
}

/** The first rule of `rules` that matches, or null. */
function firstMatchingRule(rules: readonly Rule[], cell: ContainerPort, dstPorts: readonly ContainerPort[], match: Matcher): Rule | null {
  for (const r of rules) {
    if (r.inert !== undefined) continue;
    if (!portMatches(r.ports, cell, dstPorts)) continue;
    if (!match.local(r.local)) continue;
    if (!match.peer(r.peer)) continue;
    if (r.action === 'Log') continue;
    return r;
  }
  return null;
}

/**
 * Decides one direction: `subject` is the endpoint whose policies apply (the destination for
 * ingress, the source for egress), `peer` the other end, `cell` the destination port and
 * `dstPorts` all ports of the destination (named ports resolve there).
 */
export function decide(
  cluster: Pick<Cluster, 'namespaces'>,
  index: PolicyIndex,
  direction: Direction,
  subject: Party,
  peer: Party,
  cell: ContainerPort,
  dstPorts: readonly ContainerPort[],
  /** Callers that know the parties' classes pass faster tests. */
  matcher: Partial<Matcher> = {},
): Verdict {
  if (subject.type === 'external') return { allowed: true, reason: 'external' };
  const match = { ...labelMatcher(cluster, subject, peer), ...matcher };
  let passedBy: Verdict['passedBy'] | undefined;
  let passedTier = '';
  for (const { tier, policies } of index.tiers) {
    const selecting = policies.filter((p) => p[direction] !== null && match.selects(p));
    if (selecting.length === 0) continue;
    let passed: Verdict['passedBy'] | undefined;
    for (const p of selecting) {
      const r = firstMatchingRule(p[direction] as Rule[], cell, dstPorts, match);
      if (r === null) continue;
      if (r.action === 'Pass') {
        passed = { policy: p.id, rule: r.index };
        break;
      }
      return { allowed: r.action === 'Allow', reason: 'rule', policy: p.id, rule: r.index, action: r.action, tier: tier.name };
    }
    if (passed !== undefined) {
      passedBy = passed;
      passedTier = tier.name;
      continue;
    }
    if (tier.defaultAction === 'Deny') {
      return {
        allowed: false,
        reason: 'tier-default',
        tier: tier.name,
        policy: selecting[0].id,
        selectedBy: selecting.map((p) => p.id),
      };
    }
    passedBy = null;
    passedTier = tier.name;
  }
  if (passedBy !== undefined) return { allowed: true, reason: 'pass-to-profile', passedBy, tier: passedTier };
  return { allowed: true, reason: 'no-policy' };
}

export interface ConnectionVerdict {
  allowed: boolean;
  egress: Verdict;
  ingress: Verdict;
}

/** Both directions of `src → dst:cell`: the source's egress and the destination's ingress must allow. */
export function decideConnection(
  cluster: Pick<Cluster, 'namespaces'>,
  index: PolicyIndex,
  src: Party,
  dst: Party,
  cell: ContainerPort,
  dstPorts: readonly ContainerPort[],
): ConnectionVerdict {
  const egress = decide(cluster, index, 'egress', src, dst, cell, dstPorts);
  const ingress = decide(cluster, index, 'ingress', dst, src, cell, dstPorts);
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}
