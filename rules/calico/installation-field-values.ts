import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/installation-field-values',
  kinds: ['Installation'],
  description: 'The operator `Installation` fields must have the types and values its CRD (operator.tigera.io, as vendored by the Calico release) accepts: calicoNetwork bgp, linuxDataplane, per-pool encapsulation, natOutgoing, at most 25 pools; unknown fields are warned.',
  remediation: 'Use a value from the Installation reference; enums are case-sensitive (e.g. `encapsulation: VXLANCrossSubnet`, `natOutgoing: Enabled`).',
});
