import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { KIND_10_244, netConf } from './lib/fixtures.js';
import rule from './network-overlap.js';
import { calicoNode } from '../calico/lib/test-manifests.js';

/** calico-config's CNI template (as in canal's manifests) with the calico plugin's IPAM section. */
const canalConfig = (ipam: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: canal-config, namespace: kube-system }\ndata:\n  cni_network_config: '{"name": "k8s-pod-network", "cniVersion": "0.3.1", "plugins": [{"type": "calico", "ipam": ${ipam}}, {"type": "portmap", "capabilities": {"portMappings": true}}]}'\n`;
const pool = (cidr: string) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: business }\nspec: { cidr: ${cidr} }\n`;

ruleTester(rule, {
  valid: [
    // flannel main.go (v0.28.9): net-conf.json is read only with --kube-subnet-mgr, which takes node subnets
    // from their podCIDR; kops sets Network to its non-masquerade range 100.64.0.0/10 around pods and Services.
    { name: "Network around the service CIDR (kops' non-masquerade range)", code: { 'kind.yaml': KIND_10_244.replace('10.96.0.0/16', '100.64.0.0/13'), 'flannel.yaml': netConf('{"Network": "100.64.0.0/10", "Backend": {"Type": "vxlan"}}') } },
    // KubeOne's canal: calico-node creates its env pool, but the calico plugin takes addresses from host-local.
    { name: 'canal: a calico-node env pool while the calico plugin uses host-local', code: { 'node.yaml': calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_NETWORKING_BACKEND: 'none' }), 'cni.yaml': canalConfig('{"type": "host-local", "subnet": "usePodCidr"}'), 'flannel.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') } },
    { name: 'split cluster CIDR: flannel low half, Calico high half', code: { 'pool.yaml': pool('10.244.128.0/17'), 'kind.yaml': KIND_10_244, 'flannel.yaml': netConf('{"Network": "10.244.0.0/17", "Backend": {"Type": "vxlan"}}') } },
  ],
  invalid: [
    {
      name: 'same range as the Calico pool',
      code: { 'pool.yaml': pool('10.244.0.0/16'), 'flannel.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') },
      errors: [{ messageId: 'pool', line: 5, column: 31, endColumn: 46, file: 'flannel.yaml', message: /IPPool business \(10.244.0.0\/16\)/ }],
    },
    {
      // A Calico pool that does hand out addresses, beside a canal-like config of another network.
      name: 'the env pool of calico-node with calico-ipam',
      code: { 'node.yaml': calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16' }), 'cni.yaml': canalConfig('{"type": "calico-ipam"}'), 'flannel.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}') },
      errors: [{ messageId: 'pool', line: 5, column: 31, file: 'flannel.yaml' }],
    },
  ],
});
