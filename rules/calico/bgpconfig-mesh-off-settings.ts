import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';

const MESH_ONLY = ['nodeMeshPassword', 'nodeMeshMaxRestartTime'] as const;

export default defineRule({
  meta: {
    id: 'calico/bgpconfig-mesh-off-settings',
    description: 'BGPConfiguration `nodeMeshPassword` and `nodeMeshMaxRestartTime` configure the node-to-node mesh; Calico rejects them while `nodeToNodeMeshEnabled` is false.',
    severity: 'error',
    remediation: 'Remove the mesh setting, or enable the mesh; with route reflectors, set passwords and restart times on the BGPPeer resources instead.',
    kinds: ['calico/BGPConfiguration'],
    messages: { meshOff: '{{field}} cannot be set while nodeToNodeMeshEnabled is false' },
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    if (spec.nodeToNodeMeshEnabled !== false) return;
    for (const field of MESH_ONLY) {
      if (spec[field] !== undefined && spec[field] !== null) ctx.report({ path: ['spec', field], messageId: 'meshOff', data: { field } });
    }
  },
});
