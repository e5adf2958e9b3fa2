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
    {
      // validation.go (v1.42.3): CNI log limits above 0 and a size in the binary format; a policy setup timeout of 0 with an
      // unset (Iptables) or BPF dataplane; override minReadySeconds 0; mount-bpffs alone; FIPS with the Calico variant.
      name: 'CNI log limits, a policy setup timeout, override settings at their limits, FIPS with Calico',
      code:
        installation("  logging: { cni: { logFileMaxCount: 10, logFileMaxAgeDays: 30, logFileMaxSize: 100Mi } }\n  calicoNetwork: { linuxPolicySetupTimeoutSeconds: 0 }\n  fipsMode: Enabled\n  typhaDeployment: { spec: { minReadySeconds: 0, template: { spec: { terminationGracePeriodSeconds: 0 } } } }\n  calicoNodeDaemonSet: { spec: { template: { spec: { initContainers: [{ name: mount-bpffs }] } } } }\n") +
        '---\n' +
        installation('  logging: { cni: { logFileMaxSize: 1.5Gi } }\n  calicoNetwork: { linuxDataplane: BPF, linuxPolicySetupTimeoutSeconds: 5 }\n'),
    },
    {
      // common.WindowsEnabled: a Windows dataplane written and not Disabled. With it: service CIDRs and a VXLAN or None
      // first IPv4 pool (an unset encapsulation is the IP pool controller's to fill). A non-Calico CNI needs neither.
      name: 'Calico for Windows with service CIDRs and a VXLAN pool; with an IPv6 pool first; with AzureVNET',
      code:
        installation('  serviceCIDRs: [10.96.0.0/12]\n  windowsNodes: { cniBinDir: /opt/cni/bin }\n  calicoNetwork: { windowsDataplane: HNS, bgp: Disabled, ipPools: [{ cidr: 192.168.0.0/16, encapsulation: VXLAN }] }\n') +
        '---\n' +
        installation('  serviceCIDRs: [10.96.0.0/12]\n  calicoNetwork: { windowsDataplane: HNS, ipPools: [{ cidr: "fd00::/64", encapsulation: VXLANCrossSubnet }, { cidr: 10.0.0.0/16, encapsulation: None }, { cidr: 10.1.0.0/16, encapsulation: IPIP }] }\n') +
        '---\n' +
        installation('  kubernetesProvider: AKS\n  calicoNetwork: { windowsDataplane: HNS, ipPools: [{ cidr: 10.0.0.0/16 }] }\n'),
    },
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
    {
      name: 'CNI log limits of 0, sizes not in the binary format, a negative policy setup timeout',
      code:
        installation('  logging: { cni: { logFileMaxCount: 0, logFileMaxAgeDays: 0, logFileMaxSize: 10M } }\n  calicoNetwork: { linuxPolicySetupTimeoutSeconds: -1 }\n') +
        '---\n' +
        installation('  logging: { cni: { logFileMaxSize: 1024 } }\n') +
        '---\n' +
        installation('  logging: { cni: { logFileMaxSize: 0Ki } }\n'),
      errors: [
        { messageId: 'refused', line: 5, column: 38, message: 'spec.logging.cni.logFileMaxCount must be greater than 0: the operator refuses the Installation' },
        { messageId: 'refused', line: 5, column: 60, message: /^spec.logging.cni.logFileMaxAgeDays must be greater than 0/ },
        { messageId: 'refused', line: 5, column: 79, message: 'spec.logging.cni.logFileMaxSize is "10M", which is not in the binary format: the operator takes only a size with a binary suffix (Ki, Mi, Gi, Ti, Pi, Ei): the operator refuses the Installation' },
        { messageId: 'refused', line: 6, column: 52, message: /^spec.calicoNetwork.linuxPolicySetupTimeoutSeconds must not be negative/ },
        { messageId: 'refused', line: 12, column: 37, message: /^spec.logging.cni.logFileMaxSize is the plain number 1024/ },
        { messageId: 'refused', line: 18, column: 37, message: /^spec.logging.cni.logFileMaxSize is "0Ki": the size must be greater than 0/ },
      ],
    },
    {
      name: 'a policy setup timeout with VPP; negative override settings; mount-bpffs with ebpf-bootstrap',
      code: installation(
        '  calicoNetwork: { linuxDataplane: VPP, bgp: Enabled, linuxPolicySetupTimeoutSeconds: 10 }\n  csiNodeDriverDaemonSet: { spec: { minReadySeconds: -1 } }\n  calicoKubeControllersDeployment: { spec: { template: { spec: { terminationGracePeriodSeconds: -5 } } } }\n  calicoNodeDaemonSet: { spec: { template: { spec: { initContainers: [{ name: ebpf-bootstrap }, { name: x }, { name: mount-bpffs }] } } } }\n',
      ),
      errors: [
        { messageId: 'refused', line: 5, column: 87, message: /linuxPolicySetupTimeoutSeconds is set with the VPP dataplane: it works only with the Iptables, Nftables and BPF dataplanes/ },
        { messageId: 'refused', line: 6, column: 54, message: /^spec.csiNodeDriverDaemonSet.spec.minReadySeconds must not be negative/ },
        { messageId: 'refused', line: 7, column: 97, message: /terminationGracePeriodSeconds must not be negative/ },
        { messageId: 'refused', line: 8, column: 118, message: 'spec.calicoNodeDaemonSet.spec.template.spec.initContainers holds both mount-bpffs and ebpf-bootstrap, which exclude each other: the operator refuses the Installation' },
      ],
    },
    {
      name: 'windowsNodes without Windows; Windows without service CIDRs or with an IPIP first IPv4 pool; FIPS with Enterprise',
      code:
        installation('  windowsNodes: {}\n  calicoNetwork: { windowsDataplane: Disabled }\n') +
        '---\n' +
        installation('  calicoNetwork: { windowsDataplane: HNS, ipPools: [{ cidr: 10.0.0.0/16, encapsulation: IPIPCrossSubnet }] }\n') +
        '---\n' +
        installation('  variant: TigeraSecureEnterprise\n  fipsMode: Enabled\n'),
      errors: [
        { messageId: 'refused', line: 5, column: 3, message: /^spec.windowsNodes is set, but Calico for Windows is not enabled/ },
        { messageId: 'refused', line: 11, column: 1, message: /^spec.serviceCIDRs is not set: the Calico CNI plugin on Windows needs the service CIDRs/ },
        { messageId: 'refused', line: 12, column: 89, message: /^spec.calicoNetwork.ipPools uses IPIPCrossSubnet for its first IPv4 pool: Calico for Windows supports only VXLAN and None/ },
        { messageId: 'refused', line: 19, column: 13, message: /^spec.fipsMode is Enabled with the TigeraSecureEnterprise variant/ },
      ],
    },
  ],
});
