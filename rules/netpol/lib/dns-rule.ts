/** The egress rule a policy's author wrote for DNS: shared by the DNS rules of this pack. */
import { blockAtomsOnly, portMatches } from '../../../src/engine/netpol/match.js';
import type { ContainerPort, Policy, Rule } from '../../../src/engine/netpol/model.js';
import { namesCacheBlock } from '../../../src/engine/netpol/rule-support.js';
import type { ClusterModel } from '../../../src/engine/model.js';

export const DNS_UDP: ContainerPort = { port: 53, protocol: 'UDP' };
export const DNS_TCP: ContainerPort = { port: 53, protocol: 'TCP' };

/** Whether a rule's ports name UDP 53 itself (written for DNS), not a range or every port that holds it. */
export function namesDnsPort(rule: Rule): boolean {
  const include = rule.ports.include;
  return include !== null && include.some((e) => e.protocol === 'UDP' && e.from === 53 && e.to === 53) && portMatches(rule.ports, DNS_UDP, [DNS_UDP]);
}

/**
 * The policy's first rule written to let UDP 53 out (the likely reason its author thinks DNS is
 * allowed), with the address blocks it names when it names nothing else (the kube-dns Service's
 * cluster IP, say), else null for them (pods it selects, which are not cluster DNS's). A rule to a
 * NodeLocal DNSCache address counts only with `withCache`.
 */
export function dnsRule(model: ClusterModel, policy: Policy, withCache = false): { rule: Rule; cidrs: string[] | null } | null {
  for (const rule of policy.egress ?? []) {
    if (rule.action !== 'Allow' || rule.inert !== undefined || !namesDnsPort(rule) || (!withCache && namesCacheBlock(model, rule.peer))) continue;
    const blocks = blockAtomsOnly(rule.peer);
    return { rule, cidrs: blocks && blocks.map((b) => (b.except.length === 0 ? b.cidr.text : `${b.cidr.text} except ${b.except.map((c) => c.text).join(', ')}`)) };
  }
  return null;
}
