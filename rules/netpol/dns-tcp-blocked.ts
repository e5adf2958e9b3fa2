import { portMatches } from '../../src/engine/netpol/match.js';
import { egressReachesDns, membersSelectedBy, policyOf, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { firstOf } from '../../src/engine/plural.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatPath } from '../../src/engine/values.js';
import { DNS_TCP, dnsRule } from './lib/dns-rule.js';

export default defineRule({
  meta: {
    id: 'netpol/dns-tcp-blocked',
    description: 'A policy lets its pods reach cluster DNS on UDP 53 but no policy lets them reach it on TCP 53: an answer too large for UDP comes back truncated, the resolver asks again over TCP, and that lookup fails.',
    docs: "DNS runs over UDP and TCP on port 53. A server whose answer does not fit a UDP reply (512 bytes without EDNS0) sends it truncated, with the TC bit set, and the client is to repeat the query over TCP (RFC 1123 section 6.1.3.2; RFC 7766 makes TCP support mandatory for every DNS implementation, stub resolvers included). glibc's resolver does so, and so does musl's since 1.2.4. Cluster DNS serves both: the kube-dns Service of Kubernetes' CoreDNS addon has the ports `dns` (53/UDP) and `dns-tcp` (53/TCP), and NodeLocal DNSCache listens on both as well. An answer grows past 512 bytes with a headless Service of many pods, a long search list's SRV records, or DNSSEC, so a policy that lets only UDP 53 out works until such a name is looked up, and then the lookup fails or hangs. The rule speaks when the policy has an egress rule written for DNS (naming UDP 53), that rule does not also admit TCP 53, and pods it selects reach cluster DNS on UDP 53 but, under every policy that applies to them, not on TCP 53. Cluster DNS is as netpol/egress-deny-blocks-dns finds it (the input's DNS pods, else the platforms' defaults). Info: many clusters never see an answer that large.",
    severity: 'info',
    remediation: 'Let TCP 53 out beside UDP 53 in the same rule: `ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]`; in a Calico policy, a second rule with `protocol: TCP` and the same destination.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      udpOnly: "{{where}} lets {{pods}} reach cluster DNS on UDP 53, but no rule lets them reach it on TCP 53: an answer too large for UDP (a headless Service with many pods, say) comes back truncated, the resolver asks again over TCP, and that lookup fails",
    },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.egress === null) return;
    // Only a rule written for DNS says the author meant to allow it; a policy without one is
    // netpol/egress-deny-blocks-dns's to judge.
    const written = dnsRule(ctx.model, policy, true);
    if (written === null || portMatches(written.rule.ports, DNS_TCP, [DNS_TCP])) return;
    const cut = selectingClasses(ctx.model, policy).flatMap((cls) =>
      egressReachesDns(ctx.model, cls.rep) && !egressReachesDns(ctx.model, cls.rep, 'TCP') ? membersSelectedBy(policy, cls) : [],
    );
    if (cut.length === 0) return;
    // Policies of another enforcer (Cilium, Antrea) may change this: said, and info.
    const unsure = unevaluatedCaveat(ctx.model, cut.map((e) => e.namespace), 'allow DNS over TCP');
    const report = (d: ReportDescriptor) => ctx.report(unsure === null ? d : { ...d, ...unsure });
    report({ path: written.rule.path, messageId: 'udpOnly', data: { where: formatPath(written.rule.path), pods: firstOf(cut.map((e) => e.id), 3) } });
  },
});
