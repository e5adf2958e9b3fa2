import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { podWith } from './lib/fixtures.js';
import rule from './interface-name.js';

ruleTester(rule, {
  valid: [
    { name: 'short names in both forms', code: podWith('k8s.v1.cni.cncf.io/networks: a@net1, b@mgmt-0') },
    { name: 'JSON interface', code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "data0"}]'`) },
    // libcni ValidateInterfaceName (containernetworking/cni pkg/utils) counts bytes: 15 is the most it takes.
    { name: 'exactly 15 bytes', code: podWith('k8s.v1.cni.cncf.io/networks: a@abcdefghijklmn0') },
    // The NAD client library checks the short form's interface only (parsePodNetworkObjectText).
    { name: 'a JSON interface that is no DNS-1123 label', code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "Eth1"}, {"name": "b", "interface": "..net1"}]'`) },
  ],
  invalid: [
    {
      // An alias-style name: libcni refuses ':' (ValidateInterfaceName) before macvlan runs.
      name: 'a colon',
      code: podWith('k8s.v1.cni.cncf.io/networks: net-a@eth1:1'),
      errors: [{ messageId: 'badChar', line: 7, column: 40, message: 'interface "eth1:1" contains ":": libcni refuses it before the plugin runs (ValidateInterfaceName), and the pod fails to start' }],
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
      // 16 bytes in 8 characters: the limit is in bytes (Go's len).
      name: 'a multi-byte name over 15 bytes',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "éééééééé"}]'`),
      errors: [{ messageId: 'tooLong', line: 7, column: 63, message: /16 bytes/ }],
    },
    {
      name: 'a slash (libcni and the kernel refuse it)',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "eth/1"}]'`),
      errors: [{ messageId: 'badChar', line: 7, column: 63, message: 'interface "eth/1" contains "/": libcni refuses it before the plugin runs (ValidateInterfaceName), and the pod fails to start' }],
    },
    {
      name: 'only dots',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "."}, {"name": "b", "interface": ".."}]'`),
      errors: [
        { messageId: 'badChar', line: 7, column: 63, message: /interface "\." contains only dots/ },
        { messageId: 'badChar', line: 7, column: 96, message: /interface "\.\." contains only dots/ },
      ],
    },
    {
      // Go's unicode.IsSpace takes U+0085 (NEL) for whitespace.
      name: 'a next-line character',
      code: podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "a", "interface": "net\u00851"}]'`),
      errors: [{ messageId: 'badChar', line: 7, column: 63, message: /whitespace/ }],
    },
    {
      // Only "." and ".." are refused; dots inside a name are only not portable, in the short form.
      name: 'dots inside a longer name',
      code: podWith('k8s.v1.cni.cncf.io/networks: a@..net1'),
      errors: [{ messageId: 'notPortable', line: 7, column: 36, severity: 'warning' }],
    },
    {
      // Multus checks ASCII white space only; a no-break space gets past it to libcni (unicode.IsSpace).
      name: 'a no-break space in the short form: libcni refuses it',
      code: podWith('k8s.v1.cni.cncf.io/networks: "a@my\u00a0if"'),
      errors: [{ messageId: 'badChar', line: 7, column: 37, message: /contains whitespace: libcni refuses it before the plugin runs/ }],
    },
    {
      name: 'whitespace in the short form: Multus refuses the annotation',
      code: podWith('k8s.v1.cni.cncf.io/networks: "a@my if"'),
      errors: [{ messageId: 'badChar', line: 7, column: 37, message: 'interface "my if" contains whitespace: Multus refuses the annotation (parsePodNetworkObjectName), and the pod fails to start' }],
    },
    {
      name: 'underscore: accepted by Multus, not portable',
      code: podWith('k8s.v1.cni.cncf.io/networks: a@vlan_100'),
      errors: [{ messageId: 'notPortable', line: 7, column: 36, severity: 'warning' }],
    },
  ],
});
