import { defineRule } from '../../src/engine/rule.js';
import { describeFactSource } from '../../src/engine/model.js';
import type { NodeFact } from '../../src/engine/model.js';
import { POOL_KINDS, describePool, nodesSelectedBy, poolsIn, servesAllNodes } from './lib/pools.js';

/** Where the nodes counted come from: `3 from kind Cluster nodes in kind.yaml, 2 from Calico Node objects in nodes.yaml`. */
function nodeSources(nodes: readonly NodeFact[]): string {
  const places = new Map<string, number>();
  for (const n of nodes) {
    const what = n.source.what.startsWith('kind Cluster') ? 'kind Cluster nodes' : n.source.what === 'cluster.nodes' ? 'cluster.nodes' : `${n.source.what} objects`;
    const key = describeFactSource({ what, file: n.source.file });
    places.set(key, (places.get(key) ?? 0) + 1);
  }
  const listed = [...places].map(([place, count]) => `${count} from ${place}`);
  return listed.length > 3 ? `${listed.slice(0, 3).join(', ')} and ${listed.length - 3} more places` : listed.join(', ');
}

export default defineRule({
  meta: {
    id: 'calico/ippool-fewer-blocks-than-nodes',
    description:
      'An IP pool holds 2^(blockSize − prefix length) blocks and every node claims at least one; with fewer blocks than the nodes that use the pool, the rest borrow single addresses from other nodes\' blocks (one /32 route each) or get none. Needs the node inventory or `cluster.nodeCount` in .netlint.yaml.',
    severity: 'warning',
    remediation: 'Widen the pool\'s CIDR or use a smaller block (larger blockSize) so there is at least one block per node; block size can only be set when the pool is created.',
    kinds: [...POOL_KINDS],
    messages: {
      fewer: '{{pool}} has {{blocks}} blocks of /{{blockSize}} but {{nodes}} nodes use it ({{from}})',
    },
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || p.disabled || p.manual || p.loadBalancerOnly || p.blockSize < p.cidr.prefix) continue;
      let nodes: readonly NodeFact[] | number | null;
      if (servesAllNodes(p)) nodes = facts.nodeCount === null ? null : facts.nodesKnown && facts.nodeCount === facts.nodes.length ? facts.nodes : facts.nodeCount;
      else if (facts.nodesKnown && p.nodeSelector) nodes = nodesSelectedBy(ctx.model, p.nodeSelector);
      else nodes = null;
      if (nodes === null) continue;
      const count = typeof nodes === 'number' ? nodes : nodes.length;
      const bits = p.blockSize - p.cidr.prefix;
      if (bits >= 31) continue;
      const blocks = 2 ** bits;
      if (blocks < count) ctx.report({ path: p.cidrPath, messageId: 'fewer', data: { pool: describePool(p), blocks: String(blocks), blockSize: String(p.blockSize), nodes: String(count), from: typeof nodes === 'number' ? 'cluster.nodeCount in .netlint.yaml' : nodeSources(nodes) } });
    }
  },
});
