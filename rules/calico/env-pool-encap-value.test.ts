import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './env-pool-encap-value.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'the manifest defaults', code: calicoNode({ CALICO_IPV4POOL_IPIP: 'Always', CALICO_IPV4POOL_VXLAN: 'Never', CALICO_IPV6POOL_VXLAN: 'Never' }) },
    { name: 'case-insensitive cross-subnet spelling', code: calicoNode({ CALICO_IPV4POOL_VXLAN: 'cross-subnet', CALICO_IPV4POOL_IPIP: 'off' }) },
    // Read only with the IPv4 pool's settings (configureIPPools), CALICO_IPV6POOL_VXLAN included.
    { name: 'not read with CALICO_IPV4POOL_CIDR=none', code: calicoNode({ CALICO_IPV4POOL_CIDR: 'none', CALICO_IPV4POOL_IPIP: 'bogus', CALICO_IPV6POOL_VXLAN: 'bogus' }) },
  ],
  invalid: [
    {
      name: 'Enabled is not a mode',
      code: calicoNode({ DATASTORE_TYPE: 'kubernetes', CALICO_IPV4POOL_IPIP: 'Enabled' }),
      errors: [{ messageId: 'invalid', line: envLine(1), column: 22, message: 'CALICO_IPV4POOL_IPIP is "Enabled"; calico-node accepts Always, CrossSubnet or Never' }],
    },
  ],
});
