import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './subnetlen.js';

ruleTester(rule, {
  valid: [
    { name: 'SubnetLen 26 in a /16', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": 26}') },
    { name: 'SubnetLen 0 means the default', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": 0}') },
    { name: 'SubnetLen null decodes as 0, the default', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": null}') },
    { name: 'IPv6SubnetLen is not checked while IPv6 is off', code: netConf('{"Network": "10.244.0.0/16", "IPv6Network": "fd00::/64", "IPv6SubnetLen": 127}') },
    { name: 'IPv4 bounds are not checked while IPv4 is off', code: netConf('{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fd00::/48", "SubnetLen": 31}') },
  ],
  invalid: [
    { name: '31 is too long', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": 31}'), errors: [{ messageId: 'tooLong', line: 5, column: 61, severity: 'warning', message: /--kube-subnet-mgr/ }] },
    { name: 'shorter than prefix + 2', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": 17}'), errors: [{ messageId: 'tooShort', line: 5, column: 61, severity: 'warning', message: /at least 18.*etcd subnet manager/ }] },
    { name: 'a string', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": "24"}'), errors: [{ messageId: 'notNumber', line: 5, column: 61, severity: 'error' }] },
    { name: 'negative', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": -24}'), errors: [{ messageId: 'notNumber', line: 5, column: 61, severity: 'error' }] },
    // Go stores the number with strconv.ParseUint of its text (encoding/json literalStore).
    { name: 'written with a fraction', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": 24.0}'), errors: [{ messageId: 'notNumber', line: 5, column: 61, severity: 'error' }] },
    { name: 'written with a sign', code: netConf('{"Network": "10.244.0.0/16", "SubnetLen": -0}'), errors: [{ messageId: 'notNumber', line: 5, column: 61, severity: 'error' }] },
    { name: 'IPv6SubnetLen 127', code: netConf('{"EnableIPv6": true, "Network": "10.244.0.0/16", "IPv6Network": "fd00::/64", "IPv6SubnetLen": 127}'), errors: [{ messageId: 'tooLong', line: 5, column: 113, severity: 'warning', message: /maximum is 126/ }] },
  ],
});
