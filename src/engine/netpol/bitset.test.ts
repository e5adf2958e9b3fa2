import { describe, expect, it } from 'vitest';
import { prng } from './bench.js';
import { Bitset } from './bitset.js';

function randomRows(count: number, width: number, seed: number): Bitset[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => {
    const b = new Bitset(width);
    for (let i = 0; i < width; i++) if (rand() < 0.5) b.set(i);
    return b;
  });
}

describe('Bitset.transpose', () => {
  for (const [count, width] of [
    [0, 5],
    [5, 0],
    [1, 1],
    [31, 33],
    [32, 32],
    [33, 31],
    [70, 97],
  ]) {
    it(`turns ${count} rows of ${width} bits into ${width} rows of ${count} bits`, () => {
      const rows = randomRows(count, width, count * 100 + width);
      const columns = Bitset.transpose(rows, width);
      expect(columns).toHaveLength(width);
      for (let c = 0; c < width; c++) {
        expect(columns[c].size).toBe(count);
        for (let r = 0; r < count; r++) expect(columns[c].has(r), `row ${r} column ${c}`).toBe(rows[r].has(c));
        // No bit beyond the row count is set (the last word stays clean).
        expect(columns[c].ones().every((r) => r < count)).toBe(true);
      }
    });
  }

  it('lists set bits in ascending order', () => {
    const b = new Bitset(100);
    for (const i of [99, 0, 31, 32, 64]) b.set(i);
    expect(b.ones()).toEqual([0, 31, 32, 64, 99]);
  });
});

describe('Bitset counting', () => {
  it('counts, sums weights over and clears ranges of set bits as a bit-by-bit loop does', () => {
    for (const [width, seed] of [
      [0, 1],
      [1, 2],
      [31, 3],
      [32, 4],
      [33, 5],
      [200, 6],
    ]) {
      const [b] = randomRows(1, width, seed);
      const bits = Array.from({ length: width }, (_, i) => b.has(i));
      expect(b.count(), `width ${width}`).toBe(bits.filter(Boolean).length);
      const weights = Array.from({ length: width }, (_, i) => i * 3 + 1);
      expect(b.sumOver(weights)).toBe(weights.reduce((sum, w, i) => sum + (bits[i] ? w : 0), 0));
      const from = Math.floor(width / 3);
      const to = Math.floor((2 * width) / 3) + 1;
      b.clearRange(from, Math.min(to, width));
      for (let i = 0; i < width; i++) expect(b.has(i), `bit ${i}`).toBe(bits[i] && (i < from || i >= to));
    }
  });

  it('counts every bit of a full word', () => {
    expect(Bitset.full(64).count()).toBe(64);
    expect(Bitset.full(70).count()).toBe(70);
  });
});

describe('Bitset.fillRange', () => {
  it('sets and clears exactly the bits of a range, across word boundaries, as a bit-by-bit loop does', () => {
    for (const size of [1, 31, 32, 33, 95, 200]) {
      for (let from = 0; from <= size; from += 7) {
        for (let to = from; to <= size; to += 5) {
          const b = new Bitset(size);
          b.fillRange(from, to);
          const want = Array.from({ length: size }, (_, i) => i >= from && i < to);
          expect(Array.from({ length: size }, (_, i) => b.has(i))).toEqual(want);
          const full = Bitset.full(size);
          full.fillRange(from, to, false);
          expect(Array.from({ length: size }, (_, i) => full.has(i))).toEqual(want.map((x) => !x));
        }
      }
    }
  });
});
