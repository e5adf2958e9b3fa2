// Shape 1: thousands of namespaces with few workloads each; per namespace a default-deny
// (ingress+egress), allow-from-namespace-label (same team, env=prod), allow intra-namespace,
// DNS egress. Teams hold 10 namespaces each so allowed pairs grow linearly.
import { args, Files, writeOut, ns, workload, service, knp, kubeSystem } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const PER = 4, nns = Math.ceil(N / PER);
const roles = [['frontend', 8080, 'http'], ['backend', 9000, 'grpc'], ['db', 5432, 'pg'], ['cache', 6379, 'redis']];
for (let i = 0; i < nns; i++) {
  const name = `svc-${String(i).padStart(5, '0')}`, file = `namespaces/${name}.yaml`;
  const team = `team-${Math.floor(i / 10)}`;
  f.add(file, ns(name, { team, env: i % 3 ? 'prod' : 'staging', 'cost-center': `cc-${i % 37}` }));
  for (let r = 0; r < PER; r++) {
    const [role, port, pname] = roles[r];
    const kind = role === 'db' ? 'StatefulSet' : 'Deployment';
    f.add(file, workload(kind, role, name, { app: role, tier: r < 2 ? 'web' : 'data', version: 'v1' }, [{ port, name: pname }, { port: 9102, name: 'metrics' }]));
    f.add(file, service(role, name, { app: role }, [{ port, name: pname }]));
  }
  f.add(file, knp('default-deny', name, { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
  f.add(file, knp('allow-same-ns', name, { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: {} }] }] }));
  f.add(file, knp('allow-from-team', name, {
    podSelector: { matchLabels: { tier: 'web' } }, policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { team, env: 'prod' } } }], ports: [{ port: (mut && i % 100 === 0) ? 'grpc' : 'http' }, { port: 'grpc' }] }],
  }));
  f.add(file, knp('allow-egress', name, {
    podSelector: {}, policyTypes: ['Egress'],
    egress: [
      { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
      { to: [{ podSelector: {} }] },
      { to: [{ namespaceSelector: { matchLabels: { team } } }], ports: [{ port: 8080 }, { port: 9000 }] },
    ],
  }));
  f.add(file, knp('allow-prometheus', name, { podSelector: {}, policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], ports: [{ port: 'metrics' }] }] }));
}
f.add('monitoring.yaml', ns('monitoring', { team: 'platform' }));
f.add('monitoring.yaml', workload('StatefulSet', 'prometheus', 'monitoring', { app: 'prometheus' }, [{ port: 9090, name: 'web' }]));
writeOut(out, f.m);
