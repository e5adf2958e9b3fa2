import { kubernetesPorts } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

export default defineRule({
  meta: {
    id: 'netpol/protocol',
    description: 'A NetworkPolicy port `protocol` is `TCP`, `UDP` or `SCTP` (upper case; TCP when omitted); the API server rejects anything else, ICMP included.',
    severity: 'error',
    remediation: 'Write `TCP`, `UDP` or `SCTP`. Kubernetes NetworkPolicy cannot match ICMP; use a Calico policy (`protocol: ICMP`) for that.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { invalid: 'protocol {{protocol}} is not TCP, UDP or SCTP{{hint}}' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicyPort` (supported values TCP, UDP, SCTP).',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const protocol = ref.entry.protocol;
      if (protocol === undefined || protocol === null || PROTOCOLS.includes(protocol as string)) continue;
      const upper = typeof protocol === 'string' ? protocol.toUpperCase() : '';
      const hint = PROTOCOLS.includes(upper) ? ` (write ${upper}: the value is case-sensitive)` : '';
      ctx.report({ path: [...ref.path, 'protocol'], messageId: 'invalid', data: { protocol: JSON.stringify(protocol), hint } });
    }
  },
});
