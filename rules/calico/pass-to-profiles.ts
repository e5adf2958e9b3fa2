/**
 * A `Pass` rule in the last tier that holds policies: Calico hands passed traffic to the next tier
 * with a policy for the endpoint, and after the last one to the endpoint's profiles (docs.tigera.io
 * reference/resources/tier, "How policy is evaluated"). On Kubernetes those are the namespace and
 * service account profiles (kns.*, ksa.*), which allow everything, so the rule allows what it
 * passes, past every later policy of its tier: in the default tier, the Kubernetes
 * NetworkPolicies among them (their order is 1000).
 */
import { DEFAULT_TIER_ORDER } from '../../src/engine/netpol/calico.js';
import { DEFAULT_TIER } from '../../src/engine/netpol/model.js';
import { KUBE_ADMIN_TIER, KUBE_BASELINE_TIER } from '../../src/engine/netpol/admin.js';
import { policyIndex, policyOf, reachCluster, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatPath } from '../../src/engine/values.js';

/**
 * The last tier, in evaluation order, that holds a policy, the order of the first Kubernetes
 * NetworkPolicy in it (null when it holds none), whether the input declares it, and whether it
 * comes before the default tier. Once per lint.
 */
const lastTier = derived('calico/last-tier', (m): { last: string | null; kubernetesOrder: number | null; declared: boolean; beforeDefault: boolean; passByDefault: boolean } => {
  const cluster = reachCluster(m);
  const withPolicies = new Set(cluster.policies.map((p) => p.tier));
  // cluster.tiers is in evaluation order (ascending order, then name).
  const tier = [...cluster.tiers].reverse().find((t) => withPolicies.has(t.name));
  const last = tier?.name ?? null;
  let kubernetesOrder: number | null = null;
  for (const p of cluster.policies) if (p.tier === last && p.source === 'kubernetes' && (kubernetesOrder === null || p.order < kubernetesOrder)) kubernetesOrder = p.order;
  // Before the default tier, the cluster's Kubernetes NetworkPolicies come next (see docs). A
  // tier the input does not declare has an order netlint does not know.
  const declared = last === DEFAULT_TIER || last === KUBE_ADMIN_TIER.name || last === KUBE_BASELINE_TIER.name || m.byKind('calico/Tier').some((t) => t.name === last);
  return { last, kubernetesOrder, declared, beforeDefault: (tier?.order ?? DEFAULT_TIER_ORDER) < DEFAULT_TIER_ORDER, passByDefault: tier?.defaultAction === 'Pass' };
});

export default defineRule({
  meta: {
    id: 'calico/pass-to-profiles',
    description:
      'A Calico policy in the last tier that holds policies has a `Pass` rule: with no tier after it, Calico hands what it passes to the endpoints\' profiles, which on Kubernetes allow everything, so the rule allows that traffic past every later policy of the tier (in the default tier, the Kubernetes NetworkPolicies too).',
    severity: 'warning',
    remediation: 'Use `Allow` or `Deny` in the last tier, or put the policies the traffic should reach in a tier after this one.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      toProfiles: '{{where}} passes {{direction}} traffic out of tier {{tier}}, and no tier after it holds a policy: Calico hands it to the endpoints\' profiles, which allow it{{skipping}}',
      unknownTier:
        '{{where}} passes {{direction}} traffic out of tier {{tier}}, which the input does not declare: if its order puts it before the default tier, the cluster\'s Kubernetes NetworkPolicies decide next; after the last tier the endpoints\' profiles allow it',
      toDefaultTier:
        '{{where}} passes {{direction}} traffic out of tier {{tier}} to the default tier, where the input holds no policy: there the cluster\'s Kubernetes NetworkPolicies decide it, and where none selects the endpoint Calico hands it to the profiles, which allow it',
    },
    docs: 'A tier ordered before the default tier never ends evaluation: the default tier always exists (Calico\'s `DefaultTierOrder`, 1,000,000) and holds the cluster\'s Kubernetes NetworkPolicies, which an input often does not show. A `Pass` there hands traffic on to them by design (the Tigera operator\'s own policies pass to "subsequent tiers for further enforcement"), so when the input holds no policy in the default tier or after it and none of the workloads the policy selects (an input of policies alone: a platform team\'s tier, an operator\'s rendered policies), the finding is info (`toDefaultTier`); so it is for a tier such an input names but does not declare, whose order is unknown (`unknownTier`). With the workloads in the input, the input is taken to be the cluster, and the warning stands. A Pass in the last policy of a tier whose `defaultAction` is `Pass` does what the tier does anyway (the "pass to the next tier" policy such tiers end with) and is not reported.',
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const { last, kubernetesOrder, declared, beforeDefault, passByDefault } = lastTier(ctx.model);
    if (policy.tier !== last) return;
    // Kubernetes NetworkPolicies sit in the default tier at order 1000: skipped when this policy comes first.
    const kubernetes = kubernetesOrder !== null && kubernetesOrder > policy.order ? ' (the Kubernetes NetworkPolicies among them)' : '';
    // Info only when the input shows none of the workloads the policy selects: an input of policies
    // alone (a platform team's tier, an operator's rendered policies) leaves out what comes next.
    const policiesOnly = selectingClasses(ctx.model, policy).length === 0;
    // Whether a policy of the tier comes after this one (evaluation order: order, then name).
    const later = policyIndex(ctx.model).tiers.find((t) => t.tier.name === last)?.policies.at(-1) !== policy;
    // A tier whose defaultAction is Pass hands on what no rule of it decides: a Pass rule with no
    // policy of the tier after it does what the tier does anyway (Calico's Tier spec.defaultAction,
    // api/pkg/apis/projectcalico/v3/tier.go), the "pass to the next tier" policy such tiers end with.
    if (passByDefault && !later) return;
    for (const [direction, rules] of [['ingress', policy.ingress], ['egress', policy.egress]] as const) {
      for (const rule of rules ?? []) {
        if (rule.action !== 'Pass' || rule.inert !== undefined) continue;
        const data = { where: formatPath(rule.path), direction, tier: last, skipping: later ? `, skipping the later policies of the tier${kubernetes}` : '' };
        if (policiesOnly && !declared) ctx.report({ path: rule.path, messageId: 'unknownTier', severity: 'info', data });
        else if (policiesOnly && beforeDefault) ctx.report({ path: rule.path, messageId: 'toDefaultTier', severity: 'info', data });
        else ctx.report({ path: rule.path, messageId: 'toProfiles', data });
      }
    }
  },
});
