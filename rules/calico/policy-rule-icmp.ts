import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';
import { policyDataplane } from './lib/dataplane.js';
import { policyRules } from './lib/policy.js';

/** Protocols the kernel's ICMP matches accept: ICMP (1) for `-m icmp`, ICMPv6 (58) for `-m icmp6`. */
const ICMP_PROTOCOLS: ReadonlySet<unknown> = new Set(['ICMP', 'ICMPv6', 1, 58]);

/**
 * What `notICMP` does on a packet of another protocol, by dataplane, where the dataplane programs it
 * at all: nftables' `icmp type != N` (felix/nftables/match_builder.go) carries nft's implicit ICMP
 * protocol dependency; the eBPF policy program reads the type from a state field that shares its
 * bytes with the destination port (felix/bpf-gpl/types.h, icmp_type in a union with dport).
 */
const NOT_ICMP_ELSEWHERE: Readonly<Record<'nftables' | 'eBPF', string>> = {
  nftables: "nftables matches an ICMP type on ICMP packets only, so the rule never matches the other traffic notICMP seems to leave in",
  eBPF: "the eBPF program compares the type with a byte of a TCP or UDP packet's destination port, so whether the rule matches other traffic depends on the port",
};

export default defineRule({
  meta: {
    id: 'calico/policy-rule-icmp',
    description:
      "Calico policy ICMP matches: an ICMP `code` needs a `type`; `icmp` needs `protocol` ICMP or ICMPv6; protocol ICMP goes with `ipVersion: 4` and ICMPv6 with `ipVersion: 6` (libcalico-go validator). `notICMP` needs the protocol too, though the validator does not check it: Felix writes it as iptables' icmp match (`-m icmp ! --icmp-type N`, felix/rules/policy.go) with no `-p icmp`, the kernel refuses that match for any other protocol (x_tables xt_check_match: the icmp match is only valid for protocol 1, icmp6 for 58), and Felix, unable to program iptables, gives up after ten retries and restarts (felix/iptables/table.go), the failure libcalico-go#657 stopped for `icmp`. Where the input runs Felix's nftables or eBPF dataplane, the rule is programmed but matches otherwise than written (a warning). A staged policy is not programmed, so its `notICMP` is not judged.",
    severity: 'error',
    remediation: 'Add the ICMP `type` next to `code`, set `protocol: ICMP` (IPv4) or `ICMPv6` (IPv6), and make `ipVersion` agree with it.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      codeWithoutType: '{{field}}.code is set without {{field}}.type; the kernel needs the type to match a code',
      needsProtocol: 'icmp is set but protocol is {{protocol}}; rules with ICMP fields must set protocol ICMP or ICMPv6',
      notIcmpNeedsProtocol:
        "notICMP is set but protocol is {{protocol}}: Calico stores it, but Felix's iptables rule for it (`-m icmp ! --icmp-type`) lacks `-p icmp`, the kernel refuses it, and Felix fails to program iptables and restarts on each node where the policy selects an endpoint; set protocol ICMP or ICMPv6",
      notIcmpOtherDataplane: 'notICMP is set but protocol is {{protocol}}: on the {{dataplane}} dataplane {{effect}} (the iptables dataplane refuses the rule outright); set protocol ICMP or ICMPv6',
      version: '{{field}} {{protocol}} needs ipVersion {{want}} (got {{got}})',
    },
  },
  check(resource, ctx) {
    const staged = resource.kind.startsWith('Staged');
    for (const { rule, path } of policyRules(resource)) {
      for (const field of ['icmp', 'notICMP']) {
        const icmp = asObject(rule[field]);
        if (icmp.code !== undefined && icmp.code !== null && (icmp.type === undefined || icmp.type === null)) {
          ctx.report({ path: [...path, field, 'code'], messageId: 'codeWithoutType', data: { field } });
        }
      }
      if (isObject(rule.icmp) && rule.protocol !== 'ICMP' && rule.protocol !== 'ICMPv6') {
        ctx.report({ path: [...path, rule.protocol === undefined ? 'icmp' : 'protocol'], messageId: 'needsProtocol', data: { protocol: rule.protocol === undefined ? 'not set' : String(rule.protocol) } });
      }
      // Felix programs no staged policy (felix/rules/policy.go: "Skip programming staged policy").
      if (!staged && isObject(rule.notICMP) && !ICMP_PROTOCOLS.has(rule.protocol) && !misspeltIcmp(rule.protocol)) {
        const dataplane = policyDataplane(ctx.model);
        const data = { protocol: rule.protocol === undefined ? 'not set' : String(rule.protocol) };
        const at = [...path, rule.protocol === undefined ? 'notICMP' : 'protocol'];
        if (dataplane === 'iptables') ctx.report({ path: at, messageId: 'notIcmpNeedsProtocol', data });
        else ctx.report({ path: at, messageId: 'notIcmpOtherDataplane', severity: 'warning', data: { ...data, dataplane, effect: NOT_ICMP_ELSEWHERE[dataplane] } });
      }
      if (rule.ipVersion === undefined || rule.ipVersion === null) continue;
      for (const field of ['protocol', 'notProtocol']) {
        const want = rule[field] === 'ICMP' ? 4 : rule[field] === 'ICMPv6' ? 6 : null;
        if (want !== null && rule.ipVersion !== want) {
          ctx.report({ path: [...path, 'ipVersion'], messageId: 'version', data: { field, protocol: String(rule[field]), want: String(want), got: String(rule.ipVersion) } });
          break;
        }
      }
    }
  },
});

/** `icmp` or `Icmpv6`: a misspelt ICMP protocol, which calico/policy-field-values reports. */
function misspeltIcmp(protocol: unknown): boolean {
  return typeof protocol === 'string' && (protocol.toLowerCase() === 'icmp' || protocol.toLowerCase() === 'icmpv6');
}
