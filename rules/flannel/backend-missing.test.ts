import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './backend-missing.js';

ruleTester(rule, {
  valid: [
    { name: 'vxlan', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') },
    { name: 'Backend without Type is flannel/backend-type\'s (flanneld fails, no udp fallback)', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"VNI": 1}}') },
  ],
  invalid: [
    { name: 'no Backend: udp fallback', code: netConf('{"Network": "10.244.0.0/16"}'), errors: [{ messageId: 'missing', line: 5, column: 19, endColumn: 47 }] },
  ],
});
