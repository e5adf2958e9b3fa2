import { plural } from '../../src/engine/plural.js';
import { endpointsIn, policyOf, reachCluster, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'netpol/policy-selects-nothing',
    description: 'A policy selects no workload of the input although its namespace (or, for a GlobalNetworkPolicy, the input) has workloads: a typo in a label or selector, or a policy left behind.',
    severity: 'warning',
    remediation: 'Fix the selector to match the workload labels (pod template labels, not the Deployment\'s own), or delete the policy.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: { nothing: '{{policy}} selects none of the {{workloads}} in {{scope}}' },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const cluster = reachCluster(ctx.model);
    const inScope = policy.namespace === null ? cluster.endpoints : endpointsIn(cluster, policy.namespace);
    if (inScope.length === 0 || selectingClasses(ctx.model, policy).length > 0) return;
    const key = policy.source === 'kubernetes' ? 'podSelector' : 'selector';
    ctx.report({
      path: ['spec', key],
      messageId: 'nothing',
      data: { policy: policy.id, workloads: plural(inScope.length, 'workload'), scope: policy.namespace === null ? 'the input' : `namespace ${policy.namespace}` },
    });
  },
});
