/**
 * A Kubernetes NetworkPolicy applies only to the directions its `policyTypes` lists: with
 * `policyTypes: [Egress]`, its `ingress` rules are accepted by the API server and never used, so
 * they neither isolate the pods for ingress nor admit anything (Kubernetes API reference,
 * NetworkPolicySpec: policyTypes "List of rule types that the NetworkPolicy relates to"; the
 * pods are isolated, and rules used, per listed direction, kubernetes.io/docs/concepts/
 * services-networking/network-policies). Usually the author meant both directions.
 */
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

const DIRECTIONS = [
  { key: 'ingress', type: 'Ingress' },
  { key: 'egress', type: 'Egress' },
] as const;

export default defineRule({
  meta: {
    id: 'netpol/rules-ignored-by-policytypes',
    description: 'A NetworkPolicy has `ingress` (or `egress`) rules but its `policyTypes` does not list `Ingress` (or `Egress`): Kubernetes ignores those rules, so the policy neither isolates nor admits that direction as written.',
    severity: 'warning',
    remediation: 'Add the direction to `policyTypes` (`[Ingress, Egress]`), or remove the rules it ignores.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      ignored: '{{count}} {{key}} rule{{s}} ignored: policyTypes lists {{types}}, not {{type}}, so this policy does not apply to {{key}} traffic at all; add {{type}} to policyTypes, or remove the rules',
    },
    docs: 'Source: the Kubernetes API reference for NetworkPolicySpec (`policyTypes`) and the NetworkPolicy concepts page. An empty list (`ingress: []`) is no rule and is left alone; a `policyTypes` value the API refuses is netpol/policytypes\' finding.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    const types = spec.policyTypes;
    if (!Array.isArray(types) || types.some((t) => t !== 'Ingress' && t !== 'Egress')) return;
    for (const { key, type } of DIRECTIONS) {
      const rules = spec[key];
      if (!Array.isArray(rules) || rules.length === 0 || types.includes(type)) continue;
      ctx.report({
        path: ['spec', key],
        at: 'key',
        messageId: 'ignored',
        data: { count: String(rules.length), key, s: rules.length === 1 ? ' is' : 's are', types: types.length === 0 ? 'nothing' : types.join(', '), type },
      });
    }
  },
});
