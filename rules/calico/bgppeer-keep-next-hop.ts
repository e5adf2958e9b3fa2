import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

export default defineRule({
  meta: {
    id: 'calico/bgppeer-keep-next-hop',
    description: 'The deprecated BGPPeer `keepOriginalNextHop: true` cannot be combined with `nextHopMode` (libcalico-go validator).',
    severity: 'error',
    remediation: 'Drop `keepOriginalNextHop` and use `nextHopMode: Keep`.',
    kinds: ['calico/BGPPeer'],
    messages: { both: 'keepOriginalNextHop is deprecated and must not be true when nextHopMode is set' },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.keepOriginalNextHop === true && spec.nextHopMode !== undefined && spec.nextHopMode !== null) {
      ctx.report({ path: ['spec', 'keepOriginalNextHop'], messageId: 'both' });
    }
  },
});
