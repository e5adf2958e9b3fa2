import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './networkset-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'namespaced and global sets', code: `
      apiVersion: projectcalico.org/v3
      kind: NetworkSet
      metadata: { name: partners, namespace: shop }
      spec: { nets: [198.51.100.0/24, 203.0.113.7] }
      ---
      apiVersion: projectcalico.org/v3
      kind: GlobalNetworkSet
      metadata: { name: blocked }
      spec: { nets: ["2001:db8::/32"] }
    ` },
  ],
  invalid: [
    {
      name: 'not a network, and nets misspelt',
      code: `
        apiVersion: projectcalico.org/v3
        kind: GlobalNetworkSet
        metadata: { name: blocked }
        spec:
          nets: [198.51.100.0/33]
          net: [10.0.0.0/8]
      `,
      errors: [
        { messageId: 'violation', line: 5, column: 10 },
        { messageId: 'unknownField', line: 6, column: 3, message: /did you mean "nets"/ },
      ],
    },
  ],
});
