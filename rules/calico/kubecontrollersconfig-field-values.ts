import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/kubecontrollersconfig-field-values',
  kinds: ['KubeControllersConfiguration'],
  description: 'KubeControllersConfiguration fields must have the types and values Calico accepts (its CRD schema and validator field tags); unknown fields are warned.',
  remediation: 'Use a value from the KubeControllersConfiguration reference; durations are written like `5m`.',
});
