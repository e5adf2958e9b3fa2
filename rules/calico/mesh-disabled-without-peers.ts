/**
 * Who programs the route to a pod on another node (api/pkg/apis/projectcalico/v3/bgpconfig.go and
 * felixconfig.go, `programClusterRoutes`, v3.32.1): Felix always does for pools with
 * `vxlanMode: Always` or `CrossSubnet`; for the other pools confd and BIRD do, over BGP, unless
 * BGPConfiguration `programClusterRoutes: Disabled` or FelixConfiguration
 * `programClusterRoutes: Enabled` hands them to Felix (the operator sets the latter for
 * `calicoNetwork.clusterRoutingMode: Felix`), and the operator runs no BIRD with `bgp: Disabled`.
 * Only when BIRD carries pod routes does a disabled mesh without peers lose them.
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology } from './lib/bgp.js';
import { felixValue } from './lib/dataplane.js';
import { podPools } from './lib/pools.js';

/** Whether something other than BIRD is said to program the routes between nodes' pods. */
function birdCarriesNoPodRoutes(model: ClusterModel, bgpConfig: Resource): boolean {
  // With pools in the input and every one of them VXLAN, Felix programs every pod route.
  const pools = podPools(model);
  if (pools.length > 0 && pools.every((p) => p.vxlan !== 'Never')) return true;
  if (asObject(bgpConfig.value.spec).programClusterRoutes === 'Disabled') return true;
  // Felix's own setting (its env ranks above FelixConfiguration default).
  if (felixValue(model, 'programClusterRoutes')?.value === 'Enabled') return true;
  return model.byKind('operator.tigera.io/Installation').some((r) => {
    const net = asObject(asObject(r.value.spec).calicoNetwork);
    return net.bgp === 'Disabled' || net.clusterRoutingMode === 'Felix';
  });
}

export default defineRule({
  meta: {
    id: 'calico/mesh-disabled-without-peers',
    description:
      'Turning off the node-to-node mesh (`nodeToNodeMeshEnabled: false` in BGPConfiguration `default`) with no BGPPeer (route reflectors or top-of-rack routers) in the linted files leaves nodes without BGP sessions: routes to other nodes\' pods disappear where BIRD programs them (pools without VXLAN, unless Felix programs cluster routes).',
    severity: 'error',
    remediation: 'Add the BGPPeer resources (e.g. all nodes peering with `route-reflector == \'true\'`) in the same change, or keep the mesh enabled until they exist.',
    kinds: ['calico/BGPConfiguration'],
    messages: { noPeers: 'the node-to-node mesh is disabled, but there is no BGPPeer: nodes will have no BGP sessions' },
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    if (topo.config !== resource || topo.meshEnabled || topo.peers.length > 0) return;
    if (birdCarriesNoPodRoutes(ctx.model, resource)) return;
    ctx.report({ path: ['spec', 'nodeToNodeMeshEnabled'], messageId: 'noPeers' });
  },
});
