/**
 * What may run pods the input does not show, for the netpol rules that judge selectors by the
 * workloads of the input (netpol/policy-selects-nothing, netpol/peer-selects-nothing): custom
 * resources whose operator may make pods (one holding a pod template first, and none of a kind
 * that describes no pods), and workloads whose ServiceAccount may create pods. Only objects that
 * may run pods are named.
 */
import type { ClusterModel } from '../model.js';
import { derived, podSpecOf, WORKLOAD_KINDS } from '../model.js';
import type { Resource } from '../types.js';
import { isObject } from '../values.js';
import { namespaceOf, operatorRunsPods, serviceAccountOf } from './endpoints.js';
import { DEFAULT_NAMESPACE } from './model.js';

/**
 * API groups whose objects run no pods beyond the workloads the model reads: Kubernetes' own
 * (the core group, `apps`, the old `extensions`, `batch`, `autoscaling`, `policy` and every
 * `*.k8s.io`), Multus' NADs, and the CNIs' policy and network data: Calico's (`projectcalico.org`,
 * `crd.projectcalico.org`), Antrea's (`crd.antrea.io`: policies, tiers, groups, egresses, IP
 * pools), OVN-Kubernetes' (`k8s.ovn.org`: egress firewalls, egress IPs, user-defined networks)
 * and Cilium's (`cilium.io`), whose agents run as the input's own DaemonSets.
 */
function runsNoPods(group: string): boolean {
  return NO_POD_GROUPS.has(group) || group.endsWith('.k8s.io');
}
const NO_POD_GROUPS = new Set(['', 'apps', 'extensions', 'batch', 'autoscaling', 'policy', 'projectcalico.org', 'crd.projectcalico.org', 'k8s.cni.cncf.io', 'crd.antrea.io', 'k8s.ovn.org', 'cilium.io']);

/** A kind named for a policy or a firewall (a Kyverno ClusterPolicy, an EgressFirewall) is rules other software enforces, not pods. */
const POLICY_KIND = /(?:Policy|Firewall)$/;

/**
 * Whether a custom resource's spec holds a pod template, from which its operator makes pods: a
 * Kubernetes one (`template: {spec: {containers}}`: an Argo Rollout's, a Knative Service's, an OLM
 * ClusterServiceVersion's deployments), `podTemplate` (Elastic's kinds, e.g. a Kibana), or the pod
 * part of one (`podMetadata`: prometheus-operator's Prometheus, Alertmanager and ThanosRuler,
 * pkg/apis/monitoring/v1/*_types.go; `template.pod`: Strimzi's,
 * api/src/main/java/io/strimzi/api/kafka/model/kafka/KafkaClusterTemplate.java). Most custom
 * resources describe no pods (a Route, a ServiceMonitor, a Certificate, an Istio policy).
 */
function holdsPodTemplate(v: unknown, depth = 0): boolean {
  if (depth > 8) return false;
  if (Array.isArray(v)) return v.some((x) => holdsPodTemplate(x, depth + 1));
  if (!isObject(v)) return false;
  if (holdsPodTemplateHere(v)) return true;
  return Object.values(v).some((x) => holdsPodTemplate(x, depth + 1));
}

/**
 * Whether `v` itself (not a field below it) holds a pod template (see holdsPodTemplate), or a
 * KubeVirt VirtualMachine's `template: {spec: {domain}}`, whose virt-launcher pod carries the
 * template's labels (kubevirt pkg/virt-controller/services/template.go copies the VMI's labels
 * onto the pod).
 */
function holdsPodTemplateHere(v: Record<string, unknown>): boolean {
  const template = v.template;
  if (isObject(v.podMetadata) || isObject(v.podTemplate)) return true;
  return isObject(template) && (isObject(template.pod) || (isObject(template.spec) && (Array.isArray(template.spec.containers) || isObject(template.spec.domain))));
}

/**
 * Custom resource kinds that describe no pods of their own: configuration other controllers read
 * (an OpenShift Route; prometheus-operator's monitors and rules; cert-manager's certificates;
 * Istio's and Cilium's traffic policy; Kyverno's policies). Any other custom resource may be one
 * whose operator makes pods without a pod template in its spec (a KubeVirt VirtualMachine's
 * virt-launcher pod, a Strimzi Kafka's brokers, a CloudNativePG Cluster's instances, an
 * Alertmanager), so it keeps the benefit of the doubt.
 */
const DESCRIBES_NO_PODS = new Set([
  'route.openshift.io/Route',
  ...['ServiceMonitor', 'PodMonitor', 'PrometheusRule', 'Probe', 'ScrapeConfig', 'AlertmanagerConfig'].map((k) => `monitoring.coreos.com/${k}`),
  ...['Certificate', 'CertificateRequest', 'Issuer'].map((k) => `cert-manager.io/${k}`),
  ...['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'EnvoyFilter', 'WorkloadEntry'].map((k) => `networking.istio.io/${k}`),
  ...['AuthorizationPolicy', 'PeerAuthentication', 'RequestAuthentication'].map((k) => `security.istio.io/${k}`),
  ...['Policy', 'PolicyException'].map((k) => `kyverno.io/${k}`),
]);

/**
 * A namespaced custom resource of the input in each namespace whose operator may make pods: the
 * first that holds a pod template (holdsPodTemplate), else the first of a kind not known to
 * describe no pods (DESCRIBES_NO_PODS). One without `metadata.namespace` counts only when its
 * `spec` itself holds a pod template (a KubeVirt VirtualMachine, an Argo Rollout written to be
 * applied with `-n`), and then in the namespace the netpol model gives objects without one
 * (`default`, as for a Deployment without it); otherwise netlint cannot tell a cluster-scoped kind
 * (Calico's Installation, whose overrides hold templates deeper down; cert-manager's
 * ClusterIssuer) from a namespaced one written without it.
 */
/**
 * The custom kinds the input's CRDs declare cluster-scoped (`spec.scope: Cluster`): the API server
 * keeps no namespace on them, whatever a kustomization's namespace wrote there (it does not know
 * the kind's scope), so they run nothing in a namespace.
 */
const clusterScopedCustomKinds = derived('netpol/cluster-scoped-custom-kinds', (m) => {
  const kinds = new Set<string>();
  for (const r of m.resources) {
    if (r.groupKind !== 'apiextensions.k8s.io/CustomResourceDefinition') continue;
    const spec = r.value.spec;
    const names = isObject(spec) ? spec.names : undefined;
    if (isObject(spec) && spec.scope === 'Cluster' && typeof spec.group === 'string' && isObject(names) && typeof names.kind === 'string') kinds.add(`${spec.group}/${names.kind}`);
  }
  return kinds;
});

const customResourceByNamespace = derived('netpol/custom-resources', (m) => {
  const withTemplate = new Map<string, Resource>();
  const others = new Map<string, Resource>();
  const clusterScoped = clusterScopedCustomKinds(m);
  for (const r of m.resources) {
    if (runsNoPods(r.group) || clusterScoped.has(r.groupKind)) continue;
    if (r.namespace === null) {
      const spec = r.value.spec;
      if (!withTemplate.has(DEFAULT_NAMESPACE) && isObject(spec) && holdsPodTemplateHere(spec)) withTemplate.set(DEFAULT_NAMESPACE, r);
      continue;
    }
    if (withTemplate.has(r.namespace)) continue;
    if (holdsPodTemplate(r.value.spec)) withTemplate.set(r.namespace, r);
    else if (!DESCRIBES_NO_PODS.has(r.groupKind) && !POLICY_KIND.test(r.kind) && !others.has(r.namespace)) others.set(r.namespace, r);
  }
  for (const [namespace, r] of others) if (!withTemplate.has(namespace)) withTemplate.set(namespace, r);
  return withTemplate;
});

/** Whether an RBAC rule list grants creating pods (core group, or `*` for group, resource or verb). */
function grantsPodCreate(rules: unknown): boolean {
  if (!Array.isArray(rules)) return false;
  const has = (list: unknown, ...values: string[]) => Array.isArray(list) && list.some((v) => values.includes(v as string));
  return rules.some((r) => isObject(r) && has(r.apiGroups, '', '*') && has(r.resources, 'pods', '*') && has(r.verbs, 'create', '*'));
}

/**
 * The workloads of the input that may create pods of their own, by namespace: those running as a
 * ServiceAccount that a RoleBinding or ClusterRoleBinding of the input grants `create` on `pods`.
 * An operator installed that way makes pods the input does not show and labels them (Longhorn's
 * manager makes its instance-manager pods and adds `longhorn.io/*` labels to its own pod at run
 * time: longhorn-manager app/daemon.go, types/types.go at 5ddaa369).
 */
const podCreatorsByNamespace = derived('netpol/pod-creators', (m) => {
  const roles = new Set<string>();
  for (const r of m.byKind('rbac.authorization.k8s.io/ClusterRole')) if (grantsPodCreate(r.value.rules)) roles.add(`ClusterRole/${r.name}`);
  for (const r of m.byKind('rbac.authorization.k8s.io/Role')) if (grantsPodCreate(r.value.rules)) roles.add(`Role/${r.namespace ?? ''}/${r.name}`);
  const accounts = new Set<string>();
  for (const b of m.byKind('rbac.authorization.k8s.io/RoleBinding', 'rbac.authorization.k8s.io/ClusterRoleBinding')) {
    const ref = isObject(b.value.roleRef) ? b.value.roleRef : {};
    const role = ref.kind === 'ClusterRole' ? `ClusterRole/${String(ref.name)}` : `Role/${b.namespace ?? ''}/${String(ref.name)}`;
    if (!roles.has(role) || !Array.isArray(b.value.subjects)) continue;
    for (const s of b.value.subjects) {
      if (!isObject(s) || s.kind !== 'ServiceAccount' || typeof s.name !== 'string') continue;
      accounts.add(`${typeof s.namespace === 'string' ? s.namespace : (b.namespace ?? '')}/${s.name}`);
    }
  }
  const out = new Map<string, Resource>();
  if (accounts.size === 0) return out;
  for (const r of m.byKind('Pod', ...WORKLOAD_KINDS)) {
    const account = serviceAccountOf(podSpecOf(r)?.spec);
    if (r.namespace !== null && !out.has(r.namespace) && accounts.has(`${r.namespace}/${account}`)) out.set(r.namespace, r);
  }
  return out;
});

/**
 * What may run pods in `namespace` (null: in any namespace) that the input does not show, said
 * for a message: a custom resource with a pod template (a Prometheus or an Alertmanager of the
 * Prometheus operator, whose pods carry `spec.podMetadata.labels`; see holdsPodTemplate) or a
 * workload that may create pods (see podCreatorsByNamespace). A selector that matches no workload
 * of the input may match those pods: the netpol rules then say so at info level instead of warning.
 */
export function podRunnerIn(model: ClusterModel, namespace: string | null): string | undefined {
  const first = (index: Map<string, Resource>) => (namespace !== null ? index.get(namespace) : index.values().next().value);
  const cr = first(customResourceByNamespace(model));
  // A custom resource without a pod template only may have pods (a Gardener Network has none).
  if (cr) return `the pods of ${cr.kind} ${namespaceOf(cr)}/${cr.name}, which its operator ${holdsPodTemplate(cr.value.spec) || operatorRunsPods(cr.groupKind) ? 'makes' : 'may make'},`;
  const creator = first(podCreatorsByNamespace(model));
  if (creator) return `the pods that ${creator.kind} ${creator.namespace}/${creator.name} creates (its ServiceAccount may create pods)`;
  return undefined;
}
