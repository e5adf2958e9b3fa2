// Shape 5: Calico tiers with Pass rules and GlobalNetworkSets selected by labels.
// T = N/50 tiers (one per tenant) + security/platform tiers; each tenant tier has a GNP that
// allows its frontends from an ingress controller, passes monitoring to the next tier, denies
// the rest of its tenant; egress allowed to GlobalNetworkSets chosen by label (feeds), and a
// namespaced Calico NetworkPolicy per namespace. N/10 GlobalNetworkSets with 3 nets each.
// Every workload is egress-restricted (so allowed entries can stay linear).
import { args, Files, writeOut, ns, workload, service, knp, cnp, gnp, tier, gns, kubeSystem } from './lib.mjs';
const { out, N, mut } = args();
const f = new Files(); kubeSystem(f);
const tenants = Math.max(1, Math.ceil(N / 50)), nsPerTenant = 5, perNs = 10, sets = Math.ceil(N / 10);
f.add('tiers.yaml', tier('security', 100));
f.add('tiers.yaml', tier('platform', 200));
f.add('tiers.yaml', gnp('security.block-known-bad', { tier: 'security', order: 10, selector: 'all()', types: ['Ingress', 'Egress'],
  ingress: [{ action: 'Deny', source: { selector: "threat == 'high'" } }, { action: 'Pass' }],
  egress: [{ action: 'Deny', destination: { selector: "threat == 'high'" } }, { action: 'Pass' }] }));
f.add('tiers.yaml', gnp('platform.dns', { tier: 'platform', order: 10, selector: 'all()', types: ['Egress'],
  egress: [{ action: 'Allow', protocol: 'UDP', destination: { selector: "k8s-app == 'kube-dns'", namespaceSelector: "projectcalico.org/name == 'kube-system'", ports: [53] } }, { action: 'Pass' }] }));
f.add('tiers.yaml', gnp('platform.monitoring', { tier: 'platform', order: 20, selector: 'has(monitored)', types: ['Ingress'],
  ingress: [{ action: 'Allow', protocol: 'TCP', source: { namespaceSelector: "name == 'monitoring'" }, destination: { ports: ['metrics'] } }, { action: 'Pass' }] }));
for (let j = 0; j < sets; j++) {
  const a = 30 + (j >> 16), b = (j >> 8) & 255, c = j & 255;
  f.add(`netsets/sets-${Math.floor(j / 200)}.yaml`, gns(`feed-${j}`, { feed: `f${j}`, zone: `z${Math.floor(j / 8)}`, ...(j % 97 === 0 ? { threat: 'high' } : {}) },
    [`${a}.${b}.${c}.0/26`, `${a}.${b}.${c}.64/27`, `${a}.${b}.${c}.128/25`]));
}
let i = 0;
for (let t = 0; t < tenants; t++) {
  const T = `tenant-${t}`;
  f.add('tiers.yaml', tier(T, 1000 + t));
  f.add(`tenants/${T}.yaml`, gnp(`${T}.isolate`, { tier: T, order: 100, selector: `tenant == '${T}'`, types: ['Ingress', 'Egress'],
    ingress: [
      { action: 'Allow', protocol: 'TCP', source: { selector: "app == 'ingress-nginx'", namespaceSelector: 'all()' }, destination: { selector: "role == 'frontend'", ports: [8080] } },
      { action: 'Allow', source: { selector: `tenant == '${T}'` } },
      { action: 'Pass', source: { selector: 'has(monitoring)' } },
      { action: 'Deny' }],
    egress: [
      { action: 'Allow', destination: { selector: `tenant == '${T}'` } },
      { action: 'Allow', protocol: 'TCP', destination: { selector: `feed in {'f${(t * 7) % sets}', 'f${(t * 7 + 1) % sets}', 'f${(t * 7 + 2) % sets}'}`, ports: [443] } },
      { action: 'Allow', protocol: 'TCP', destination: { selector: `zone == 'z${(t * 3) % Math.ceil(sets / 8)}' && !has(threat)`, ports: [(mut && t % 100 === 0) ? 8443 : 443] } },
      { action: 'Pass', destination: { selector: "k8s-app == 'kube-dns'" } },
      { action: 'Deny' }] }));
  for (let k = 0; k < nsPerTenant; k++) {
    const name = `${T}-ns${k}`, file = `tenants/${T}.yaml`;
    f.add(file, ns(name, { tenant: T, env: k === 0 ? 'prod' : 'dev' }));
    for (let w = 0; w < perNs; w++, i++) {
      const role = w < 3 ? 'frontend' : w < 7 ? 'backend' : 'worker', app = `${role}-${w}`;
      const labels = { app, role, tenant: T, ...(w % 2 ? { monitored: 'true' } : {}), ...(i % 211 === 0 ? { threat: 'high' } : {}) };
      f.add(file, workload('Deployment', app, name, labels, [{ port: role === 'frontend' ? 8080 : 9000, name: 'web' }, { port: 9102, name: 'metrics' }]));
    }
    f.add(file, cnp('backend-only-from-frontend', name, { order: 500, selector: "role == 'backend'", types: ['Ingress'],
      ingress: [{ action: 'Allow', protocol: 'TCP', source: { selector: "role == 'frontend'" }, destination: { ports: [9000] } },
                { action: 'Allow', source: { namespaceSelector: `tenant == '${T}' && env == 'prod'` } }] }));
    f.add(file, knp('k8s-workers', name, { podSelector: { matchLabels: { role: 'worker' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { role: 'backend' } } }] }] }));
  }
}
f.add('ingress.yaml', ns('ingress-nginx', { name: 'ingress-nginx' }));
f.add('ingress.yaml', workload('Deployment', 'ingress-nginx', 'ingress-nginx', { app: 'ingress-nginx' }, [{ port: 443, name: 'https' }]));
f.add('ingress.yaml', ns('monitoring', { name: 'monitoring' }));
f.add('ingress.yaml', workload('StatefulSet', 'prometheus', 'monitoring', { app: 'prometheus', monitoring: 'true' }, [{ port: 9090, name: 'web' }]));
writeOut(out, f.m);
