import { describe, expect, it } from 'vitest';
import { benchReach, syntheticResources } from './bench.js';
import { buildCluster } from './cluster.js';
import { cells, computeMatrix } from './matrix.js';

describe('the reachability benchmark workload', () => {
  const small = { endpoints: 120, policies: 60, namespaces: 6, seed: 7 };

  it('is deterministic for a seed and has the requested size', () => {
    const a = benchReach(small);
    expect(benchReach(small)).toEqual(a);
    expect(a).toMatchObject({ endpoints: 120, policies: 60, namespaces: 6 });
    expect(a.classes).toBeLessThan(120);
  });

  it('counts allowed tuples exactly as the expanded matrix does', () => {
    const m = computeMatrix(buildCluster(syntheticResources(small)));
    let allowed = 0;
    let total = 0;
    for (const c of cells(m, { icmp: true })) {
      total++;
      if (c.allowed) allowed++;
    }
    const r = benchReach(small);
    expect([r.allowed, r.tuples]).toEqual([allowed, total]);
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(total);
  });
});

describe('benchReach timing', () => {
  it('reports time and memory through the injected clock and meter, and judges the targets', () => {
    let t = 0;
    const r = benchReach({ endpoints: 50, policies: 20, namespaces: 5, now: () => (t += 1000), memory: () => 2 * 1024 ** 3 });
    expect(r.ms).toBe(1000);
    expect(r.ok).toBe(false);
    expect(r.lines?.[1]).toMatch(/in 1000 ms, 2048 MiB resident \(target < 5000 ms, < 1 GiB\): MISSED$/);
    expect(benchReach({ endpoints: 50, policies: 20, namespaces: 5 }).lines).toBeUndefined();
  });
});
