import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './cluster-policy-network-cidr.js';

const policy = (networks: string) => `
  apiVersion: policy.networking.k8s.io/v1alpha2
  kind: ClusterNetworkPolicy
  metadata: { name: egress-ranges }
  spec:
    tier: Admin
    priority: 10
    subject: { namespaces: {} }
    egress:
      - action: Deny
        to:
          - networks: ${networks}
`;

ruleTester(rule, {
  valid: [
    { name: 'IPv4 and IPv6 networks, whole ranges and single addresses', code: policy('[10.0.0.0/8, 0.0.0.0/0, 203.0.113.7/32, "2001:db8::/32", "::/0", "fd00:ec2::254/128"]') },
    {
      name: 'networks in an ingress rule or another kind are not this rule’s',
      code: `
        apiVersion: example.com/v1
        kind: ClusterNetworkPolicy
        metadata: { name: x }
        spec: { egress: [{ to: [{ networks: [not-a-cidr] }] }] }
      `,
    },
  ],
  invalid: [
    {
      // network-policy-api v0.1.7's AdminNetworkPolicy CRD: the same isCIDR(self) on networks items.
      name: 'an AdminNetworkPolicy network that is a bare address',
      code: `
        apiVersion: policy.networking.k8s.io/v1alpha1
        kind: AdminNetworkPolicy
        metadata: { name: a }
        spec:
          priority: 1
          subject: { namespaces: {} }
          egress: [{ action: Deny, to: [{ networks: [10.0.0.1, 10.0.0.0/8] }] }]
      `,
      errors: [{ messageId: 'invalid', line: 7, column: 46, message: /missing prefix length/ }],
    },
    {
      name: 'a bare address, an out-of-range prefix, an octal-looking octet, a mapped IPv6 prefix, a number',
      code: policy('[10.0.0.1, 10.0.0.0/33, 010.0.0.0/8, "::ffff:10.0.0.0/104", 42]'),
      errors: [
        { messageId: 'invalid', line: 11, column: 22, message: /^networks entry "10\.0\.0\.1": missing prefix length \(e\.g\. "10\.0\.0\.1\/32"\) \(the API server rejects it\)$/ },
        { messageId: 'invalid', line: 11, column: 32, message: /prefix length 33 is out of range for IPv4/ },
        { messageId: 'invalid', line: 11, column: 45, message: /"010" has a leading zero/ },
        { messageId: 'mapped', line: 11, column: 58, message: 'networks entry ::ffff:10.0.0.0/104 is an IPv4-mapped IPv6 prefix, which the API server rejects: write it as IPv4' },
        { messageId: 'notString', line: 11, column: 81 },
      ],
    },
    {
      name: 'host bits set: a warning naming the network it means',
      code: policy('[10.1.2.3/8]'),
      errors: [{ messageId: 'hostBits', severity: 'warning', line: 11, column: 22, message: 'networks entry 10.1.2.3/8 has host bits set: it means 10.0.0.0/8', path: ['spec', 'egress', 0, 'to', 0, 'networks', 0] }],
    },
  ],
});
