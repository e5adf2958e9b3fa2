import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './bgppeer-selector-matches-nothing.js';
import { RR_PEER, k8sNode } from './lib/test-manifests.js';

ruleTester(rule, {
  valid: [
    { name: 'a labelled reflector exists', code: { 'peer.yaml': RR_PEER, 'nodes.yaml': k8sNode('rr-1', { 'route-reflector': 'true' }) } },
    { name: 'no nodes known: silent', code: RR_PEER },
    // Calico's own CI (hack/test/kind) pins pods to kind-control-plane; the kubelet labels every node
    // with its hostname and OS, kubeadm the control plane with its role.
    { name: 'a kind cluster\'s nodes carry the kubelet\'s and kubeadm\'s labels', code: { 'kind.yaml': 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n', 'peer.yaml': "apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: to-tor}\nspec:\n  nodeSelector: kubernetes.io/hostname == 'kind-worker2' || has(node-role.kubernetes.io/control-plane) && kubernetes.io/os == 'linux'\n  peerIP: 172.18.0.10\n  asNumber: 64512\n" } },
    // Calico's confd tests apply Calico Nodes with calicoctl, which stores an unquoted `true` as "true".
    { name: 'a Calico Node label written as a boolean is the string calicoctl stores', code: { 'peer.yaml': RR_PEER, 'node.yaml': 'apiVersion: projectcalico.org/v3\nkind: Node\nmetadata:\n  name: kube-master\n  labels: {route-reflector: true}\n' } },
  ],
  invalid: [
    {
      name: 'a kind cluster with two workers has no kind-worker3',
      code: { 'kind.yaml': 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n- role: worker\n- role: worker\n', 'peer.yaml': "apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: to-tor}\nspec:\n  nodeSelector: kubernetes.io/hostname == 'kind-worker3'\n  peerIP: 172.18.0.10\n  asNumber: 64512\n" },
      errors: [{ messageId: 'none', file: 'peer.yaml', line: 5, column: 17, message: "nodeSelector kubernetes.io/hostname == 'kind-worker3' matches none of the 3 known nodes" }],
    },
    {
      name: 'nobody carries the label',
      code: { 'peer.yaml': RR_PEER, 'nodes.yaml': k8sNode('node-1', { rack: '0' }) },
      errors: [{ messageId: 'none', file: 'peer.yaml', line: 6, column: 17, message: `peerSelector route-reflector == 'true' matches none of the 1 known nodes` }],
    },
    {
      // The reflectors carry a label one prefix away from the one the selector tests.
      name: 'the nodes carry a near label: named',
      code: { 'peer.yaml': RR_PEER, 'nodes.yaml': k8sNode('node-1', { 'calico-route-reflector': 'true' }) },
      errors: [{ messageId: 'none', file: 'peer.yaml', line: 6, column: 17, message: `peerSelector route-reflector == 'true' matches none of the 1 known nodes; nodes carry calico-route-reflector=true (no node has route-reflector)` }],
    },
    {
      name: 'inventory from .netlint.yaml, nodeSelector typo',
      code: `
        apiVersion: projectcalico.org/v3
        kind: BGPPeer
        metadata: { name: rack-tor }
        spec:
          nodeSelector: rack == 'r1'
          peerIP: 192.0.2.1
          asNumber: 64513
      `,
      config: { cluster: { nodes: [{ name: 'n1', labels: { rack: '1' } }] } },
      errors: [{ messageId: 'none', line: 5, column: 17 }],
    },
  ],
});
