import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './tier-name.js';

const tier = (name: string) => `apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: { name: ${name} }\nspec: { order: 100 }\n`;

ruleTester(rule, {
  valid: [
    { name: 'a DNS label', code: tier('security') },
    { name: '63 characters', code: tier('a'.repeat(63)) },
    { name: 'not a subdomain at all: cluster/object-name says so', code: tier('Security_Tier') },
  ],
  invalid: [
    { name: 'a dot', code: tier('net.sec'), errors: [{ messageId: 'dot', line: 3, column: 19, message: 'Tier name "net.sec" has a dot: Calico allows letters, digits and "-" only' }] },
    { name: '64 characters', code: tier('a'.repeat(64)), errors: [{ messageId: 'tooLong', line: 3, column: 19, message: 'Tier name is 64 characters: Calico allows at most 63' }] },
  ],
});
