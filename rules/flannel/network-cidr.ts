import { reportIn } from '../cni/lib/json-source.js';
import { parseGoCidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { ETCD_ONLY, FAMILIES, familyEnabled, field, fieldKey, flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/network-cidr',
    description: 'flannel needs `Network` (an IPv4 CIDR) unless `EnableIPv4` is false, and `IPv6Network` when `EnableIPv6` is true; for the etcd subnet manager, without `SubnetLen` the network must be at least a /28 (IPv6: /124).',
    severity: 'error',
    remediation: 'Set `"Network": "10.244.0.0/16"` to the cluster pod CIDR (and `"IPv6Network"` for dual stack).',
    kinds: ['ConfigMap'],
    messages: {
      missing: 'net-conf.json has no "{{key}}": flanneld fails with "please define a correct {{key}}" (etcd subnet manager) or refuses every node podCIDR (--kube-subnet-mgr)',
      missingIpv6Only: 'net-conf.json sets up IPv6 with no "Network", but "EnableIPv4" defaults to true, so flannel runs dual stack and needs an IPv4 "Network" (and an IPv4 podCIDR and address on every node): for IPv6 only, add "EnableIPv4": false',
      invalid: '"{{key}}" {{error}}: flanneld fails to decode net-conf.json in every mode',
      family: '"{{key}}" must be an IPv{{family}} CIDR',
      zero: '"{{key}}" {{cidr}} is a /0, which flannel reads as no network: flanneld fails with "please define a correct {{key}}" (etcd subnet manager) or refuses every node podCIDR (--kube-subnet-mgr)',
      tooSmall: `"{{key}}" {{cidr}} is smaller than a /{{max}}: with the default {{lenKey}} flannel has no room for per-node subnets (${ETCD_ONLY})`,
    },
    docs: 'A missing network fails in both subnet managers: the etcd one in `CheckNetworkConfig`, the kube one when the network does not contain the node\'s podCIDR. A value that is no CIDR fails `ParseConfig` in both. The minimum size is only `CheckNetworkConfig`\'s (etcd manager), so it is a warning. Source: flannel `pkg/subnet/config.go`, `pkg/subnet/kube/kube.go` `AcquireLease`; `Documentation/configuration.md`.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    const { conf, source } = fc;
    for (const f of FAMILIES) {
      const [key, required, family, max, lenKey] = [f.network, familyEnabled(conf, f), f.v, f.maxNetworkPrefix, f.subnetLen];
      const k = fieldKey(conf, key);
      const v = k === undefined ? undefined : conf[k];
      // An empty string is not absent: IP4Net/IP6Net UnmarshalJSON parse it and fail (pkg/ip/ipnet.go), whichever families are on.
      if (v === undefined) {
        // IPv6 set up and EnableIPv4 left to its default (true: pkg/subnet/config.go ParseConfig):
        // flannel's docs ("IPv6 only") say to add "EnableIPv4": false, not an IPv4 network.
        const ipv6Only = family === 4 && fieldKey(conf, 'EnableIPv4') === undefined && FAMILIES.some((o) => o.v === 6 && familyEnabled(conf, o));
        if (required) reportIn(ctx, source, [], { messageId: ipv6Only ? 'missingIpv6Only' : 'missing', data: { key } });
        continue;
      }
      const r = typeof v === 'string' ? parseGoCidr(v) : { ok: false as const, error: 'must be a CIDR string' };
      if (!r.ok) reportIn(ctx, source, [k!], { messageId: 'invalid', data: { key, error: r.error } });
      // IP4Net refuses an IPv6 network when the config is decoded; IP6Net takes an IPv4 one
      // (flannel pkg/ip ipnet.go, ip6net.go UnmarshalJSON), which matters only when IPv6 is on.
      else if (r.cidr.family !== family && (family === 4 || required)) reportIn(ctx, source, [k!], { messageId: 'family', data: { key, family } });
      // IP4Net/IP6Net Empty() is a zero prefix length (pkg/ip/ipnet.go), checked as "no network" (config.go CheckNetworkConfig, kube.go).
      else if (required && r.cidr.prefix === 0) reportIn(ctx, source, [k!], { messageId: 'zero', data: { key, cidr: v } });
      else if (required && r.cidr.prefix > max && !field(conf, lenKey)) reportIn(ctx, source, [k!], { messageId: 'tooSmall', severity: 'warning', data: { key, cidr: v, max, lenKey } });
    }
  },
});
