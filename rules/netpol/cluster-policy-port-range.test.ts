import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './cluster-policy-port-range.js';

const policy = (protocols: string) => `
  apiVersion: policy.networking.k8s.io/v1alpha2
  kind: ClusterNetworkPolicy
  metadata: { name: ranges }
  spec:
    tier: Admin
    priority: 10
    subject: { namespaces: {} }
    egress:
      - action: Deny
        to: [{ networks: [10.0.0.0/8] }]
        protocols:
${protocols}
`;

ruleTester(rule, {
  valid: [
    {
      name: 'ranges that start below their end, single ports, whole protocols and named ports',
      code: policy(`          - tcp: { destinationPort: { range: { start: 8000, end: 8080 } } }
          - udp: { destinationPort: { number: 53 } }
          - sctp: {}
          - destinationNamedPort: http`),
    },
    {
      name: 'a range left incomplete is the field-values rule’s to report',
      code: policy(`          - tcp: { destinationPort: { range: { start: 9000 } } }`),
    },
    {
      name: 'a reversed range in another kind',
      code: `
        apiVersion: example.com/v1
        kind: ClusterNetworkPolicy
        metadata: { name: x }
        spec: { egress: [{ protocols: [{ tcp: { destinationPort: { range: { start: 9, end: 1 } } } }] }] }
      `,
    },
  ],
  invalid: [
    {
      name: 'a reversed range and an empty one (start equal to end), in tcp and udp',
      code: policy(`          - tcp: { destinationPort: { range: { start: 8080, end: 8000 } } }
          - udp: { destinationPort: { range: { start: 53, end: 53 } } }`),
      errors: [
        {
          messageId: 'notBelow',
          line: 12,
          column: 37,
          path: ['spec', 'egress', 0, 'protocols', 0, 'tcp', 'destinationPort', 'range'],
          message: 'port range 8080-8000: start must be below end (the API server rejects it; for one port write `number: 8080`)',
        },
        { messageId: 'notBelow', line: 13, column: 37, path: ['spec', 'egress', 0, 'protocols', 1, 'udp', 'destinationPort', 'range'] },
      ],
    },
  ],
});
