import { containsIp, parseCidr, parseIp } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { IPAM_KINDS, fixedIpsOf } from './lib/ipam-annotations.js';

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-reserved',
    description:
      'A fixed IP inside an IPReservation: reservations list addresses Calico must leave alone (often because something outside the cluster holds them), so a pod taking one collides with that use.',
    severity: 'warning',
    remediation: 'Choose an address outside the reservation; if the reservation exists only to keep automatic assignment away from this fixed IP, suppress the finding with `netlint.io/ignore`.',
    kinds: [...IPAM_KINDS],
    messages: { reserved: '{{ip}} is reserved by IPReservation {{reservation}} ({{cidr}})' },
  },
  check(resource, ctx) {
    const reserved: { name: string; cidr: Cidr }[] = [];
    for (const r of ctx.model.byKind('calico/IPReservation')) {
      for (const entry of asArray(asObject(r.value.spec).reservedCIDRs)) {
        if (typeof entry !== 'string') continue;
        const ip = entry.includes('/') ? null : parseIp(entry);
        const c = ip ? parseCidr(`${entry}/${ip.family === 4 ? 32 : 128}`) : parseCidr(entry);
        if (c.ok) reserved.push({ name: r.name, cidr: c.cidr });
      }
    }
    if (reserved.length === 0) return;
    for (const f of fixedIpsOf(ctx.model, resource)) {
      const hit = reserved.find((x) => containsIp(x.cidr, f.ip));
      if (hit) ctx.report({ path: f.path, span: f.span, messageId: 'reserved', data: { ip: f.text, reservation: hit.name, cidr: hit.cidr.text } });
    }
  },
});
