import { describePool, podPools } from '../calico/lib/pools.js';
import { reportIn } from '../cni/lib/json-source.js';
import { overlaps } from '../../src/engine/cidr.js';
import { poolsAssignNoAddresses } from '../calico/lib/calico-cni.js';
import { defineRule } from '../../src/engine/rule.js';
import { flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/network-overlap',
    description: 'flannel\'s `Network` must not overlap a Calico IP pool that hands out pod addresses: with Calico as the default network and flannel beside it (Multus), both would hand out and route the same addresses.',
    severity: 'error',
    remediation: 'Split the address space: e.g. cluster CIDR 10.244.0.0/16 with flannel on 10.244.0.0/17 and the Calico pool on 10.244.128.0/17.',
    kinds: ['ConfigMap'],
    messages: {
      pool: 'flannel Network {{network}} overlaps {{pool}}: Calico and flannel would assign the same pod addresses and install competing routes',
    },
    docs: 'Sources: each network installs its own routes for its range on every node (flannel a route per node subnet to its device, Calico a route per IPAM block), so an address in both ranges has two owners. Canal (Calico policy on flannel networking: the calico CNI plugin with host-local IPAM, `usePodCidr`) hands out no address from Calico pools, even one calico-node creates from CALICO_IPV4POOL_CIDR, and is left alone. The service CIDR is not compared: net-conf.json is read only by the kube subnet manager (flannel main.go, `--net-config-path` with `--kube-subnet-mgr`), which takes each node\'s subnet from its `podCIDR` and uses `Network` only to check those and for masquerade rules, which see Service traffic after kube-proxy\'s translation (kops sets `Network` to 100.64.0.0/10 around both its pod and Service ranges); a pod CIDR overlapping the service CIDR is cluster/pod-service-overlap\'s.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    if (poolsAssignNoAddresses(ctx.model)) return;
    for (const [net, key] of [[fc.network, fc.networkKey], [fc.ipv6Network, fc.ipv6NetworkKey]] as const) {
      if (!net || !key) continue;
      for (const p of podPools(ctx.model)) {
        if (p.cidr && overlaps(net, p.cidr)) reportIn(ctx, fc.source, [key], { messageId: 'pool', data: { network: net.text, pool: describePool(p) } });
      }
    }
  },
});
