// The shape of multus-cni#52: an ipvlan network with host-local IPAM, pods on several nodes, the
// same address handed out on each node.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { deployment as deploymentWith } from '../calico/lib/test-manifests.js';
import { docs, nad, sriovNetwork } from './lib/fixtures.js';
import rule from './host-local-across-nodes.js';

const conf = (type: string, ipam = '"type": "host-local", "subnet": "192.168.1.0/24"') => `{"cniVersion": "0.3.1", "type": "${type}", "master": "eth1", "ipam": {${ipam}}}`;
/** A Deployment in `default` attaching net1, its pods pinned to `node` when given. */
const deployment = (name: string, replicas: number, node?: string) => {
  const d = deploymentWith(name, replicas, { 'k8s.v1.cni.cncf.io/networks': 'net1' });
  return node ? d.replace('    spec:\n      containers:', `    spec:\n      nodeSelector: { kubernetes.io/hostname: ${node} }\n      containers:`) : d;
};
const pod = (name: string, spec = '') => `
  apiVersion: v1
  kind: Pod
  metadata: { name: ${name}, namespace: default, annotations: { k8s.v1.cni.cncf.io/networks: net1 } }
  spec:
    ${spec}containers: [{ name: c, image: busybox }]
`;

ruleTester(rule, {
  valid: [
    { name: "one pod on the network (Multus' quickstart)", code: docs(nad('net1', 'default', conf('macvlan')), pod('a')) },
    { name: 'whereabouts allocates across the cluster', code: docs(nad('net1', 'default', conf('macvlan', '"type": "whereabouts", "range": "192.168.1.0/24"')), deployment('web', 3)) },
    { name: 'a bridge may be node-local', code: docs(nad('net1', 'default', conf('bridge')), deployment('web', 3)) },
    { name: 'no workload of the input attaches the network', code: docs(nad('net1', 'default', conf('ipvlan'))) },
    { name: 'every pod pinned to one node', code: docs(nad('net1', 'default', conf('ipvlan')), deployment('web', 3, 'worker-1'), pod('a', 'nodeName: worker-1\n    ')) },
    { name: 'a host-network pod runs no CNI plugin', code: docs(nad('net1', 'default', conf('macvlan')), pod('a'), pod('b', 'hostNetwork: true\n    ')) },
    { name: 'the same pod written in two files counts once; a pod asking for its own address gets it', code: { 'a.yaml': docs(nad('net1', 'default', conf('macvlan')), pod('a')), 'copy/a.yaml': docs(pod('a')), 'b.yaml': docs(pod('b').replace('networks: net1', 'networks: \'[{"name": "net1", "ips": ["192.168.1.9/24"]}]\'')) } },
    { name: 'a cluster of one node', code: { 'kind.yaml': 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes: [{role: control-plane}]\n', 'net.yaml': docs(nad('net1', 'default', conf('macvlan')), deployment('web', 3)) } },
    { name: 'a SriovNetwork with whereabouts IPAM, attached by three replicas', code: docs(sriovNetwork('net1', 'sriov-ops', 'networkNamespace: default\nipam: \'{"type": "whereabouts", "range": "10.56.217.0/24"}\''), deployment('web', 3)) },
  ],
  invalid: [
    {
      name: 'a SriovNetwork with host-local IPAM (a block): at its type inside spec.ipam',
      code: docs(sriovNetwork('net1', 'sriov-ops', 'networkNamespace: default\nipam: |\n  {\n    "type": "host-local",\n    "subnet": "10.56.217.0/24"\n  }'), deployment('web', 2)),
      errors: [{ messageId: 'several', line: 9, column: 15, endColumn: 27, path: ['spec', 'ipam'], message: /^host-local keeps its allocations on each node, so the 2 replicas of Deployment default\/web get addresses of sriov network "net1"/ }],
    },
    {
      name: 'one NAD written in several files is said once, at its first definition',
      code: { 'a.yaml': docs(nad('net1', 'default', conf('macvlan'))), 'b.yaml': docs(nad('net1', 'default', conf('macvlan'))), 'pods.yaml': docs(deployment('web', 3)) },
      errors: [{ messageId: 'several', file: 'a.yaml', line: 5, column: 90 }],
    },
    {
      name: 'a Deployment of three replicas on an ipvlan network with host-local (multus-cni#52)',
      code: docs(nad('net1', 'default', conf('ipvlan')), deployment('web', 3)),
      errors: [
        {
          messageId: 'several',
          severity: 'warning',
          line: 5,
          column: 89,
          message: 'host-local keeps its allocations on each node, so the 3 replicas of Deployment default/web get addresses of ipvlan network "net1" node by node: two of them on different nodes can get the same address on the segment the nodes share',
        },
      ],
    },
    {
      name: 'two pods, one pinned and one free to land elsewhere',
      code: docs(nad('net1', 'default', conf('macvlan')), pod('a', 'nodeName: worker-1\n    '), pod('b')),
      errors: [{ messageId: 'two', severity: 'info', line: 5, column: 90, message: 'host-local keeps its allocations on each node, and Pod default/a and Pod default/b both attach macvlan network "net1": run on different nodes, they can get the same address on the segment the nodes share' }],
    },
  ],
});
