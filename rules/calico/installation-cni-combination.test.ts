import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-cni-combination.js';

const installation = (spec: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'Calico everywhere', code: installation('  calicoNetwork: { bgp: Enabled, hostPorts: Enabled, ipPools: [{ cidr: 10.0.0.0/16, encapsulation: IPIP }] }\n') },
    { name: 'EKS with its defaults (AmazonVPC, policy only)', code: installation('  kubernetesProvider: EKS\n  calicoNetwork: { ipPools: [{ cidr: 172.16.0.0/16, encapsulation: None }] }\n') },
    { name: 'EKS with the Calico CNI plugin', code: installation('  kubernetesProvider: EKS\n  cni: { type: Calico }\n  calicoNetwork: { bgp: Disabled, ipPools: [{ cidr: 172.16.0.0/16, encapsulation: VXLAN }] }\n') },
    { name: 'GKE on a cluster the operator does not recognise', code: installation('  cni: { type: GKE, ipam: { type: HostLocal } }\n') },
  ],
  invalid: [
    {
      name: 'AmazonVPC with Calico IPAM, and GKE on AKS',
      code: `${installation('  kubernetesProvider: EKS\n  cni: { type: AmazonVPC, ipam: { type: Calico } }\n')}---\n${installation('  kubernetesProvider: AKS\n  cni: { type: GKE }\n')}`,
      errors: [
        { messageId: 'ipam', line: 6, column: 41, message: 'spec.cni.ipam.type Calico is not compatible with spec.cni.type AmazonVPC (valid: AmazonVPC): the operator refuses the Installation' },
        { messageId: 'provider', line: 12, column: 23, message: /kubernetesProvider AKS is not compatible with spec.cni.type GKE/ },
      ],
    },
    {
      name: 'Calico networking asked of the AmazonVPC plugin',
      code: installation('  kubernetesProvider: EKS\n  calicoNetwork:\n    bgp: Enabled\n    hostPorts: Enabled\n    multiInterfaceMode: None\n    ipPools: [{ cidr: 172.16.0.0/16, encapsulation: IPIP }]\n'),
      errors: [
        { messageId: 'calicoOnly', line: 7, column: 10, message: /^calicoNetwork.bgp is Enabled with the AmazonVPC CNI plugin/ },
        { messageId: 'calicoOnly', line: 8, column: 16 },
        { messageId: 'calicoOnly', line: 9, column: 25 },
        { messageId: 'calicoOnly', line: 10, column: 53, message: /^calicoNetwork.ipPools\[0\].encapsulation is IPIP/ },
      ],
    },
  ],
});
