import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './rules-ignored-by-policytypes.js';

const policy = (spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  podSelector: {matchLabels: {app: cart}}
${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'both directions listed', code: policy('  policyTypes: [Ingress, Egress]\n  ingress: [{}]\n  egress: [{}]\n') },
    { name: 'no policyTypes: they follow the rules written', code: policy('  ingress: [{}]\n') },
    { name: 'an empty list of rules is none', code: policy('  policyTypes: [Egress]\n  ingress: []\n  egress: [{}]\n') },
    { name: 'a policyTypes value the API refuses is another rule\'s', code: policy('  policyTypes: [egress]\n  ingress: [{}]\n') },
  ],
  invalid: [
    {
      // The classic slip: an egress lock-down added to a policy that also meant to admit ingress.
      name: 'ingress rules under policyTypes [Egress]',
      code: policy('  policyTypes: [Egress]\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: web}}}]\n  egress: [{}]\n'),
      errors: [
        {
          messageId: 'ignored',
          line: 7,
          column: 3,
          message: '1 ingress rule is ignored: policyTypes lists Egress, not Ingress, so this policy does not apply to ingress traffic at all; add Ingress to policyTypes, or remove the rules',
        },
      ],
    },
    {
      name: 'egress rules under policyTypes [Ingress]',
      code: policy('  policyTypes: [Ingress]\n  egress: [{}, {}]\n'),
      errors: [{ messageId: 'ignored', line: 7, column: 3, message: /^2 egress rules are ignored: policyTypes lists Ingress, not Egress/ }],
    },
  ],
});
