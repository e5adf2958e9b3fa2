import type { Procedure } from './types.js';

const FIXED_POOL = '10.49.0.0/24';

/**
 * Fixed pod addresses: `cni.projectcalico.org/ipAddrs` asks Calico IPAM for one address of an
 * existing pool, `cni.projectcalico.org/ipv4pools` restricts a pod to named pools (both read by
 * the Calico CNI plugin, cni-plugin/pkg/k8s/k8s.go).
 */
export const FIXED_IPS: Procedure = {
  name: 'fixed-ips',
  title: 'fixed pod IPs: cni.projectcalico.org/ipAddrs and ipv4pools',
  profile: 'calico-ipip',
  source: 'Calico guide: use a specific IP address with a pod; restrict a pod to an IP pool',
  steps: [
    {
      do: 'apply',
      title: 'a second pool for the ipv4pools annotation',
      name: 'fixed-pool.yaml',
      objects: [{ apiVersion: 'crd.projectcalico.org/v1', kind: 'IPPool', metadata: { name: 'netlint-fixed' }, spec: { cidr: FIXED_POOL, blockSize: 26, ipipMode: 'Always', vxlanMode: 'Never', natOutgoing: true, nodeSelector: 'all()', allowedUses: ['Workload'] } }],
    },
    {
      do: 'start-pods',
      title: 'pods asking for a fixed address and for a pool',
      pods: [
        { name: 'fixed-ip', node: 1, annotations: { 'cni.projectcalico.org/ipAddrs': '["192.168.250.10"]' }, expectIp: { equals: '192.168.250.10' } },
        { name: 'pool-ip', node: 2, annotations: { 'cni.projectcalico.org/ipv4pools': '["netlint-fixed"]' }, expectIp: { inCidr: FIXED_POOL, why: 'the netlint-fixed pool named by ipv4pools' } },
      ],
    },
    { do: 'node-evidence', title: 'IPIP evidence with the extra pool', expect: { mode: 'ipip', ipipMode: 'Always', vxlanMode: 'Never', extraPools: [FIXED_POOL] } },
    { do: 'ping', id: 'after', title: 'pod-to-pod including the fixed-address pods' },
  ],
};
