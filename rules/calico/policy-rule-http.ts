import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { policyRules } from './lib/policy.js';

export default defineRule({
  meta: {
    id: 'calico/policy-rule-http',
    description: 'A Calico rule with an `http` match must be an `Allow` rule on TCP (or with no protocol), and only in ingress rules (libcalico-go validator).',
    severity: 'error',
    remediation: 'Use `action: Allow` with `protocol: TCP` for HTTP matches, and put them in ingress rules.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      action: 'http matches are only valid in Allow rules (action is {{action}})',
      protocol: 'rules with http matches must use protocol TCP or none (got {{protocol}})',
      egress: 'http matches are not allowed in egress rules',
    },
  },
  check(resource, ctx) {
    for (const { rule, path } of policyRules(resource)) {
      if (!isObject(rule.http)) continue;
      if (path[1] === 'egress') ctx.report({ path: [...path, 'http'], messageId: 'egress' });
      if (rule.action !== 'Allow') ctx.report({ path: [...path, 'action'], messageId: 'action', data: { action: String(rule.action) } });
      if (rule.protocol !== undefined && rule.protocol !== null && rule.protocol !== 'TCP') {
        ctx.report({ path: [...path, 'protocol'], messageId: 'protocol', data: { protocol: String(rule.protocol) } });
      }
    }
  },
});
