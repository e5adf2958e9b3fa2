// Namespaces, Deployments, Services and NetworkPolicies spread over many namespaces (N/10 namespaces).
// Policies use podSelector / namespaceSelector peers (several per rule), ports incl. named ports.
import { args, writeDocs, rng } from './lib.mjs';
const { out, n } = args();
const r = rng(7);
const docs = [];
const nsCount = Math.max(1, Math.floor(n / 10));
const teams = ['payments', 'search', 'checkout', 'identity', 'ml', 'data', 'infra', 'web'];
let i = 0;
while (docs.length < n) {
  const ns = `team-${teams[i % teams.length]}-${Math.floor(i / teams.length)}`;
  const ni = i % nsCount; i++;
  const nsName = `ns-${Math.floor(docs.length / 10)}`;
  const kind = docs.length % 10;
  const app = `app-${Math.floor(docs.length / 10) % 50}`;
  if (kind === 0) docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: nsName, labels: { 'kubernetes.io/metadata.name': nsName, team: teams[Math.floor(docs.length / 10) % 8], env: docs.length % 30 ? 'prod' : 'staging' } } });
  else if (kind <= 3) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `${app}-${docs.length}`, namespace: nsName, labels: { app } },
    spec: { replicas: 3, selector: { matchLabels: { app } }, template: { metadata: { labels: { app, tier: ['web', 'api', 'db'][docs.length % 3] } },
      spec: { containers: [{ name: 'main', image: `registry.example.com/${app}:1.2.${docs.length % 9}`, ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }] }] } } } });
  else if (kind === 4) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `${app}-svc-${docs.length}`, namespace: nsName }, spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'metrics', port: 9090, targetPort: 9090 }] } });
  else {
    const peers = [];
    for (let p = 0; p < 6; p++) {
      const x = Math.floor(r() * nsCount);
      if (p % 3 === 0) peers.push({ podSelector: { matchLabels: { app: `app-${Math.floor(r() * 50)}` } } });
      else if (p % 3 === 1) peers.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `ns-${x}` } }, podSelector: { matchLabels: { tier: 'api' } } });
      else peers.push({ namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'In', values: [teams[x % 8], teams[(x + 1) % 8]] }] } });
    }
    if (kind === 5) docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `default-deny-${docs.length}`, namespace: nsName }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
    else docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `allow-${app}-${docs.length}`, namespace: nsName },
      spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress', 'Egress'],
        ingress: [{ from: peers.slice(0, 3), ports: [{ protocol: 'TCP', port: 'http' }, { protocol: 'TCP', port: 9090 }] }, { from: peers.slice(3), ports: [{ port: 8443, endPort: 8450 }] }],
        egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }] }, { to: peers.slice(1, 4) }] } });
  }
}
writeDocs(out, docs.slice(0, n), { prefix: 'netpol', subdirFn: f => `ns-group-${f % 20}` });
