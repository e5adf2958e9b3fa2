import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-ports-need-protocol.js';

const policy = (rule: string) => `
  apiVersion: projectcalico.org/v3
  kind: NetworkPolicy
  metadata: { name: p, namespace: x }
  spec:
    ingress:
      - action: Allow
${rule.replace(/^/gm, '        ')}
`;

ruleTester(rule, {
  valid: [
    { name: 'TCP ports', code: policy(`protocol: TCP\ndestination: { ports: [80] }`) },
    { name: 'named port only', code: policy(`destination: { ports: [http] }`) },
  ],
  invalid: [
    {
      name: 'a named port with a protocol that has no ports (validator.go SupportsPorts)',
      code: policy(`protocol: ICMP\ndestination: { ports: [http] }`),
      errors: [{ messageId: 'wrong', line: 7, column: 17, message: 'destination ports are set but the protocol is ICMP, which has no ports' }],
    },
    {
      name: 'ports without protocol',
      code: policy(`destination:\n  ports: [80, 443]`),
      errors: [{ messageId: 'missing', line: 8, column: 9, message: 'destination ports are set but the rule has no protocol; Calico needs TCP, UDP or SCTP with numeric ports' }],
    },
    {
      name: 'ports with ICMP',
      code: policy(`protocol: ICMP\nsource: { notPorts: ["1:1024"] }`),
      errors: [{ messageId: 'wrong', line: 7, column: 17, message: /protocol is ICMP/ }],
    },
  ],
});
