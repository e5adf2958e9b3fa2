import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-nat-outgoing-disabled.js';
import { calicoNode } from './lib/test-manifests.js';

/** calico-config's CNI template (as in Canal's manifests) with the calico plugin's IPAM section. */
const canalConfig = (ipam: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: canal-config, namespace: kube-system }\ndata:\n  cni_network_config: '{"name": "k8s-pod-network", "cniVersion": "0.3.1", "plugins": [{"type": "calico", "ipam": ${ipam}}]}'\n`;
const noNat = calicoNode({ CALICO_IPV4POOL_CIDR: '10.244.0.0/16', CALICO_IPV4POOL_NAT_OUTGOING: 'false' });

ruleTester(rule, {
  valid: [
    // Canal's manifest: "CALICO_IPV4POOL_NAT_OUTGOING set to false (this NAT is already performed by flannel)".
    { name: 'canal: the calico plugin takes addresses from host-local, and flannel masquerades', code: { 'node.yaml': noNat, 'cni.yaml': canalConfig('{"type": "host-local", "subnet": "usePodCidr"}') } },
    // evaluateENVBool does not trim: "FALSE " is not false, so the env default pool NATs.
    { name: 'an env pool whose NAT value has a trailing space is read as true', code: calicoNode({ CALICO_IPV4POOL_CIDR: '10.0.0.0/16', CALICO_IPV4POOL_NAT_OUTGOING: 'FALSE ' }) },
    { name: 'natOutgoing true', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.0.0.0/16, natOutgoing: true }
    ` },
    { name: 'operator pool defaults to Enabled; IPv6 pools are not reported', code: `
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: { name: default }
      spec:
        calicoNetwork:
          ipPools:
            - cidr: 10.0.0.0/16
            - cidr: "fd00::/48"
              natOutgoing: Disabled
    ` },
  ],
  invalid: [
    {
      name: 'the same pool when the calico plugin takes its addresses from it',
      code: { 'node.yaml': noNat, 'cni.yaml': canalConfig('{"type": "calico-ipam"}') },
      errors: [{ messageId: 'off', file: 'node.yaml', line: 14, column: 22, severity: 'info' }],
    },
    {
      name: 'explicit false',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: routable }
        spec:
          cidr: 10.0.0.0/16
          natOutgoing: false
      `,
      errors: [{ messageId: 'off', line: 6, column: 16, severity: 'info', message: 'IPPool routable (10.0.0.0/16) does not NAT outgoing traffic: pod IPs leave the cluster un-NATed, so firewalls and routers must know this range' }],
    },
    {
      name: 'unset on an IPPool points at spec',
      code: `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.0.0.0/16
      `,
      errors: [{ messageId: 'off', line: 4, column: 1, message: /natOutgoing is unset/ }],
    },
  ],
});
