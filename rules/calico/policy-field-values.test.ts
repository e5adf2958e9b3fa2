import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'a typical policy', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkPolicy
      metadata: { name: allow-tcp-6379, namespace: production }
      spec:
        selector: role == 'database'
        order: 100.5
        types: [Ingress, Egress]
        ingress:
          - action: Allow
            protocol: TCP
            source: { selector: role == 'frontend' }
            destination: { ports: [6379, "7000:7010", redis] }
          - action: Allow
            protocol: ICMP
            icmp: { type: 8, code: 0 }
        egress:
          - action: Pass
    ` },
    // validateIPNetwork (cnet.ParseCIDROrIP): Go reads /016 as /16, ::ffff:10.1.0.0/112 as 10.1.0.0/16.
    { name: 'nets as Go reads them', code: `
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkPolicy
      metadata: { name: g }
      spec:
        ingress:
          - action: Allow
            source: { nets: [10.0.0.0/016, "::ffff:10.1.0.0/112"] }
    ` },
  ],
  invalid: [
    {
      // calicoctl reads `Action` as `action` (Go matches names in any case): the rule has its action,
      // so only the spelling is told; written to the CRD directly (v1), the action is missing too.
      name: 'a case-only key inside a rule: one warning through the v3 API, an error and a missing field through the CRD',
      code: {
        'v3.yaml': 'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: { name: p }\nspec:\n  selector: all()\n  ingress:\n    - Action: Allow\n',
        'v1.yaml': 'apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata: { name: p }\nspec:\n  selector: all()\n  ingress:\n    - Action: Allow\n',
      },
      errors: [
        { file: 'v1.yaml', messageId: 'fieldCaseCrd', line: 7, column: 7, severity: 'error' },
        { file: 'v1.yaml', messageId: 'violation', line: 7, column: 7, severity: 'error', message: /action is required/ },
        { file: 'v3.yaml', messageId: 'fieldCase', line: 7, column: 7, severity: 'warning', message: /^spec\.ingress\[0\]\.Action differs from the field action in case only: calicoctl reads it as action/ },
      ],
    },
    {
      // Rule nets are a list of type set in the CRD (crd.projectcalico.org_globalnetworkpolicies.yaml,
      // x-kubernetes-list-type: set): a duplicate is refused whatever else is wrong in the list.
      name: 'a duplicate net beside a net with host bits: both are said',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata: { name: g }
        spec:
          egress:
            - action: Deny
              destination: { nets: [10.0.0.0/8, 10.0.0.0/8, 10.1.2.3/16] }
      `,
      errors: [
        { messageId: 'violation', line: 7, column: 22, message: /^spec\.egress\[0\]\.destination\.nets must NOT have duplicate items/ },
        { messageId: 'violation', line: 7, column: 53, message: /^spec\.egress\[0\]\.destination\.nets\[2\] must be an IP network with no host bits set/ },
      ],
    },
    {
      // Calico's docs once ran a comment into the value (services-cluster-ips, a missing '#'): no network at all.
      name: 'a net that is no network: not told about host bits',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata: { name: g }
        spec:
          egress:
            - action: Allow
              destination: { nets: ['10.20.30.40/32  Cluster IP A', '<your management CIDR>'] }
      `,
      errors: [
        { messageId: 'violation', line: 7, column: 29, message: 'spec.egress[0].destination.nets[0] must be an IP network, such as 10.0.0.0/24 (this is not an address or network) (got "10.20.30.40/32  Cluster IP A")' },
        { messageId: 'violation', line: 7, column: 61, message: /^spec\.egress\[0\]\.destination\.nets\[1\] must be an IP network, such as 10\.0\.0\.0\/24 \(this is not/ },
      ],
    },
    {
      name: 'lower-case action and protocol, port 0, quoted order (duplicate types are calico/policy-types-duplicate\'s)',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkPolicy
        metadata: { name: g }
        spec:
          order: "100"
          types: [Ingress, Ingress]
          ingress:
            - action: allow
              protocol: tcp
              destination: { ports: [0] }
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 10 },
        { messageId: 'violation', line: 8, column: 15, message: /Allow/ },
        { messageId: 'violation', line: 9, column: 17 },
        { messageId: 'violation', line: 10, column: 30 },
      ],
    },
    {
      name: 'missing action and ICMP type out of range',
      code: `
        apiVersion: projectcalico.org/v3
        kind: NetworkPolicy
        metadata: { name: p, namespace: x }
        spec:
          egress:
            - protocol: ICMP
              icmp: { type: 255 }
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 7, message: /action/ },
        { messageId: 'violation', line: 7, column: 21 },
      ],
    },
  ],
});
