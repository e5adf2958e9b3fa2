/**
 * Overlap queries over address ranges in O(log n + k) instead of comparing every pair: ranges
 * sorted by start per family, with a running maximum of ends so a backward scan stops as soon as
 * nothing earlier can reach the query. Used by every "X overlaps Y" rule, so a cluster with
 * thousands of pools or NADs stays linear-ish.
 */
import type { IpFamily } from './cidr.js';
import { pushTo } from './multimap.js';

export interface AddressInterval {
  family: IpFamily;
  lo: bigint;
  hi: bigint;
}

interface Sorted<T> {
  los: bigint[];
  his: bigint[];
  maxHi: bigint[];
  items: T[];
  order: number[];
}

/** Up to two candidates with distinct keys, the smallest given order first. */
type Earliest = readonly { order: number; key: unknown }[];

function mergeEarliest(a: Earliest, b: Earliest): Earliest {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const all = [...a, ...b].sort((x, y) => x.order - y.order);
  const second = all.find((c) => c.key !== all[0].key);
  return second ? [all[0], second] : [all[0]];
}

export class IntervalIndex<T> {
  private readonly byFamily = new Map<IpFamily, Sorted<T>>();
  /** Items and their ranges in the given order. */
  private readonly items: T[];
  private readonly ranges: AddressInterval[];

  /** `entries` keep their given order as a tie-break: results come back in that order. */
  constructor(entries: readonly { range: AddressInterval; item: T }[]) {
    this.items = entries.map((e) => e.item);
    this.ranges = entries.map((e) => e.range);
    const grouped = new Map<IpFamily, { range: AddressInterval; item: T; order: number }[]>();
    entries.forEach((e, order) => {
      pushTo(grouped, e.range.family, { ...e, order });
    });
    for (const [family, list] of grouped) {
      list.sort((a, b) => (a.range.lo < b.range.lo ? -1 : a.range.lo > b.range.lo ? 1 : a.order - b.order));
      const maxHi: bigint[] = [];
      let running = -1n;
      for (const e of list) {
        if (e.range.hi > running) running = e.range.hi;
        maxHi.push(running);
      }
      this.byFamily.set(family, { los: list.map((e) => e.range.lo), his: list.map((e) => e.range.hi), maxHi, items: list.map((e) => e.item), order: list.map((e) => e.order) });
    }
  }

  /** Every entry whose range overlaps `q`, in the order the entries were given. */
  overlapping(q: AddressInterval): T[] {
    const s = this.byFamily.get(q.family);
    if (!s) return [];
    // Last index whose start is <= q.hi.
    let lo = 0;
    let hi = s.los.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s.los[mid] <= q.hi) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const found: { item: T; order: number }[] = [];
    for (let i = last; i >= 0 && s.maxHi[i] >= q.lo; i--) {
      if (s.his[i] >= q.lo) found.push({ item: s.items[i], order: s.order[i] });
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.item);
  }

  /**
   * For every entry (in the given order), the first-given *other* entry overlapping it whose
   * `keyOf` differs, or undefined: {@link firstOverlappingFor} with the entries as the queries.
   */
  firstOverlappingOther(keyOf: (item: T) => unknown): (T | undefined)[] {
    return this.firstOverlappingFor(
      this.ranges.map((range, i) => ({ range, key: keyOf(this.items[i]) })),
      keyOf,
    );
  }

  /**
   * For every query (in the given order), the first-given entry overlapping its range whose
   * `keyOf` differs from the query's `key`, or undefined. O((n + m) log n) however many ranges
   * overlap: queries are answered by decreasing start while entries join a prefix-minimum tree
   * (over start rank) by decreasing end, so a joined entry always ends at or after the query's
   * start; the tree keeps, per node, the two earliest entries with distinct keys, so one of them
   * differs from the asking key.
   */
  firstOverlappingFor(queries: readonly { range: AddressInterval; key: unknown }[], keyOf: (item: T) => unknown): (T | undefined)[] {
    const result: (T | undefined)[] = new Array(queries.length).fill(undefined);
    const byFamily = new Map<IpFamily, number[]>();
    queries.forEach((q, i) => {
      if (this.byFamily.has(q.range.family)) pushTo(byFamily, q.range.family, i);
    });
    for (const [family, asked] of byFamily) {
      const s = this.byFamily.get(family)!;
      const n = s.los.length;
      const keys = s.items.map(keyOf);
      const tree: Earliest[] = new Array(n + 1).fill([]);
      const byEnd = [...Array(n).keys()].sort((a, b) => (s.his[a] > s.his[b] ? -1 : s.his[a] < s.his[b] ? 1 : 0));
      asked.sort((a, b) => (queries[a].range.lo > queries[b].range.lo ? -1 : queries[a].range.lo < queries[b].range.lo ? 1 : 0));
      let joined = 0;
      for (const qi of asked) {
        const q = queries[qi];
        for (; joined < n && s.his[byEnd[joined]] >= q.range.lo; joined++) {
          const p = byEnd[joined];
          const entry: Earliest = [{ order: s.order[p], key: keys[p] }];
          for (let i = p + 1; i <= n; i += i & -i) tree[i] = mergeEarliest(tree[i], entry);
        }
        // Entries starting at or before the query's end: a prefix of the start order.
        let last = -1;
        for (let step = 1 << 30; step > 0; step >>= 1) if (last + step < n && s.los[last + step] <= q.range.hi) last += step;
        let best: Earliest = [];
        for (let i = last + 1; i > 0; i -= i & -i) best = mergeEarliest(best, tree[i]);
        const other = best.find((c) => c.key !== q.key);
        if (other) result[qi] = this.items[other.order];
      }
    }
    return result;
  }
}
