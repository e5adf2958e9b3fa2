/**
 * A policy that isolates the ingress of the input's cluster DNS pods (CoreDNS, `k8s-app: kube-dns`)
 * without letting every workload in on the DNS port: pods whose own egress reaches DNS still have
 * their queries dropped at CoreDNS, so their name lookups fail. The usual slip is a namespace-wide
 * or `selector: all()` ingress policy that also selects kube-system's DNS pods. An input without DNS
 * pods of its own is checked against the platform's (CoreDNS `k8s-app: kube-dns` in kube-system,
 * OpenShift's DNS), which every cluster runs: a GlobalNetworkPolicy selects them like any pod.
 */
import { firstOf, plural } from '../../src/engine/plural.js';
import { classesRefusedByDns, dnsCell, inputDnsPods, nodeLocalDnsIntercept, policyOf, reachClasses, selectedDnsStandIns, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { atomsOf, matchLabels } from '../../src/engine/netpol/match.js';
import type { Policy } from '../../src/engine/netpol/model.js';
import { describeDnsStandIn } from '../../src/engine/netpol/dns-stand-ins.js';
import { CLUSTER_DNS_PODS } from '../../src/engine/netpol/services.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';

/** The label of Kubernetes' NodeLocal DNSCache DaemonSet (cluster/addons/dns/nodelocaldns/nodelocaldns.yaml). */
const NODE_LOCAL_DNS_LABELS = { 'k8s-app': 'node-local-dns' };

/**
 * Whether a policy lets NodeLocal DNSCache's pods in (Calico's NodeLocal DNSCache guide writes one
 * for CoreDNS that admits only them): with the cache, the pods ask it and it asks CoreDNS, so the
 * pods themselves need no way into CoreDNS.
 */
function admitsNodeLocalDns(policy: Policy): boolean {
  return (policy.ingress ?? []).some((rule) => rule.action === 'Allow' && atomsOf(rule.peer).some((a) => a.k === 'pods' && a.pods.k !== 'any' && matchLabels(a.pods, NODE_LOCAL_DNS_LABELS, NODE_LOCAL_DNS_LABELS)));
}

export default defineRule({
  meta: {
    id: 'netpol/dns-ingress-blocked',
    description:
      'A policy isolates the ingress of the input\'s cluster DNS pods (labelled `k8s-app: kube-dns` as CoreDNS and kube-dns are, or OpenShift\'s DNS daemonset\'s label) and, with the other policies that select them, does not let every workload in on UDP 53: those workloads\' name lookups fail at the DNS pods, whatever their own egress allows (a namespace-wide or `selector: all()` ingress policy that also selects kube-system\'s CoreDNS is the usual slip).',
    severity: 'warning',
    remediation: 'Let UDP and TCP 53 into the DNS pods from every namespace (`ingress: [{from: [{namespaceSelector: {}}], ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}]`; in Calico, `action: Allow`, `protocol: UDP`, `destination: {ports: [53]}`), or keep the policy\'s selector off the DNS pods.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      refused: '{{policy}} isolates the ingress of cluster DNS ({{dns}}), and UDP {{port}} from {{workloads}} ({{examples}}) is not let in: their name lookups fail there',
    },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.ingress === null) return;
    // Where NodeLocal DNSCache answers the pods (rule-support.ts nodeLocalDnsIntercept), only the cache reaches CoreDNS.
    if (admitsNodeLocalDns(policy) || nodeLocalDnsIntercept(ctx.model) !== null) return;
    const own = inputDnsPods(ctx.model);
    // Without DNS pods of its own the input still runs on a cluster that has them: the platform's,
    // which a GlobalNetworkPolicy (or a policy in their namespace) selects as it would any pod.
    // OpenShift's DNS (openshift-dns) stands in only for a policy of that namespace: most clusters
    // run CoreDNS, and a global policy written for one would otherwise be judged on OpenShift's port.
    const standIns = own.length > 0 ? [] : selectedDnsStandIns(ctx.model, policy).filter((t) => t.namespace === CLUSTER_DNS_PODS.namespace || t.namespace === policy.namespace);
    const dnsPods = own.length > 0 ? own : standIns.map((pod) => ({ pod, cell: dnsCell(pod, 'UDP') }));
    // Policies of another enforcer (Cilium, Antrea) may change this: said, and info.
    const unsure = unevaluatedCaveat(ctx.model, dnsPods.map((d) => d.pod.namespace), 'let them in');
    const report = (d: ReportDescriptor) => ctx.report(unsure === null ? d : { ...d, ...unsure });
    // A namespaced policy selects pods of its own namespace only.
    if (dnsPods.length === 0 || (policy.namespace !== null && !dnsPods.some((d) => d.pod.namespace === policy.namespace))) return;
    const { classOf } = reachClasses(ctx.model);
    const selecting = new Set(selectingClasses(ctx.model, policy));
    const refusedBy = ({ pod, cell }: (typeof dnsPods)[number]) => classesRefusedByDns(ctx.model, pod, cell).flatMap((cls) => cls.members.filter((m) => !dnsPods.some((d) => d.pod === m)));
    for (const dns of dnsPods) {
      const { pod, cell } = dns;
      const cls = classOf.get(pod);
      if (own.length > 0 && (cls === undefined || !selecting.has(cls) || (policy.namespace !== null && pod.namespace !== policy.namespace))) continue;
      const refused = refusedBy(dns);
      if (refused.length === 0) continue;
      const key = policy.source === 'kubernetes' ? 'podSelector' : 'selector';
      const name = own.length > 0 ? pod.id : `the platform's DNS pods, ${describeDnsStandIn(pod)}, which the input does not hold`;
      report({ path: ['spec', key], messageId: 'refused', data: { policy: policy.id, dns: name, port: String(cell.port), workloads: plural(refused.length, 'workload'), examples: firstOf(refused.map((e) => e.id), 3) } });
      return;
    }
  },
});
