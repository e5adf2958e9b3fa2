/**
 * The object metadata the API server validates in a resource: the object's own, and the pod
 * template's of a workload (its labels and annotations are validated the same way). Kinds that are
 * tool configuration rather than API objects (a kind `Cluster`, kubeadm or kubelet configuration,
 * a CNI config file) have no API metadata and are left out.
 */
import { podMetadataOf } from '../../../src/engine/model.js';
import { CALICO_GROUPS } from '../../../src/engine/netpol/calico.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { isObject, objectItems } from '../../../src/engine/values.js';
import { INSTALLATION_OVERRIDES } from '../../calico/lib/installation.js';

export interface MetadataPlace {
  metadata: Record<string, unknown>;
  path: Path;
}

const ROOT: Path = Object.freeze(['metadata']);

/**
 * Groups of configuration files that a tool reads and no API server stores, so the API's rules
 * for names, labels and annotations do not apply: kind's cluster config, kubeadm's, netlint's own,
 * eksctl's ClusterConfig (whose name eksctl only asks to be letters, digits and hyphens, upper
 * case allowed: pkg/apis/eksctl.io/v1alpha5/validation.go `IsInvalidNameArg`, at 99984ad), kops'
 * Cluster and InstanceGroup (kept in kops' state store, pkg/client/simple/vfsclientset; an
 * instance group's `kops.k8s.io/cluster` label holds the cluster name, longer than 63 characters
 * in kops' own minimal-longclustername test, at 268927e), and every `*.config.k8s.io` (component
 * configs).
 */
const TOOL_CONFIG_GROUPS: ReadonlySet<string> = new Set(['kind.x-k8s.io', 'kubeadm.k8s.io', 'netlint.io', 'eksctl.io', 'kops.k8s.io']);

/** True for resources an API server stores (so their names, labels and annotations are validated). */
export function isApiObject(resource: Resource): boolean {
  const g = resource.group;
  if (TOOL_CONFIG_GROUPS.has(g) || g.endsWith('.config.k8s.io')) return false;
  return isObject(resource.value.metadata);
}

/**
 * The object's metadata and, for a Pod template holder, the template's (in that order), then the
 * metadata an operator Installation gives the components it runs (installationOverrideMetadataPlaces).
 */
export function metadataPlaces(resource: Resource): MetadataPlace[] {
  if (!isApiObject(resource)) return [];
  const out: MetadataPlace[] = [{ metadata: resource.value.metadata as Record<string, unknown>, path: ROOT }];
  const template = podMetadataOf(resource);
  if (template && template.path.length > 1) out.push({ metadata: template.metadata, path: template.path });
  for (const place of installationOverrideMetadataPlaces(resource)) out.push(place);
  return out;
}

/**
 * The labels and annotations an operator Installation sets on the components it runs, each
 * override's own `metadata` and its pod template's: the operator validates them with the API
 * server's ValidateLabels and ValidateAnnotations and refuses the Installation otherwise
 * (tigera/operator v1.42.3 pkg/controller/installation/validation.go validateCustomResource →
 * pkg/common/validation/overrides.go ValidateReplicatedPodResourceOverrides, validateMetadata).
 */
function installationOverrideMetadataPlaces(resource: Resource): MetadataPlace[] {
  if (resource.groupKind !== 'operator.tigera.io/Installation' || !isObject(resource.value.spec)) return [];
  const spec = resource.value.spec;
  const out: MetadataPlace[] = [];
  for (const name of INSTALLATION_OVERRIDES) {
    const override = spec[name];
    if (!isObject(override)) continue;
    if (isObject(override.metadata)) out.push({ metadata: override.metadata, path: ['spec', name, 'metadata'] });
    const template = isObject(override.spec) && isObject(override.spec.template) ? override.spec.template : null;
    if (template !== null && isObject(template.metadata)) out.push({ metadata: template.metadata, path: ['spec', name, 'spec', 'template', 'metadata'] });
  }
  return out;
}

/** Calico kinds whose rules (`spec.ingress`, `spec.egress`) carry their own `metadata`. */
const CALICO_RULE_KINDS: ReadonlySet<string> = new Set(['NetworkPolicy', 'GlobalNetworkPolicy', 'StagedNetworkPolicy', 'StagedGlobalNetworkPolicy', 'Profile']);

/**
 * The `metadata` of each rule of a Calico policy or profile: Calico validates its annotations as
 * it validates an object's (libcalico-go validator.go validateRuleMetadata →
 * validateObjectMetaAnnotations, v3.32.1). A rule's metadata holds annotations only.
 */
export function calicoRuleMetadataPlaces(resource: Resource): MetadataPlace[] {
  if (!CALICO_GROUPS.has(resource.group) || !CALICO_RULE_KINDS.has(resource.kind)) return [];
  const spec = resource.value.spec;
  if (!isObject(spec)) return [];
  const out: MetadataPlace[] = [];
  for (const dir of ['ingress', 'egress']) {
    for (const [i, rule] of objectItems(spec[dir])) if (isObject(rule.metadata)) out.push({ metadata: rule.metadata, path: ['spec', dir, i, 'metadata'] });
  }
  return out;
}
