import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/felixconfig-field-values',
  kinds: ['FelixConfiguration'],
  description: 'FelixConfiguration fields must have the types, values, ranges and patterns Calico accepts (its CRD schema and validator field tags): log levels, actions, interface names and patterns, ports, durations, CIDR lists; unknown fields are warned.',
  remediation: 'Use a value from the FelixConfiguration reference; most enums are case-sensitive and durations are written like `10s`.',
});
