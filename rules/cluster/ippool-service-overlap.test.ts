import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-service-overlap.js';

const kubeadm = `
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  networking:
    podSubnet: 10.244.0.0/16
`;

ruleTester(rule, {
  valid: [
    { name: 'pool beside the default 10.96.0.0/12', code: { 'kubeadm.yaml': kubeadm, 'pool.yaml': `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.244.0.0/16 }
    ` } },
    { name: 'no service CIDR known', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.96.0.0/16 }
    ` },
    { name: 'a BGPConfiguration other than default advertises nothing (Calico reads only default)', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: { name: node.rack-1 }
      spec: { serviceClusterIPs: [{ cidr: 10.96.0.0/12 }] }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.96.0.0/16 }
    ` },
    { name: 'pool beside the advertised Service cluster IPs', code: `
      apiVersion: projectcalico.org/v3
      kind: BGPConfiguration
      metadata: { name: default }
      spec: { serviceClusterIPs: [{ cidr: 10.96.0.0/12 }] }
      ---
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 192.168.0.0/16 }
    ` },
  ],
  invalid: [
    {
      name: 'pool inside the Service cluster IPs the default BGPConfiguration advertises',
      code: { 'bgp.yaml': `
        apiVersion: projectcalico.org/v3
        kind: BGPConfiguration
        metadata: { name: default }
        spec:
          serviceClusterIPs:
            - cidr: 10.96.0.0/12
      `, 'pool.yaml': `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.96.0.0/16
      ` },
      errors: [{ messageId: 'advertised', file: 'pool.yaml', line: 5, column: 9, message: 'IPPool p (10.96.0.0/16) overlaps the Service cluster IPs 10.96.0.0/12 that Calico advertises over BGP (BGPConfiguration default serviceClusterIPs in bgp.yaml)' }],
    },
    {
      name: 'an Installation pool inside the Installation\'s own serviceCIDRs',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          serviceCIDRs: [10.96.0.0/12]
          calicoNetwork:
            ipPools:
              - cidr: 10.100.0.0/16
      `,
      errors: [{ messageId: 'overlap', line: 8, column: 15, message: 'Installation pool default-ipv4-ippool (10.100.0.0/16) overlaps the Service CIDR 10.96.0.0/12 (Installation default serviceCIDRs in test.yaml)' }],
    },
    {
      name: 'pool inside the kubeadm default service range',
      code: { 'kubeadm.yaml': kubeadm, 'pool.yaml': `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec:
          cidr: 10.100.0.0/16
      ` },
      errors: [{ messageId: 'overlap', file: 'pool.yaml', line: 5, column: 9, message: 'IPPool p (10.100.0.0/16) overlaps the Service CIDR 10.96.0.0/12 (kubeadm ClusterConfiguration default serviceSubnet in kubeadm.yaml)' }],
    },
    {
      name: 'calico-node default pool from env against .netlint.yaml serviceCIDR',
      code: `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: calico-node, namespace: kube-system }
        spec:
          template:
            spec:
              containers:
                - name: calico-node
                  env:
                    - name: CALICO_IPV4POOL_CIDR
                      value: "172.20.0.0/16"
      `,
      config: { cluster: { serviceCIDR: '172.20.0.0/20' } },
      errors: [{ messageId: 'overlap', line: 11, column: 22 }],
    },
  ],
});
