import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

/** The region becomes part of a namespace name, `openstack-region-<region>`: a DNS label of at most 63 characters. */
const MAX = 63 - 'openstack-region-'.length;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export default defineRule({
  meta: {
    id: 'calico/felix-openstack-region',
    description: `FelixConfiguration \`openstackRegion\` must be a DNS label of at most ${MAX} characters (it becomes part of a namespace name; libcalico-go validator).`,
    severity: 'error',
    remediation: 'Use lower-case letters, digits and `-` for the region, at most 46 characters.',
    kinds: ['calico/FelixConfiguration'],
    messages: { invalid: 'openstackRegion {{value}} {{why}}' },
  },
  check(resource, ctx) {
    const v = asObject(resource.value.spec).openstackRegion;
    if (typeof v !== 'string' || v === '') return;
    const why = v.length > MAX ? `is longer than ${MAX} characters` : DNS_LABEL.test(v) ? null : 'is not a DNS label (lower-case letters, digits and "-")';
    if (why) ctx.report({ path: ['spec', 'openstackRegion'], messageId: 'invalid', data: { value: JSON.stringify(v), why } });
  },
});
