import type { Facts } from '../evidence.js';
import type { ControlOf } from './types.js';

/** Calico's global BGPConfiguration (calico-node creates it at startup: startup.go ensureDefaultBGPConfigExists). */
export const BGP_CONFIGURATION = 'bgpconfigurations.crd.projectcalico.org/default';

/**
 * What the nodes still show of BGP routing between them: Established sessions, and routes to a
 * block of another node. Without encapsulation BIRD programs those routes (FelixConfiguration
 * `programClusterRoutes` defaults to Disabled, api felixconfig.go), so with no session there are none.
 */
export function bgpRoutingLeft(facts: Facts): string[] {
  const left: string[] = [];
  for (const n of facts.nodes) {
    if (!n.bgp) left.push(`${n.name}: BGP sessions not readable`);
    for (const s of n.bgp ?? []) if (s.info.startsWith('Established')) left.push(`${n.name}: ${s.name} Established`);
    for (const b of facts.blocks) if (b.node !== n.name && n.routes.some((r) => r.dst === b.cidr)) left.push(`${n.name}: route to ${b.cidr} (${b.node})`);
  }
  return left;
}

export const NO_BGP_ROUTING = { expect: 'no BGP session Established, no route to another node’s block', of: bgpRoutingLeft };

/**
 * calico-bgp: `nodeToNodeMeshEnabled: false` with no BGPPeer. confd then writes no `Mesh_` peers
 * (bgp_processor.go processMeshPeers), so no node learns another node's block: every cross-node
 * pair fails, same-node pairs still reach.
 */
export const meshOffControl: ControlOf = () => ({
  title: 'BGP mesh off, no BGPPeer',
  source: 'confd bgp_processor.go processMeshPeers: no Mesh_ peers while nodeToNodeMeshEnabled is false',
  break: [{ do: 'patch', title: 'BGPConfiguration nodeToNodeMeshEnabled: false', what: BGP_CONFIGURATION, spec: { nodeToNodeMeshEnabled: false } }],
  restore: [{ do: 'patch', title: 'BGPConfiguration nodeToNodeMeshEnabled: true', what: BGP_CONFIGURATION, spec: { nodeToNodeMeshEnabled: true } }],
  blocked: (a, b) => a.name !== b.name,
  expect: 'same-node pairs reach, cross-node pairs blocked',
  remaining: NO_BGP_ROUTING,
});
