import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-node-address.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'the manifest: IP autodetect', code: calicoNode({ IP: 'autodetect' }) },
    { name: 'addresses and networks of each family, and none', code: calicoNode({ IP: '10.0.0.5/24', IP6: 'fd00::5' }) },
    { name: 'none for both', code: calicoNode({ IP: 'none', IP6: 'none' }) },
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
  ],
});
