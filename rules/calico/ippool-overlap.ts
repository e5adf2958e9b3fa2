import { cidrBounds } from '../../src/engine/cidr.js';
import { IntervalIndex } from '../../src/engine/interval-index.js';
import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, poolsIn, poolsOf } from './lib/pools.js';
import type { PoolView } from './lib/pools.js';
import { derived } from '../../src/engine/model.js';

/**
 * Each pool's earlier-declared overlapping pool, worked out for all pools at once. The same pool
 * declared twice (operator Installation and an IPPool of the same name) is not an overlap. Of an
 * Installation defined more than once (a before and after, or a base and its overlay), the last
 * definition is the one that holds when they are applied together (cluster/duplicate-object says
 * so): its pools are compared, the earlier ones' are not, since the operator keeps an existing
 * pool of the same CIDR and deletes the pools the Installation no longer lists (tigera/operator
 * pkg/controller/ippool).
 */
const earlierOverlap = derived('calico/pool-earlier-overlap', (m) => {
  const lastInstallation = new Map<string, unknown>();
  for (const r of m.byKind('operator.tigera.io/Installation')) lastInstallation.set(`${r.namespace ?? ''}/${r.name}`, r);
  const pools = poolsOf(m).filter((p) => p.cidr && (p.origin !== 'Installation' || lastInstallation.get(`${p.resource.namespace ?? ''}/${p.resource.name}`) === p.resource));
  const order = new Map(pools.map((p, i) => [p, i]));
  const first = new IntervalIndex(pools.map((p) => ({ range: cidrBounds(p.cidr!), item: p }))).firstOverlappingOther((p) => p.name);
  const earlier = new Map<PoolView, PoolView>();
  pools.forEach((p, i) => {
    const o = first[i];
    if (o && order.get(o)! < i) earlier.set(p, o);
  });
  return earlier;
});

export default defineRule({
  meta: {
    id: 'calico/ippool-overlap',
    description: 'Two IP pools must not overlap; Calico rejects the second one ("CIDR overlaps with IPPool"), also when one of them is disabled.',
    severity: 'error',
    remediation: 'Give each pool a disjoint CIDR; to replace a pool, create the new one on a different range, migrate workloads, then delete the old one.',
    kinds: [...POOL_KINDS],
    messages: {
      overlap: '{{pool}} overlaps {{other}} declared in {{file}}',
    },
  },
  check(resource, ctx) {
    for (const p of poolsIn(ctx.model, resource)) {
      const earlier = earlierOverlap(ctx.model).get(p);
      if (earlier) ctx.report({ path: p.cidrPath, messageId: 'overlap', data: { pool: describePool(p), other: describePool(earlier), file: earlier.resource.file } });
    }
  },
});
