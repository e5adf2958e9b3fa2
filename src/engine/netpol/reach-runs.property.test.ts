/**
 * mergedRuns (the allowed runs toward external ranges and a count of the denied ones, found from
 * the columns a row allows) against externalRuns (every column walked and merged): the same
 * allowed runs in the same order, and as many denied ones, for any cut of the port space, any row
 * and any choice of externals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset.js';
import { MAX_PORT } from './matrix.js';
import type { ExternalTarget } from './matrix.js';
import { PROTOCOLS } from './model.js';
import { externalRuns, mergedRuns, wantedSegmentCount } from './reach.js';

/** Columns as computeMatrix lays them out: per external, per protocol the intervals between the cuts, then ICMP. */
function columnsOf(externals: number, cuts: readonly number[]): ExternalTarget[] {
  const starts = [...new Set([1, ...cuts])].sort((a, b) => a - b);
  const out: ExternalTarget[] = [];
  for (let ext = 0; ext < externals; ext++) {
    for (const protocol of PROTOCOLS) starts.forEach((from, i) => out.push({ index: out.length, ext, protocol, from, to: i + 1 < starts.length ? starts[i + 1] - 1 : MAX_PORT }));
    out.push({ index: out.length, ext, protocol: 'ICMP', from: 0, to: 0 });
  }
  return out;
}

describe('mergedRuns', () => {
  it('finds the allowed runs of externalRuns, in order, and counts its denied ones', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.array(fc.integer({ min: 2, max: MAX_PORT }), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (externals, cuts, bits, wantedBits) => {
          const externalTargets = columnsOf(externals, cuts);
          const row = new Bitset(externalTargets.length);
          externalTargets.forEach((t, i) => {
            if (bits[i % bits.length]) row.set(t.index);
          });
          const m = { externalTargets, egressExternal: [row] };
          const wanted = wantedBits.slice(0, externals);
          const expected = externalRuns(m, 0, true).filter((run) => wanted[run.ext]);
          const got = mergedRuns(m, 0, wanted, wantedSegmentCount(m, wanted));
          expect(got.allowed).toEqual(expected.filter((run) => run.allowed));
          expect(got.denied).toBe(expected.filter((run) => !run.allowed).length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
