import { defineRule } from '../../src/engine/rule.js';
import { formatCalicoSelector, matchesCalicoSelector } from '../../src/engine/selector/calico.js';
import { POOL_KINDS, describePool, podPools, poolsIn, servesAllNodes } from './lib/pools.js';
import type { PoolView } from './lib/pools.js';
import { derived } from '../../src/engine/model.js';

function scoped(p: PoolView): boolean {
  return !p.disabled && !p.manual && !p.loadBalancerOnly && p.cidr !== null && p.nodeSelector !== null && !servesAllNodes(p);
}

const nodeScopedPodPools = derived('calico/node-scoped-pod-pools', (m) => podPools(m).filter(scoped));

export default defineRule({
  meta: {
    id: 'calico/ippool-rack-selectors-overlap',
    description:
      'Per-rack (per-zone) pools only keep each rack\'s pods in its own range when their `nodeSelector`s are disjoint; a node matched by two such pools of one family takes addresses from either, so its routes no longer aggregate per rack.',
    severity: 'warning',
    remediation: 'Make the selectors disjoint (e.g. `rack == "0"` and `rack == "1"`) and give every node exactly one rack label.',
    kinds: [...POOL_KINDS],
    messages: {
      node: '{{pool}} and {{other}} both select node {{node}}',
      same: '{{pool}} has the same nodeSelector as {{other}} ({{selector}})',
    },
  },
  check(resource, ctx) {
    const { facts } = ctx.model;
    const all = nodeScopedPodPools(ctx.model);
    for (const p of poolsIn(ctx.model, resource)) {
      if (!scoped(p)) continue;
      const canonical = formatCalicoSelector(p.nodeSelector!);
      for (const o of all.slice(0, all.indexOf(p))) {
        if (o.cidr!.family !== p.cidr!.family || o.name === p.name) continue;
        const data = { pool: describePool(p), other: describePool(o), selector: canonical };
        if (facts.nodesKnown) {
          const node = facts.nodes.find((n) => matchesCalicoSelector(p.nodeSelector!, n.labels) && matchesCalicoSelector(o.nodeSelector!, n.labels));
          if (node) {
            ctx.report({ path: p.nodeSelectorPath, messageId: 'node', data: { ...data, node: node.name } });
            break;
          }
        } else if (formatCalicoSelector(o.nodeSelector!) === canonical) {
          ctx.report({ path: p.nodeSelectorPath, messageId: 'same', data });
          break;
        }
      }
    }
  },
});
