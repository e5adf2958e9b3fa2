import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './pod-service-overlap.js';

const kind = (networking: string) => `
  kind: Cluster
  apiVersion: kind.x-k8s.io/v1alpha4
  networking:
${networking}
  nodes:
    - role: control-plane
`;

ruleTester(rule, {
  valid: [
    { name: 'kind defaults', code: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n' },
    { name: 'disjoint kind ranges', code: kind('    podSubnet: 10.244.0.0/16\n    serviceSubnet: 10.96.0.0/16') },
    { name: 'dual stack, disjoint per family', code: kind('    podSubnet: 10.244.0.0/16,fd00:10:244::/56\n    serviceSubnet: 10.96.0.0/16,fd00:10:96::/112') },
    {
      name: 'kubeadm with its default service range',
      code: `
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
      `,
    },
  ],
  invalid: [
    {
      name: 'a kind podSubnet inside the default service range points at the podSubnet',
      code: kind('    podSubnet: 10.96.0.0/20'),
      errors: [{ messageId: 'overlap', line: 4, column: 14, message: 'pod CIDR 10.96.0.0/20 overlaps the Service CIDR 10.96.0.0/16 (kind Cluster default serviceSubnet in test.yaml): pod addresses would be routed as Service IPs' }],
    },
    {
      name: 'both written: the finding is on the service range',
      code: `
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.0.0.0/8
          serviceSubnet: 10.96.0.0/12
      `,
      errors: [{ messageId: 'overlap', line: 5, column: 18, message: /^pod CIDR 10.0.0.0\/8 overlaps the Service CIDR 10.96.0.0\/12 \(kubeadm ClusterConfiguration networking.podSubnet in test.yaml\)/ }],
    },
    {
      name: 'controller-manager and apiserver flags',
      code: `
        apiVersion: v1
        kind: Pod
        metadata: { name: kube-controller-manager, namespace: kube-system }
        spec:
          containers:
            - name: kube-controller-manager
              image: registry.k8s.io/kube-controller-manager:v1.31.0
              command: [kube-controller-manager, --cluster-cidr=10.96.0.0/16, --service-cluster-ip-range=10.96.0.0/12]
      `,
      errors: [{ messageId: 'overlap', line: 8, column: 71, message: /^pod CIDR 10.96.0.0\/16 overlaps the Service CIDR 10.96.0.0\/12 \(Pod kube-controller-manager flag --cluster-cidr in test.yaml\)/ }],
    },
  ],
});
