import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './vxlan-mtu.js';

ruleTester(rule, {
  valid: [
    { name: '1450 on a 1500 network', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 1450}}'), config: { cluster: { physicalMTU: 1500 } } },
    { name: 'physical MTU unknown: silent', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 1500}}') },
    { name: 'no MTU (derived)', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'), config: { cluster: { physicalMTU: 1500 } } },
  ],
  invalid: [
    {
      name: '1500 on a 1500 network',
      code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 1500}}'),
      config: { cluster: { physicalMTU: 1500 } },
      errors: [{ messageId: 'tooLarge', line: 5, column: 84, endColumn: 88, message: /\(1450\)/ }],
    },
    {
      name: 'an upper-case type is still vxlan (flanneld lower-cases it)',
      code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "VXLAN", "MTU": 1500}}'),
      config: { cluster: { physicalMTU: 1500 } },
      errors: [{ messageId: 'tooLarge', line: 5, column: 84, endColumn: 88 }],
    },
  ],
});
