import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { isSet } from './lib/fields.js';

export default defineRule({
  meta: {
    id: 'calico/bgppeer-local-workload',
    description: 'A BGPPeer with `localWorkloadSelector` (peering with workloads on the node) needs an `asNumber` and sets neither `peerIP` nor `peerSelector` (libcalico-go validator).',
    severity: 'error',
    remediation: 'Give the workload peer an `asNumber` and drop `peerIP`/`peerSelector`; use a separate BGPPeer for other peers.',
    kinds: ['calico/BGPPeer'],
    messages: {
      needsAS: 'asNumber must be set when localWorkloadSelector is used',
      exclusive: '{{field}} must be empty when localWorkloadSelector is used',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (!isSet(spec.localWorkloadSelector)) return;
    if (!isSet(spec.asNumber)) ctx.report({ path: ['spec', 'localWorkloadSelector'], messageId: 'needsAS' });
    for (const field of ['peerIP', 'peerSelector']) if (isSet(spec[field])) ctx.report({ path: ['spec', field], messageId: 'exclusive', data: { field } });
  },
});
