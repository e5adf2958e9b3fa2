import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './service-subnet-size.js';

const kubeadm = (serviceSubnet: string) => `
  apiVersion: kubeadm.k8s.io/v1beta3
  kind: ClusterConfiguration
  networking:
    podSubnet: 10.244.0.0/16
    serviceSubnet: ${serviceSubnet}
`;

ruleTester(rule, {
  valid: [
    { name: 'the kubeadm default size', code: kubeadm('10.96.0.0/12') },
    { name: 'a smaller range', code: kubeadm('10.96.0.0/16') },
    { name: 'dual stack within both limits', code: kubeadm('10.96.0.0/16,fd00:10:96::/112') },
    { name: 'kind defaults', code: 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n' },
  ],
  invalid: [
    {
      name: 'an IPv4 /8',
      code: kubeadm('10.0.0.0/8'),
      errors: [{ messageId: 'tooLarge', line: 5, column: 18, message: 'serviceSubnet 10.0.0.0/8 is too large: kubeadm accepts at most a /12 for this family, and cluster creation fails' }],
    },
    {
      name: 'the IPv6 half of a kind dual-stack range',
      code: `
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: dual
          serviceSubnet: 10.96.0.0/16,fd00:10:96::/64
      `,
      errors: [{ messageId: 'tooLarge', line: 5, column: 18, message: /^serviceSubnet fd00:10:96::\/64 is too large: kubeadm accepts at most a \/108/ }],
    },
  ],
});
