/**
 * `reach --format json` (version 2, grouped) and `--expand` (version 1) as /work/shared/DESIGN.md
 * fixes them, checked on random clusters through the CLI: the grouping invariants, ids that
 * resolve, v1 = expansion of v2, and for Kubernetes-only inputs the verdicts of a brute-force
 * per-pair reading of the NetworkPolicy documentation (./k8s-oracle.ts).
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, netlintAsync, stderrBesidesNotes, yamlStream } from './cli.js';
import { clusterArb, manifests, type Cluster } from './cluster-gen.js';
import { allowedPairs, endpointId, pairKey } from './k8s-oracle.js';

interface Entry { from: string; to: string; port?: number; endPort?: number; protocol: string }
interface V2 {
  version: 2;
  pods: { id: string; namespace: string; name: string; kind: string; labels: Record<string, string>; ports: { port: number; protocol: string; name?: string }[]; group: string }[];
  groups: { id: string; members: string[] }[];
  externals: { id: string; cidr: string }[];
  allowed: Entry[];
  summary: { endpoints: number; groups: number; allowed: number };
}
interface V1 { version: 1; pods: V2['pods']; externals: V2['externals']; allowed: Entry[]; groups?: unknown }

/** A fixed seed and few runs in the suite; NETLINT_CONTRACT_RUNS=200 explores more (random seed). */
const runs = (numRuns: number) =>
  process.env.NETLINT_CONTRACT_RUNS ? { numRuns: Number(process.env.NETLINT_CONTRACT_RUNS) } : { numRuns, seed: 20261203 };

const entryKey = (e: Entry) => pairKey(e.from, e.to, e.port, e.protocol, e.endPort);

async function reachBoth(cluster: Cluster): Promise<{ v2: V2; v1: V1 }> {
  const dir = folderWith({});
  const file = join(dir, 'cluster.yaml');
  writeFileSync(file, yamlStream(manifests(cluster)));
  const [grouped, expanded] = await Promise.all([
    netlintAsync(['reach', '--format', 'json', file]),
    netlintAsync(['reach', '--format', 'json', '--expand', file]),
  ]);
  expect(stderrBesidesNotes(grouped.stderr), 'reach writes nothing but notes to stderr on valid input').toEqual([]);
  expect([0, 1]).toContain(grouped.code);
  expect(expanded.code).toBe(grouped.code);
  return { v2: JSON.parse(grouped.stdout) as V2, v1: JSON.parse(expanded.stdout) as V1 };
}

function checkGrouping(cluster: Cluster, v2: V2): void {
  expect(v2.version).toBe(2);
  const ids = v2.pods.map((p) => p.id);
  expect(new Set(ids).size, 'pod ids are unique').toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set(cluster.endpoints.map(endpointId)));
  // Every endpoint in exactly one group, and the pod's `group` names that group.
  const groupOf = new Map<string, string>();
  for (const g of v2.groups) {
    expect(g.members.length, `group ${g.id} is not empty`).toBeGreaterThan(0);
    for (const m of g.members) {
      expect(groupOf.has(m), `${m} is in one group only`).toBe(false);
      groupOf.set(m, g.id);
    }
  }
  expect(new Set(groupOf.keys())).toEqual(new Set(ids));
  for (const p of v2.pods) expect(p.group).toBe(groupOf.get(p.id));
  // Members share ports. (DESIGN.md also says "same namespace, namespace labels and labels";
  // netlint groups endpoints that no selector of the input tells apart, across namespaces too.
  // That they are treated alike is what the verdict check below proves.)
  const byId = new Map(v2.pods.map((p) => [p.id, p]));
  for (const g of v2.groups) {
    const [first, ...rest] = g.members.map((m) => byId.get(m)!);
    for (const p of rest) expect(p.ports).toEqual(first!.ports);
  }
  // Labels and ports as the manifests declare them.
  for (const e of cluster.endpoints) {
    const p = byId.get(endpointId(e))!;
    expect(p.labels).toEqual(e.labels);
    expect(new Set(p.ports.map((x) => `${x.port}/${x.protocol}`))).toEqual(new Set(e.ports.map((x) => `${x.containerPort}/${x.protocol}`)));
  }
  // allowed refers to existing group or external ids.
  const known = new Set([...v2.groups.map((g) => g.id), ...v2.externals.map((x) => x.id)]);
  const groupIds = new Set(v2.groups.map((g) => g.id));
  for (const x of v2.externals) expect(groupIds.has(x.id), `external id ${x.id} differs from group ids`).toBe(false);
  for (const a of v2.allowed) {
    expect(known.has(a.from), `allowed.from ${a.from} exists`).toBe(true);
    expect(known.has(a.to), `allowed.to ${a.to} exists`).toBe(true);
    expect(groupIds.has(a.from) || groupIds.has(a.to), 'an entry touches the cluster').toBe(true);
  }
  // Externals are the ranges the policies mention (ipBlock cidr/except, Calico nets), plus the
  // rest of the address space.
  const mentioned = new Set(['0.0.0.0/0', '::/0', ...(JSON.stringify([cluster.policies, cluster.calico]).match(/[0-9a-f:.]+\/\d+/g) ?? [])]);
  for (const x of v2.externals) expect(mentioned.has(x.cidr), `external ${x.id} comes from the input`).toBe(true);
  expect(v2.summary.endpoints).toBe(v2.pods.length);
  expect(v2.summary.groups).toBe(v2.groups.length);
  expect(v2.summary.allowed).toBe(v2.allowed.length);
}

/** v2's allowed entries expanded to endpoints: every ordered pair of different endpoints. */
function expand(v2: V2): Set<string> {
  const members = new Map(v2.groups.map((g) => [g.id, g.members]));
  const side = (id: string) => members.get(id) ?? [id];
  const out = new Set<string>();
  for (const e of v2.allowed) {
    for (const a of side(e.from)) for (const b of side(e.to)) if (a !== b) out.add(entryKey({ ...e, from: a, to: b }));
  }
  return out;
}

/** Pod-to-pod entries of v1 per declared destination port (an entry may name a port range). */
function podPairs(v1: V1): Set<string> {
  const pods = new Map(v1.pods.map((p) => [p.id, p]));
  const out = new Set<string>();
  for (const e of v1.allowed) {
    const dst = pods.get(e.to);
    if (!pods.has(e.from) || dst === undefined || e.protocol === 'ICMP') continue;
    for (const p of dst.ports) {
      if (p.protocol !== e.protocol) continue;
      const inRange = e.port === undefined || (p.port >= e.port && p.port <= (e.endPort ?? e.port));
      if (inRange) out.add(pairKey(e.from, e.to, p.port, p.protocol));
    }
  }
  return out;
}

describe('reach --format json (v2) and --expand (v1) on random clusters', () => {
  it('Kubernetes NetworkPolicy: grouping invariants, v1 = expanded v2, verdicts = per-pair reading of the API docs', async () => {
    await fc.assert(
      fc.asyncProperty(clusterArb({ maxEndpoints: 9, maxPolicies: 6 }), async (cluster) => {
        const { v2, v1 } = await reachBoth(cluster);
        checkGrouping(cluster, v2);
        expect(v1.version).toBe(1);
        expect(v1.groups).toBeUndefined();
        expect(v1.pods.map((p) => p.id)).toEqual(v2.pods.map((p) => p.id));
        expect(new Set(v1.allowed.map(entryKey))).toEqual(expand(v2));
        expect(v1.allowed.length, 'v1 lists each connection once').toBe(new Set(v1.allowed.map(entryKey)).size);
        expect([...podPairs(v1)].sort()).toEqual([...allowedPairs(cluster)].sort());
      }),
      { ...runs(5), endOnFailure: true },
    );
  });

  it('with Calico NetworkPolicy / GlobalNetworkPolicy: grouping invariants and v1 = expanded v2', async () => {
    await fc.assert(
      fc.asyncProperty(clusterArb({ maxEndpoints: 8, maxPolicies: 3, calico: true }), async (cluster) => {
        const { v2, v1 } = await reachBoth(cluster);
        checkGrouping(cluster, v2);
        expect(new Set(v1.allowed.map(entryKey))).toEqual(expand(v2));
      }),
      { ...runs(3), endOnFailure: true },
    );
  });
});
