import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipblock-exclusive.js';

const egress = (to: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: api, namespace: shop }
  spec:
    podSelector: {}
    policyTypes: [Egress]
    egress:
      - to:
${to}
`;

ruleTester(rule, {
  valid: [
    { name: 'ipBlock and selectors in separate peers', code: egress('          - ipBlock: { cidr: 192.0.2.0/24 }\n          - podSelector: { matchLabels: { app: db } }') },
    { name: 'a null selector beside ipBlock does not count', code: egress('          - ipBlock: { cidr: 192.0.2.0/24 }\n            podSelector: null') },
  ],
  invalid: [
    {
      name: 'ipBlock with a podSelector in one peer',
      code: egress('          - ipBlock: { cidr: 192.0.2.0/24 }\n            podSelector: { matchLabels: { app: db } }'),
      errors: [{ messageId: 'both', line: 9, column: 11, message: 'this to peer sets ipBlock together with podSelector; the API server rejects the policy ("may not specify both ipBlock and another peer")' }],
    },
  ],
});
