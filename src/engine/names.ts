/**
 * Kubernetes object-name formats, as the API server checks them (apimachinery
 * `pkg/util/validation` and `pkg/api/validation/generic.go`, and each kind's `Validate*Name` in
 * kubernetes `pkg/apis/<group>/validation`). Each check returns why a name is not valid, or null.
 */

export type NameFormat = 'dns1123-subdomain' | 'dns1123-label' | 'dns1035-label' | 'path-segment';

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL = new RegExp(`^${LABEL}$`);
const DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export const DNS1123_LABEL_MAX = 63;
export const DNS1123_SUBDOMAIN_MAX = 253;

export function dns1123LabelError(value: string): string | null {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1123_LABEL.test(value)) return "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
  return null;
}

export function dns1123SubdomainError(value: string): string | null {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (it has ${value.length})`;
  if (!DNS1123_SUBDOMAIN.test(value)) return "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
  return null;
}

export function dns1035LabelError(value: string): string | null {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) return "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit";
  return null;
}

export function pathSegmentError(value: string): string | null {
  if (value === '.' || value === '..') return `may not be "${value}"`;
  for (const bad of ['/', '%']) if (value.includes(bad)) return `may not contain "${bad}"`;
  return null;
}

const CHECKS: Record<NameFormat, (value: string) => string | null> = {
  'dns1123-subdomain': dns1123SubdomainError,
  'dns1123-label': dns1123LabelError,
  'dns1035-label': dns1035LabelError,
  'path-segment': pathSegmentError,
};

/**
 * Why `name` is not valid in `format`. With `prefix` (a `generateName`), a trailing `-` is allowed,
 * since random characters are appended: apimachinery `maskTrailingDash` (pkg/api/validation/
 * generic.go) drops the last two characters and appends `a` before the check.
 */
export function nameError(format: NameFormat, name: string, prefix = false): string | null {
  const value = prefix && name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
  return CHECKS[format](value);
}

/**
 * The API server's name generator (apiserver pkg/storage/names/generate.go SimpleNameGenerator):
 * the first 58 characters of `generateName` and 5 random ones (lower-case consonants and digits).
 * The object is validated with the generated name, so `web.-` (`web.-x2k9q`) is refused.
 */
export const GENERATED_PREFIX_MAX = 58;
export function generatedNameOf(generateName: string): string {
  return `${generateName.slice(0, GENERATED_PREFIX_MAX)}x2k9q`;
}

/**
 * The name format of each kind whose rule is not the common DNS-1123 subdomain: Namespace
 * (`ValidateNamespaceName`, a label), Service (`ValidateServiceName`, a DNS-1035 label; a DNS-1123
 * label from Kubernetes 1.36, where RelaxedServiceNameValidation is on by default: see
 * {@link relaxedServiceName}), StatefulSet (`ValidateStatefulSetName`: a label, since pod hostnames
 * derive from it), the RBAC kinds (`ValidateRBACName`, a path segment), APIService (a path segment
 * equal to `<version>.<group>`, so the core group's is `v1.`: kube-aggregator `ValidateAPIService`),
 * ClusterTrustBundle (its signer's name with `/` made `:` and a `:` before the rest,
 * `ValidateClusterTrustBundleName`: held here to a path segment) and CertificateSigningRequest
 * (`ValidateCertificateRequestName` returns nothing, "we don't care what you call your certificate
 * requests", but every create first checks that the name is a path segment: apiserver
 * pkg/registry/rest/create.go BeforeCreate, `path.IsValidPathSegmentName`). Everything else an API
 * server stores, custom resources and Calico's `projectcalico.org/v3` kinds included, needs a
 * DNS-1123 subdomain.
 */
const FORMAT_BY_GROUP_KIND: Readonly<Record<string, NameFormat>> = {
  Namespace: 'dns1123-label',
  Service: 'dns1035-label',
  'apps/StatefulSet': 'dns1123-label',
  'rbac.authorization.k8s.io/Role': 'path-segment',
  'rbac.authorization.k8s.io/ClusterRole': 'path-segment',
  'rbac.authorization.k8s.io/RoleBinding': 'path-segment',
  'rbac.authorization.k8s.io/ClusterRoleBinding': 'path-segment',
  'apiregistration.k8s.io/APIService': 'path-segment',
  'certificates.k8s.io/ClusterTrustBundle': 'path-segment',
  'certificates.k8s.io/CertificateSigningRequest': 'path-segment',
};

/**
 * A Service name Kubernetes 1.36 and later accept and earlier releases refuse: a DNS-1123 label
 * that does not start with a letter (`1st-svc`). kubernetes pkg/apis/core/validation
 * `ValidateServiceCreate` uses `NameIsDNSLabel` instead of `NameIsDNS1035Label` when the
 * RelaxedServiceNameValidation gate is on (beta and on by default since 1.36,
 * pkg/features/kube_features.go).
 */
export function relaxedServiceName(name: string, prefix = false): boolean {
  return nameError('dns1123-label', name, prefix) === null;
}

/** Extra length limits beyond the format: a CronJob's name leaves room for its Jobs' suffix (`ValidateCronJob`). */
const MAX_LENGTH_BY_GROUP_KIND: Readonly<Record<string, number>> = {
  'batch/CronJob': 52,
};

export function nameFormatOf(groupKind: string): NameFormat {
  return FORMAT_BY_GROUP_KIND[groupKind] ?? 'dns1123-subdomain';
}

export function maxNameLengthOf(groupKind: string): number | null {
  return MAX_LENGTH_BY_GROUP_KIND[groupKind] ?? null;
}

const CALICO_CLUSTER_KINDS = [
  'BGPConfiguration', 'BGPFilter', 'BGPPeer', 'BlockAffinity', 'CalicoNodeStatus', 'ClusterInformation', 'FelixConfiguration', 'GlobalNetworkPolicy',
  'GlobalNetworkSet', 'HostEndpoint', 'IPAMBlock', 'IPAMConfig', 'IPAMConfiguration', 'IPAMHandle', 'IPPool', 'IPReservation', 'KubeControllersConfiguration',
  'Node', 'StagedGlobalNetworkPolicy', 'Tier',
];

/**
 * Cluster-scoped kinds netlint knows: the API server clears a `metadata.namespace` written on them
 * before validating (apiserver pkg/registry/rest/create.go BeforeCreate,
 * `EnsureObjectNamespaceMatchesRequestNamespace`), so it is never checked. Kubernetes' built-in
 * kinds (`kubectl api-resources --namespaced=false`), Calico's (each CRD's `scope: Cluster`, in
 * both API groups), the network-policy-api kinds and the Tigera operator's.
 */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole', 'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass', 'storage.k8s.io/CSIDriver', 'storage.k8s.io/CSINode', 'storage.k8s.io/VolumeAttachment',
  'apiextensions.k8s.io/CustomResourceDefinition', 'apiregistration.k8s.io/APIService', 'scheduling.k8s.io/PriorityClass', 'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass', 'networking.k8s.io/IPAddress', 'networking.k8s.io/ServiceCIDR',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy', 'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'certificates.k8s.io/CertificateSigningRequest', 'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema', 'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'policy.networking.k8s.io/AdminNetworkPolicy', 'policy.networking.k8s.io/BaselineAdminNetworkPolicy', 'policy.networking.k8s.io/ClusterNetworkPolicy',
  'operator.tigera.io/Installation', 'operator.tigera.io/APIServer', 'operator.tigera.io/Goldmane', 'operator.tigera.io/Whisker', 'operator.tigera.io/ImageSet',
  ...CALICO_CLUSTER_KINDS.flatMap((k) => [`projectcalico.org/${k}`, `crd.projectcalico.org/${k}`]),
]);
