import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './label-selector.js';

ruleTester(rule, {
  valid: [
    { name: 'null values decode as "" in Go, a valid label value (matchLabels and matchExpressions values)', code: `
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec:
        podSelector:
          matchLabels: { app: }
          matchExpressions: [{ key: tier, operator: In, values: [null] }]
    ` },
    { name: 'matchLabels and every operator used correctly', code: `
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec:
        podSelector: { matchLabels: { app.kubernetes.io/name: web } }
        ingress:
          - from:
              - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: ops } }
                podSelector:
                  matchExpressions:
                    - { key: tier, operator: In, values: [a, b] }
                    - { key: env, operator: NotIn, values: [dev] }
                    - { key: canary, operator: DoesNotExist }
                    - { key: role, operator: Exists }
    ` },
    { name: 'a non-string matchLabels value is reported by cluster/label-value-type', code: `
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata: { name: p, namespace: x }
      spec:
        podSelector: { matchLabels: { enabled: true } }
    ` },
  ],
  invalid: [
    {
      name: 'an invalid key in spec.podSelector and in a peer namespaceSelector',
      code: `
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          podSelector:
            matchLabels: { "NoUppercase=Equals": b }
          ingress:
            - from:
                - namespaceSelector: { matchLabels: { "team name": a } }
      `,
      errors: [
        { messageId: 'invalid', line: 6, column: 42, message: /label key name "NoUppercase=Equals"/ },
        { messageId: 'invalid', line: 9, column: 60, message: /label key name "team name"/ },
      ],
    },
    {
      name: 'matchExpressions: unknown operator, In without values, Exists with values, a bad value',
      code: `
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          podSelector: {}
          egress:
            - to:
                - podSelector:
                    matchExpressions:
                      - { key: tier, operator: in, values: [a] }
                      - { key: tier, operator: In, values: [] }
                      - { key: tier, operator: Exists, values: [a] }
                      - { key: tier, operator: NotIn, values: ["a b"] }
      `,
      errors: [
        { messageId: 'invalid', line: 10, column: 40, message: /unknown operator "in" \(expected In, NotIn, Exists or DoesNotExist; operators are case-sensitive\)/ },
        { messageId: 'invalid', line: 11, column: 44, message: 'values must be non-empty when operator is In' },
        { messageId: 'invalid', line: 12, column: 48, message: 'values must be empty when operator is Exists' },
        { messageId: 'invalid', line: 13, column: 56, message: /label value "a b"/ },
      ],
    },
    {
      name: 'a misspelt selector field',
      code: `
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          podSelector: { matchLabel: { app: web } }
      `,
      errors: [{ messageId: 'invalid', line: 5, column: 18, message: /unknown field "matchLabel"/ }],
    },
  ],
});
