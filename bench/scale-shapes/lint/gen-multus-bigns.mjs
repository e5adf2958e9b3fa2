// Multus, few big namespaces (3 CNF namespaces) with many NADs each: per-VLAN macvlan/ipvlan/vlan
// NADs on a handful of shared masters (bond0.<vlan>, ens1f0, ...), whereabouts ranges carved from one
// /8, and Pods attaching 3 of them with static ips and mac (k8s.v1.cni.cncf.io/networks JSON), plus
// Deployments with replicas>1 attaching by name. 30% NADs, 60% Pods, 10% Deployments.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const nss = ['cnf-core', 'cnf-ran', 'cnf-edge'];
const nads = Math.floor(n * 0.3);
const masters = ['bond0', 'bond1', 'ens1f0', 'ens1f1', 'ens2f0'];
for (let i = 0; i < nads; i++) {
  const vlan = 2 + (i % 4000); const t = ['macvlan', 'ipvlan', 'vlan'][i % 3]; const m = masters[i % masters.length];
  const cfg = { cniVersion: '0.4.0', name: `vlan-${i}`, type: t };
  if (t === 'vlan') { cfg.master = m; cfg.vlanId = vlan; } else { cfg.master = `${m}.${vlan}`; cfg.mode = t === 'macvlan' ? 'bridge' : 'l2'; }
  cfg.ipam = i % 2 ? { type: 'whereabouts', range: `10.${(i >> 8) & 255}.${i & 255}.0/24`, exclude: [`10.${(i >> 8) & 255}.${i & 255}.0/29`] }
    : { type: 'static', routes: [{ dst: `172.${16 + (i % 16)}.0.0/16`, gw: `10.${(i >> 8) & 255}.${i & 255}.1` }] };
  docs.push({ apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: { name: `vlan-${i}`, namespace: nss[i % 3] }, spec: { config: JSON.stringify(cfg) } });
}
for (let d = docs.length; d < n; d++) {
  const ns = nss[d % 3];
  const picks = [0, 1, 2].map(j => { let i = ((d * 7 + j * 3) % nads); i -= i % 3; i += d % 3; return Math.min(i, nads - 1); });
  const nets = picks.map((i, j) => { const e = { name: `vlan-${i}`, interface: `net${j + 1}` }; if (i % 2 === 0) e.ips = [`10.${(i >> 8) & 255}.${i & 255}.${10 + (d % 240)}/24`]; if (j === 0) e.mac = `02:00:00:${((d >> 16) & 255).toString(16).padStart(2, '0')}:${((d >> 8) & 255).toString(16).padStart(2, '0')}:${(d & 255).toString(16).padStart(2, '0')}`; return e; });
  if (d % 10 !== 0) docs.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `du-${d}`, namespace: ns, annotations: { 'k8s.v1.cni.cncf.io/networks': JSON.stringify(nets) } }, spec: { containers: [{ name: 'du', image: 'registry.example.com/du:5' }] } });
  else docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `cu-${d}`, namespace: ns }, spec: { replicas: 3, selector: { matchLabels: { app: `cu-${d}` } }, template: { metadata: { labels: { app: `cu-${d}` }, annotations: { 'k8s.v1.cni.cncf.io/networks': picks.map(i => `vlan-${i}`).join(',') } }, spec: { containers: [{ name: 'cu', image: 'registry.example.com/cu:5' }] } } } });
}
writeDocs(out, docs, { prefix: 'nads', subdirFn: f => `part-${f % 10}` });
