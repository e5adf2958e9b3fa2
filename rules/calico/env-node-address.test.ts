import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-node-address.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'the manifest: IP autodetect', code: calicoNode({ IP: 'autodetect' }) },
    { name: 'addresses and networks of each family, and none', code: calicoNode({ IP: '10.0.0.5/24', IP6: 'fd00::5' }) },
    // startup.go configureAndCheckIPAddressSubnetsErr: an IPv6 address alone is enough, and policy-only Calico needs none.
    { name: 'IP none beside IPv6 autodetection or an IPv6 address', code: calicoNode({ IP: 'none', IP6: 'autodetect' }) + '---\n' + calicoNode({ IP: 'none', IP6: 'fd00::5' }) },
    { name: 'none for both with the networking backend none', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'none', IP: 'none', IP6: 'none' }) },
    { name: 'policy-only Calico reads neither', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'none', IP: 'bogus' }) },
    { name: 'built from another variable', code: calicoNode({ IP: '$(NODE_IP)' }) },
    // parseIPEnvironment: cnet.IPNet's UnmarshalJSON (Go net.ParseCIDR) and the address's To4().
    { name: 'prefix lengths with a leading zero', code: calicoNode({ IP: '10.0.0.5/024', IP6: 'fd00::5/064' }) },
    { name: 'an IPv4-mapped address is IPv4', code: calicoNode({ IP: '::ffff:10.0.0.5' }) },
  ],
  invalid: [
    {
      name: 'Autodetect in capitals, and an IPv4 address in IP6',
      code: calicoNode({ IP: 'Autodetect', IP6: '10.0.0.1' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: 'IP "Autodetect" is not "autodetect", which calico-node knows only in lower case, nor an address: calico-node exits' },
        { messageId: 'invalid', line: envLine(1), column: 22, message: /is an IPv4 address where calico-node wants IPv6/ },
      ],
    },
    {
      name: 'not an address, and None in capitals',
      code: calicoNode({ IP: 'bogus', IP6: 'None' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: /is not an IP address, a network, autodetect or none/ },
        { messageId: 'invalid', line: envLine(1), column: 22, message: /only in lower case/ },
      ],
    },
    { name: 'a network with a bad prefix', code: calicoNode({ IP: '10.0.0.5/33' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: /is not a network/ }] },
    { name: 'an IPv4-mapped address in IP6', code: calicoNode({ IP6: '::ffff:10.0.0.5/120' }), errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: /is an IPv4 network where calico-node wants IPv6/ }] },
    {
      // startup_test.go:155 (Calico v3.32.1) expects calico-node to exit: no IPv4 for `none`, no IPv6 for an unset, empty
      // or `none` IP6, and "no IPv4 or IPv6 addresses configured or detected, required for Calico networking".
      name: 'IP none with IP6 none, empty or unset, under BIRD or VXLAN networking',
      code: calicoNode({ IP: 'none', IP6: 'none' }) + '---\n' + calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan', IP: 'none', IP6: '' }) + '---\n' + calicoNode({ IP: 'none' }),
      errors: [
        { messageId: 'noAddress', line: envLine(0), column: 22, message: /^IP is "none" and IP6 is "none", so calico-node takes no address for the node and, with networking backend bird \(the default\), exits/ },
        { messageId: 'noAddress', line: 29, column: 22, message: /^IP is "none" and IP6 is "", .* with networking backend vxlan, exits/ },
        { messageId: 'noAddress', line: 44, column: 22, message: /^IP is "none" and IP6 is not set, .*on every node whose Calico Node resource holds none, a new node included$/ },
      ],
    },
    {
      // calico-node keeps the address a stored Node holds (startup.go configureIPsAndSubnets, `none` with an address).
      name: 'IP none without IPv6 when the input gives a Calico Node a BGP address: a warning',
      code: calicoNode({ IP: 'none', IP6: 'none' }) + '---\napiVersion: projectcalico.org/v3\nkind: Node\nmetadata: { name: node-1 }\nspec: { bgp: { ipv4Address: 10.0.0.5/24 } }\n',
      errors: [{ messageId: 'noAddress', severity: 'warning', line: envLine(0), column: 22 }],
    },
  ],
});
