import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './rr-missing-cluster-id.js';
import { MESH_OFF, RR_PEER, k8sNode } from './lib/test-manifests.js';

const ID = { 'projectcalico.org/RouteReflectorClusterID': '244.0.0.1' };
const RR = { 'route-reflector': 'true' };

const bgpPeer = (name: string, spec: string) => `apiVersion: projectcalico.org/v3
kind: BGPPeer
metadata: { name: ${name} }
spec:
${spec}
`;

/** The reflectors peer with their clients: the reflectors are the nodeSelector side (upstream explicit_peering/route_reflector). */
const RR_TO_CLIENTS = bgpPeer('rr-to-clients', `  nodeSelector: has(route-reflector)
  peerSelector: "!has(route-reflector)"`);
const RR_MESH = bgpPeer('rr-mesh', `  nodeSelector: has(route-reflector)
  peerSelector: has(route-reflector)`);

const calicoNode = (name: string, labels: string, bgp: string) => `apiVersion: projectcalico.org/v3
kind: Node
metadata:
  name: ${name}
  labels: { ${labels} }
spec:
  bgp: { ${bgp} }
`;

/** Two reflectors with their cluster ID and two workers without one, as Kubernetes Nodes. */
const REFLECTORS_AND_WORKERS = {
  'rr1.yaml': k8sNode('rr-1', RR, ID),
  'rr2.yaml': k8sNode('rr-2', RR, ID),
  'w1.yaml': k8sNode('worker-1'),
  'w2.yaml': k8sNode('worker-2'),
};

const INVENTORY = (rrLabels: Record<string, string>) => ({
  cluster: { nodes: [{ name: 'rr-1', labels: rrLabels }, { name: 'rr-2', labels: rrLabels }, { name: 'worker-1' }, { name: 'worker-2' }] },
});

/** Nodes of group one peer with those of group two (upstream explicit_peering/selectors), mesh off. */
const groupPeering = (more: Record<string, string> = {}) => ({
  'bgp.yaml': MESH_OFF,
  'peer.yaml': bgpPeer('one-to-two', "  nodeSelector: group == 'one'\n  peerSelector: group == 'two'"),
  'a.yaml': k8sNode('node-a', { group: 'one' }),
  'b.yaml': k8sNode('node-b', { group: 'two' }),
  ...more,
});

/**
 * Every node peers with hub-1 (no cluster ID); c-1 also peers with reflector rr-1 only, c-2 with
 * rr-2 only, and the reflectors peer with each other.
 */
const hubAndTwoReflectors = (rr2ID: string) => ({
  'bgp.yaml': MESH_OFF,
  'peers.yaml': [
    bgpPeer('to-hub', "  nodeSelector: all()\n  peerSelector: role == 'hub'"),
    bgpPeer('one', "  nodeSelector: side == 'one'\n  peerSelector: rr == 'one'"),
    bgpPeer('two', "  nodeSelector: side == 'two'\n  peerSelector: rr == 'two'"),
    bgpPeer('rrs', '  nodeSelector: has(rr)\n  peerSelector: has(rr)'),
  ].join('---\n'),
  'hub.yaml': k8sNode('hub-1', { role: 'hub' }),
  'rr1.yaml': k8sNode('rr-1', { rr: 'one' }, ID),
  'rr2.yaml': k8sNode('rr-2', { rr: 'two' }, { 'projectcalico.org/RouteReflectorClusterID': rr2ID }),
  'c1.yaml': k8sNode('c-1', { side: 'one' }),
  'c2.yaml': k8sNode('c-2', { side: 'two' }),
});

ruleTester(rule, {
  valid: [
    { name: 'labelled and annotated reflectors', code: { 'peer.yaml': RR_PEER, 'rr1.yaml': k8sNode('rr-1', RR, ID), 'rr2.yaml': k8sNode('rr-2', RR, ID) } },
    { name: 'cluster ID on the Calico Node', code: `
      apiVersion: projectcalico.org/v3
      kind: Node
      metadata:
        name: rr-1
        labels: { route-reflector: "true" }
      spec:
        bgp: { ipv4Address: 10.0.0.1/24, routeReflectorClusterID: 244.0.0.1 }
    ` },
    {
      name: 'reflectors (with the ID) peer with their clients through peerSelector !has(route-reflector), Kubernetes Nodes, mesh off',
      code: { 'bgp.yaml': MESH_OFF, 'peers.yaml': `${RR_TO_CLIENTS}---\n${RR_MESH}`, ...REFLECTORS_AND_WORKERS },
    },
    {
      name: 'the same with Calico Nodes only (the other nodes not in the input)',
      code: {
        'bgp.yaml': MESH_OFF,
        'peers.yaml': `${RR_TO_CLIENTS}---\n${RR_MESH}`,
        'nodes.yaml': [
          calicoNode('rr-1', 'route-reflector: "true"', 'ipv4Address: 10.0.0.1/24, routeReflectorClusterID: 244.0.0.1'),
          calicoNode('rr-2', 'route-reflector: "true"', 'ipv4Address: 10.0.0.2/24, routeReflectorClusterID: 244.0.0.1'),
          calicoNode('worker-1', 'zone: a', 'ipv4Address: 10.0.0.11/24'),
          calicoNode('worker-2', 'zone: a', 'ipv4Address: 10.0.0.12/24'),
        ].join('---\n'),
      },
    },
    {
      name: 'the same with the node inventory of .netlint.yaml, and no BGPPeer between the reflectors',
      code: { 'bgp.yaml': MESH_OFF, 'peers.yaml': RR_TO_CLIENTS, 'rr1.yaml': calicoNode('rr-1', 'route-reflector: "true"', 'ipv4Address: 10.0.0.1/24, routeReflectorClusterID: 244.0.0.1') },
      config: { cluster: { nodes: [{ name: 'rr-1', labels: RR }, { name: 'rr-2', labels: RR, annotations: ID }, { name: 'worker-1' }, { name: 'worker-2' }] } },
    },
    {
      name: 'direct peering of two groups without reflectors (upstream explicit_peering/selectors)',
      code: groupPeering(),
    },
    {
      name: 'a node peered with two others and nothing in the input calls anything a reflector: not this rule\u2019s to say',
      code: groupPeering({ 'c.yaml': k8sNode('node-c', { group: 'two' }) }),
    },
    {
      name: 'every node peers with every node: no reflection needed though a reflector exists',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': bgpPeer('full', '  nodeSelector: all()\n  peerSelector: all()'), 'rr1.yaml': k8sNode('rr-1', { rack: 'a' }, ID), 'w1.yaml': k8sNode('worker-1'), 'w2.yaml': k8sNode('worker-2') },
    },
    {
      name: 'global BGPPeers by node address, nodes fully peered, Calico Nodes only (upstream explicit_peering/global)',
      code: {
        'bgp.yaml': MESH_OFF,
        'peers.yaml': `${bgpPeer('to-node-1', '  peerIP: 10.0.0.3\n  asNumber: 64512')}---\n${bgpPeer('to-node-2', '  peerIP: 10.0.0.1:179\n  asNumber: 64512')}`,
        'nodes.yaml': [calicoNode('master', 'zone: a', 'ipv4Address: 10.0.0.2/24'), calicoNode('node-1', 'zone: a', 'ipv4Address: 10.0.0.3/24'), calicoNode('node-2', 'zone: a', 'ipv4Address: 10.0.0.1/24')].join('---\n'),
      },
    },
    {
      name: 'every node peers with node-1 and with a router outside the input, which may reflect (upstream explicit_peering/global-external)',
      code: {
        'bgp.yaml': MESH_OFF,
        'peers.yaml': `${bgpPeer('to-node-1', '  peerIP: 10.0.0.3\n  asNumber: 64512')}---\n${bgpPeer('to-router', '  peerIP: 10.0.0.4\n  asNumber: 64512')}`,
        'nodes.yaml': [calicoNode('master', 'zone: a', 'ipv4Address: 10.0.0.2/24'), calicoNode('node-1', 'zone: a', 'ipv4Address: 10.0.0.3/24'), calicoNode('node-2', 'zone: a', 'ipv4Address: 10.0.0.5/24')].join('---\n'),
      },
    },
    { name: 'the clients reach each other through two reflectors with different cluster IDs', code: hubAndTwoReflectors('244.0.0.2') },
  ],
  invalid: [
    {
      name: 'clients peer with nodes labelled as reflectors that lack the ID, mesh off: error on each label',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr1.yaml': k8sNode('rr-1', RR), 'rr2.yaml': k8sNode('rr-2', RR), 'w1.yaml': k8sNode('worker-1'), 'w2.yaml': k8sNode('worker-2') },
      errors: [
        { messageId: 'labelled', file: 'rr1.yaml', line: 6, column: 22, severity: 'error', message: "node rr-1 is labelled route-reflector=true but has no routeReflectorClusterID, so it does not reflect routes: worker-1 and worker-2 peer with it and, with the node-to-node mesh off, do not learn each other's routes" },
        { messageId: 'labelled', file: 'rr2.yaml', line: 6, column: 22, severity: 'error' },
      ],
    },
    {
      name: 'the same with the labels in the node inventory: error on the peerSelector',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER },
      config: INVENTORY(RR),
      errors: [{ messageId: 'selected', file: 'peer.yaml', line: 6, column: 17, severity: 'error', message: "peerSelector route-reflector == 'true' selects rr-1, rr-2, which have no routeReflectorClusterID although labelled route-reflector=true, and so will not reflect routes: worker-1 and worker-2 peer with them and, with the node-to-node mesh off, do not learn each other's routes" }],
    },
    {
      name: 'the reflectors on the nodeSelector side lack the ID: error on the nodeSelector',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_TO_CLIENTS },
      config: INVENTORY(RR),
      errors: [{ messageId: 'selected', file: 'peer.yaml', line: 5, column: 17, severity: 'error', message: /^nodeSelector has\(route-reflector\) selects rr-1, rr-2, which have no routeReflectorClusterID although labelled route-reflector=true, .*: worker-1 and worker-2 peer with them/ }],
    },
    {
      name: 'every node peers with a few nodes, none has a cluster ID: error on the peerSelector',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': bgpPeer('to-spines', "  nodeSelector: all()\n  peerSelector: role == 'spine'"), 's1.yaml': k8sNode('spine-1', { role: 'spine' }), 'w1.yaml': k8sNode('worker-1'), 'w2.yaml': k8sNode('worker-2') },
      errors: [{ messageId: 'selected', line: 6, column: 17, severity: 'error', message: "peerSelector role == 'spine' selects spine-1, which has no routeReflectorClusterID although every node peers with it, and so will not reflect routes: worker-1 and worker-2 peer with it and, with the node-to-node mesh off, do not learn each other's routes" }],
    },
    {
      name: 'one rack\u2019s reflector has the ID, the other rack\u2019s lacks it: error on that rack\u2019s peerSelector',
      code: {
        'bgp.yaml': MESH_OFF,
        'peers.yaml': `${bgpPeer('rack-a', "  nodeSelector: rack == 'a'\n  peerSelector: spine == 'a'")}---\n${bgpPeer('rack-b', "  nodeSelector: rack == 'b'\n  peerSelector: spine == 'b'")}`,
        'sa.yaml': k8sNode('spine-a', { spine: 'a' }, ID),
        'sb.yaml': k8sNode('spine-b', { spine: 'b' }),
        'a1.yaml': k8sNode('a-1', { rack: 'a' }),
        'a2.yaml': k8sNode('a-2', { rack: 'a' }),
        'b1.yaml': k8sNode('b-1', { rack: 'b' }),
        'b2.yaml': k8sNode('b-2', { rack: 'b' }),
      },
      errors: [{ messageId: 'selected', file: 'peers.yaml', line: 13, column: 17, severity: 'error', message: "peerSelector spine == 'b' selects spine-b, which has no routeReflectorClusterID although spine-a has one, and so will not reflect routes: b-1 and b-2 peer with it and, with the node-to-node mesh off, do not learn each other's routes" }],
    },
    {
      name: 'two reflectors with the same cluster ID do not pass each other\u2019s clients\u2019 routes on: the hub without an ID was all that was left',
      code: hubAndTwoReflectors('244.0.0.1'),
      errors: [{ messageId: 'selected', file: 'peers.yaml', line: 6, column: 17, severity: 'error', message: "peerSelector role == 'hub' selects hub-1, which has no routeReflectorClusterID although every node peers with it, and so will not reflect routes: c-1 and c-2 peer with it and, with the node-to-node mesh off, do not learn each other's routes" }],
    },
    {
      name: 'only the labelled Calico Node is in the input: the nodes left out all peer with it, a warning',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr1.yaml': calicoNode('rr-1', 'route-reflector: "true"', 'ipv4Address: 10.0.0.1/24') },
      errors: [{ messageId: 'labelled', file: 'rr1.yaml', line: 5, column: 30, severity: 'warning', message: "node rr-1 is labelled route-reflector=true but has no routeReflectorClusterID, so it does not reflect routes: nodes not in the input peer with it and, with the node-to-node mesh off, do not learn each other's routes" }],
    },
    {
      name: 'an external router might carry the routes: warning',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': `${RR_PEER}---\n${bgpPeer('tor', '  peerIP: 192.0.2.1\n  asNumber: 64513')}`, 'rr1.yaml': k8sNode('rr-1', RR), 'w1.yaml': k8sNode('worker-1'), 'w2.yaml': k8sNode('worker-2') },
      errors: [{ messageId: 'labelled', file: 'rr1.yaml', line: 6, column: 22, severity: 'warning', message: /worker-1 and worker-2 peer with it and, with the node-to-node mesh off, learn each other's routes only if the peer at 192\.0\.2\.1 carries them$/ }],
    },
    {
      name: 'a labelled node without the ID beside a reflector that serves the same clients: warning',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr1.yaml': k8sNode('rr-1', RR, ID), 'rr2.yaml': k8sNode('rr-2', RR), 'w1.yaml': k8sNode('worker-1'), 'w2.yaml': k8sNode('worker-2') },
      errors: [{ messageId: 'labelled', file: 'rr2.yaml', line: 6, column: 22, severity: 'warning', message: "node rr-2 is labelled route-reflector=true but has no routeReflectorClusterID, so it does not reflect routes (its peers learn each other's routes over other sessions)" }],
    },
    {
      name: 'a labelled node without an ID and without clients, mesh disabled: warning on the label',
      code: { 'bgp.yaml': MESH_OFF, 'peer.yaml': RR_PEER, 'rr1.yaml': k8sNode('rr-1', RR) },
      errors: [{ messageId: 'labelled', file: 'rr1.yaml', line: 6, column: 22, severity: 'warning', message: 'node rr-1 is labelled route-reflector=true but has no routeReflectorClusterID, so it does not reflect routes' }],
    },
    {
      name: 'peerSelector picks inventory nodes without an ID, mesh on: warning on the peer',
      code: RR_PEER,
      config: { cluster: { nodes: [{ name: 'rr-1', labels: RR }, { name: 'n1' }] } },
      errors: [{ messageId: 'selected', line: 6, column: 17, severity: 'warning', message: "peerSelector route-reflector == 'true' selects rr-1, which has no routeReflectorClusterID although labelled route-reflector=true, and so will not reflect routes (the node-to-node mesh carries the routes while it is on)" }],
    },
  ],
});
