// docs.tigera.io reference/resources/tier, "How policy is evaluated": a Pass hands the packet to the
// next tier with a policy for the endpoint; after the last, the endpoint's profiles decide, and on
// Kubernetes the namespace and service account profiles allow. Kubernetes NetworkPolicies sit in
// the default tier at order 1000.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './pass-to-profiles.js';

const PASS_GNP = (order: number, tier = '') => `apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: kube-system-pass}
spec:
  ${tier}order: ${order}
  namespaceSelector: projectcalico.org/name == 'shop'
  types: [Ingress]
  ingress:
  - action: Pass
    source: {namespaceSelector: projectcalico.org/name == 'kube-system'}
  - action: Deny
---
`;
const K8S_NP = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-frontend, namespace: shop}
spec:
  podSelector: {}
  ingress: [{from: [{podSelector: {matchLabels: {app: frontend}}}]}]
`;
const TIER = (name: string, order: number) => `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: ${name}}
spec: {order: ${order}}
---
`;

ruleTester(rule, {
  valid: [
    { name: 'a Pass in a tier before the default tier, which holds the Kubernetes policies', code: TIER('security', 100) + PASS_GNP(10, 'tier: security\n  ') + K8S_NP },
    { name: 'a Pass with a tier after it that holds a policy', code: TIER('later', 2000000) + PASS_GNP(10) + 'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: later.deny}\nspec: {tier: later, selector: all(), types: [Ingress]}\n' },
  ],
  invalid: [
    {
      // The blind-lint repro: kube-system's pods reach shop/web although the NetworkPolicy lets in only the frontend.
      name: 'a Pass in the default tier ahead of a Kubernetes NetworkPolicy',
      code: PASS_GNP(10) + K8S_NP,
      errors: [{ messageId: 'toProfiles', line: 9, column: 5, message: "spec.ingress[0] passes ingress traffic out of tier default, and no tier after it holds a policy: Calico hands it to the endpoints' profiles, which allow it, skipping the later policies of the tier (the Kubernetes NetworkPolicies among them)" }],
    },
    {
      name: 'a Pass ordered after the Kubernetes policies',
      code: PASS_GNP(1500) + K8S_NP,
      errors: [{ messageId: 'toProfiles', line: 9, column: 5, message: /skipping the later policies of the tier$/ }],
    },
  ],
});
