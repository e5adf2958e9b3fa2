import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-one-sided.js';
import { k8sNode, MESH_OFF, RR_PEER } from './lib/test-manifests.js';

const RR_ID = { 'projectcalico.org/RouteReflectorClusterID': '244.0.0.1' };
const NODES = [k8sNode('rr-1', { 'route-reflector': 'true' }, RR_ID), k8sNode('node-1'), k8sNode('node-2')].join('---\n');
const MANUAL = `${RR_PEER}  reversePeering: Manual\n`;
/** The reverse direction written out: the reflectors peer with every other node. */
const REVERSE = `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: route-reflectors-to-all }
spec:
  nodeSelector: route-reflector == 'true'
  peerSelector: all()
  reversePeering: Manual
`;

ruleTester(rule, {
  valid: [
    { name: 'reversePeering Auto (the default): confd adds the reverse peering', code: { 'nodes.yaml': NODES, 'bgp.yaml': `${MESH_OFF}---\n${RR_PEER}` } },
    { name: 'Manual with the reverse BGPPeer written', code: { 'nodes.yaml': NODES, 'bgp.yaml': `${MESH_OFF}---\n${MANUAL}---\n${REVERSE}` } },
    // The upstream pair (confd mock_data reverse_peering): the second BGPPeer, Auto, peers the reflectors back.
    { name: 'Manual beside an Auto BGPPeer the other way', code: { 'nodes.yaml': NODES, 'bgp.yaml': `${MESH_OFF}---\n${MANUAL}---\n${REVERSE.replace('  reversePeering: Manual\n', '')}` } },
    { name: 'the node-to-node mesh on carries the sessions', code: { 'nodes.yaml': NODES, 'bgp.yaml': MANUAL } },
    { name: 'Manual from every node to every node: both ends configure each session', code: { 'nodes.yaml': NODES, 'bgp.yaml': `${MESH_OFF}---\n${MANUAL.replace("route-reflector == 'true'", 'all()')}` } },
  ],
  invalid: [
    {
      // confd/tests/mock_data/calicoctl/reverse_peering/manual: every session is one-sided.
      name: 'Manual to the reflectors and nothing back',
      code: { 'nodes.yaml': NODES, 'bgp.yaml': `${MESH_OFF}---\n${MANUAL}` },
      errors: [
        {
          messageId: 'oneSided',
          file: 'bgp.yaml',
          line: 15,
          column: 19,
          message:
            'node-1, node-2 configure a BGP session to rr-1, which configures none back (with reversePeering Manual confd adds no reverse peering, and no other BGPPeer peers it back), so these sessions never come up while the node-to-node mesh is off',
        },
      ],
    },
    {
      // The reverse BGPPeer picks one reflector only: the clients' sessions to the other stay one-sided
      // (the reflectors peer each other: each is picked by all() toward route-reflector == 'true').
      name: 'the reverse BGPPeer misses a reflector',
      code: {
        'nodes.yaml': `${NODES}---\n${k8sNode('rr-2', { 'route-reflector': 'true', zone: 'b' }, RR_ID)}`,
        'bgp.yaml': `${MESH_OFF}---\n${MANUAL}---\n${REVERSE.replace("route-reflector == 'true'", "route-reflector == 'true' && !has(zone)")}`,
      },
      errors: [{ messageId: 'oneSided', file: 'bgp.yaml', line: 15, column: 19, message: /^node-1, node-2 configure a BGP session to rr-2, which configures none back/ }],
    },
  ],
});
