import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './ippool-outside-pod-cidr.js';

const kind = `
  apiVersion: kind.x-k8s.io/v1alpha4
  kind: Cluster
  networking:
    disableDefaultCNI: true
    podSubnet: 192.168.0.0/16
`;

ruleTester(rule, {
  valid: [
    { name: 'pool inside the kind podSubnet', code: { 'kind.yaml': kind, 'pool.yaml': `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 192.168.0.0/17 }
    ` } },
    { name: 'no pod CIDR known', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 192.168.0.0/16 }
    ` },
    { name: 'operator pool inside kind\'s default podSubnet', code: {
      'kind.yaml': `
        apiVersion: kind.x-k8s.io/v1alpha4
        kind: Cluster
        networking: { disableDefaultCNI: true }
      `,
      'installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 10.244.0.0/17
        `,
    } },
    {
      // tigera/operator pkg/controller/ippool: a pool is accepted when any platform CIDR holds it.
      name: 'operator pools inside one of a dual-stack kubeadm podSubnet\'s two ranges',
      code: {
        'kubeadm.yaml': `
          apiVersion: kubeadm.k8s.io/v1beta3
          kind: ClusterConfiguration
          networking: { podSubnet: "10.244.0.0/16,fd00:10:244::/56" }
        `,
        'installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 10.244.0.0/17
                - cidr: "fd00:10:244::/64"
        `,
      },
    },
    { name: 'a pool inside the second of two pod CIDRs of its family', code: {
      'pool.yaml': `
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: { name: p }
        spec: { cidr: 10.2.0.0/24 }
      `,
    }, config: { cluster: { podCIDR: ['10.1.0.0/16', '10.2.0.0/16'] } } },
    { name: 'an IPv4 pool where only an IPv6 pod CIDR is known', code: `
      apiVersion: projectcalico.org/v3
      kind: IPPool
      metadata: { name: p }
      spec: { cidr: 10.2.0.0/24 }
    `, config: { cluster: { podCIDR: ['fd00:10:244::/56'] } } },
  ],
  invalid: [
    {
      name: 'pool outside the controller-manager --cluster-cidr',
      code: {
        'kcm.yaml': `
          apiVersion: v1
          kind: Pod
          metadata: { name: kube-controller-manager, namespace: kube-system }
          spec:
            containers:
              - name: kube-controller-manager
                command: [kube-controller-manager, --cluster-cidr=10.244.0.0/16]
        `,
        'pool.yaml': `
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata: { name: p }
          spec:
            cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'outside', file: 'pool.yaml', line: 5, column: 9, severity: 'warning', message: 'IPPool p (192.168.0.0/16) is not inside the cluster pod CIDR 10.244.0.0/16 (Pod kube-controller-manager flag --cluster-cidr in kcm.yaml)' }],
    },
    {
      name: 'the same pod CIDR from two kind configs is named once',
      code: {
        'a/kind.yaml': kind.replace('192.168.0.0/16', '10.244.0.0/16'),
        'b/kind.yaml': kind.replace('192.168.0.0/16', '10.244.0.0/16'),
        'pool.yaml': `
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata: { name: p }
          spec:
            cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'outside', file: 'pool.yaml', line: 5, column: 9, message: /is not inside the cluster pod CIDR 10\.244\.0\.0\/16 \(/ }],
    },
    {
      name: 'operator pool outside kubeadm podSubnet is an error',
      code: {
        'kubeadm.yaml': `
          apiVersion: kubeadm.k8s.io/v1beta3
          kind: ClusterConfiguration
          networking: { podSubnet: 10.244.0.0/16 }
        `,
        'installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'operatorRefuses', file: 'installation.yaml', line: 7, column: 15, severity: 'error', message: /^Installation pool default-ipv4-ippool \(192.168.0.0\/16\) is not inside the platform pod CIDR 10.244.0.0\/16 \(kubeadm ClusterConfiguration networking.podSubnet in kubeadm.yaml\): the operator refuses it/ }],
    },
    {
      name: 'operator pool outside kind\'s default podSubnet, the kind config one folder up: error',
      code: {
        'kind.yaml': `
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          nodes: [{ role: control-plane }]
        `,
        'calico/installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'operatorRefuses', file: 'calico/installation.yaml', line: 7, column: 15, severity: 'error', message: /not inside the platform pod CIDR 10.244.0.0\/16 \(kind Cluster default podSubnet in kind.yaml\)/ }],
    },
    {
      name: 'an IPv6 operator pool with only an IPv4 kubeadm podSubnet: the operator refuses it too',
      code: {
        'kubeadm.yaml': `
          apiVersion: kubeadm.k8s.io/v1beta3
          kind: ClusterConfiguration
          networking: { podSubnet: 10.244.0.0/16 }
        `,
        'installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: "fd00:10:244::/64"
        `,
      },
      errors: [{ messageId: 'operatorRefuses', file: 'installation.yaml', line: 7, column: 15, severity: 'error' }],
    },
    {
      name: 'operator pool outside kind\'s podSubnet, the kind config in a parent folder (not the root): error',
      code: {
        'clusters/dev/kind.yaml': `
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking: { podSubnet: 10.42.0.0/16 }
        `,
        'clusters/dev/calico/installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'operatorRefuses', file: 'clusters/dev/calico/installation.yaml', line: 7, column: 15, severity: 'error' }],
    },
    {
      // The operator checks pools against kubeadm's podSubnet only for Calico as the CNI and off OpenShift; the pool is still
      // outside the pod CIDR kube-proxy knows, so a warning.
      name: 'operator pools outside the podSubnet of an Installation whose CNI is not Calico, or on OpenShift: warnings',
      code: {
        'kubeadm.yaml': `
          apiVersion: kubeadm.k8s.io/v1beta3
          kind: ClusterConfiguration
          networking: { podSubnet: 10.244.0.0/16 }
        `,
        'a/installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            cni: { type: AmazonVPC }
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
        'b/installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            kubernetesProvider: OpenShift
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
      },
      errors: [
        { messageId: 'outside', file: 'a/installation.yaml', line: 8, column: 15, severity: 'warning' },
        { messageId: 'outside', file: 'b/installation.yaml', line: 8, column: 15, severity: 'warning' },
      ],
    },
    {
      name: 'a kind config in a sibling folder may be another cluster: a warning',
      code: {
        'flannel/kind.yaml': `
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking: { podSubnet: 10.42.0.0/16 }
        `,
        'calico/installation.yaml': `
          apiVersion: operator.tigera.io/v1
          kind: Installation
          metadata: { name: default }
          spec:
            calicoNetwork:
              ipPools:
                - cidr: 192.168.0.0/16
        `,
      },
      errors: [{ messageId: 'outside', file: 'calico/installation.yaml', line: 7, column: 15, severity: 'warning' }],
    },
  ],
});
