// Deployments with many containers and named ports and many labels per object, Services with many
// ports (named targetPorts), NetworkPolicies using the named ports. One namespace per 50 docs.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const labels = (d, extra = {}) => { const l = { ...extra }; for (let j = 0; j < 15; j++) l[`example.com/label-${j}`] = `v${(d + j) % 37}`; return l; };
for (let d = 0; d < n; d++) {
  const ns = `apps-${Math.floor(d / 50)}`;
  const app = `svc${Math.floor(d / 4)}`;
  const k = d % 4;
  const portNames = Array.from({ length: 8 }, (_, j) => `p-${j}-${app}`.slice(0, 15));
  if (k === 0) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: app, namespace: ns, labels: labels(d, { app }) },
    spec: { replicas: 2, selector: { matchLabels: { app } }, template: { metadata: { labels: labels(d, { app, version: 'v1' }), annotations: { 'prometheus.io/scrape': 'true' } },
      spec: { containers: Array.from({ length: 6 }, (_, c) => ({ name: `c${c}`, image: `registry.example.com/${app}/c${c}:2.${c}`,
        ports: Array.from({ length: 4 }, (_, p) => ({ name: `c${c}p${p}`, containerPort: 8000 + c * 10 + p, protocol: p === 3 ? 'UDP' : 'TCP' })) })) } } } });
  else if (k === 1) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns, labels: labels(d, { app }) },
    spec: { selector: { app }, ports: Array.from({ length: 20 }, (_, p) => ({ name: `port-${p}`, port: 1000 + p, targetPort: `c${p % 6}p${p % 4}`, protocol: p % 4 === 3 ? 'UDP' : 'TCP' })) } });
  else if (k === 2) docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `${app}-ingress`, namespace: ns, labels: labels(d) },
    spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: `svc${Math.max(0, Math.floor(d / 4) - 1)}` } } }], ports: Array.from({ length: 10 }, (_, p) => ({ protocol: p % 4 === 3 ? 'UDP' : 'TCP', port: `c${p % 6}p${p % 4}` })) }] } });
  else docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${app}-cfg`, namespace: ns, labels: labels(d, { app }) }, data: { 'app.properties': `port=8080\nname=${app}\n` } });
}
writeDocs(out, docs, { prefix: 'apps', subdirFn: f => `team-${f % 10}` });
