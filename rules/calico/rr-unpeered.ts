import { parseIp } from '../../src/engine/cidr.js';
import { findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { matchesCalicoSelector } from '../../src/engine/selector/calico.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology, parsedSelector, reflectors } from './lib/bgp.js';
import { bgpSessions, peerAddress } from './lib/bgp-sessions.js';

function hasNonStringLabel(r: Resource): boolean {
  const labels = asObject(asObject(r.value.metadata).labels);
  for (const k in labels) if (typeof labels[k] !== 'string') return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'calico/rr-unpeered',
    description:
      'With the node-to-node mesh off, a route reflector (a node with `routeReflectorClusterID`) only has the sessions BGPPeers give it. When no BGPPeer peers it with another node (no `peerSelector` selects it, no `peerIP` names its address, and no BGPPeer whose `nodeSelector` or `node` picks it has a `peerSelector` selecting other nodes), no client peers with it and it reflects nothing: clients that were meant to learn routes through it have none. The reflectors are in the input, so this is said even when the node inventory is incomplete.',
    severity: 'error',
    remediation: 'Add a BGPPeer that peers the nodes with the reflectors, e.g. `spec: { nodeSelector: all(), peerSelector: route-reflector == \'true\' }`, and label the reflectors accordingly.',
    kinds: ['Node', 'calico/Node'],
    messages: {
      unpeered: 'route reflector {{node}} is peered with no node by any BGPPeer while the node-to-node mesh is off: no client peers with it{{also}}',
    },
    docs: 'Source: Calico docs "Configure BGP peering" (route reflectors): with `nodeToNodeMeshEnabled: false`, sessions exist only where a BGPPeer creates them; a BGPPeer peers its `nodeSelector` nodes with the nodes its `peerSelector` selects, both ways: confd adds the reverse peering (Calico v3.32.1 confd/pkg/backends/calico/client.go `updatePeersV1`), so a reflector may be the nodeSelector side, as in upstream\'s confd/tests/mock_data/calicoctl/explicit_peering/route_reflector (`nodeSelector: has(routeReflector)`, `peerSelector: "!has(routeReflector)"`); with an incomplete node list, a peerSelector that selects label-less nodes is taken to select the nodes the input leaves out. A peer whose selector does not parse is not guessed at. Warning rather than error when some BGPPeer peers with an address outside the input\'s nodes (a top-of-rack router may carry the routes instead).',
  },
  check(resource, ctx) {
    for (const d of findings(ctx.model, resource)) ctx.report(d);
  },
});

const findings = findingsPerResource('calico/rr-unpeered', (m, report) => {
  const topo = bgpTopology(m);
  if (topo.meshEnabled || topo.peers.length === 0) return; // no peers at all: calico/mesh-disabled-without-peers
  const rrs = reflectors(topo).filter((n) => n.clusterIDAt !== null);
  if (rrs.length === 0) return;
  const selectors = [];
  const peerIPs = new Set<string>();
  for (const peer of topo.peers) {
    const spec = asObject(peer.value.spec);
    if (spec.peerSelector !== undefined && spec.peerSelector !== null) {
      const sel = parsedSelector(spec.peerSelector);
      if (sel === null) return; // a selector netlint cannot read might select them
      selectors.push(sel);
    } else if (typeof spec.peerIP === 'string') {
      const ip = parseIp(peerAddress(spec.peerIP.trim()));
      if (ip) peerIPs.add(`${ip.family}/${ip.value}`);
    }
  }
  const addressesOf = new Map(m.facts.nodes.map((n) => [n.name, n.addresses]));
  const nodeIPs = new Set<string>();
  for (const addrs of addressesOf.values()) for (const a of addrs) {
    const ip = parseIp(a);
    if (ip) nodeIPs.add(`${ip.family}/${ip.value}`);
  }
  const externalPeers = [...peerIPs].some((ip) => !nodeIPs.has(ip));
  const sessions = bgpSessions(m);
  for (const rr of rrs) {
    // A label value that is not a string never reaches the node (cluster/label-value-type says so): the intent is unknown.
    if (rr.resources.some(hasNonStringLabel)) continue;
    if (selectors.some((s) => matchesCalicoSelector(s, rr.labels))) continue;
    // The nodeSelector (or node) side of a BGPPeer peers with the nodes its peerSelector selects
    // (with an incomplete node list, label-less stand-ins for the nodes the input leaves out).
    if (sessions.peersOf(rr).size > 0) continue;
    const byIP = (addressesOf.get(rr.name) ?? []).some((a) => {
      const ip = parseIp(a);
      return ip !== null && peerIPs.has(`${ip.family}/${ip.value}`);
    });
    if (byIP) continue;
    report(rr.clusterIDAt!.resource, {
      path: rr.clusterIDAt!.path,
      messageId: 'unpeered',
      ...(externalPeers ? { severity: 'warning' as const } : {}),
      data: { node: rr.name, also: externalPeers ? ' (routes may still come from the BGPPeers with external peerIPs)' : '' },
    });
  }
});
