/**
 * libcalico-go/lib/validator/v3/validator.go `validateTier` (Calico v3.32.1): a Tier's name is at
 * most 63 characters (policy lookup by tier keeps the name in a label) and a DNS label with no dot
 * (`tierNameRegex`, since tier names appear as parts of policy names).
 */
import { defineRule } from '../../src/engine/rule.js';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export default defineRule({
  meta: {
    id: 'calico/tier-name',
    description: 'A Calico Tier name is a DNS label of at most 63 characters, with no dot: tier names become parts of policy names (`tier.policy`) and label values, and Calico rejects any other.',
    severity: 'error',
    remediation: 'Name the tier with lower-case letters, digits and `-`, at most 63 characters (e.g. `security`).',
    kinds: ['calico/Tier'],
    messages: {
      tooLong: 'Tier name is {{length}} characters: Calico allows at most 63',
      dot: 'Tier name "{{name}}" has a dot: Calico allows letters, digits and "-" only',
    },
    docs: 'Source: `validateTier` in libcalico-go/lib/validator/v3/validator.go (Calico v3.32.1). Names that are not even DNS-1123 subdomains are left to `cluster/object-name`.',
  },
  check(resource, ctx) {
    const name = resource.name;
    if (name.length > 63) ctx.report({ path: ['metadata', 'name'], messageId: 'tooLong', data: { length: String(name.length) } });
    else if (SUBDOMAIN.test(name) && !LABEL.test(name)) ctx.report({ path: ['metadata', 'name'], messageId: 'dot', data: { name } });
  },
});
