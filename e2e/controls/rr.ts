import { bgpPeerToReflectors, RR_PEER } from '../manifests.js';
import { NO_BGP_ROUTING } from './bgp.js';
import type { ControlOf } from './types.js';

/**
 * calico-rr: the BGPPeer deleted while the mesh stays off. That one peer carries every session:
 * the clients' to the reflector, and the reflector's to the clients as its reverse peerings
 * (confd client.go updatePeersV1); a reflector never joins the mesh (bgp_processor.go
 * processMeshPeers). So every cross-node pair fails, reflector ↔ client as well as client ↔ client,
 * and same-node pairs still reach. Recreated from the same manifest.
 */
export const peerDeletedControl: ControlOf = (profile) => ({
  title: 'BGPPeer to the route reflectors deleted',
  source: 'confd client.go updatePeersV1: the reflector’s sessions are the reverse peerings of the same BGPPeer',
  break: [{ do: 'delete', title: `delete BGPPeer ${RR_PEER}`, what: `bgppeers.crd.projectcalico.org/${RR_PEER}` }],
  restore: [{ do: 'apply', title: `recreate BGPPeer ${RR_PEER}`, name: 'bgppeer.yaml', objects: [bgpPeerToReflectors(profile)] }],
  blocked: (a, b) => a.name !== b.name,
  expect: 'same-node pairs reach, cross-node pairs blocked (client ↔ client and reflector ↔ client)',
  remaining: NO_BGP_ROUTING,
});
