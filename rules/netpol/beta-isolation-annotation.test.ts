// microservices-demo/microservices-demo deploy/kubernetes/manifests-policy (at 9dff06f) annotates its
// sock-shop Namespace this way, written for Kubernetes 1.5's beta NetworkPolicy.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './beta-isolation-annotation.js';

ruleTester(rule, {
  valid: [
    { name: 'a Namespace without the annotation', code: 'apiVersion: v1\nkind: Namespace\nmetadata: { name: shop, annotations: { owner: team-a } }\n' },
  ],
  invalid: [
    {
      name: 'the DefaultDeny isolation annotation',
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: sock-shop
  annotations:
    net.beta.kubernetes.io/network-policy: |
      {
        "ingress": {
          "isolation": "DefaultDeny"
        }
      }
`,
      errors: [
        {
          messageId: 'obsolete',
          line: 6,
          column: 5,
          message: 'annotation net.beta.kubernetes.io/network-policy ({ "ingress": { "isolation": "DefaultDeny" } }) was the beta NetworkPolicy API\'s namespace isolation (Kubernetes 1.3–1.6); nothing reads it since networking.k8s.io/v1, so namespace sock-shop is not isolated by it',
        },
      ],
    },
  ],
});
