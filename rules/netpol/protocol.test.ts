import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './protocol.js';
import { policyWithPorts } from './lib/test-policy.js';

ruleTester(rule, {
  valid: [
    { name: 'TCP, UDP and SCTP', code: policyWithPorts('{ protocol: TCP, port: 80 }\n      - { protocol: UDP, port: 53 }\n      - { protocol: SCTP, port: 9000 }') },
    { name: 'no protocol means TCP', code: policyWithPorts('{ port: 80 }') },
  ],
  invalid: [
    {
      name: 'ICMP',
      code: policyWithPorts('{ protocol: ICMP }'),
      errors: [{ messageId: 'invalid', line: 8, column: 21, message: 'protocol "ICMP" is not TCP, UDP or SCTP' }],
    },
    {
      name: 'lower case',
      code: policyWithPorts('{ protocol: udp, port: 53 }'),
      errors: [{ messageId: 'invalid', line: 8, column: 21, message: 'protocol "udp" is not TCP, UDP or SCTP (write UDP: the value is case-sensitive)' }],
    },
  ],
});
