import { BGP_PASSWORD_MESSAGES, checkBgpPassword } from './lib/bgp-password.js';
import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/bgpconfig-field-values',
  kinds: ['BGPConfiguration'],
  description: 'BGPConfiguration fields must have the types, values and formats Calico accepts (its CRD schema and validator field tags): listenPort 1–65535, logSeverityScreen, bindMode, service IP CIDRs, ignoredInterfaces, communities; unknown fields are warned, and so is a `nodeMeshPassword.secretKeyRef` that names no Secret or no key (Calico takes it, but the mesh sessions run without a password).',
  also: { messages: BGP_PASSWORD_MESSAGES, check: checkBgpPassword },
  remediation: 'Use a value from the BGPConfiguration reference; enums are case-sensitive.',
});
