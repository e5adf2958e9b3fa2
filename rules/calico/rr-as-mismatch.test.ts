import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './rr-as-mismatch.js';
import { RR_PEER, k8sNode } from './lib/test-manifests.js';

const ID = 'projectcalico.org/RouteReflectorClusterID';

ruleTester(rule, {
  valid: [
    { name: 'everyone in the global AS', code: { 'peer.yaml': RR_PEER, 'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1' }), 'n.yaml': k8sNode('node-1') } },
    {
      // localASNumber makes the session speak another AS on purpose (eBGP to the node): not judged.
      name: 'a peering with localASNumber',
      code: { 'peer.yaml': RR_PEER.replace('spec:\n', 'spec:\n  localASNumber: 64600\n'), 'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1' }), 'n.yaml': k8sNode('node-1', {}, { 'projectcalico.org/ASNumber': '64600' }) },
    },
    {
      // A BGPPeer that names its node peers that node alone (Calico BGPPeer spec.node): another
      // node with its own AS is not a client of the reflectors through it.
      name: 'a BGPPeer for one node, another node in its own AS',
      code: {
        'peer.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: node-1-to-rr }\nspec:\n  node: node-1\n  peerSelector: route-reflector == \'true\'\n',
        'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1' }),
        'n.yaml': `${k8sNode('node-1')}---\n${k8sNode('edge-1', {}, { 'projectcalico.org/ASNumber': '64600' })}`,
      },
    },
  ],
  invalid: [
    {
      name: 'reflector annotated with its own AS',
      code: {
        'peer.yaml': RR_PEER,
        'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1', 'projectcalico.org/ASNumber': '64513' }),
        'n.yaml': k8sNode('node-1'),
      },
      errors: [{ messageId: 'differs', file: 'rr.yaml', line: 9, column: 33, message: 'reflector rr-1 is in AS 64513 but its client node-1 is in AS 64512' }],
    },
    {
      // Reflectors on the nodeSelector side peer with the nodes the peerSelector picks both ways (confd updatePeersV1).
      name: 'reflectors peering with their clients from the nodeSelector side',
      code: {
        'peer.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: rr-to-clients }\nspec:\n  nodeSelector: has(route-reflector)\n  peerSelector: "!has(route-reflector)"\n',
        'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1' }),
        'n.yaml': k8sNode('node-1', {}, { 'projectcalico.org/ASNumber': '64600' }),
      },
      errors: [{ messageId: 'differs', file: 'n.yaml', line: 7, column: 33, message: 'reflector rr-1 is in AS 64512 but its client node-1 is in AS 64600' }],
    },
    {
      name: 'a BGPPeer for one node whose AS is its own',
      code: {
        'peer.yaml': 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: { name: edge-1-to-rr }\nspec:\n  node: edge-1\n  peerSelector: route-reflector == \'true\'\n',
        'rr.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }, { [ID]: '244.0.0.1' }),
        'n.yaml': `${k8sNode('node-1')}---\n${k8sNode('edge-1', {}, { 'projectcalico.org/ASNumber': '64600' })}`,
      },
      errors: [{ messageId: 'differs', file: 'n.yaml', line: 14, column: 33, message: 'reflector rr-1 is in AS 64512 but its client edge-1 is in AS 64600' }],
    },
    {
      name: 'nodes only in the inventory: reported on the peering',
      code: RR_PEER,
      config: { cluster: { nodes: [{ name: 'rr-1', labels: { 'route-reflector': 'true' }, annotations: { [ID]: '244.0.0.1' } }, { name: 'n1', annotations: { 'projectcalico.org/ASNumber': '65001' } }] } },
      errors: [{ messageId: 'differs', line: 6, column: 17, message: /client n1 is in AS 65001/ }],
    },
  ],
});
