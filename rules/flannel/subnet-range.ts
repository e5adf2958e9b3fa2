import { reportIn } from '../cni/lib/json-source.js';
import { cidrBounds, containsIp, formatIp, parseGoIpResult, parseIpResult } from '../../src/engine/cidr.js';
import type { Ip } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { Family, FlannelConfig } from './lib/net-conf.js';
import { ETCD_ONLY, FAMILIES, effectiveSubnetLen, familyEnabled, familyNetwork, fieldKey, flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/subnet-range',
    description: '`SubnetMin`/`SubnetMax` (and `IPv6SubnetMin`/`IPv6SubnetMax`) must be addresses; for the etcd subnet manager they must lie inside the network, sit on a SubnetLen boundary and leave at least one subnet between them.',
    severity: 'warning',
    remediation: 'Leave SubnetMin/SubnetMax out (flannel uses the whole network but its first subnet), or pick the first address of a SubnetLen-sized block inside Network, SubnetMin not above SubnetMax.',
    kinds: ['ConfigMap'],
    messages: {
      notAddress: '"{{key}}" {{error}}: flanneld fails to decode net-conf.json in every mode',
      wrongFamily: '"{{key}}" must be an IPv4 address: flanneld fails to decode net-conf.json ("invalid IPv4 address format"), in every mode',
      outside: `"{{key}}" {{value}} is not inside {{networkKey}} {{network}}: flanneld fails with "{{key}} is not in the range of the {{networkKey}}" (${ETCD_ONLY})`,
      unaligned: `"{{key}}" {{value}} is not on a /{{len}} boundary ({{lenKey}}): flanneld fails with "{{key}} is not on a SubnetLen boundary" (${ETCD_ONLY})`,
      empty: `"{{key}}" leaves no node subnet: the lowest subnet {{min}} is above the highest {{max}}, so every lease fails with "out of subnets" (${ETCD_ONLY})`,
    },
    docs: 'A value that is no address fails `ParseConfig`, which both subnet managers call: an error (an IPv6 address in the IPv4 fields fails the IPv4 check of `ParseIP4`). Inside-network and boundary checks are `CheckNetworkConfig`\'s, and an empty range makes the etcd manager\'s lease search find nothing; only the etcd subnet manager reads these fields, so they are warnings. Unset bounds default to the second subnet and the last subnet of the network. Checked only for an enabled address family. Source: flannel `pkg/subnet/config.go`, `pkg/ip/ipnet.go`, `pkg/subnet/etcd/local_manager.go`, `pkg/subnet/kube/kube.go`.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (fc) for (const f of FAMILIES) checkFamily(ctx, fc, f);
  },
});

interface Bound {
  key: string;
  /** The key as written. */
  k: string;
  ip: Ip;
}

/** Parses one bound as flannel's JSON decoder would; reports and returns null when it cannot. */
function parseBound(ctx: RuleContext, fc: FlannelConfig, f: Family, key: string): Bound | null {
  const k = fieldKey(fc.conf, key);
  if (k === undefined) return null;
  const v = fc.conf[k];
  // The IPv6 bounds are pointers in flannel's Config: JSON null leaves them unset.
  if (v === null && f.v === 6) return null;
  // IPv4 bounds: pkg/ip ipnet.go ParseIP4, net.ParseIP then To4() (`::ffff:10.244.1.0` is
  // 10.244.1.0); IPv6 bounds keep all 16 bytes (ip6net.go FromIP6).
  const parse = f.v === 4 ? parseGoIpResult : parseIpResult;
  const r = typeof v === 'string' ? parse(v) : { ok: false as const, error: 'must be an IP address string' };
  if (!r.ok) {
    reportIn(ctx, fc.source, [k], { messageId: 'notAddress', severity: 'error', data: { key, error: r.error } });
    return null;
  }
  if (f.v === 4 && r.ip.family !== 4) {
    reportIn(ctx, fc.source, [k], { messageId: 'wrongFamily', severity: 'error', data: { key } });
    return null;
  }
  // flannel reads the all-zero address as "not set" and uses the default.
  return r.ip.value === 0n ? null : { key, k, ip: r.ip };
}

function checkFamily(ctx: RuleContext, fc: FlannelConfig, f: Family): void {
  const min = parseBound(ctx, fc, f, f.subnetMin);
  const max = parseBound(ctx, fc, f, f.subnetMax);
  const net = familyNetwork(fc, f);
  const set = [min, max].filter((b): b is Bound => b !== null);
  if (!set.length || !net || !familyEnabled(fc.conf, f)) return;
  const data = (b: Bound) => ({ key: b.key, value: formatIp(b.ip), networkKey: f.network, network: net.text, lenKey: f.subnetLen });
  const outside = set.filter((b) => !containsIp(net, b.ip));
  for (const b of outside) reportIn(ctx, fc.source, [b.k], { messageId: 'outside', data: data(b) });
  const len = effectiveSubnetLen(fc, f);
  if (outside.length || len === null) return;
  const step = 1n << BigInt(f.bits - len);
  const unaligned = set.filter((b) => b.ip.value % step !== 0n);
  for (const b of unaligned) reportIn(ctx, fc.source, [b.k], { messageId: 'unaligned', data: { ...data(b), len } });
  if (unaligned.length) return;
  // Unset bounds default to the network's second subnet and its last one.
  const { lo, hi } = cidrBounds(net);
  const first = min?.ip.value ?? lo + step;
  const last = max?.ip.value ?? hi + 1n - step;
  if (first <= last) return;
  const at = min ?? max!;
  reportIn(ctx, fc.source, [at.k], { messageId: 'empty', data: { key: at.key, min: formatIp({ family: f.v, value: first }), max: formatIp({ family: f.v, value: last }) } });
}
