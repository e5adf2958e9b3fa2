/**
 * The Tigera operator's own unit tests of how it validates and defaults an Installation, retold as
 * manifests: tigera/operator at v1.42.3, pkg/controller/installation/validation_test.go (tests of
 * validateCustomResource, validation.go) and defaults_test.go (tests of fillDefaults,
 * core_controller.go). Each case names the line of its `It(` or `Entry(` at that tag (and, for the
 * entry lists several tables share, the table's `DescribeTable(` line). The cases come from
 * upstream, not from netlint's output.
 *
 * The manifest is what the user writes. Most validation tests change a base Installation their
 * BeforeEach builds (validation_test.go:37-54); it is restated once (BASE) and each case as its
 * changes. The operator always fills defaults before it validates (core_controller.go:847-857:
 * updateInstallationWithDefaults, then validateCustomResource), so a field a case leaves unset is
 * judged with its default (fillDefaults, core_controller.go:473-754); a case that relies on one says
 * so. An IP pool list a defaults test hands fillDefaults (the pools already in the cluster) is
 * written beside the Installation as projectcalico.org/v3 IPPools. The Windows tests assume the
 * operator knows the API server's address (k8sapi.Endpoint, from its KUBERNETES_SERVICE_HOST and
 * _PORT); netlint cannot see that and must not refuse for it.
 *
 * Left out, with the reason:
 * - validation_test.go:835 (linuxPolicySetupTimeoutSeconds with no linuxDataplane, refused): the
 *   test calls validateCustomResource without fillDefaults, which sets an unset linuxDataplane to
 *   Iptables first (core_controller.go:550-553), so no manifest reaches that refusal. (:656, `cni: {}`
 *   refused, is the same kind of test, but the CRD requires cni.type, so the manifest is refused by
 *   the API server: it is kept.)
 * - validation_test.go:854: sets linuxPolicySetupTimeoutSeconds with Iptables and asserts nothing.
 * - validation_test.go:1102 and :1140: refusals for an operator that does not know the API server's
 *   address (its environment, not a manifest).
 * - validation_test.go:1161, second half: it sets minReadySeconds -1 but asserts the error of the
 *   first half again without validating (the same object is refused at :1215, restated there).
 * - defaults_test.go:535 (updateInstallationForAWSNode): reads the aws-node DaemonSet of a running
 *   cluster and validates nothing.
 * - The assertions on which values fillDefaults writes (LogSeverity Info, ControlPlaneReplicas 2, the
 *   filled CalicoNetwork, ...): netlint does not rewrite the Installation. Each such test is kept
 *   where it validates the result, or where the filled value decides validation (FlexVolumePath,
 *   KubeletVolumePluginPath and IPAM defaults: an empty one would be refused, validation.go:51-64,
 *   :294-303).
 *
 * Every built-in rule runs. A case upstream refuses needs an error from some rule at the field
 * upstream's error names; a case upstream accepts must have no error and no unknown-field warning.
 * Where netlint answers otherwise the case sits in DISAGREEMENTS, which holds netlint's current
 * answer so that it fails once netlint follows upstream.
 */
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';

type Spec = Record<string, unknown>;

interface Case {
  file: 'validation_test.go' | 'defaults_test.go';
  /** The line of upstream's `It(` or `Entry(` (or lines, when upstream builds the same object again). */
  line: number | number[];
  /** The `DescribeTable(` line, when the entry sits in a list several tables share. */
  table?: number;
  /** What upstream's test checks, in our words. */
  name: string;
  spec: Spec;
  /** Other objects the test hands the operator (the IP pools already in the cluster). */
  others?: string[];
  /** The field upstream refuses (`spec.x.y`); absent when upstream accepts the Installation. */
  rejectAt?: string;
}

/** A field the test removes from the base. */
const DROP = Symbol('drop');
/** A value that replaces the base's rather than merging into it. */
class Whole {
  constructor(readonly value: Spec) {}
}
const whole = (value: Spec) => new Whole(value);
const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Whole);

function apply(base: unknown, change: unknown): unknown {
  if (change instanceof Whole) return structuredClone(change.value);
  if (!isPlain(change) || !isPlain(base)) return structuredClone(change);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(change)) {
    if (v === DROP) delete out[k];
    else out[k] = apply(out[k], v);
  }
  return out;
}

/** validation_test.go:37-54, the Installation the validation tests start from. */
const BASE: Spec = {
  calicoNetwork: {},
  flexVolumePath: '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/',
  nodeUpdateStrategy: { type: 'RollingUpdate' },
  variant: 'Calico',
  cni: { type: 'Calico', ipam: { type: 'Calico' } },
  componentResources: [],
  kubeletVolumePluginPath: '/var/lib/kubelet',
};

/** validation_test.go:1061-1082, the Windows tests' base on top of BASE. */
const WINDOWS: Spec = apply(BASE, {
  calicoNetwork: whole({
    windowsDataplane: 'HNS',
    ipPools: [{ cidr: '192.168.0.0/16', blockSize: 28, encapsulation: 'VXLAN', natOutgoing: 'Enabled', nodeSelector: 'all()' }],
    bgp: 'Disabled',
  }),
  serviceCIDRs: ['10.96.0.0/12'],
}) as Spec;

/** An IP pool as the validation tests write it. */
const pool = (cidr: string, encapsulation: string, nodeSelector = 'all()') => ({ cidr, natOutgoing: 'Enabled', encapsulation, nodeSelector });

/** A validation test: BASE with the test's changes. */
const v = (line: number | number[], name: string, changes: Spec, rejectAt?: string, from: Spec = BASE): Case => ({ file: 'validation_test.go', line, name, spec: apply(from, changes) as Spec, rejectAt });
/** A validation test entry from a list shared by several tables. */
const vt = (table: number, line: number, name: string, changes: Spec, rejectAt?: string): Case => ({ ...v(line, name, changes, rejectAt), table });
const win = (line: number, name: string, changes: Spec, rejectAt?: string) => v(line, name, changes, rejectAt, WINDOWS);
/** A test that builds its own Installation (no BASE). */
const own = (file: Case['file'], line: number | number[], name: string, spec: Spec, extra: Partial<Case> = {}): Case => ({ file, line, name, spec, ...extra });
const d = (line: number | number[], name: string, spec: Spec, extra: Partial<Case> = {}) => own('defaults_test.go', line, name, spec, extra);
/** The pools a defaults test hands fillDefaults, as the v3 IPPools the operator lists. */
const clusterPools = (...cidrs: string[]) => cidrs.map((cidr, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: pool-${i + 1} }\nspec:\n  cidr: ${JSON.stringify(cidr)}\n`);

const BAD_METADATA = {
  metadata: {
    labels: { 'NoUppercaseOrSpecialCharsLike=Equals': 'b', 'WowNoUppercaseOrSpecialCharsLike=Equals': 'b' },
    annotations: { 'AnnotNoUppercaseOrSpecialCharsLike=Equals': 'bar' },
  },
};
const BAD_LABEL = 'metadata.labels.NoUppercaseOrSpecialCharsLike=Equals';

/** The non-Calico plugins and their IPAM (validation_test.go:666-670), shared by tables at :671, :678, :725, :739, :753, :767. */
const NON_CALICO = [
  { entry: 667, cni: 'GKE', ipam: 'HostLocal' },
  { entry: 668, cni: 'AmazonVPC', ipam: 'AmazonVPC' },
  { entry: 669, cni: 'AzureVNET', ipam: 'AzureVNET' },
];
const nonCalico = (table: number, name: string, changes: Spec, rejectAt?: string) =>
  NON_CALICO.map((p) => vt(table, p.entry, `${p.cni}: ${name}`, apply({ cni: whole({ type: p.cni, ipam: { type: p.ipam } }) }, changes) as Spec, rejectAt));

const IPAMS = ['Calico', 'HostLocal', 'AmazonVPC', 'AzureVNET'];

const CASES: Case[] = [
  // IP families, BPF and encapsulation.
  v(56, 'an IPv6 pool with BPF', { calicoNetwork: { bgp: 'Enabled', linuxDataplane: 'BPF', ipPools: [pool('1eef::/64', 'None')], nodeAddressAutodetectionV6: { canReach: '2001:4860:4860::8888' } } }),
  v(104, 'an IPv6 pool with VXLAN', { calicoNetwork: { ipPools: [pool('1eef::/64', 'VXLAN')] } }),
  v(104, 'an IPv6 pool with VXLANCrossSubnet', { calicoNetwork: { ipPools: [pool('1eef::/64', 'VXLANCrossSubnet')] } }),
  v(120, 'an IPv6 pool with IPIP', { calicoNetwork: { ipPools: [pool('1eef::/64', 'IPIP')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  v(120, 'an IPv6 pool with IPIPCrossSubnet', { calicoNetwork: { ipPools: [pool('1eef::/64', 'IPIPCrossSubnet')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),

  // Node address autodetection.
  v(136, 'two IPv4 autodetection methods', { calicoNetwork: { nodeAddressAutodetectionV4: { canReach: '8.8.8.8', kubernetes: 'NodeInternalIP' } } }, 'spec.calicoNetwork.nodeAddressAutodetectionV4'),
  v(146, 'IPv4 autodetection by the Kubernetes node IP', { calicoNetwork: { nodeAddressAutodetectionV4: { kubernetes: 'NodeInternalIP' } } }),

  // Host ports with BPF.
  v(155, 'host ports Enabled with BPF', { calicoNetwork: { linuxDataplane: 'BPF', hostPorts: 'Enabled', nodeAddressAutodetectionV4: { canReach: '8.8.8.8' } } }),
  v(167, 'host ports Disabled with BPF', { calicoNetwork: { linuxDataplane: 'BPF', hostPorts: 'Disabled', nodeAddressAutodetectionV4: { canReach: '8.8.8.8' } } }),

  // VPP.
  v([179, 192, 205], 'VPP with BGP, the Calico variant and the Calico CNI plugin', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Enabled' } }),
  v(179, 'VPP with the TigeraSecureEnterprise variant', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Enabled' }, variant: 'TigeraSecureEnterprise' }, 'spec.variant'),
  // The base keeps Calico IPAM, which the AmazonVPC plugin refuses first (validation.go:110-116).
  v(192, 'VPP with the AmazonVPC CNI plugin', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Enabled' }, cni: { type: 'AmazonVPC' } }, 'spec.cni.ipam.type'),
  v(205, 'VPP with BGP Disabled', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Disabled' } }, 'spec.calicoNetwork.bgp'),
  v(219, 'VPP with host ports Disabled', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Enabled', hostPorts: 'Disabled' } }, 'spec.calicoNetwork.hostPorts'),
  v(219, 'VPP with host ports Enabled', { calicoNetwork: { linuxDataplane: 'VPP', bgp: 'Enabled', hostPorts: 'Enabled' } }),
  v(235, 'host ports Disabled with the AmazonVPC plugin and BPF', { calicoNetwork: { linuxDataplane: 'BPF', bgp: 'Disabled', hostPorts: 'Disabled' }, cni: { type: 'AmazonVPC', ipam: { type: 'AmazonVPC' } } }),

  // Encapsulation and BGP in BIRD and Felix cluster routing modes.
  v(248, 'IPIP with BGP Disabled, BIRD routing', { calicoNetwork: { bgp: 'Disabled', ipPools: [pool('192.168.0.0/24', 'IPIP')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  v(263, 'IPIPCrossSubnet with BGP Disabled, BIRD routing', { calicoNetwork: { bgp: 'Disabled', ipPools: [pool('192.168.0.0/24', 'IPIPCrossSubnet')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  v(278, 'no encapsulation with BGP Disabled, BIRD routing', { calicoNetwork: { bgp: 'Disabled', ipPools: [pool('192.168.0.0/24', 'None')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  v(293, 'IPIP with BGP Disabled, Felix routing', { calicoNetwork: { bgp: 'Disabled', clusterRoutingMode: 'Felix', ipPools: [pool('192.168.0.0/24', 'IPIP')] } }),
  v(310, 'IPIPCrossSubnet with BGP Disabled, Felix routing', { calicoNetwork: { bgp: 'Disabled', clusterRoutingMode: 'Felix', ipPools: [pool('192.168.0.0/24', 'IPIPCrossSubnet')] } }),
  v(327, 'no encapsulation with BGP Disabled, Felix routing', { calicoNetwork: { bgp: 'Disabled', clusterRoutingMode: 'Felix', ipPools: [pool('192.168.0.0/24', 'None')] } }),

  // Relies on fillDefaults: IPAM Calico, BGP Disabled on EKS (core_controller.go:531-542, 588-590).
  own('validation_test.go', 344, 'an empty calicoNetwork on EKS, Enterprise, Calico CNI', { cni: { type: 'Calico' }, variant: 'TigeraSecureEnterprise', calicoNetwork: {}, kubernetesProvider: 'EKS' }),

  // Paths, selectors, replicas.
  v(356, 'a relative flexVolumePath', { flexVolumePath: 'foo/bar/baz' }, 'spec.flexVolumePath'),
  v(362, 'an absolute kubeletVolumePluginPath', { kubeletVolumePluginPath: '/some/abs/path' }),
  v(368, 'a relative kubeletVolumePluginPath', { kubeletVolumePluginPath: 'relative/path' }, 'spec.kubeletVolumePluginPath'),
  v(374, 'kubeletVolumePluginPath None', { kubeletVolumePluginPath: 'None' }),
  v(380, 'the control plane selected onto Windows nodes', { controlPlaneNodeSelector: { 'kubernetes.io/os': 'windows' } }, 'spec.controlPlaneNodeSelector.kubernetes.io/os'),
  v(387, 'controlPlaneReplicas -1', { controlPlaneReplicas: -1 }, 'spec.controlPlaneReplicas'),
  v(387, 'controlPlaneReplicas 0', { controlPlaneReplicas: 0 }, 'spec.controlPlaneReplicas'),
  v(387, 'controlPlaneReplicas 1', { controlPlaneReplicas: 1 }),
  v(387, 'controlPlaneReplicas 2', { controlPlaneReplicas: 2 }),

  // Host ports. The base itself: also the Calico IPAM entries at 500 and 511, and 800.
  v([407, 500, 511, 800], 'the base: host ports unset (Enabled by default), Calico IPAM, no componentResources', {}),
  v(407, 'host ports Enabled', { calicoNetwork: { hostPorts: 'Enabled' } }),
  v(407, 'host ports Disabled', { calicoNetwork: { hostPorts: 'Disabled' } }),
  v(407, 'host ports NotValid', { calicoNetwork: { hostPorts: 'NotValid' } }, 'spec.calicoNetwork.hostPorts'),

  v(428, 'nonPrivileged Enabled', { nonPrivileged: 'Enabled' }, 'spec.nonPrivileged'),

  // CNI tuning sysctls.
  v(435, 'the three allowed TCP keepalive sysctls', {
    calicoNetwork: {
      sysctl: [
        { key: 'net.ipv4.tcp_keepalive_intvl', value: '15' },
        { key: 'net.ipv4.tcp_keepalive_probes', value: '6' },
        { key: 'net.ipv4.tcp_keepalive_time', value: '40' },
      ],
    },
  }),
  v(454, 'a sysctl outside the allowed ones', { calicoNetwork: { sysctl: [{ key: 'net.ipv4.not_allowed_parameter', value: '1' }] } }, 'spec.calicoNetwork.sysctl[0].key'),

  // Azure settings.
  v(465, 'azure settings on AKS', { kubernetesProvider: 'AKS', azure: {} }),
  v(472, 'azure settings on GKE', { kubernetesProvider: 'GKE', azure: {} }, 'spec.azure'),

  // The Calico CNI plugin's IPAM.
  v(489, 'Calico CNI with AmazonVPC IPAM', { cni: { ipam: { type: 'AmazonVPC' } } }, 'spec.cni.ipam.type'),
  v(490, 'Calico CNI with AzureVNET IPAM', { cni: { ipam: { type: 'AzureVNET' } } }, 'spec.cni.ipam.type'),
  v([501, 512], 'Calico CNI with HostLocal IPAM', { cni: { ipam: { type: 'HostLocal' } } }),
  // HostLocal IPAM with BGP Disabled (BeforeEach at :515-519); these tests run fillDefaults.
  v(521, 'HostLocal IPAM, BGP Disabled, no pools', { cni: { ipam: { type: 'HostLocal' } }, calicoNetwork: { bgp: 'Disabled' } }),
  v(527, 'HostLocal IPAM, BGP Disabled, an unencapsulated pool', { cni: { ipam: { type: 'HostLocal' } }, calicoNetwork: { bgp: 'Disabled', ipPools: [pool('192.168.0.0/24', 'None')] } }),
  v(541, 'HostLocal IPAM, BGP Enabled', { cni: { ipam: { type: 'HostLocal' } }, calicoNetwork: { bgp: 'Enabled' } }),

  // CNI logging (BeforeEach at :571-575 writes an empty logging.cni). The accepted ones rely on
  // fillDefaults filling logSeverity Info, logFileMaxCount 10, logFileMaxAgeDays 30 and
  // logFileMaxSize 100Mi (core_controller.go:677-706).
  v([577, 584, 600, 616], 'an empty CNI logging section', { logging: { cni: {} } }),

  // Non-Calico CNI plugins (BeforeEach at :652-654 empties cni).
  // validateCustomResource refuses an empty type; the operator would default it (core_controller.go:514-525),
  // but the CRD requires cni.type (api/v1/installation_types.go:950, no omitempty), so the API server refuses it first.
  v(656, 'an empty cni', { cni: whole({}) }, 'spec.cni.type'),
  v(661, 'CNI type bad', { cni: whole({ type: 'bad' }) }, 'spec.cni.type'),
  ...nonCalico(671, 'the plugin with its own IPAM and an empty calicoNetwork', {}),
  ...nonCalico(678, 'the plugin with no calicoNetwork', { calicoNetwork: DROP }),
  ...[
    { entry: 699, cni: 'GKE', ipam: 'HostLocal' },
    { entry: 700, cni: 'AmazonVPC', ipam: 'AmazonVPC' },
    { entry: 701, cni: 'AzureVNET', ipam: 'AzureVNET' },
  ].flatMap((p) =>
    IPAMS.filter((i) => i !== p.ipam).map((ipam) => v(p.entry, `${p.cni} CNI with ${ipam} IPAM`, { cni: whole({ type: p.cni, ipam: { type: ipam } }) }, 'spec.cni.ipam.type')),
  ),
  v(712, 'GKE CNI with host ports Enabled', { cni: whole({ type: 'GKE', ipam: { type: 'HostLocal' } }), calicoNetwork: { hostPorts: 'Enabled' } }, 'spec.calicoNetwork.hostPorts'),
  v(716, 'GKE CNI with multiInterfaceMode Multus', { cni: whole({ type: 'GKE', ipam: { type: 'HostLocal' } }), calicoNetwork: { multiInterfaceMode: 'Multus' } }, 'spec.calicoNetwork.multiInterfaceMode'),
  v(720, 'GKE CNI with containerIPForwarding Enabled', { cni: whole({ type: 'GKE', ipam: { type: 'HostLocal' } }), calicoNetwork: { containerIPForwarding: 'Enabled' } }, 'spec.calicoNetwork.containerIPForwarding'),
  ...nonCalico(725, 'an unencapsulated pool', { calicoNetwork: { ipPools: [pool('192.168.0.0/24', 'None')] } }),
  ...nonCalico(739, 'an IPIP pool', { calicoNetwork: { ipPools: [pool('192.168.0.0/24', 'IPIP')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  // The pool also has IPIP, and that is what validateCustomResource refuses (validation.go:196-203).
  ...nonCalico(753, 'an IPIP pool with nodeSelector anything()', { calicoNetwork: { ipPools: [pool('192.168.0.0/24', 'IPIP', 'anything()')] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  // Named "should not allow BGP", but it expects no error: validation.go:205-207 refuses BGP with a
  // non-Calico plugin only inside the loop over the pools (:146), and there are none (the IP pool
  // controller adds default pools only with Calico IPAM, ippool/defaults.go:108-113).
  ...nonCalico(767, 'BGP Enabled and no pools', { calicoNetwork: { bgp: 'Enabled' } }),

  // CNI plugin against provider (BeforeEach at :777-780: no calicoNetwork, cni emptied).
  v(794, 'the GKE plugin on EKS', { calicoNetwork: DROP, kubernetesProvider: 'EKS', cni: whole({ type: 'GKE', ipam: { type: 'HostLocal' } }) }, 'spec.kubernetesProvider'),
  v(795, 'the AmazonVPC plugin on EKS', { calicoNetwork: DROP, kubernetesProvider: 'EKS', cni: whole({ type: 'AmazonVPC', ipam: { type: 'AmazonVPC' } }) }),
  v(796, 'the AzureVNET plugin on EKS', { calicoNetwork: DROP, kubernetesProvider: 'EKS', cni: whole({ type: 'AzureVNET', ipam: { type: 'AzureVNET' } }) }, 'spec.kubernetesProvider'),

  // componentResources. ResourceRequirements has no omitempty (api/v1/installation_types.go:406): a nil one is written as null.
  v(819, 'an unknown component name', { componentResources: [{ componentName: 'invalid-componentName', resourceRequirements: null }] }, 'spec.componentResources[0].componentName'),

  // A whole custom Installation on AKS, run through fillDefaults.
  own('validation_test.go', 864, 'a custom AKS Installation with HostLocal IPAM', {
    kubernetesProvider: 'AKS',
    imagePullSecrets: [],
    calicoNetwork: { bgp: 'Disabled', containerIPForwarding: 'Enabled', ipPools: [{ cidr: '192.168.0.0/27', blockSize: 28, encapsulation: 'None' }] },
    serviceCIDRs: ['10.96.0.0/12'],
    cni: { type: 'Calico', ipam: { type: 'HostLocal' } },
  }),

  // Component overrides.
  v(901, 'an empty calicoNodeDaemonSet', { calicoNodeDaemonSet: {} }),
  v(907, 'calicoNodeDaemonSet minReadySeconds -1', { calicoNodeDaemonSet: { spec: { minReadySeconds: -1 } } }, 'spec.calicoNodeDaemonSet.spec.minReadySeconds'),
  v(963, 'an empty calicoNodeWindowsDaemonSet', { calicoNodeWindowsDaemonSet: {} }),
  v(969, 'calicoNodeWindowsDaemonSet minReadySeconds -1', { calicoNodeWindowsDaemonSet: { spec: { minReadySeconds: -1 } } }, 'spec.calicoNodeWindowsDaemonSet.spec.minReadySeconds'),
  v(996, 'an empty calicoKubeControllersDeployment', { calicoKubeControllersDeployment: {} }),
  v(1002, 'calicoKubeControllersDeployment minReadySeconds -1', { calicoKubeControllersDeployment: { spec: { minReadySeconds: -1 } } }, 'spec.calicoKubeControllersDeployment.spec.minReadySeconds'),
  v(1029, 'an empty typhaDeployment', { typhaDeployment: {} }),
  v(1035, 'typhaDeployment minReadySeconds -1', { typhaDeployment: { spec: { minReadySeconds: -1 } } }, 'spec.typhaDeployment.spec.minReadySeconds'),

  // Windows.
  win(1147, 'Windows with AzureVNET CNI and no serviceCIDRs', {
    cni: whole({ type: 'AzureVNET', ipam: { type: 'AzureVNET' } }),
    calicoNetwork: { ipPools: [{ cidr: '192.168.0.0/16', blockSize: 28, encapsulation: 'None', natOutgoing: 'Enabled', nodeSelector: 'all()' }] },
    serviceCIDRs: [],
  }),

  // CSI node driver.
  v([1155, 1209], 'an empty csiNodeDriverDaemonSet', { csiNodeDriverDaemonSet: {} }),
  v(1215, 'csiNodeDriverDaemonSet minReadySeconds -1', { csiNodeDriverDaemonSet: { spec: { minReadySeconds: -1 } } }, 'spec.csiNodeDriverDaemonSet.spec.minReadySeconds'),
  v(1185, 'a csi-node-driver container with a CPU limit', { csiNodeDriverDaemonSet: { spec: { template: { spec: { containers: [{ name: 'csi-node-driver', resources: { limits: { cpu: '2' } } }] } } } } }),
  v(1240, 'a calico-csi container with a CPU request', { csiNodeDriverDaemonSet: { spec: { template: { spec: { containers: [{ name: 'calico-csi', resources: { requests: { cpu: '1' } } }] } } } } }),

  // FIPS mode against the variant.
  v(1272, 'Calico, FIPS Disabled', { fipsMode: 'Disabled' }),
  v(1273, 'Calico, FIPS Enabled', { fipsMode: 'Enabled' }),
  v(1274, 'TigeraSecureEnterprise, FIPS Disabled', { variant: 'TigeraSecureEnterprise', fipsMode: 'Disabled' }),

  // defaults_test.go: each Installation runs through fillDefaults and then validates.
  d(34, 'an empty spec, with a 192.168.0.0/16 pool in the cluster', {}, { others: clusterPools('192.168.0.0/16') }),
  d(72, 'an empty TigeraSecureEnterprise spec, with a 192.168.0.0/16 pool in the cluster', { variant: 'TigeraSecureEnterprise' }, { others: clusterPools('192.168.0.0/16') }),
  d(103, 'a custom iptables Installation, nothing left to default', {
    variant: 'Calico',
    registry: 'test-reg/',
    imagePullSecrets: [{ name: 'pullSecret1' }, { name: 'pullSecret2' }],
    cni: { type: 'Calico', ipam: { type: 'Calico' }, binDir: '/opt/custom/cni/bin', confDir: '/etc/custom/cni/net.d' },
    calicoNetwork: {
      linuxDataplane: 'Iptables',
      windowsDataplane: 'Disabled',
      ipPools: [
        { cidr: '1.2.3.0/24', encapsulation: 'VXLANCrossSubnet', natOutgoing: 'Enabled', nodeSelector: 'has(thiskey)', blockSize: 27 },
        { cidr: 'fd00::0/64', encapsulation: 'VXLAN', natOutgoing: 'Enabled', nodeSelector: 'has(thiskey)', blockSize: 123 },
      ],
      mtu: 1500,
      bgp: 'Disabled',
      nodeAddressAutodetectionV4: { firstFound: false },
      nodeAddressAutodetectionV6: { firstFound: false },
      hostPorts: 'Enabled',
      multiInterfaceMode: 'None',
      linuxPolicySetupTimeoutSeconds: 1,
    },
    controlPlaneReplicas: 3,
    nodeMetricsPort: 9081,
    flexVolumePath: '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/',
    nodeUpdateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    kubeletVolumePluginPath: '/my/kubelet/root/dir',
    logging: { cni: { logSeverity: 'Error', logFileMaxSize: '50Mi', logFileMaxAgeDays: 10, logFileMaxCount: 5 } },
  }),
  d(200, 'a custom BPF Enterprise Installation, nothing left to default', {
    variant: 'TigeraSecureEnterprise',
    registry: 'test-reg/',
    imagePullSecrets: [{ name: 'pullSecret1' }, { name: 'pullSecret2' }],
    cni: { type: 'Calico', ipam: { type: 'Calico' }, binDir: '/opt/custom/cni/bin', confDir: '/etc/custom/cni/net.d' },
    calicoNetwork: {
      linuxDataplane: 'BPF',
      windowsDataplane: 'Disabled',
      ipPools: [{ cidr: '1.2.3.0/24', encapsulation: 'VXLANCrossSubnet', natOutgoing: 'Enabled', nodeSelector: 'has(thiskey)', blockSize: 27 }],
      mtu: 1500,
      bgp: 'Disabled',
      nodeAddressAutodetectionV4: { firstFound: false },
      multiInterfaceMode: 'None',
      hostPorts: 'Enabled',
    },
    controlPlaneReplicas: 3,
    nodeMetricsPort: 9081,
    flexVolumePath: '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/',
    nodeUpdateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    kubeletVolumePluginPath: '/my/kubelet/root/dir',
    logging: { cni: { logSeverity: 'Error', logFileMaxSize: '50Mi', logFileMaxAgeDays: 10, logFileMaxCount: 5 } },
  }),
  d(284, 'Calico CNI with an empty pool list', { cni: { type: 'Calico' }, calicoNetwork: { ipPools: [] } }),
  // Relies on BGP defaulting to Enabled with Calico CNI (core_controller.go:582-593).
  d([301, 634], 'Calico CNI, nothing else', { cni: { type: 'Calico' } }),
  // Relies on BGP defaulting to Disabled for other plugins (core_controller.go:595-597).
  d(315, 'AmazonVPC CNI with an empty calicoNetwork', { cni: { type: 'AmazonVPC' }, calicoNetwork: {} }),
  d(331, 'a registry without a trailing slash', { registry: 'test-reg' }),
  d(331, 'registry UseDefault', { registry: 'UseDefault' }),
  d(352, 'an IPv6-only pool', { calicoNetwork: { ipPools: [{ cidr: 'fd00::0/64', encapsulation: 'None' }] } }),
  d(368, 'an empty calicoNetwork, with an IPv6 pool in the cluster', { calicoNetwork: {} }, { others: clusterPools('fd00::0/64') }),
  // The filled path must be absolute or None (validation.go:294-303); an empty one would be refused.
  d(392, 'flexVolumePath None', { flexVolumePath: 'None' }),
  d([400, 429], 'an empty spec: flexVolumePath and kubeletVolumePluginPath defaulted', {}),
  d(406, 'flexVolumePath /foo/bar/', { flexVolumePath: '/foo/bar/' }),
  d(421, 'kubeletVolumePluginPath None', { kubeletVolumePluginPath: 'None' }),
  d(435, 'kubeletVolumePluginPath /foo/bar/', { kubeletVolumePluginPath: '/foo/bar/' }),
  // Relies on cni.type defaulting by provider (core_controller.go:514-525).
  d(487, 'EKS, CNI defaulted to AmazonVPC', { kubernetesProvider: 'EKS' }),
  d(488, 'GKE, CNI defaulted to GKE', { kubernetesProvider: 'GKE' }),
  d(489, 'AKS, CNI defaulted to AzureVNET', { kubernetesProvider: 'AKS' }),
  // Relies on cni.ipam.type defaulting by plugin (core_controller.go:531-542); :631-633 check that default.
  d([512, 631], 'AmazonVPC CNI, nothing else', { cni: { type: 'AmazonVPC' } }),
  d([513, 632], 'GKE CNI, nothing else', { cni: { type: 'GKE' } }),
  d([514, 633], 'AzureVNET CNI, nothing else', { cni: { type: 'AzureVNET' } }),
  // Relies on BGP defaulting to Disabled on EKS with Calico CNI (core_controller.go:588-590).
  d(519, 'EKS with Calico CNI', { kubernetesProvider: 'EKS', cni: { type: 'Calico' } }),
  d(549, 'EKS with AmazonVPC CNI and no calicoNetwork', { kubernetesProvider: 'EKS', cni: { type: 'AmazonVPC' } }),
  d(571, 'EKS with AmazonVPC CNI and iptables', { kubernetesProvider: 'EKS', calicoNetwork: { linuxDataplane: 'Iptables', windowsDataplane: 'Disabled' }, cni: { type: 'AmazonVPC' } }),
  // Relies on IPv4 autodetection defaulting to canReach 8.8.8.8 on EKS with BPF (core_controller.go:624-637).
  d(594, 'EKS with AmazonVPC CNI and BPF', { kubernetesProvider: 'EKS', calicoNetwork: { linuxDataplane: 'BPF', windowsDataplane: 'Disabled' }, cni: { type: 'AmazonVPC' } }),
  // Pools in the cluster decide which autodetection fillDefaults writes (core_controller.go:602-645).
  d(672, 'an empty spec, one IPv4 pool in the cluster', {}, { others: clusterPools('192.168.0.0/16') }),
  d(673, 'an empty spec, one IPv6 pool in the cluster', {}, { others: clusterPools('fd80:24e2:f998:72d6::/64') }),
  d(674, 'an empty spec, two IPv6 pools in the cluster', {}, { others: clusterPools('fd80:24e2:f998:72d6::/64', 'feed:beef:72e5:a94b::/64') }),
  d(678, 'an empty spec, two IPv4 pools in the cluster', {}, { others: clusterPools('192.168.0.0/16', '172.168.0.0/16') }),
  d(682, 'an empty spec, two pools of each family in the cluster', {}, { others: clusterPools('192.168.0.0/16', '172.168.0.0/16', 'fd80:24e2:f998:72d6::/64', 'feed:beef:72e5:a94b::/64') }),
  // Refusals netlint missed until the operator's tests were restated (calico/installation-settings, cluster/label-format).
  // validation.go:79-82.
  v(591, 'logFileMaxAgeDays 0', { logging: { cni: { logFileMaxAgeDays: 0 } } }, 'spec.logging.cni.logFileMaxAgeDays'),
  // validation.go:68-71.
  v(607, 'logFileMaxCount 0', { logging: { cni: { logFileMaxCount: 0 } } }, 'spec.logging.cni.logFileMaxCount'),
  // validation.go:73-77: the quantity must have a binary suffix (Ki, Mi, ...) and be positive.
  v(623, 'logFileMaxSize "1" (no binary suffix)', { logging: { cni: { logFileMaxSize: '1' } } }, 'spec.logging.cni.logFileMaxSize'),
  v(623, 'logFileMaxSize "0"', { logging: { cni: { logFileMaxSize: '0' } } }, 'spec.logging.cni.logFileMaxSize'),
  v(623, 'logFileMaxSize "-1"', { logging: { cni: { logFileMaxSize: '-1' } } }, 'spec.logging.cni.logFileMaxSize'),
  v(623, 'logFileMaxSize "1M" (a decimal suffix)', { logging: { cni: { logFileMaxSize: '1M' } } }, 'spec.logging.cni.logFileMaxSize'),
  // validation.go:279-281.
  v(828, 'linuxPolicySetupTimeoutSeconds -1', { calicoNetwork: { linuxPolicySetupTimeoutSeconds: -1 } }, 'spec.calicoNetwork.linuxPolicySetupTimeoutSeconds'),
  // validation.go:285-289: only Iptables, Nftables and BPF.
  v(842, 'linuxPolicySetupTimeoutSeconds with VPP', { calicoNetwork: { linuxDataplane: 'VPP', linuxPolicySetupTimeoutSeconds: 10, bgp: 'Enabled' } }, 'spec.calicoNetwork.linuxPolicySetupTimeoutSeconds'),
  // validation.go:342-380 → ValidateReplicatedPodResourceOverrides → validateMetadata
  // (pkg/common/validation/overrides.go:39-43, :105-113): Kubernetes label and annotation key rules.
  v(907, 'calicoNodeDaemonSet labels and annotations with =', { calicoNodeDaemonSet: BAD_METADATA }, `spec.calicoNodeDaemonSet.${BAD_LABEL}`),
  v(969, 'calicoNodeWindowsDaemonSet labels and annotations with =', { calicoNodeWindowsDaemonSet: BAD_METADATA }, `spec.calicoNodeWindowsDaemonSet.${BAD_LABEL}`),
  v(1002, 'calicoKubeControllersDeployment labels and annotations with =', { calicoKubeControllersDeployment: BAD_METADATA }, `spec.calicoKubeControllersDeployment.${BAD_LABEL}`),
  v(1035, 'typhaDeployment labels and annotations with =', { typhaDeployment: BAD_METADATA }, `spec.typhaDeployment.${BAD_LABEL}`),
  v([1161, 1215], 'csiNodeDriverDaemonSet labels and annotations with =', { csiNodeDriverDaemonSet: BAD_METADATA }, `spec.csiNodeDriverDaemonSet.${BAD_LABEL}`),
  // validation.go:344-346, :422-437: mount-bpffs and ebpf-bootstrap exclude each other.
  v(
    907,
    'calicoNodeDaemonSet init containers mount-bpffs and ebpf-bootstrap together',
    {
      calicoNodeDaemonSet: {
        spec: {
          template: {
            spec: {
              initContainers: [
                { name: 'mount-bpffs', resources: { requests: { cpu: '100m' } } },
                { name: 'ebpf-bootstrap', resources: { requests: { memory: '100Mi' } } },
              ],
            },
          },
        },
      },
    },
    'spec.calicoNodeDaemonSet.spec.template.spec.initContainers[1].name',
  ),
  // validation.go:405-408 (common.WindowsEnabled: windowsDataplane set and not Disabled).
  win(1084, 'windowsNodes with the Windows dataplane Disabled', { calicoNetwork: { windowsDataplane: 'Disabled' }, windowsNodes: {} }, 'spec.windowsNodes'),
  // validation.go:393-396.
  win(1109, 'Windows with Calico CNI and no serviceCIDRs', { serviceCIDRs: [] }, 'spec.serviceCIDRs'),
  // validation.go:397-402: the IPv4 pool must be VXLAN or None.
  win(1116, 'Windows with an IPIP pool', { calicoNetwork: { ipPools: [{ cidr: '192.168.0.0/16', blockSize: 28, encapsulation: 'IPIP', natOutgoing: 'Enabled', nodeSelector: 'all()' }], bgp: 'Enabled' } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  win(1124, 'Windows with a VXLANCrossSubnet pool', { calicoNetwork: { ipPools: [{ cidr: '192.168.0.0/16', blockSize: 28, encapsulation: 'VXLANCrossSubnet', natOutgoing: 'Enabled', nodeSelector: 'all()' }] } }, 'spec.calicoNetwork.ipPools[0].encapsulation'),
  // validation.go:411-413.
  v(1275, 'TigeraSecureEnterprise, FIPS Enabled', { variant: 'TigeraSecureEnterprise', fipsMode: 'Enabled' }, 'spec.fipsMode'),
];

interface Disagreement extends Case {
  /** netlint's answer today: its errors and unknown-field warnings, as `ruleId path`. */
  netlint: string[];
}
const held = (c: Case, netlint: string[] = []): Disagreement => ({ ...c, netlint });

/**
 * Where netlint answers otherwise than upstream's test. Each entry holds netlint's current answer,
 * so it fails once netlint changes; the upstream answer is then checked by moving it to CASES.
 */
const DISAGREEMENTS: Disagreement[] = [
  // Upstream accepts; netlint refuses.

  // validateCustomResource never looks at pool sizes. The IP pool controller does: it defaults the
  // block size to 26 (ippool/defaults.go:186-188) and refuses a /27 (ippool/validation.go:113-116).
  held(
    v(76, 'dual stack with BPF', {
      calicoNetwork: {
        bgp: 'Enabled',
        linuxDataplane: 'BPF',
        ipPools: [pool('1eef::/64', 'None'), pool('192.168.0.0/27', 'None')],
        nodeAddressAutodetectionV6: { canReach: '2001:4860:4860::8888' },
        nodeAddressAutodetectionV4: { canReach: '8.8.8.8' },
      },
    }),
    ['calico/installation-pool-checks spec.calicoNetwork.ipPools[1].cidr'],
  ),
  // Neither operator check looks at link-local ranges; Calico's own IPPool validation refuses a pool
  // overlapping fe80::/10 when the operator creates it (libcalico-go, overlapsV6LinkLocal).
  held(v(549, 'HostLocal IPAM, BGP Disabled, dual stack', { cni: { ipam: { type: 'HostLocal' } }, calicoNetwork: { bgp: 'Disabled', ipPools: [pool('192.168.0.0/24', 'None'), pool('fe80:00::00/64', 'None')] } }), [
    'calico/ippool-cidr-link-local spec.calicoNetwork.ipPools[1].cidr',
  ]),
  // The unit test builds the Go struct; written out, a nil ResourceRequirements is `null`, and the
  // CRD marks resourceRequirements required, so the API server would refuse the object.
  held(
    v(804, 'the Typha, KubeControllers and Node component names', {
      componentResources: [
        { componentName: 'Typha', resourceRequirements: null },
        { componentName: 'KubeControllers', resourceRequirements: null },
        { componentName: 'Node', resourceRequirements: null },
      ],
    }),
    [0, 1, 2].map((i) => `calico/installation-field-values spec.componentResources[${i}].resourceRequirements`),
  ),
  // fillDefaults sets the empty type to Calico (core_controller.go:514-525) and validation passes; but
  // the CRD requires cni.type, so the API server refuses `cni: {}` (validation_test.go:656 expects a refusal).
  held(d([444, 455], 'an empty cni', { cni: {} }), ['calico/installation-field-values spec.cni.type']),

];

const manifest = (c: Case) =>
  [dump({ apiVersion: 'operator.tigera.io/v1', kind: 'Installation', metadata: { name: 'default' }, spec: c.spec }, { lineWidth: -1 }), ...(c.others ?? [])].join('---\n');
const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);

/** Errors and unknown-field warnings. */
function judged(c: Case) {
  return lint({ files: [{ path: 'case.yaml', content: manifest(c) }], rules: BUILTIN_RULES }).findings.filter((f) => f.severity === 'error' || f.messageId === 'unknownField');
}
type Judged = ReturnType<typeof judged>;
/** Whether netlint gives upstream's answer: an error at the refused field, or nothing at all. */
const upstreamHolds = (c: Case, found: Judged) => (c.rejectAt ? found.some((f) => f.severity === 'error' && pathText(f.path) === c.rejectAt) : found.length === 0);

const lines = (c: Case) => `${c.file}:${Array.isArray(c.line) ? c.line.join(', ') : c.line}${c.table ? ` (table ${c.table})` : ''}`;
const upstream = (c: Case) => (c.rejectAt ? `refused at ${c.rejectAt}` : 'accepted');

describe('Tigera operator validation and defaulting tests (v1.42.3), as manifests', () => {
  for (const c of CASES) {
    it(`${lines(c)} ${c.name} → ${upstream(c)}`, () => {
      const found = judged(c);
      const shown = found.map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`);
      if (!c.rejectAt) expect(shown).toEqual([]);
      else expect(found.filter((f) => f.severity === 'error').map((f) => pathText(f.path)), shown.join('\n')).toContain(c.rejectAt);
    });
  }

  it('names each upstream case once', () => {
    const keys = [...CASES, ...DISAGREEMENTS].map((c) => `${lines(c)} ${c.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('Where netlint disagrees with the operator tests: held at netlint\'s current answer', () => {
  for (const c of DISAGREEMENTS) {
    it(`${lines(c)} ${c.name}: upstream ${upstream(c)}, netlint ${c.netlint.length === 0 ? 'finds nothing' : c.netlint.join(', ')}`, () => {
      const found = judged(c);
      expect(found.map((f) => `${f.ruleId} ${pathText(f.path)}`)).toEqual(c.netlint);
      expect(upstreamHolds(c, found)).toBe(false);
    });
  }
});
