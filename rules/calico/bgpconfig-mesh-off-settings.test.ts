import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgpconfig-mesh-off-settings.js';

ruleTester(rule, {
  valid: [
    { name: 'mesh password with the mesh on', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: { name: default }
      spec:
        nodeToNodeMeshEnabled: true
        nodeMeshPassword: { secretKeyRef: { name: bgp, key: pw } }
        nodeMeshMaxRestartTime: 120s
    ` },
  ],
  invalid: [
    {
      name: 'mesh settings while the mesh is off',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata: { name: default }
        spec:
          nodeToNodeMeshEnabled: false
          nodeMeshPassword: { secretKeyRef: { name: bgp, key: pw } }
          nodeMeshMaxRestartTime: 120s
      `,
      errors: [
        { messageId: 'meshOff', line: 6, column: 3, message: 'nodeMeshPassword cannot be set while nodeToNodeMeshEnabled is false' },
        { messageId: 'meshOff', line: 7, column: 27 },
      ],
    },
  ],
});
