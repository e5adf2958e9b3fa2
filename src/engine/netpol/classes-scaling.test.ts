/**
 * Grouping endpoints into classes must not grow with atoms × namespaces: a cluster four times
 * larger (four times the namespaces, endpoints and policies) may look up about four times as many
 * namespaces, not sixteen. Counted, not timed: every namespace lookup buildClasses makes goes
 * through a counting map.
 */
import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { loadSources } from '../load.js';
import { buildCluster } from './cluster.js';
import { buildClasses, computeMatrix } from './matrix.js';
import { matchAtom } from './match.js';
import { reach, reachOf } from './reach.js';
import { formatReachJson } from '../../report/reach/json.js';
import { formatReachMarkdown } from '../../report/reach/markdown.js';
import { formatReachText } from '../../report/reach/text.js';
import type { NamespaceInfo } from './model.js';

class CountingMap extends Map<string, NamespaceInfo> {
  lookups = 0;

  override get(key: string): NamespaceInfo | undefined {
    this.lookups++;
    return super.get(key);
  }
}

function namespaceLookups(endpoints: number): { lookups: number; size: number } {
  const resources = loadSources(reachCorpus({ endpoints, policies: endpoints / 5, seed: 3 }).map((f) => ({ path: f.path, content: f.text }))).resources;
  const cluster = buildCluster(resources);
  const namespaces = new CountingMap(cluster.namespaces);
  buildClasses({ ...cluster, namespaces });
  return { lookups: namespaces.lookups, size: cluster.atoms.length + cluster.namespaces.size };
}

describe('buildClasses at scale', () => {
  it('looks up namespaces in proportion to the cluster, not to atoms × namespaces', () => {
    const small = namespaceLookups(2_000);
    const large = namespaceLookups(8_000);
    expect(small.lookups).toBeGreaterThan(0);
    // Each atom and namespace a couple of times at most: scanning every namespace for every atom
    // (as buildClasses once did) passes this bound already at 2,000 endpoints.
    for (const { lookups, size } of [small, large]) expect(lookups).toBeLessThanOrEqual(2 * size);
    expect(large.lookups / small.lookups).toBeLessThan(6);
  });
});

/**
 * Namespaces of many apps, each app with a policy of its own, and selectors of every kind a label
 * index answers or not (matchLabels, In, Exists, NotIn, DoesNotExist, an empty selector, Calico
 * selectors, namespace selectors, service accounts by name and by their labels): a namespace holds
 * well over the number of label groups above which buildClasses finds a selector's groups through
 * an index.
 */
function manyAppsPerNamespace(): ReturnType<typeof loadSources>['resources'] {
  const docs: object[] = [];
  const tiers = ['web', 'api', 'db'];
  for (let n = 0; n < 3; n++) {
    const ns = `crowd-${n}`;
    docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { zone: n % 2 ? 'a' : 'b' } } });
    for (let i = 0; i < 60; i++) {
      const labels: Record<string, string> = { app: `app-${i}`, tier: tiers[i % 3], ...(i % 4 === 0 ? { canary: 'true' } : {}) };
      docs.push({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `app-${i}`, namespace: ns }, spec: { selector: { matchLabels: { app: labels.app } }, template: { metadata: { labels }, spec: { serviceAccountName: `sa-${i % 40}`, containers: [{ name: 'c', image: 'i', ports: [{ containerPort: 8080 }] }] } } } });
      // Half the accounts are in the input, with labels; the others are known by name only.
      if (i < 40 && i % 2 === 0) docs.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: `sa-${i}`, namespace: ns, labels: { role: `r${i % 4}` } } });
      if (i % 5 === 0) {
        docs.push({
          apiVersion: 'projectcalico.org/v3',
          kind: 'NetworkPolicy',
          metadata: { name: `accounts-${i}`, namespace: ns },
          spec: {
            serviceAccountSelector: [`role == 'r${i % 4}'`, "has(role)", "role in {'r0', 'r2'}", '!has(role)', "role != 'r2'"][i % 5 === 0 ? (i / 5) % 5 : 0],
            ingress: [
              { action: 'Allow', source: { serviceAccounts: { names: [`sa-${i % 40}`, `sa-${(i + 3) % 40}`, `sa-${i % 40}`] } } },
              { action: 'Allow', source: { serviceAccounts: { selector: `role in {'r${i % 4}', 'r3'}` } } },
            ],
          },
        });
      }
      const peer = [
        { podSelector: { matchLabels: { app: `app-${(i + 1) % 60}` } } },
        { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [tiers[i % 3], 'cache'] }] } },
        { podSelector: { matchExpressions: [{ key: 'canary', operator: 'Exists' }] } },
        { podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }] } },
        { podSelector: { matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }] } },
        { podSelector: {} },
        { namespaceSelector: { matchLabels: { zone: 'a' } }, podSelector: { matchLabels: { tier: 'api', canary: 'true' } } },
      ][i % 7];
      docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `app-${i}`, namespace: ns }, spec: { podSelector: { matchLabels: { app: labels.app } }, ingress: [{ from: [peer] }] } });
      if (i % 10 === 0) docs.push({ apiVersion: 'projectcalico.org/v3', kind: 'NetworkPolicy', metadata: { name: `calico-${i}`, namespace: ns }, spec: { selector: `tier == '${tiers[i % 3]}' && !has(canary)`, ingress: [{ action: 'Allow', source: { selector: `app in {'app-${i}', 'app-${i + 1}'}` } }] } });
    }
  }
  return loadSources([{ path: 'crowd.yaml', content: docs.map((d) => `---\n${JSON.stringify(d)}`).join('\n') }]).resources;
}

describe('buildClasses', () => {
  it.each([
    ['the reach corpus', () => loadSources(reachCorpus({ endpoints: 4_000, policies: 800, seed: 9, namespaces: 40 }).map((f) => ({ path: f.path, content: f.text }))).resources],
    ['namespaces of many apps with a policy each', manyAppsPerNamespace],
  ])('gives each class of %s the atoms every member satisfies, matched one by one', (_, resources) => {
    const cluster = buildCluster(resources());
    const classes = buildClasses(cluster);
    let met = 0;
    for (const cls of classes) {
      for (const ep of cls.members) {
        const own = cluster.atoms.filter((a) => matchAtom(a, ep, cluster.namespaces)).map((a) => a.id);
        expect([...cls.atoms].sort((a, b) => a - b), ep.id).toEqual(own.sort((a, b) => a - b));
      }
      met += cls.atoms.size;
    }
    // Not vacuous: many classes, many atoms met, every endpoint in one class.
    expect(classes.length).toBeGreaterThan(100);
    expect(met).toBeGreaterThan(classes.length);
    expect(classes.reduce((n, c) => n + c.members.length, 0)).toBe(cluster.endpoints.length);
  });
});

describe('reach --explain at scale', () => {
  it('explains every entry from the classes the matrix computed: no label or namespace is matched again', () => {
    const resources = loadSources(reachCorpus({ endpoints: 1_000, policies: 200, seed: 5 }).map((f) => ({ path: f.path, content: f.text }))).resources;
    const cluster = buildCluster(resources);
    const namespaces = new CountingMap(cluster.namespaces);
    const matrix = computeMatrix({ ...cluster, namespaces });
    const computing = namespaces.lookups;
    namespaces.lookups = 0;
    const report = reachOf(matrix, { explain: true });
    // Matching a selector against a pod looks its namespace up; explaining ~40,000 entries
    // pair by pair that way made `--explain` grow with labels × policies per entry.
    expect(computing).toBeGreaterThan(0);
    expect(report.allowed.length).toBeGreaterThan(1_000);
    expect([...report.denied!].length).toBeGreaterThan(1_000);
    expect(report.allowed.every((c) => c.egress !== undefined && c.ingress !== undefined)).toBe(true);
    expect(namespaces.lookups).toBe(0);
  });
});

describe('reach --explain, streamed', () => {
  const resources = loadSources(reachCorpus({ endpoints: 1_000, policies: 200, seed: 5 }).map((f) => ({ path: f.path, content: f.text }))).resources;
  const query = { explain: true };

  it('writes the same text, markdown and JSON as the report built whole', () => {
    const whole = reach(resources, query);
    expect(formatReachText(reach(resources, query, { lazy: true }))).toBe(formatReachText(whole));
    expect(formatReachMarkdown(reach(resources, query, { lazy: true }))).toBe(formatReachMarkdown(whole));
    expect(formatReachJson(reach(resources, query, { lazy: true }))).toBe(formatReachJson(whole));
  });

  it('explains only the entries a capped listing prints', () => {
    const lazy = reach(resources, query, { lazy: true });
    let explained = 0;
    const explain = lazy.explain!;
    lazy.explain = (c) => {
      explained++;
      return explain(c);
    };
    const text = formatReachText(lazy);
    const reasons = text.split('\n').filter((l) => /^ {4}\S.*: (egress|ingress) /.test(l)).length;
    // Tens of thousands of entries, a few hundred printed and explained.
    expect(lazy.summary.allowed + lazy.summary.denied!).toBeGreaterThan(20_000);
    expect(explained).toBeGreaterThan(0);
    expect(explained).toBeLessThanOrEqual(reasons);
  });
});
