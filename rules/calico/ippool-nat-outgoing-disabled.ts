import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, poolsIn } from './lib/pools.js';
import { poolsAssignNoAddresses } from './lib/calico-cni.js';

export default defineRule({
  meta: {
    id: 'calico/ippool-nat-outgoing-disabled',
    description:
      'An IPv4 pool without `natOutgoing` (an IPPool defaults to false) sends pod traffic to destinations outside the cluster with the pod IP as source: the network and firewalls must route and allow the pod CIDR. Not said under Canal, where the pools hand out no address and flannel masquerades.',
    severity: 'info',
    remediation: 'Set `natOutgoing: true` unless pod IPs are deliberately routable (e.g. advertised to the top-of-rack routers over BGP).',
    kinds: [...POOL_KINDS],
    messages: {
      off: '{{pool}} does not NAT outgoing traffic{{how}}: pod IPs leave the cluster un-NATed, so firewalls and routers must know this range',
    },
  },
  check(resource, ctx) {
    if (poolsAssignNoAddresses(ctx.model)) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || p.cidr.family !== 4 || p.disabled || p.loadBalancerOnly || p.natOutgoing) continue;
      ctx.report({ path: p.natOutgoingPath ?? p.path, messageId: 'off', data: { pool: describePool(p), how: p.natOutgoingPath ? '' : ' (natOutgoing is unset, which means false)' } });
    }
  },
});
