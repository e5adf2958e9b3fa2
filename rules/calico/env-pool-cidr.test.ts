import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-pool-cidr.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'IPv4 and IPv6 pools', code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV6POOL_CIDR: 'fd00:10:244::/48' }) },
    { name: 'none', code: calicoNode({ CALICO_IPV4POOL_CIDR: 'none' }) },
    // configureIPPools: cnet.ParseCIDR, the IPNet's Version, the pool written as its String().
    { name: 'a prefix length with a leading zero, and an IPv4-mapped network (10.0.0.0/8)', code: calicoNode({ CALICO_IPV4POOL_CIDR: '::ffff:10.0.0.0/104', CALICO_IPV6POOL_CIDR: 'fd00::/048' }) },
    { name: 'a /26 pool with the default block size, a /24 with /24 blocks', code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.0.0.0/24', CALICO_IPV4POOL_BLOCK_SIZE: '24', CALICO_IPV6POOL_CIDR: 'fd00::/122' }) },
    { name: 'not read after NO_DEFAULT_POOLS=true (env-no-default-pools-conflict says so)', code: calicoNode({ NO_DEFAULT_POOLS: 'true', CALICO_IPV4POOL_CIDR: 'None' }) },
    // A script fills it in before the manifest is applied (spiderpool's test/scripts/install-default-cni.sh).
    { name: 'a <<NAME>> placeholder', code: calicoNode({ CALICO_IPV6POOL_CIDR: '<<CALICO_IPV6_CIDR>>' }) },
  ],
  invalid: [
    {
      name: 'bare address, and an IPv4 CIDR in the IPv6 variable',
      code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0', CALICO_IPV6POOL_CIDR: '10.245.0.0/16' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: /missing prefix length/ },
        { messageId: 'family', line: envLine(1), column: 22, message: 'CALICO_IPV6POOL_CIDR is an IPv4 CIDR (10.245.0.0/16)' },
      ],
    },
    {
      name: 'a word in the IPv6 variable is said not to be IPv6 (not what an IPv4 address lacks)',
      code: calicoNode({ CALICO_IPV6POOL_CIDR: 'CALICO_IPV6_CIDR' }),
      errors: [{ messageId: 'invalid', line: envLine(0), column: 22, message: 'CALICO_IPV6POOL_CIDR "CALICO_IPV6_CIDR": not an IPv6 CIDR (an IPv6 address is written with colons, e.g. fd00:10:244::/64)' }],
    },
    {
      // configureIPPools compares with "none" exactly; ParseCIDR("None") fails and calico-node exits.
      name: 'None in capitals',
      code: calicoNode({ CALICO_IPV4POOL_CIDR: 'None' }),
      errors: [{ messageId: 'noneCase', line: envLine(0), column: 22 }],
    },
    {
      name: 'a /027 pool is a /27, smaller than a block',
      code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.0.0.0/027' }),
      errors: [{ messageId: 'tooSmall', line: envLine(0), column: 22, message: /10\.0\.0\.0\/027 is smaller than one \/26 block/ }],
    },
    {
      name: 'an IPv4-mapped network in the IPv6 variable is IPv4',
      code: calicoNode({ CALICO_IPV6POOL_CIDR: '::ffff:10.0.0.0/104' }),
      errors: [{ messageId: 'family', line: envLine(0), column: 22, message: 'CALICO_IPV6POOL_CIDR is an IPv4 CIDR (::ffff:10.0.0.0/104)' }],
    },
    {
      name: 'pools smaller than a block, and an IPv6 link-local pool',
      code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.0.0.0/27', CALICO_IPV6POOL_CIDR: 'fe80::/64', CALICO_IPV6POOL_BLOCK_SIZE: '120' }),
      errors: [
        { messageId: 'tooSmall', line: envLine(0), column: 22, message: /10\.0\.0\.0\/27 is smaller than one \/26 block \(the default block size\)/ },
        { messageId: 'linkLocal', line: envLine(1), column: 22 },
      ],
    },
  ],
});
