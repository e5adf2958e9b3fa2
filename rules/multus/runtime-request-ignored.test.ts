import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { docs, sriovNetwork } from './lib/fixtures.js';
import rule from './runtime-request-ignored.js';

/** A NAD `lan` in namespace `apps` with the given plugin config (JSON, single-quoted YAML). */
const nad = (config: string) => `
  apiVersion: k8s.cni.cncf.io/v1
  kind: NetworkAttachmentDefinition
  metadata: { name: lan, namespace: apps }
  spec:
    config: '${config}'
`;

/** A pod in `apps` with one networks annotation value. */
const pod = (networks: string) => `
  apiVersion: v1
  kind: Pod
  metadata:
    name: probe
    namespace: apps
    annotations:
      k8s.v1.cni.cncf.io/networks: '${networks}'
  spec:
    containers: [{ name: c, image: busybox }]
`;

const STATIC = '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "static"}}';
const STATIC_WITH_IPS = '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "capabilities": {"ips": true}, "ipam": {"type": "static"}}';
/** ipvlan with DHCP: neither reads CNI_ARGS `IP` or `MAC` (containernetworking/plugins v1.9.1). */
const IPVLAN = '{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "ipam": {"type": "dhcp"}}';
const IPVLAN_WITH_IPS = '{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "capabilities": {"ips": true}, "ipam": {"type": "dhcp"}}';
/** whereabouts reads CNI_ARGS `IP` (pkg/config/config.go handleEnvArgs); sriov-cni reads `MAC` (pkg/cnicommands/cni.go). */
const SRIOV_WHEREABOUTS = '{"cniVersion": "0.3.1", "type": "sriov", "ipam": {"type": "whereabouts", "range": "10.1.0.0/24"}}';
/** Networks whose controllers read the requests from the pod's annotation, not through libcni. */
const OVN_K_LAYER2 = '{"cniVersion": "1.0.0", "name": "lan", "type": "ovn-k8s-cni-overlay", "topology": "layer2", "netAttachDefName": "apps/lan"}';
const KUBE_OVN = '{"cniVersion": "0.3.1", "type": "kube-ovn", "server_socket": "/run/openvswitch/kube-ovn-daemon.sock", "provider": "lan.apps.ovn"}';
const IPVLAN_KUBE_OVN_IPAM = '{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "ipam": {"type": "kube-ovn", "server_socket": "/run/openvswitch/kube-ovn-daemon.sock", "provider": "lan.apps"}}';
const ANTREA = (networkType: string) => `{"cniVersion": "0.3.0", "type": "antrea", "networkType": "${networkType}", "ipam": {"type": "antrea", "ippools": ["pool-a"]}}`;
const LIST_WITH_MAC = '{"cniVersion": "0.4.0", "name": "lan", "plugins": [{"type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}, {"type": "tuning", "capabilities": {"mac": true}}]}';

ruleTester(rule, {
  valid: [
    { name: 'ips with the ips capability declared', code: `${nad(STATIC_WITH_IPS)}---${pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]')}` },
    { name: 'mac served by a later plugin of the list (tuning)', code: `${nad(LIST_WITH_MAC)}---${pod('[{"name": "lan", "mac": "c2:b0:57:49:47:f1"}]')}` },
    // Multus also passes ips and mac as CNI_ARGS IP and MAC (pkg/multus/multus.go DelegateAdd), and
    // static IPAM reads IP, macvlan reads MAC: multus-cni's own e2e test default-route1 does this.
    { name: 'ips and mac on a static-IPAM macvlan without capabilities (CNI_ARGS)', code: `${nad(STATIC)}---${pod('[{"name": "lan", "ips": ["10.1.0.5/24"], "mac": "c2:b0:57:49:47:f1"}]')}` },
    { name: 'ips on whereabouts and mac on sriov (both read CNI_ARGS)', code: `${nad(SRIOV_WHEREABOUTS)}---${pod('[{"name": "lan", "ips": ["10.1.0.5/24"], "mac": "c2:b0:57:49:47:f1"}]')}` },
    { name: 'ips on host-local IPAM (reads CNI_ARGS IP)', code: `${nad(LIST_WITH_MAC)}---${pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]')}` },
    { name: 'ips and mac on an OVN-Kubernetes layer2 network (its controller reads both from the annotation)', code: `${nad(OVN_K_LAYER2)}---${pod('[{"name": "lan", "mac": "0a:58:0a:80:00:07", "ips": ["10.128.0.7/24"]}]')}` },
    { name: 'ips and mac on a kube-ovn network', code: `${nad(KUBE_OVN)}---${pod('[{"name": "lan", "ips": ["10.66.0.9"], "mac": "0a:58:0a:42:00:09"}]')}` },
    { name: 'ips on kube-ovn IPAM', code: `${nad(IPVLAN_KUBE_OVN_IPAM)}---${pod('[{"name": "lan", "ips": ["10.66.0.9"]}]')}` },
    { name: 'mac on an Antrea VLAN network', code: `${nad(ANTREA('vlan'))}---${pod('[{"name": "lan", "mac": "0a:58:0a:42:00:0a"}]')}` },
    { name: 'no runtime request', code: `${nad(STATIC)}---${pod('[{"name": "lan", "interface": "net1"}]')}` },
    { name: 'an empty ips list is no request', code: `${nad(STATIC)}---${pod('[{"name": "lan", "ips": []}]')}` },
    { name: 'the NAD is not in the input (multus/nad-missing speaks)', code: pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]') },
    { name: 'the text form carries no requests', code: `${nad(STATIC)}---${pod('lan@net1')}` },
    // The NAD sriov-network-operator makes from a SriovNetwork carries its spec.capabilities as written.
    {
      name: 'ips on a SriovNetwork whose capabilities declare it; mac on sriov (reads CNI_ARGS MAC)',
      code: docs(sriovNetwork('lan', 'sriov-ops', 'networkNamespace: apps\ncapabilities: \'{ "ips": true }\''), pod('[{"name": "lan", "ips": ["10.1.0.5/24"], "mac": "c2:b0:57:49:47:f1"}]')),
    },
    {
      name: 'ips on a SriovNetwork with static IPAM and no capabilities: static reads CNI_ARGS IP',
      code: docs(sriovNetwork('lan', 'apps', 'ipam: |\n  { "type": "static" }'), pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]')),
    },
    {
      name: 'infiniband-guid on a SriovIBNetwork that declares infinibandGUID',
      code: docs(sriovNetwork('lan', 'apps', 'capabilities: \'{"infinibandGUID": true}\'', 'SriovIBNetwork'), pod('[{"name": "lan", "infiniband-guid": "c2:11:22:33:44:55:66:77"}]')),
    },
  ],
  invalid: [
    {
      name: 'ips on a SriovNetwork without capabilities or IPAM: the NAD the operator makes declares nothing',
      code: docs(sriovNetwork('lan', 'sriov-ops', 'networkNamespace: apps\nvlan: 100'), pod('[{"name": "lan", "ips": ["10.1.0.5/24"], "mac": "c2:b0:57:49:47:f1"}]')),
      errors: [{ messageId: 'ignored', line: 15, column: 59, message: '"ips" is requested on network "lan", but no plugin in NetworkAttachmentDefinition apps/lan declares the "ips" capability: libcni drops the request' }],
    },
    {
      name: 'infiniband-guid on a SriovIBNetwork that declares only mac',
      code: docs(sriovNetwork('lan', 'apps', 'capabilities: \'{"mac": true}\'', 'SriovIBNetwork'), pod('[{"name": "lan", "infiniband-guid": "c2:11:22:33:44:55:66:77"}]')),
      errors: [{ messageId: 'ignored', line: 14, column: 71, message: /^"infiniband-guid" is requested on network "lan", but no plugin in NetworkAttachmentDefinition apps\/lan declares the "infinibandGUID" capability/ }],
    },
    {
      name: 'ips on an ipvlan with DHCP that does not declare the capability',
      code: `${nad(IPVLAN)}---${pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]')}`,
      errors: [{ messageId: 'ignored', line: 13, column: 61, message: '"ips" is requested on network "lan", but no plugin in NetworkAttachmentDefinition apps/lan declares the "ips" capability: libcni drops the request' }],
    },
    {
      name: 'mac and ips where only ips is declared; the key as written (Go matches it case-insensitively)',
      code: `${nad(IPVLAN_WITH_IPS)}---${pod('[{"name": "lan", "IPs": ["10.1.0.5/24"], "mac": "c2:b0:57:49:47:f1"}]')}`,
      errors: [{ messageId: 'ignored', line: 13, column: 85, message: '"mac" is requested on network "lan", but no plugin in NetworkAttachmentDefinition apps/lan declares the "mac" capability: libcni drops the request' }],
    },
    {
      name: 'mac on kube-ovn IPAM under ipvlan: kube-ovn takes only the address from the annotation',
      code: `${nad(IPVLAN_KUBE_OVN_IPAM)}---${pod('[{"name": "lan", "ips": ["10.66.0.9"], "mac": "0a:58:0a:42:00:09"}]')}`,
      errors: [{ messageId: 'ignored', line: 13, column: 83, message: /^"mac" is requested on network "lan"/ }],
    },
    {
      name: 'Antrea: ips on a VLAN network (its own IPAM picks), mac on an SR-IOV network (ignored)',
      code: `${nad(ANTREA('vlan'))}---${pod('[{"name": "lan", "ips": ["10.2.0.9/24"]}]')}---${nad(ANTREA('sriov')).replace('name: lan', 'name: vf')}---${pod('[{"name": "vf", "mac": "0a:58:0a:42:00:0a"}]')}`,
      errors: [
        { messageId: 'ignored', line: 13, column: 61, message: /^"ips" is requested on network "lan"/ },
        { messageId: 'ignored', line: 29, column: 60, message: /^"mac" is requested on network "vf"/ },
      ],
    },
  ],
});
