import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-settings.js';

const installation = (spec: string) => `apiVersion: operator.tigera.io/v1\nkind: Installation\nmetadata: { name: default }\nspec:\n${spec}`;

ruleTester(rule, {
  valid: [
    { name: 'defaults', code: installation('  variant: Calico\n') },
    { name: 'paths, strategy, replicas and a Linux control plane written out', code: installation('  flexVolumePath: /usr/libexec/kubernetes/kubelet-plugins/volume/exec/\n  kubeletVolumePluginPath: None\n  nodeUpdateStrategy: { type: RollingUpdate }\n  controlPlaneNodeSelector: { kubernetes.io/os: linux }\n  controlPlaneReplicas: 2\n') },
    { name: 'VPP with BGP and the Calico variant', code: installation('  calicoNetwork: { linuxDataplane: VPP, bgp: Enabled }\n') },
    { name: 'azure on AKS', code: installation('  kubernetesProvider: AKS\n  azure: { policyMode: Default }\n') },
    // The variant and BGP checks hold for the VPP dataplane only, BGP's EKS default only on EKS; CNI logging for the Calico plugin.
    { name: 'the enterprise variant without VPP, VPP off EKS with BGP unset, CNI logging with the Calico plugin', code: installation('  variant: TigeraSecureEnterprise\n  logging: { cni: { logSeverity: Info } }\n') + '---\n' + installation('  kubernetesProvider: GKE\n  calicoNetwork: { linuxDataplane: VPP }\n') },
  ],
  invalid: [
    {
      name: 'a relative path, no replicas, nonPrivileged, a Windows control plane',
      code: installation('  flexVolumePath: usr/libexec/flex\n  controlPlaneReplicas: 0\n  nonPrivileged: Enabled\n  controlPlaneNodeSelector: { kubernetes.io/os: windows }\n'),
      errors: [
        { messageId: 'refused', line: 5, column: 19, message: 'spec.flexVolumePath "usr/libexec/flex" is not an absolute path (or None): the operator refuses the Installation' },
        { messageId: 'refused', line: 6, column: 25, message: 'spec.controlPlaneReplicas must be greater than 0: the operator refuses the Installation' },
        { messageId: 'refused', line: 7, column: 18, message: /non-privileged Calico is deprecated/ },
        { messageId: 'refused', line: 8, column: 49, message: /selects windows/ },
      ],
    },
    {
      name: 'VPP on EKS (BGP off by default) with host ports off and the enterprise variant; azure off AKS',
      code: installation('  kubernetesProvider: EKS\n  variant: TigeraSecureEnterprise\n  azure: { policyMode: Manual }\n  calicoNetwork: { linuxDataplane: VPP, hostPorts: Disabled }\n'),
      errors: [
        { messageId: 'refused', line: 6, column: 12, message: /VPP dataplane supports only the Calico variant/ },
        { messageId: 'refused', line: 7, column: 3, message: /set without kubernetesProvider AKS/ },
        { messageId: 'refused', line: 8, column: 3, message: /spec.calicoNetwork.bgp is Disabled \(the EKS default\): VPP requires BGP/ },
        { messageId: 'refused', line: 8, column: 52, message: /VPP does not support disabling host ports/ },
      ],
    },
    {
      name: 'an OnDelete node update strategy, BGP turned off under VPP, CNI logging for another CNI plugin',
      code: installation('  nodeUpdateStrategy: { type: OnDelete }\n  calicoNetwork: { linuxDataplane: VPP, bgp: Disabled }\n') + '---\n' + installation('  cni: { type: AmazonVPC }\n  logging: { cni: { logSeverity: Info } }\n'),
      errors: [
        { messageId: 'refused', line: 5, column: 31, message: /spec.nodeUpdateStrategy.type is OnDelete: only RollingUpdate is supported/ },
        { messageId: 'refused', line: 6, column: 46, message: /spec.calicoNetwork.bgp is Disabled: VPP requires BGP/ },
        { messageId: 'refused', line: 13, column: 14, message: /spec.logging.cni is set, but the CNI plugin is AmazonVPC, not Calico/ },
      ],
    },
  ],
});
