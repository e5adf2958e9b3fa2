// Flannel estates: many kube-flannel-cfg ConfigMaps (one per cluster folder) with net-conf.json and
// cni-conf.json, flannel DaemonSets with --iface args, Nodes with flannel annotations and podCIDRs,
// and Calico IPPools for canal-style clusters. N/10 clusters of 10 objects.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
for (let d = 0; d < n; d++) {
  const c = Math.floor(d / 10), k = d % 10; const ns = 'kube-flannel';
  const net = `10.${(c >> 4) & 255}.${(c & 15) << 4}.0/20`.replace(/^10\.(\d+)\.(\d+)\.0\/20$/, (m, a, b) => `10.${a}.${b}.0/20`);
  if (k === 0) docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-flannel-cfg', namespace: `${ns}-${c}`, labels: { app: 'flannel', tier: 'node' } },
    data: { 'cni-conf.json': JSON.stringify({ name: 'cbr0', cniVersion: '0.3.1', plugins: [{ type: 'flannel', delegate: { hairpinMode: true, isDefaultGateway: true } }, { type: 'portmap', capabilities: { portMappings: true } }] }, null, 2),
      'net-conf.json': JSON.stringify({ Network: net, SubnetLen: 24, Backend: c % 2 ? { Type: 'vxlan', VNI: 1, Port: 8472, MTU: 1450 } : { Type: 'host-gw' } }, null, 2) } });
  else if (k === 1) docs.push({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'kube-flannel-ds', namespace: `${ns}-${c}` }, spec: { selector: { matchLabels: { app: 'flannel' } }, template: { metadata: { labels: { app: 'flannel' } },
    spec: { hostNetwork: true, containers: [{ name: 'kube-flannel', image: 'docker.io/flannel/flannel:v0.25.1', command: ['/opt/bin/flanneld'], args: ['--ip-masq', '--kube-subnet-mgr', `--iface=eth${c % 3}`, '--iface-regex=^ens.*'] }] } } } });
  else docs.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `c${c}-node-${k}`, annotations: { 'flannel.alpha.coreos.com/backend-type': 'vxlan', 'flannel.alpha.coreos.com/public-ip': `192.168.${c & 255}.${k}` } }, spec: { podCIDR: net.replace(/\.0\/20$/, `.0/24`).replace(/(\d+)\.0\/24$/, (m, x) => `${Number(x) + k}.0/24`) } });
}
writeDocs(out, docs, { prefix: 'flannel', subdirFn: f => `cluster-${f}` });
