// Shape 2: one huge namespace, N/2 distinct app labels, two identical workloads per app
// (blue/green, same pod labels -> one group of 2). Each app has its own policy admitting
// one other app and egressing to another app + DNS; a namespace default-deny.
import { args, Files, writeOut, ns, workload, service, knp, kubeSystem } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const NS = 'monolith', apps = Math.ceil(N / 2);
f.add('ns.yaml', ns(NS, { env: 'prod' }));
f.add('ns.yaml', knp('default-deny', NS, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
f.add('ns.yaml', knp('allow-dns', NS, { podSelector: {}, policyTypes: ['Egress'],
  egress: [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] }));
const a = (i) => `app-${String(i % apps).padStart(5, '0')}`;
for (let i = 0; i < apps; i++) {
  const file = `apps/chunk-${Math.floor(i / 100)}.yaml`;
  const labels = { app: a(i), domain: `d${i % 40}`, 'app.kubernetes.io/part-of': `suite-${i % 200}` };
  const port = 8000 + (i % 50);
  for (const color of ['blue', 'green'])
    f.add(file, workload(i % 5 === 0 ? 'StatefulSet' : 'Deployment', `${a(i)}-${color}`, NS, labels, [{ port, name: 'http' }, { port: 9090, name: 'metrics' }]));
  f.add(file, service(a(i), NS, { app: a(i) }, [{ port, name: 'http' }]));
  const peer = (mut && i % 100 === 0) ? a(i + 3) : a(i + 1);
  f.add(file, knp(`${a(i)}-policy`, NS, {
    podSelector: { matchLabels: { app: a(i) } }, policyTypes: ['Ingress', 'Egress'],
    ingress: [{ from: [{ podSelector: { matchLabels: { app: peer } } }, { podSelector: { matchLabels: { app: a(i + 17) } } }], ports: [{ port: 'http' }] }],
    egress: [{ to: [{ podSelector: { matchLabels: { app: a(i + apps - 1) } } }], ports: [{ port: 8000 + ((i + apps - 1) % apps % 50) }] },
             { to: [{ podSelector: { matchLabels: { app: a(i + apps - 17) } } }] }],
  }));
}
writeOut(out, f.m);
