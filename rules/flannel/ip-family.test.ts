import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './ip-family.js';

ruleTester(rule, {
  valid: [
    { name: 'IPv4 by default', code: netConf('{"Network": "10.3.0.0/16"}') },
    { name: 'IPv6 only', code: netConf('{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fc00::/48"}') },
    { name: 'dual stack with nftables, lower-case keys', code: netConf('{"enableIPv6": true, "network": "10.3.0.0/16", "ipv6Network": "fc00::/48", "enableNFTables": true}') },
    { name: 'null leaves the default', code: netConf('{"Network": "10.3.0.0/16", "EnableIPv4": null}') },
  ],
  invalid: [
    { name: 'both families off', code: netConf('{"EnableIPv4": false, "Network": "10.3.0.0/16"}'), errors: [{ messageId: 'noFamily', line: 5, column: 34, endColumn: 39, severity: 'error' }] },
    { name: 'a quoted boolean', code: netConf('{"Network": "10.3.0.0/16", "EnableIPv6": "true", "IPv6Network": "fc00::/48"}'), errors: [{ messageId: 'notBoolean', line: 5, column: 60, endColumn: 66, message: /not the string "true"/ }] },
    { name: 'a number for EnableNFTables', code: netConf('{"Network": "10.3.0.0/16", "enableNFTables": 1}'), errors: [{ messageId: 'notBoolean', line: 5, column: 64 }] },
  ],
});
