import { reportIn } from '../cni/lib/json-source.js';
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { fieldKey, flannelConfigOf } from './lib/net-conf.js';

/** VXLAN over IPv4 adds 50 bytes (outer IP 20 + UDP 8 + VXLAN 8 + inner Ethernet 14). */
const VXLAN_OVERHEAD = 50;

export default defineRule({
  meta: {
    id: 'flannel/vxlan-mtu',
    description: 'flannel\'s vxlan MTU is the physical MTU minus 50 (1450 on a 1500-byte network); an explicit `Backend.MTU` above that drops large packets.',
    severity: 'error',
    remediation: 'Leave `Backend.MTU` out (flannel derives it from the interface) or set it to the physical MTU minus 50.',
    kinds: ['ConfigMap'],
    messages: {
      tooLarge: 'vxlan MTU {{mtu}} exceeds the physical MTU {{physical}} minus the 50-byte VXLAN overhead ({{max}}): packets larger than {{max}} bytes are dropped or fragmented',
    },
    docs: 'Only checked when `.netlint.yaml` gives `cluster.physicalMTU`: 1450 is right for a 1500-byte underlay and too small (but working) for jumbo frames, so netlint never flags 1450 by itself. Sources: flannel `Documentation/backends.md` (vxlan MTU), Calico docs `mtu.mdx` (VXLAN over IPv4: 50 bytes).',
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
    const max = physical - VXLAN_OVERHEAD;
    if (typeof mtu === 'number' && mtu > max) reportIn(ctx, fc.source, [bk, mk!], { messageId: 'tooLarge', data: { mtu, physical, max } });
  },
});
