import { ruleTester } from '../../src/engine/testing/rule-tester.js';
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
    { name: 'no runtime request', code: `${nad(STATIC)}---${pod('[{"name": "lan", "interface": "net1"}]')}` },
    { name: 'an empty ips list is no request', code: `${nad(STATIC)}---${pod('[{"name": "lan", "ips": []}]')}` },
    { name: 'the NAD is not in the input (multus/nad-missing speaks)', code: pod('[{"name": "lan", "ips": ["10.1.0.5/24"]}]') },
    { name: 'the text form carries no requests', code: `${nad(STATIC)}---${pod('lan@net1')}` },
  ],
  invalid: [
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
  ],
});
