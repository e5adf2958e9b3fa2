// Shape 6: workloads with many labels (15) and policies with matchExpressions (In/NotIn/Exists/
// DoesNotExist) on pods and namespaces, plus ClusterNetworkPolicies (v1alpha2, Admin/Baseline).
// Namespaces of 50 workloads drawn from 10 label sets (so groups of ~5 form); namespace labels
// carry a shard that scales with N, so selector matches stay bounded per policy.
import { args, Files, writeOut, ns, workload, service, knp, kubeSystem } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const PER = 50, nns = Math.ceil(N / PER), SETS = 10;
const envs = ['prod', 'staging', 'dev'], regions = ['eu-west-1', 'us-east-1', 'ap-south-1'];
const labelSet = (s, n) => ({
  app: `app-${s}`, component: ['api', 'web', 'worker', 'db', 'cache'][s % 5], tier: s < 4 ? 'frontend' : 'backend',
  version: `v${s % 3}`, track: s % 4 ? 'stable' : 'canary', 'app.kubernetes.io/name': `app-${s}`,
  'app.kubernetes.io/instance': `inst-${n}-${s}`, 'app.kubernetes.io/managed-by': 'Helm', 'helm.sh/chart': `chart-${s}-1.2.${s}`,
  owner: `squad-${(n + s) % 13}`, 'cost-center': `cc-${n % 17}`, 'data-class': ['public', 'internal', 'confidential', 'restricted'][s % 4],
  ...(s % 3 === 0 ? { pci: 'true' } : {}), ...(s % 2 ? { 'sidecar.istio.io/inject': 'true' } : { legacy: 'yes' }), 'rollout-wave': String(s % 6),
});
for (let n = 0; n < nns; n++) {
  const name = `lbl-${n}`, file = `ns/${name}.yaml`, shard = `s${Math.floor(n / 4)}`;
  f.add(file, ns(name, { env: envs[n % 3], region: regions[n % 3], shard, ...(n % 5 === 0 ? { compliance: 'pci' } : {}), owner: `squad-${n % 13}` }));
  for (let w = 0; w < PER; w++) {
    const s = w % SETS;
    f.add(file, workload(w % 6 === 0 ? 'StatefulSet' : 'Deployment', `wl-${w}`, name, labelSet(s, n), [{ port: 8080 + (s % 3), name: 'http' }, { port: 9090, name: 'metrics' }]));
  }
  f.add(file, knp('default-deny', name, { podSelector: {}, policyTypes: ['Ingress'] }));
  f.add(file, knp('frontend-from-shard', name, {
    podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }, { key: 'track', operator: 'NotIn', values: ['canary'] }] },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'shard', operator: 'In', values: [shard] }, { key: 'env', operator: 'NotIn', values: ['dev'] }] },
                         podSelector: { matchExpressions: [{ key: 'sidecar.istio.io/inject', operator: 'Exists' }] } }], ports: [{ port: 'http' }] }] }));
  f.add(file, knp('backend-from-frontend', name, {
    podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }, { key: 'legacy', operator: 'DoesNotExist' }] },
    policyTypes: ['Ingress'],
    ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }, { key: 'component', operator: 'In', values: ['api', 'web'] }] } }],
                ports: [{ port: 8080, endPort: 8082 }] }] }));
  f.add(file, knp('pci-isolation', name, {
    podSelector: { matchExpressions: [{ key: 'pci', operator: 'Exists' }, { key: 'data-class', operator: 'In', values: ['confidential', 'restricted'] }] },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'compliance', operator: 'Exists' }, { key: 'shard', operator: 'In', values: [shard] }] },
                         podSelector: { matchExpressions: [{ key: 'pci', operator: 'Exists' }] } }] }],
    egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'owner', operator: 'In', values: [`squad-${n % 13}`, `squad-${(n + 1) % 13}`] }] } }] },
             { to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }] }));
  f.add(file, knp('metrics', name, { podSelector: { matchExpressions: [{ key: 'app.kubernetes.io/managed-by', operator: 'In', values: ['Helm'] }] }, policyTypes: ['Ingress'],
    ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['monitoring'] }] } }], ports: [{ port: (mut && n % 100 === 0) ? 9091 : 'metrics' }] }] }));
}
// ClusterNetworkPolicies: one per 4 shards, Admin deny from dev to pci namespaces, Pass for monitoring; a Baseline
const shards = Math.ceil(nns / 4);
for (let s = 0; s < shards; s += 4) {
  f.add('cluster-policies.yaml', { apiVersion: 'policy.networking.k8s.io/v1alpha2', kind: 'ClusterNetworkPolicy', metadata: { name: `pci-guard-${s}` },
    spec: { tier: 'Admin', priority: 10 + (s % 900), subject: { namespaces: { matchExpressions: [{ key: 'compliance', operator: 'Exists' }, { key: 'shard', operator: 'In', values: [`s${s}`, `s${s + 1}`, `s${s + 2}`, `s${s + 3}`] }] } },
      ingress: [{ name: 'pass-monitoring', action: 'Pass', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }] },
                { name: 'deny-dev', action: 'Deny', from: [{ namespaces: { matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] } }] }] } });
}
f.add('cluster-policies.yaml', { apiVersion: 'policy.networking.k8s.io/v1alpha2', kind: 'ClusterNetworkPolicy', metadata: { name: 'baseline-deny-cross-region' },
  spec: { tier: 'Baseline', priority: 100, subject: { namespaces: { matchExpressions: [{ key: 'region', operator: 'Exists' }] } },
    ingress: [{ name: 'deny-eu-from-us', action: 'Deny', from: [{ namespaces: { matchLabels: { region: 'us-east-1' } } }], protocols: [{ tcp: { destinationPort: { number: 9090 } } }] }] } });
f.add('monitoring.yaml', ns('monitoring', {}));
f.add('monitoring.yaml', workload('StatefulSet', 'prometheus', 'monitoring', { app: 'prometheus' }, [{ port: 9090, name: 'web' }]));
writeOut(out, f.m);
