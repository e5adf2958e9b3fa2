// shared helpers for the generators: YAML output, k8s/calico object builders
import fs from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';

export function args() {
  const [out, n, mut] = process.argv.slice(2);
  if (!out || !n) { console.error('usage: gen.mjs OUTDIR N [mut]'); process.exit(2); }
  return { out, N: Number(n), mut: mut === 'mut' };
}
// files: Map name -> docs[]
export function writeOut(out, files) {
  fs.rmSync(out, { recursive: true, force: true });
  let docs = 0, bytes = 0;
  for (const [name, list] of files) {
    const p = path.join(out, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    const s = list.map((d) => yaml.dump(d, { lineWidth: 200, noRefs: true })).join('---\n');
    fs.writeFileSync(p, s); docs += list.length; bytes += s.length;
  }
  console.error(`wrote ${files.size} files, ${docs} docs, ${bytes} bytes to ${out}`);
}
export class Files {
  constructor() { this.m = new Map(); }
  add(name, doc) { if (!this.m.has(name)) this.m.set(name, []); this.m.get(name).push(doc); }
}
export const ns = (name, labels = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
export function workload(kind, name, namespace, labels, ports, extra = {}) {
  const spec = {
    selector: { matchLabels: { app: labels.app ?? name } },
    template: {
      metadata: { labels },
      spec: { containers: [{ name: 'main', image: `registry.example.com/${name}:1.${name.length}`,
        ports: ports.map((p) => ({ containerPort: p.port, ...(p.name ? { name: p.name } : {}), ...(p.protocol ? { protocol: p.protocol } : {}) })),
        resources: { requests: { cpu: '50m', memory: '64Mi' } } }] },
    },
  };
  if (kind === 'Deployment' || kind === 'StatefulSet') spec.replicas = 2;
  if (kind === 'StatefulSet') spec.serviceName = name;
  if (kind === 'Pod') {
    return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels }, spec: spec.template.spec };
  }
  return { apiVersion: 'apps/v1', kind, metadata: { name, namespace, labels: { app: labels.app ?? name }, ...extra }, spec };
}
export const service = (name, namespace, selector, ports) => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name, namespace },
  spec: { selector, ports: ports.map((p) => ({ name: p.name ?? `p${p.port}`, port: p.port, targetPort: p.name ?? p.port, ...(p.protocol ? { protocol: p.protocol } : {}) })) },
});
export const knp = (name, namespace, spec) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec });
export const cnp = (name, namespace, spec) => ({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkPolicy', metadata: { name, namespace }, spec });
export const gnp = (name, spec) => ({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkPolicy', metadata: { name }, spec });
export const tier = (name, order) => ({ apiVersion: 'projectcalico.org/v3', kind: 'Tier', metadata: { name }, spec: { order } });
export const gns = (name, labels, nets) => ({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkSet', metadata: { name, labels }, spec: { nets } });
// deterministic PRNG
export function rng(seed = 1) { let s = seed >>> 0; return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; }; }
export const kubeSystem = (f) => {
  f.add('kube-system.yaml', ns('kube-system'));
  f.add('kube-system.yaml', workload('Deployment', 'coredns', 'kube-system', { 'k8s-app': 'kube-dns', app: 'coredns' },
    [{ port: 53, name: 'dns', protocol: 'UDP' }, { port: 53, name: 'dns-tcp' }, { port: 9153, name: 'metrics' }]));
};
