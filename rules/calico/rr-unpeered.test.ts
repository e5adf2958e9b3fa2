import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './rr-unpeered.js';
import { MESH_OFF, RR_PEER } from './lib/test-manifests.js';

/** A Calico Node acting as reflector: its cluster ID is on line 7, column 62 (with the default address). */
const reflector = (name: string, labels: string, address = '10.0.0.10/24') => `apiVersion: projectcalico.org/v3
kind: Node
metadata:
  name: ${name}
  labels: { ${labels} }
spec:
  bgp: { ipv4Address: ${address}, routeReflectorClusterID: 244.0.0.1 }
`;

const peerByIP = (ip: string) => `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: tor }
spec:
  peerIP: ${ip}
  asNumber: 64513
`;

/** The reflectors are the nodeSelector side and peer with every other node (upstream confd explicit_peering/route_reflector). */
const RR_TO_CLIENTS = `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: rr-to-clients }
spec:
  nodeSelector: has(route-reflector)
  peerSelector: "!has(route-reflector)"
`;

const worker = (name: string, address: string) => `apiVersion: projectcalico.org/v3
kind: Node
metadata: { name: ${name} }
spec:
  bgp: { ipv4Address: ${address} }
`;

ruleTester(rule, {
  valid: [
    { name: 'the reflector carries the label the peerSelector asks for', code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr.yaml': reflector('rr-1', "route-reflector: 'true'") } },
    { name: 'mesh on: the reflector has mesh sessions', code: { 'peer.yaml': RR_PEER, 'rr.yaml': reflector('rr-1', 'rack: a') } },
    { name: 'a BGPPeer names the reflector by address', code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': peerByIP('10.0.0.10:179'), 'rr.yaml': reflector('rr-1', 'rack: a') } },
    { name: 'a label written as a boolean is cluster/label-value-type\u2019s finding, not guessed at here', code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr.yaml': reflector('rr-1', 'route-reflector: true') } },
    {
      name: 'the reflector is the nodeSelector side of the BGPPeer that peers it with its clients',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_TO_CLIENTS, 'rr.yaml': reflector('rr-1', "route-reflector: 'true'"), 'w1.yaml': worker('worker-1', '10.0.0.11/24'), 'w2.yaml': worker('worker-2', '10.0.0.12/24') },
    },
    {
      name: 'the same with the clients left out of the input',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_TO_CLIENTS, 'rr.yaml': reflector('rr-1', "route-reflector: 'true'") },
    },
    { name: 'no BGPPeer at all is calico/mesh-disabled-without-peers\u2019s finding', code: { 'bgp.yaml': MESH_OFF, 'rr.yaml': reflector('rr-1', 'rack: a') } },
  ],
  invalid: [
    {
      name: 'the reflector is the nodeSelector side of a BGPPeer whose peerSelector selects no node',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_TO_CLIENTS.replace('"!has(route-reflector)"', "role == 'spine'"), 'rr.yaml': reflector('rr-1', "route-reflector: 'true'"), 'w1.yaml': worker('worker-1', '10.0.0.11/24') },
      errors: [{ messageId: 'unpeered', file: 'rr.yaml', line: 7, column: 62, severity: 'error' }],
    },
    {
      name: 'the label is missing on the reflector, no node inventory',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr.yaml': reflector('rr-1', 'rack: a') },
      errors: [{ messageId: 'unpeered', file: 'rr.yaml', line: 7, column: 62, severity: 'error', message: 'route reflector rr-1 is peered with no node by any BGPPeer while the node-to-node mesh is off: no client peers with it' }],
    },
    {
      name: 'a Kubernetes Node annotated as reflector, with an external router peer: a warning',
      code: {
        'bgp.yaml': MESH_OFF,
        'peer.yaml': RR_PEER + '---\n' + peerByIP('192.0.2.1'),
        'node.yaml': `
          apiVersion: v1
          kind: Node
          metadata:
            name: rr-2
            labels: { rr: "yes" }
            annotations:
              projectcalico.org/RouteReflectorClusterID: 244.0.0.1
        `,
      },
      errors: [{ messageId: 'unpeered', file: 'node.yaml', line: 7, column: 48, severity: 'warning', message: /no client peers with it \(routes may still come from the BGPPeers with external peerIPs\)/ }],
    },
  ],
});
