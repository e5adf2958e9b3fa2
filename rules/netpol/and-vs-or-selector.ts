import { PEER_KEYS } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';

/** A label selector with no requirement (`{}`, empty matchLabels and matchExpressions). */
function selectsEverything(sel: unknown): boolean {
  if (!isObject(sel)) return false;
  const labels = sel.matchLabels;
  const expressions = sel.matchExpressions;
  return (labels === undefined || labels === null || (isObject(labels) && Object.keys(labels).length === 0)) && (expressions === undefined || expressions === null || (Array.isArray(expressions) && expressions.length === 0));
}

export default defineRule({
  meta: {
    id: 'netpol/and-vs-or-selector',
    description: 'A rule lists a peer with only `namespaceSelector` and another with only `podSelector`: the two are ORed (every pod of those namespaces, or matching pods of the policy\'s own namespace), which is often meant as one peer with both selectors (pods matching the podSelector in those namespaces). A rule that also lists an `ipBlock` peer enumerates its sources and is left alone, as is one whose podSelector-only peer is `{}` (the policy\'s own namespace: joined to the namespaceSelector it would add nothing) (the Kubernetes NetworkPolicy page\'s own example allows "one of three sources": an ipBlock, a namespaceSelector and a podSelector).',
    severity: 'info',
    remediation: 'If you meant "these pods in those namespaces", put `namespaceSelector` and `podSelector` in the same list item (no `-` before `podSelector`).',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      split: 'peers {{ns}} (namespaceSelector only) and {{pod}} (podSelector only) are ORed; to require both, put them in one peer',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const [dir, key] of PEER_KEYS) {
      const rules = spec[dir];
      if (!Array.isArray(rules)) continue;
      for (let i = 0; i < rules.length; i++) {
        const rule: unknown = rules[i];
        const peers = isObject(rule) ? rule[key] : undefined;
        if (!Array.isArray(peers)) continue;
        // The first peer with only a namespaceSelector and the first with only a podSelector.
        let nsOnly = -1;
        let podOnly = -1;
        // Sources listed beside an address block are alternatives on purpose.
        if (peers.some((p) => isObject(p) && p.ipBlock !== undefined && p.ipBlock !== null)) continue;
        for (let j = 0; j < peers.length; j++) {
          const p: unknown = peers[j];
          if (!isObject(p)) continue;
          const ns = p.namespaceSelector !== undefined && p.namespaceSelector !== null;
          const pod = p.podSelector !== undefined && p.podSelector !== null;
          if (ns && !pod && nsOnly < 0) nsOnly = j;
          // `podSelector: {}` is "my own namespace": joined to a namespaceSelector it would add
          // nothing, so the list means "those namespaces or mine".
          if (pod && !ns && podOnly < 0 && !selectsEverything(p.podSelector)) podOnly = j;
        }
        if (nsOnly < 0 || podOnly < 0) continue;
        ctx.report({ path: ['spec', dir, i, key, podOnly], messageId: 'split', data: { ns: `${key}[${nsOnly}]`, pod: `${key}[${podOnly}]` } });
      }
    }
  },
});
