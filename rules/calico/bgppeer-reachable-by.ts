import { parseGoIp } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { peerIpProblem } from './bgppeer-peerip-format.js';

/** The address part of a peerIP written as `IP`, `IPv4:port` or `[IPv6]:port`. */
function peerAddress(peerIP: string): string {
  return /^\[(.*)\]:\d+$/.exec(peerIP)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(peerIP)?.[1] ?? peerIP;
}

export default defineRule({
  meta: {
    id: 'calico/bgppeer-reachable-by',
    description: 'A BGPPeer `reachableBy` (the gateway towards the peer) needs a `peerIP` of the same IP family (libcalico-go validator).',
    severity: 'error',
    remediation: 'Set `reachableBy` only on peers with a `peerIP`, and give it an address of the same family.',
    kinds: ['calico/BGPPeer'],
    messages: {
      noPeerIP: 'reachableBy is set but peerIP is empty',
      family: 'reachableBy {{reachableBy}} is IPv{{family}} but peerIP {{peerIP}} is IPv{{peerFamily}}',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (typeof spec.reachableBy !== 'string' || spec.reachableBy === '') return;
    if (typeof spec.peerIP !== 'string' || spec.peerIP === '') {
      ctx.report({ path: ['spec', 'reachableBy'], messageId: 'noPeerIP' });
      return;
    }
    // validator.go validateReachableBy compares the cnet.IP Versions (To4: `::ffff:10.0.0.1` is IPv4),
    // once processIPPort has taken the peerIP; one it refuses (a port of 0 or above 65535, say) is
    // calico/bgppeer-peerip-format's finding, and Calico stops there ("PeerIP is invalid address").
    if (peerIpProblem(spec.peerIP) !== null) return;
    const via = parseGoIp(spec.reachableBy);
    const peer = parseGoIp(peerAddress(spec.peerIP));
    // An unparsable address is the field-value rules' finding.
    if (via && peer && via.family !== peer.family) {
      ctx.report({ path: ['spec', 'reachableBy'], messageId: 'family', data: { reachableBy: spec.reachableBy, family: String(via.family), peerIP: spec.peerIP, peerFamily: String(peer.family) } });
    }
  },
});
