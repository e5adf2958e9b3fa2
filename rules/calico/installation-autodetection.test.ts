import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-autodetection.js';

const installation = (network: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n${network}`;

ruleTester(rule, {
  valid: [
    { name: 'one method per family', code: installation('    nodeAddressAutodetectionV4: { kubernetes: NodeInternalIP }\n    nodeAddressAutodetectionV6: { cidrs: ["fd00::/64"] }\n') },
    { name: 'firstFound false beside another method', code: installation('    nodeAddressAutodetectionV4: { firstFound: false, interface: eth0 }\n') },
  ],
  invalid: [
    {
      name: 'two methods in one family',
      code: installation('    nodeAddressAutodetectionV4: { interface: eth0, canReach: 8.8.8.8 }\n'),
      errors: [{ messageId: 'several', line: 6, column: 5, message: 'nodeAddressAutodetectionV4 turns on interface and canReach: the operator allows no more than one autodetection method per family' }],
    },
    {
      name: 'a cidrs entry that is not a CIDR',
      code: installation('    nodeAddressAutodetectionV4: { cidrs: [10.0.0.1] }\n'),
      errors: [{ messageId: 'cidr', line: 6, column: 43, message: /missing prefix length/ }],
    },
  ],
});
