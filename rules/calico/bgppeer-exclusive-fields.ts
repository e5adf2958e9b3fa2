import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

function set(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/*
 * A BGPPeer that sets none of peerIP, peerSelector and localWorkloadSelector: the API takes it
 * (every one of the three is optional in the CRD and the validator, and the CEL rules only forbid
 * pairs), but confd, building each node's peerings, falls through to reading peerIP, finds no
 * address, logs "PeerIP is not assigned or is malformed" and skips the resource
 * (confd/pkg/backends/calico/client.go updatePeersV1, v3.32.1). Its automatic reverse peering
 * looks for nodes with that (empty) address, which a node with an IPv4 BGP address never has. So
 * the resource configures no session: its nodeSelector, asNumber, password and the rest do nothing.
 * A BGPPeer with no `spec` at all is a name, as a manifest for `calicoctl delete -f` or `kubectl
 * delete -f` is written (Calico's own confd test data has such files), and is not judged.
 */

export default defineRule({
  meta: {
    id: 'calico/bgppeer-exclusive-fields',
    description: 'A BGPPeer sets `node` or `nodeSelector`, not both; `peerIP` or `peerSelector`, not both; and no `asNumber` with `peerSelector` (the remote AS comes from the selected nodes). One that sets none of `peerIP`, `peerSelector` and `localWorkloadSelector` is a warning: Calico takes it, but confd skips it and it sets up no session.',
    severity: 'error',
    remediation: 'Keep one field of each pair; with `peerSelector`, drop `asNumber` and set the AS on the nodes or in BGPConfiguration; name the peer with `peerIP` (a router) or `peerSelector` (Calico nodes).',
    kinds: ['calico/BGPPeer'],
    messages: {
      nodeAndSelector: 'node and nodeSelector are both set; Calico rejects the peer',
      ipAndSelector: 'peerIP and peerSelector are both set; Calico rejects the peer',
      asWithSelector: 'asNumber must be empty when peerSelector is used: the remote AS is taken from the selected nodes',
      noPeer: 'the BGPPeer sets none of peerIP, peerSelector and localWorkloadSelector: Calico takes it, but confd finds no peer in it ("PeerIP is not assigned or is malformed") and configures no BGP session from it',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (set(spec.node) && set(spec.nodeSelector)) ctx.report({ path: ['spec', 'nodeSelector'], messageId: 'nodeAndSelector' });
    if (set(spec.peerIP) && set(spec.peerSelector)) ctx.report({ path: ['spec', 'peerSelector'], messageId: 'ipAndSelector' });
    if (set(spec.peerSelector) && set(spec.asNumber) && spec.asNumber !== 0) ctx.report({ path: ['spec', 'asNumber'], messageId: 'asWithSelector' });
    const written = resource.value.spec !== undefined && resource.value.spec !== null;
    if (written && !set(spec.peerIP) && !set(spec.peerSelector) && !set(spec.localWorkloadSelector)) ctx.report({ path: ['spec'], at: 'key', messageId: 'noPeer', severity: 'warning' });
  },
});
