/**
 * The Calico HostEndpoints of the input, for netpol/policy-selects-nothing: Felix matches a
 * policy's selector against host endpoints as well as workload endpoints (felix/calc/
 * active_rules_calculator.go OnUpdate feeds both into the label index its policy selectors run
 * on), so a GlobalNetworkPolicy written for a node's interface selects something although it
 * selects no pod. They are not parties of the reach model (cluster.ts): it evaluates connections
 * between pods and address ranges, and traffic to or from a host interface is not among them.
 */
import type { ClusterModel } from '../model.js';
import { derived, objectLabel } from '../model.js';
import type { Resource } from '../types.js';
import { CALICO_GROUPS } from './calico.js';
import { asArray, asRecord, labelsOf } from './endpoints.js';
import { atomsOf } from './match.js';
import type { Cond, Labels, Policy } from './model.js';
import { matchesCalicoSelector, parseCalicoSelector, type CalicoSelector } from '../selector/calico.js';
import { CALICO_SERVICE_ACCOUNT_LABEL, NAMESPACE_PROFILE_PREFIX, SERVICE_ACCOUNT_PROFILE_PREFIX } from './endpoints.js';

/**
 * The labels each HostEndpoint of the input is matched with, as Felix's label index holds them
 * (felix/labelindex/label_inheritance_index.go itemData.GetHandle): its own labels, then those of
 * its `profiles` in order (a Profile's `labelsToApply`; a Profile not in the input adds none here).
 * libcalico-go gives it no implicit label (updateprocessors/hostendpointprocessor.go copies
 * `metadata.labels` alone).
 */
export const hostEndpointLabels: (model: ClusterModel) => Labels[] = derived('netpol/host-endpoint-labels', (m) => {
  const heps = m.byKind('calico/HostEndpoint');
  if (heps.length === 0) return [];
  const profiles = new Map(m.byKind('calico/Profile').map((p) => [p.name, labelsOf(asRecord(p.value.spec)?.labelsToApply)]));
  return heps.map((h) => {
    const inherited = asArray(asRecord(h.value.spec)?.profiles).map((name) => profiles.get(String(name)) ?? {});
    // The first holder of a label wins: the endpoint, then its profiles in the order listed.
    return Object.assign({}, ...inherited.reverse(), labelsOf(asRecord(h.value.metadata)?.labels)) as Labels;
  });
});

/**
 * Whether `policy` selects a host endpoint labelled `labels`, with the selector Felix gets for it
 * (calicoPolicySelector). A Kubernetes NetworkPolicy's pod selector also requires
 * `projectcalico.org/orchestrator == 'k8s'` (k8s/conversion/conversion.go k8sSelectorToCalico), and
 * admin policies select pods by namespace and pod labels: neither selects one.
 */
export function selectsHostEndpoint(policy: Pick<Policy, 'source' | 'resource'>, labels: Labels): boolean {
  if (policy.source !== 'calico' || policy.resource === undefined) return false;
  const selector = calicoPolicySelector(policy.resource);
  return selector !== null && matchesCalicoSelector(selector, labels);
}

/**
 * The selector libcalico-go gives Felix for a Calico policy (updateprocessors, v3.32.1), which
 * Felix matches against host endpoints as against workload endpoints: for a namespaced policy
 * `(selector) && projectcalico.org/namespace == '<ns>'` (networkpolicyprocessor.go); for a global
 * one the selector and the namespaceSelector with `pcns.` before each key, with every `all()` then
 * read as `has(projectcalico.org/namespace)` (globalnetworkpolicyprocessor.go); then, for both, the
 * serviceAccountSelector with `pcsa.` before each key, a global policy's remaining `all()` read as
 * `has(projectcalico.org/serviceaccount)`. A host endpoint carries none of those labels unless its
 * own say so: `namespaceSelector: all()` picks none, `namespaceSelector: "!has(team)"` or
 * `serviceAccountSelector: PCI != "true"` does not stop one. An empty field adds nothing; one that
 * does not parse is dropped (parseSelectorAttachPrefix returns ""), as is a policy whose own
 * selector does not parse (null: Calico's validator refuses it). Calico replaces the text
 * `all()`, so also inside a quoted value (`app == 'all()'`); here only the term is read so.
 */
export function calicoPolicySelector(r: Resource): CalicoSelector | null {
  const spec = asRecord(r.value.spec) ?? {};
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const parsed = (v: string): CalicoSelector | null => {
    if (v === '') return null;
    const p = parseCalicoSelector(v);
    return p.ok ? p.selector : null;
  };
  let selector: CalicoSelector | null = parsed(text(spec.selector));
  if (selector === null && text(spec.selector) !== '') return null;
  const append = (extra: CalicoSelector): CalicoSelector => (selector === null ? extra : { kind: 'and', operands: [selector, extra] });
  const global = r.kind.includes('Global');
  if (!global) {
    selector = append({ kind: 'compare', label: 'projectcalico.org/namespace', op: '==', value: r.namespace ?? 'default' });
  } else {
    const ns = parsed(text(spec.namespaceSelector));
    if (ns !== null) selector = readAll(append(withPrefix(ns, NAMESPACE_PROFILE_PREFIX)), 'projectcalico.org/namespace');
  }
  const sa = parsed(text(spec.serviceAccountSelector));
  if (sa !== null) {
    selector = append(withPrefix(sa, SERVICE_ACCOUNT_PROFILE_PREFIX));
    if (global) selector = readAll(selector, CALICO_SERVICE_ACCOUNT_LABEL);
  }
  return selector ?? { kind: 'all' };
}

/** `sel` with `prefix` before each label key (libcalico-go's PrefixVisitor). */
function withPrefix(sel: CalicoSelector, prefix: string): CalicoSelector {
  switch (sel.kind) {
    case 'all':
    case 'global':
      return sel;
    case 'has':
    case 'compare':
    case 'set':
      return { ...sel, label: prefix + sel.label };
    case 'not':
      return { kind: 'not', operand: withPrefix(sel.operand, prefix) };
    case 'and':
    case 'or':
      return { kind: sel.kind, operands: sel.operands.map((o) => withPrefix(o, prefix)) };
  }
}

/** `sel` with every `all()` read as `has(label)` (the processors' strings.Replace on the printed selector). */
function readAll(sel: CalicoSelector, label: string): CalicoSelector {
  switch (sel.kind) {
    case 'all':
      return { kind: 'has', label };
    case 'not':
      return { kind: 'not', operand: readAll(sel.operand, label) };
    case 'and':
    case 'or':
      return { kind: sel.kind, operands: sel.operands.map((o) => readAll(o, label)) };
    default:
      return sel;
  }
}

/**
 * Label keys that nodes carry and pods do not: Kubernetes' well-known node labels
 * (kubernetes.io/hostname, /os, /arch and the node-role., node., topology. and old beta
 * prefixes: https://kubernetes.io/docs/reference/labels-annotations-taints/), the cloud providers'
 * node-pool labels (eks.amazonaws.com/, cloud.google.com/, kubernetes.azure.com/), and the label
 * Calico's automatic host endpoints are told apart by. Calico copies a node's labels onto its
 * automatic host endpoint (projectcalico/calico docs security/auto-host-endpoints.md: "the same
 * labels and IP addresses as its corresponding node", plus
 * `projectcalico.org/created-by: calico-kube-controllers`).
 */
const NODE_LABEL_KEY = /^(?:kubernetes\.io\/(?:hostname|os|arch)$|(?:node-role|node|topology)\.kubernetes\.io\/|beta\.kubernetes\.io\/|failure-domain\.beta\.kubernetes\.io\/|eks\.amazonaws\.com\/|cloud\.google\.com\/|kubernetes\.azure\.com\/|projectcalico\.org\/created-by$)/;

/**
 * Whether a GlobalNetworkPolicy's subject reads node labels only (`has(kubernetes.io/hostname)`,
 * `has(eks.amazonaws.com/nodegroup)`): written for host endpoints, the automatic ones Calico
 * makes from nodes the input does not show among them, so selecting no pod is no mistake.
 */
export function readsNodeLabelsOnly(subject: Cond): boolean {
  const atoms = atomsOf(subject);
  return atoms.length > 0 && atoms.every((a) => a.k === 'pods' && a.ns.k === 'any' && a.pods.k === 'calico' && a.pods.keys.length > 0 && a.pods.keys.every((key) => NODE_LABEL_KEY.test(key)));
}

/**
 * What `reach` and `diff` say when the input holds HostEndpoints: Felix enforces policy on a host's
 * interfaces too (a GlobalNetworkPolicy selecting one, its profiles, and a default deny for a host
 * endpoint no policy selects: docs reference/resources/hostendpoint.mdx), and with applyOnForward
 * or preDNAT also on traffic forwarded through them, pods' included (docs
 * network-policy/hosts/host-forwarded-traffic.mdx); but the reach model's parties are pods and
 * address ranges, so a host endpoint's address is answered as any outside address is, without its
 * policy, and pod traffic without the forward policy. Null when there are none.
 */
export function hostEndpointNote(resources: readonly Resource[]): string | null {
  const heps = resources.filter((r) => CALICO_GROUPS.has(r.group) && r.kind === 'HostEndpoint');
  if (heps.length === 0) return null;
  const more = heps.length > 1 ? ` and ${heps.length - 1} more` : '';
  const ips = [...new Set(heps.flatMap((h) => asArray(asRecord(h.value.spec)?.expectedIPs).map(String)))];
  const addresses = ips.length === 0 ? '' : `; ${heps.length > 1 ? 'their' : 'its'} addresses (${ips.slice(0, 3).join(', ')}${ips.length > 3 ? `, ${ips.length - 3} more` : ''}) are answered as outside addresses with no policy of their own`;
  return `the input holds ${objectLabel(heps[0])}${more}: reach evaluates pods and address ranges, not host endpoints, so what policy on them allows or denies is not in this answer (traffic to or from the hosts, and pod traffic forwarded through them where an applyOnForward or preDNAT policy selects them)${addresses}`;
}
