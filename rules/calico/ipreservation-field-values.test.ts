import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipreservation-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'addresses and CIDRs of both families', code: `
      apiVersion: projectcalico.org/v3
      kind: IPReservation
      metadata: { name: keep }
      spec:
        reservedCIDRs: [10.0.0.5, 10.0.1.0/28, "fd00::/120"]
    ` },
  ],
  invalid: [
    {
      name: 'a range and a host name are not CIDRs',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPReservation
        metadata: { name: keep }
        spec:
          reservedCIDRs: [10.0.0.5-10.0.0.9, gateway]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 19, message: /must be an IP address or CIDR/ },
        { messageId: 'violation', line: 5, column: 38, message: /"gateway"/ },
      ],
    },
  ],
});
