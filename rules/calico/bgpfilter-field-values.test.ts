import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgpfilter-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'v4 and v6 rules', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPFilter
      metadata: { name: f }
      spec:
        exportV4:
          - { action: Accept, matchOperator: In, cidr: 10.0.0.0/8, prefixLength: { min: 16, max: 24 } }
        importV6:
          - { action: Reject, matchOperator: NotEqual, cidr: "fd00::/8", interface: "eth*" }
    ` },
  ],
  invalid: [
    {
      name: 'lower-case action, IPv6 network in a v4 rule, prefix length too long',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPFilter
        metadata: { name: f }
        spec:
          exportV4:
            - action: accept
              matchOperator: In
              cidr: "fd00::/8"
              prefixLength: { max: 33 }
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 15 },
        { messageId: 'violation', line: 8, column: 13, message: /IPv4 network/ },
        { messageId: 'violation', line: 9, column: 28 },
      ],
    },
  ],
});
