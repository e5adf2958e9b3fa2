/**
 * A net-conf.json that flanneld on Windows nodes reads (a DaemonSet scheduled on Windows that
 * mounts the ConfigMap, as sig-windows-tools' flannel-overlay.yml does) with the vxlan backend.
 * flannel's Windows vxlan backend (pkg/backend/vxlan/vxlan_windows.go, v0.28.9) refuses a VNI below
 * 4096, a Port other than 4789, DirectRouting and GBP, so flanneld does not start there; and it
 * ignores the leases of nodes whose VNI is below 4096 (vxlan_network_windows.go), which Linux nodes
 * announce when VNI is unset (the Linux default is 1). With Port unset, Linux nodes use the kernel's
 * VXLAN port 8472 while Windows nodes use 4789, so the two never exchange packets.
 */
import { podSpecOf } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asArray, asObject, isObject } from '../../src/engine/values.js';
import { reportIn } from '../cni/lib/json-source.js';
import { field, fieldKey, flannelConfigOf } from './lib/net-conf.js';

const WINDOWS_VNI = 4096;
const WINDOWS_PORT = 4789;

/** Whether a pod spec runs on Windows nodes: its node selector or required node affinity says so, or it is a HostProcess pod. */
function runsOnWindows(spec: Record<string, unknown>): boolean {
  const os = (v: unknown) => v === 'windows';
  const selector = asObject(spec.nodeSelector);
  if (os(selector['kubernetes.io/os']) || os(selector['beta.kubernetes.io/os'])) return true;
  const terms = asArray(asObject(asObject(asObject(spec.affinity).nodeAffinity).requiredDuringSchedulingIgnoredDuringExecution).nodeSelectorTerms);
  const windowsTerm = (t: unknown) =>
    asArray(asObject(t).matchExpressions).some((e) => isObject(e) && (e.key === 'kubernetes.io/os' || e.key === 'beta.kubernetes.io/os') && e.operator === 'In' && asArray(e.values).length > 0 && asArray(e.values).every(os));
  if (terms.length > 0 && terms.every(windowsTerm)) return true;
  return asObject(asObject(spec.securityContext).windowsOptions).hostProcess === true;
}

/** The ConfigMaps (`namespace/name`) that a DaemonSet running on Windows nodes mounts, with the first such DaemonSet. */
const windowsMounts = derived('flannel/windows-mounts', (m: ClusterModel) => {
  const out = new Map<string, Resource>();
  for (const r of m.byKind('apps/DaemonSet')) {
    const spec = podSpecOf(r)?.spec;
    if (!spec || !runsOnWindows(spec)) continue;
    for (const v of asArray(spec.volumes)) {
      const name = isObject(v) ? asObject(v.configMap).name : undefined;
      const key = `${r.namespace ?? 'default'}/${String(name)}`;
      if (typeof name === 'string' && !out.has(key)) out.set(key, r);
    }
  }
  return out;
});

export default defineRule({
  meta: {
    id: 'flannel/windows-vxlan',
    description:
      'A net-conf.json that flanneld on Windows nodes reads (a DaemonSet for Windows nodes mounts its ConfigMap) with the vxlan backend must set `VNI` to 4096 or more and `Port` to 4789, and must not enable `DirectRouting` or `GBP`: the Windows backend refuses the rest, and with VNI or Port unset Linux nodes (VNI 1, port 8472) and Windows nodes never exchange traffic.',
    severity: 'error',
    remediation: 'Set `"Backend": {"Type": "vxlan", "VNI": 4096, "Port": 4789}` for a cluster with Windows nodes (flannel\'s and sig-windows-tools\' Windows guides), and drop DirectRouting and GBP.',
    kinds: ['ConfigMap'],
    messages: {
      vni: '{{what}}: flanneld on Windows nodes ({{daemonSet}}) refuses a VNI below 4096 ("must be greater than or equal to 4096 on Windows") and ignores the routes of nodes that announce one',
      vniUnset: 'Backend sets no VNI: Linux nodes use VNI 1, while flanneld on Windows nodes ({{daemonSet}}) uses 4096 and ignores the routes of nodes with a VNI below 4096; set "VNI": 4096',
      port: 'Backend.Port {{port}}: flanneld on Windows nodes ({{daemonSet}}) supports only 4789 ("Port is not supported on Windows")',
      portUnset: 'Backend sets no Port: Linux nodes use the kernel\'s VXLAN port 8472, while flanneld on Windows nodes ({{daemonSet}}) uses 4789, so they never reach each other; set "Port": 4789',
      unsupported: 'Backend.{{key}} is not supported on Windows: flanneld on Windows nodes ({{daemonSet}}) refuses the config and does not start',
    },
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc || fc.backendType?.toLowerCase() !== 'vxlan') return;
    const ds = windowsMounts(ctx.model).get(`${resource.namespace ?? 'default'}/${resource.name}`);
    if (!ds) return;
    const daemonSet = `DaemonSet ${ds.namespace ?? 'default'}/${ds.name}`;
    const bk = fieldKey(fc.conf, 'Backend')!;
    const backend = asObject(fc.conf[bk]);
    const at = (name: string) => [bk, fieldKey(backend, name)!];
    const vni = field(backend, 'VNI');
    if (vni === undefined) reportIn(ctx, fc.source, [bk], { messageId: 'vniUnset', data: { daemonSet } });
    else if (typeof vni === 'number' && vni < WINDOWS_VNI) reportIn(ctx, fc.source, at('VNI'), { messageId: 'vni', data: { what: `Backend.VNI ${vni}`, daemonSet } });
    const port = field(backend, 'Port');
    if (port === undefined) reportIn(ctx, fc.source, [bk], { messageId: 'portUnset', data: { daemonSet } });
    else if (typeof port === 'number' && port !== WINDOWS_PORT) reportIn(ctx, fc.source, at('Port'), { messageId: 'port', data: { port: String(port), daemonSet } });
    for (const key of ['DirectRouting', 'GBP']) {
      if (field(backend, key) === true) reportIn(ctx, fc.source, at(key), { messageId: 'unsupported', data: { key, daemonSet } });
    }
  },
});
