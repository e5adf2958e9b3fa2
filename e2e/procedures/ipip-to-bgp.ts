import { DEFAULT_POOL, type Procedure } from './types.js';

/**
 * Switch a running IPIP cluster to unencapsulated BGP as the Calico guide does it: the pool's
 * `ipipMode: Never`, `FELIX_IPINIPENABLED=false` on calico-node, restart calico-node. Remote
 * blocks must move from `tunl0` to the node interface while pod-to-pod traffic keeps working.
 */
export const IPIP_TO_BGP: Procedure = {
  name: 'ipip-to-bgp',
  title: 'IPIP → BGP: pool ipipMode Never, FELIX_IPINIPENABLED=false, restart calico-node',
  profile: 'calico-ipip',
  source: 'Calico guide: switching the overlay off (IPPool ipipMode, Felix IPIP setting)',
  steps: [
    { do: 'ping', id: 'before', title: 'pod-to-pod before the switch' },
    { do: 'patch', title: 'IPPool ipipMode: Never', what: DEFAULT_POOL, spec: { ipipMode: 'Never', vxlanMode: 'Never' } },
    { do: 'set-calico-node-env', title: 'calico-node FELIX_IPINIPENABLED=false', env: { FELIX_IPINIPENABLED: 'false' } },
    { do: 'restart-calico-node', title: 'restart calico-node' },
    { do: 'node-evidence', title: 'routes via eth0 to the node IPs, none via tunl0; BGP mesh', expect: { mode: 'bgp', ipipMode: 'Never', vxlanMode: 'Never' } },
    { do: 'ping', id: 'after', title: 'pod-to-pod after the switch' },
  ],
};
