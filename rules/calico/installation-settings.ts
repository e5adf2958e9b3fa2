/**
 * The tigera-operator's checks of the Installation's other settings (tigera/operator
 * pkg/controller/installation/validation.go validateCustomResource, v1.42.3), each a refusal that
 * leaves the cluster without Calico: one entry per check, applied after the operator's defaults
 * as far as the file tells (an unset variant is Calico; an unset bgp Enabled, or Disabled on EKS).
 */
import { defineRule } from '../../src/engine/rule.js';
import type { Path } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { installationCniType } from './lib/installation.js';

interface Check {
  path: Path;
  /** Why the operator refuses the written value, or null when it does not. */
  refuses(value: unknown, spec: Record<string, unknown>): string | null;
}

const absolute: Check['refuses'] = (v) => (typeof v === 'string' && v !== 'None' && !v.startsWith('/') ? `"${v}" is not an absolute path (or None)` : null);
const linux = (v: unknown): string | null => (v !== undefined && v !== 'linux' ? `selects ${String(v)}, and the control plane runs on Linux only` : null);
const vpp = (spec: Record<string, unknown>): boolean => asObject(spec.calicoNetwork).linuxDataplane === 'VPP';

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
];

export default defineRule({
  meta: {
    id: 'calico/installation-settings',
    description: 'The tigera-operator refuses an Installation with a relative flexVolumePath or kubeletVolumePluginPath, a nodeUpdateStrategy other than RollingUpdate, a control plane selected onto non-Linux nodes, controlPlaneReplicas 0, nonPrivileged Enabled, azure settings off AKS, CNI logging for a non-Calico plugin, or a VPP dataplane without the Calico variant, BGP or host ports.',
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
      const why = c.refuses(v, spec);
      if (why === null) continue;
      // A setting left unset is judged at its parent (the field to write sits there).
      const at = v === undefined ? c.path.slice(0, -1) : c.path;
      ctx.report({ path: ['spec', ...at], messageId: 'refused', data: { field: c.path.join('.'), why } });
    }
  },
});
