import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, nodesSelectedBy, poolsIn, servesAllNodes } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/ippool-selector-matches-nothing',
    description:
      'An enabled IP pool whose `nodeSelector` matches none of the known nodes (Node objects, Calico Nodes or the `cluster.nodes` inventory) is never used for automatic assignment. `!all()` (a pool reserved for manual use) is not reported.',
    severity: 'warning',
    remediation: 'Fix the selector or label the nodes it is meant for (`kubectl label node <name> <key>=<value>`).',
    kinds: [...POOL_KINDS],
    messages: {
      none: '{{pool}} nodeSelector {{selector}} matches none of the {{count}} known nodes',
    },
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    if (!facts.nodesKnown) return;
    for (const p of poolsIn(ctx.model, resource)) {
      if (p.disabled || p.manual || p.loadBalancerOnly || !p.nodeSelector || servesAllNodes(p)) continue;
      if (nodesSelectedBy(ctx.model, p.nodeSelector).length > 0) continue;
      ctx.report({ path: p.nodeSelectorPath, messageId: 'none', data: { pool: describePool(p), selector: p.nodeSelectorText, count: String(facts.nodes.length) } });
    }
  },
});
