import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-pool-nat-outgoing.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'true and false spellings', code: calicoNode({ CALICO_IPV4POOL_NAT_OUTGOING: 'FALSE', CALICO_IPV6POOL_NAT_OUTGOING: 'Yes' }) },
    { name: 'not read without the default pool', code: calicoNode({ CALICO_IPV4POOL_CIDR: 'none', CALICO_IPV4POOL_NAT_OUTGOING: 'off' }) },
  ],
  invalid: [
    {
      name: 'off, and false with a trailing space, are read as true',
      code: calicoNode({ CALICO_IPV4POOL_NAT_OUTGOING: 'off', CALICO_IPV6POOL_NAT_OUTGOING: 'false ' }),
      errors: [
        { messageId: 'readAsTrue', line: envLine(0), column: 22, message: 'CALICO_IPV4POOL_NAT_OUTGOING "off" is read as true: the default pool NATs outgoing traffic (only false, 0, no, n or f turn it off)' },
        { messageId: 'readAsTrue', line: envLine(1), column: 22 },
      ],
    },
  ],
});
