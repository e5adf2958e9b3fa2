import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { nad, podWith, sriovNetwork } from './lib/fixtures.js';
import rule from './secondary-default-route.js';

const withGw = nad('flannel-net', 'apps', '{"cniVersion": "0.3.1", "type": "flannel", "delegate": {"isDefaultGateway": true}}');

ruleTester(rule, {
  valid: [
    { name: 'used only as the default network', code: { 'nad.yaml': withGw, 'pod.yaml': podWith('v1.multus-cni.io/default-network: apps/flannel-net') } },
    { name: 'secondary without a default route', code: { 'nad.yaml': nad('flannel-net', 'apps', '{"cniVersion": "0.3.1", "type": "flannel"}'), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-net') } },
    { name: 'the pod asks for the default route', code: {
      'nad.yaml': nad('m', 'apps', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "static", "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.1.1"}]}}'),
      'pod.yaml': podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "m", "ips": ["10.1.1.101/24"], "default-route": ["10.1.1.1"]}]'`),
    } },
    // Multus removes every other network's default route once one is requested (CheckGatewayConfig).
    { name: 'the pod asks for the default route on another network', code: {
      'nad.yaml': `${withGw}---${nad('m', 'apps', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "static"}}')}`,
      'pod.yaml': podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "m", "ips": ["10.1.1.101/24"], "default-route": ["10.1.1.1"]}, {"name": "flannel-net"}]'`),
    } },
    { name: 'a userspace CNI network (memif): its IPAM routes never reach a kernel interface', code: {
      'nad.yaml': nad('memif', 'apps', '{"cniVersion": "0.3.1", "type": "userspace", "name": "memif", "host": {"engine": "vpp", "iftype": "memif"}, "container": {"engine": "vpp", "iftype": "memif"}, "ipam": {"type": "host-local", "subnet": "192.168.210.0/24", "routes": [{"dst": "0.0.0.0/0"}]}}'),
      'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: memif'),
    } },
    {
      name: 'the same SriovNetwork when the pod asks for the default route',
      code: {
        'sriov.yaml': sriovNetwork('vf', 'sriov-ops', 'networkNamespace: apps\nipam: \'{"type": "static", "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.1.1"}]}\''),
        'pod.yaml': podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "vf", "ips": ["10.1.1.101/24"], "default-route": ["10.1.1.1"]}]'`),
      },
    },
  ],
  invalid: [
    {
      name: 'a SriovNetwork whose spec.ipam routes 0.0.0.0/0, attached as a secondary network: at the route inside spec.ipam',
      code: { 'sriov.yaml': sriovNetwork('vf', 'sriov-ops', 'networkNamespace: apps\nipam: \'{"type": "static", "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.1.1"}]}\''), 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: vf') },
      errors: [{ messageId: 'competes', file: 'sriov.yaml', line: 7, column: 48, endColumn: 59, path: ['spec', 'ipam'], message: /Pod apps\/app attaches it/ }],
    },
    {
      name: 'flannel delegate isDefaultGateway on a secondary network',
      code: { 'nad.yaml': withGw, 'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: flannel-net') },
      errors: [{ messageId: 'competes', line: 5, column: 88, file: 'nad.yaml', message: /Pod apps\/app attaches it/ }],
    },
    {
      name: 'static route to 0.0.0.0/0, pod used "gateway" (not a Multus key)',
      code: {
        'nad.yaml': nad('m', 'apps', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "static", "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.1.1"}]}}'),
        'pod.yaml': podWith(`k8s.v1.cni.cncf.io/networks: '[{"name": "m", "gateway": ["10.1.1.1"]}]'`),
      },
      errors: [{ messageId: 'competes', line: 5, column: 101, endColumn: 112 }],
    },
    {
      // The bridge plugin's own isDefaultGateway (plugins/main/bridge: it then adds the default route).
      name: 'bridge isDefaultGateway on a secondary network',
      code: {
        'nad.yaml': nad('br', 'apps', '{"cniVersion": "0.3.1", "type": "bridge", "bridge": "br1", "isDefaultGateway": true, "ipam": {"type": "host-local", "subnet": "10.5.0.0/24"}}'),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: br'),
      },
      errors: [{ messageId: 'competes', line: 5, column: 91 }],
    },
    {
      name: 'an IPv6 default route (::/0)',
      code: {
        'nad.yaml': nad('m6', 'apps', '{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "static", "routes": [{"dst": "::/0", "gw": "fd00::1"}]}}'),
        'pod.yaml': podWith('k8s.v1.cni.cncf.io/networks: m6'),
      },
      errors: [{ messageId: 'competes', line: 5, column: 101 }],
    },
  ],
});
