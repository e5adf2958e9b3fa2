import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-cni-combination.js';

// Expectations follow tigera/operator pkg/controller/installation/validation.go validateCustomResource
// (v1.42.3) and the defaults filled before it (core_controller.go fillDefaults, ippool/defaults.go).

const installation = (spec: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    {
      // validation.go:146 and :205-207 check BGP inside the loop over the pools, and ippool/defaults.go:111-113 defaults
      // no pool without Calico IPAM: a non-Calico CNI with BGP Enabled and no pool passes.
      name: 'non-Calico CNI with BGP Enabled and no pool written',
      code: installation('  kubernetesProvider: EKS\n  calicoNetwork: { bgp: Enabled }\n'),
    },
    { name: 'Calico everywhere', code: installation('  calicoNetwork: { bgp: Enabled, hostPorts: Enabled, ipPools: [{ cidr: 10.0.0.0/16, encapsulation: IPIP }] }\n') },
    { name: 'EKS with its defaults (AmazonVPC, policy only)', code: installation('  kubernetesProvider: EKS\n  calicoNetwork: { ipPools: [{ cidr: 172.16.0.0/16, encapsulation: None }] }\n') },
    { name: 'EKS with the Calico CNI plugin', code: installation('  kubernetesProvider: EKS\n  cni: { type: Calico }\n  calicoNetwork: { bgp: Disabled, ipPools: [{ cidr: 172.16.0.0/16, encapsulation: VXLAN }] }\n') },
    { name: 'GKE on a cluster the operator does not recognise', code: installation('  cni: { type: GKE, ipam: { type: HostLocal } }\n') },
    // validation.go:133-136 refuses a plugin it does not know with its own message: calico/installation-field-values' finding.
    { name: 'a CNI plugin the operator does not know is left to the field-values rule', code: installation('  cni: { type: Flannel }\n') },
    {
      // validation.go:196-199 `case "":` leaves an unset encapsulation to the IP pool controller, which defaults it to
      // None for a non-Calico CNI (ippool/defaults.go:173-178); an empty one fails the CRD enum (the field-values rule's).
      // validation.go:255 checks `MultiInterfaceMode != nil`: null is unset.
      name: 'non-Calico CNI: pools with no or an empty encapsulation, and multiInterfaceMode null',
      code: installation('  kubernetesProvider: EKS\n  calicoNetwork:\n    multiInterfaceMode: null\n    ipPools: [{ cidr: 172.16.0.0/16 }, { cidr: 172.17.0.0/16, encapsulation: "" }]\n'),
    },
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
    {
      // validation.go:51-63: with the Calico CNI only Calico and HostLocal IPAM (the message lists both).
      name: 'Calico CNI with AmazonVPC IPAM: the message lists both IPAM plugins Calico takes',
      code: installation('  cni: { type: Calico, ipam: { type: AmazonVPC } }\n'),
      errors: [{ messageId: 'ipam', line: 5, column: 38, message: 'spec.cni.ipam.type AmazonVPC is not compatible with spec.cni.type Calico (valid: Calico, HostLocal): the operator refuses the Installation' }],
    },
    {
      // Each refusal restates the operator's error: validation.go:202 (encapsulation), :206 (BGP, checked per pool),
      // :245 (hostPorts), :257 (multiInterfaceMode), :263 (containerIPForwarding).
      name: 'non-Calico CNI: each Calico-only setting is refused with the operator\'s reason',
      code: installation('  kubernetesProvider: AKS\n  calicoNetwork:\n    bgp: Enabled\n    hostPorts: Enabled\n    multiInterfaceMode: Multus\n    containerIPForwarding: Enabled\n    ipPools: [{ cidr: 10.0.0.0/16, encapsulation: VXLAN }]\n'),
      errors: [
        { messageId: 'calicoOnly', line: 7, column: 10, message: 'calicoNetwork.bgp is Enabled with the AzureVNET CNI plugin: the operator refuses the Installation (BGP is not supported when using non-Calico CNI)' },
        { messageId: 'calicoOnly', line: 8, column: 16, message: 'calicoNetwork.hostPorts is Enabled with the AzureVNET CNI plugin: the operator refuses the Installation (hostPorts is supported only for Calico CNI)' },
        { messageId: 'calicoOnly', line: 9, column: 25, message: 'calicoNetwork.multiInterfaceMode is set with the AzureVNET CNI plugin: the operator refuses the Installation (multiInterfaceMode is supported only for Calico CNI)' },
        { messageId: 'calicoOnly', line: 10, column: 28, message: 'calicoNetwork.containerIPForwarding is set with the AzureVNET CNI plugin: the operator refuses the Installation (containerIPForwarding is supported only for Calico CNI)' },
        { messageId: 'calicoOnly', line: 11, column: 51, message: 'calicoNetwork.ipPools[0].encapsulation is VXLAN with the AzureVNET CNI plugin: the operator refuses the Installation (encapsulation must be None when using non-Calico CNI)' },
      ],
    },
    {
      // The operator checks every pool (validation.go:146); the eleventh is ipPools[10].
      name: 'the eleventh pool is named ipPools[10] in the message',
      code: installation(`  kubernetesProvider: EKS\n  calicoNetwork:\n    ipPools:\n${Array.from({ length: 10 }, (_, n) => `      - { cidr: 10.${n}.0.0/16, encapsulation: None }\n`).join('')}      - { cidr: 10.10.0.0/16, encapsulation: IPIPCrossSubnet }\n`),
      errors: [{ messageId: 'calicoOnly', line: 18, column: 46, message: /^calicoNetwork\.ipPools\[10\]\.encapsulation is IPIPCrossSubnet with the AmazonVPC CNI plugin/ }],
    },
  ],
});
