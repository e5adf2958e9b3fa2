import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/ipreservation-field-values',
  kinds: ['IPReservation'],
  description: 'IPReservation `reservedCIDRs` must be IP addresses or CIDRs; unknown fields are warned.',
  remediation: 'List addresses or CIDRs such as `10.0.0.5` or `10.0.1.0/28` under `spec.reservedCIDRs`.',
});
