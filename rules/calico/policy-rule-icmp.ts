import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';
import { policyRules } from './lib/policy.js';

export default defineRule({
  meta: {
    id: 'calico/policy-rule-icmp',
    description: 'Calico policy ICMP matches: an ICMP `code` needs a `type`; `icmp` needs `protocol` ICMP or ICMPv6; protocol ICMP goes with `ipVersion: 4` and ICMPv6 with `ipVersion: 6` (libcalico-go validator).',
    severity: 'error',
    remediation: 'Add the ICMP `type` next to `code`, set `protocol: ICMP` (IPv4) or `ICMPv6` (IPv6), and make `ipVersion` agree with it.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      codeWithoutType: '{{field}}.code is set without {{field}}.type; the kernel needs the type to match a code',
      needsProtocol: 'icmp is set but protocol is {{protocol}}; rules with ICMP fields must set protocol ICMP or ICMPv6',
      version: '{{field}} {{protocol}} needs ipVersion {{want}} (got {{got}})',
    },
  },
  check(resource, ctx) {
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
