import { sameSubnet } from '../cidr.js';
import { DEFAULT_POOL } from '../procedures/types.js';
import type { ControlOf } from './types.js';

/**
 * calico-crosssubnet: the pool's `ipipMode: Never`. Every remote block is then routed to the node
 * address without `tunl0`; across the router (which has no pod routes) nothing arrives, inside a
 * subnet nothing changes. A pair whose node addresses are unknown is not probed.
 */
export const crossSubnetControl: ControlOf = () => ({
  title: 'IPPool ipipMode Never',
  source: 'confd bgp_processor.go extraStatementForKernelProgrammingIPIPNoEncap: ipipMode Never sets no krt_tunnel',
  break: [{ do: 'patch', title: 'IPPool ipipMode: Never', what: DEFAULT_POOL, spec: { ipipMode: 'Never' } }],
  restore: [{ do: 'patch', title: 'IPPool ipipMode: CrossSubnet', what: DEFAULT_POOL, spec: { ipipMode: 'CrossSubnet' } }],
  blocked: (a, b) => (a.ip && b.ip && a.prefixLen !== null ? !sameSubnet(a.ip, b.ip, a.prefixLen) : null),
  expect: 'same-subnet pairs reach, cross-subnet pairs blocked',
});
