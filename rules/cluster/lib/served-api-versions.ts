/**
 * Which apiVersion serves each kind netlint reads, and which versions Kubernetes stopped serving,
 * with the release: the Kubernetes deprecated API migration guide
 * (kubernetes.io/docs/reference/using-api/deprecation-guide) and the 1.16 removals post
 * (kubernetes.io/blog/2019/07/18/api-deprecations-in-1-16). A new kind is a row here.
 */

export interface ServedKinds {
  kinds: readonly string[];
  /** The API group, `''` for the core group. */
  group: string;
  /** The versions the group serves these kinds in (the first is the one to write). */
  served: readonly string[];
  /** Versions of this group the kinds were once served in, with the release that removed them. */
  removed?: Readonly<Record<string, string>>;
  /** Who reads these kinds, when not the API server through kubectl (kubeadm reads its own configuration files). */
  reader?: 'kubeadm';
  /** What took over a kind that no version serves any more. */
  successor?: string;
}

export const SERVED_KINDS: readonly ServedKinds[] = [
  { kinds: ['Pod', 'Service', 'Namespace', 'Node', 'ConfigMap', 'Secret', 'Endpoints', 'ServiceAccount', 'ReplicationController'], group: '', served: ['v1'] },
  { kinds: ['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet'], group: 'apps', served: ['v1'], removed: { v1beta1: '1.16', v1beta2: '1.16' } },
  { kinds: ['NetworkPolicy'], group: 'networking.k8s.io', served: ['v1'] },
  { kinds: ['Ingress', 'IngressClass'], group: 'networking.k8s.io', served: ['v1'], removed: { v1beta1: '1.22' } },
  { kinds: ['Job'], group: 'batch', served: ['v1'] },
  { kinds: ['CronJob'], group: 'batch', served: ['v1'], removed: { v1beta1: '1.25' } },
  { kinds: ['PodDisruptionBudget'], group: 'policy', served: ['v1'], removed: { v1beta1: '1.25' } },
  { kinds: ['EndpointSlice'], group: 'discovery.k8s.io', served: ['v1'], removed: { v1beta1: '1.25' } },
  { kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'], group: 'admissionregistration.k8s.io', served: ['v1'], removed: { v1beta1: '1.22' } },
  { kinds: ['CustomResourceDefinition'], group: 'apiextensions.k8s.io', served: ['v1'], removed: { v1beta1: '1.22' } },
  { kinds: ['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'], group: 'rbac.authorization.k8s.io', served: ['v1'], removed: { v1beta1: '1.22', v1alpha1: '1.22' } },
  { kinds: ['PodSecurityPolicy'], group: 'policy', served: [], removed: { v1beta1: '1.25' }, successor: 'Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels' },
  // kubeadm's configuration API: v1beta3 since 1.22, v1beta4 since 1.31; v1beta1 removed in 1.22
  // (kubernetes#101129), v1beta2 in 1.27 (kubernetes#114540, kubeadm#2459).
  { kinds: ['ClusterConfiguration', 'InitConfiguration', 'JoinConfiguration'], group: 'kubeadm.k8s.io', served: ['v1beta3', 'v1beta4'], removed: { v1beta1: '1.22', v1beta2: '1.27' }, reader: 'kubeadm' },
  // Multus' CRD serves v1 only (multus-cni deployments/multus-daemonset.yml).
  { kinds: ['NetworkAttachmentDefinition'], group: 'k8s.cni.cncf.io', served: ['v1'] },
  // MultiNetworkPolicy's CRD serves v1beta1; it lists v1beta2 with `served: false`
  // (k8snetworkplumbingwg/multi-networkpolicy scheme.yml at f1873dc).
  { kinds: ['MultiNetworkPolicy'], group: 'k8s.cni.cncf.io', served: ['v1beta1'] },
  // The operator's CRDs serve v1 only (tigera/operator pkg/crds/operator).
  { kinds: ['Installation', 'APIServer', 'ImageSet'], group: 'operator.tigera.io', served: ['v1'] },
  // kubernetes-sigs/network-policy-api: its v0.2.0 CRD serves ClusterNetworkPolicy in v1alpha2 only,
  // the v0.1.x CRDs (the last, v0.1.8) AdminNetworkPolicy and BaselineAdminNetworkPolicy in v1alpha1
  // only (config/crd/{standard,experimental}/ at each tag).
  { kinds: ['ClusterNetworkPolicy'], group: 'policy.networking.k8s.io', served: ['v1alpha2'] },
  { kinds: ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy'], group: 'policy.networking.k8s.io', served: ['v1alpha1'] },
];

/** Kinds the `extensions` group served until the release named: no version of it serves them now. */
export const EXTENSIONS_REMOVED: Readonly<Record<string, string>> = {
  NetworkPolicy: '1.16',
  DaemonSet: '1.16',
  Deployment: '1.16',
  ReplicaSet: '1.16',
  PodSecurityPolicy: '1.16', // then served by policy/v1beta1 until 1.25
  Ingress: '1.22',
};

/**
 * Calico's two API groups and the one version each serves, for every kind: the aggregated API
 * server's projectcalico.org/v3 and the CRDs' crd.projectcalico.org/v1 (libcalico-go config/crd).
 */
export const CALICO_VERSIONS: Readonly<Record<string, string>> = { 'projectcalico.org': 'v3', 'crd.projectcalico.org': 'v1' };

/** Calico kinds whose name no Kubernetes group also uses (Calico's NetworkPolicy and Node share theirs). */
export const CALICO_ONLY_KINDS: ReadonlySet<string> = new Set([
  'BGPConfiguration',
  'BGPFilter',
  'BGPPeer',
  'FelixConfiguration',
  'GlobalNetworkPolicy',
  'GlobalNetworkSet',
  'HostEndpoint',
  'IPPool',
  'IPReservation',
  'KubeControllersConfiguration',
  'NetworkSet',
  'StagedGlobalNetworkPolicy',
  'StagedKubernetesNetworkPolicy',
  'StagedNetworkPolicy',
  'Tier',
]);
