import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-types-duplicate.js';

ruleTester(rule, {
  valid: [
    { name: 'both types once', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: g }
      spec: { types: [Ingress, Egress] }
    ` },
  ],
  invalid: [
    {
      name: 'Ingress twice',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          types: [Ingress, Ingress]
      `,
      errors: [{ messageId: 'duplicate', line: 5, column: 20, message: "'Ingress' type specified more than once" }],
    },
  ],
});
