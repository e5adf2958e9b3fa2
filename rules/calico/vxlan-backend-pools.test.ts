import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './vxlan-backend-pools.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

const pool = (name: string, spec: string) => `---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: { name: ${name} }
spec: { cidr: 10.${name.length}.0.0/16, ${spec} }
`;

ruleTester(rule, {
  valid: [
    { name: 'the VXLAN manifest: VXLAN default pool', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan', CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'CrossSubnet' }) },
    { name: 'BIRD with an IPIP pool', code: calicoNode({ CALICO_NETWORKING_BACKEND: 'bird', CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV4POOL_IPIP: 'Always' }) },
    {
      name: 'Felix programs the routes (programClusterRoutes: Enabled)',
      code: `${calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan' })}${pool('ipip', 'ipipMode: Always')}---
apiVersion: projectcalico.org/v3
kind: FelixConfiguration
metadata: { name: default }
spec: { programClusterRoutes: Enabled }
`,
    },
    { name: 'a disabled IPIP pool', code: `${calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan' })}${pool('ipip', 'ipipMode: Always, disabled: true')}` },
  ],
  invalid: [
    {
      name: 'the VXLAN backend with the IPIP default pool of calico.yaml',
      code: calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan', CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV4POOL_IPIP: 'Always' }),
      errors: [{ messageId: 'noRoutes', line: envLine(1), column: 22, message: 'calico-node default pool default-ipv4-ippool (10.244.0.0/16) uses IPIP (Always) while calico-node runs the VXLAN backend (CALICO_NETWORKING_BACKEND=vxlan, no BGP): no routes to its pods on other nodes' }],
    },
    {
      name: 'an unencapsulated IPPool with the VXLAN backend',
      code: `${calicoNode({ CALICO_NETWORKING_BACKEND: 'vxlan' })}${pool('flat', 'ipipMode: Never, vxlanMode: Never')}`,
      errors: [{ messageId: 'noRoutes', line: 17, column: 15, message: /uses no encapsulation/ }],
    },
  ],
});
