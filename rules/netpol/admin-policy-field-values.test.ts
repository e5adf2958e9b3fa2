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
    {
      name: 'the experimental channel\'s egress peers, a free-form protocol (another rule\'s), nulls the server prunes',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: e }
        spec:
          priority: 5
          subject: { pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: a } } } }
          ingress: null
          egress:
            - name: null
              action: Allow
              to: [{ nodes: { matchLabels: { role: infra } } }, { domainNames: ["*.example.com"] }, { networks: [10.0.0.0/8] }]
              ports: [{ portNumber: { protocol: tcp, port: 443 } }, { portRange: { protocol: UDP, start: 5000, end: 5100 } }]
      `,
    },
    {
      name: 'a null protocol (the API server puts TCP in its place) and a baseline with the experimental nodes peer',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { name: default, generateName: ignored- }
        spec:
          subject: { namespaces: {} }
          egress:
            - action: Allow
              to: [{ nodes: {} }]
              ports: [{ portNumber: { protocol: null, port: 6443 } }, { portRange: { protocol: null, start: 30000, end: 32767 } }]
      `,
    },
  ],
  invalid: [
    {
      name: 'the same network twice, the same domain name twice (lists of type set)',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: twice }
        spec:
          priority: 1
          subject: { namespaces: {} }
          egress:
            - action: Deny
              to: [{ networks: [192.0.2.0/24, 192.0.2.0/24] }, { domainNames: [x.example.org, x.example.org] }]
      `,
      errors: [
        { messageId: 'violation', line: 9, column: 39, message: 'spec.egress[0].to[0].networks[1] is the same as spec.egress[0].to[0].networks[0] (uniqueItems) (got 192.0.2.0/24)' },
        { messageId: 'violation', line: 9, column: 87, message: 'spec.egress[0].to[1].domainNames[1] is the same as spec.egress[0].to[1].domainNames[0] (uniqueItems) (got x.example.org)' },
      ],
    },
    {
      name: 'domainNames in a baseline (no channel has it there), a field beside spec, an Accept action said once',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { name: default }
        spec:
          subject: { namespaces: {} }
          egress:
            - action: Accept
              to: [{ domainNames: [example.org] }]
        Spec: {}
      `,
      errors: [
        { messageId: 'violation', line: 7, column: 15, message: 'spec.egress[0].action must be one of "Allow", "Deny" (got Accept)' },
        { messageId: 'violation', line: 8, column: 14, message: 'spec.egress[0].to[0].domainNames is not a known field (got ["example.org"])' },
        { messageId: 'violation', line: 9, column: 1, message: 'Spec is not a known field (got {})' },
      ],
    },
    {
      name: 'a baseline named by generateName alone (it can never be named default)',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { generateName: default }
        spec:
          subject: { namespaces: {} }
      `,
      errors: [{ messageId: 'violation', line: 3, column: 1, message: 'metadata.name is required (got (missing))' }],
    },
    {
      // The "Getting Started with ANP" blog post (network-policy-api site): one peer with two fields
      // (AdminNetworkPolicyEgressPeer is +kubebuilder:validation:MaxProperties=1) whose `pods` also
      // lacks namespaceSelector: the count is wrong whatever the fields hold, so both are said.
      name: 'a peer with two fields, one of them incomplete',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: cluster-basic-allow }
        spec:
          priority: 5
          subject: { namespaces: {} }
          egress:
            - action: Allow
              to:
                - namespaces: { matchLabels: { kubernetes.io/metadata.name: kube-system } }
                  pods: { podSelector: { matchLabels: { app: kube-dns } } }
      `,
      errors: [
        { messageId: 'violation', line: 10, column: 11, message: /^spec\.egress\[0\]\.to\[0\] must NOT have more than 1 properties/ },
        { messageId: 'violation', line: 11, column: 11, message: /^spec\.egress\[0\]\.to\[0\]\.pods\.namespaceSelector is required/ },
      ],
    },
    {
      // network-policy-api's own older examples (cmd/policy-assistant/examples/.../anp2.yaml at
      // v0.1.7): without strict validation the server prunes namespaceSelector, leaving every namespace.
      name: 'peers in an older draft\'s shape, pods without a namespaceSelector, an unknown spec field',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: old }
        spec:
          priority: 20
          subject: { namespaces: { matchLabels: { team: a } } }
          ingres: []
          ingress:
            - action: Allow
              from:
                - namespaces: { namespaceSelector: { matchLabels: { development: "true" } } }
                - pods: { podSelector: { matchLabels: { app: b } } }
      `,
      errors: [
        { messageId: 'violation', line: 7, column: 3, message: 'spec.ingres is not a known field (got [])' },
        { messageId: 'violation', line: 11, column: 25, message: /spec.ingress\[0\].from\[0\].namespaces.namespaceSelector is not a known field/ },
        { messageId: 'violation', line: 12, column: 11, message: /pods.namespaceSelector is required/ },
      ],
    },
    {
      name: 'an ingress rule without from, networks on an ingress peer, a priority on the baseline',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: BaselineAdminNetworkPolicy
        metadata: { name: default }
        spec:
          priority: 3
          subject: { namespaces: {} }
          ingress:
            - action: Deny
            - action: Allow
              from: [{ networks: [10.0.0.0/8] }]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 3, message: /spec.priority is not a known field/ },
        { messageId: 'violation', line: 8, column: 7, message: /from is required/ },
        { messageId: 'violation', line: 10, column: 16, message: /networks is not a known field/ },
      ],
    },
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
