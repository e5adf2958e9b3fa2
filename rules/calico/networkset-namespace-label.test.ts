import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './networkset-namespace-label.js';

const set = (kind: string, labels: string) => `apiVersion: projectcalico.org/v3\nkind: ${kind}\nmetadata:\n  name: s\n  labels: ${labels}\nspec: { nets: [198.51.100.0/24] }\n`;

ruleTester(rule, {
  valid: [{ name: 'ordinary labels', code: set('NetworkSet', '{ role: partner, projectcalico.org/name: x }') }],
  invalid: [
    {
      name: 'the reserved namespace label',
      code: set('GlobalNetworkSet', '{ role: db, projectcalico.org/namespace: prod }'),
      errors: [{ messageId: 'reserved', line: 5, column: 52, message: 'label projectcalico.org/namespace is reserved: Calico rejects a GlobalNetworkSet that carries it' }],
    },
  ],
});
