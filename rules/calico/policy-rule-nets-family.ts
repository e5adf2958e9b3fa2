import { parseIp } from '../../src/engine/cidr.js';
import { parseCalicoCidr } from '../../src/engine/calico-formats.js';
import { protocolIpVersion } from '../../src/engine/netpol/calico.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray } from '../../src/engine/values.js';
import { policyRules } from './lib/policy.js';

const FIELDS = [['source', 'nets'], ['source', 'notNets'], ['destination', 'nets'], ['destination', 'notNets']] as const;

export default defineRule({
  meta: {
    id: 'calico/policy-rule-nets-family',
    description: 'One Calico policy rule matches one IP family: its `nets`/`notNets` on both sides are CIDRs (a bare address is rejected), all IPv4 or all IPv6, and agree with `ipVersion`; a catch-all (`0.0.0.0/0`, `::/0`) in `notNets` matches nothing (libcalico-go validator).',
    severity: 'error',
    remediation: 'Split the rule into an IPv4 rule and an IPv6 rule, set `ipVersion` to the family of its CIDRs, and drop catch-all CIDRs from `notNets`.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      mixed: '{{field}} has an IPv{{family}} CIDR in a rule that already matches IPv{{other}}; one rule matches one IP family',
      version: '{{field}} holds IPv{{family}} CIDRs but the rule has ipVersion {{ipVersion}}',
      catchAll: '{{field}} {{cidr}} negates every address, so the rule matches no traffic',
      bareAddress: '{{field}} entry {{value}} has no prefix length: Calico parses rule nets as CIDRs and rejects it ("invalid CIDR"); write {{value}}/{{bits}}',
      protocolVersion:
        "{{field}} holds IPv{{family}} CIDRs, but with no ipVersion Felix takes the rule's IP version from protocol {{protocol}} (IPv{{inferred}}) and drops the rule for IPv{{family}}, so it matches no traffic; {{fix}}",
      bareAddressCrd: '{{field}} entry {{value}} has no prefix length: Felix reads it as {{value}}/{{bits}}, but Calico\'s validator (calicoctl, the Calico API server) rejects it ("invalid CIDR"); write {{value}}/{{bits}}',
    },
  },
  check(resource, ctx) {
    for (const { rule, path } of policyRules(resource)) {
      const seen = new Set<4 | 6>();
      const inferred = rule.ipVersion === undefined || rule.ipVersion === null ? protocolIpVersion(rule.protocol) : null;
      let dead = false;
      for (const [side, key] of FIELDS) {
        const nets = asArray((rule[side] as Record<string, unknown> | undefined)?.[key]);
        const field = `${side}.${key}`;
        const families = new Set<4 | 6>();
        nets.forEach((n, i) => {
          if (typeof n !== 'string') return;
          // validateRule's scanNets (libcalico-go/lib/validator/v3/validator.go, v3.32.1) parses
          // each entry with cnet.ParseCIDR, which needs a prefix length: a bare address that the
          // field's own format accepts is rejected there. Other malformed entries are the
          // field-value rule's finding. The family is the IPNet's (`::ffff:10.0.0.0/104` is IPv4).
          const parsed = parseCalicoCidr(n);
          if (!parsed.ok) {
            const ip = parseIp(n);
            // A crd.projectcalico.org/v1 object applied with kubectl meets only its CRD's schema, and
            // Felix reads the entry with cnet.ParseCIDROrIP (updateprocessors/rules.go), as a full-length network.
            const crd = resource.group === 'crd.projectcalico.org';
            if (ip) ctx.report({ path: [...path, side, key, i], messageId: crd ? 'bareAddressCrd' : 'bareAddress', ...(crd ? { severity: 'warning' as const } : {}), data: { field, value: n, bits: ip.family === 4 ? '32' : '128' } });
            return;
          }
          const family = parsed.cidr.family;
          if (key === 'notNets' && parsed.cidr.prefix === 0 && parsed.cidr.addr === 0n) ctx.report({ path: [...path, side, key, i], messageId: 'catchAll', data: { field, cidr: n } });
          const other = family === 4 ? 6 : 4;
          if (seen.has(other) || families.has(other)) ctx.report({ path: [...path, side, key, i], messageId: 'mixed', data: { field, family: String(family), other: String(other) } });
          families.add(family);
        });
        if ((rule.ipVersion === 4 || rule.ipVersion === 6) && [...families].some((f) => f !== rule.ipVersion)) {
          ctx.report({ path: [...path, side, key], messageId: 'version', data: { field, family: String([...families].find((f) => f !== rule.ipVersion)), ipVersion: String(rule.ipVersion) } });
        }
        if (inferred !== null && !dead && families.size > 0 && !families.has(inferred)) {
          dead = true;
          const family = inferred === 4 ? 6 : 4;
          const fix = family === 6 ? 'for IPv6 write protocol ICMPv6' : 'for IPv4 write protocol ICMP';
          ctx.report({ path: [...path, side, key], messageId: 'protocolVersion', data: { field, family: String(family), protocol: String(rule.protocol), inferred: String(inferred), fix } });
        }
        for (const f of families) seen.add(f);
      }
    }
  },
});

