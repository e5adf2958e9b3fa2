/**
 * Which namespaces a Kubernetes NetworkPolicy peer can select, as far as the input can tell. The
 * input holds a subset of the cluster's namespaces, so a rule can only prove that a peer reaches
 * "no workload" (or no workload declaring a port) when every namespace the peer can select is one
 * whose workloads the input describes.
 *
 * Semantics (https://kubernetes.io/docs/concepts/services-networking/network-policies/): a peer
 * with only `podSelector` selects pods in the policy's namespace; `namespaceSelector` selects
 * namespaces by label, `{}` selecting all of them; both in one peer are ANDed; `ipBlock` selects
 * addresses (which may be pods anywhere, or hosts outside the cluster). Every namespace carries the
 * label `kubernetes.io/metadata.name` set to its name
 * (https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-metadata-name),
 * so only a selector that requires that label to equal one of some names (`matchLabels`, or an
 * `In` expression) is limited to namespaces known by name; any other namespaceSelector may select
 * namespaces that are not in the input.
 *
 * What the input describes: a namespace's workloads when the input holds at least one workload in
 * it (the premise the netpol rules share, as when a policy's podSelector is compared with the
 * workloads of its namespace); a namespace's labels when the input declares its Namespace object
 * (otherwise only `kubernetes.io/metadata.name` is known).
 */
import { k8sLabelMatch } from '../../../src/engine/netpol/atoms.js';
import { matchLabels } from '../../../src/engine/netpol/match.js';
import { NAMESPACE_NAME_LABEL, type Cluster, type LabelMatch } from '../../../src/engine/netpol/model.js';
import { endpointsIn } from '../../../src/engine/netpol/rule-support.js';
import type { LabelSelector } from '../../../src/engine/selector/label.js';

/**
 * The namespaces a `namespaceSelector` can select when it requires `kubernetes.io/metadata.name`
 * to be one of some names (`matchLabels` and `In` expressions, intersected), sorted; null when it
 * does not, i.e. it may select namespaces of any name.
 */
export function namespaceNamesBound(match: LabelMatch): string[] | null {
  if (match.k !== 'k8s') return null;
  const sel: LabelSelector = match.selector;
  const bounds: (readonly string[])[] = [];
  if (sel.matchLabels && Object.prototype.hasOwnProperty.call(sel.matchLabels, NAMESPACE_NAME_LABEL)) bounds.push([sel.matchLabels[NAMESPACE_NAME_LABEL]]);
  for (const e of sel.matchExpressions ?? []) {
    if (e.key === NAMESPACE_NAME_LABEL && e.operator === 'In') bounds.push(e.values ?? []);
  }
  if (bounds.length === 0) return null;
  return [...new Set(bounds[0])].filter((n) => bounds.every((b) => b.includes(n))).sort();
}

/** Whether the selector reads no label but `kubernetes.io/metadata.name` (then it is decided by the name alone). */
function readsOnlyName(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).every((k) => k === NAMESPACE_NAME_LABEL) && (sel.matchExpressions ?? []).every((e) => e.key === NAMESPACE_NAME_LABEL);
}

export type NamespaceScope =
  /** The peer may select a namespace whose workloads the input does not describe: nothing is provable. */
  | { k: 'open' }
  /**
   * The peer can only select pods in `namespaces`, each holding workloads of the input (empty: it
   * selects no namespace at all). `names` are the names a namespaceSelector is limited to.
   */
  | { k: 'closed'; namespaces: string[]; names: string[] };

const OPEN: NamespaceScope = { k: 'open' };

/**
 * The namespaces a `namespaceSelector` (already read with k8sLabelMatch) can select. A namespace
 * it names is left out when its labels are known (declared in the input, or the selector reads the
 * name only) and do not satisfy the selector; one that may be selected must hold workloads of the
 * input, else the scope is open.
 */
export function namespaceSelectorScope(cluster: Cluster, match: LabelMatch): NamespaceScope {
  const names = namespaceNamesBound(match);
  if (names === null || match.k !== 'k8s') return OPEN;
  const byName = readsOnlyName(match.selector);
  const namespaces: string[] = [];
  for (const name of names) {
    const info = cluster.namespaces.get(name);
    const labels = info?.declared ? info.labels : byName ? { [NAMESPACE_NAME_LABEL]: name } : null;
    if (labels !== null && !matchLabels(match, labels, labels)) continue;
    if (endpointsIn(cluster, name).length === 0) return OPEN;
    namespaces.push(name);
  }
  return { k: 'closed', namespaces, names };
}

/**
 * The namespaces a `from`/`to` peer can select (see NamespaceScope); `own` is the policy's
 * namespace. An `ipBlock` peer, or one the API rejects (no selector at all), is open.
 */
export function peerScope(cluster: Cluster, peer: Record<string, unknown>, own: string): NamespaceScope {
  if (peer.ipBlock !== undefined) return OPEN;
  const hasPods = peer.podSelector !== undefined && peer.podSelector !== null;
  const hasNs = peer.namespaceSelector !== undefined && peer.namespaceSelector !== null;
  if (hasNs) return namespaceSelectorScope(cluster, k8sLabelMatch(peer.namespaceSelector));
  if (!hasPods) return OPEN;
  return endpointsIn(cluster, own).length > 0 ? { k: 'closed', namespaces: [own], names: [own] } : OPEN;
}
