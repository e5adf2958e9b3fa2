import { BGP_PASSWORD_MESSAGES, checkBgpPassword } from './lib/bgp-password.js';
import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/bgppeer-field-values',
  kinds: ['BGPPeer'],
  description: 'BGPPeer fields must have the types, values and formats Calico accepts (its CRD schema and validator field tags): sourceAddress, nextHopMode, reversePeering, node and filter names, reachableBy; unknown fields are warned, and so is a `password.secretKeyRef` that names no Secret or no key (Calico takes it, but the peering runs without a password).',
  also: { messages: BGP_PASSWORD_MESSAGES, check: checkBgpPassword },
  remediation: 'Use a value from the BGPPeer reference; enums are case-sensitive.',
});
