import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policytypes.js';

const policy = (types: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: deny, namespace: shop }
  spec:
    podSelector: {}
    policyTypes: ${types}
`;

ruleTester(rule, {
  valid: [
    { name: 'both', code: policy('[Ingress, Egress]') },
    { name: 'egress only', code: policy('[Egress]') },
  ],
  invalid: [
    {
      name: 'lower case',
      code: policy('[ingress]'),
      errors: [{ messageId: 'invalid', line: 6, column: 17, message: 'policyTypes entry "ingress" is not Ingress or Egress (write Ingress: the value is case-sensitive)' }],
    },
    {
      name: 'an unknown type and too many entries',
      code: policy('[Ingress, Egress, Inbound]'),
      errors: [
        { messageId: 'tooMany', line: 6, column: 3, message: 'policyTypes lists 3 entries; at most two (Ingress and Egress) are allowed' },
        { messageId: 'invalid', line: 6, column: 34, message: /"Inbound" is not Ingress or Egress$/ },
      ],
    },
  ],
});
