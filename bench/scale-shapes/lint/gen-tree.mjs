// Kustomize-style repo: a deep folder tree (depth 6, fanout 3..), a kustomization.yaml, a Chart-less
// values.yaml and a README in every folder, and mixed networking manifests (Namespace, Service,
// NetworkPolicy, Deployment, 10 per file) spread over the leaves, names repeated across overlays
// (base/overlays pattern: same object name in many folders, same namespace).
import fs from 'node:fs'; import path from 'node:path';
import { args } from './lib.mjs';
import { createRequire } from 'node:module';
const yaml = createRequire(import.meta.url)('js-yaml');
const { out, n } = args();
const files = Math.ceil(n / 10);
let made = 0, fileNo = 0;
const folders = [];
function mk(dir, depth) {
  if (folders.length >= files) return;
  fs.mkdirSync(dir, { recursive: true });
  folders.push(dir);
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), yaml.dump({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['resources.yaml'], namespace: `env-${depth}`, commonLabels: { layer: `l${depth}` } }));
  fs.writeFileSync(path.join(dir, 'README.md'), '# overlay\n');
  if (depth < 8) for (let c = 0; c < 3; c++) mk(path.join(dir, ['base', 'overlays', 'components'][c] + '-' + depth), depth + 1);
}
// breadth: several roots so that we get enough folders
for (let r = 0; folders.length < files; r++) mk(path.join(out, `cluster-${r}`, 'apps'), 0);
for (const dir of folders) {
  const docs = [];
  for (let j = 0; j < 10 && made < n; j++, made++) {
    const app = `app-${j}`; const ns = `shop-${fileNo % 50}`;
    if (j === 0) docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    else if (j < 4) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: app, namespace: ns }, spec: { selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'c', image: `r/${app}:1`, ports: [{ name: 'http', containerPort: 8080 }] }] } } } });
    else if (j < 6) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 'http' }] } });
    else docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `allow-${app}`, namespace: ns }, spec: { podSelector: { matchLabels: { app } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'app-1' } } }], ports: [{ port: 'http' }] }] } });
  }
  fs.writeFileSync(path.join(dir, 'resources.yaml'), docs.map(o => yaml.dump(o)).join('---\n'));
  fileNo++;
}
