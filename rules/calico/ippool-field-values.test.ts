import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'documented modes', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, ipipMode: CrossSubnet, vxlanMode: Never }
    ` },
  ],
  invalid: [
    {
      name: 'lower case and an invented value',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
          ipipMode: always
          vxlanMode: Enabled
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 13, message: /always/ },
        { messageId: 'violation', line: 7, column: 14, message: /Enabled/ },
      ],
    },
  ],
});
