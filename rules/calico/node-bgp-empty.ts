import { defineRule } from '../../src/engine/rule.js';
import { asObject, isObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/node-bgp-empty',
    description: 'A Calico Node with a `spec.bgp` section gives it at least one field (address, AS number, tunnel address or route-reflector cluster ID); Calico rejects an empty one.',
    severity: 'error',
    remediation: 'Fill in `spec.bgp.ipv4Address` (or another BGP field), or remove the empty `bgp:` section.',
    kinds: ['calico/Node'],
    messages: { empty: 'spec.bgp should not be empty' },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (!isObject(spec.bgp)) return;
    if (Object.values(spec.bgp).every((v) => v === undefined || v === null || v === '')) ctx.report({ path: ['spec', 'bgp'], messageId: 'empty' });
  },
});
