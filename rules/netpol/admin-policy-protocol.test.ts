import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { builtinDataRule } from '../builtin-data-rule.js';
import text from './admin-policy-protocol.yaml';

const rule = builtinDataRule(text, 'rules/netpol/admin-policy-protocol.yaml');

const anp = (ports: string) => `
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: { name: a }
spec:
  priority: 1
  subject: { namespaces: {} }
  ingress:
    - action: Allow
      from: [{ namespaces: {} }]
      ports: ${ports}
`;

ruleTester(rule, {
  valid: [
    { name: 'TCP, UDP and SCTP', code: anp('[{ portNumber: { protocol: TCP, port: 80 } }, { portRange: { protocol: UDP, start: 1, end: 9 } }, { portNumber: { protocol: SCTP, port: 9 } }]') },
    { name: 'no protocol: TCP by default', code: anp('[{ portNumber: { port: 80 } }, { namedPort: http }]') },
  ],
  invalid: [
    {
      name: 'lower case and ICMP: the CRD stores them, the API defines neither',
      code: anp('[{ portNumber: { protocol: tcp, port: 80 } }, { portRange: { protocol: ICMP, start: 1, end: 9 } }]'),
      errors: [
        { messageId: 'violation', severity: 'warning', line: 10, column: 41, message: 'spec.ingress[0].ports[0].portNumber.protocol must be one of "TCP", "UDP", "SCTP" (got tcp)' },
        { messageId: 'violation', severity: 'warning', line: 10, column: 85, message: /portRange.protocol must be one of "TCP", "UDP", "SCTP" \(got ICMP\)/ },
      ],
    },
  ],
});
