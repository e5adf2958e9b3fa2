/**
 * The reachability benchmark's workload: a synthetic cluster generated from a seed (no clock, no
 * randomness source, no I/O: the caller times `benchReach`). Shaped like a real multi-team
 * cluster: namespaces per team, Deployments with app/tier labels and named ports, a default deny
 * per namespace, per-app allow-lists (same namespace and cross-namespace), egress with a DNS
 * allowance, and Calico GlobalNetworkPolicies with orders and Deny rules.
 */
import type { Resource } from '../types.js';
import { buildCluster } from './cluster.js';
import { computeMatrix, countAllowed } from './matrix.js';

export interface BenchOptions {
  seed?: number;
  endpoints?: number;
  policies?: number;
  namespaces?: number;
  /** A clock in milliseconds (e.g. `performance.now`); the engine reads none itself. */
  now?: () => number;
  /** Resident memory in bytes (e.g. `() => process.memoryUsage().rss`). */
  memory?: () => number;
}

/** The targets of DESIGN.md: the whole matrix under 5 s and under 1 GiB. */
export const REACH_TARGET = { ms: 5000, bytes: 1024 ** 3 };

export interface BenchResult {
  endpoints: number;
  policies: number;
  namespaces: number;
  classes: number;
  targets: number;
  /** Allowed and total (source, destination, port) tuples between workload endpoints and external ranges. */
  allowed: number;
  tuples: number;
  /** With `now`: model + matrix time in ms; with `memory`: resident bytes after the run. */
  ms?: number;
  bytes?: number;
  /** With `now`: human lines for `npm run bench`, and whether the targets are met. */
  lines?: string[];
  ok?: boolean;
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resource(value: Record<string, unknown>, index: number): Resource {
  const apiVersion = String(value.apiVersion);
  const kind = String(value.kind);
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  const meta = value.metadata as { name: string; namespace?: string };
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    apiVersion,
    kind,
    group,
    groupKind: group === '' ? kind : `${group}/${kind}`,
    name: meta.name,
    namespace: meta.namespace ?? null,
    value,
    file: 'synthetic.yaml',
    doc: index,
    base: [],
    locate: () => at,
    scalar: () => null,
  };
}

const TIERS = ['web', 'api', 'db', 'cache'];
const APPS_PER_NAMESPACE = 25;

/** The synthetic cluster as resources. */
export function syntheticResources(options: BenchOptions = {}): Resource[] {
  const rand = prng(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const nEndpoints = options.endpoints ?? 10_000;
  const nPolicies = options.policies ?? 2_000;
  const nNs = options.namespaces ?? 100;
  const out: Record<string, unknown>[] = [];
  const ns = (i: number): string => `team-${i}`;
  for (let i = 0; i < nNs; i++) {
    out.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns(i), labels: { team: `t${i % 10}`, env: pick(['prod', 'staging']) } } });
  }
  for (let i = 0; i < nEndpoints; i++) {
    const app = `app-${i % APPS_PER_NAMESPACE}`;
    const ports: Record<string, unknown>[] = [{ containerPort: 8080, name: 'http' }];
    if (rand() < 0.3) ports.push({ containerPort: 9090, name: 'metrics' });
    if (rand() < 0.1) ports.push({ containerPort: 5432 });
    out.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `w-${i}`, namespace: ns(i % nNs) },
      spec: { template: { metadata: { labels: { app, tier: pick(TIERS), 'pod-template-hash': `h${i}` } }, spec: { containers: [{ name: 'main', ports }] } } },
    });
  }
  let made = 0;
  const policy = (value: Record<string, unknown>): void => {
    if (made < nPolicies) out.push(value);
    made++;
  };
  for (let i = 0; i < nNs && made < nPolicies; i++) {
    policy({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: ns(i) }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } });
    policy({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-dns', namespace: ns(i) },
      spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }, { to: [{ podSelector: {} }] }] },
    });
  }
  for (let g = 0; made < nPolicies; g++) {
    const i = g % nNs;
    if (g % 20 === 19) {
      policy({
        apiVersion: 'projectcalico.org/v3',
        kind: 'GlobalNetworkPolicy',
        metadata: { name: `guard-${g}` },
        spec: {
          order: 100 + (g % 7),
          selector: `app == 'app-${g % APPS_PER_NAMESPACE}'`,
          namespaceSelector: `team == 't${g % 10}'`,
          ingress: [
            { action: 'Deny', source: { namespaceSelector: "env == 'staging'" } },
            { action: 'Pass', source: { selector: "tier == 'web'" } },
          ],
        },
      });
      continue;
    }
    const target = `app-${g % APPS_PER_NAMESPACE}`;
    const from = g % 3 === 0 ? [{ namespaceSelector: { matchLabels: { team: `t${(g + 1) % 10}` } }, podSelector: { matchLabels: { tier: pick(TIERS) } } }] : [{ podSelector: { matchLabels: { app: `app-${(g + 3) % APPS_PER_NAMESPACE}` } } }];
    policy({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: `allow-${g}`, namespace: ns(i) },
      spec: {
        podSelector: { matchLabels: { app: target } },
        ingress: [{ from, ports: [{ port: 'http' }, { port: 9090 }] }],
        egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['db', 'cache'] }] } }], ports: [{ port: 5432 }, { port: 'http' }] }],
      },
    });
  }
  return out.map(resource);
}

/** Builds the model and the whole matrix of the synthetic cluster and counts allowed tuples. */
export function benchReach(options: BenchOptions = {}, resources: Resource[] = syntheticResources(options)): BenchResult {
  const start = options.now?.();
  const cluster = buildCluster(resources);
  const matrix = computeMatrix(cluster);
  const { allowed, total } = countAllowed(matrix);
  const result: BenchResult = {
    endpoints: cluster.endpoints.length,
    policies: cluster.policies.length,
    namespaces: cluster.namespaces.size,
    classes: matrix.classes.length,
    targets: matrix.targets.length,
    allowed,
    tuples: total,
  };
  if (start !== undefined && options.now) {
    result.ms = Math.round(options.now() - start);
    if (options.memory) result.bytes = options.memory();
    const mib = result.bytes === undefined ? '' : `, ${Math.round(result.bytes / 2 ** 20)} MiB resident`;
    result.ok = result.ms < REACH_TARGET.ms && (result.bytes === undefined || result.bytes < REACH_TARGET.bytes);
    result.lines = [
      `${result.endpoints} endpoints, ${result.policies} policies, ${result.namespaces} namespaces -> ${result.classes} classes, ${result.targets} port columns`,
      `whole matrix (${result.tuples} tuples, ${result.allowed} allowed) in ${result.ms} ms${mib} (target < ${REACH_TARGET.ms} ms, < 1 GiB): ${result.ok ? 'ok' : 'MISSED'}`,
    ];
  }
  return result;
}
