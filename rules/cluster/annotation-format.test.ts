import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './annotation-format.js';

ruleTester(rule, {
  valid: [
    { name: 'upper case is allowed in annotation keys', code: `
      apiVersion: v1
      kind: Node
      metadata:
        name: rr-1
        annotations:
          projectcalico.org/RouteReflectorClusterID: 244.0.0.1
          Example.COM/Owner: team-a
    ` },
    { name: '"İ" in a key lowers to a plain "i" as Go lowers it (apimachinery ValidateAnnotations)', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: x
        annotations: { example.com/İd: a }
    ` },
    { name: 'an annotation just under 256 KiB', code: `
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: big
        annotations: { k: ${'x'.repeat(256 * 1024 - 1)} }
    ` },
    { name: 'a Calico rule\'s own annotations, and a Kubernetes NetworkPolicy rule, which has no metadata to check', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: g }
      spec:
        ingress:
          - action: Allow
            metadata: { annotations: { example.com/Owner: team-a } }
    ` },
    {
      // drone/envsubst fills these before the file is applied (cluster-api-provider-aws's
      // config/rbac/serviceaccount.yaml): YAML reads the first as a key holding `${ROLE_ARN/#arn/…`.
      name: 'an envsubst placeholder standing for annotations, a whole entry or the map',
      code: `
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: sa
          annotations:
            \${ROLE_ARN/#arn/eks.amazonaws.com/role-arn: arn}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: sb
          annotations: \${EXTRA_ANNOTATIONS,,}
      `,
    },
  ],
  invalid: [
    {
      name: 'a key with two slashes is quoted as written, capitals included',
      code: `
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: sa
          annotations: { Example.COM/a/b: x }
      `,
      errors: [{ messageId: 'badKey', line: 5, column: 18, message: /"Example\.COM\/a\/b"/ }],
    },
    {
      // libcalico-go validator.go validateRuleMetadata → validateObjectMetaAnnotations (v3.32.1; validator_test.go
      // "should reject Rule with invalid annotations").
      name: 'a Calico rule annotation key that is no qualified name, in a policy and a staged one',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          egress:
            - action: Allow
            - action: Deny
              metadata:
                annotations: { "...": bar }
        ---
        apiVersion: projectcalico.org/v3
        kind: StagedGlobalNetworkPolicy
        metadata: { name: g }
        spec:
          ingress:
            - action: Allow
              metadata: { annotations: { "a b": c } }
      `,
      errors: [
        { messageId: 'badKey', line: 9, column: 24 },
        { messageId: 'badKey', line: 17, column: 34 },
      ],
    },
    {
      name: 'annotations written as a string',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: c, annotations: "owner=team-a" }
      `,
      errors: [{ messageId: 'notMap', line: 3, column: 35, message: 'annotations must be a map of keys to string values, not the string "owner=team-a": the API server cannot decode the object' }],
    },
    {
      name: 'a key with a space and one with two slashes',
      code: `
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
          annotations:
            "my note": x
            a/b/c: y
      `,
      errors: [
        { messageId: 'badKey', line: 6, column: 5, message: /annotation key name "my note"/ },
        { messageId: 'badKey', line: 7, column: 5, message: /annotation key "a\/b\/c" may contain at most one "\/"/ },
      ],
    },
    {
      name: 'annotations over 256 KiB in a pod template',
      code: `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          template:
            metadata:
              annotations: { k: ${'x'.repeat(256 * 1024)} }
      `,
      errors: [{ messageId: 'tooLarge', line: 7, column: 7, message: 'the annotations take 262145 bytes: the API server allows at most 262144 bytes (256 KiB) per object' }],
    },
    {
      name: 'the limit counts UTF-8 bytes, not characters',
      code: `
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: notes
          annotations: { k: ${'é'.repeat(128 * 1024)} }
      `,
      errors: [{ messageId: 'tooLarge', line: 5, column: 3, message: /take 262145 bytes/ }],
    },
  ],
});
