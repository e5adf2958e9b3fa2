/**
 * diffReach against the expanded matrices of each side: every endpoint-to-endpoint delta the
 * grouped diff reports (its groups expanded to their members) is exactly the set of (source,
 * destination, port) tuples allowed on one side and not on the other, as `cells` lists them for
 * base and head computed alone. Run on generated clusters with a few changes and with a dozen (each
 * attributed by undoing it, so the undo variants are evaluated beside base and head).
 */
import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { loadSources } from '../load.js';
import type { Resource } from '../types.js';
import { clusterOf } from './cluster.js';
import { diffReach } from './diff.js';
import { cells, computeMatrix } from './matrix.js';

const tupleKey = (from: string, to: string, port: string) => `${from} > ${to} ${port}`;
const portOf = (c: { port?: number; protocol: string }) => (c.protocol === 'ICMP' ? 'ICMP' : `${c.port}/${c.protocol}`);

/** The endpoint-to-endpoint tuples allowed by `resources` alone, ICMP echo included. */
function allowedTuples(resources: readonly Resource[]): Set<string> {
  const out = new Set<string>();
  for (const c of cells(computeMatrix(clusterOf(resources)), { icmp: true })) if (c.allowed && c.src.type === 'workload') out.add(tupleKey(c.src.id, c.dst.id, portOf(c.cell)));
  return out;
}

function resourcesOf(docs: string[]): Resource[] {
  return loadSources([{ path: 'corpus.yaml', content: docs.map((d) => `---\n${d}`).join('\n') }]).resources;
}

/** The corpus as one JSON document per entry. */
function corpus(seed: number): string[] {
  return reachCorpus({ endpoints: 90, policies: 24, seed, perFile: 1_000 }).flatMap((f) => f.text.split('\n').filter((l) => l.startsWith('{')));
}

/** Head: every `every`-th policy dropped, one workload relabelled, one admitting policy added. */
function change(docs: string[], every: number): string[] {
  let policies = 0;
  let relabelled = false;
  const out: string[] = [];
  for (const d of docs) {
    if (d.includes('"kind":"NetworkPolicy"') && policies++ % every === 0) continue;
    if (!relabelled && d.includes('"kind":"Deployment"')) {
      relabelled = true;
      out.push(d.replace(/"tier":"[a-z]+"/, '"tier":"moved"'));
      continue;
    }
    out.push(d);
  }
  out.push(JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'added', namespace: 'team-0' }, spec: { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }], ports: [{ port: 5432 }] }] } }));
  return out;
}

describe('diffReach equals the difference of the expanded matrices', () => {
  it.each([
    [3, 1_000],
    [5, 1_000],
    [11, 2],
    [17, 3],
  ])('seed %i, every %i-th policy dropped', (seed, every) => {
    const docs = corpus(seed);
    const base = resourcesOf(docs);
    const head = resourcesOf(change(docs, every));
    const [before, after] = [allowedTuples(base), allowedTuples(head)];
    const want = { opened: [...after].filter((t) => !before.has(t)).sort(), closed: [...before].filter((t) => !after.has(t)).sort() };

    const diff = diffReach(base, head);
    const members = new Map((diff.groups ?? []).map((g) => [g.id, g.members]));
    const expand = (list: typeof diff.opened): string[] => {
      const out: string[] = [];
      for (const d of list) {
        if (!/^[a-z0-9-]+\/|^g\d+$/.test(d.from) || !/^[a-z0-9-]+\/|^g\d+$/.test(d.to)) continue; // external ranges
        for (const a of members.get(d.from) ?? [d.from]) for (const b of members.get(d.to) ?? [d.to]) if (a !== b) out.push(tupleKey(a, b, portOf(d)));
      }
      return out.sort();
    };
    expect(want.opened.length + want.closed.length).toBeGreaterThan(0);
    expect({ opened: expand(diff.opened), closed: expand(diff.closed) }).toEqual(want);
    expect([...diff.opened, ...diff.closed].every((d) => d.causes.length > 0)).toBe(true);
  });
});
