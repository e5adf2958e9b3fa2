/**
 * diffReach compares base and head only where a change can reach (the sources and destinations a
 * changed endpoint, namespace, service account, policy or tier touches), and takes base for head
 * with a single change undone. Each kind of change below is diffed both ways, so and exhaustively
 * (every pair, every undo variant), and the two reports must be equal; the narrowing must also
 * have happened where it can (fewer pairs compared), and not where something else changed what a
 * rule means (a Service a Calico rule names, a network set, the pod CIDRs).
 */
import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { loadSources } from '../load.js';
import { diffReach, type DiffCounts } from './diff.js';

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: Record<string, unknown> };

const ns = (name: string, labels: Record<string, string>): Obj => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
const deployment = (namespace: string, name: string, labels: Record<string, string>, ports: { containerPort: number; name?: string; protocol?: string }[], serviceAccountName?: string): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { ...(serviceAccountName ? { serviceAccountName } : {}), containers: [{ name: 'c', image: 'x', ports }] } } },
});

/** Three teams, a Calico tier, a service account with labels, a Service a Calico rule names, a global network set. */
function cluster(): Obj[] {
  const objects: Obj[] = [ns('a', { team: 'a' }), ns('b', { team: 'b' }), ns('c', { team: 'c' })];
  objects.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'batch', namespace: 'b', labels: { role: 'batch' } } } as Obj);
  for (const team of ['a', 'b', 'c']) {
    for (let i = 0; i < 6; i++) objects.push(deployment(team, `web-${i}`, { app: 'web', shard: String(i % 3) }, [{ containerPort: 80, name: 'http' }]));
    objects.push(deployment(team, 'db', { app: 'db' }, [{ containerPort: 5432 }]));
    objects.push(deployment(team, 'jobs', { app: 'jobs' }, [{ containerPort: 9090 }], team === 'b' ? 'batch' : undefined));
  }
  objects.push({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'db', namespace: 'a' }, spec: { selector: { app: 'db' }, ports: [{ port: 5432 }] } });
  objects.push({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkSet', metadata: { name: 'corp', labels: { zone: 'corp' } }, spec: { nets: ['10.1.0.0/16'] } });
  objects.push({ apiVersion: 'projectcalico.org/v3', kind: 'Tier', metadata: { name: 'security' }, spec: { order: 100 } });
  objects.push({
    apiVersion: 'projectcalico.org/v3',
    kind: 'GlobalNetworkPolicy',
    metadata: { name: 'security.quarantine' },
    spec: { tier: 'security', order: 10, selector: "app == 'jobs'", types: ['Ingress'], ingress: [{ action: 'Deny', source: { namespaceSelector: "team == 'c'" } }, { action: 'Pass' }] },
  });
  objects.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'jobs-open', namespace: 'a' }, spec: { podSelector: { matchLabels: { app: 'jobs' } }, ingress: [{}] } });
  for (const team of ['a', 'b']) {
    objects.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db', namespace: team }, spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 5432 }] }] } });
  }
  objects.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db-from-net', namespace: 'b' }, spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' } }], ports: [{ port: 5432 }] }] } });
  objects.push({
    apiVersion: 'projectcalico.org/v3',
    kind: 'NetworkPolicy',
    metadata: { name: 'web-out', namespace: 'a' },
    spec: { order: 500, selector: "app == 'web'", types: ['Egress'], egress: [{ action: 'Allow', protocol: 'TCP', destination: { services: { name: 'db', namespace: 'a' } } }, { action: 'Allow', destination: { selector: "zone == 'corp'", namespaceSelector: 'global()' } }] },
  });
  objects.push({
    apiVersion: 'projectcalico.org/v3',
    kind: 'GlobalNetworkPolicy',
    metadata: { name: 'batch-metrics' },
    spec: { order: 700, selector: "app == 'web'", types: ['Ingress'], ingress: [{ action: 'Allow', source: { serviceAccounts: { selector: "role == 'batch'" } } }, { action: 'Deny', protocol: 'TCP', destination: { ports: [80] } }] },
  });
  objects.push({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkPolicy', metadata: { name: 'web-open' }, spec: { order: 800, selector: "app == 'web'", types: ['Ingress'], ingress: [{ action: 'Allow' }] } });
  return objects;
}

const find = (objects: Obj[], kind: string, name: string, namespace?: string): Obj => objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace)!;
const templateOf = (o: Obj) => (o.spec as { template: { metadata: { labels: Record<string, string> }; spec: { containers: { ports: unknown[] }[] } } }).template;

/** Each change, made to a fresh copy of the cluster; `narrows`: whether the diff may compare fewer than every pair. */
const CHANGES: { name: string; narrows: boolean; edit: (objects: Obj[]) => void }[] = [
  {
    name: 'a NetworkPolicy added (0.0.0.0/0 to one namespace on 5432)',
    narrows: true,
    edit: (o) => o.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'open', namespace: 'c' }, spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ port: 5432 }] }] } }),
  },
  { name: 'a NetworkPolicy removed', narrows: true, edit: (o) => o.splice(o.indexOf(find(o, 'NetworkPolicy', 'db', 'b')), 1) },
  { name: 'a Calico policy reordered', narrows: true, edit: (o) => ((find(o, 'GlobalNetworkPolicy', 'batch-metrics').spec as { order: number }).order = 900) },
  { name: 'a tier ordered after the default tier', narrows: true, edit: (o) => ((find(o, 'Tier', 'security').spec as { order: number }).order = 2_000_000) },
  { name: 'namespace labels changed', narrows: true, edit: (o) => (find(o, 'Namespace', 'c').metadata.labels = { team: 'a' }) },
  { name: 'service account labels changed', narrows: true, edit: (o) => (find(o, 'ServiceAccount', 'batch', 'b').metadata.labels = { role: 'other' }) },
  { name: 'pod labels changed', narrows: true, edit: (o) => (templateOf(find(o, 'Deployment', 'web-1', 'a')).metadata.labels = { app: 'db' }) },
  { name: 'container ports changed', narrows: true, edit: (o) => (templateOf(find(o, 'Deployment', 'db', 'b')).spec.containers[0].ports = [{ containerPort: 5433 }]) },
  { name: 'a workload removed', narrows: true, edit: (o) => o.splice(o.indexOf(find(o, 'Deployment', 'jobs', 'c')), 1) },
  { name: 'a workload added', narrows: true, edit: (o) => o.push(deployment('a', 'jobs-2', { app: 'jobs' }, [{ containerPort: 9090 }], 'batch')) },
  {
    name: 'two changes at once (each attributed by undoing it)',
    narrows: true,
    edit: (o) => {
      o.splice(o.indexOf(find(o, 'NetworkPolicy', 'db', 'b')), 1);
      find(o, 'Namespace', 'c').metadata.labels = { team: 'a' };
    },
  },
  {
    name: 'three changes of policies and tiers only (no variant refines the groups)',
    narrows: true,
    edit: (o) => {
      o.splice(o.indexOf(find(o, 'NetworkPolicy', 'db', 'a')), 1);
      (find(o, 'GlobalNetworkPolicy', 'batch-metrics').spec as { order: number }).order = 900;
      (find(o, 'Tier', 'security').spec as { order: number }).order = 2_000_000;
    },
  },
  {
    name: 'a workload relabelled beside two policy changes',
    narrows: true,
    edit: (o) => {
      o.splice(o.indexOf(find(o, 'NetworkPolicy', 'db', 'b')), 1);
      (find(o, 'GlobalNetworkPolicy', 'batch-metrics').spec as { order: number }).order = 900;
      templateOf(find(o, 'Deployment', 'web-2', 'b')).metadata.labels = { app: 'jobs' };
    },
  },
  { name: 'a Service a Calico rule names changed', narrows: false, edit: (o) => ((find(o, 'Service', 'db', 'a').spec as { selector: Record<string, string> }).selector = { app: 'none' }) },
  { name: 'a network set changed', narrows: false, edit: (o) => ((find(o, 'GlobalNetworkSet', 'corp').spec as { nets: string[] }).nets = ['10.2.0.0/16']) },
  {
    name: 'the pod CIDR changed (a kind cluster configuration)',
    narrows: false,
    edit: (o) => o.push({ apiVersion: 'kind.x-k8s.io/v1alpha4', kind: 'Cluster', metadata: { name: 'kind' }, networking: { podSubnet: '10.1.0.0/16' } } as unknown as Obj),
  },
];

describe('diffReach narrowed to what a change reaches', () => {
  it.each(CHANGES.map((c) => [c.name, c] as const))('%s: the same report as comparing every pair', (_, change) => {
    const base = objectsToResources(cluster());
    const edited = cluster();
    change.edit(edited);
    const head = objectsToResources(edited);
    const narrowed: DiffCounts = { pairs: 0, variants: 0 };
    const full: DiffCounts = { pairs: 0, variants: 0 };
    const got = diffReach(base, head, {}, {}, { counts: narrowed });
    const want = diffReach(base, head, {}, {}, { exhaustive: true, counts: full });
    expect(want.opened.length + want.closed.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
    if (change.narrows) expect(narrowed.pairs).toBeLessThan(full.pairs);
    else expect(narrowed.pairs).toBe(full.pairs);
  });

  it('splits a group where undoing one change treats its members apart (a relabelled pod beside an added policy)', () => {
    // web-1 and web-2 behave alike in base (nothing reads tier) and in head (both tier x), but
    // with web-1's relabelling undone only web-2 is selected by the new policy.
    const objects = (head: boolean): Obj[] => [
      ns('r', { team: 'r' }),
      deployment('r', 'client', { app: 'client' }, [{ containerPort: 8080 }]),
      deployment('r', 'web-1', { app: 'web', tier: head ? 'x' : 'y' }, [{ containerPort: 80 }]),
      deployment('r', 'web-2', { app: 'web', tier: 'x' }, [{ containerPort: 80 }]),
      ...(head ? [{ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'lock-x', namespace: 'r' }, spec: { podSelector: { matchLabels: { tier: 'x' } }, policyTypes: ['Ingress'] } }] : []),
    ];
    const [base, head] = [objectsToResources(objects(false)), objectsToResources(objects(true))];
    const got = diffReach(base, head);
    expect(got).toEqual(diffReach(base, head, {}, {}, { exhaustive: true }));
    const closed = got.closed.filter((d) => d.from === 'r/client' && d.port === 80);
    expect(closed.map((d) => [d.to, d.causes.length])).toEqual([
      ['r/web-1', 2],
      ['r/web-2', 1],
    ]);
  });

  it.each([3, 5, 11, 17])('generated cluster (seed %i) with a third of its policies dropped and one added: the same report as evaluating every variant at once', (seed) => {
    const docs = reachCorpus({ endpoints: 90, policies: 24, seed, perFile: 1_000 }).flatMap((f) => f.text.split('\n').filter((l) => l.startsWith('{')));
    let n = 0;
    const edited = docs.filter((d) => !(/"kind":"(Global)?NetworkPolicy"/.test(d) && n++ % 3 === 0));
    edited.push(JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'added', namespace: 'team-0' }, spec: { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 5432 }] }] } }));
    const load = (list: string[]) => loadSources([{ path: 'c.yaml', content: list.map((d) => `---\n${d}`).join('\n') }]).resources;
    const [base, head] = [load(docs), load(edited)];
    const got = diffReach(base, head);
    expect(got.changes.length).toBeGreaterThan(3);
    expect(got.changes.length).toBeLessThanOrEqual(40);
    expect(got.opened.length + got.closed.length).toBeGreaterThan(0);
    expect(got).toEqual(diffReach(base, head, {}, {}, { exhaustive: true }));
  });

  it('evaluates no variant for a policy change that decides none of the deltas asked for', () => {
    // Three policies removed in three namespaces; the query asks about one namespace's database.
    const objects = cluster();
    const edited = structuredClone(objects);
    for (const [kind, name, namespace] of [['NetworkPolicy', 'db', 'a'], ['NetworkPolicy', 'db', 'b'], ['NetworkPolicy', 'jobs-open', 'a']] as const) edited.splice(edited.indexOf(find(edited, kind, name, namespace)), 1);
    const [base, head] = [objectsToResources(objects), objectsToResources(edited)];
    const query = { to: 'b/db' };
    const counts: DiffCounts = { pairs: 0, variants: 0 };
    const got = diffReach(base, head, {}, query, { counts });
    expect(got.changes).toHaveLength(3);
    expect(got.opened.length + got.closed.length).toBeGreaterThan(0);
    expect(got).toEqual(diffReach(base, head, {}, query, { exhaustive: true }));
    expect(counts.variants).toBe(1);
    const all: DiffCounts = { pairs: 0, variants: 0 };
    expect(diffReach(base, head, {}, {}, { counts: all })).toEqual(diffReach(base, head, {}, {}, { exhaustive: true }));
    // Without jobs-open, a/jobs is still let in (the security tier passes, no later policy selects
    // it): that change opened and closed nothing, so its variant is never needed.
    expect(all.variants).toBe(2);
  });

  it('a policy added in one of 40 namespaces compares a tenth of the pairs at most', () => {
    const objects = cluster();
    // Each namespace's database admits its own web pods: two groups a namespace.
    for (let i = 0; i < 40; i++) {
      const db = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db', namespace: `t${i}` }, spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }] }] } };
      objects.push(ns(`t${i}`, { team: `t${i}` }), deployment(`t${i}`, 'web', { app: 'web' }, [{ containerPort: 80 }]), deployment(`t${i}`, 'db', { app: 'db' }, [{ containerPort: 5432 }]), db);
    }
    const edited = structuredClone(objects);
    edited.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db-shared', namespace: 't7' }, spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 5432 }] }] } });
    const [base, head] = [objectsToResources(objects), objectsToResources(edited)];
    const narrowed: DiffCounts = { pairs: 0, variants: 0 };
    const full: DiffCounts = { pairs: 0, variants: 0 };
    const got = diffReach(base, head, {}, {}, { counts: narrowed });
    expect(got).toEqual(diffReach(base, head, {}, {}, { exhaustive: true, counts: full }));
    expect(got.opened.length).toBeGreaterThan(0);
    expect(narrowed.pairs * 10).toBeLessThan(full.pairs);
  });
});
