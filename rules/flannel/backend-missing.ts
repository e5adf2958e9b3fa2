import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { fieldKey, flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/backend-missing',
    description: 'Set `Backend` explicitly: without it flannel\'s code falls back to `udp` (a slow, debug-only backend), although the docs say vxlan.',
    severity: 'warning',
    remediation: 'Add `"Backend": {"Type": "vxlan"}` to net-conf.json.',
    kinds: ['ConfigMap'],
    messages: { missing: 'net-conf.json has no Backend: flanneld falls back to the udp backend (userspace, debug only), not vxlan' },
    docs: 'Only a missing `Backend` falls back to udp; a Backend object without a Type makes flanneld fail (`flannel/backend-type`). Source: flannel `pkg/subnet/config.go` `parseBackendType` (v0.28.9: an empty Backend is read as `udp`; the udp backend is still built in, `pkg/backend/udp`), while flannel\'s `Documentation/configuration.md` says the default is vxlan; the shipped kube-flannel.yml always sets vxlan.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (fc && fieldKey(fc.conf, 'Backend') === undefined) reportIn(ctx, fc.source, [], { messageId: 'missing' });
  },
});
