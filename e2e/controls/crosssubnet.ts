import { sameSubnet } from '../cidr.js';
import type { Facts } from '../evidence.js';
import { DEFAULT_POOL } from '../procedures/types.js';
import type { ControlOf } from './types.js';

const POOL_NAME = DEFAULT_POOL.slice(DEFAULT_POOL.indexOf('/') + 1);

/**
 * What the nodes still show of IPIP between the subnets: the pool's `ipipMode` as the API holds
 * it, and routes to another subnet's blocks through `tunl0`. confd sets `krt_tunnel = "tunl0"`
 * only for blocks of a pool with IPIP (bgp_processor.go extraStatementForKernelProgrammingIPIPNoEncap),
 * so once the pool says Never those routes leave the tunnel.
 */
export function crossSubnetTunnelLeft(facts: Facts): string[] {
  const left: string[] = [];
  const pool = facts.pools.find((p) => p.name === POOL_NAME);
  if (!pool) left.push(`IPPool ${POOL_NAME} not listed`);
  else if (pool.ipipMode !== 'Never') left.push(`IPPool ${POOL_NAME} ipipMode ${pool.ipipMode}`);
  for (const n of facts.nodes) {
    for (const b of facts.blocks) {
      const r = facts.nodes.find((x) => x.name === b.node);
      if (!r || r === n || !n.ip || !r.ip || n.prefixLen === null || sameSubnet(n.ip, r.ip, n.prefixLen)) continue;
      if (n.routes.some((x) => x.dst === b.cidr && x.dev === 'tunl0')) left.push(`${n.name}: route to ${b.cidr} (${b.node}) via tunl0`);
    }
  }
  return left;
}

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
  remaining: { expect: `IPPool ${POOL_NAME} ipipMode Never, no route to another subnet’s block via tunl0`, of: crossSubnetTunnelLeft },
});
