import { describePool, podPools } from '../calico/lib/pools.js';
import { reportIn } from '../cni/lib/json-source.js';
import { overlaps, parseCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/network-overlap',
    description: 'flannel\'s `Network` must not overlap a Calico IP pool or the service CIDR: with Calico as the default network and flannel beside it (Multus), both would hand out and route the same addresses.',
    severity: 'error',
    remediation: 'Split the address space: e.g. cluster CIDR 10.244.0.0/16 with flannel on 10.244.0.0/17 and the Calico pool on 10.244.128.0/17, and keep both outside the service CIDR.',
    kinds: ['ConfigMap'],
    messages: {
      pool: 'flannel Network {{network}} overlaps {{pool}}: Calico and flannel would assign the same pod addresses and install competing routes',
      service: 'flannel Network {{network}} overlaps the service CIDR {{cidr}} ({{source}}): Service traffic to those addresses never reaches pods',
    },
    docs: 'Sources: each network installs its own routes for its range on every node (flannel a route per node subnet to its device, Calico a route per IPAM block), so an address in both ranges has two owners; Service addresses come from kube-apiserver `--service-cluster-ip-range` and are translated by kube-proxy before routing, so pods there are unreachable by Service traffic. Canal (Calico policy on flannel networking) declares no Calico pool and is not affected.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const [net, key] of [[fc.network, fc.networkKey], [fc.ipv6Network, fc.ipv6NetworkKey]] as const) {
      if (!net || !key) continue;
      for (const p of podPools(ctx.model)) {
        if (p.cidr && overlaps(net, p.cidr)) reportIn(ctx, fc.source, [key], { messageId: 'pool', data: { network: net.text, pool: describePool(p) } });
      }
      for (const s of ctx.model.facts.serviceCIDRs) {
        const c = parseCidr(s.cidr);
        if (c.ok && overlaps(net, c.cidr)) reportIn(ctx, fc.source, [key], { messageId: 'service', data: { network: net.text, cidr: s.cidr, source: `${s.source.what} in ${s.source.file}` } });
      }
    }
  },
});
