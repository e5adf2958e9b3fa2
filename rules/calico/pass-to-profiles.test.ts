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
const TIER = (name: string, order: number, defaultAction = '') => `apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: ${name}}
spec: {order: ${order}${defaultAction ? `, defaultAction: ${defaultAction}` : ''}}
---
`;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: c}]}\n';

ruleTester(rule, {
  valid: [
    { name: 'a Pass in a tier before the default tier, which holds the Kubernetes policies', code: TIER('security', 100) + PASS_GNP(10, 'tier: security\n  ') + K8S_NP },
    // The tier hands on what none of its rules decides (spec.defaultAction: Pass): its last policy's
    // Pass does what the tier does anyway (a blind lint found the "pass-to-next-tier" policy flagged).
    { name: 'a Pass in the last policy of a tier whose defaultAction is Pass', code: TIER('platform', 100, 'Pass') + PASS_GNP(10, 'tier: platform\n  ') + POD },
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
      // The Tigera operator's allow-tigera policies pass to "subsequent tiers for further enforcement".
      name: 'a Pass in a tier before the default tier, with no policy of the default tier in the input: info',
      code: TIER('platform', 100) + PASS_GNP(10, 'tier: platform\n  '),
      errors: [{ messageId: 'toDefaultTier', line: 15, column: 5, severity: 'info', message: /^spec\.ingress\[0\] passes ingress traffic out of tier platform to the default tier, where the input holds no policy: / }],
    },
    {
      // With the selected workload in the input, the input is the cluster: nothing after the tier (the e2e scenario calico-tier-pass).
      name: 'a Pass in a tier before the default tier, beside the pods it selects and no policy after it: warning',
      code: TIER('platform', 100) + PASS_GNP(10, 'tier: platform\n  ') + POD,
      errors: [{ messageId: 'toProfiles', line: 15, column: 5, severity: 'warning' }],
    },
    {
      // The operator's expected policies name tier allow-tigera, whose Tier object is elsewhere.
      name: 'a Pass in a tier the input does not declare: info',
      code: PASS_GNP(10, 'tier: allow-tigera\n  '),
      errors: [{ messageId: 'unknownTier', line: 10, column: 5, severity: 'info', message: /out of tier allow-tigera, which the input does not declare/ }],
    },
    {
      name: 'a Pass ordered after the Kubernetes policies, the last of its tier: nothing later to skip',
      code: PASS_GNP(1500) + K8S_NP,
      errors: [{ messageId: 'toProfiles', line: 9, column: 5, message: /no tier after it holds a policy: Calico hands it to the endpoints' profiles, which allow it$/ }],
    },
  ],
});
