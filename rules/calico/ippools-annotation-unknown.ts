import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { contains, network } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { IPAM_KINDS, POOL_ANNOTATIONS, ipamAnnotations } from './lib/ipam-annotations.js';
import { poolsOf } from './lib/pools.js';
import type { PoolView } from './lib/pools.js';

/**
 * The pool an annotation entry names: by name, or by a CIDR whose network is the pool's. The CNI
 * plugin reads the entry with Go's net.ParseCIDR (cni-plugin/internal/pkg/utils ResolvePools) and
 * IPAM looks it up by the network's text (libcalico-go/lib/ipam/ipam.go determinePools, v3.32.1).
 */
export function findPool(pools: readonly PoolView[], entry: string): PoolView | undefined {
  const c = parseCalicoCidr(entry);
  const key = c.ok ? network(c.cidr).text : null;
  return pools.find((p) => p.name === entry || (key !== null && p.cidr !== null && network(p.cidr).text === key));
}

export default defineRule({
  meta: {
    id: 'calico/ippools-annotation-unknown',
    description:
      '`cni.projectcalico.org/ipv4pools` / `ipv6pools` (on a pod or its namespace) must be a JSON list naming existing pools, by name or by their exact CIDR (a subnet of a pool does not count); otherwise the CNI plugin fails ("does not exist, or is not enabled"). Checked when the input declares pools.',
    severity: 'error',
    remediation: 'Name an existing pool exactly, e.g. `cni.projectcalico.org/ipv4pools: \'["default-ipv4-ippool"]\'`.',
    kinds: [...IPAM_KINDS],
    messages: {
      notList: '{{key}} {{error}}',
      unknown: '{{key}} names {{entry}}, which is not an IP pool{{hint}}',
    },
  },
  check(resource, ctx) {
    const pools = poolsOf(ctx.model);
    for (const a of ipamAnnotations(resource, POOL_ANNOTATIONS)) {
      if ('error' in a.items) {
        ctx.report({ path: a.path, messageId: 'notList', data: { key: a.key, error: a.items.error } });
        continue;
      }
      if (pools.length === 0) continue;
      for (const item of a.items) {
        if (findPool(pools, item.value)) continue;
        const c = parseCalicoCidr(item.value);
        const inside = c.ok ? pools.find((p) => p.cidr !== null && contains(p.cidr, c.cidr)) : undefined;
        const hint = inside ? ` (it lies inside ${inside.name}; the annotation needs the pool's exact CIDR or name)` : ` (known: ${pools.map((p) => p.name).join(', ')})`;
        ctx.report({ path: a.path, span: { start: item.start, end: item.end }, messageId: 'unknown', data: { key: a.key, entry: JSON.stringify(item.value), hint } });
      }
    }
  },
});
