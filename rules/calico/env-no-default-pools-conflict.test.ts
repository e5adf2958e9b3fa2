import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-no-default-pools-conflict.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'pools from IPPool resources only', code: calicoNode({ NO_DEFAULT_POOLS: 'true', CALICO_IPV4POOL_IPIP: 'Always' }) },
    { name: 'a default pool from env', code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16' }) },
    { name: 'NO_DEFAULT_POOLS false', code: calicoNode({ NO_DEFAULT_POOLS: 'false', CALICO_IPV4POOL_CIDR: '10.244.0.0/16' }) },
  ],
  invalid: [
    {
      name: 'NO_DEFAULT_POOLS with an IPv4 pool CIDR',
      code: calicoNode({ NO_DEFAULT_POOLS: 'True', CALICO_IPV4POOL_CIDR: '10.244.0.0/16' }),
      errors: [{ messageId: 'conflict', line: envLine(1), column: 22, message: /^CALICO_IPV4POOL_CIDR is set while NO_DEFAULT_POOLS is "True": calico-node terminates/ }],
    },
    {
      name: 'and with both families',
      code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV6POOL_CIDR: 'fd00:10:244::/48', NO_DEFAULT_POOLS: 'true' }),
      errors: [
        { messageId: 'conflict', line: envLine(0), column: 22, message: /^CALICO_IPV4POOL_CIDR/ },
        { messageId: 'conflict', line: envLine(1), column: 22, message: /^CALICO_IPV6POOL_CIDR/ },
      ],
    },
  ],
});
