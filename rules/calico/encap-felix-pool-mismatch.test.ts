import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './encap-felix-pool-mismatch.js';
import { calicoNode, envLine } from './lib/test-manifests.js';

const pool = (ipipMode: string) => `
  apiVersion: projectcalico.org/v3
  kind: IPPool
  metadata: { name: default-ipv4-ippool }
  spec: { cidr: 10.244.0.0/16, ipipMode: ${ipipMode}, natOutgoing: true }
`;

ruleTester(rule, {
  valid: [
    { name: 'the BGP switch done in both places', code: { 'pool.yaml': pool('Never'), 'calico-node.yaml': calicoNode({ CALICO_IPV4POOL_IPIP: 'Never', FELIX_IPINIPENABLED: 'false' }) } },
    { name: 'IPIP pool and manifest defaults', code: { 'pool.yaml': pool('Always'), 'calico-node.yaml': calicoNode({ CALICO_IPV4POOL_IPIP: 'Always' }) } },
    { name: 'no pools declared: the env creates the pool', code: calicoNode({ CALICO_IPV4POOL_IPIP: 'Always', FELIX_IPINIPENABLED: 'true' }) },
    { name: 'BGP switch done in the env alone', code: calicoNode({ CALICO_IPV4POOL_IPIP: 'Never', FELIX_IPINIPENABLED: 'false', CALICO_IPV4POOL_VXLAN: 'Never', FELIX_VXLANENABLED: 'false' }) },
  ],
  invalid: [
    {
      name: 'Felix IPIP off while the env still asks for an IPIP default pool (no pool declared)',
      code: calicoNode({ CALICO_IPV4POOL_IPIP: 'Always', FELIX_IPINIPENABLED: 'false' }),
      errors: [{ messageId: 'felixOff', line: envLine(1), column: 22, severity: 'error', message: 'FELIX_IPINIPENABLED disables IPIP in Felix, but the default pool calico-node creates (CALICO_IPV4POOL_IPIP=Always) uses IPIP (Always): the tunnel is not created and pod traffic between nodes is dropped' }],
    },
    {
      name: 'Felix VXLAN off while the env default pool is VXLAN CrossSubnet',
      code: calicoNode({ CALICO_IPV4POOL_IPIP: 'Never', CALICO_IPV4POOL_VXLAN: 'CrossSubnet', FELIX_VXLANENABLED: 'false' }),
      errors: [{ messageId: 'felixOff', line: envLine(2), column: 22, severity: 'error', message: /disables VXLAN in Felix, but the default pool calico-node creates \(CALICO_IPV4POOL_VXLAN=CrossSubnet\)/ }],
    },
    {
      name: 'Felix VXLAN off under a VXLAN IPPool object',
      code: { 'pool.yaml': `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: vx }
        spec: { cidr: 10.244.0.0/16, vxlanMode: Always }
      `, 'calico-node.yaml': calicoNode({ FELIX_VXLANENABLED: 'false' }) },
      errors: [{ messageId: 'felixOff', file: 'calico-node.yaml', line: envLine(0), column: 22, severity: 'error', message: /uses VXLAN \(Always\)/ }],
    },
    {
      name: 'Felix IPIP off under an IPIP pool',
      code: { 'pool.yaml': pool('CrossSubnet'), 'calico-node.yaml': calicoNode({ CALICO_IPV4POOL_IPIP: 'CrossSubnet', FELIX_IPINIPENABLED: 'false' }) },
      errors: [{ messageId: 'felixOff', file: 'calico-node.yaml', line: envLine(1), column: 22, severity: 'error', message: 'FELIX_IPINIPENABLED disables IPIP in Felix, but IPPool default-ipv4-ippool (10.244.0.0/16) uses IPIP (CrossSubnet): the tunnel is not created and pod traffic between nodes is dropped' }],
    },
    {
      name: 'pool switched to BGP, env still Always',
      code: { 'pool.yaml': pool('Never'), 'calico-node.yaml': calicoNode({ CALICO_IPV4POOL_IPIP: 'Always' }) },
      errors: [{ messageId: 'envStale', file: 'calico-node.yaml', line: envLine(0), column: 22, severity: 'warning' }],
    },
    {
      name: 'FelixConfiguration forces IPIP on with BGP-mode pools',
      code: { 'pool.yaml': pool('Never'), 'felix.yaml': `
        apiVersion: projectcalico.org/v3
        kind: FelixConfiguration
        metadata: { name: default }
        spec:
          ipipEnabled: true
      ` },
      errors: [{ messageId: 'felixOn', file: 'felix.yaml', line: 5, column: 16, severity: 'warning' }],
    },
  ],
});
