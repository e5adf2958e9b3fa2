import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-pool-blocksize.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'defaults written out', code: calicoNode({ CALICO_IPV4POOL_BLOCK_SIZE: '26', CALICO_IPV6POOL_BLOCK_SIZE: '122' }) },
    { name: 'a sign, which strconv.Atoi takes', code: calicoNode({ CALICO_IPV4POOL_BLOCK_SIZE: '+26' }) },
    // configureIPPools reads no pool setting after NO_DEFAULT_POOLS=true, nor a family's after its CIDR is none.
    { name: 'not read: NO_DEFAULT_POOLS=true, or the pool is none', code: calicoNode({ NO_DEFAULT_POOLS: 'TRUE', CALICO_IPV4POOL_BLOCK_SIZE: '40' }) },
    { name: 'not read: CALICO_IPV6POOL_CIDR=none', code: calicoNode({ CALICO_IPV6POOL_CIDR: 'none', CALICO_IPV6POOL_BLOCK_SIZE: '64' }) },
  ],
  invalid: [
    {
      name: 'a space, which strconv.Atoi refuses',
      code: calicoNode({ CALICO_IPV4POOL_BLOCK_SIZE: ' 26' }),
      errors: [{ messageId: 'invalid', line: envLine(0), column: 22 }],
    },
    {
      name: 'a slash and an IPv6 size out of range',
      code: calicoNode({ CALICO_IPV4POOL_BLOCK_SIZE: '/26', CALICO_IPV6POOL_BLOCK_SIZE: '64' }),
      errors: [
        { messageId: 'invalid', line: envLine(0), column: 22, message: 'CALICO_IPV4POOL_BLOCK_SIZE is "/26"; it must be an integer from 20 to 32' },
        { messageId: 'invalid', line: envLine(1), column: 22, message: /from 116 to 128/ },
      ],
    },
  ],
});
