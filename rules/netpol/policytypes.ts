import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'netpol/policytypes',
    description: '`policyTypes` lists at most two entries, each `Ingress` or `Egress`; the API server rejects anything else.',
    severity: 'error',
    remediation: 'Write `policyTypes: [Ingress]`, `[Egress]` or `[Ingress, Egress]` (capitalised).',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      invalid: 'policyTypes entry {{value}} is not Ingress or Egress{{hint}}',
      tooMany: 'policyTypes lists {{count}} entries; at most two (Ingress and Egress) are allowed',
    },
    docs: 'Source: Kubernetes `ValidateNetworkPolicySpec`.',
  },
  check(resource, ctx) {
    const types = asObject(resource.value.spec).policyTypes;
    if (!Array.isArray(types)) return;
    types.forEach((t, i) => {
      if (t === 'Ingress' || t === 'Egress') return;
      const fixed = typeof t === 'string' ? ['Ingress', 'Egress'].find((x) => x.toLowerCase() === t.toLowerCase()) : undefined;
      ctx.report({ path: ['spec', 'policyTypes', i], messageId: 'invalid', data: { value: JSON.stringify(t), hint: fixed ? ` (write ${fixed}: the value is case-sensitive)` : '' } });
    });
    if (types.length > 2) ctx.report({ path: ['spec', 'policyTypes'], messageId: 'tooMany', data: { count: String(types.length) } });
  },
});
