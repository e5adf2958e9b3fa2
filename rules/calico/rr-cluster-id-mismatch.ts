import { firstOf } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import { bgpTopology, clusterIdsIn, reflectors } from './lib/bgp.js';
import type { BgpTopology } from './lib/bgp.js';

const commonOf = new WeakMap<BgpTopology, { id: string; holders: string[] } | null>();

/** The cluster ID most reflectors use, with its holders; null unless the reflectors use two or more (once per topology). */
function commonClusterId(topo: BgpTopology): { id: string; holders: string[] } | null {
  if (commonOf.has(topo)) return commonOf.get(topo)!;
  const counts = new Map<string, string[]>();
  for (const n of reflectors(topo)) {
    const holders = counts.get(n.clusterID!);
    if (holders) holders.push(n.name);
    else counts.set(n.clusterID!, [n.name]);
  }
  const common = counts.size < 2 ? null : [...counts.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).map(([id, holders]) => ({ id, holders }))[0];
  commonOf.set(topo, common);
  return common;
}

export default defineRule({
  meta: {
    id: 'calico/rr-cluster-id-mismatch',
    description:
      'Redundant route reflectors serving the same clients normally share one cluster ID; reflectors with different IDs each treat the others\' reflected routes as new, which duplicates routes and can loop. The ID used by most reflectors is taken as intended.',
    severity: 'warning',
    remediation: 'Give all reflectors of one cluster the same `routeReflectorClusterID` (e.g. `244.0.0.1`).',
    kinds: ['Node', 'calico/Node'],
    messages: { differs: 'reflector {{node}} has cluster ID {{id}}, while {{others}} use {{common}}' },
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    const own = clusterIdsIn(topo, resource);
    if (own.length === 0) return;
    const common = commonClusterId(topo);
    if (common === null) return;
    for (const n of own) {
      if (n.clusterID === common.id) continue;
      ctx.report({ path: n.clusterIDAt!.path, messageId: 'differs', data: { node: n.name, id: n.clusterID, others: firstOf(common.holders, 5), common: common.id } });
    }
  },
});
