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
