import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/networkset-field-values',
  kinds: ['NetworkSet', 'GlobalNetworkSet'],
  description: '(Global)NetworkSet `nets` must be IP addresses or CIDRs; unknown fields are warned.',
  remediation: 'List addresses or CIDRs such as `198.51.100.0/24` under `spec.nets`.',
});
