import { reportIn } from '../cni/lib/json-source.js';
import { configCoversFile } from '../../src/engine/cluster-scope.js';
import { contains, overlaps, parseCidr } from '../../src/engine/cidr.js';
import { describeFactSource } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/network-pod-cidr',
    description: 'With `--kube-subnet-mgr` each node\'s flannel subnet is its `spec.podCIDR`, cut from the cluster pod CIDR: flannel\'s `Network` must contain those subnets.',
    severity: 'error',
    remediation: 'Make `Network` equal to (or contain) the cluster pod CIDR (kubeadm `podSubnet`, kind `networking.podSubnet`, `--cluster-cidr`).',
    kinds: ['ConfigMap'],
    messages: {
      outside: 'flannel Network {{network}} does not overlap the pod CIDR {{cidr}} ({{source}}): every node\'s podCIDR lies outside it and flanneld fails ("doesn\'t contain ... PodCIDR")',
      partial: 'flannel Network {{network}} covers only part of the pod CIDR {{cidr}} ({{source}}): a node whose podCIDR is allocated outside it fails to start flannel',
    },
    docs: [
      'Source: flannel `pkg/subnet/kube/kube.go` (lease = node podCIDR; "subnet ... doesn\'t contain ... PodCIDR").',
      'Severity: **error** when the pod CIDR comes from `.netlint.yaml` (`cluster.podCIDR`, which describes the linted cluster); **warning** when it comes from a kind or kubeadm config in the flannel manifest\'s folder or one above it, **info** when that config is in another folder (it may describe another cluster, as in flannel\'s own repository, whose e2e suite rewrites the manifest\'s `Network`); **info** when `Network` lies inside the pod CIDR (works while the controller allocates node subnets from its start, as in a Calico + flannel split of one cluster CIDR).',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    for (const [net, key] of [[fc.network, fc.networkKey], [fc.ipv6Network, fc.ipv6NetworkKey]] as const) {
      if (!net || !key) continue;
      const facts = ctx.model.facts.podCIDRs
        .map((f) => ({ f, c: parseCidr(f.cidr) }))
        .filter((x): x is { f: typeof x.f; c: { ok: true; cidr: typeof net } } => x.c.ok && x.c.cidr.family === net.family);
      if (facts.length === 0 || facts.some((x) => contains(net, x.c.cidr))) continue;
      const inside = facts.find((x) => overlaps(net, x.c.cidr));
      const pick = inside ?? facts[0];
      const data = { network: net.text, cidr: pick.f.cidr, source: describeFactSource(pick.f.source) };
      if (inside) reportIn(ctx, fc.source, [key], { messageId: 'partial', data, severity: 'info' });
      else {
        // A config beside the flannel manifest (or above it) describes its cluster; one in another
        // folder may describe another cluster (flannel's own e2e/kind-config.yaml, whose suite
        // rewrites the manifest's Network): info.
        const severity = pick.f.source.file === '.netlint.yaml' ? 'error' : configCoversFile(pick.f.source.file, resource.file) ? 'warning' : 'info';
        reportIn(ctx, fc.source, [key], { messageId: 'outside', data, severity });
      }
    }
  },
});
