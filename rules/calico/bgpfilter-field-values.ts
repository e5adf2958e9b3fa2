import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/bgpfilter-field-values',
  kinds: ['BGPFilter'],
  description: 'BGPFilter rules must have the values Calico accepts (its CRD schema and validator field tags): action Accept/Reject, matchOperator, cidr of the rule family, prefix lengths, interface names; unknown fields are warned.',
  remediation: 'Use a value from the BGPFilter reference; `action` is `Accept` or `Reject` and v4 rules take IPv4 networks.',
});
