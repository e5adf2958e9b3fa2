import { defineRule } from '../../src/engine/rule.js';
import { asArray, isObject } from '../../src/engine/values.js';
import { policyRules } from './lib/policy.js';

export default defineRule({
  meta: {
    id: 'calico/policy-rule-http',
    description: 'A Calico rule with an `http` match must be an `Allow` rule on TCP (or with no protocol), and only in ingress rules; its `methods` have no repeats and each of its `paths` sets exactly one of `exact` and `prefix`, starting with `/` and holding no `?`, `#` or space (libcalico-go validator).',
    severity: 'error',
    remediation: 'Use `action: Allow` with `protocol: TCP` for HTTP matches, and put them in ingress rules.',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      action: 'http matches are only valid in Allow rules (action is {{action}})',
      protocol: 'rules with http matches must use protocol TCP or none (got {{protocol}})',
      egress: 'http matches are not allowed in egress rules',
      duplicateMethod: 'http method {{method}} is listed twice',
      pathForm: 'an http path sets exactly one of exact and prefix',
      pathValue: 'http path {{path}} must start with / and hold no ?, # or space',
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
      // validateHTTPMethods and validateHTTPPaths (libcalico-go/lib/validator/v3/validator.go).
      const seen = new Set<unknown>();
      asArray(rule.http.methods).forEach((method, i) => {
        if (seen.has(method)) ctx.report({ path: [...path, 'http', 'methods', i], messageId: 'duplicateMethod', data: { method: String(method) } });
        seen.add(method);
      });
      asArray(rule.http.paths).forEach((entry, i) => {
        const at = [...path, 'http', 'paths', i];
        const p = isObject(entry) ? entry : {};
        const exact = typeof p.exact === 'string' ? p.exact : '';
        const prefix = typeof p.prefix === 'string' ? p.prefix : '';
        if ((exact === '') === (prefix === '')) return ctx.report({ path: at, messageId: 'pathForm' });
        const value = exact || prefix;
        if (!value.startsWith('/') || /[? #]/.test(value)) ctx.report({ path: [...at, exact ? 'exact' : 'prefix'], messageId: 'pathValue', data: { path: JSON.stringify(value) } });
      });
    }
  },
});
