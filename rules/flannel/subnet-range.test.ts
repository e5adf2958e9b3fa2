import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './subnet-range.js';

const v6 = (rest: string) => netConf(`{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fc00::/48", ${rest}}`);

ruleTester(rule, {
  valid: [
    { name: 'a range inside the network on /28 boundaries', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.3.5.0", "SubnetMax": "10.3.8.0", "SubnetLen": 28}') },
    { name: 'only a lower bound, default /24', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.3.200.0"}') },
    { name: 'SubnetMin equal to SubnetMax leaves one subnet', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.3.7.0", "SubnetMax": "10.3.7.0"}') },
    // ParseIP4: net.ParseIP then To4(), so an IPv4-mapped address is the IPv4 address.
    { name: 'an IPv4-mapped SubnetMin inside the network', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "::ffff:10.3.5.0"}') },
    { name: 'the all-zero address means unset', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "0.0.0.0"}') },
    { name: 'IPv4 bounds are not checked while IPv4 is off', code: v6('"SubnetMin": "10.9.0.0"') },
    { name: 'IPv6 range on /124 boundaries', code: v6('"IPv6SubnetMin": "fc00:0:0:1::", "IPv6SubnetMax": "fc00:0:0:f::", "IPv6SubnetLen": 124') },
    { name: 'IPv6 bounds may be null (unset)', code: v6('"IPv6SubnetMin": null') },
  ],
  invalid: [
    { name: 'SubnetMin outside the network', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.4.1.0"}'), errors: [{ messageId: 'outside', line: 5, column: 59, endColumn: 69, severity: 'warning', message: /"SubnetMin" 10\.4\.1\.0 is not inside Network 10\.3\.0\.0\/16.*--kube-subnet-mgr/ }] },
    { name: 'SubnetMax off the /24 boundary', code: netConf('{"Network": "10.3.0.0/16", "SubnetLen": 24, "SubnetMax": "10.3.8.128"}'), errors: [{ messageId: 'unaligned', line: 5, column: 76, endColumn: 88, severity: 'warning', message: /not on a \/24 boundary.*etcd subnet manager/ }] },
    { name: 'SubnetMin above SubnetMax', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.3.9.0", "SubnetMax": "10.3.8.0"}'), errors: [{ messageId: 'empty', line: 5, column: 59, severity: 'warning', message: /10\.3\.9\.0 is above the highest 10\.3\.8\.0/ }] },
    { name: 'SubnetMax below the default SubnetMin', code: netConf('{"Network": "10.3.0.0/16", "SubnetMax": "10.3.0.0"}'), errors: [{ messageId: 'empty', line: 5, column: 59, severity: 'warning', message: /10\.3\.1\.0 is above the highest 10\.3\.0\.0/ }] },
    { name: 'not an address', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": "10.3.1"}'), errors: [{ messageId: 'notAddress', line: 5, column: 59, endColumn: 67, severity: 'error' }] },
    { name: 'an IPv6 address in SubnetMax', code: netConf('{"Network": "10.3.0.0/16", "SubnetMax": "fc00::1"}'), errors: [{ messageId: 'wrongFamily', line: 5, column: 59, severity: 'error', message: '"SubnetMax" must be an IPv4 address: flanneld fails to decode net-conf.json ("invalid IPv4 address format"), in every mode' }] },
    { name: 'a number', code: netConf('{"Network": "10.3.0.0/16", "SubnetMin": 5}'), errors: [{ messageId: 'notAddress', line: 5, column: 59, endColumn: 60, severity: 'error' }] },
    { name: 'a parse error is reported even while IPv4 is off', code: v6('"SubnetMin": "x"'), errors: [{ messageId: 'notAddress', line: 5, column: 102, severity: 'error' }] },
    { name: 'IPv6SubnetMin outside IPv6Network', code: v6('"IPv6SubnetMin": "fc01::"'), errors: [{ messageId: 'outside', line: 5, column: 106, endColumn: 114, severity: 'warning', message: /IPv6Network fc00::\/48/ }] },
    { name: 'IPv6SubnetMax off the default /64 boundary', code: v6('"IPv6SubnetMax": "fc00:0:0:f::1"'), errors: [{ messageId: 'unaligned', line: 5, column: 106, endColumn: 121, severity: 'warning', message: /\/64 boundary \(IPv6SubnetLen\)/ }] },
  ],
});
