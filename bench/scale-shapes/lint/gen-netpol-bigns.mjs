// The opposite dimension of gen-netpol: a few big namespaces (5) holding everything: Pods/Deployments
// with many labels, Services, and many NetworkPolicies per namespace, each policy with several
// ingress rules (podSelector matchExpressions, named and numbered ports, ipBlocks) - a monolith cluster.
import { args, writeDocs } from './lib.mjs';
const { out, n } = args();
const docs = [];
const nss = ['prod', 'staging', 'shared', 'platform', 'legacy'];
for (const ns of nss) docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns, env: ns } } });
for (let d = docs.length; d < n; d++) {
  const ns = nss[Math.floor(d / 4) % 5]; const app = `svc-${Math.floor(d / 4) % 400}`; const k = d % 4;
  if (k === 0) docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `${app}-${d}`, namespace: ns, labels: { app } }, spec: { replicas: 2, selector: { matchLabels: { app, shard: `s${d % 17}` } },
    template: { metadata: { labels: { app, shard: `s${d % 17}`, tier: ['frontend', 'backend', 'data'][d % 3], version: `v${d % 5}`, team: `t${d % 23}` } }, spec: { containers: [{ name: 'app', image: 'r/app:1', ports: [{ name: 'http', containerPort: 8080 }, { name: 'grpc', containerPort: 9000 }] }] } } } });
  else if (k === 1) docs.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: `${app}-${d}`, namespace: ns }, spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'grpc', port: 9000, targetPort: 'grpc' }] } });
  else docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `np-${d}`, namespace: ns },
    spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress', 'Egress'],
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: `svc-${(d + 1) % 400}` } } }, { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'backend'] }, { key: 'team', operator: 'NotIn', values: ['t1', 't2'] }] } }], ports: [{ port: 'http' }, { port: 'grpc' }] },
        { from: [{ namespaceSelector: { matchLabels: { env: 'platform' } } }], ports: [{ port: 9090, protocol: 'TCP' }] },
        { from: [{ ipBlock: { cidr: `10.${d % 200}.0.0/16`, except: [`10.${d % 200}.1.0/24`] } }], ports: [{ port: 8080 }] },
        { from: [{ podSelector: {} }], ports: [{ port: 'http' }] }],
      egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
        { to: [{ podSelector: { matchLabels: { app: `svc-${(d + 7) % 400}` } } }] }] } });
}
writeDocs(out, docs, { prefix: 'mono', subdirFn: f => `part-${f % 10}` });
