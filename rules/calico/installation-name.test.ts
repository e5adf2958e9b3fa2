import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-name.js';

const installation = (name: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata:\n  name: ${name}\nspec:\n  calicoNetwork: { bgp: Enabled }\n`;

ruleTester(rule, {
  valid: [
    { name: 'default', code: installation('default') },
    { name: 'tigera-secure', code: installation('tigera-secure') },
    { name: 'overlay', code: installation('overlay') },
    { name: 'another kind of the same name', code: 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: calico }\nspec: { cidr: 10.0.0.0/16 }\n' },
  ],
  invalid: [
    {
      name: 'a name of its own',
      code: installation('calico'),
      errors: [{ messageId: 'name', line: 4, column: 9, message: "resource name must be 'default', 'tigera-secure', or 'overlay' (got 'calico')" }],
    },
    { name: 'case matters', code: installation('Default'), errors: [{ messageId: 'name', line: 4, column: 9 }] },
  ],
});
