import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/ippool-field-values',
  kinds: ['IPPool'],
  description: 'IPPool fields must have the types and values Calico accepts (its CRD schema and validator field tags): ipipMode and vxlanMode Always/CrossSubnet/Never, assignmentMode Automatic/Manual, allowedUses, blockSize; unknown fields (such as the v1 `ipip` and `nat-outgoing`, gone from Calico v3.32) are warned.',
  remediation: 'Use one of `Always`, `CrossSubnet`, `Never` (that capitalisation) for the encapsulation modes, and the field names of the IPPool reference.',
  requiredElsewhere: ['spec.cidr'],
});
