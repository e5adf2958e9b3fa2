/**
 * A BGPPeer with `reversePeering: Manual` configures its nodeSelector nodes with a peering to the
 * nodes its peerSelector picks, and nothing on those peers: confd adds the reverse peering only
 * when reversePeering is Auto, the default (Calico v3.32.1 confd/pkg/backends/calico/client.go
 * `updatePeersV1`, `if !automaticReversePeering(v3res) { continue }`; api/pkg/apis/projectcalico/v3
 * bgppeer.go: "If set to Manual, a separate BGPPeer must be created for the reverse peering").
 * A BGP session needs both ends: where no other BGPPeer peers the peer nodes back, the session
 * never comes up, and with the node-to-node mesh off nothing else carries the routes.
 */
import { firstOf } from '../../src/engine/plural.js';
import { findingsPerResource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { bgpTopology } from './lib/bgp.js';
import type { BgpNode } from './lib/bgp.js';
import { bgpSessions } from './lib/bgp-sessions.js';

export default defineRule({
  meta: {
    id: 'calico/bgppeer-one-sided',
    description:
      'With the node-to-node mesh off, a BGPPeer with `reversePeering: Manual` whose peer nodes no other BGPPeer peers back makes one-sided peerings: the nodeSelector nodes configure a session to the peers, the peers configure none to them (confd adds the reverse peering only for `reversePeering: Auto`, the default), and a BGP session that one end does not configure never comes up, so no routes pass between them.',
    severity: 'error',
    remediation:
      'Add the BGPPeer for the reverse direction (its `nodeSelector` picking the peers, its `peerSelector` the nodes, e.g. `nodeSelector: route-reflector == \'true\'`, `peerSelector: all()`), or drop `reversePeering: Manual` so that confd adds it.',
    kinds: ['calico/BGPPeer'],
    messages: {
      oneSided:
        '{{from}} {{configure}} a BGP session to {{to}}, which {{answer}} none back (with reversePeering Manual confd adds no reverse peering, and no other BGPPeer peers {{them}} back), so these sessions never come up while the node-to-node mesh is off',
    },
    docs: 'Sessions are worked out as calico/rr-missing-cluster-id does (both ends must configure one; a selector confd cannot parse picks no node). With an incomplete node list, the nodes the input leaves out are taken to carry no labels; they are named as such. Upstream example: confd/tests/mock_data/calicoctl/reverse_peering/manual, which is one-sided on purpose (the test checks the configuration confd renders, not that sessions come up).',
  },
  check(resource, ctx) {
    for (const d of findings(ctx.model, resource)) ctx.report(d);
  },
});

const findings = findingsPerResource('calico/bgppeer-one-sided', (m, report) => {
  const topo = bgpTopology(m);
  if (topo.meshEnabled) return;
  const sessions = bgpSessions(m);
  if (sessions.oneSided.size === 0) return;
  const names = (nodes: readonly BgpNode[]) => {
    const listed = nodes.filter((n) => !sessions.standIns.has(n)).map((n) => n.name);
    const missing = nodes.length > listed.length ? ['the nodes the input does not list'] : [];
    return { text: firstOf([...listed, ...missing], 3), many: nodes.length > 1 };
  };
  for (const [peer, { from, to }] of sessions.oneSided) {
    const f = names(from);
    const t = names(to);
    report(peer, {
      path: ['spec', 'reversePeering'],
      messageId: 'oneSided',
      data: { from: f.text, configure: f.many ? 'configure' : 'configures', to: t.text, answer: t.many ? 'configure' : 'configures', them: t.many ? 'them' : 'it' },
    });
  }
});
