import { plural } from '../../src/engine/plural.js';
import { k8sLabelMatch, labelMatchKey, rawSelectorKey } from '../../src/engine/netpol/atoms.js';
import { namespaceOf } from '../../src/engine/netpol/endpoints.js';
import { matchLabels } from '../../src/engine/netpol/match.js';
import { endpointsByLabel, endpointsIn, kubernetesPeers, namespacesByLabel, reachCluster } from '../../src/engine/netpol/rule-support.js';
import type { LabelMatch } from '../../src/engine/netpol/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { derived } from '../../src/engine/model.js';

const ANY: LabelMatch = { k: 'any' };

/** The namespace a `namespaceSelector` pins by name (`kubernetes.io/metadata.name`), if it does. */
function pinnedNamespace(selector: unknown): string | null {
  const labels = (selector as { matchLabels?: Record<string, unknown> } | null)?.matchLabels;
  const name = labels?.['kubernetes.io/metadata.name'];
  return typeof name === 'string' ? name : null;
}

// Policies repeat the same peers (a DNS peer, a team's namespace): each distinct one is judged once.
const declaredNamespaces = derived('netpol/declared-namespace-count', (m) => [...reachCluster(m).namespaces.values()].filter((n) => n.declared).length);

const peerVerdicts = derived('netpol/peer-verdicts', () => new Map<string, { messageId: string; data: Record<string, unknown> } | null>());

export default defineRule({
  meta: {
    id: 'netpol/peer-selects-nothing',
    description: 'A `from`/`to` peer with pod or namespace selectors matches no workload of the input, so the rule allows nothing it was written for (often a label typo, a namespace label that does not exist, or a podSelector that forgot its namespaceSelector).',
    severity: 'warning',
    remediation: 'Check the peer\'s labels against the workloads\' pod template labels and the namespaces\' labels (`kubernetes.io/metadata.name` is always there).',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      nothing: 'this peer matches none of the {{workloads}} in the input',
      noNamespace: 'this namespaceSelector matches none of the {{namespaces}} in the input',
      otherNamespace: 'this podSelector looks only in namespace {{namespace}}, where nothing matches; the matching workloads are in {{elsewhere}} (a namespaceSelector is missing?)',
    },
    docs: 'Only what the input can show is judged: a peer whose namespaces are not in the input (e.g. `kubernetes.io/metadata.name: kube-system` for cluster DNS, when the PR does not contain CoreDNS) is not reported, and a namespaceSelector is compared with Namespace objects only when the input declares some.',
  },
  check(resource, ctx) {
    const cluster = reachCluster(ctx.model);
    if (cluster.endpoints.length === 0) return;
    const own = namespaceOf(resource);
    const verdicts = peerVerdicts(ctx.model);
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const peer = ref.peer;
      const hasPods = peer.podSelector !== undefined && peer.podSelector !== null;
      const hasNs = peer.namespaceSelector !== undefined && peer.namespaceSelector !== null;
      if (!hasPods && !hasNs) continue;
      // The verdict depends on the selectors as the API reads them, the policy's namespace and a
      // namespace pinned by name: that is the key.
      const pinned = hasNs ? pinnedNamespace(peer.namespaceSelector) : null;
      // The selectors' keys straight from what is written when that is possible (rawSelectorKey):
      // the selector objects are built only for a peer not judged yet.
      const podKey = hasPods ? (rawSelectorKey(peer.podSelector) ?? labelMatchKey(k8sLabelMatch(peer.podSelector))) : '-';
      const nsKey = hasNs ? (rawSelectorKey(peer.namespaceSelector) ?? labelMatchKey(k8sLabelMatch(peer.namespaceSelector))) : '-';
      // Only a peer without a namespaceSelector depends on the policy's own namespace.
      const key = `${hasNs ? '' : `${own.length}:${own}`}|${podKey}|${nsKey}|${pinned === null ? '-' : `${pinned.length}:${pinned}`}`;
      if (!verdicts.has(key)) verdicts.set(key, judgePeer(hasPods ? k8sLabelMatch(peer.podSelector) : ANY, hasNs ? k8sLabelMatch(peer.namespaceSelector) : null, pinned));
      const verdict = verdicts.get(key)!;
      if (verdict) ctx.report({ path: ref.path, ...verdict });
    }

    function judgePeer(pods: LabelMatch, nss: LabelMatch | null, pinned: string | null): { messageId: string; data: Record<string, unknown> } | null {
      const hasNs = nss !== null;
      const podsMatch = (ep: (typeof cluster.endpoints)[number]) => matchLabels(pods, ep.labels, ep.calicoLabels);
      if (!hasNs) {
        const local = endpointsIn(cluster, own);
        if (local.some(podsMatch)) return null;
        if (local.length > 0) return { messageId: 'nothing', data: { workloads: plural(cluster.endpoints.length, 'workload') } };
        const elsewhere = [...new Set(endpointsByLabel(ctx.model).candidates(pods).filter(podsMatch).map((ep) => ep.namespace))].sort();
        return elsewhere.length > 0 ? { messageId: 'otherNamespace', data: { namespace: own, elsewhere: elsewhere.join(', ') } } : null;
      }
      if (pinned !== null && !cluster.namespaces.has(pinned)) return null; // a namespace outside the input
      const namespaces = namespacesByLabel(ctx.model)
        .candidates(nss)
        .filter((ns) => matchLabels(nss, ns.labels, ns.calicoLabels));
      if (namespaces.length === 0) {
        const declared = declaredNamespaces(ctx.model);
        return declared > 0 && pinned === null ? { messageId: 'noNamespace', data: { namespaces: plural(declared, 'Namespace') } } : null;
      }
      const inScope = new Set(namespaces.filter((ns) => endpointsIn(cluster, ns.name).length > 0).map((ns) => ns.name));
      if (inScope.size === 0) return null;
      if (pods.k === 'any') return null;
      // Look through whichever is smaller: the workloads of the selected namespaces, or those
      // carrying the selector's rarest label anywhere in the cluster.
      const candidates = endpointsByLabel(ctx.model).candidates(pods);
      let inNamespaces = 0;
      for (const ns of inScope) inNamespaces += endpointsIn(cluster, ns).length;
      const matched =
        inNamespaces < candidates.length
          ? [...inScope].some((ns) => endpointsIn(cluster, ns).some(podsMatch))
          : candidates.some((ep) => inScope.has(ep.namespace) && podsMatch(ep));
      return matched ? null : { messageId: 'nothing', data: { workloads: plural(cluster.endpoints.length, 'workload') } };
    }
  },
});
