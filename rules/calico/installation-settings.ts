/**
 * The tigera-operator's checks of the Installation's other settings (tigera/operator
 * pkg/controller/installation/validation.go validateCustomResource, v1.42.3), each a refusal that
 * leaves the cluster without Calico: one entry per check, applied after the operator's defaults
 * as far as the file tells (an unset variant is Calico; an unset bgp Enabled, or Disabled on EKS).
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { isIpv4MappedValue, parseGoCidr } from '../../src/engine/cidr.js';
import { asObject } from '../../src/engine/values.js';
import { INSTALLATION_OVERRIDES, installationCniType } from './lib/installation.js';

interface Check {
  path: Path;
  /**
   * Why the operator refuses the written value, or null when it does not; with `under`, the part of
   * the value the refusal is about (an item of a list).
   */
  refuses(value: unknown, spec: Record<string, unknown>): string | { why: string; under: Path } | null;
}

const absolute: Check['refuses'] = (v) => (typeof v === 'string' && v !== 'None' && !v.startsWith('/') ? `"${v}" is not an absolute path (or None)` : null);
const linux = (v: unknown): string | null => (v !== undefined && v !== 'linux' ? `selects ${String(v)}, and the control plane runs on Linux only` : null);
const vpp = (spec: Record<string, unknown>): boolean => asObject(spec.calicoNetwork).linuxDataplane === 'VPP';
const calicoCni = (spec: Record<string, unknown>): boolean => installationCniType(spec) === 'Calico';
/** common.WindowsEnabled (pkg/common/windows.go): a Windows dataplane written and not Disabled. */
const windows = (spec: Record<string, unknown>): boolean => {
  const dataplane = asObject(spec.calicoNetwork).windowsDataplane;
  return typeof dataplane === 'string' && dataplane !== 'Disabled';
};
const positive = (v: unknown): string | null => (typeof v === 'number' && v <= 0 ? 'must be greater than 0' : null);
const notNegative = (v: unknown): string | null => (typeof v === 'number' && v < 0 ? 'must not be negative' : null);

/**
 * A Kubernetes quantity (apimachinery resource.ParseQuantity): a number and a suffix, binary (Ki…Ei),
 * decimal (n, u, m, k, M…E, or none) or an exponent.
 */
const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

/** validation.go: the CNI log file size must be in the binary format (`Ki`…`Ei`) and above 0. */
const binarySize = (v: unknown): string | null => {
  if (typeof v === 'number') return `is the plain number ${v}: the operator takes only a size with a binary suffix (Ki, Mi, Gi, Ti, Pi, Ei)`;
  if (typeof v !== 'string') return null;
  const m = QUANTITY.exec(v);
  if (m === null) return null; // not a quantity at all: the CRD schema's finding
  if (m[1] === undefined || !/^[KMGTPE]i$/.test(m[1])) return `is "${v}", which is not in the binary format: the operator takes only a size with a binary suffix (Ki, Mi, Gi, Ti, Pi, Ei)`;
  return Number.parseFloat(v) > 0 ? null : `is "${v}": the size must be greater than 0`;
};

/** validateExclusiveInitContainers: calico-node's init containers mount-bpffs and ebpf-bootstrap exclude each other. */
const exclusiveInitContainers: Check['refuses'] = (v) => {
  if (!Array.isArray(v)) return null;
  const names = v.map((c) => asObject(c).name);
  const first = ['mount-bpffs', 'ebpf-bootstrap'].map((n) => names.indexOf(n));
  if (first.some((i) => i < 0)) return null;
  return { why: 'holds both mount-bpffs and ebpf-bootstrap, which exclude each other', under: [Math.max(...first), 'name'] };
};

/** The first pool whose CIDR Go's net.ParseCIDR reads with an address To4 takes (render.GetIPv4Pool: IPv4-mapped too), with its index. */
function firstIpv4Pool(pools: unknown): { index: number; pool: Record<string, unknown> } | null {
  if (!Array.isArray(pools)) return null;
  const index = pools.findIndex((p) => {
    const cidr = asObject(p).cidr;
    const parsed = typeof cidr === 'string' ? parseGoCidr(cidr) : null;
    return parsed?.ok === true && (parsed.cidr.family === 4 || isIpv4MappedValue(parsed.cidr.addr));
  });
  return index < 0 ? null : { index, pool: asObject(pools[index]) };
}

const CHECKS: Check[] = [
  { path: ['flexVolumePath'], refuses: absolute },
  { path: ['kubeletVolumePluginPath'], refuses: absolute },
  { path: ['nodeUpdateStrategy', 'type'], refuses: (v) => (v !== undefined && v !== 'RollingUpdate' ? `is ${String(v)}: only RollingUpdate is supported` : null) },
  { path: ['controlPlaneNodeSelector', 'kubernetes.io/os'], refuses: linux },
  { path: ['controlPlaneNodeSelector', 'beta.kubernetes.io/os'], refuses: linux },
  { path: ['controlPlaneReplicas'], refuses: (v) => (typeof v === 'number' && v <= 0 ? 'must be greater than 0' : null) },
  { path: ['nonPrivileged'], refuses: (v) => (v === 'Enabled' ? 'is Enabled: non-privileged Calico is deprecated and cannot be enabled' : null) },
  { path: ['azure'], refuses: (v, spec) => (v !== undefined && v !== null && spec.kubernetesProvider !== 'AKS' ? 'is set without kubernetesProvider AKS' : null) },
  { path: ['logging', 'cni'], refuses: (v, spec) => (v !== undefined && v !== null && installationCniType(spec) !== 'Calico' ? `is set, but the CNI plugin is ${installationCniType(spec)}, not Calico` : null) },
  { path: ['variant'], refuses: (v, spec) => (vpp(spec) && v !== undefined && v !== 'Calico' ? `is ${String(v)}: the VPP dataplane supports only the Calico variant` : null) },
  {
    path: ['calicoNetwork', 'bgp'],
    refuses: (v, spec) => (vpp(spec) && (v === 'Disabled' || (v === undefined && spec.kubernetesProvider === 'EKS')) ? `is ${v === undefined ? 'Disabled (the EKS default)' : 'Disabled'}: VPP requires BGP` : null),
  },
  { path: ['calicoNetwork', 'hostPorts'], refuses: (v, spec) => (vpp(spec) && v === 'Disabled' ? 'is Disabled: VPP does not support disabling host ports' : null) },
  // With the Calico CNI plugin, its log rotation settings (a non-Calico plugin's are refused above).
  { path: ['logging', 'cni', 'logFileMaxCount'], refuses: (v, spec) => (calicoCni(spec) ? positive(v) : null) },
  { path: ['logging', 'cni', 'logFileMaxAgeDays'], refuses: (v, spec) => (calicoCni(spec) ? positive(v) : null) },
  { path: ['logging', 'cni', 'logFileMaxSize'], refuses: (v, spec) => (calicoCni(spec) ? binarySize(v) : null) },
  {
    // An unset linuxDataplane is Iptables by then (fillDefaults).
    path: ['calicoNetwork', 'linuxPolicySetupTimeoutSeconds'],
    refuses: (v, spec) => notNegative(v) ?? (typeof v === 'number' && vpp(spec) ? 'is set with the VPP dataplane: it works only with the Iptables, Nftables and BPF dataplanes' : null),
  },
  ...INSTALLATION_OVERRIDES.flatMap((o): Check[] => [
    { path: [o, 'spec', 'minReadySeconds'], refuses: notNegative },
    { path: [o, 'spec', 'template', 'spec', 'terminationGracePeriodSeconds'], refuses: notNegative },
  ]),
  { path: ['calicoNodeDaemonSet', 'spec', 'template', 'spec', 'initContainers'], refuses: exclusiveInitContainers },
  { path: ['windowsNodes'], refuses: (v, spec) => (v !== undefined && v !== null && !windows(spec) ? 'is set, but Calico for Windows is not enabled (calicoNetwork.windowsDataplane)' : null) },
  {
    path: ['serviceCIDRs'],
    refuses: (v, spec) => (windows(spec) && calicoCni(spec) && (!Array.isArray(v) || v.length === 0) ? `${Array.isArray(v) ? 'is empty' : 'is not set'}: the Calico CNI plugin on Windows needs the service CIDRs` : null),
  },
  {
    // Judged when the pool's encapsulation is written (an unset one is left to the IP pool controller's default).
    path: ['calicoNetwork', 'ipPools'],
    refuses: (v, spec) => {
      const first = windows(spec) && calicoCni(spec) ? firstIpv4Pool(v) : null;
      const encapsulation = first?.pool.encapsulation;
      if (first === null || typeof encapsulation !== 'string' || encapsulation === 'VXLAN' || encapsulation === 'None') return null;
      return { why: `uses ${encapsulation} for its first IPv4 pool: Calico for Windows supports only VXLAN and None`, under: [first.index, 'encapsulation'] };
    },
  },
  { path: ['fipsMode'], refuses: (v, spec) => (v === 'Enabled' && spec.variant === 'TigeraSecureEnterprise' ? 'is Enabled with the TigeraSecureEnterprise variant, which does not support FIPS mode' : null) },
];

export default defineRule({
  meta: {
    id: 'calico/installation-settings',
    description:
      'The tigera-operator refuses an Installation with a relative flexVolumePath or kubeletVolumePluginPath, a nodeUpdateStrategy other than RollingUpdate, a control plane selected onto non-Linux nodes, controlPlaneReplicas 0, nonPrivileged Enabled, azure settings off AKS, CNI logging for a non-Calico plugin or CNI log limits of 0 or a log size without a binary suffix, a negative linuxPolicySetupTimeoutSeconds or one with VPP, a VPP dataplane without the Calico variant, BGP or host ports, component overrides with a negative minReadySeconds or terminationGracePeriodSeconds or calico-node init containers mount-bpffs and ebpf-bootstrap together, windowsNodes without a Windows dataplane, Calico for Windows without serviceCIDRs or with an IPIP first IPv4 pool, or FIPS mode with the TigeraSecureEnterprise variant.',
    severity: 'error',
    remediation: 'Remove the setting or give it a value the operator takes (see the message).',
    kinds: ['operator.tigera.io/Installation'],
    messages: { refused: 'spec.{{field}} {{why}}: the operator refuses the Installation' },
    docs: 'Source: tigera/operator pkg/controller/installation/validation.go `validateCustomResource` (v1.42.3). Fields the operator fills before validating (the paths, the update strategy) are judged only when written.',
  },
  check(resource, ctx) {
    const spec = asObject(resource.value.spec);
    for (const c of CHECKS) {
      let v: unknown = spec;
      for (const seg of c.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg as string] : undefined;
      const refusal = c.refuses(v, spec);
      if (refusal === null) continue;
      const { why, under } = typeof refusal === 'string' ? { why: refusal, under: [] } : refusal;
      // A setting left unset is judged at its parent (the field to write sits there).
      const at = v === undefined ? c.path.slice(0, -1) : [...c.path, ...under];
      ctx.report({ path: ['spec', ...at], messageId: 'refused', data: { field: c.path.join('.'), why } });
    }
  },
});
