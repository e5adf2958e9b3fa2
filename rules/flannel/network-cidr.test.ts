import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './network-cidr.js';

ruleTester(rule, {
  valid: [
    { name: 'IPv4', code: netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') },
    { name: 'lower-case key works (Go matches case-insensitively)', code: netConf('{"network": "10.244.0.0/16"}') },
    // IP4Net.UnmarshalJSON parses with Go's net.ParseCIDR, whose dtoi reads /016 as /16.
    { name: 'a prefix length with a leading zero', code: netConf('{"Network": "10.244.0.0/016"}') },
    { name: 'IPv6 only', code: netConf('{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fd00:10:244::/56"}') },
    { name: 'small network with SubnetLen', code: netConf('{"Network": "10.0.0.0/29", "SubnetLen": 31}') },
    { name: 'a tiny IPv6Network is not checked while IPv6 is off', code: netConf('{"Network": "10.244.0.0/16", "IPv6Network": "fd00::/125"}') },
    // IP6Net.UnmarshalJSON takes an IPv4 network; flannel does not use IPv6Network while IPv6 is off.
    { name: 'an IPv4 IPv6Network while IPv6 is off', code: netConf('{"Network": "10.244.0.0/16", "IPv6Network": "10.245.0.0/16"}') },
  ],
  invalid: [
    { name: 'no Network', code: netConf('{"Backend": {"Type": "vxlan"}}'), errors: [{ messageId: 'missing', line: 5, column: 19 }] },
    // flannel Documentation/configuration.md, "IPv6 only": the fix is "EnableIPv4": false, not an IPv4 Network.
    { name: 'IPv6 set up, EnableIPv4 left to its default: dual stack without an IPv4 network', code: netConf('{"EnableIPv6": true, "IPv6Network": "fd01::/48", "Backend": {"Type": "vxlan"}}'), errors: [{ messageId: 'missingIpv6Only', line: 5, column: 19, message: /for IPv6 only, add "EnableIPv4": false$/ }] },
    { name: 'EnableIPv4 written true beside IPv6: the plain message', code: netConf('{"EnableIPv4": true, "EnableIPv6": true, "IPv6Network": "fd01::/48"}'), errors: [{ messageId: 'missing', line: 5, column: 19 }] },
    { name: 'IPv6 enabled without IPv6Network', code: netConf('{"Network": "10.244.0.0/16", "EnableIPv6": true}'), errors: [{ messageId: 'missing', line: 5, column: 19, message: /IPv6Network/ }] },
    { name: 'bad CIDR', code: netConf('{"Network": "10.244.0.0/33"}'), errors: [{ messageId: 'invalid', line: 5, column: 31, endColumn: 46 }] },
    { name: 'too small', code: netConf('{"Network": "10.0.0.0/29"}'), errors: [{ messageId: 'tooSmall', line: 5, column: 31, severity: 'warning', message: /--kube-subnet-mgr/ }] },
    { name: 'a /029 is a /29: too small', code: netConf('{"Network": "10.0.0.0/029"}'), errors: [{ messageId: 'tooSmall', line: 5, column: 31, severity: 'warning', message: /10\.0\.0\.0\/029 is smaller than a \/28/ }] },
    { name: 'too small, SubnetLen 0 is the default', code: netConf('{"Network": "10.0.0.0/29", "SubnetLen": 0}'), errors: [{ messageId: 'tooSmall', line: 5, column: 31, severity: 'warning' }] },
    { name: 'a number', code: netConf('{"Network": 10}'), errors: [{ messageId: 'invalid', line: 5, column: 31, severity: 'error', message: /every mode/ }] },
    { name: 'IPv6 in Network', code: netConf('{"Network": "fd00::/64"}'), errors: [{ messageId: 'family', line: 5, column: 31 }] },
    { name: 'an empty Network fails to decode even with IPv4 off (IP4Net.UnmarshalJSON)', code: netConf('{"EnableIPv4": false, "EnableIPv6": true, "IPv6Network": "fc00::/48", "Network": ""}'), errors: [{ messageId: 'invalid', line: 5, column: 100, message: /every mode/ }] },
    { name: 'a /0 Network is no network to flannel (IP4Net.Empty)', code: netConf('{"Network": "0.0.0.0/0"}'), errors: [{ messageId: 'zero', line: 5, column: 31, message: /0.0.0.0\/0 is a \/0/ }] },
  ],
});
