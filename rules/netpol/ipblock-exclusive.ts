import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'netpol/ipblock-exclusive',
    description: 'A NetworkPolicy peer with `ipBlock` may not also set `podSelector` or `namespaceSelector`; the API server rejects the policy ("may not specify both ipBlock and another peer").',
    severity: 'error',
    remediation: 'Split it into two peers of the same rule: one with the `ipBlock`, one with the selectors (peers of a rule are ORed).',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { both: 'this {{key}} peer sets ipBlock together with {{selectors}}; the API server rejects the policy ("may not specify both ipBlock and another peer")' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicyPeer`.',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const p = ref.peer;
      if (p.ipBlock === undefined || p.ipBlock === null) continue;
      const selectors = (['podSelector', 'namespaceSelector'] as const).filter((k) => p[k] !== undefined && p[k] !== null);
      if (selectors.length > 0) ctx.report({ path: [...ref.path, 'ipBlock'], messageId: 'both', data: { key: ref.key, selectors: selectors.join(' and ') } });
    }
  },
});
