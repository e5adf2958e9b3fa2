import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/tier-field-values',
  kinds: ['Tier'],
  description: 'Tier fields must have the types and values Calico accepts (its CRD schema and validator field tags); unknown fields are warned.',
  remediation: 'Use a value from the Tier reference: `order` is a number and `defaultAction` is `Deny` or `Pass`.',
});
