import { defineRule } from '../../src/engine/rule.js';
import { formatCalicoSelector } from '../../src/engine/selector/calico.js';
import { POOL_KINDS, describePool, nodesSelectedBy, podPools, poolsIn, servesAllNodes } from './lib/pools.js';
import type { PoolView } from './lib/pools.js';
import { derived } from '../../src/engine/model.js';
import type { NodeFact } from '../../src/engine/model.js';
import { pushTo } from '../../src/engine/multimap.js';

function scoped(p: PoolView): boolean {
  return !p.disabled && !p.manual && !p.loadBalancerOnly && p.cidr !== null && p.nodeSelector !== null && !servesAllNodes(p);
}

const nodeScopedPodPools = derived('calico/node-scoped-pod-pools', (m) => podPools(m).filter(scoped));

/**
 * For each node-scoped pool, the earlier pools (input order) it may collide with, worked out once
 * per lint: those of its family with the same canonical selector, or, when the nodes are known,
 * those that select one of its nodes. Indexed by selector and by node, so the cost grows with the
 * pools and nodes, not with their pairs.
 */
const overlaps = derived('calico/ippool-rack-selectors-overlap', (m) => {
  const all = nodeScopedPodPools(m);
  const order = new Map(all.map((p, i) => [p, i]));
  const canonical = new Map(all.map((p) => [p, formatCalicoSelector(p.nodeSelector!)]));
  const bySelector = new Map<string, PoolView[]>();
  const byNode = new Map<string, PoolView[]>();
  const nodesOf = new Map<PoolView, readonly NodeFact[]>();
  for (const p of all) {
    const key = `${p.cidr!.family}|${canonical.get(p)}`;
    const same = bySelector.get(key);
    if (same) same.push(p);
    else bySelector.set(key, [p]);
    if (!m.facts.nodesKnown) continue;
    const nodes = nodesSelectedBy(m, p.nodeSelector!);
    nodesOf.set(p, nodes);
    for (const n of nodes) {
      pushTo(byNode, n.name, p);
    }
  }
  const earlierThan = (p: PoolView, o: PoolView) => order.get(o)! < order.get(p)! && o.cidr!.family === p.cidr!.family && o.name !== p.name;
  /** The first earlier pool `p` collides with, and the first node they share (when nodes are known). */
  return (p: PoolView): { other: PoolView; node: NodeFact | null; selector: string } | null => {
    const selector = canonical.get(p)!;
    if (!m.facts.nodesKnown) {
      const other = (bySelector.get(`${p.cidr!.family}|${selector}`) ?? []).find((o) => earlierThan(p, o));
      return other ? { other, node: null, selector } : null;
    }
    let other: PoolView | null = null;
    const mine = order.get(p)!;
    for (const n of nodesOf.get(p) ?? []) {
      // A node's pools are in input order: the first that qualifies is its earliest, and none from p on is earlier.
      for (const o of byNode.get(n.name) ?? []) {
        if (order.get(o)! >= mine || (other !== null && order.get(o)! >= order.get(other)!)) break;
        if (earlierThan(p, o)) {
          other = o;
          break;
        }
      }
    }
    if (!other) return null;
    const theirs = new Set(nodesOf.get(other));
    return { other, node: (nodesOf.get(p) ?? []).find((n) => theirs.has(n)) ?? null, selector };
  };
});

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
    const collision = overlaps(ctx.model);
    for (const p of poolsIn(ctx.model, resource)) {
      if (!scoped(p)) continue;
      const found = collision(p);
      if (!found) continue;
      const data = { pool: describePool(p), other: describePool(found.other), selector: found.selector };
      if (found.node) ctx.report({ path: p.nodeSelectorPath, messageId: 'node', data: { ...data, node: found.node.name } });
      else ctx.report({ path: p.nodeSelectorPath, messageId: 'same', data });
    }
  },
});
