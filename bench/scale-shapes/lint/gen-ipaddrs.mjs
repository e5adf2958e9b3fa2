// Pods with fixed IPs: cni.projectcalico.org/ipAddrs (JSON list), ipv4pools annotations, plus
// StatefulSets/Deployments carrying fixed IPs in the pod template, and the IPPools they draw from.
// One IPPool per 50 docs, so pools grow with N too.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
for (let d = 0; d < n; d++) {
  const ns = `db-${Math.floor(d / 20)}`;
  const p = Math.floor(d / 50);
  const pip = (x) => `10.${100 + ((p >> 8) & 63)}.${p & 255}.${x}`;
  if (d % 50 === 0) { docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name: `static-${p}` }, spec: { cidr: `10.${100 + ((p >> 8) & 63)}.${p & 255}.0/24`, blockSize: 28, ipipMode: 'Never', natOutgoing: true, nodeSelector: 'all()' } }); continue; }
  const ip = pip(10 + (d % 50));
  if (d % 10 === 9) docs.push({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: `pg-${d}`, namespace: ns }, spec: { serviceName: `pg-${d}`, replicas: 1, selector: { matchLabels: { app: `pg-${d}` } },
    template: { metadata: { labels: { app: `pg-${d}` }, annotations: { 'cni.projectcalico.org/ipAddrs': JSON.stringify([ip]) } }, spec: { containers: [{ name: 'pg', image: 'postgres:16' }] } } } });
  else docs.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `legacy-${d}`, namespace: ns, labels: { app: 'legacy' },
    annotations: d % 3 === 0 ? { 'cni.projectcalico.org/ipAddrs': JSON.stringify([ip, `fd00:10:${p.toString(16)}::${(d % 50).toString(16)}`]) } : d % 3 === 1 ? { 'cni.projectcalico.org/ipAddrs': `["${ip}"]`, 'cni.projectcalico.org/ipv4pools': `["static-${p}"]` } : { 'cni.projectcalico.org/ipAddrs': JSON.stringify([ip]) } },
    spec: { containers: [{ name: 'app', image: 'registry.example.com/legacy:1' }] } });
}
writeDocs(out, docs, { prefix: 'fixed', subdirFn: f => `cluster-${f % 5}` });
