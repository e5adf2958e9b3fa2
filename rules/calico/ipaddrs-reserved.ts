import { parseCidrOrIp } from '../../src/engine/calico-formats.js';
import { cidrBounds } from '../../src/engine/cidr.js';
import type { Cidr } from '../../src/engine/cidr.js';
import { IntervalIndex } from '../../src/engine/interval-index.js';
import type { AddressInterval } from '../../src/engine/interval-index.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { IPAM_KINDS, addressRange, fixedIpsOf } from './lib/ipam-annotations.js';
import { describePool, podPoolsOverlapping } from './lib/pools.js';

/**
 * Every reserved CIDR of the input's IPReservations (a bare address is a /32 or /128), read once,
 * as Calico IPAM reads them (libcalico-go/lib/ipam/ipam.go, v3.32.1: cnet.ParseCIDROrIP).
 */
const reservedCidrs = derived('calico/reserved-cidrs', (m) => {
  const out: { range: AddressInterval; item: Cidr }[] = [];
  for (const r of m.byKind('calico/IPReservation')) {
    for (const entry of asArray(asObject(r.value.spec).reservedCIDRs)) {
      if (typeof entry !== 'string') continue;
      const c = parseCidrOrIp(entry);
      if (c) out.push({ range: cidrBounds(c.cidr), item: c.cidr });
    }
  }
  // Looked up by address: thousands of fixed IPs and reservations are not compared pairwise.
  return new IntervalIndex(out);
});

export default defineRule({
  meta: {
    id: 'calico/ipaddrs-reserved',
    description:
      'A fixed IP (`cni.projectcalico.org/ipAddrs`) inside a pool that also assigns addresses automatically should be kept out of automatic assignment: otherwise IPAM may give the address to another pod first, and the pinned pod then cannot start ("IP already assigned"). An IPReservation covering the address is Calico\'s documented way to do that (reservations only stop automatic assignment; the annotated pod still gets the address), as is a pool with `nodeSelector: "!all()"`; either keeps this rule quiet.',
    severity: 'info',
    remediation: 'List the address in an IPReservation (`spec.reservedCIDRs: [10.244.0.10]`), or move it into a pool with `nodeSelector: "!all()"` that only serves fixed IPs.',
    kinds: [...IPAM_KINDS],
    messages: { unreserved: '{{ip}} is in {{pool}}, which assigns addresses automatically, and no IPReservation covers it: another pod may get it first' },
    docs: 'Source: libcalico-go `lib/ipam/ipam.go`: IPReservations are consulted only by automatic assignment (`autoAssign`), not by `AssignIP`, which the CNI plugin uses for `ipAddrs`; Calico docs "Use a specific IP address with a pod" and the IPReservation reference.',
  },
  check(resource, ctx) {
    const fixed = fixedIpsOf(ctx.model, resource);
    if (fixed.length === 0) return;
    const reserved = reservedCidrs(ctx.model);
    for (const f of fixed) {
      const point = addressRange(f);
      if (reserved.overlapping(point).length > 0) continue;
      const pool = podPoolsOverlapping(ctx.model, point).find((p) => !p.manual);
      // Outside every pool is calico/ipaddrs-not-in-pool's finding; a manual pool never hands it out.
      if (!pool) continue;
      ctx.report({ path: f.path, span: f.span, messageId: 'unreserved', data: { ip: f.text, pool: describePool(pool) } });
    }
  },
});
