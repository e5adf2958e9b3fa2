// Many tenant namespaces (one per 12 objects) that all run the same three apps under the same
// labels (app: web/api/db, tier: frontend/backend/data), each with its Services, Kubernetes and
// Calico policies naming the apps by label only: a label shared across every namespace, looked up
// cluster-wide and then filtered to one namespace, grows with namespaces × tenants.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const apps = [['web', 'frontend', 8080], ['api', 'backend', 9000], ['db', 'data', 5432]];
for (let t = 0; docs.length < n; t++) {
  const ns = `tenant-${t}`;
  docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { tenant: ns } } });
  for (const [app, tier, port] of apps) {
    const labels = { app, tier };
    docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: app, namespace: ns }, spec: { replicas: 2, selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: app, image: `registry.example/${app}:1.0`, ports: [{ name: 'main', containerPort: port }] }] } } } });
    docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: ns }, spec: { selector: { app }, ports: [{ port, targetPort: 'main' }] } });
  }
  docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'api-from-web', namespace: ns },
    spec: { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'frontend' } } }], ports: [{ port: 9000 }] }] } });
  docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db-from-api', namespace: ns },
    spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: 5432 }] }] } });
  docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkPolicy', metadata: { name: 'web-from-ingress', namespace: ns },
    spec: { selector: "app == 'web'", types: ['Ingress'], ingress: [{ action: 'Allow', protocol: 'TCP', source: { selector: "tier == 'frontend'" }, destination: { ports: [8080] } },
      { action: 'Allow', protocol: 'TCP', source: { namespaceSelector: "kubernetes.io/metadata.name == 'ingress'", selector: "app == 'web'" }, destination: { ports: [8080] } }] } });
}
writeDocs(out, docs, { prefix: 'tenants' });
