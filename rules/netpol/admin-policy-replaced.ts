/**
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy are gone upstream and in Calico.
 *
 * Sources:
 * - kubernetes-sigs/network-policy-api v0.2.0 (CHANGELOG, NPEP-285): the v1alpha2 API has one
 *   cluster-wide resource, ClusterNetworkPolicy, whose `tier` (Admin or Baseline) takes the place
 *   of the two v1alpha1 kinds; the `Allow` action is renamed `Accept`, `ports` gives way to
 *   per-protocol `protocols` (NPEP-187), and rules and peers are capped at 25 (v1alpha1: 100).
 *   The release's config/crd holds only the ClusterNetworkPolicy CRDs.
 * - Calico v3.32.0 release notes, PR 11144: ANP/BANP support and their static tiers
 *   (`adminnetworkpolicy`, `baselineadminnetworkpolicy`) are removed; v3.32 and later do not
 *   enforce these objects, so they have to be rewritten before the upgrade. PR 10810: Calico
 *   enforces ClusterNetworkPolicy in the static tiers `kube-admin` (order 1,000) and
 *   `kube-baseline` (order 10,000,000), by the policy's `tier`.
 */
import { derived } from '../../src/engine/model.js';
import { CALICO_GROUPS } from '../../src/engine/netpol/calico.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * The agent DaemonSets of other CNIs, by the names their install manifests give them: Antrea
 * (antrea-agent, which enforces v1alpha1 AdminNetworkPolicy behind its AdminNetworkPolicy feature
 * gate), OVN-Kubernetes (ovnkube-node), Kube-OVN (kube-ovn-cni) and Cilium (cilium).
 */
const OTHER_CNI_AGENTS: ReadonlyMap<string, string> = new Map([['antrea-agent', 'Antrea'], ['ovnkube-node', 'OVN-Kubernetes'], ['kube-ovn-cni', 'Kube-OVN'], ['cilium', 'Cilium']]);

/** The other CNI the input installs when it shows no sign of Calico (a Calico object, calico-node, the Tigera operator's Installation), else null. */
const otherCni = derived('netpol/other-cni', (m): string | null => {
  if (m.facts.calicoVersion !== null || m.resources.some((r) => CALICO_GROUPS.has(r.group) || r.groupKind === 'operator.tigera.io/Installation')) return null;
  for (const ds of m.byKind('apps/DaemonSet')) {
    const cni = OTHER_CNI_AGENTS.get(ds.name);
    if (cni !== undefined) return cni;
  }
  return null;
});

const REPLACEMENT: Record<string, { tier: string; below: string }> = {
  AdminNetworkPolicy: { tier: 'Admin', below: 'the tiers below it (NetworkPolicy, then the baseline)' },
  BaselineAdminNetworkPolicy: { tier: 'Baseline', below: "the tiers below it, or where none does, by Kubernetes' default (allowed)" },
};

export default defineRule({
  meta: {
    id: 'netpol/admin-policy-replaced',
    description:
      'AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1) were replaced by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2, `tier: Admin` or `tier: Baseline`) in network-policy-api v0.2.0, and Calico v3.32 and later no longer enforce them: the traffic they were meant to decide falls to the tiers below.',
    severity: 'warning',
    remediation:
      'Rewrite it as a ClusterNetworkPolicy (`apiVersion: policy.networking.k8s.io/v1alpha2`) and delete it, before upgrading Calico to v3.32: an AdminNetworkPolicy becomes `tier: Admin` with the same `priority`; a BaselineAdminNetworkPolicy becomes `tier: Baseline` and needs a `priority` (0–1000; the baseline had none); `action: Allow` becomes `Accept` (Deny and Pass stay); `ports[].portNumber: {protocol, port}` becomes `protocols[].{tcp|udp|sctp}.destinationPort.number` (tcp when no protocol was given); `ports[].portRange: {protocol, start, end}` becomes `protocols[].{tcp|udp|sctp}.destinationPort.range: {start, end}`; `ports[].namedPort` becomes `protocols[].destinationNamedPort`; `subject` and the `namespaces`/`pods`/`networks` peers keep their form; each list holds at most 25 rules or peers (v1alpha1 allowed 100).',
    kinds: ['policy.networking.k8s.io/AdminNetworkPolicy', 'policy.networking.k8s.io/BaselineAdminNetworkPolicy'],
    messages: {
      replaced:
        '{{kind}} (policy.networking.k8s.io/v1alpha1) was replaced in network-policy-api v0.2.0 by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) with `tier: {{tier}}`, and Calico v3.32 and later no longer enforce it: the traffic it was meant to decide is decided by {{below}}',
      replacedOtherCni:
        '{{kind}} (policy.networking.k8s.io/v1alpha1) was replaced in network-policy-api v0.2.0 by ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) with `tier: {{tier}}`, whose release ships no CRD for the old kind: {{cni}}, which the input installs, may enforce it still, but plan the move',
    },
    docs: 'When the input installs another CNI (an antrea-agent, ovnkube-node, kube-ovn-cni or cilium DaemonSet) and shows no sign of Calico, the finding is info and does not speak of Calico: Antrea still enforces v1alpha1 behind its AdminNetworkPolicy feature gate. Sources: the network-policy-api v0.2.0 changelog (NPEP-285 combines both kinds into ClusterNetworkPolicy; its CRDs are the only ones the release ships) and the Calico v3.32.0 release notes (PR 11144 removes AdminNetworkPolicy and BaselineAdminNetworkPolicy support and their tiers; PR 10810 enforces ClusterNetworkPolicy in the `kube-admin` and `kube-baseline` tiers).',
  },
  check(resource, ctx) {
    const replacement = REPLACEMENT[resource.kind];
    if (!replacement) return;
    const cni = otherCni(ctx.model);
    if (cni !== null) ctx.report({ path: ['kind'], messageId: 'replacedOtherCni', severity: 'info', data: { kind: resource.kind, tier: replacement.tier, cni } });
    else ctx.report({ path: ['kind'], messageId: 'replaced', data: { kind: resource.kind, ...replacement } });
  },
});
