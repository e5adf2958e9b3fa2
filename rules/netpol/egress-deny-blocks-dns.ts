import { egressOnlyToApiServer, egressReachesDns, membersSelectedBy, policyOf, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'netpol/egress-deny-blocks-dns',
    description: 'A policy isolates the egress of pods that then cannot reach cluster DNS on UDP 53 under any policy, so name lookups (and almost every client) fail. Pods let out only to TCP 6443 (the API server port) are left alone: in-cluster clients reach it by IP.',
    docs: "Cluster DNS is the input's own DNS pods when it holds some (UDP 53, or 5353 in openshift-dns), else both platforms' defaults: CoreDNS `k8s-app: kube-dns` in kube-system on 53 (kubeadm's CoreDNS addon), and OpenShift's `dns.operator.openshift.io/daemonset-dns: default` in openshift-dns, which listens on 5353 behind the Service's 53 (openshift/cluster-dns-operator assets/dns/daemonset.yaml). Policies match the pod's port after the Service's translation, so on OpenShift UDP 5353 is the port to allow. A rule that lets UDP 53 out to a link-local block counts too: NodeLocal DNSCache answers on 169.254.20.10 on every node (Kubernetes' \"Using NodeLocal DNSCache\" guide), and pods set up for it query that address; a wider range that merely holds the address (`0.0.0.0/0`) does not.",
    severity: 'warning',
    remediation: 'Allow egress to kube-dns: `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]` on UDP and TCP 53.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: { blocked: 'egress of {{pods}} is restricted and no rule allows UDP 53 to cluster DNS' },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.egress === null) return;
    // Every member of a class behaves like its representative: decide once per class. Pods let out
    // only to the API server's port need no name lookup.
    const blocked = selectingClasses(ctx.model, policy).flatMap((cls) =>
      egressReachesDns(ctx.model, cls.rep) || egressOnlyToApiServer(ctx.model, cls) ? [] : membersSelectedBy(policy, cls),
    );
    if (blocked.length === 0) return;
    const ids = blocked.map((e) => e.id);
    const pods = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
    const typesKey = policy.source === 'kubernetes' ? 'policyTypes' : 'types';
    const path = resource.value.spec && typesKey in (resource.value.spec as object) ? ['spec', typesKey] : ['spec', 'egress'];
    ctx.report({ path, messageId: 'blocked', data: { pods } });
  },
});
