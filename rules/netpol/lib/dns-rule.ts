/** The egress rule a policy's author wrote for DNS: shared by the DNS rules of this pack. */
import { portMatches } from '../../../src/engine/netpol/match.js';
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

/** The address blocks a peer condition names when it names nothing else (`to: [{ipBlock: …}]`, Calico `nets`), else null. */
function blocksOnly(cond: Rule['peer']): string[] | null {
  if (cond.k === 'block') return [cond.except.length === 0 ? cond.cidr.text : `${cond.cidr.text} except ${cond.except.map((c) => c.text).join(', ')}`];
  if (cond.k !== 'or') return null;
  const parts = cond.cs.map(blocksOnly);
  return parts.every((p): p is string[] => p !== null) ? parts.flat() : null;
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
    return { rule, cidrs: blocksOnly(rule.peer) };
  }
  return null;
}
