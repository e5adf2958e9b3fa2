// What the IPAM plugins do with a requested address (containernetworking/plugins v1.9.1):
// plugins/ipam/static/main.go parses CNI_ARGS IP and runtimeConfig ips with net.ParseCIDR;
// plugins/ipam/host-local/main.go gives each from the range set that Contains it (start/end
// included) and fails with "failed to allocate all requested IPs" otherwise, and
// backend/allocator/allocator.go refuses the range's gateway (written, or the subnet's first
// address by range.go Canonicalize). Multus v4.3.0 passes `ips` as CNI_ARGS IP to every delegate.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { nad, sriovNetwork } from './lib/fixtures.js';
import rule from './requested-ip.js';

const pod = (networks: string, namespace = 'core') => `
  apiVersion: v1
  kind: Pod
  metadata:
    name: upf
    namespace: ${namespace}
    annotations:
      k8s.v1.cni.cncf.io/networks: '${networks}'
  spec:
    containers: [{ name: upf, image: busybox }]
`;
const STATIC = nad('n3', 'core', '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "static"}}');
const HOST_LOCAL = nad('lan', 'core', '{"cniVersion": "0.4.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "host-local", "subnet": "192.168.1.0/24", "rangeStart": "192.168.1.200", "rangeEnd": "192.168.1.216", "gateway": "192.168.1.210"}}');
const HOST_LOCAL_DEFAULT_GW = nad('lan2', 'core', '{"cniVersion": "0.4.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "host-local", "subnet": "10.9.0.0/24"}}');

ruleTester(rule, {
  valid: [
    { name: 'a static address in CIDR form', code: { 'nad.yaml': STATIC, 'pod.yaml': pod('[{"name": "n3", "ips": ["10.10.3.1/24"]}]') } },
    { name: 'host-local addresses inside the range, with or without a prefix', code: { 'nad.yaml': HOST_LOCAL, 'pod.yaml': pod('[{"name": "lan", "ips": ["192.168.1.205", "192.168.1.216/24"]}]') } },
    {
      name: 'nothing to judge by: no such NAD here, whereabouts, a plugin that does its own IPAM',
      code: {
        'wb.yaml': nad('wb', 'core', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "whereabouts", "range": "10.0.0.0/24"}}'),
        'calico.yaml': nad('cal', 'core', '{"cniVersion": "0.3.1", "type": "calico", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}'),
        'pod.yaml': pod('[{"name": "missing", "ips": ["10.9.9.9"]}, {"name": "wb", "ips": ["172.16.0.1"]}, {"name": "cal", "ips": ["172.16.0.2/24"]}]'),
      },
    },
    { name: 'an address inside the host-local range of a SriovNetwork', code: { 'sriov.yaml': sriovNetwork('fh', 'sriov-ops', 'networkNamespace: core\nipam: \'{"type": "host-local", "subnet": "10.20.0.0/24"}\''), 'pod.yaml': pod('[{"name": "fh", "ips": ["10.20.0.9/24"]}]') } },
  ],
  invalid: [
    {
      name: 'an address outside the host-local range of a SriovNetwork',
      code: { 'sriov.yaml': sriovNetwork('fh', 'sriov-ops', 'networkNamespace: core\nipam: \'{"type": "host-local", "subnet": "10.20.0.0/24"}\''), 'pod.yaml': pod('[{"name": "fh", "ips": ["10.30.0.9/24"]}]') },
      errors: [{ messageId: 'outsideRange', file: 'pod.yaml', line: 7, column: 59, message: '10.30.0.9/24 is in no range of network "fh" (NetworkAttachmentDefinition core/fh: host-local 10.20.0.0/24): host-local fails with "failed to allocate all requested IPs"' }],
    },
    {
      // A 5G lab's UPF pod (the shape of niloysh/open5gs-k8s) with a bare address on a static network.
      name: 'a bare address on a static network',
      code: { 'nad.yaml': STATIC, 'pod.yaml': pod('[{"name": "n3", "ips": ["10.10.3.1"]}]') },
      errors: [{ messageId: 'staticCidr', line: 7, column: 59, file: 'pod.yaml', message: '"10.10.3.1" has no prefix length, and network "n3" (NetworkAttachmentDefinition core/n3) uses static IPAM, which takes a requested address only in CIDR form ("expected to be in CIDR notation"): write it like 10.10.3.1/24' }],
    },
    {
      name: 'host-local: an address outside the range, and the gateways (written, and the default first address)',
      code: { 'nad.yaml': HOST_LOCAL, 'nad2.yaml': HOST_LOCAL_DEFAULT_GW, 'pod.yaml': pod('[{"name": "lan", "ips": ["192.168.2.5/24", "192.168.1.210"]}, {"name": "lan2", "ips": ["10.9.0.1"]}]') },
      errors: [
        { messageId: 'outsideRange', line: 7, column: 60, file: 'pod.yaml', message: '192.168.2.5/24 is in no range of network "lan" (NetworkAttachmentDefinition core/lan: host-local 192.168.1.200-192.168.1.216): host-local fails with "failed to allocate all requested IPs"' },
        { messageId: 'gateway', line: 7, column: 78, file: 'pod.yaml', message: /^192\.168\.1\.210 is the gateway of network "lan"/ },
        { messageId: 'gateway', line: 7, column: 122, file: 'pod.yaml', message: /^10\.9\.0\.1 is the gateway of network "lan2"/ },
      ],
    },
  ],
});
