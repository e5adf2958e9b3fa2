import { kubernetesPeers } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'netpol/peer-empty',
    description: 'Every `from`/`to` peer of a NetworkPolicy sets at least one of `podSelector`, `namespaceSelector` or `ipBlock`; the API server rejects an empty peer ("must specify a peer").',
    severity: 'error',
    remediation: 'To allow every source or destination, drop `from`/`to` from the rule (or leave the list empty); otherwise give the peer a selector, e.g. `namespaceSelector: {}` for every pod in every namespace.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { empty: 'this {{key}} peer sets none of podSelector, namespaceSelector and ipBlock; the API server rejects the policy ("must specify a peer")' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicyPeer`. A selector written as `{}` counts as set; one written as `null` does not.',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const p = ref.peer;
      const set = (v: unknown) => v !== undefined && v !== null;
      if (!set(p.podSelector) && !set(p.namespaceSelector) && !set(p.ipBlock)) ctx.report({ path: ref.path, messageId: 'empty', data: { key: ref.key } });
    }
  },
});
