import { objectLabel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Severity } from '../../src/engine/types.js';
import { findNads, hasNadIn } from './lib/nads.js';
import { MULTI_NETWORK_POLICY_KIND, POLICY_FOR_ANNOTATION, iptablesPlugins, parsePolicyFor, pluginTypeOf, policyForOf } from './lib/policy-for.js';

const ANNOTATION_PATH = ['metadata', 'annotations', POLICY_FOR_ANNOTATION];
const NAME_PATH = ['metadata', 'name'];
/** OVN-Kubernetes enforces MultiNetworkPolicy itself on its own secondary networks (go-controller/pkg/ovn/multipolicy.go). */
const SELF_ENFORCED_TYPES = new Set(['ovn-k8s-cni-overlay']);

export default defineRule({
  meta: {
    id: 'multus/multi-policy-for',
    description: 'A MultiNetworkPolicy applies only to the networks its `k8s.v1.cni.cncf.io/policy-for` annotation names (`name` in the policy\'s namespace, or `namespace/name`): without the annotation, or naming a NetworkAttachmentDefinition that does not exist, it silently protects nothing.',
    severity: 'error',
    remediation: 'Add `k8s.v1.cni.cncf.io/policy-for: <nad>[, <namespace>/<nad>…]` naming the NetworkAttachmentDefinitions the policy is for (unqualified names are looked up in the policy\'s namespace), create the missing ones, and for multi-networkpolicy-iptables list their CNI type in its `--network-plugins`.',
    kinds: [MULTI_NETWORK_POLICY_KIND],
    options: {
      type: 'object',
      properties: {
        inventoryComplete: { type: 'boolean', description: 'The input holds every NAD of the cluster: a missing one is always an error.' },
        networkPlugins: { type: 'array', items: { type: 'string' }, description: 'The `--network-plugins` of the cluster\'s multi-networkpolicy-iptables, when the input does not hold its DaemonSet.' },
      },
      additionalProperties: false,
    },
    messages: {
      noAnnotation: 'this MultiNetworkPolicy has no k8s.v1.cni.cncf.io/policy-for annotation: the implementations skip it and it applies to no network',
      emptyAnnotation: 'k8s.v1.cni.cncf.io/policy-for names no network: this MultiNetworkPolicy applies to no network',
      missing: 'policy-for names "{{entry}}", but there is no NetworkAttachmentDefinition "{{name}}" in namespace {{namespace}}: no pod has an interface on that network, so the policy protects nothing there{{hint}}',
      unverified: 'cannot verify policy-for network "{{name}}" (namespace {{namespace}}): the input holds no NetworkAttachmentDefinition in that namespace',
      ignoredType: '{{nad}} is of CNI type "{{type}}", which multi-networkpolicy-iptables skips (it handles only {{plugins}}, {{where}}): the policy does not protect that network',
      slashes: '"{{entry}}" has more than one "/": multi-networkpolicy-iptables compares it whole with each network\'s namespace/name and it matches none; write name or namespace/name',
      emptyPart: '"{{entry}}" has nothing on one side of its "/": it matches no network; write name or namespace/name',
      whitespace: '"{{entry}}" holds a tab or line break, which is not removed (only spaces are): it matches no network',
    },
    docs: [
      'MultiNetworkPolicy (`k8s.cni.cncf.io`, served as v1beta1; the CRD in k8snetworkplumbingwg/multi-networkpolicy `scheme.yml` at f1873dc lists v1beta2 as not served) is NetworkPolicy for secondary networks. Which networks it is for is only said by its `k8s.v1.cni.cncf.io/policy-for` annotation, a comma list (the repository README). The rule follows multi-networkpolicy-iptables at cbf2b11: in `pkg/server/server.go` (`generatePolicyRulesForPodAndFamily`) a policy without the annotation is skipped; the value loses every space (only spaces: tabs and line breaks stay), is cut at commas, and an item without a `/` is prefixed with the policy\'s namespace; each item is then compared whole with the `namespace/name` of the pod\'s networks (`CheckPolicyNetwork` in `pkg/controllers/pod.go`). Nothing is rejected or logged: an item that matches no network just protects nothing. OVN-Kubernetes, which enforces these policies on its own secondary networks, reads the annotation the same way (`shouldApplyMultiPolicy` in go-controller/pkg/ovn/multipolicy.go, stored copy at c56a0f2e), except that it takes `a/b/c` as namespace `a`, name `b`.',
      'Reported: no annotation, or one that names no network (**warning**, on `metadata.name`); an item naming a NetworkAttachmentDefinition the input does not hold, with the inventory logic of `multus/nad-missing` (an **error** when the input holds NADs in that namespace or `inventoryComplete` is set, else **info** "cannot verify"; an unqualified name whose NAD exists only in another namespace gets a hint to qualify it, a **warning** when the namespace looked in is not known; NADs made by operators such as sriov-network-operator\'s SriovNetwork count); an item that can match no network: two slashes, an empty side of the slash, or a tab or line break (a YAML `|` or `>` block keeps a final line break in the last item) (**warning**). An empty item (a stray comma) harms nothing and is not reported.',
      'CNI types: multi-networkpolicy-iptables only looks at pod interfaces whose NAD\'s CNI type (`type`, or the first plugin\'s for a list: `newNetDefInfo` in `pkg/controllers/net-attach-def.go`) is in its `--network-plugins` (`pkg/server/options.go`: `macvlan` when not given). That list is deployment configuration, so the check runs only when it is known: from the rule option `networkPlugins`, else from a container of the input that runs the daemon (its command, or the upstream image\'s entrypoint, is `multi-networkpolicy-iptables`; a shell wrapper is not read). An item whose NAD has a CNI type none of them handles is a **warning**. NADs made by operators (their config is the operator\'s) and OVN-Kubernetes\' `ovn-k8s-cni-overlay` networks (enforced by OVN-Kubernetes itself) are not checked, except sriov-network-operator\'s: the NAD of a SriovNetwork, SriovIBNetwork or OVSNetwork is of type `sriov`, `ib-sriov` or `ovs` (api/v1/helper.go `RenderNetAttDef` at 249e200, whatever `spec.metaPlugins` adds after it).',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const value = policyForOf(resource.value);
    if (value === undefined) {
      ctx.report({ path: NAME_PATH, messageId: 'noAnnotation', severity: 'warning' });
      return;
    }
    // Go decodes a null annotation as "".
    if (value !== null && typeof value !== 'string') return;
    const entries = parsePolicyFor(value ?? '');
    if (entries.length === 0) {
      ctx.report({ path: NAME_PATH, messageId: 'emptyAnnotation', severity: 'warning' });
      return;
    }
    const complete = ctx.options.inventoryComplete === true;
    const policyNs = resource.namespace;
    const fromOption = Array.isArray(ctx.options.networkPlugins) ? { plugins: new Set(ctx.options.networkPlugins as string[]), where: 'per the rule option networkPlugins' } : null;
    for (const e of entries) {
      const at = { path: ANNOTATION_PATH, span: e.span };
      const entry = JSON.stringify(e.text).slice(1, -1);
      if (e.malformed !== null || e.name === null) {
        ctx.report({ ...at, messageId: e.malformed ?? 'emptyPart', data: { entry }, severity: 'warning' });
        continue;
      }
      const name = e.name;
      const ns = e.namespace ?? policyNs;
      const found = findNads(ctx.model, name, ns);
      if (found.length === 0) {
        const known = complete || hasNadIn(ctx.model, ns);
        const namespace = ns ?? "(the policy's)";
        // Unqualified, and the NAD exists in another namespace only: the slip multus/nad-missing knows.
        const elsewhere = e.namespace ? undefined : findNads(ctx.model, name, null).find((n) => n.namespace !== null && n.namespace !== ns)?.namespace;
        if (!elsewhere && !known) {
          ctx.report({ ...at, messageId: 'unverified', data: { name, namespace }, severity: 'info' });
          continue;
        }
        const hint = elsewhere ? ` (it exists in ${elsewhere}: write ${elsewhere}/${name})` : '';
        const severity: Severity = known ? 'error' : 'warning';
        ctx.report({ ...at, messageId: 'missing', data: { entry, name, namespace, hint }, severity });
        continue;
      }
      const deployed = fromOption ? null : iptablesPlugins(ctx.model);
      const handled = fromOption ?? (deployed && { plugins: deployed.plugins, where: `as run by ${deployed.where}` });
      if (!handled) continue;
      // The type of each NAD the lookup sees; an operator's NAD is not known, unless its config is rendered here (sriov-render.ts).
      const types = found.map((n) => (n.conf === null ? null : pluginTypeOf(n.conf)));
      if (types.some((t) => t === null || handled.plugins.has(t) || SELF_ENFORCED_TYPES.has(t))) continue;
      ctx.report({
        ...at,
        messageId: 'ignoredType',
        severity: 'warning',
        data: { nad: objectLabel(found[0].resource), type: types[0], plugins: [...handled.plugins].join(', ') || 'no type', where: handled.where },
      });
    }
  },
});
