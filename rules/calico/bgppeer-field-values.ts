import { crdSchemaRule } from './lib/crd-schema.js';

export default crdSchemaRule({
  id: 'calico/bgppeer-field-values',
  kinds: ['BGPPeer'],
  description: 'BGPPeer fields must have the types, values and formats Calico accepts (its CRD schema and validator field tags): sourceAddress, nextHopMode, reversePeering, node and filter names, reachableBy; unknown fields are warned.',
  remediation: 'Use a value from the BGPPeer reference; enums are case-sensitive.',
});
