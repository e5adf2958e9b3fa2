import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './label-format.js';

const installation = (spec: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      // tigera/operator v1.42.3 overrides.go validateMetadata: an override's labels are validated like an object's.
      name: "an operator Installation's component overrides with valid labels",
      code: installation('  calicoNodeDaemonSet: { metadata: { labels: { team.example.com/owner: net } }, spec: { template: { metadata: { labels: { tier: node } } } } }\n  typhaDeployment: { metadata: { labels: {} } }\n'),
    },
    { name: 'prefixed keys, empty and dotted values', code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: calico-node
        labels: { k8s-app: calico-node, app.kubernetes.io/version: v3.31.0, empty: "" }
      spec:
        template:
          metadata: { labels: { k8s-app: calico-node } }
          spec:
            nodeSelector: { kubernetes.io/os: linux }
    ` },
    { name: 'a non-string value is left to cluster/label-value-type', code: `
      apiVersion: v1
      kind: Node
      metadata: { name: n1, labels: { route-reflector: true } }
    ` },
  ],
  invalid: [
    {
      name: 'labels written as a list, and a nodeSelector as a string: Go cannot decode them into a map',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          labels: [app, web]
        spec:
          nodeSelector: gpu
          containers: [{ name: c, image: i }]
      `,
      errors: [
        { messageId: 'notMap', line: 5, column: 3, message: 'labels must be a map of keys to string values, not a list: the API server cannot decode the object' },
        { messageId: 'notMap', line: 7, column: 17, message: /^nodeSelector must be a map of keys to string values, not the string "gpu"/ },
      ],
    },
    {
      name: 'key with a space, value too long, upper-case prefix',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata:
          name: p
          labels:
            "rack zone": a
            tier: ${'v'.repeat(64)}
            Example.com/x: y
        spec: { cidr: 10.0.0.0/16 }
      `,
      errors: [
        { messageId: 'badKey', line: 6, column: 5, message: /label key name "rack zone" must be 63 characters or less/ },
        { messageId: 'badValue', line: 7, column: 11, message: /label value "v{64}"/ },
        { messageId: 'badKey', line: 8, column: 5, message: /label key prefix "Example.com" must be a DNS subdomain/ },
      ],
    },
    {
      name: 'pod template labels and nodeSelector keys',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          template:
            metadata:
              labels: { app: -web }
            spec:
              nodeSelector: { "a/b/c": x }
      `,
      errors: [
        { messageId: 'badValue', line: 7, column: 22, path: ['spec', 'template', 'metadata', 'labels', 'app'] },
        { messageId: 'badKey', line: 9, column: 23, message: /may contain at most one "\/"/ },
      ],
    },
    {
      // validation.go validateCustomResource → ValidateReplicatedPodResourceOverrides → validateMetadata (ValidateLabels).
      name: "an operator Installation's override labels: a key with =, a pod template value with a space",
      code: installation('  calicoKubeControllersDeployment: { metadata: { labels: { a=b: x } } }\n  csiNodeDriverDaemonSet: { spec: { template: { metadata: { labels: { ok: has space } } } } }\n'),
      errors: [
        { messageId: 'badKey', line: 5, column: 60, message: /^label key name "a=b" must be 63 characters or less/ },
        { messageId: 'badValue', line: 6, column: 75, message: /^label value "has space" must be/ },
      ],
    },
  ],
});
