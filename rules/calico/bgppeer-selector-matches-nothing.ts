import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology, selectNodes } from './lib/bgp.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { editDistance } from '../../src/engine/did-you-mean.js';
import { parseCalicoSelector, selectorLabelKeys } from '../../src/engine/selector/calico.js';

export default defineRule({
  meta: {
    id: 'calico/bgppeer-selector-matches-nothing',
    description:
      'A BGPPeer `nodeSelector` or `peerSelector` that matches none of the known nodes (Node objects, Calico Nodes, or the `cluster.nodes` inventory) sets up no session: typically a label that was never applied (`route-reflector=true`).',
    severity: 'warning',
    remediation: 'Label the nodes the selector is meant for (`kubectl label node <name> route-reflector=true`) or fix the selector.',
    kinds: ['calico/BGPPeer'],
    messages: { none: '{{field}} {{selector}} matches none of the {{count}} known nodes{{hint}}' },
  },
  check(resource, ctx) {
    const topo = bgpTopology(ctx.model);
    if (!topo.nodesKnown) return;
    const spec = asObject(resource.value.spec);
    for (const field of ['nodeSelector', 'peerSelector'] as const) {
      if (typeof spec[field] !== 'string') continue;
      const selected = selectNodes(topo.nodes, spec[field]);
      if (selected !== null && selected.length === 0) {
        ctx.report({ path: ['spec', field], messageId: 'none', data: { field, selector: spec[field], count: String(topo.nodes.length), hint: nearLabel(ctx.model, spec[field]) } });
      }
    }
  },
});

/**
 * A label the nodes carry that is a slip away from one the selector tests, which no node carries
 * (`calico-route-reflector` for `route-reflector`): `; nodes carry calico-route-reflector=true`.
 */
function nearLabel(model: ClusterModel, selector: string): string {
  const parsed = parseCalicoSelector(selector);
  if (!parsed.ok) return '';
  const carried = carriedLabels(model);
  for (const key of selectorLabelKeys(parsed.selector)) {
    if (carried.has(key)) continue;
    const near = [...carried.keys()].find((k) => k.endsWith(`-${key}`) || k.endsWith(`/${key}`) || key.endsWith(`/${k}`) || editDistance(k, key) <= 2);
    if (near !== undefined) return `; nodes carry ${near}=${carried.get(near)} (no node has ${key})`;
  }
  return '';
}

/** Each label key the known nodes carry, with one value it has: found once per lint. */
const carriedLabels = derived('calico/bgp-node-label-keys', (m) => {
  const carried = new Map<string, string>();
  for (const n of bgpTopology(m).nodes) for (const [k, v] of Object.entries(n.labels)) if (!carried.has(k)) carried.set(k, v);
  return carried;
});
