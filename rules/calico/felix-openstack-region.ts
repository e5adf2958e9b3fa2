import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { REGION_MAX_LENGTH as MAX, regionProblem } from './lib/felix-param-types.js';

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
    const why = regionProblem(v);
    if (why) ctx.report({ path: ['spec', 'openstackRegion'], messageId: 'invalid', data: { value: JSON.stringify(v), why } });
  },
});
