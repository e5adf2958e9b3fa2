import { firstOf, plural } from '../../src/engine/plural.js';
import { CALICO_NAME_LABEL, SERVICE_ACCOUNT_PROFILE_PREFIX, calicoAccountLabels, labelsOf, namespaceInfo, namespaceOf, podEndpoint, serviceAccountOf } from '../../src/engine/netpol/endpoints.js';
import { atomsOf, evalKleene, matchAtom, matchCond, readLabelKeys } from '../../src/engine/netpol/match.js';
import type { Atom, Cond, NamespaceInfo, Policy, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { endpointsIn, policyOf, reachCluster, selectedDnsStandIns, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { derived, podMetadataOf, podSpecOf } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { podRunnerIn } from '../../src/engine/netpol/pod-runners.js';
import { hostEndpointLabels, readsNodeLabelsOnly, selectsHostEndpoint } from '../../src/engine/netpol/host-endpoints.js';
import { defineRule } from '../../src/engine/rule.js';
import { didYouMean } from '../../src/engine/did-you-mean.js';

/** The ServiceAccount objects of the input, as `namespace/name`. */
const serviceAccountsInInput = derived('netpol/service-accounts-in-input', (m) => new Set(m.byKind('ServiceAccount').map((r) => `${namespaceOf(r)}/${r.name}`)));

/**
 * An atom that reads the labels of a ServiceAccount: Calico `serviceAccountSelector`,
 * `serviceAccounts.selector`, or a Calico selector reading the `pcsa.` labels an endpoint inherits
 * from its account (endpoints.ts workloadEndpointCalicoLabels; its name under
 * `pcsa.projectcalico.org/name` is known without the object).
 */
const readsAccountLabels = (atom: Atom): boolean =>
  atom.k === 'serviceAccount' ? atom.selector.k !== 'any' : atom.k === 'pods' && atom.pods.k === 'calico' && atom.pods.keys.some((k) => k.startsWith(SERVICE_ACCOUNT_PROFILE_PREFIX) && k !== ACCOUNT_NAME_KEY);
const ACCOUNT_NAME_KEY = `${SERVICE_ACCOUNT_PROFILE_PREFIX}${CALICO_NAME_LABEL}`;

/**
 * Whether `cond` holds for `ep` when the labels of its ServiceAccount are unknown (the object is
 * not in the input; its labels may be set on the cluster, e.g. with `kubectl label
 * serviceaccount`): true, false, or null for "cannot tell". The account's name and namespace are
 * known from the pod spec, so an atom they rule out is false.
 */
function holdsWithoutAccountLabels(cond: Cond, ep: WorkloadEndpoint, namespaces: ReadonlyMap<string, NamespaceInfo>): boolean | null {
  return evalKleene(cond, (atom) => {
    if (!readsAccountLabels(atom)) return matchAtom(atom, ep, namespaces);
    // Namespace and account name are known: only the label selector is in doubt.
    const withoutLabels = { ...atom, ...(atom.k === 'pods' ? { pods: { k: 'any' } } : { selector: { k: 'any' } }) } as Atom;
    return matchAtom(withoutLabels, ep, namespaces) ? null : false;
  });
}

/**
 * The host-network workloads the model leaves out (NetworkPolicy behaviour is undefined for them:
 * Kubernetes' NetworkPolicy page), as endpoints a selector can be matched with.
 */
const hostNetworkWorkloads = derived('netpol/host-network-workloads', (m): WorkloadEndpoint[] =>
  reachCluster(m).excluded.flatMap((x) => {
    const r = x.resource;
    if (r === undefined || !x.reason.startsWith('hostNetwork')) return [];
    const namespace = namespaceOf(r);
    const account = serviceAccountOf(podSpecOf(r)?.spec);
    const ns = reachCluster(m).namespaces.get(namespace) ?? namespaceInfo(namespace, {});
    return [podEndpoint(r, x.id, ns, labelsOf(podMetadataOf(r)?.metadata.labels), account, calicoAccountLabels(account))];
  }),
);

/**
 * A label key the subject reads that no workload in scope carries and that is no near miss of
 * one they do carry (did-you-mean), or null: the mark of a label set at run time rather than of a
 * typo. Calico selectors also see the projectcalico.org/* labels Calico adds.
 */
function runtimeLabelOf(model: ClusterModel, namespace: string | null, subject: Cond, calico: boolean): string | null {
  const { carried, known } = carriedLabelKeys(model, namespace, calico);
  return [...readLabelKeys(atomsOf(subject))].find((k) => !carried.has(k) && didYouMean(k, known) === null) ?? null;
}

/**
 * A label key a Calico subject reads that no workload in scope carries but a namespace in scope
 * does, with that namespace: the mark of a namespace label written as a pod label. Calico gives an
 * endpoint its namespace's labels only under `pcns.` (libcalico-go k8s/conversion
 * NamespaceToProfile), so `selector: team == 'red'` does not see namespace team=red. Null otherwise.
 */
function namespaceLabelOf(model: ClusterModel, policy: Policy): { label: string; namespace: string } | null {
  if (policy.source !== 'calico') return null;
  const { carried } = carriedLabelKeys(model, policy.namespace, true);
  const namespaces = reachCluster(model).namespaces;
  for (const key of readLabelKeys(atomsOf(policy.subject))) {
    if (carried.has(key)) continue;
    for (const ns of policy.namespace === null ? namespaces.values() : [namespaces.get(policy.namespace)]) {
      if (ns !== undefined && Object.hasOwn(ns.calicoLabels, key)) return { label: key, namespace: ns.name };
    }
  }
  return null;
}

/** The label keys the workloads of a namespace (null: of the input) carry, Calico's added ones with `calico`, gathered once per lint. */
function carriedLabelKeys(model: ClusterModel, namespace: string | null, calico: boolean): { carried: Set<string>; known: string[] } {
  const byScope = carriedByScope(model);
  const key = `${calico ? 'calico' : 'k8s'} ${namespace ?? ''}`;
  let found = byScope.get(key);
  if (!found) {
    const cluster = reachCluster(model);
    const carried = new Set<string>();
    for (const ep of namespace === null ? cluster.endpoints : endpointsIn(cluster, namespace)) for (const k of Object.keys(calico ? ep.calicoLabels : ep.labels)) carried.add(k);
    byScope.set(key, (found = { carried, known: [...carried] }));
  }
  return found;
}
const carriedByScope = derived('netpol/carried-label-keys', () => new Map<string, { carried: Set<string>; known: string[] }>());

/**
 * Whether a Calico policy only denies: it has rules and every one but its Log rules is a Deny (a
 * Log rule logs and goes on to the next: Calico's rule actions, api/pkg/apis/projectcalico/v3
 * policy_common.go; the usual quarantine policy logs, then denies). A Kubernetes policy without
 * rules isolates too, but selecting nothing there means an intended isolation is missing.
 */
function deniesOnly(policy: Policy): boolean {
  const rules = [...(policy.ingress ?? []), ...(policy.egress ?? [])].filter((r) => r.action !== 'Log');
  return policy.source !== 'kubernetes' && rules.length > 0 && rules.every((r) => r.action === 'Deny');
}

export default defineRule({
  meta: {
    id: 'netpol/policy-selects-nothing',
    description: 'A policy selects no workload of the input although its namespace (or, for a GlobalNetworkPolicy, the input) has workloads: a typo in a label or selector, or a policy left behind. One that selects only host-network workloads is reported as such: NetworkPolicy does not apply to them.',
    severity: 'warning',
    remediation: 'Fix the selector to match the workload labels (pod template labels, not the Deployment\'s own), or delete the policy.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      nothing: '{{policy}} selects none of the {{workloads}} in {{scope}}',
      nothingNamespaceLabel:
        '{{policy}} selects none of the {{workloads}} in {{scope}}: {{label}} is a label of namespace {{namespace}}, which its pods do not carry; a Calico selector reads a namespace\'s labels as pcns.{{label}}, or select the namespace with namespaceSelector',
      nothingRuntimeLabel: '{{policy}} selects none of the {{workloads}} in {{scope}}, and none of them carries label {{label}} or one like it: a label set at run time (e.g. `kubectl label pod`) or on pods the input does not show',
      nothingButOperator: '{{policy}} selects none of the {{workloads}} in {{scope}}; {{runner}} may be what it selects',
      hostNetworkOnly: '{{policy}} selects only {{selected}}, which {{run}} on the host network: NetworkPolicy behaviour is undefined for host-network pods (most network plugins do not apply it), so it restricts nothing there',
    },
    docs: 'When the scope also holds a custom resource with a pod template, from which its operator makes pods (a `template` with `spec.containers`, `podTemplate`, `podMetadata` as a Prometheus has, or Strimzi\'s `template.pod`, in a kind outside Kubernetes\' own groups, Calico\'s data and Multus\' NADs; a Route or a ServiceMonitor describes no pods) or a workload whose ServiceAccount the input\'s RBAC lets create pods (an operator such as Longhorn\'s manager), those pods are not in the input, so the finding is info. A Calico `serviceAccountSelector`, or a selector reading the `pcsa.` labels an endpoint inherits from its ServiceAccount, is matched with the labels of the workload\'s ServiceAccount object (`serviceAccountName`, else `default`); a selector reading `pcns.` labels, with the labels of the workload\'s Namespace (Calico gives every endpoint its namespace\'s labels under `pcns.` and its account\'s under `pcsa.`, and drops a pod\'s own labels under those prefixes). When that object is not in the input its labels are unknown (they may be set on the cluster, e.g. with `kubectl label serviceaccount`), so a policy that such a workload might match through them is not reported. Felix also matches a policy\'s selector against the Calico HostEndpoints (their own labels, and those of the Profiles of the input they list), with what Calico adds to it: a namespaced policy\'s namespace, a Kubernetes policy\'s `projectcalico.org/orchestrator == k8s`, a GlobalNetworkPolicy\'s namespaceSelector and serviceAccountSelector over `pcns.`/`pcsa.` labels, with `all()` there read as namespaced / having an account. A policy that so selects a HostEndpoint of the input is not reported: in practice a GlobalNetworkPolicy with neither field, or with one that holds for no labels (`!has(team)`, `PCI != "true"`). A GlobalNetworkPolicy whose selector reads only labels nodes carry (`kubernetes.io/hostname`, `node-role.kubernetes.io/*`, `topology.kubernetes.io/*`, a cloud\'s node-pool label such as `eks.amazonaws.com/nodegroup`, or `projectcalico.org/created-by`) is for host endpoints, which Calico creates from the nodes with their labels (automatic host endpoints: Calico docs "Protect Kubernetes nodes"), and is not reported. A policy that selects the cluster DNS pods (`k8s-app: kube-dns` in kube-system, OpenShift\'s `dns.operator.openshift.io/daemonset-dns: default` in openshift-dns), which every cluster runs, is not reported when the input holds no DNS pods of its own. A custom resource without `metadata.namespace` whose `spec` is itself a pod template (a KubeVirt VirtualMachine, an Argo Rollout) counts in `default`, as a Deployment without one does.',
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy) return;
    const cluster = reachCluster(ctx.model);
    const inScope = policy.namespace === null ? cluster.endpoints : endpointsIn(cluster, policy.namespace);
    if (inScope.length === 0 || selectingClasses(ctx.model, policy).length > 0) return;
    // A policy for nodes' interfaces: Felix selects HostEndpoints with it too (see host-endpoints.ts).
    if (hostEndpointLabels(ctx.model).some((labels) => selectsHostEndpoint(policy, labels))) return;
    if (policy.namespace === null && readsNodeLabelsOnly(policy.subject)) return;
    // A policy for the cluster's DNS pods, which every cluster runs though the input does not show them.
    if (selectedDnsStandIns(ctx.model, policy).length > 0) return;
    // Calico selects by the labels of the pod's ServiceAccount
    // (https://docs.tigera.io/calico/latest/reference/resources/networkpolicy, serviceAccountSelector):
    // for a workload whose ServiceAccount is not in the input they are unknown, and so is the verdict.
    if (atomsOf(policy.subject).some(readsAccountLabels)) {
      const known = serviceAccountsInInput(ctx.model);
      const undecided = inScope.some((ep) => !known.has(`${ep.namespace}/${ep.serviceAccount}`) && holdsWithoutAccountLabels(policy.subject, ep, cluster.namespaces) !== false);
      if (undecided) return;
    }
    const key = policy.source === 'kubernetes' ? 'podSelector' : 'selector';
    const onHost = hostNetworkWorkloads(ctx.model).filter((ep) => (policy.namespace === null || ep.namespace === policy.namespace) && matchCond(policy.subject, ep, cluster.namespaces));
    if (onHost.length > 0) {
      ctx.report({ path: ['spec', key], messageId: 'hostNetworkOnly', data: { policy: policy.id, selected: firstOf(onHost.map((ep) => `${ep.kind} ${ep.id}`), 3), run: onHost.length === 1 ? 'runs' : 'run' } });
      return;
    }
    const data = { policy: policy.id, workloads: plural(inScope.length, 'workload'), scope: policy.namespace === null ? 'the input' : `namespace ${policy.namespace}` };
    const runner = podRunnerIn(ctx.model, policy.namespace);
    if (runner) {
      ctx.report({ path: ['spec', key], messageId: 'nothingButOperator', data: { ...data, runner }, severity: 'info' });
      return;
    }
    // A policy that only denies, for a label no workload in scope carries nor anything like it:
    // the quarantine pattern (Calico's incident-response policies; `kubectl label pod …
    // quarantine=true` at run time), not a typo to warn about.
    const fromNamespace = namespaceLabelOf(ctx.model, policy);
    if (fromNamespace !== null) {
      ctx.report({ path: ['spec', key], messageId: 'nothingNamespaceLabel', data: { ...data, ...fromNamespace } });
      return;
    }
    const unseen = deniesOnly(policy) ? runtimeLabelOf(ctx.model, policy.namespace, policy.subject, policy.source !== 'kubernetes') : null;
    if (unseen !== null) ctx.report({ path: ['spec', key], messageId: 'nothingRuntimeLabel', data: { ...data, label: unseen }, severity: 'info' });
    else ctx.report({ path: ['spec', key], messageId: 'nothing', data });
  },
});
