// CNI configs: standalone .conflist/.conf files (node-local /etc/cni/net.d snapshots, one file per
// object, in per-node folders) and ConfigMaps holding conflists (10 per yaml file), incl. the calico
// config ConfigMap with cni_network_config template, multus thick plugin config, and calico-ipam
// configs referencing pools; plus IPPools so cni-ipam-pools has something to resolve against.
import fs from 'node:fs'; import path from 'node:path';
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const files = Math.floor(n / 2), cms = n - files;
const pools = Math.max(1, Math.floor(n / 100));
const calico = (i) => ({ cniVersion: '0.3.1', name: 'k8s-pod-network', plugins: [
  { type: 'calico', log_level: 'info', datastore_type: 'kubernetes', nodename: `node-${i}`, mtu: 1440, ipam: { type: 'calico-ipam', assign_ipv4: 'true', ipv4_pools: [`pool-${i % pools}`, `10.${(i % pools) >> 8 & 255}.${(i % pools) & 255}.0/24`] }, policy: { type: 'k8s' }, kubernetes: { kubeconfig: '/etc/cni/net.d/calico-kubeconfig' } },
  { type: 'portmap', snat: true, capabilities: { portMappings: true } }, { type: 'bandwidth', capabilities: { bandwidth: true } }] });
const multus = (i) => ({ cniVersion: '0.3.1', name: 'multus-cni-network', type: 'multus', kubeconfig: '/etc/cni/net.d/multus.d/multus.kubeconfig', delegates: [calico(i)] });
for (let i = 0; i < files; i++) {
  const d = path.join(out, 'nodes', `node-${i % 200}`, `snap-${Math.floor(i / 200)}`); fs.mkdirSync(d, { recursive: true });
  if (i % 2) fs.writeFileSync(path.join(d, '10-calico.conflist'), JSON.stringify(calico(i), null, 2));
  else fs.writeFileSync(path.join(d, '00-multus.conf'), JSON.stringify(multus(i), null, 2));
}
const docs = [];
for (let p = 0; p < pools; p++) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `pool-${p}` }, spec: { cidr: `10.${(p >> 8) & 255}.${p & 255}.0/24`, blockSize: 26, ipipMode: 'Always', natOutgoing: true } });
for (let i = docs.length; i < cms; i++) {
  if (i % 3 === 0) docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `calico-config-${i}`, namespace: `calico-system-${i % 20}` },
    data: { calico_backend: 'bird', veth_mtu: '1440', typha_service_name: 'none', cni_network_config: JSON.stringify({ ...calico(i), plugins: [{ ...calico(i).plugins[0], mtu: '__CNI_MTU__', nodename: '__KUBERNETES_NODE_NAME__', kubernetes: { kubeconfig: '__KUBECONFIG_FILEPATH__' } }, calico(i).plugins[1]] }, null, 2) } });
  else docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cni-conf-${i}`, namespace: 'kube-system', labels: { app: 'cni-installer' } }, data: { '10-calico.conflist': JSON.stringify(calico(i), null, 2), '00-multus.conf': JSON.stringify(multus(i), null, 2) } });
}
writeDocs(out, docs, { prefix: 'cm', subdirFn: f => `configmaps/g${f % 10}` });
