/**
 * computeMatrix's `only`: the egress rows of the classes holding the given sources and the ingress
 * rows of those holding the given destinations are the full matrix's; every other row is empty.
 */
import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { loadSources } from '../load.js';
import { buildCluster } from './cluster.js';
import { computeMatrix } from './matrix.js';

describe('computeMatrix with only some rows', () => {
  it.each([2, 9])('seed %i: the rows asked for equal the full matrix, the others are empty', (seed) => {
    const resources = loadSources(reachCorpus({ endpoints: 300, policies: 60, seed }).map((f) => ({ path: f.path, content: f.text }))).resources;
    const full = computeMatrix(buildCluster(resources));
    const ids = full.cluster.endpoints.map((e) => e.id);
    const sources = new Set(ids.filter((_, i) => i % 7 === 0));
    const destinations = new Set(ids.filter((_, i) => i % 5 === 1));
    const part = computeMatrix(buildCluster(resources), { only: { sources, destinations } });
    expect(part.classes.map((c) => c.members.map((e) => e.id))).toEqual(full.classes.map((c) => c.members.map((e) => e.id)));
    let asked = 0;
    part.classes.forEach((c, ci) => {
      const isSource = c.members.some((e) => sources.has(e.id));
      expect(part.egress[ci].words).toEqual(isSource ? full.egress[ci].words : new Uint32Array(full.egress[ci].words.length));
      expect(part.egressExternal[ci].words).toEqual(isSource ? full.egressExternal[ci].words : new Uint32Array(full.egressExternal[ci].words.length));
      if (isSource) asked++;
    });
    part.targets.forEach((t) => {
      const isDestination = part.classes[t.cls].members.some((e) => destinations.has(e.id));
      expect(part.ingress[t.index].words).toEqual(isDestination ? full.ingress[t.index].words : new Uint32Array(full.ingress[t.index].words.length));
    });
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(part.classes.length);
    expect(full.egress.some((row) => !row.isEmpty())).toBe(true);
  });
});
