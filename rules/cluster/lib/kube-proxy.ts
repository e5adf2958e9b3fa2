/**
 * The mode kube-proxy runs in, where the input says so: a kind config's `networking.kubeProxyMode`
 * (kind pkg/apis/config/v1alpha4 types.go; kind defaults it to iptables), a
 * KubeProxyConfiguration's `mode` (kube-proxy's own config type, which kubeadm takes beside its
 * ClusterConfiguration; empty means the platform's default, iptables on Linux), or the `mode:` line
 * of the `config.conf` that kubeadm writes into ConfigMap kube-system/kube-proxy.
 */
import { derived } from '../../../src/engine/model.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { asObject } from '../../../src/engine/values.js';

export interface KubeProxyMode {
  /** Lower-cased: `iptables`, `ipvs`, `nftables`, … */
  mode: string;
  /** Where it is written: `kind config kind.yaml`, `KubeProxyConfiguration in kubeadm.yaml`, … */
  source: string;
}

/** The first place the input sets kube-proxy's mode, or null. */
export const kubeProxyMode: (model: ClusterModel) => KubeProxyMode | null = derived('cluster/kube-proxy-mode', (m) => {
  for (const r of m.byKind('kind.x-k8s.io/Cluster')) {
    const mode = asObject(r.value.networking).kubeProxyMode;
    if (typeof mode === 'string' && mode !== '') return { mode: mode.toLowerCase(), source: `kind config ${r.file}` };
  }
  for (const r of m.byKind('kubeproxy.config.k8s.io/KubeProxyConfiguration')) {
    const mode = r.value.mode;
    if (typeof mode === 'string') return { mode: mode === '' ? 'iptables' : mode.toLowerCase(), source: `KubeProxyConfiguration in ${r.file}` };
  }
  for (const r of m.byKind('ConfigMap')) {
    if (r.name !== 'kube-proxy' || r.namespace !== 'kube-system') continue;
    const conf = asObject(r.value.data)['config.conf'];
    const mode = typeof conf === 'string' ? /^mode:[ \t]*["']?([A-Za-z]*)["']?[ \t]*$/m.exec(conf)?.[1] : undefined;
    if (mode !== undefined) return { mode: mode === '' ? 'iptables' : mode.toLowerCase(), source: `ConfigMap kube-system/kube-proxy in ${r.file}` };
  }
  return null;
});
