import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/policy-types-duplicate',
    description: 'A Calico policy lists each of `Ingress` and `Egress` at most once in `types`; Calico rejects a repeated type.',
    severity: 'error',
    remediation: 'Remove the repeated entry from `spec.types`.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: { duplicate: "'{{type}}' type specified more than once" },
  },
  check(resource, ctx) {
    const seen = new Set<unknown>();
    asArray(asObject(resource.value.spec).types).forEach((t, i) => {
      if (seen.has(t)) ctx.report({ path: ['spec', 'types', i], messageId: 'duplicate', data: { type: String(t) } });
      seen.add(t);
    });
  },
});
