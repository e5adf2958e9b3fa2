/**
 * SR-IOV device-plugin resources that no SriovNetworkNodePolicy creates. Facts from
 * k8snetworkplumbingwg/sriov-network-operator at 249e200 (249e20012faf):
 * - a SriovNetwork, SriovIBNetwork or OVSNetwork becomes a NAD whose
 *   `k8s.v1.cni.cncf.io/resourceName` annotation is `$RESOURCE_PREFIX/<spec.resourceName>`
 *   (api/v1/helper.go, the three `RenderNetAttDef`; bindata/manifests/cni-config/sriov/
 *   sriov-cni-config.yaml). RESOURCE_PREFIX is the operator's env var, `openshift.io` in the Helm
 *   chart's values.yaml and hack/env.sh, and must not be empty (main.go).
 * - the device plugin advertises only the resources the policies name: its config has one entry
 *   per policy `spec.resourceName` (controllers/sriovnetworknodepolicy_controller.go
 *   renderDevicePluginConfigData), and a policy named `default` is skipped there and for VFs.
 * - policies are read from the operator's cache, which holds the operator namespace only (main.go
 *   `DefaultNamespaces: vars.Namespace` for the manager the policy controller runs in); the webhook
 *   warns that a policy elsewhere "is created or updated but not used" (pkg/webhook/validate.go
 *   validateSriovNetworkNodePolicy). Network controllers run in the cluster-wide manager, so a
 *   SriovNetwork in any namespace is rendered (its NAD lands in its own namespace).
 * - the only `SriovOperatorConfig` admitted is `default` in the operator namespace
 *   (validate.go validateSriovOperatorConfig): the input's one tells that namespace.
 * - nothing checks a network's resourceName against the policies: the network webhook checks only
 *   `spec.networkNamespace` (pkg/webhook/validate_networks.go) and the controllers render the NAD
 *   whatever the name (controllers/generic_network_controller.go).
 */
import { didYouMean } from '../../src/engine/did-you-mean.js';
import { derived, objectLabel, podSpecOf } from '../../src/engine/model.js';
import { firstOf } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject, objectItems } from '../../src/engine/values.js';
import { POD_KINDS } from './lib/nads.js';
import { SRIOV_GROUP, SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';

const POLICY_KIND = `${SRIOV_GROUP}/SriovNetworkNodePolicy`;
/** The Helm chart's `operator.resourcePrefix` (deployment/sriov-network-operator-chart/values.yaml). */
const DEFAULT_PREFIX = 'openshift.io';
/** The deprecated default policy, skipped by the policy controller (pkg/consts DefaultPolicyName). */
const DEFAULT_POLICY = 'default';

const resourceNameOf = (r: Resource): string | null => {
  const name = asObject(r.value.spec).resourceName;
  return typeof name === 'string' && name !== '' ? name : null;
};

/** The operator namespace, when the input's `default` SriovOperatorConfigs name exactly one. */
const operatorNamespace = derived('multus/sriov-operator-namespace', (m) => {
  const found = [...new Set(m.byKind(`${SRIOV_GROUP}/SriovOperatorConfig`).flatMap((c) => (c.name === 'default' && c.namespace !== null ? [c.namespace] : [])))];
  return found.length === 1 ? found[0] : null;
});

/** Why the operator does not use a policy, or null when it does (or may: a policy without a namespace lands where it is applied). */
function ignoredBecause(policy: Resource, opNs: string | null): string | null {
  if (policy.name === DEFAULT_POLICY) return 'a policy named "default" is the deprecated default policy, which the operator skips';
  if (opNs !== null && policy.namespace !== null && policy.namespace !== opNs) return `it is outside the operator namespace ${opNs}`;
  return null;
}

/** The input's policies, indexed once per lint: the resource names they create, and those only ignored policies name. */
const policies = derived('multus/sriov-policies', (m) => {
  const all = m.byKind(POLICY_KIND);
  const opNs = operatorNamespace(m);
  const created = new Set<string>();
  const ignored = new Map<string, { policy: Resource; why: string }>();
  for (const p of all) {
    const name = resourceNameOf(p);
    if (name === null) continue;
    const why = ignoredBecause(p, opNs);
    if (why === null) created.add(name);
    else if (!ignored.has(name)) ignored.set(name, { policy: p, why });
  }
  for (const name of created) ignored.delete(name);
  const names = [...created].sort();
  return { inventory: all.length > 0, created, names, ignored, opNs };
});

type Index = ReturnType<typeof policies>;

/** ` (did you mean …)`, or why the name is not created although a policy of the input writes it. */
function hintFor(name: string, index: Index): string {
  const ignored = index.ignored.get(name);
  if (ignored) return ` (${objectLabel(ignored.policy)} names it, but the operator ignores that policy: ${ignored.why})`;
  const bare = name.slice(name.lastIndexOf('/') + 1);
  if (bare !== name && index.created.has(bare)) return ` (write "${bare}": the operator adds the prefix itself)`;
  const guess = didYouMean(name, index.names);
  return guess === null ? '' : ` (did you mean "${guess}"?)`;
}

const createdList = (index: Index) => (index.names.length === 0 ? 'none' : firstOf(index.names.map((n) => `"${n}"`), 8));

export default defineRule({
  meta: {
    id: 'multus/sriov-resource',
    description:
      'The `spec.resourceName` of a SriovNetwork, SriovIBNetwork or OVSNetwork (and an `openshift.io/…` resource a pod asks for) must be one that a SriovNetworkNodePolicy creates: the SR-IOV device plugin advertises only those, so pods on the network stay Pending.',
    severity: 'error',
    remediation:
      'Set `spec.resourceName` to the `spec.resourceName` of the SriovNetworkNodePolicy that configures the VFs (without the `openshift.io/` prefix), or add that policy in the SR-IOV operator\'s namespace.',
    kinds: [...SRIOV_NETWORK_KINDS, POLICY_KIND, ...POD_KINDS],
    messages: {
      unknownResource:
        'no SriovNetworkNodePolicy of the input creates resource "{{name}}"{{hint}}: the operator still makes the NetworkAttachmentDefinition, asking for {{prefix}}/{{name}}, which no device plugin advertises, so pods on this network stay Pending (Insufficient {{prefix}}/{{name}}); the policies create {{created}}',
      unknownRequest:
        'no SriovNetworkNodePolicy of the input creates resource "{{name}}"{{hint}}: the SR-IOV device plugin never advertises {{resource}}, so this pod stays Pending (Insufficient {{resource}}); the policies create {{created}}',
      policyIgnored:
        'SriovNetworkNodePolicy outside the operator namespace {{operatorNamespace}} (where SriovOperatorConfig "default" is): the operator reads policies only there and the webhook warns this one "is created or updated but not used", so no node gets its VFs and no device plugin advertises its resource{{name}}',
    },
    docs: [
      'The SR-IOV Network Operator (k8snetworkplumbingwg/sriov-network-operator, read at 249e200) renders each SriovNetwork, SriovIBNetwork and OVSNetwork as a NetworkAttachmentDefinition whose `k8s.v1.cni.cncf.io/resourceName` is `<RESOURCE_PREFIX>/<spec.resourceName>` (api/v1/helper.go `RenderNetAttDef`; the prefix is the operator\'s `RESOURCE_PREFIX` env var, `openshift.io` by default in the Helm chart). The device plugin only advertises the resource names of the SriovNetworkNodePolicies (controllers/sriovnetworknodepolicy_controller.go `renderDevicePluginConfigData`, which also skips the deprecated policy named `default`). Neither the webhook (pkg/webhook/validate_networks.go checks only `spec.networkNamespace`) nor the network controllers compare a network\'s `resourceName` with the policies, so the mistake is accepted by the cluster and only shows as pods that never schedule: this rule catches it in the pull request.',
      'The policies often live in another repository, so the rule says nothing unless the input holds at least one SriovNetworkNodePolicy; then every resource name a policy does not create is an **error**, with the names the policies create and a did-you-mean. Policies count cluster-wide (device-plugin resources are per node, not per namespace), and network objects in any namespace are checked (the network controllers watch all namespaces).',
      'Pods and workload templates are checked too, for container `resources.requests`/`limits` keys `openshift.io/<name>` only: other prefixes (`nvidia.com`, `intel.com`, …) belong to other device plugins, or to an operator run with another `RESOURCE_PREFIX`, which the rule cannot tell from a plain resource request.',
      'The operator reads SriovNetworkNodePolicies only in its own namespace (main.go gives the policy controller\'s manager a cache of `vars.Namespace` only; pkg/webhook/validate.go warns a policy elsewhere "is created or updated but not used"). When the input tells that namespace, through the one SriovOperatorConfig the webhook admits (`default`, in the operator namespace), a policy in another namespace is reported (**warning**, as the webhook only warns) and creates no resource; a policy without `metadata.namespace` counts as created wherever it is applied.',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const index = policies(ctx.model);
    if (!index.inventory) return;
    if (resource.groupKind === POLICY_KIND) {
      const name = resourceNameOf(resource);
      if (index.opNs !== null && resource.namespace !== null && resource.namespace !== index.opNs && resource.name !== DEFAULT_POLICY) {
        ctx.report({ path: ['metadata', 'namespace'], messageId: 'policyIgnored', severity: 'warning', data: { operatorNamespace: index.opNs, name: name === null ? '' : ` "${name}"` } });
      }
      return;
    }
    if (resource.group === SRIOV_GROUP) {
      const name = resourceNameOf(resource);
      if (name === null || index.created.has(name)) return;
      ctx.report({ path: ['spec', 'resourceName'], messageId: 'unknownResource', data: { name, prefix: DEFAULT_PREFIX, hint: hintFor(name, index), created: createdList(index) } });
      return;
    }
    const ps = podSpecOf(resource);
    if (!ps) return;
    for (const list of ['initContainers', 'containers'] as const) {
      for (const [i, c] of objectItems(ps.spec[list])) {
        const resources = asObject(c.resources);
        const seen = new Set<string>();
        // Kubernetes takes an extended resource's request from its limit when only the limit is written: report each name once.
        for (const field of ['requests', 'limits'] as const) {
          for (const key of Object.keys(asObject(resources[field]))) {
            if (!key.startsWith(`${DEFAULT_PREFIX}/`) || seen.has(key)) continue;
            seen.add(key);
            const name = key.slice(DEFAULT_PREFIX.length + 1);
            if (index.created.has(name)) continue;
            ctx.report({ path: [...ps.path, list, i, 'resources', field, key], at: 'key', messageId: 'unknownRequest', data: { name, resource: key, hint: hintFor(name, index), created: createdList(index) } });
          }
        }
      }
    }
  },
});
