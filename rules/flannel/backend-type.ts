import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { BACKEND_TYPES } from './lib/backends.js';
import { fieldKey, flannelConfigOf } from './lib/net-conf.js';

export default defineRule({
  meta: {
    id: 'flannel/backend-type',
    description: 'A `Backend` object must name a flannel backend in `Type`: vxlan, host-gw, udp, ipip, ipsec, wireguard, alloc, tencent-vpc or extension (flanneld lower-cases it first).',
    severity: 'error',
    remediation: 'Use `"Backend": {"Type": "vxlan"}` (or another backend from the list).',
    kinds: ['ConfigMap'],
    messages: {
      notObject: '"Backend" must be an object such as {"Type": "vxlan"}: flanneld fails with "error decoding Backend property"',
      noType: '"Backend" has no "Type": flanneld looks up the empty name and fails with "unknown backend type" (only a missing Backend falls back to udp)',
      notString: 'Backend.Type must be a string: flanneld fails with "error decoding Backend property"',
      unknown: 'Backend.Type "{{type}}" is not a flannel backend ({{known}}): flanneld fails with "unknown backend type"{{hint}}',
    },
    docs: 'Every subnet manager fails the same way: `ParseConfig` decodes the type, main.go hands it to the backend manager. Source: flannel `pkg/subnet/config.go` `parseBackendType`, `pkg/backend/manager.go` `GetBackend` (lower-cases the name) and the `backend.Register` calls. A missing Backend is `flannel/backend-missing`.',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    const bk = fieldKey(fc.conf, 'Backend');
    if (bk === undefined) return;
    const backend = fc.conf[bk];
    // JSON null decodes as a Backend without a Type (parseBackendType: only an absent Backend is udp).
    if (backend === null) {
      reportIn(ctx, fc.source, [bk], { messageId: 'noType' });
      return;
    }
    if (!isObject(backend)) {
      reportIn(ctx, fc.source, [bk], { messageId: 'notObject' });
      return;
    }
    const tk = fieldKey(backend, 'Type');
    const type = tk === undefined ? undefined : backend[tk];
    if (type === undefined || type === null || type === '') reportIn(ctx, fc.source, tk === undefined ? [bk] : [bk, tk], { messageId: 'noType' });
    else if (typeof type !== 'string') reportIn(ctx, fc.source, [bk, tk!], { messageId: 'notString' });
    else if (!BACKEND_TYPES.includes(type.toLowerCase())) {
      const fixed = BACKEND_TYPES.find((b) => b === type.trim().toLowerCase());
      reportIn(ctx, fc.source, [bk, tk!], { messageId: 'unknown', data: { type, known: BACKEND_TYPES.join(', '), hint: fixed ? ` (did you mean "${fixed}"?)` : '' } });
    }
  },
});
