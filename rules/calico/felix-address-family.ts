import { defineRule } from '../../src/engine/rule.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { familyOf } from './lib/fields.js';
import { parseGoIp } from '../../src/engine/cidr.js';

/** Felix fields that take one address of one family (libcalico-go validateFelixConfigSpec). */
const ADDRESSES = [
  ['natOutgoingAddress', 4],
  ['deviceRouteSourceAddress', 4],
  ['deviceRouteSourceAddressIPv6', 6],
] as const;

export default defineRule({
  meta: {
    id: 'calico/felix-address-family',
    description: 'FelixConfiguration addresses of one family: `natOutgoingAddress` and `deviceRouteSourceAddress` are IPv4 addresses, `deviceRouteSourceAddressIPv6` an IPv6 address, and `externalNodesList` holds IPv4 addresses or CIDRs (libcalico-go validator).',
    severity: 'error',
    remediation: 'Write a plain address of the family the field names (no prefix length), and list only IPv4 entries in `externalNodesList`.',
    kinds: ['calico/FelixConfiguration'],
    messages: {
      address: '{{field}} {{value}} is not an IPv{{family}} address',
      external: 'externalNodesList entry {{value}} {{why}}',
    },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const [field, family] of ADDRESSES) {
      const v = spec[field];
      if (typeof v !== 'string' || v === '') continue;
      // validateFelixConfigSpec: cnet.ParseIP(...).Version(), which goes by To4().
      if (parseGoIp(v)?.family !== family) ctx.report({ path: ['spec', field], messageId: 'address', data: { field, value: JSON.stringify(v), family: String(family) } });
    }
    asArray(spec.externalNodesList).forEach((v, i) => {
      if (typeof v !== 'string') return;
      const family = familyOf(v);
      if (family !== 4) ctx.report({ path: ['spec', 'externalNodesList', i], messageId: 'external', data: { value: JSON.stringify(v), why: family === 6 ? 'is IPv6; only IPv4 is supported' : 'is not an address or CIDR' } });
    });
  },
});
