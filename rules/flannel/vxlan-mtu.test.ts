import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './vxlan-mtu.js';

ruleTester(rule, {
  valid: [
    // Backend.MTU is the outgoing packets' MTU: flannel gives the VXLAN device (and pods) 1450.
    { name: '1500 on a 1500 network', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 1500}}'), config: { cluster: { physicalMTU: 1500 } } },
    { name: '1450 on a 1500 network (pods get 1400)', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 1450}}'), config: { cluster: { physicalMTU: 1500 } } },
    { name: 'physical MTU unknown: silent', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 9000}}') },
    { name: 'no MTU (the interface\'s)', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'), config: { cluster: { physicalMTU: 1500 } } },
  ],
  invalid: [
    {
      name: 'jumbo frames on a 1500 network',
      code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "MTU": 9000}}'),
      config: { cluster: { physicalMTU: 1500 } },
      errors: [{ messageId: 'tooLarge', line: 5, column: 84, endColumn: 88, message: 'vxlan MTU 9000 exceeds the physical MTU 1500: flannel sends encapsulated packets of up to 9000 bytes (pods get 8950), and those above 1500 are dropped or fragmented' }],
    },
    {
      name: 'an upper-case type is still vxlan (flanneld lower-cases it)',
      code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "VXLAN", "MTU": 1501}}'),
      config: { cluster: { physicalMTU: 1500 } },
      errors: [{ messageId: 'tooLarge', line: 5, column: 84, endColumn: 88 }],
    },
  ],
});
