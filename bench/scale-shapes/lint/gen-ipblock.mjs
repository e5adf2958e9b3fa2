// NetworkPolicies (one namespace per 10 docs) each with many ipBlock peers with excepts, plus Services
// (ClusterIPs) and Calico NetworkPolicies with many nets/notNets.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
for (let d = 0; d < n; d++) {
  const ns = `ns-${Math.floor(d / 10)}`;
  const k = d % 10;
  if (k === 0) { docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }); continue; }
  if (k === 1) { docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `svc-${d}`, namespace: ns }, spec: { type: 'ClusterIP', clusterIP: `10.96.${(d >> 8) & 255}.${d & 255}`, selector: { app: `a${d}` }, ports: [{ port: 443, targetPort: 8443, protocol: 'TCP' }] } }); continue; }
  const blocks = [];
  for (let b = 0; b < 12; b++) {
    const o2 = (d * 7 + b * 13) % 256, o3 = (d + b) % 256;
    const id = d * 12 + b;
    const cidr = b % 4 === 0 ? `172.${16 + (id % 16)}.${o3}.0/24` : b % 4 === 1 ? `0.0.0.0/0` : b % 4 === 2 ? `192.168.${o3}.0/24` : `100.${64 + (id % 64)}.${o2}.0/24`;
    const except = b % 4 === 1 ? ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', `169.254.${o3}.0/24`] : [`${cidr.split('.').slice(0, 3).join('.')}.0/28`, `${cidr.split('.').slice(0, 3).join('.')}.128/25`];
    blocks.push({ ipBlock: { cidr, except } });
  }
  if (k < 7) docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `egress-ext-${d}`, namespace: ns },
    spec: { podSelector: { matchLabels: { app: `a${d}` } }, policyTypes: ['Egress', 'Ingress'],
      egress: [{ to: blocks.slice(0, 6), ports: [{ protocol: 'TCP', port: 443 }] }, { to: blocks.slice(6), ports: [{ protocol: 'TCP', port: 5432 }, { protocol: 'UDP', port: 53 }] }],
      ingress: [{ from: blocks.slice(2, 9) }] } });
  else docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkPolicy', metadata: { name: `allow-nets-${d}`, namespace: ns },
    spec: { selector: `app == 'a${d}'`, types: ['Ingress', 'Egress'],
      ingress: [{ action: 'Allow', protocol: 'TCP', source: { nets: blocks.map(b => b.ipBlock.cidr).slice(0, 8), notNets: blocks[0].ipBlock.except }, destination: { ports: [8080, '9000:9100'] } }],
      egress: [{ action: 'Allow', protocol: 'TCP', destination: { nets: blocks.map(b => b.ipBlock.cidr), ports: [443] } }, { action: 'Deny' }] } });
}
writeDocs(out, docs, { prefix: 'ipblock', subdirFn: f => `g${f % 16}` });
