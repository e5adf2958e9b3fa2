import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { fieldKey, flannelConfigOf } from './lib/net-conf.js';

/**
 * flannel's vxlan `Backend.MTU` is the MTU of the outgoing, encapsulated packets (Documentation/
 * backends.md), the external interface's MTU when unset; flannel gives the VXLAN device 50 bytes
 * less (pkg/backend/vxlan/device.go newVXLANDevice: `devAttrs.MTU - 50`, vxlan_network.go MTU()).
 * So it must not exceed the physical MTU.
 */
const VXLAN_OVERHEAD = 50;

export default defineRule({
  meta: {
    id: 'flannel/vxlan-mtu',
    description: 'flannel\'s vxlan `Backend.MTU` is the MTU of the encapsulated packets it sends (flannel gives pods 50 bytes less); above the physical MTU, large packets are dropped or fragmented.',
    severity: 'error',
    remediation: 'Leave `Backend.MTU` out (flannel takes the interface\'s MTU) or set it to at most the physical MTU; pods get 50 bytes less.',
    kinds: ['ConfigMap'],
    messages: {
      tooLarge: 'vxlan MTU {{mtu}} exceeds the physical MTU {{physical}}: flannel sends encapsulated packets of up to {{mtu}} bytes (pods get {{inner}}), and those above {{physical}} are dropped or fragmented',
    },
    docs: 'Only checked when `.netlint.yaml` gives `cluster.physicalMTU`. Sources: flannel `Documentation/backends.md` (vxlan `MTU`: the outgoing packets\' MTU, the external interface\'s when unset) and `pkg/backend/vxlan/device.go` (the VXLAN device gets `MTU - 50`).',
  },
  check(resource, ctx) {
    const physical = ctx.model.facts.physicalMTU;
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc || physical === null || fc.backendType?.toLowerCase() !== 'vxlan') return;
    const bk = fieldKey(fc.conf, 'Backend')!;
    const backend = fc.conf[bk];
    if (!isObject(backend)) return;
    const mk = fieldKey(backend, 'MTU');
    const mtu = mk === undefined ? undefined : backend[mk];
    if (typeof mtu === 'number' && mtu > physical) reportIn(ctx, fc.source, [bk, mk!], { messageId: 'tooLarge', data: { mtu, physical, inner: mtu - VXLAN_OVERHEAD } });
  },
});
