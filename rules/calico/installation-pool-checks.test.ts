import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-pool-checks.js';

const installation = (pools: string, extra = '') => `apiVersion: operator.tigera.io/v1
kind: Installation
metadata: { name: default }
spec:
${extra}  calicoNetwork:
    ipPools:
${pools}`;

ruleTester(rule, {
  valid: [
    { name: 'the quickstart pool', code: installation('      - { name: default-ipv4-ippool, cidr: 192.168.0.0/16, encapsulation: VXLANCrossSubnet, nodeSelector: all() }\n') },
    { name: 'a dual-stack pair, unnamed', code: installation('      - { cidr: 10.244.0.0/16 }\n      - { cidr: "fd00:10:244::/56" }\n') },
    { name: 'a LoadBalancer pool done right', code: installation('      - { cidr: 10.244.0.0/16 }\n      - { name: lb, cidr: 203.0.113.0/24, allowedUses: [LoadBalancer], encapsulation: None }\n') },
    { name: 'a /26 pool with the default block size', code: installation('      - { cidr: 10.0.0.0/26 }\n') },
    // ValidatePools compares the CIDR with a block size inside its family's range; one outside it is calico/ippool-blocksize-range's.
    { name: 'pools exactly one block wide at the range ends, and a block size outside the range', code: installation('      - { cidr: 10.0.0.0/20, blockSize: 20 }\n      - { cidr: 10.1.0.0/32, blockSize: 32 }\n      - { cidr: 10.2.0.0/20, blockSize: 19 }\n      - { cidr: "fd00::/116", blockSize: 116 }\n') },
    // fillDefaults gives an IPv4 pool IPIP only with the Calico CNI plugin; an IPv6 pool, or another plugin's, gets None.
    { name: 'LoadBalancer pools left at the default encapsulation: IPv6, and IPv4 with the AmazonVPC plugin', code: installation('      - { name: lb6, cidr: "fd00:203::/120", allowedUses: [LoadBalancer] }\n') + '---\n' + installation('      - { name: lb4, cidr: 203.0.113.0/24, allowedUses: [LoadBalancer] }\n', '  kubernetesProvider: EKS\n') },
  ],
  invalid: [
    {
      name: 'a CIDR and a name written twice',
      code: installation('      - { name: a, cidr: 10.0.0.0/16 }\n      - { name: b, cidr: 10.0.0.0/16 }\n      - { name: a, cidr: 10.1.0.0/16 }\n'),
      errors: [
        { messageId: 'repeated', line: 8, column: 26, message: 'IP pool CIDR 10.0.0.0/16 is specified more than once (pool a has it): the operator refuses the Installation' },
        { messageId: 'repeated', line: 9, column: 17, message: /IP pool name a is specified more than once/ },
      ],
    },
    {
      // ValidatePools reads it with Go's net.ParseCIDR, which takes /027 for /27.
      name: 'a /027 with the default /26 blocks',
      code: installation('      - { cidr: 10.0.0.0/027 }\n'),
      errors: [{ messageId: 'tooSmall', line: 7, column: 17, message: /10\.0\.0\.0\/027 is smaller than one \/26 block/ }],
    },
    {
      name: 'a /21 with /20 blocks',
      code: installation('      - { cidr: 10.0.0.0/21, blockSize: 20 }\n'),
      errors: [{ messageId: 'tooSmall', line: 7, column: 17, message: /10\.0\.0\.0\/21 is smaller than one \/20 block: the operator/ }],
    },
    {
      name: 'a /27 with the default /26 blocks',
      code: installation('      - { cidr: 10.0.0.0/27 }\n'),
      errors: [{ messageId: 'tooSmall', line: 7, column: 17, message: /smaller than one \/26 block \(the default block size\)/ }],
    },
    {
      name: 'LoadBalancer pools: mixed uses, the IPIP default, a node selector, no BGP export',
      code: installation('      - { name: lb, cidr: 203.0.113.0/24, allowedUses: [LoadBalancer, Workload], nodeSelector: "zone == \'a\'", disableBGPExport: true }\n'),
      errors: [
        { messageId: 'loadBalancerEncap', line: 7, column: 9, message: /not IPIP \(an IPv4 pool's default with the Calico CNI plugin\)/ },
        { messageId: 'loadBalancerMixed', line: 7, column: 43, message: /cannot also be used for Workload/ },
        { messageId: 'loadBalancerSelector', line: 7, column: 96 },
        { messageId: 'loadBalancerExport', line: 7, column: 129 },
      ],
    },
    {
      name: 'a node selector with the AmazonVPC plugin (EKS)',
      code: installation('      - { cidr: 10.0.0.0/16, nodeSelector: "rack == \'r1\'" }\n', '  kubernetesProvider: EKS\n'),
      errors: [{ messageId: 'nonCalicoSelector', line: 8, column: 44, message: /with the AmazonVPC CNI plugin/ }],
    },
  ],
});
