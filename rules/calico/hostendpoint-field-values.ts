import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/hostendpoint-field-values',
  kinds: ['HostEndpoint'],
  description: 'HostEndpoint fields must have the values Calico accepts (its CRD schema and validator field tags): node and profile names, interface name, expected IPs, port names; unknown fields are warned.',
  remediation: 'Use a value from the HostEndpoint reference: `interfaceName` like `eth0` or `*`, `expectedIPs` as plain addresses.',
});
