import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-autodetection.js';

const installation = (network: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n  calicoNetwork:\n${network}`;

ruleTester(rule, {
  valid: [
    { name: 'one method per family', code: installation('    nodeAddressAutodetectionV4: { kubernetes: NodeInternalIP }\n    nodeAddressAutodetectionV6: { cidrs: ["fd00::/64"] }\n') },
    { name: 'firstFound false beside another method', code: installation('    nodeAddressAutodetectionV4: { firstFound: false, interface: eth0 }\n') },
    { name: 'Go regular expressions, a host name to reach, an IPv6-only node', code: installation('    nodeAddressAutodetectionV4: {}\n    nodeAddressAutodetectionV6: { interface: "(?i)ETH[0-9]+" }\n') },
    // Calico's docs disable autodetection this way and set the addresses on the Node resources
    // (networking/ipam/ip-autodetection): calico-node keeps a Node's address with IP=none.
    { name: 'both families emptied, as the docs disable autodetection', code: installation('    nodeAddressAutodetectionV4: {}\n    nodeAddressAutodetectionV6: {}\n') },
    // validateNodeAddressDetection counts a method only when set: a non-empty string or list, firstFound true, a non-nil kubernetes.
    { name: 'one method beside the others at their zero values', code: installation("    nodeAddressAutodetectionV4: { interface: eth0, skipInterface: '', canReach: '', firstFound: false, cidrs: [], kubernetes: null }\n") },
    { name: 'canReach a host name', code: installation('    nodeAddressAutodetectionV4: { canReach: gateway.example.com }\n') },
    // The operator's net.ParseCIDR and calico-node's cnet.ParseCIDR read /016 as /16 and the
    // IPv4-mapped network as 10.0.0.0/8; Go dials an IPv4-mapped address over udp4.
    { name: 'Go reads the CIDRs and the address as IPv4', code: installation('    nodeAddressAutodetectionV4: { cidrs: [10.1.0.0/016, "::ffff:10.0.0.0/104"] }\n---\n' + installation('    nodeAddressAutodetectionV4: { canReach: "::ffff:8.8.8.8" }\n')) },
  ],
  invalid: [
    {
      name: 'two methods in one family',
      code: installation('    nodeAddressAutodetectionV4: { interface: eth0, canReach: 8.8.8.8 }\n'),
      errors: [{ messageId: 'several', line: 6, column: 5, message: 'nodeAddressAutodetectionV4 turns on interface and canReach: the operator allows no more than one autodetection method per family' }],
    },
    {
      name: 'every method at once',
      code: installation('    nodeAddressAutodetectionV6: { interface: eth0, skipInterface: docker0, canReach: "fd00::1", firstFound: true, cidrs: ["fd00::/8"], kubernetes: NodeInternalIP }\n'),
      errors: [{ messageId: 'several', line: 6, column: 5, message: /^nodeAddressAutodetectionV6 turns on interface, skipInterface, canReach, firstFound, cidrs and kubernetes:/ }],
    },
    {
      name: 'a cidrs entry that is not a CIDR',
      code: installation('    nodeAddressAutodetectionV4: { cidrs: [10.0.0.1] }\n'),
      errors: [{ messageId: 'cidr', line: 6, column: 43, message: /missing prefix length/ }],
    },
    {
      name: 'a lookahead (not Go), IPv6 cidrs for IPv4, a port on canReach',
      code: installation('    nodeAddressAutodetectionV4: { interface: "^(?!docker).*" }\n    nodeAddressAutodetectionV6: { canReach: "8.8.8.8" }\n---\n' + installation('    nodeAddressAutodetectionV4: { cidrs: ["fd00::/8"] }\n---\n') + installation('    nodeAddressAutodetectionV4: { canReach: "8.8.8.8:53" }\n')),
      errors: [
        { messageId: 'method', line: 6, column: 46, message: /^nodeAddressAutodetectionV4\.interface: .*lookaround.*IP_AUTODETECTION_METHOD, which exits$/ },
        { messageId: 'canReach', line: 7, column: 45, message: /is an IPv4 address, not IPv6/ },
        { messageId: 'cidrFamily', line: 14, column: 35, message: /holds no IPv4 network \(fd00::\/8\)/ },
        { messageId: 'canReach', line: 21, column: 45, message: /carries a port/ },
      ],
    },
  ],
});
