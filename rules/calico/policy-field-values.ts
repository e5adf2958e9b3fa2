import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/policy-field-values',
  kinds: ['NetworkPolicy', 'GlobalNetworkPolicy', 'StagedNetworkPolicy', 'StagedGlobalNetworkPolicy'],
  description: 'Calico NetworkPolicy and GlobalNetworkPolicy fields must have the values Calico accepts (its CRD schema and validator field tags): rule action Allow/Deny/Log/Pass, types Ingress/Egress, protocol names or 1–255, ports, ipVersion 4 or 6, ICMP type 0–254 and code 0–255, nets as networks; unknown fields are warned.',
  remediation: 'Use the exact spelling from the Calico policy reference: `action: Allow`, `protocol: TCP`, `types: [Ingress, Egress]`, port ranges as `"8000:8080"`.',
});
