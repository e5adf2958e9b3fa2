import { defineRule } from '../../src/engine/rule.js';
import { POOL_KINDS, describePool, nodesSelectedBy, poolsIn, servesAllNodes } from './lib/pools.js';

export default defineRule({
  meta: {
    id: 'calico/ippool-fewer-blocks-than-nodes',
    description:
      'An IP pool holds 2^(blockSize − prefix length) blocks and every node claims at least one; with fewer blocks than the nodes that use the pool, the rest borrow single addresses from other nodes\' blocks (one /32 route each) or get none. Needs the node inventory or `cluster.nodeCount` in .netlint.yaml.',
    severity: 'warning',
    remediation: 'Widen the pool\'s CIDR or use a smaller block (larger blockSize) so there is at least one block per node; block size can only be set when the pool is created.',
    kinds: [...POOL_KINDS],
    messages: {
      fewer: '{{pool}} has {{blocks}} blocks of /{{blockSize}} but {{nodes}} nodes use it',
    },
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    for (const p of poolsIn(ctx.model, resource)) {
      if (!p.cidr || p.disabled || p.manual || p.loadBalancerOnly || p.blockSize < p.cidr.prefix) continue;
      let nodes: number | null;
      if (servesAllNodes(p)) nodes = facts.nodeCount;
      else if (facts.nodesKnown && p.nodeSelector) nodes = nodesSelectedBy(ctx.model, p.nodeSelector).length;
      else nodes = null;
      if (nodes === null) continue;
      const bits = p.blockSize - p.cidr.prefix;
      if (bits >= 31) continue;
      const blocks = 2 ** bits;
      if (blocks < nodes) ctx.report({ path: p.cidrPath, messageId: 'fewer', data: { pool: describePool(p), blocks: String(blocks), blockSize: String(p.blockSize), nodes: String(nodes) } });
    }
  },
});
