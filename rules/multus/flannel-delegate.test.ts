import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { nad } from './lib/fixtures.js';
import rule from './flannel-delegate.js';

ruleTester(rule, {
  valid: [
    { name: 'a null delegate (flannel fills in its defaults)', code: nad('flannel-net', 'apps', '{"cniVersion": "0.3.1", "type": "flannel", "delegate": null}') },
    { name: 'delegate with bridge options', code: nad('f', null, '{"cniVersion": "0.3.1", "type": "flannel", "delegate": {"hairpinMode": true, "isDefaultGateway": false}}') },
    { name: 'not flannel', code: nad('b', null, '{"cniVersion": "0.3.1", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.10.0.0/24"}}') },
  ],
  invalid: [
    {
      name: 'ipam and name inside delegate',
      code: nad('f', null, '{"cniVersion": "0.3.1", "type": "flannel", "delegate": {"name": "x", "ipam": {"type": "host-local"}}}'),
      errors: [
        { messageId: 'forbidden', line: 5, column: 76, message: /must not have "name"/ },
        { messageId: 'forbidden', line: 5, column: 89, message: /must not have "ipam"/ },
      ],
    },
    {
      name: 'delegate is a string; flannel inside a plugin list',
      code: nad('f', null, '{"cniVersion": "0.3.1", "plugins": [{"type": "flannel", "delegate": "bridge"}]}'),
      errors: [{ messageId: 'notObject', line: 5, column: 80 }],
    },
  ],
});
