import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { podWith } from './lib/fixtures.js';
import rule from './interface-name.js';

ruleTester(rule, {
  valid: [
    { name: 'short names in both forms', code: podWith('k8s.v1.cni.cncf.io/networks: a@net1, b@mgmt-0') },
    { name: 'JSON interface', code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "data0"}]'`) },
  ],
  invalid: [
    {
      // An alias-style name: libcni refuses ':' (ValidateInterfaceName) before macvlan runs.
      name: 'a colon',
      code: podWith('k8s.v1.cni.cncf.io/networks: net-a@eth1:1'),
      errors: [{ messageId: 'badChar', line: 7, column: 40, message: 'interface "eth1:1" contains ":"; Linux, Multus or libcni rejects it and the pod fails to start' }],
    },
    {
      name: 'longer than 15 bytes',
      code: podWith('k8s.v1.cni.cncf.io/networks: net-a@very-long-ifname0'),
      errors: [{ messageId: 'tooLong', line: 7, column: 40, endColumn: 57, message: /17 bytes/ }],
    },
    {
      name: 'whitespace inside a JSON interface',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "my if"}]'`),
      errors: [{ messageId: 'badChar', line: 7, column: 63, message: /whitespace/ }],
    },
    {
      name: 'underscore: accepted by Multus, not portable',
      code: podWith('k8s.v1.cni.cncf.io/networks: a@vlan_100'),
      errors: [{ messageId: 'notPortable', line: 7, column: 36, severity: 'warning' }],
    },
  ],
});
