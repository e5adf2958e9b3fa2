/**
 * A reachability corpus for benchmarking `netlint reach` through the CLI: YAML files of a random
 * multi-team cluster, generated from a seed (same seed, same bytes). It knows nothing of how the
 * evaluator works: namespaces with team/env labels, workloads (Deployments, StatefulSets, Pods)
 * with app/tier/version labels and random container ports, and random policies of every kind the
 * evaluator reads: Kubernetes NetworkPolicies (default deny, allow-lists within and across
 * namespaces, named ports, port ranges, ipBlock ranges with except), Calico NetworkPolicies and
 * GlobalNetworkPolicies (orders, Deny and Pass, selector expressions, nets).
 *
 * Usage: `reachCorpus({ endpoints: 10_000, policies: 2_000 })` returns the files; write them under
 * a directory and run `node dist/cli.js reach DIR`.
 */
import { rng } from './corpus.js';

export interface ReachCorpusOptions {
  endpoints?: number;
  policies?: number;
  /** Default: one namespace per 100 endpoints (at least 2). */
  namespaces?: number;
  seed?: number;
  /** Documents per file (default 50). */
  perFile?: number;
}

export interface ReachCorpusFile {
  path: string;
  text: string;
}

const TIERS = ['web', 'api', 'db', 'cache', 'worker'];
const ENVS = ['prod', 'staging', 'dev'];
const PORTS: { port: number; name: string; protocol?: string }[] = [
  { port: 80, name: 'http' },
  { port: 443, name: 'https' },
  { port: 8080, name: 'http-alt' },
  { port: 9090, name: 'metrics' },
  { port: 5432, name: 'postgres' },
  { port: 6379, name: 'redis' },
  { port: 53, name: 'dns', protocol: 'UDP' },
];
const RANGES = ['203.0.113.0/24', '198.51.100.0/24', '192.0.2.0/24', '100.64.0.0/10', '172.16.0.0/12'];
const APPS_PER_NAMESPACE = 10;

/** A JSON value as a YAML flow document (JSON is YAML; one line per document keeps files small). */
function doc(value: unknown): string {
  return `---\n${JSON.stringify(value)}\n`;
}

export function reachCorpus(options: ReachCorpusOptions = {}): ReachCorpusFile[] {
  const rand = rng(options.seed ?? 7);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number): boolean => rand() < p;
  const nEndpoints = options.endpoints ?? 1_000;
  const nPolicies = options.policies ?? 200;
  const nNs = options.namespaces ?? Math.max(2, Math.round(nEndpoints / 100));
  const perFile = options.perFile ?? 50;
  const ns = (i: number): string => `team-${i}`;
  const app = (): string => `app-${int(APPS_PER_NAMESPACE)}`;
  const docs: string[] = [];

  // Each namespace runs a few apps; the workloads of one app share its tier and container ports.
  const apps: { tier: string; ports: unknown[] }[][] = [];
  for (let i = 0; i < nNs; i++) {
    docs.push(doc({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns(i), labels: { team: `t${i % 20}`, env: pick(ENVS) } } }));
    apps.push(
      Array.from({ length: APPS_PER_NAMESPACE }, () => ({
        tier: pick(TIERS),
        ports: PORTS.filter(() => chance(0.3)).map((p) => ({ containerPort: p.port, name: p.name, ...(p.protocol ? { protocol: p.protocol } : {}) })),
      })),
    );
  }
  for (let i = 0; i < nEndpoints; i++) {
    const n = int(nNs);
    const a = int(APPS_PER_NAMESPACE);
    const labels = { app: `app-${a}`, tier: apps[n][a].tier, version: pick(['v1', 'v2']), 'pod-template-hash': `h${i.toString(36)}` };
    const podSpec = { containers: [{ name: 'main', image: 'registry.example/app:1', ports: apps[n][a].ports }] };
    const namespace = ns(n);
    const kind = chance(0.1) ? 'Pod' : chance(0.2) ? 'StatefulSet' : 'Deployment';
    if (kind === 'Pod') docs.push(doc({ apiVersion: 'v1', kind, metadata: { name: `w-${i}`, namespace, labels }, spec: podSpec }));
    else docs.push(doc({ apiVersion: 'apps/v1', kind, metadata: { name: `w-${i}`, namespace }, spec: { replicas: 1 + int(3), template: { metadata: { labels }, spec: podSpec } } }));
  }

  const portList = (): unknown[] => {
    const out: unknown[] = [];
    for (const p of PORTS) {
      if (!chance(0.25)) continue;
      if (chance(0.3)) out.push({ port: p.name, ...(p.protocol ? { protocol: p.protocol } : {}) });
      else if (chance(0.15)) out.push({ port: p.port, endPort: p.port + int(100), ...(p.protocol ? { protocol: p.protocol } : {}) });
      else out.push({ port: p.port, ...(p.protocol ? { protocol: p.protocol } : {}) });
    }
    return out;
  };
  const peer = (): unknown => {
    const r = rand();
    if (r < 0.4) return { podSelector: { matchLabels: { app: app() } } };
    if (r < 0.6) return { namespaceSelector: { matchLabels: { team: `t${int(20)}` } }, podSelector: { matchLabels: { tier: pick(TIERS) } } };
    if (r < 0.7) return { namespaceSelector: { matchLabels: { env: pick(ENVS) } } };
    if (r < 0.8) return { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [pick(TIERS), pick(TIERS)] }] } };
    if (r < 0.9) return { ipBlock: { cidr: pick(RANGES) } };
    return { ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', pick(RANGES)] } };
  };
  const rule = (key: 'from' | 'to'): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    if (!chance(0.1)) out[key] = Array.from({ length: 1 + int(2) }, peer);
    const ports = portList();
    if (ports.length > 0) out.ports = ports;
    return out;
  };
  const calicoRule = (action: string, side: 'source' | 'destination'): Record<string, unknown> => {
    const r = rand();
    const end: Record<string, unknown> =
      r < 0.4 ? { selector: `tier == '${pick(TIERS)}'` } : r < 0.7 ? { namespaceSelector: `env == '${pick(ENVS)}'` } : r < 0.85 ? { nets: [pick(RANGES)] } : { selector: `app in {'${app()}', '${app()}'}` };
    const out: Record<string, unknown> = { action, [side]: end };
    if (chance(0.5)) {
      const p = pick(PORTS);
      out.protocol = p.protocol ?? 'TCP';
      out.destination = { ...((out.destination as object) ?? {}), ports: [p.port] };
    }
    return out;
  };

  let made = 0;
  const policy = (value: unknown): void => {
    if (made < nPolicies) docs.push(doc(value));
    made++;
  };
  // The platform baseline most namespaces get: deny by default (ingress, often egress too) with DNS allowed.
  for (let i = 0; i < nNs && made < nPolicies; i++) {
    if (chance(0.05)) continue;
    const egress = chance(0.5);
    policy({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: ns(i) }, spec: { podSelector: {}, policyTypes: egress ? ['Ingress', 'Egress'] : ['Ingress'] } });
    if (egress) {
      policy({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'allow-dns', namespace: ns(i) },
        spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }] },
      });
    }
  }
  for (let g = 0; made < nPolicies; g++) {
    const namespace = ns(int(nNs));
    const r = rand();
    if (r < 0.65) {
      const types = chance(0.7) ? ['Ingress'] : chance(0.5) ? ['Egress'] : ['Ingress', 'Egress'];
      const spec: Record<string, unknown> = { podSelector: chance(0.9) ? { matchLabels: { app: app() } } : { matchLabels: { tier: pick(TIERS) } }, policyTypes: types };
      if (types.includes('Ingress')) spec.ingress = Array.from({ length: 1 + int(2) }, () => rule('from'));
      if (types.includes('Egress')) spec.egress = Array.from({ length: 1 + int(2) }, () => rule('to'));
      policy({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `allow-${g}`, namespace }, spec });
    } else if (r < 0.9) {
      policy({
        apiVersion: 'projectcalico.org/v3',
        kind: 'NetworkPolicy',
        metadata: { name: `calico-${g}`, namespace },
        spec: { order: int(2000), selector: `app == '${app()}'`, types: ['Ingress'], ingress: [calicoRule(pick(['Allow', 'Deny']), 'source'), calicoRule('Allow', 'source')] },
      });
    } else {
      policy({
        apiVersion: 'projectcalico.org/v3',
        kind: 'GlobalNetworkPolicy',
        metadata: { name: `global-${g}` },
        spec: {
          order: int(500),
          selector: `tier == '${pick(TIERS)}'`,
          namespaceSelector: `team == 't${int(20)}'`,
          types: ['Ingress', 'Egress'],
          ingress: [calicoRule(pick(['Deny', 'Pass']), 'source')],
          egress: [calicoRule(pick(['Deny', 'Pass', 'Allow']), 'destination')],
        },
      });
    }
  }

  const files: ReachCorpusFile[] = [];
  for (let i = 0; i < docs.length; i += perFile) {
    files.push({ path: `reach-${String(files.length).padStart(5, '0')}.yaml`, text: docs.slice(i, i + perFile).join('') });
  }
  return files;
}
