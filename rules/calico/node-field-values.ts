import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/node-field-values',
  kinds: ['Node'],
  description: 'Calico Node fields must have the formats Calico accepts (the v3 Node type and its validator tags): spec.bgp ipv4Address/ipv6Address as CIDRs of their family, tunnel addresses as IPs, MAC addresses; unknown fields are warned.',
  remediation: 'Write `spec.bgp.ipv4Address` as an IPv4 address with its prefix (e.g. `10.0.0.1/24`) and tunnel addresses as plain IPs.',
});
