import { findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology, effectiveAS } from './lib/bgp.js';
import type { BgpNode } from './lib/bgp.js';
import { bgpSessions } from './lib/bgp-sessions.js';
import { pushTo } from '../../src/engine/multimap.js';

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
 * The sides are those of the session model (lib/bgp-sessions.ts): a BGPPeer that names its `node`
 * peers that node alone, and one BGPPeer per node costs one node each, not all of them.
 */
const mismatches = findingsPerResource('calico/rr-as-mismatches', (m, report) => {
  const topo = bgpTopology(m);
  const sessions = bgpSessions(m);
  // A side's reflectors by AS (in node order within each) and its first client outside an AS, among
  // the input's nodes (the stand-ins for nodes it leaves out have no AS of their own to report),
  // once per node list: BGPPeers that share a selector share its list (lib/bgp.ts selectNodes), as
  // one BGPPeer per node to the same reflectors does.
  const roles = new Map<readonly BgpNode[], Roles>();
  const rolesOf = (nodes: readonly BgpNode[]) => {
    let got = roles.get(nodes);
    if (!got) {
      const inInput = nodes.filter((n) => !sessions.standIns.has(n));
      const byAS = new Map<number, BgpNode[]>();
      for (const n of inInput) {
        if (n.clusterID === null) continue;
        const as = effectiveAS(n, topo);
        pushTo(byAS, as, n);
      }
      const clients = inInput.filter((n) => n.clusterID === null);
      const outside = new Map<number, BgpNode | undefined>();
      const clientOutside = (as: number) => {
        if (!outside.has(as)) outside.set(as, clients.find((c) => effectiveAS(c, topo) !== as));
        return outside.get(as);
      };
      roles.set(nodes, (got = { reflectorsByAS: byAS, clientOutside }));
    }
    return got;
  };
  const reported = new Set<string>();
  for (const [peer, sides] of sessions.sides) {
    const spec = asObject(peer.value.spec);
    if (sides.remote.field !== 'peerSelector' || (spec.localASNumber !== undefined && spec.localASNumber !== null)) continue;
    const remote = rolesOf(sides.remote.nodes);
    const local = rolesOf(sides.local.nodes);
    for (const [reflecting, peered] of [[remote, local], [local, remote]] as const) {
      for (const [as, reflectors] of reflecting.reflectorsByAS) {
        const client = peered.clientOutside(as);
        if (!client) continue;
        for (const rr of reflectors) {
          // Point at the AS that differs from the global default, else at the peering.
          const at: { resource: typeof peer; path: Path } = rr.asAt ?? client.asAt ?? { resource: peer, path: ['spec', 'peerSelector'] };
          const key = `${at.resource.file}#${at.resource.doc}#${at.path.join('.')}`;
          if (reported.has(key)) continue;
          reported.add(key);
          report(at.resource, { path: at.path, messageId: 'differs', data: { rr: rr.name, rrAS: String(effectiveAS(rr, topo)), client: client.name, clientAS: String(effectiveAS(client, topo)) } });
        }
      }
    }
  }
});

/** A side's reflectors by AS, and its first client (in node order) outside an AS. */
interface Roles {
  reflectorsByAS: Map<number, BgpNode[]>;
  clientOutside(as: number): BgpNode | undefined;
}
