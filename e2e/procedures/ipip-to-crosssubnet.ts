import { DEFAULT_POOL, type Procedure } from './types.js';

/**
 * IPIP → CrossSubnet by editing the IPPool and recreating the calico-node pods. On kind every
 * node shares one subnet, so every remote block must then be routed without the tunnel, via eth0.
 */
export const IPIP_TO_CROSSSUBNET: Procedure = {
  name: 'ipip-to-crosssubnet',
  title: 'IPIP → CrossSubnet: edit the IPPool, recreate the calico-node pods',
  profile: 'calico-ipip',
  source: 'Calico guide: IPIP only across subnets (IPPool ipipMode CrossSubnet)',
  steps: [
    { do: 'ping', id: 'before', title: 'pod-to-pod before the change' },
    { do: 'patch', title: 'IPPool ipipMode: CrossSubnet', what: DEFAULT_POOL, spec: { ipipMode: 'CrossSubnet' } },
    { do: 'recreate-calico-node-pods', title: 'delete the calico-node pods; the DaemonSet recreates them' },
    { do: 'node-evidence', title: 'same-subnet blocks via eth0 (all kind nodes share one subnet); tunl0 kept', expect: { mode: 'crosssubnet', ipipMode: 'CrossSubnet', vxlanMode: 'Never' } },
    { do: 'ping', id: 'after', title: 'pod-to-pod after the change' },
  ],
};
