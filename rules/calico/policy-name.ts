import { defineRule } from '../../src/engine/rule.js';

const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = `${LABEL}(\\.${LABEL})*`;
/**
 * libcalico-go validator.go (v3.32.1): a NetworkPolicy name is a DNS label, optionally `tier.name`,
 * or the `knp.default.` / `ossg.default.` prefix Calico gives converted policies
 * (networkPolicyNameRegex); a GlobalNetworkPolicy name is a DNS label, optionally with one `tier.`
 * prefix (globalNetworkPolicyNameRegex). validateStagedNetworkPolicy and
 * validateStagedGlobalNetworkPolicy hold the staged kinds to the same two patterns.
 */
const NAMESPACED = new RegExp(`^((${LABEL})(\\.${LABEL})?|((?:knp|ossg)\\.default\\.(${SUBDOMAIN})))$`);
const GLOBAL = new RegExp(`^(${LABEL}\\.)?${LABEL}$`);
const NAME_RULES: Record<string, RegExp> = {
  NetworkPolicy: NAMESPACED,
  StagedNetworkPolicy: NAMESPACED,
  GlobalNetworkPolicy: GLOBAL,
  StagedGlobalNetworkPolicy: GLOBAL,
};
const SUBDOMAIN_RE = new RegExp(`^${SUBDOMAIN}$`);

export default defineRule({
  meta: {
    id: 'calico/policy-name',
    description: 'A Calico NetworkPolicy name is a DNS label with at most one dot (`tier.name`), or carries the `knp.default.`/`ossg.default.` prefix Calico reserves for converted policies; a GlobalNetworkPolicy name has at most one dot and no such prefix. Staged policies follow the same rules.',
    severity: 'error',
    remediation: 'Name the policy with lower-case letters, digits and `-`, with at most one dot for the tier prefix (e.g. `security.allow-dns`).',
    kinds: ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'],
    messages: {
      invalid: '{{kind}} name "{{name}}" is not accepted by Calico: {{why}}',
    },
    docs: 'Names that are not even DNS-1123 subdomains (upper case, other characters) are left to the general object-name check, so each name gets one finding.',
  },
  check(resource, ctx) {
    const name = resource.name;
    if (typeof name !== 'string' || !SUBDOMAIN_RE.test(name) || NAME_RULES[resource.kind].test(name)) return;
    const why = NAME_RULES[resource.kind] === GLOBAL && /^(knp|ossg)\.default\./.test(name)
      ? 'the knp.default./ossg.default. prefixes are reserved for policies Calico converts'
      : 'it may hold at most one dot (the tier prefix)';
    ctx.report({ path: ['metadata', 'name'], messageId: 'invalid', data: { kind: resource.kind, name, why } });
  },
});
