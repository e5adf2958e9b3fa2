import { findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology, effectiveAS, selectNodes } from './lib/bgp.js';

export default defineRule({
  meta: {
    id: 'calico/rr-as-mismatch',
    description:
      'Route reflection is an iBGP mechanism: a reflector and its clients must be in the same AS. A reflector (or client) with its own `asNumber` turns the sessions into eBGP and routes are no longer reflected.',
    severity: 'warning',
    remediation: 'Remove the per-node `asNumber` (or `projectcalico.org/ASNumber` annotation) so reflectors and clients use the global AS, or set the same AS on both.',
    kinds: ['calico/BGPPeer', 'Node', 'calico/Node'],
    messages: { differs: 'reflector {{rr}} is in AS {{rrAS}} but its client {{client}} is in AS {{clientAS}}' },
  },
  check(resource, ctx) {
    for (const d of mismatches(ctx.model, resource)) ctx.report(d);
  },
});

/**
 * Every AS mismatch of the input, worked out once and filed under the resource it points at. A
 * BGPPeer peers the nodes of its nodeSelector with those of its peerSelector both ways (Calico
 * v3.32.1 confd client.go updatePeersV1 adds the reverse peering), so a reflector may stand on
 * either side; the node with the cluster ID reflects to its peers (bgp_processor.go
 * buildPeerFromData). A BGPPeer with `localASNumber` speaks another AS on purpose: not judged.
 */
const mismatches = findingsPerResource('calico/rr-as-mismatches', (m, report) => {
  const topo = bgpTopology(m);
  const reported = new Set<string>();
  for (const peer of topo.peers) {
    const spec = asObject(peer.value.spec);
    if (typeof spec.peerSelector !== 'string' || (spec.localASNumber !== undefined && spec.localASNumber !== null)) continue;
    const remote = selectNodes(topo.nodes, spec.peerSelector) ?? [];
    const local = selectNodes(topo.nodes, spec.nodeSelector) ?? [];
    for (const [reflecting, peered] of [[remote, local], [local, remote]] as const) {
      const clients = peered.filter((n) => n.clusterID === null);
      for (const rr of reflecting.filter((n) => n.clusterID !== null)) {
        const client = clients.find((c) => effectiveAS(c, topo) !== effectiveAS(rr, topo));
        if (!client) continue;
        // Point at the AS that differs from the global default, else at the peering.
        const at: { resource: typeof peer; path: Path } = rr.asAt ?? client.asAt ?? { resource: peer, path: ['spec', 'peerSelector'] };
        const key = `${at.resource.file}#${at.resource.doc}#${at.path.join('.')}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report(at.resource, { path: at.path, messageId: 'differs', data: { rr: rr.name, rrAS: String(effectiveAS(rr, topo)), client: client.name, clientAS: String(effectiveAS(client, topo)) } });
      }
    }
  }
});
