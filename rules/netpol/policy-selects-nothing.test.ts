import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-selects-nothing.js';

const deploy = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app: website}}
spec: {template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web}]}}}
---
`;
const policy = (selector: string) => `${deploy}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  podSelector: ${selector}
`;

ruleTester(rule, {
  valid: [
    { name: 'selects the pod template labels', code: policy('{matchLabels: {app: web}}') },
    { name: 'no workload in the namespace (nothing to compare with)', code: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec: {podSelector: {matchLabels: {app: x}}}\n' },
  ],
  invalid: [
    {
      name: 'selects the Deployment\'s own labels instead of the template\'s',
      code: policy('{matchLabels: {app: website}}'),
      errors: [{ messageId: 'nothing', line: 10, column: 3, message: 'NetworkPolicy shop/p selects none of the 1 workload in namespace shop' }],
    },
    {
      name: 'a Calico GlobalNetworkPolicy',
      code: `${deploy}apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\nspec:\n  selector: app == 'api'\n`,
      errors: [{ messageId: 'nothing', line: 10, column: 13 }],
    },
  ],
});
