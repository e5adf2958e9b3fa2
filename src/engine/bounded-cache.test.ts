import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('makes each answer once while it is kept, null answers included', () => {
    const made: string[] = [];
    const cache = new BoundedCache<string, string | null>(10);
    const make = (k: string) => {
      made.push(k);
      return k === 'bad' ? null : k.toUpperCase();
    };
    expect(cache.get('a', make)).toBe('A');
    expect(cache.get('bad', make)).toBe(null);
    expect(cache.get('a', make)).toBe('A');
    expect(cache.get('bad', make)).toBe(null);
    expect(made).toEqual(['a', 'bad']);
  });

  it('keeps recently used keys across a generation change and stays under twice its limit', () => {
    const made: number[] = [];
    const cache = new BoundedCache<number, number>(3);
    const make = (k: number) => (made.push(k), k * 2);
    for (const k of [1, 2, 3]) cache.get(k, make);
    // The newer generation is full: 4 starts a new one; 1 is found in the older one and kept.
    cache.get(4, make);
    expect(cache.get(1, make)).toBe(2);
    expect(made).toEqual([1, 2, 3, 4]);
    for (let k = 10; k < 100; k++) cache.get(k, make);
    expect(cache.size).toBeLessThanOrEqual(6);
    // Long unused keys are gone and made again.
    cache.get(2, make);
    expect(made.filter((k) => k === 2)).toHaveLength(2);
  });
});
