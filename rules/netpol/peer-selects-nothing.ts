import { plural } from '../../src/engine/plural.js';
import { k8sLabelMatch, labelMatchKey, rawSelectorKey } from '../../src/engine/netpol/atoms.js';
import { namespaceOf } from '../../src/engine/netpol/endpoints.js';
import { matchLabels } from '../../src/engine/netpol/match.js';
import { dnsStandIns, endpointsByLabel, endpointsIn, kubernetesPeers, reachCluster } from '../../src/engine/netpol/rule-support.js';
import { namespaceSelectorScope } from './lib/peer-namespaces.js';
import type { LabelMatch, NetworkSet, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { LabelIndex } from '../../src/engine/netpol/label-index.js';
import { pushTo } from '../../src/engine/multimap.js';
import { defineRule } from '../../src/engine/rule.js';
import { isBlankCalicoSelector, matchesCalicoSelector, parseCalicoSelector, selectorLabelKeys, type CalicoSelector } from '../../src/engine/selector/calico.js';
import { DNS_STAND_INS } from '../../src/engine/netpol/dns-stand-ins.js';
import { isObject } from '../../src/engine/values.js';
import { derived } from '../../src/engine/model.js';
import { podRunnerIn } from '../../src/engine/netpol/pod-runners.js';

const ANY: LabelMatch = { k: 'any' };

/** Labels Calico gives an endpoint itself, beside its pod's (libcalico-go k8s/conversion). */
const CALICO_IMPLICIT = /^(?:projectcalico\.org\/|pcns\.|pcsa\.)/;

/**
 * The endpoints a Calico selector can match, from the label index, when one of its top-level
 * conjuncts is `key == 'v'` or `key in {'a', 'b'}` on a pod label (every match satisfies it); else
 * null (scan).
 */
function narrowedCandidates(selector: CalicoSelector, index: LabelIndex<WorkloadEndpoint>): readonly WorkloadEndpoint[] | null {
  for (const term of selector.kind === 'and' ? selector.operands : [selector]) {
    if (term.kind === 'compare' && term.op === '==' && !CALICO_IMPLICIT.test(term.label)) return index.withLabel(term.label, term.value);
    if (term.kind === 'set' && term.op === 'in' && !CALICO_IMPLICIT.test(term.label)) return [...new Set(term.values)].flatMap((v) => index.withLabel(term.label, v));
  }
  return null;
}

/** The labels Calico reads a namespace's name from (a namespace's profile, and Kubernetes' own). */
const NAMESPACE_NAME_LABELS = ['kubernetes.io/metadata.name', 'projectcalico.org/name'];

/**
 * The namespaces a Calico namespaceSelector names outright (`kubernetes.io/metadata.name ==
 * 'x'`, `projectcalico.org/name in {'a', 'b'}`, as a whole), or null for any other selector.
 */
function namedNamespaces(text: string): string[] | null {
  const parsed = parseCalicoSelector(text);
  if (!parsed.ok) return null;
  const sel = parsed.selector;
  if (sel.kind === 'compare' && sel.op === '==' && NAMESPACE_NAME_LABELS.includes(sel.label)) return [sel.value];
  if (sel.kind === 'set' && sel.op === 'in' && NAMESPACE_NAME_LABELS.includes(sel.label) && sel.values.length > 0) return [...sel.values];
  return null;
}

/** The input's NetworkSets by namespace, once per lint. */
const setsByNamespace = derived('netpol/network-sets-by-namespace', (m) => {
  const out = new Map<string, NetworkSet[]>();
  for (const n of reachCluster(m).networkSets) if (n.namespace !== null) pushTo(out, n.namespace, n);
  return out;
});
/**
 * The workloads of one namespace by their pods' own labels, and the keys of the labels Calico adds
 * to them (projectcalico.org/…, pcns., pcsa.), built per namespace when first asked, once per lint:
 * asking whether a namespace's workloads carry a key, or which of them carry `tier == 'api'`, then
 * costs what the answer holds, not a pass over every workload of the cluster with that label.
 */
const namespaceLabels = derived('netpol/namespace-label-index', (m) => {
  const cluster = reachCluster(m);
  const built = new Map<string, { pods: LabelIndex<WorkloadEndpoint>; calicoKeys: Set<string> }>();
  return (ns: string) => {
    let entry = built.get(ns);
    if (!entry) {
      const there = endpointsIn(cluster, ns);
      const calicoKeys = new Set<string>();
      for (const ep of there) for (const key in ep.calicoLabels) if (CALICO_IMPLICIT.test(key)) calicoKeys.add(key);
      built.set(ns, (entry = { pods: new LabelIndex(there, (ep) => ep.labels), calicoKeys }));
    }
    return entry;
  };
});
/** Above this many workloads a namespace is searched through the label index (see judgePeer). */
const CROWDED = 64;

// Policies repeat the same peers (a DNS peer, a team's namespace): each distinct one is judged once.
const peerVerdicts = derived('netpol/peer-verdicts', () => new Map<string, { messageId: string; data: Record<string, unknown> } | null>());

export default defineRule({
  meta: {
    id: 'netpol/peer-selects-nothing',
    description: 'A `from`/`to` peer with pod or namespace selectors matches no workload of the input, so the rule allows nothing it was written for (often a label typo, or a podSelector that forgot its namespaceSelector); so does a Calico NetworkPolicy rule whose `selector` matches no workload or NetworkSet of the namespace it looks in, though the workloads there carry the labels it reads.',
    severity: 'warning',
    remediation: 'Check the peer\'s labels against the workloads\' pod template labels and the namespaces\' labels (`kubernetes.io/metadata.name` is always there).',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy'],
    messages: {
      nothing: 'this peer matches none of the {{workloads}} in the input',
      nothingButOperator: 'this peer matches none of the {{workloads}} in the input; {{runner}} may be what it selects',
      noNamespace: 'this namespaceSelector matches no namespace ({{why}})',
      otherNamespace: 'this podSelector looks only in namespace {{namespace}}, where nothing matches; the matching workloads are in {{elsewhere}} (a namespaceSelector is missing?)',
      calicoNothing: 'this {{field}} matches none of the {{workloads}} in {{namespace}}, nor a NetworkSet there, so the rule {{what}} nothing it was written for',
      nameLabel: 'this namespaceSelector asks for the label name: {{name}}, which Namespace {{name}} in the input does not carry, and no namespace of the input does: Kubernetes labels every namespace kubernetes.io/metadata.name (from 1.21); name is a convention someone has to add. Select kubernetes.io/metadata.name: {{name}}',
    },
    docs: 'Only what the input can prove is reported. The input holds some of the cluster\'s namespaces, so a peer is judged only when every namespace it can select holds workloads of the input: a peer without namespaceSelector (the policy\'s namespace), or a namespaceSelector that requires `kubernetes.io/metadata.name` to be one of some names (`matchLabels`, or `operator: In`). `namespaceSelector: {}` (every namespace), a namespaceSelector by other labels (it may select namespaces the input does not hold) and a named namespace without workloads in the input (e.g. `kube-system` for cluster DNS, when the input does not contain CoreDNS) are not reported. A named namespace whose Namespace object is in the input is matched with that object\'s labels; one that is not is known by its name only. A namespaceSelector `matchLabels: {name: X}` (the convention from before Kubernetes 1.21 added `kubernetes.io/metadata.name`) is reported when the input declares Namespace X without that label and no namespace of the input has it. A podSelector alone that matches nothing in a policy namespace without workloads is reported when workloads elsewhere match it (a namespaceSelector is likely missing). When a namespace the peer looks in also holds a custom resource with a pod template, from which its operator makes pods (a `template` with `spec.containers`, `podTemplate`, `podMetadata` as a Prometheus has, or Strimzi\'s `template.pod`, in a kind outside Kubernetes\' own groups, Calico\'s data and Multus\' NADs; a Route or a ServiceMonitor describes no pods) or a workload whose ServiceAccount the input\'s RBAC lets create pods, those pods are not in the input, so the finding is info.',
  },
  check(resource, ctx) {
    const cluster = reachCluster(ctx.model);
    if (cluster.endpoints.length === 0) return;
    const own = namespaceOf(resource);
    if (resource.group !== 'networking.k8s.io') {
      calicoRuleSelectors();
      return;
    }
    const verdicts = peerVerdicts(ctx.model);
    for (const ref of kubernetesPeers(resource.value.spec)) {
      const peer = ref.peer;
      const hasPods = peer.podSelector !== undefined && peer.podSelector !== null;
      const hasNs = peer.namespaceSelector !== undefined && peer.namespaceSelector !== null;
      if (!hasPods && !hasNs) continue;
      // The verdict depends on the selectors as the API reads them and, for a peer without a
      // namespaceSelector, on the policy's namespace: that is the key. The selectors' keys come
      // straight from what is written when that is possible (rawSelectorKey): the selector
      // objects are built only for a peer not judged yet.
      const podKey = hasPods ? (rawSelectorKey(peer.podSelector) ?? labelMatchKey(k8sLabelMatch(peer.podSelector))) : '-';
      const nsKey = hasNs ? (rawSelectorKey(peer.namespaceSelector) ?? labelMatchKey(k8sLabelMatch(peer.namespaceSelector))) : '-';
      const key = `${hasNs ? '' : `${own.length}:${own}`}|${podKey}|${nsKey}`;
      if (!verdicts.has(key)) verdicts.set(key, judgePeer(hasPods ? k8sLabelMatch(peer.podSelector) : ANY, hasNs ? k8sLabelMatch(peer.namespaceSelector) : null));
      const verdict = verdicts.get(key)!;
      if (verdict) ctx.report({ path: ref.path, ...verdict });
    }

    function judgePeer(pods: LabelMatch, nss: LabelMatch | null): { messageId: string; data: Record<string, unknown> } | null {
      const podsMatch = (ep: (typeof cluster.endpoints)[number]) => matchLabels(pods, ep.labels, ep.calicoLabels);
      if (nss === null) {
        const local = endpointsIn(cluster, own);
        // A crowded namespace is looked through by the selector's rarest label instead, when that
        // names fewer workloads (a namespace of many apps, each peer naming one, made this apps ×
        // apps); a small one is cheaper to scan than to index.
        const fewer = local.length > CROWDED ? endpointsByLabel(ctx.model).fewerThan(pods, local.length) : null;
        const matched = fewer !== null ? fewer.some((ep) => ep.namespace === own && podsMatch(ep)) : local.some(podsMatch);
        if (matched || selectsDnsStandIn(pods, [own])) return null;
        if (local.length > 0) return nothing([own]);
        // `podSelector: {}` is every pod of the namespace (the "allow the same namespace" idiom):
        // that the input holds none of them says nothing about a missing namespaceSelector.
        if (pods.k === 'any') return null;
        const elsewhere = [...new Set(endpointsByLabel(ctx.model).candidates(pods).filter(podsMatch).map((ep) => ep.namespace))].sort();
        return elsewhere.length > 0 ? { messageId: 'otherNamespace', data: { namespace: own, elsewhere: elsewhere.join(', ') } } : null;
      }
      // The `name: X` convention from before Kubernetes 1.21, where the input declares Namespace X
      // without that label: the classic slip, said as such.
      const legacy = legacyNameLabel(nss);
      if (legacy !== null) return { messageId: 'nameLabel', data: { name: legacy } };
      // Only a selector limited to named namespaces, each of which holds workloads of the input
      // (or is known not to match), can be shown to match nothing (see lib/peer-namespaces.ts).
      const scope = namespaceSelectorScope(cluster, nss);
      if (scope.k === 'open') return null;
      if (scope.namespaces.length === 0) {
        const why = scope.names.length === 0 ? 'its kubernetes.io/metadata.name requirements admit no name' : `it is limited to ${scope.names.join(', ')}, whose labels do not satisfy the rest of it`;
        return { messageId: 'noNamespace', data: { why } };
      }
      const inScope = new Set(scope.namespaces);
      if (pods.k === 'any') return null;
      // Look through whichever is smaller: the workloads of the selected namespaces, or those
      // carrying the selector's rarest label anywhere in the cluster.
      let inNamespaces = 0;
      for (const ns of inScope) inNamespaces += endpointsIn(cluster, ns).length;
      const fewer = endpointsByLabel(ctx.model).fewerThan(pods, inNamespaces);
      const matched = fewer === null ? [...inScope].some((ns) => endpointsIn(cluster, ns).some(podsMatch)) : fewer.some((ep) => inScope.has(ep.namespace) && podsMatch(ep));
      return matched || selectsDnsStandIn(pods, inScope) ? null : nothing([...inScope]);
    }

    /**
     * A namespaced Calico policy's rule `selector` without a namespaceSelector looks at the
     * endpoints and NetworkSets of the policy's namespace only (libcalico-go updateprocessors
     * rules.go getEndpointSelector adds `projectcalico.org/namespace == ns`): when that namespace
     * holds workloads of the input and none of them, nor a NetworkSet there, matches, the selector
     * is most likely mistyped.
     */
    function calicoRuleSelectors(): void {
      const spec = resource.value.spec;
      for (const dir of ['ingress', 'egress'] as const) {
        const rules = isObject(spec) && Array.isArray(spec[dir]) ? spec[dir] : [];
        rules.forEach((rule: unknown, i: number) => {
          if (!isObject(rule)) return;
          for (const side of ['source', 'destination'] as const) {
            const peer = rule[side];
            if (!isObject(peer) || typeof peer.selector !== 'string' || peer.serviceAccounts !== undefined) continue;
            // Without a namespaceSelector the policy's namespace; with one that names namespaces, those.
            const namespaces = peer.namespaceSelector === undefined ? [own] : typeof peer.namespaceSelector === 'string' ? namedNamespaces(peer.namespaceSelector) : null;
            if (namespaces === null || namespaces.some((ns) => endpointsIn(cluster, ns).length === 0)) continue;
            const parsed = parseCalicoSelector(peer.selector);
            if (!parsed.ok || isBlankCalicoSelector(peer.selector) || peer.selector.trim() === 'all()') continue;
            const matches = (labels: Record<string, string>) => matchesCalicoSelector(parsed.selector, labels);
            // A value mistyped on a label the workloads there carry (app == 'prometheous'), not a label
            // they lack: pods an operator or a Job controller makes (job-name), or a Calico Enterprise
            // label (endpoints.projectcalico.org/serviceName), carry labels the input does not show.
            const indexes = namespaces.map(namespaceLabels(ctx.model));
            const carried = (key: string) => indexes.some((i) => (CALICO_IMPLICIT.test(key) ? i.calicoKeys.has(key) : i.pods.withKey(key).length > 0));
            if (!selectorLabelKeys(parsed.selector).every(carried)) continue;
            // Policies each naming one app of a crowded namespace: look only where an `==` on a pod
            // label points, when the selector is a conjunction (no `||`, no `!`), as the Kubernetes peers do.
            const candidates = indexes.flatMap((i) => narrowedCandidates(parsed.selector, i.pods) ?? i.pods.all);
            if (candidates.some((ep) => matches(ep.calicoLabels))) continue;
            const sets = setsByNamespace(ctx.model);
            if (namespaces.some((ns) => (sets.get(ns) ?? []).some((n) => matches({ ...n.labels, 'projectcalico.org/namespace': ns })))) continue;
            // The platform's DNS pods run in every cluster, whether or not the input holds some of its own.
            if (DNS_STAND_INS.some((dns) => namespaces.includes(dns.namespace) && matches(dns.calicoLabels))) continue;
            const runner = namespaces.map((ns) => podRunnerIn(ctx.model, ns)).find((r) => r !== undefined);
            const what = rule.action === 'Deny' ? 'denies' : rule.action === 'Pass' ? 'passes' : rule.action === 'Log' ? 'logs' : 'allows';
            ctx.report({ path: ['spec', dir, i, side, 'selector'], messageId: 'calicoNothing', ...(runner ? { severity: 'info' as const } : {}), data: { field: `${side}.selector`, workloads: plural(indexes.reduce((n, i) => n + i.pods.all.length, 0), 'workload'), namespace: `${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${namespaces.join(', ')}`, what } });
          }
        });
      }
    }

    /**
     * The namespace a `matchLabels: {name: X}` selector means, when the input declares Namespace X
     * without that label and no Namespace of the input carries it; else null.
     */
    function legacyNameLabel(nss: LabelMatch): string | null {
      if (nss.k !== 'k8s' || nss.selector.matchExpressions?.length) return null;
      const wanted = nss.selector.matchLabels ?? {};
      const name = wanted.name;
      if (typeof name !== 'string' || Object.keys(wanted).length !== 1) return null;
      const declared = cluster.namespaces.get(name);
      if (declared === undefined || !declared.declared || declared.labels.name === name) return null;
      for (const ns of cluster.namespaces.values()) if (ns.labels.name === name) return null;
      return name;
    }

    /** Whether the peer's pod selector picks the cluster's DNS pods in a namespace it looks in: every cluster runs them, though the input does not show them. */
    function selectsDnsStandIn(pods: LabelMatch, namespaces: Iterable<string>): boolean {
      const standIns = dnsStandIns(ctx.model);
      if (standIns.length === 0) return false;
      const looked = new Set(namespaces);
      return standIns.some((dns) => looked.has(dns.namespace) && matchLabels(pods, dns.labels, dns.calicoLabels));
    }

    /** "Matches nothing", at info level when a namespace looked in holds something that may run pods the input does not show (pod-runners.ts). */
    function nothing(namespaces: readonly string[]): { messageId: string; data: Record<string, unknown>; severity?: 'info' } {
      const workloads = plural(cluster.endpoints.length, 'workload');
      const runner = namespaces.map((ns) => podRunnerIn(ctx.model, ns)).find((r) => r !== undefined);
      return runner ? { messageId: 'nothingButOperator', data: { workloads, runner }, severity: 'info' } : { messageId: 'nothing', data: { workloads } };
    }
  },
});
