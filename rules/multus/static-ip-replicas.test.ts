import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './static-ip-replicas.js';
import { nad, sriovNetwork } from './lib/fixtures.js';

/** A Deployment with `replicas`, one networks annotation value (single-quoted YAML) and, when given, a `strategy` (a line more). */
function deployment(replicas: number, networks: string, strategy: string | null = null): string {
  return `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: db, namespace: data }
    spec:
      replicas: ${replicas}${strategy === null ? '' : `\n      strategy: ${strategy}`}
      selector: { matchLabels: { app: db } }
      template:
        metadata:
          labels: { app: db }
          annotations:
            k8s.v1.cni.cncf.io/networks: '${networks}'
        spec:
          containers: [{ name: db, image: postgres:16 }]
  `;
}

/** A DaemonSet whose pods all ask for one static address on the `mgmt` network. */
const DAEMON_SET = `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: agent }
  spec:
    template:
      metadata:
        annotations:
          k8s.v1.cni.cncf.io/networks: '[{"name": "mgmt", "ips": ["192.168.50.9/24"]}]'
      spec:
        containers: [{ name: a, image: busybox }]
`;

/** A macvlan NAD `storage` in `data` whose static IPAM writes the address (OpenAirInterface's pattern). */
const STATIC_NAD = nad('storage', 'data', '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "static", "addresses": [{"address": "10.10.0.5/24"}]}}');

ruleTester(rule, {
  valid: [
    { name: 'one replica with a static IP, replaced (Recreate) or rolled without surge', code: { 'a.yaml': deployment(1, '[{"name": "storage", "ips": ["10.10.0.5/24"]}]', '{ type: Recreate }'), 'b.yaml': deployment(1, '[{"name": "storage", "ips": ["10.10.0.6/24"]}]', '{ rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } }') } },
    { name: 'one replica with a fixed MAC; an empty mac (Multus skips it) on three', code: { 'a.yaml': deployment(1, '[{"name": "storage", "mac": "0a:58:0a:0a:00:05"}]', '{ type: Recreate }'), 'b.yaml': deployment(3, '[{"name": "storage", "mac": ""}]').replace('name: db', 'name: web') } },
    {
      // No CNI plugin runs for host-network pods; multus/hostnetwork-annotation reports the annotation.
      name: 'three host-network replicas',
      code: deployment(3, '[{"name": "storage", "ips": ["10.10.0.5/24"]}]').replace('containers: [{ name: db', 'hostNetwork: true\n          containers: [{ name: db'),
    },
    { name: 'three replicas, addresses from the NAD\'s IPAM', code: deployment(3, '[{"name": "storage", "interface": "net1"}]') },
    { name: 'three replicas, the text form has no static IPs', code: deployment(3, 'storage@net1') },
    { name: 'an empty ips list', code: deployment(3, '[{"name": "storage", "ips": []}]') },
    { name: 'one replica on a NAD with a static address', code: { 'nad.yaml': STATIC_NAD, 'db.yaml': deployment(1, 'storage@net1', '{ type: Recreate }') } },
    // The selection's own ips replace the NAD's addresses (static/main.go: runtimeConfig ips clear them); 'many' covers those.
    { name: 'a NAD with a static address in another namespace, or with host-local', code: { 'nad.yaml': STATIC_NAD.replace('namespace: data', 'namespace: other'), 'hl.yaml': nad('lan', 'data', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "host-local", "subnet": "10.20.0.0/24"}}'), 'db.yaml': deployment(3, 'storage, lan') } },
    { name: 'three replicas on a SriovNetwork whose IPAM is whereabouts', code: { 'sriov.yaml': sriovNetwork('storage', 'data', 'ipam: \'{"type": "whereabouts", "range": "10.10.0.0/24"}\''), 'db.yaml': deployment(3, 'storage@net1') } },
    {
      name: 'a DaemonSet on a one-node cluster',
      code: DAEMON_SET,
      config: { cluster: { nodeCount: 1 } },
    },
  ],
  invalid: [
    {
      name: 'a SriovNetwork whose static IPAM writes the address, attached by three replicas',
      code: { 'sriov.yaml': sriovNetwork('storage', 'sriov-ops', 'networkNamespace: data\nipam: \'{"type": "static", "addresses": [{"address": "10.10.0.5/24"}]}\''), 'db.yaml': deployment(3, 'storage@net1') },
      errors: [{ messageId: 'nadStatic', file: 'db.yaml', line: 11, column: 39, message: /^network "storage" is NetworkAttachmentDefinition data\/storage, whose static IPAM gives every pod 10\.10\.0\.5\/24/ }],
    },
    {
      name: 'one replica rolled out with the default surge: two pods ask for the address during each rollout',
      code: { 'a.yaml': deployment(1, '[{"name": "storage", "ips": ["10.10.0.5/24"]}]', '{}'), 'nad.yaml': STATIC_NAD, 'b.yaml': deployment(1, 'storage@net1', '{ type: RollingUpdate, rollingUpdate: { maxSurge: 1 } }').replace('name: db,', 'name: cache,') },
      errors: [
        {
          messageId: 'surge',
          file: 'a.yaml',
          severity: 'warning',
          line: 12,
          column: 67,
          message: 'static IP 10.10.0.5/24 on network "storage" is in the pod template of a Deployment of one pod that rolls out with maxSurge 25% (the default): each rollout starts the new pod beside the old one asking for the same address (the static IPAM gives it to both, host-local and whereabouts refuse the new pod and the rollout stalls)',
        },
        { messageId: 'surge', file: 'b.yaml', severity: 'warning', line: 12, column: 39, message: /^static IP 10\.10\.0\.5\/24 on network "storage" .* rolls out with maxSurge 1:/ },
      ],
    },
    {
      name: 'three replicas with one fixed MAC',
      code: deployment(3, '[{"name": "storage", "mac": "0a:58:0a:0a:00:05"}]'),
      errors: [{ messageId: 'manyMac', line: 11, column: 67, message: 'MAC 0a:58:0a:0a:00:05 on network "storage" is in the pod template of a Deployment that runs 3 replicas; every pod asks for the same MAC (on one node, macvlan refuses the second: address in use)' }],
    },
    {
      name: 'three replicas with one static IP',
      code: deployment(3, '[{"name": "storage", "ips": ["10.10.0.5/24"]}]'),
      errors: [
        {
          messageId: 'many',
          line: 11,
          column: 67,
          endColumn: 83,
          message: 'static IP 10.10.0.5/24 on network "storage" is in the pod template of a Deployment that runs 3 replicas; every pod asks for the same address',
        },
      ],
    },
    {
      name: 'the key is matched case-insensitively, as Multus does',
      code: deployment(2, '[{"name": "storage", "IPs": ["10.10.0.5/24", "fd00::5/64"]}]'),
      errors: [{ messageId: 'many', line: 11, column: 67, message: /static IP 10.10.0.5\/24, fd00::5\/64 .* runs 2 replicas/ }],
    },
    {
      // containernetworking/plugins plugins/ipam/static (v1.9.1) keeps no allocation state: it hands the
      // configured addresses to every pod that attaches.
      name: "three replicas on a NAD whose static IPAM writes the address, in either form",
      code: { 'nad.yaml': STATIC_NAD, 'db.yaml': deployment(3, 'storage@net1'), 'db2.yaml': deployment(2, '[{"name": "storage", "interface": "net2"}]').replace('name: db,', 'name: db2,') },
      errors: [
        { messageId: 'nadStatic', line: 11, column: 39, file: 'db.yaml', message: 'network "storage" is NetworkAttachmentDefinition data/storage, whose static IPAM gives every pod 10.10.0.5/24, and a Deployment that runs 3 replicas asks for it; every pod gets the same address' },
        { messageId: 'nadStatic', line: 11, column: 49, file: 'db2.yaml', message: /runs 2 replicas asks for it/ },
      ],
    },
    {
      name: 'a DaemonSet when the node count is not known',
      code: DAEMON_SET,
      errors: [{ messageId: 'many', line: 8, column: 64, message: /DaemonSet that runs one pod per node/ }],
    },
  ],
});
