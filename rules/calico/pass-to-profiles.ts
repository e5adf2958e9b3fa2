/**
 * A `Pass` rule in the last tier that holds policies: Calico hands passed traffic to the next tier
 * with a policy for the endpoint, and after the last one to the endpoint's profiles (docs.tigera.io
 * reference/resources/tier, "How policy is evaluated"). On Kubernetes those are the namespace and
 * service account profiles (kns.*, ksa.*), which allow everything, so the rule allows what it
 * passes, past every later policy of its tier: in the default tier, the Kubernetes
 * NetworkPolicies among them (their order is 1000).
 */
import { policyOf, reachCluster } from '../../src/engine/netpol/rule-support.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatPath } from '../../src/engine/values.js';

/**
 * The last tier, in evaluation order, that holds a policy, and the order of the first Kubernetes
 * NetworkPolicy in it (null when it holds none). Once per lint.
 */
const lastTier = derived('calico/last-tier', (m): { last: string | null; kubernetesOrder: number | null } => {
  const cluster = reachCluster(m);
  const withPolicies = new Set(cluster.policies.map((p) => p.tier));
  // cluster.tiers is in evaluation order (ascending order, then name).
  const last = [...cluster.tiers].reverse().find((t) => withPolicies.has(t.name))?.name ?? null;
  let kubernetesOrder: number | null = null;
  for (const p of cluster.policies) if (p.tier === last && p.source === 'kubernetes' && (kubernetesOrder === null || p.order < kubernetesOrder)) kubernetesOrder = p.order;
  return { last, kubernetesOrder };
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
      toProfiles: '{{where}} passes {{direction}} traffic out of tier {{tier}}, and no tier after it holds a policy: Calico hands it to the endpoints\' profiles, which allow it, skipping the later policies of the tier{{kubernetes}}',
    },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const { last, kubernetesOrder } = lastTier(ctx.model);
    if (policy.tier !== last) return;
    // Kubernetes NetworkPolicies sit in the default tier at order 1000: skipped when this policy comes first.
    const kubernetes = kubernetesOrder !== null && kubernetesOrder > policy.order ? ' (the Kubernetes NetworkPolicies among them)' : '';
    const tier = { name: last };
    for (const [direction, rules] of [['ingress', policy.ingress], ['egress', policy.egress]] as const) {
      for (const rule of rules ?? []) {
        if (rule.action !== 'Pass' || rule.inert !== undefined) continue;
        ctx.report({ path: rule.path, messageId: 'toProfiles', data: { where: formatPath(rule.path), direction, tier: tier.name, kubernetes } });
      }
    }
  },
});
