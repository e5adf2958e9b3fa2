import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './tier-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'an ordered tier', code: `
      apiVersion: projectcalico.org/v3
      kind: Tier
      metadata: { name: security }
      spec: { order: 100 }
    ` },
  ],
  invalid: [
    {
      name: 'order as a string and an unknown field',
      code: `
        apiVersion: projectcalico.org/v3
        kind: Tier
        metadata: { name: security }
        spec: { order: "100", ordr: 1 }
      `,
      errors: [
        { messageId: 'violation', line: 4, column: 16, message: 'spec.order must be number (got "100")' },
        { messageId: 'unknownField', line: 4, column: 23, message: /did you mean "order"/ },
      ],
    },
  ],
});
