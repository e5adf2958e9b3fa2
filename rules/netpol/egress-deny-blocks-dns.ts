import { atomsOf, blockGuessed, condKey, evalKleene, labelMatchKeys, matchAtom, matchCond, matchLabels, portMatches } from '../../src/engine/netpol/match.js';
import type { Atom, Policy, Rule, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { NAMESPACE_NAME_LABEL } from '../../src/engine/netpol/model.js';
import { clusterDns, dnsCell, dnsDecisionTargets, egressOnlyToApiServer, egressReachesDns, membersSelectedBy, nodeLocalDnsIntercept, policyOf, reachCluster, selectingClasses } from '../../src/engine/netpol/rule-support.js';
import { DNS_UDP, dnsRule } from './lib/dns-rule.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { firstOf } from '../../src/engine/plural.js';
import { unevaluatedCaveat } from '../../src/engine/netpol/unevaluated.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';
import { formatPath } from '../../src/engine/values.js';

/**
 * Whether cluster DNS's pods being outside the rule's blocks is a guess: their addresses are not
 * known, and what they may be lies partly inside a block (match.ts blockGuessed), as `10.0.0.0/8`
 * does when the pod CIDR is not known. A block narrower than a node's share of pod addresses
 * (longer than /24, or /64 for IPv6; Calico hands out /26 blocks, kube-controller-manager /24s by
 * default) is not a place to find DNS pods, whose addresses change as they move: written for DNS,
 * it is a Service's cluster IP or an external resolver, and no guess.
 */
function guessedOutside(model: ClusterModel, rule: Rule): boolean {
  const blocks = atomsOf(rule.peer).filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block' && a.cidr.prefix <= (a.cidr.family === 4 ? 24 : 64));
  return blocks.length > 0 && clusterDns(model).targets.some((dns) => blocks.some((b) => blockGuessed(b, dns)));
}

/**
 * Whether a rule's peers select one of cluster DNS's pods (so something else keeps the pods from
 * it): decided once per peer condition, as the rule for DNS is usually one copied into many
 * namespaces' policies, and the input's DNS pods may be many.
 */
function peerSelectsDns(model: ClusterModel, rule: Rule): boolean {
  const decided = model.memo('netpol/peer-selects-dns', () => new Map<string, boolean>());
  const key = condKey(rule.peer);
  let selects = decided.get(key);
  if (selects === undefined) {
    const { namespaces, targets } = clusterDns(model);
    selects = targets.some((dns) => matchCond(rule.peer, dns, namespaces));
    decided.set(key, selects);
  }
  return selects;
}

/** Namespace label keys whose value netlint knows for a namespace the input does not hold (or knows it absent). */
const DECIDED_NAMESPACE_KEYS = new Set([NAMESPACE_NAME_LABEL, 'projectcalico.org/name', 'name']);

/**
 * A pod atom whose namespace selector reads labels netlint does not know for a namespace the input
 * does not hold. `name` stays decided: selecting a namespace by a `name` label it does not carry
 * (the convention before Kubernetes 1.21 added kubernetes.io/metadata.name) is the classic slip.
 */
function byUndecidedNamespaceLabels(atom: Atom): boolean {
  return atom.k === 'pods' && atom.ns.k === 'labels' && labelMatchKeys(atom.ns.match).some((k) => !DECIDED_NAMESPACE_KEYS.has(k));
}

/**
 * The namespace of a DNS pod that a rule's peers may select through namespace labels the input
 * does not show (its Namespace object is not in the input, so only its name label is known: a
 * tutorial's `kubectl label ns kube-system contains=coredns`), or null.
 */
function dnsNamespaceUnknown(model: ClusterModel, rule: Rule): string | null {
  // Only a peer that selects namespaces by labels other than their name can be in doubt.
  if (!atomsOf(rule.peer).some(byUndecidedNamespaceLabels)) return null;
  const { namespaces } = clusterDns(model);
  // One DNS pod of each class and namespace answers for all (dnsDecisionTargets).
  for (const dns of dnsDecisionTargets(model)) {
    if (namespaces.get(dns.namespace)?.declared) continue;
    const verdict = evalKleene(rule.peer, (atom) => {
      if (matchAtom(atom, dns, namespaces)) return true;
      return byUndecidedNamespaceLabels(atom) && atom.k === 'pods' && matchLabels(atom.pods, dns.labels, dns.calicoLabels) ? null : false;
    });
    // True: the peers do select the DNS pods (what keeps the pods from them is something else).
    if (verdict === null) return dns.namespace;
  }
  return null;
}

/**
 * An egress rule letting UDP 53 out, of a policy that selects `ep`, whose peers may select the DNS
 * pods through namespace labels the input does not show (dnsNamespaceUnknown), or null.
 */
function ruleMaybeReachingDns(model: ClusterModel, ep: WorkloadEndpoint): { where: string; namespace: string } | null {
  const { namespaces } = reachCluster(model);
  for (const r of rulesMaybeReachingDns(model)) {
    if ((r.policy.namespace === null || r.policy.namespace === ep.namespace) && matchCond(r.policy.subject, ep, namespaces)) return r;
  }
  return null;
}

/** Every policy's egress rules that let UDP 53 out to peers that may be the DNS pods (dnsNamespaceUnknown), found once per lint. */
const rulesMaybeReachingDns = derived('netpol/rules-maybe-reaching-dns', (m) => {
  const out: { policy: Policy; where: string; namespace: string }[] = [];
  for (const policy of reachCluster(m).policies) {
    for (const [i, rule] of (policy.egress ?? []).entries()) {
      if (rule.action !== 'Allow' || rule.inert !== undefined || !portMatches(rule.ports, DNS_UDP, [DNS_UDP])) continue;
      const namespace = dnsNamespaceUnknown(m, rule);
      if (namespace !== null) out.push({ policy, where: `${policy.id} egress rule ${i + 1}`, namespace });
    }
  }
  return out;
});

/** The workloads a policy selects whose egress cannot reach cluster DNS (pods let out only to the API server's port need no name lookup). */
function blockedBy(model: ClusterModel, policy: Policy): WorkloadEndpoint[] {
  // Every member of a class behaves like its representative: decide once per class.
  return selectingClasses(model, policy).flatMap((cls) =>
    egressReachesDns(model, cls.rep) || egressOnlyToApiServer(model, cls) ? [] : membersSelectedBy(policy, cls),
  );
}

/**
 * The workloads each policy reports, found once per lint: a workload cut off from DNS is one
 * mistake however many policies restrict its egress (a rule allowing DNS in any one of them
 * allowed it, where they are Kubernetes policies), so it is reported once: at the first policy
 * holding a rule written for DNS that misses (that rule is the slip), else at the first that lets
 * no UDP 53 out at all, else at the first that restricts it (its rule to NodeLocal DNSCache is
 * right, and something else denies the queries first). Policies left with nothing to report are
 * absent.
 */
const dnsBlockedReported = derived('netpol/dns-blocked-reported', (m) => {
  const reporter = new Map<WorkloadEndpoint, { policy: Policy; rank: number }>();
  const blockedOf = new Map<Policy, WorkloadEndpoint[]>();
  for (const policy of reachCluster(m).policies) {
    if (policy.egress === null) continue;
    const blocked = blockedBy(m, policy);
    if (blocked.length === 0) continue;
    blockedOf.set(policy, blocked);
    const rank = dnsRule(m, policy) !== null ? 2 : dnsRule(m, policy, true) === null ? 1 : 0;
    for (const ep of blocked) {
      const current = reporter.get(ep);
      if (current === undefined || rank > current.rank) reporter.set(ep, { policy, rank });
    }
  }
  const reported = new Map<Policy, WorkloadEndpoint[]>();
  for (const [policy, blocked] of blockedOf) {
    const own = blocked.filter((ep) => reporter.get(ep)?.policy === policy);
    if (own.length > 0) reported.set(policy, own);
  }
  return reported;
});

/** Cluster DNS's first pods as a selector would have to find them: their labels and their namespace's. */
function describeDns(model: ClusterModel): string {
  const { namespaces, targets } = clusterDns(model);
  const dns = targets[0];
  const labels = (l: Readonly<Record<string, string>>) => Object.entries(l).map(([k, v]) => `${k}=${v}`).join(', ');
  return `${dns.id} (pod labels ${labels(dns.labels)}; namespace labels ${labels(namespaces.get(dns.namespace)?.labels ?? {})})`;
}

export default defineRule({
  meta: {
    id: 'netpol/egress-deny-blocks-dns',
    description: 'A policy isolates the egress of pods that then cannot reach cluster DNS on UDP 53 under any policy, so name lookups (and almost every client) fail. Pods let out only to TCP 6443 (the API server port) are left alone: in-cluster clients reach it by IP.',
    docs: "Cluster DNS is the input's own DNS pods when it holds some (UDP 53, or 5353 in openshift-dns), else both platforms' defaults: CoreDNS `k8s-app: kube-dns` in kube-system on 53 (kubeadm's CoreDNS addon), and OpenShift's `dns.operator.openshift.io/daemonset-dns: default` in openshift-dns, which listens on 5353 behind the Service's 53 (openshift/cluster-dns-operator assets/dns/daemonset.yaml). Policies match the pod's port after the Service's translation, so on OpenShift UDP 5353 is the port to allow. A rule that lets UDP 53 out to a NodeLocal DNSCache address counts too, when it names a block of at least /16 holding it: the cache answers on 169.254.20.10 on every node (Kubernetes' \"Using NodeLocal DNSCache\" guide), and pods set up for it query that address; in kube-proxy's iptables mode it also answers on the kube-dns Service address, so the addresses the input's `node-local-dns` ConfigMap binds (its Corefile's `bind` line) count as well. A wider range that merely holds the address (`0.0.0.0/0`) does not, unless the cache takes every query (below). When the policy has a rule written for DNS (naming UDP 53) that still misses, the finding points at it: to pods, it names the labels cluster DNS's pods and their namespace carry (the common slip is `namespaceSelector: {matchLabels: {name: kube-system}}`, a label namespaces do not have; Kubernetes sets `kubernetes.io/metadata.name`); to DNS pods that answer on another port than the Service's 53 (OpenShift's, on 5353), it names that port, which is the one policy sees; to address blocks only (the kube-dns Service's cluster IP, say), it says that a Service's cluster IP is translated to a DNS pod's address before policy sees the packet, so such a rule allows DNS only where NodeLocal DNSCache answers on the Service's address itself (kube-proxy in iptables mode, per the same guide). Where the input's NodeLocal DNSCache binds such an address besides its link-local one (Kubernetes' manifest for iptables mode: `bind 169.254.20.10 <kube-dns Service IP>`), it takes every pod's queries on the pod's own node, past kube-proxy's DNAT rules and connection tracking (the same guide), so egress policy sees them addressed to the cache and never to a DNS pod: then any rule that lets UDP 53 out to one of the cache's addresses counts (a wide range too), a rule to cluster DNS's pods does not, and the finding names that rule as the slip and the cache's addresses as the fix (the remediation's second half). When the DNS pods' namespace is not in the input (kube-system usually is not), only its `kubernetes.io/metadata.name` label is known: a rule whose namespaceSelector asks for other labels (a tutorial's `kubectl label ns kube-system contains=coredns`) may reach it, and is reported as info (`dnsNamespaceUnknown`); a `name: kube-system` label, which namespaces do not carry unless someone sets it (the convention before Kubernetes 1.21 added kubernetes.io/metadata.name), stays a warning. A workload is reported once however many policies restrict its egress: at the first of them holding a rule written for DNS that misses (that rule is the slip), else at the first that lets no UDP 53 out at all.",
    severity: 'warning',
    remediation:
      'Allow egress to kube-dns: `to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]` on UDP and TCP 53 (in a Calico policy: `action: Allow`, `protocol: UDP`, `destination: {namespaceSelector: projectcalico.org/name == \'kube-system\', selector: k8s-app == \'kube-dns\', ports: [53]}`, before any rule that denies it); where NodeLocal DNSCache takes the queries (the message names its addresses), to those addresses as ipBlocks instead.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      blocked: 'egress of {{pods}} is restricted and no rule allows UDP 53 to cluster DNS',
      toAddresses:
        "egress of {{pods}} is restricted and no rule allows UDP 53 to cluster DNS: {{where}} lets it out to {{cidrs}}, but policy matches the DNS pods' own addresses (kube-proxy translates a Service's cluster IP to them first), and netlint does not find them there",
      dnsNamespaceUnknownElsewhere: 'egress of {{pods}} is restricted, and {{where}} lets it reach the DNS pods only if namespace {{namespace}} carries the labels its namespaceSelector asks for: the input does not hold that Namespace, so netlint cannot tell (add it to the input, or select it by kubernetes.io/metadata.name)',
      dnsNamespaceUnknown: 'egress of {{pods}} is restricted, and {{where}} lets UDP 53 out to the DNS pods only if namespace {{namespace}} carries the labels its namespaceSelector asks for: the input does not hold that Namespace, so netlint cannot tell (add it to the input, or select it by kubernetes.io/metadata.name)',
      toOtherPods: 'egress of {{pods}} is restricted and no rule allows UDP 53 to cluster DNS: {{where}} lets it out, but its peers do not select {{dns}}',
      podPort:
        "egress of {{pods}} is restricted and no rule allows cluster DNS on UDP 53: {{where}} lets UDP 53 out to {{dns}}, whose pods answer on UDP {{port}}, and policy sees the pod's port (kube-proxy translates the Service's 53 to it first): allow UDP {{port}} (and TCP {{port}})",
      deniedFirst: 'egress of {{pods}} to cluster DNS on UDP 53 is denied before {{where}}, which allows it, is reached: an earlier rule, a policy of lower order or an earlier tier denies it first (`netlint reach --from {{from}} --to {{to}} --port 53/UDP --explain` names it)',
      cacheBlocked:
        'egress of {{pods}} is restricted and no rule allows UDP 53 to NodeLocal DNSCache, which answers their DNS on each node at {{addresses}} (ConfigMap {{configMap}}): allow UDP 53 to those addresses as ipBlocks',
      cacheMissed:
        "egress of {{pods}} is restricted and no rule allows UDP 53 to NodeLocal DNSCache: {{where}} lets it out, but not to {{addresses}}, where the cache answers their DNS on each node (ConfigMap {{configMap}}); their queries never reach the DNS pods' own addresses, so allow UDP 53 to those addresses as ipBlocks",
      toAddressesGuessed:
        "egress of {{pods}} is restricted, and {{where}} lets UDP 53 out to {{cidrs}}: that reaches cluster DNS only if its pods' addresses lie there, which netlint cannot tell without the pod CIDR (give it as cluster.podCIDR in .netlint.yaml)",
    },
  },
  check(resource, ctx) {
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.egress === null) return;
    const blocked = dnsBlockedReported(ctx.model).get(policy);
    if (blocked === undefined) return;
    // Policies of another enforcer (Cilium, Antrea) may change this: said, and info.
    const unsure = unevaluatedCaveat(ctx.model, blocked.map((e) => e.namespace), 'allow their DNS');
    const report = (d: ReportDescriptor) => ctx.report(unsure === null ? d : { ...d, ...unsure });
    const ids = blocked.map((e) => e.id);
    const pods = firstOf(ids, 3);
    const typesKey = policy.source === 'kubernetes' ? 'policyTypes' : 'types';
    const path = resource.value.spec && typesKey in (resource.value.spec as object) ? ['spec', typesKey] : ['spec', 'egress'];
    // A rule to a NodeLocal DNSCache address reaches DNS; when the pods are still cut off, something
    // else blocks them (an earlier deny), not the address: such a rule is not the one to point at.
    const written = dnsRule(ctx.model, policy);
    const intercept = nodeLocalDnsIntercept(ctx.model);
    if (intercept !== null) {
      const cache = { pods, addresses: intercept.addresses.join(', '), configMap: `${intercept.configMap.namespace ?? 'default'}/${intercept.configMap.name}` };
      if (written === null) report({ path, messageId: 'cacheBlocked', data: cache });
      else report({ path: written.rule.path, messageId: 'cacheMissed', data: { ...cache, where: formatPath(written.rule.path) } });
    } else if (written === null) {
      const maybe = ruleMaybeReachingDns(ctx.model, blocked[0]);
      if (maybe !== null) report({ path, messageId: 'dnsNamespaceUnknownElsewhere', severity: 'info', data: { pods, where: maybe.where, namespace: maybe.namespace } });
      else report({ path, messageId: 'blocked', data: { pods } });
    }
    else {
      const where = formatPath(written.rule.path);
      const cidrs = written.cidrs?.join(', ');
      if (cidrs !== undefined && guessedOutside(ctx.model, written.rule)) report({ path: written.rule.path, messageId: 'toAddressesGuessed', severity: 'info', data: { pods, where, cidrs } });
      else if (cidrs !== undefined) report({ path: written.rule.path, messageId: 'toAddresses', data: { pods, where, cidrs } });
      else if (peerSelectsDns(ctx.model, written.rule)) {
        // The DNS pods it selects may all answer on another port than the Service's 53 (5353 in
        // openshift-dns): then that is what misses, not an earlier deny.
        const { namespaces, targets } = clusterDns(ctx.model);
        const selected = targets.filter((t) => matchCond(written.rule.peer, t, namespaces));
        const elsewhere = selected.every((t) => !portMatches(written.rule.ports, dnsCell(t, 'UDP'), t.ports)) ? selected[0] : undefined;
        if (elsewhere !== undefined) report({ path: written.rule.path, messageId: 'podPort', data: { pods, where, dns: elsewhere.id, port: String(dnsCell(elsewhere, 'UDP').port) } });
        else report({ path: written.rule.path, messageId: 'deniedFirst', data: { pods, where, from: blocked[0].id, to: targets[0].id } });
      } else {
        const unknown = dnsNamespaceUnknown(ctx.model, written.rule);
        if (unknown !== null) report({ path: written.rule.path, messageId: 'dnsNamespaceUnknown', severity: 'info', data: { pods, where, namespace: unknown } });
        else report({ path: written.rule.path, messageId: 'toOtherPods', data: { pods, where, dns: describeDns(ctx.model) } });
      }
    }
  },
});
