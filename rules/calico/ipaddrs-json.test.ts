import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ipaddrs-json.js';
import { deployment } from './lib/test-manifests.js';

const ADDRS = 'cni.projectcalico.org/ipAddrs';

ruleTester(rule, {
  valid: [
    { name: 'one IPv4 and one IPv6', code: deployment('db', 1, { [ADDRS]: '["10.250.0.5", "fd00::5"]' }) },
  ],
  invalid: [
    {
      name: 'a bare address is not JSON',
      code: deployment('db', 1, { [ADDRS]: '10.250.0.5' }),
      errors: [{ messageId: 'notList', line: 11, column: 40, message: `cni.projectcalico.org/ipAddrs is not JSON (write a JSON list, e.g. '["10.250.0.5"]')` }],
    },
    {
      name: 'a CIDR entry, pointed at inside the string',
      code: deployment('db', 1, { [ADDRS]: '["10.250.0.5/32"]' }),
      errors: [{ messageId: 'notIp', line: 11, column: 42, endColumn: 57, message: /not a CIDR/ }],
    },
    {
      // k8s.go validateAndExtractIPs counts families by To4(): ::ffff:10.250.0.6 is IPv4.
      name: 'an IPv4 address and an IPv4-mapped one',
      code: deployment('db', 1, { [ADDRS]: '["10.250.0.5","::ffff:10.250.0.6"]' }),
      errors: [{ messageId: 'twoPerFamily', line: 11, column: 55, message: 'cni.projectcalico.org/ipAddrs has more than one IPv4 address; a pod gets at most one per family' }],
    },
    {
      name: 'two IPv4 addresses',
      code: deployment('db', 1, { [ADDRS]: '["10.250.0.5","10.250.0.6"]' }),
      errors: [{ messageId: 'twoPerFamily', line: 11, column: 55 }],
    },
  ],
});
