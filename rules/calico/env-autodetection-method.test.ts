import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-autodetection-method.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'interface regexes', code: calicoNode({ IP_AUTODETECTION_METHOD: 'interface=eth.*,ens.*' }) },
    { name: 'cidr list and kubernetes-internal-ip', code: calicoNode({ IP_AUTODETECTION_METHOD: 'cidr=10.0.0.0/16,10.1.0.0/16', IP6_AUTODETECTION_METHOD: 'kubernetes-internal-ip' }) },
    { name: 'can-reach', code: calicoNode({ IP_AUTODETECTION_METHOD: 'can-reach=8.8.8.8' }) },
    // autodetection_methods.go parses cidr= entries with cnet.ParseCIDR (Go's dtoi prefix).
    { name: 'cidr= with a prefix length with a leading zero', code: calicoNode({ IP_AUTODETECTION_METHOD: 'cidr=10.0.0.0/016' }) },
    { name: 'methods calico-node never reads: IP and IP6 set to none (as kops renders them)', code: calicoNode({ IP: 'none', IP_AUTODETECTION_METHOD: 'none', IP6: 'none', IP6_AUTODETECTION_METHOD: 'none' }) },
    { name: 'an IPv6 method without IP6=autodetect is not read', code: calicoNode({ IP6_AUTODETECTION_METHOD: 'iface=eth0' }) },
    { name: 'an explicit IPv4 address: the method is not read', code: calicoNode({ IP: '10.0.0.5/24', IP_AUTODETECTION_METHOD: 'bogus' }) },
    // Go RE2 syntax JavaScript lacks; spaces around commas (calico splits on \s*,\s*).
    { name: 'Go regular expressions: flags, named groups', code: calicoNode({ IP_AUTODETECTION_METHOD: 'interface=(?i)ETH0 , (?s:.), (?P<n>ens)[0-9]+' }) },
    { name: 'kubernetes-internal-ip is matched by prefix', code: calicoNode({ IP_AUTODETECTION_METHOD: 'kubernetes-internal-ip=yes' }) },
    { name: 'policy-only Calico (CALICO_NETWORKING_BACKEND=none) configures no address', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'none', IP_AUTODETECTION_METHOD: 'bogus' }) },
  ],
  invalid: [
    {
      name: 'iface= is not a method; a broken cidr',
      code: calicoNode({ IP_AUTODETECTION_METHOD: 'iface=eth0', IP6_AUTODETECTION_METHOD: 'cidr=fd00::/129', IP6: 'autodetect' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: /"iface=eth0" is not a method/ },
        { messageId: 'invalid', line: envLine(1), column: 22, message: /out of range/ },
      ],
    },
    {
      name: 'JavaScript syntax Go does not compile: lookahead, \\Z, a repeat over 1000',
      code: calicoNode({ IP_AUTODETECTION_METHOD: 'interface=^(?!docker).*', IP6: 'autodetect', IP6_AUTODETECTION_METHOD: 'skip-interface=eth\\Z' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: /"\^\(\?!docker\)\.\*" is not a Go regular expression: .*lookaround/ },
        { messageId: 'invalid', line: envLine(2), column: 22, message: /not an escape Go knows/ },
      ],
    },
    {
      name: 'IP=autodetect reads the IPv4 method',
      code: calicoNode({ IP: 'autodetect', IP_AUTODETECTION_METHOD: 'none' }),
      errors: [{ messageId: 'invalid', line: envLine(1), column: 22, message: /"none" is not a method/ }],
    },
  ],
});
