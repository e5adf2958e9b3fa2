import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './policy-rule-icmp.js';
import { calicoPolicy } from './lib/test-manifests.js';

const policy = (rule: string) => calicoPolicy('NetworkPolicy', 'ingress', `action: Allow
${rule}`);

ruleTester(rule, {
  valid: [
    { name: 'ICMP type and code on IPv4', code: policy('protocol: ICMP\nipVersion: 4\nicmp: { type: 3, code: 1 }') },
    { name: 'ICMPv6 type only', code: policy('protocol: ICMPv6\nipVersion: 6\nicmp: { type: 128 }') },
    { name: 'notICMP with a type', code: policy('protocol: ICMP\nnotICMP: { type: 8 }') },
  ],
  invalid: [
    {
      name: 'code without type',
      code: policy('protocol: ICMP\nicmp: { code: 1 }'),
      errors: [{ messageId: 'codeWithoutType', line: 8, column: 21, message: 'icmp.code is set without icmp.type; the kernel needs the type to match a code' }],
    },
    {
      name: 'ICMP fields on TCP, and without a protocol',
      code: policy('protocol: TCP\nicmp: { type: 8 }') + `    - action: Allow\n      icmp: { type: 8 }\n`,
      errors: [
        { messageId: 'needsProtocol', line: 7, column: 17, message: /protocol is TCP/ },
        { messageId: 'needsProtocol', line: 10, column: 7, message: /protocol is not set/ },
      ],
    },
    {
      name: 'ICMP with ipVersion 6 and notProtocol ICMPv6 with ipVersion 4',
      code: policy('protocol: ICMP\nipVersion: 6') + `    - action: Deny\n      notProtocol: ICMPv6\n      ipVersion: 4\n`,
      errors: [
        { messageId: 'version', line: 8, column: 18, message: 'protocol ICMP needs ipVersion 4 (got 6)' },
        { messageId: 'version', line: 11, column: 18, message: 'notProtocol ICMPv6 needs ipVersion 6 (got 4)' },
      ],
    },
  ],
});
