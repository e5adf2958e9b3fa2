import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './endport.js';

const policy = (ports: string) => `
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
    podSelector: {}
    egress:
    - ports:
${ports}
`;

ruleTester(rule, {
  valid: [
    { name: 'numeric range', code: policy('      - { protocol: TCP, port: 32000, endPort: 32768 }') },
    { name: 'single named port without endPort', code: policy('      - { port: http }') },
    { name: 'endPort equal to port', code: policy('      - { port: 80, endPort: 80 }') },
  ],
  invalid: [
    {
      name: 'endPort below port',
      code: policy('      - { port: 9000, endPort: 8000 }'),
      errors: [{ messageId: 'beforePort', line: 8, column: 30, endColumn: 34, message: 'endPort 8000 is less than port 9000' }],
    },
    {
      name: 'endPort with a named port',
      code: policy('      - port: metrics\n        endPort: 9100'),
      errors: [{ messageId: 'namedPort', line: 9, column: 16 }],
    },
    {
      name: 'endPort without port, and one above 65535 in the ingress direction',
      code: `
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata: { name: p }
        spec:
          podSelector: {}
          ingress:
          - ports: [{ endPort: 90 }, { port: 80, endPort: 70000 }]
      `,
      errors: [
        { messageId: 'noPort', line: 7, column: 24 },
        { messageId: 'outOfRange', line: 7, column: 51 },
      ],
    },
    {
      // ValidateNetworkPolicyPort: without a numeric port, the endPort is refused as such whatever its
      // value; beside one, below the port and out of range are two errors.
      name: 'the API server\'s order: an out-of-range endPort without port or with a named port, and one both below the port and out of range',
      code: policy('      - { protocol: UDP, endPort: 0 }\n      - { port: http, endPort: 70000 }\n      - { port: 8080, endPort: 0 }'),
      errors: [
        { messageId: 'noPort', line: 8, column: 33, message: 'endPort 0 is set without port: the API server refuses an endPort unless port is a number' },
        { messageId: 'namedPort', line: 9, column: 30 },
        { messageId: 'beforePort', line: 10, column: 30 },
        { messageId: 'outOfRange', line: 10, column: 30 },
      ],
    },
  ],
});
