import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalIndex } from './interval-index.js';

describe('IntervalIndex', () => {
  it('finds overlaps per family in the given order', () => {
    const index = new IntervalIndex([
      { range: { family: 4, lo: 10n, hi: 20n }, item: 'a' },
      { range: { family: 4, lo: 0n, hi: 100n }, item: 'wide' },
      { range: { family: 6, lo: 10n, hi: 20n }, item: 'v6' },
      { range: { family: 4, lo: 30n, hi: 40n }, item: 'b' },
    ]);
    expect(index.overlapping({ family: 4, lo: 15n, hi: 35n })).toEqual(['a', 'wide', 'b']);
    expect(index.overlapping({ family: 4, lo: 21n, hi: 29n })).toEqual(['wide']);
    expect(index.overlapping({ family: 4, lo: 101n, hi: 200n })).toEqual([]);
    expect(index.overlapping({ family: 6, lo: 20n, hi: 20n })).toEqual(['v6']);
  });

  it('agrees with comparing every pair', () => {
    const range = fc.tuple(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 200n }), fc.constantFrom(4 as const, 6 as const)).map(([lo, len, family]) => ({ family, lo, hi: lo + len }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), range, (ranges, q) => {
        const index = new IntervalIndex(ranges.map((r, i) => ({ range: r, item: i })));
        const naive = ranges.map((r, i) => [r, i] as const).filter(([r]) => r.family === q.family && r.lo <= q.hi && q.lo <= r.hi).map(([, i]) => i);
        expect(index.overlapping(q)).toEqual(naive);
      }),
    );
  });
});

describe('IntervalIndex.firstOverlappingOther', () => {
  it('gives each entry the first-given overlapping entry with another key', () => {
    const index = new IntervalIndex([
      { range: { family: 4, lo: 10n, hi: 20n }, item: 'a1' },
      { range: { family: 4, lo: 0n, hi: 100n }, item: 'wide' },
      { range: { family: 4, lo: 15n, hi: 16n }, item: 'a2' },
      { range: { family: 6, lo: 10n, hi: 20n }, item: 'v6' },
      { range: { family: 4, lo: 200n, hi: 300n }, item: 'alone' },
    ]);
    expect(index.firstOverlappingOther((item) => item[0])).toEqual(['wide', 'a1', 'wide', undefined, undefined]);
  });

  it('agrees with comparing every pair', () => {
    const range = fc.tuple(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 200n }), fc.constantFrom(4 as const, 6 as const)).map(([lo, len, family]) => ({ family, lo, hi: lo + len }));
    fc.assert(
      fc.property(fc.array(fc.tuple(range, fc.integer({ min: 0, max: 4 })), { maxLength: 40 }), (entries) => {
        const index = new IntervalIndex(entries.map(([r, key], i) => ({ range: r, item: { i, key } })));
        const naive = entries.map(([q, key]) => {
          const j = entries.findIndex(([r, k]) => k !== key && r.family === q.family && r.lo <= q.hi && q.lo <= r.hi);
          return j < 0 ? undefined : j;
        });
        expect(index.firstOverlappingOther((item) => item.key).map((item) => item?.i)).toEqual(naive);
      }),
      { numRuns: 500 },
    );
  });
});

describe('IntervalIndex.firstOverlappingFor', () => {
  it('gives each query the first-given entry overlapping it with another key, as comparing every pair does', () => {
    const range = fc.tuple(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 200n }), fc.constantFrom(4 as const, 6 as const)).map(([lo, len, family]) => ({ family, lo, hi: lo + len }));
    const keyed = fc.tuple(range, fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.array(keyed, { maxLength: 30 }), fc.array(keyed, { maxLength: 30 }), (entries, queries) => {
        const index = new IntervalIndex(entries.map(([r, key], i) => ({ range: r, item: { i, key } })));
        const naive = queries.map(([q, key]) => {
          const j = entries.findIndex(([r, k]) => k !== key && r.family === q.family && r.lo <= q.hi && q.lo <= r.hi);
          return j < 0 ? undefined : j;
        });
        expect(index.firstOverlappingFor(queries.map(([r, key]) => ({ range: r, key })), (item) => item.key).map((item) => item?.i)).toEqual(naive);
      }),
      { numRuns: 500 },
    );
  });
});
