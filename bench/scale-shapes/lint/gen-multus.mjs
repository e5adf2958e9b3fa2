// Multus: NetworkAttachmentDefinitions with many distinct masters/bridges/VLANs (macvlan, ipvlan,
// bridge, vlan, sriov, host-device), host-local/whereabouts/static IPAM with distinct ranges, and
// Pods/Deployments referencing them via k8s.v1.cni.cncf.io/networks (JSON form with ips/mac/interface).
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const nadsPerNs = 4;
const types = ['macvlan', 'ipvlan', 'bridge', 'vlan', 'sriov', 'host-device'];
for (let d = 0; d < n; d++) {
  const nsI = Math.floor(d / 10), ns = `tenant-${nsI}`;
  const k = d % 10;
  if (k === 0) { docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }); continue; }
  if (k <= nadsPerNs) {
    const id = nsI * nadsPerNs + k; const t = types[id % types.length];
    const vlan = 100 + (id % 3900);
    const ipam = id % 3 === 0 ? { type: 'host-local', ranges: [[{ subnet: `10.${(id >> 8) & 255}.${id & 255}.0/24`, rangeStart: `10.${(id >> 8) & 255}.${id & 255}.10`, rangeEnd: `10.${(id >> 8) & 255}.${id & 255}.200`, gateway: `10.${(id >> 8) & 255}.${id & 255}.1` }]], routes: [{ dst: '0.0.0.0/0' }] }
      : id % 3 === 1 ? { type: 'whereabouts', range: `172.${16 + (id % 16)}.${(id >> 4) & 255}.0/24`, exclude: [`172.${16 + (id % 16)}.${(id >> 4) & 255}.0/28`] }
      : { type: 'static', addresses: [{ address: `192.168.${id & 255}.${(id >> 8) + 2}/24`, gateway: `192.168.${id & 255}.1` }] };
    const cfg = { cniVersion: '0.3.1', name: `net-${k}`, type: t, ipam };
    if (t === 'macvlan' || t === 'ipvlan') { cfg.master = `ens${3 + (id % 200)}.${vlan}`; cfg.mode = t === 'macvlan' ? 'bridge' : 'l2'; }
    if (t === 'bridge') { cfg.bridge = `br-${id}`.slice(0, 15); cfg.vlan = vlan; cfg.isGateway = id % 2 === 0; cfg.mtu = 1500; }
    if (t === 'vlan') { cfg.master = `bond${id % 8}`; cfg.vlanId = vlan; }
    if (t === 'sriov') { cfg.vlan = vlan; delete cfg.master; }
    if (t === 'host-device') { cfg.device = `eth${1 + (id % 64)}`; }
    const md = { name: `net-${k}`, namespace: ns };
    if (t === 'sriov') md.annotations = { 'k8s.v1.cni.cncf.io/resourceName': `intel.com/sriov_netdevice_${id % 4}` };
    docs.push({ apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: md, spec: { config: JSON.stringify(cfg, null, 2) } });
    continue;
  }
  const nets = [1, 2, 3, 4].map(j => {
    const id = nsI * nadsPerNs + j;
    const e = { name: `net-${j}`, interface: `net${j}` };
    if (id % 3 === 2) e.ips = [`192.168.${id & 255}.${10 + k}/24`];
    if (j === 4) { e.namespace = `tenant-${Math.max(0, nsI - 1)}`; e.name = 'net-1'; }
    return e;
  });
  const ann = { 'k8s.v1.cni.cncf.io/networks': JSON.stringify(nets) };
  if (k < 9) docs.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `cnf-${d}`, namespace: ns, annotations: ann }, spec: { containers: [{ name: 'cnf', image: 'registry.example.com/cnf:3.1', resources: { limits: { 'intel.com/sriov_netdevice_0': '1' } } }] } });
  else docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `cnf-dep-${d}`, namespace: ns }, spec: { replicas: 1, selector: { matchLabels: { app: `cnf-${d}` } },
    template: { metadata: { labels: { app: `cnf-${d}` }, annotations: { 'k8s.v1.cni.cncf.io/networks': `net-1@eth1, net-2@eth2, tenant-${Math.max(0, nsI - 1)}/net-3` } }, spec: { containers: [{ name: 'cnf', image: 'registry.example.com/cnf:3.1' }] } } } });
}
writeDocs(out, docs, { prefix: 'multus', subdirFn: f => `site-${f % 8}` });
