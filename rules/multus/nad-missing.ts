import { defineRule } from '../../src/engine/rule.js';
import { DEFAULT_NETWORK_ANNOTATION, NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS, findNads, hasNadIn, multusNamespace, nadNamesIn } from './lib/nads.js';
import { didYouMean } from '../../src/engine/did-you-mean.js';

export default defineRule({
  meta: {
    id: 'multus/nad-missing',
    description: 'A network a pod asks for must exist as a NetworkAttachmentDefinition in the namespace Multus looks in (the pod\'s, the one written before `/`, or for `default-network` Multus\' own namespace).',
    severity: 'error',
    remediation: 'Create the NetworkAttachmentDefinition in that namespace, or qualify the reference with the namespace it lives in (`infra/flannel-net`; in the JSON form, `{"name": "flannel-net", "namespace": "infra"}`).',
    kinds: POD_KINDS,
    options: {
      type: 'object',
      properties: { inventoryComplete: { type: 'boolean', description: 'The input holds every NAD of the cluster: a missing one is always an error.' } },
      additionalProperties: false,
    },
    messages: {
      missing: 'no NetworkAttachmentDefinition "{{name}}" in namespace {{namespace}}: Multus fails with "cannot find a network-attachment-definition" and the pod never starts{{hint}}',
      missingDefault: 'no NetworkAttachmentDefinition "{{name}}" in namespace {{namespace}}: Multus resolves an unqualified default-network in its own namespace, not the pod\'s{{hint}}',
      unverified: 'cannot verify network "{{name}}" (namespace {{namespace}}): the input holds no NetworkAttachmentDefinition in that namespace',
    },
    docs: [
      'Multus resolves `name` in the pod\'s namespace and `ns/name` in `ns` (k8sclient.go `getKubernetesDelegate`); an unqualified `v1.multus-cni.io/default-network` is resolved in `multusNamespace` (default kube-system, read from a Multus ConfigMap in the input when present).',
      'A pull request often adds a pod that uses a NAD defined elsewhere. So a missing NAD is an **error** only when the input holds at least one NAD in the namespace looked in (the inventory of that namespace is then taken as known), or when the rule option `inventoryComplete: true` says the input holds every NAD; otherwise the finding is **info** ("cannot verify"), except an unqualified name whose NAD exists only in another namespace (for `default-network`, e.g. the pod\'s own): a **warning** that suggests `otherns/name`, as that is almost always the slip (Multus fills an unqualified name with the pod\'s namespace, `parsePodNetworkAnnotation`, and never searches elsewhere; with `namespaceIsolation` on, the other namespace must also be listed in `globalNamespaces`). A pod or NAD without `metadata.namespace` matches any namespace; a NAD without one makes the inventory known only for a pod without one (both land where they are applied), not for a namespace a reference names (`shared-nets/vlan200`).',
      'A NAD that an operator makes from a resource of the input counts as present: sriov-network-operator\'s SriovNetwork, SriovIBNetwork and OVSNetwork (named after the resource, in its `spec.networkNamespace`, else its own namespace; api/v1/helper.go `RenderNetAttDef`); spiderpool\'s SpiderMultusConfig (in its namespace, named after it or its `multus.spidernet.io/cr-name` annotation; pkg/multuscniconfig `syncHandler`); the NVIDIA network-operator\'s MacvlanNetwork and IPoIBNetwork (named after the resource, in its `spec.networkNamespace`, else `default`; pkg/state `getManifestObjects`) and HostDeviceNetwork (in its `spec.networkNamespace`; without one, in any namespace, as it is rendered without one); OVN-Kubernetes\' UserDefinedNetwork (named after it, in its namespace) and ClusterUserDefinedNetwork (named after it, in each namespace its `spec.namespaceSelector` selects), Primary or Secondary alike (clustermanager/userdefinednetwork `RenderNetAttachDefManifest`). The selector is matched against the Namespace objects of the input, with the `kubernetes.io/metadata.name` label every namespace carries; a namespace the input does not declare may be selected unless the selector\'s requirements on that label exclude its name.',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const complete = ctx.options.inventoryComplete === true;
    const podNs = resource.namespace;
    const check = (annotation: string) => {
      const a = annotationOf(ctx.model, resource, annotation);
      if (!a) return;
      const isDefault = annotation === DEFAULT_NETWORK_ANNOTATION;
      // A network attached twice is told once (multus/duplicate-network reports the copy).
      const told = new Set<string>();
      for (const s of a.parsed.selections) {
        if (s.name === '') continue;
        const ns = s.namespace ?? (isDefault ? multusNamespace(ctx.model) : podNs);
        const key = `${ns ?? ''}/${s.name}`;
        if (told.has(key)) continue;
        told.add(key);
        if (findNads(ctx.model, s.name, ns).length > 0) continue;
        const known = complete || hasNadIn(ctx.model, ns);
        const namespace = ns ?? '(the pod\'s)';
        const at = { path: a.path, span: s.nameSpan };
        // Unqualified, and the NAD exists in another namespace only: Multus never looks there (the classic slip).
        const others = s.namespace ? [] : findNads(ctx.model, s.name, null).filter((n) => n.namespace !== null && n.namespace !== ns);
        const elsewhere = (others.find((n) => n.namespace === podNs) ?? others[0])?.namespace;
        // Else a NAD of that namespace whose name is a slip away (flannel-mgmnt for flannel-mgmt).
        const near = elsewhere ? null : didYouMean(s.name, nadNamesIn(ctx.model, ns));
        const hint = elsewhere ? ` (it exists in ${elsewhere}: write ${elsewhere}/${s.name})` : near !== null && near !== s.name ? ` (did you mean ${near}?)` : '';
        const messageId = isDefault && !s.namespace ? 'missingDefault' : 'missing';
        if (elsewhere) ctx.report({ ...at, messageId, data: { name: s.name, namespace, hint }, ...(known ? {} : { severity: 'warning' as const }) });
        else if (!known) ctx.report({ ...at, messageId: 'unverified', data: { name: s.name, namespace }, severity: 'info' });
        else ctx.report({ ...at, messageId, data: { name: s.name, namespace, hint } });
      }
    };
    check(NETWORKS_ANNOTATION);
    check(DEFAULT_NETWORK_ANNOTATION);
  },
});
