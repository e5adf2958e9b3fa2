import { cidrBounds } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, poolIndex, poolsIn, poolsOf } from './lib/pools.js';
import { derived } from '../../src/engine/model.js';

const poolOrder = derived('calico/pool-order', (m) => new Map(poolsOf(m).map((p, i) => [p, i])));

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
    const order = poolOrder(ctx.model);
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr) continue;
      const position = order.get(p)!;
      // The same pool declared twice (operator Installation and an IPPool of the same name) is not an overlap.
      const earlier = poolIndex(ctx.model).overlapping(cidrBounds(p.cidr)).find((o) => order.get(o)! < position && o.name !== p.name);
      if (earlier) ctx.report({ path: p.cidrPath, messageId: 'overlap', data: { pool: describePool(p), other: describePool(earlier), file: earlier.resource.file } });
    }
  },
});
