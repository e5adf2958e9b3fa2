import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import text from './admin-policy-field-values.yaml';

const rule = builtinDataRule(text, 'rules/netpol/admin-policy-field-values.yaml');

ruleTester(rule, {
  valid: [
    { name: 'an AdminNetworkPolicy and the baseline, as in the API examples', code: `
      apiVersion: policy.networking.k8s.io/v1alpha1
      kind: AdminNetworkPolicy
      metadata: { name: cluster-control }
      spec:
        priority: 34
        subject: { namespaces: {} }
        ingress:
          - name: allow-from-monitoring
            action: Allow
            from: [{ namespaces: { matchLabels: { kubernetes.io/metadata.name: monitoring } } }]
          - action: Pass
            from: [{ pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: a } } } }]
            ports: [{ portNumber: { protocol: TCP, port: 8080 } }, { portRange: { start: 9000, end: 9100 } }, { namedPort: http }]
        egress:
          - action: Deny
            to: [{ networks: [10.0.0.0/8] }]
      ---
      apiVersion: policy.networking.k8s.io/v1alpha1
      kind: BaselineAdminNetworkPolicy
      metadata: { name: default }
      spec:
        subject: { namespaces: {} }
        ingress: [{ action: Deny, from: [{ namespaces: {} }] }]
    ` },
  ],
  invalid: [
    {
      name: 'priority out of range, two subjects, an unknown action, a peer with two selectors, a port with none in range',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: a }
        spec:
          priority: 1001
          subject: { namespaces: {}, pods: { namespaceSelector: {}, podSelector: {} } }
          ingress:
            - action: Log
              from: [{ namespaces: {}, pods: { namespaceSelector: {}, podSelector: {} } }]
              ports: [{ portNumber: { protocol: TCP, port: 0 } }]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 13 },
        { messageId: 'violation', line: 6, column: 3, message: /more than 1/ },
        { messageId: 'violation', line: 8, column: 15, message: /Allow/ },
        { messageId: 'violation', line: 9, column: 14, message: /more than 1/ },
        { messageId: 'violation', line: 10, column: 52 },
      ],
    },
    {
      name: 'a baseline not named default, with Pass and without a peer',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { name: baseline }
        spec:
          subject: { namespaces: {} }
          egress:
            - action: Pass
              to: []
      `,
      errors: [
        { messageId: 'violation', line: 3, column: 19, message: /default/ },
        { messageId: 'violation', line: 7, column: 15, message: /"Allow", "Deny"/ },
        { messageId: 'violation', line: 8, column: 7, message: /fewer than 1/ },
      ],
    },
  ],
});
