import { defineRule } from '../../src/engine/rule.js';
import { POLICY_KINDS } from './lib/selectors.js';
import { policyRules } from './lib/policy.js';

// numorstring.Protocol SupportsPorts (api/pkg/lib/numorstring/protocol.go): TCP, UDP, SCTP, their
// numbers, and the v1 spellings tcp, udp and sctp (whose name calico/policy-field-values reports).
const PORT_PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP', 'tcp', 'udp', 'sctp', 6, 17, 132, '6', '17', '132']);

export default defineRule({
  meta: {
    id: 'calico/policy-ports-need-protocol',
    description:
      'Numeric ports or port ranges in a Calico rule need `protocol` TCP, UDP or SCTP (or 6, 17, 132), and any port, named ones included, needs such a protocol when one is set: ports mean nothing for other protocols and Calico rejects the policy.',
    severity: 'error',
    remediation: 'Add `protocol: TCP` (or UDP/SCTP) to the rule, or split it into one rule per protocol.',
    kinds: [...POLICY_KINDS],
    messages: {
      missing: '{{side}} ports are set but the rule has no protocol; Calico needs TCP, UDP or SCTP with numeric ports',
      wrong: '{{side}} ports are set but the protocol is {{protocol}}, which has no ports',
    },
  },
  check(resource, ctx) {
    for (const { rule, path, sides } of policyRules(resource)) {
      for (const { side, entity, path: sidePath } of sides) {
        const ports = [...(Array.isArray(entity.ports) ? entity.ports : []), ...(Array.isArray(entity.notPorts) ? entity.notPorts : [])];
        if (ports.length === 0) continue;
        const key = 'ports' in entity ? 'ports' : 'notPorts';
        // Without a protocol, named ports alone are allowed and numeric ones are not; with one, any
        // port needs a protocol that has ports (validator.go validateRule: AllPortsAreNamed, SupportsPorts).
        if (rule.protocol === undefined || rule.protocol === null) {
          const numeric = ports.some((p) => typeof p === 'number' || (typeof p === 'string' && /^\d+(:\d+)?$/.test(p)));
          if (numeric) ctx.report({ path: [...sidePath, key], messageId: 'missing', data: { side } });
        } else if (!PORT_PROTOCOLS.has(rule.protocol as string)) ctx.report({ path: [...path, 'protocol'], messageId: 'wrong', data: { side, protocol: String(rule.protocol) } });
      }
    }
  },
});
