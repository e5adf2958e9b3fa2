/**
 * A policy that isolates the ingress of the input's cluster DNS pods (CoreDNS, `k8s-app: kube-dns`)
 * without letting every workload in on the DNS port: pods whose own egress reaches DNS still have
 * their queries dropped at CoreDNS, so their name lookups fail. The usual slip is a namespace-wide
 * or `selector: all()` ingress policy that also selects kube-system's DNS pods.
 */
import { firstOf, plural } from '../../src/engine/plural.js';
import { classesRefusedByDns, inputDnsPods, policyOf, reachClasses, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';

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
    const dnsPods = inputDnsPods(ctx.model);
    // Policies of another enforcer (Cilium, Antrea) may change this: said, and info.
    const unsure = unevaluatedCaveat(ctx.model, dnsPods.map((d) => d.pod.namespace), 'let them in');
    const report = (d: ReportDescriptor) => ctx.report(unsure === null ? d : { ...d, ...unsure });
    // A namespaced policy selects pods of its own namespace only.
    if (dnsPods.length === 0 || (policy.namespace !== null && !dnsPods.some((d) => d.pod.namespace === policy.namespace))) return;
    const { classOf } = reachClasses(ctx.model);
    const selecting = new Set(selectingClasses(ctx.model, policy));
    for (const { pod, cell } of dnsPods) {
      const cls = classOf.get(pod);
      if (cls === undefined || !selecting.has(cls) || (policy.namespace !== null && pod.namespace !== policy.namespace)) continue;
      const refused = classesRefusedByDns(ctx.model, pod, cell).flatMap((cls) => cls.members.filter((m) => !dnsPods.some((d) => d.pod === m)));
      if (refused.length === 0) continue;
      const key = policy.source === 'kubernetes' ? 'podSelector' : 'selector';
      report({ path: ['spec', key], messageId: 'refused', data: { policy: policy.id, dns: pod.id, port: String(cell.port), workloads: plural(refused.length, 'workload'), examples: firstOf(refused.map((e) => e.id), 3) } });
      return;
    }
  },
});
