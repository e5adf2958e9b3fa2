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
  /** Items in the given order. */
  private readonly items: T[];

  /** `entries` keep their given order as a tie-break: results come back in that order. */
  constructor(entries: readonly { range: AddressInterval; item: T }[]) {
    this.items = entries.map((e) => e.item);
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
   * `keyOf` differs, or undefined. O(n log n) however many ranges overlap: queries are answered
   * by decreasing start while entries join a prefix-minimum tree (over start rank) by decreasing
   * end, so a joined entry always ends at or after the query's start; the tree keeps, per node,
   * the two earliest entries with distinct keys, so one of them differs from the asking key.
   */
  firstOverlappingOther(keyOf: (item: T) => unknown): (T | undefined)[] {
    const result: (T | undefined)[] = new Array(this.items.length).fill(undefined);
    for (const s of this.byFamily.values()) {
      const n = s.los.length;
      const keys = s.items.map(keyOf);
      const tree: Earliest[] = new Array(n + 1).fill([]);
      const byEnd = [...Array(n).keys()].sort((a, b) => (s.his[a] > s.his[b] ? -1 : s.his[a] < s.his[b] ? 1 : 0));
      // Sorted by start already: walk the positions from the last start back.
      let joined = 0;
      for (let q = n - 1; q >= 0; q--) {
        for (; joined < n && s.his[byEnd[joined]] >= s.los[q]; joined++) {
          const p = byEnd[joined];
          const entry: Earliest = [{ order: s.order[p], key: keys[p] }];
          for (let i = p + 1; i <= n; i += i & -i) tree[i] = mergeEarliest(tree[i], entry);
        }
        // Entries starting at or before the query's end: a prefix of the start order.
        let last = q;
        for (let step = 1 << 30; step > 0; step >>= 1) if (last + step < n && s.los[last + step] <= s.his[q]) last += step;
        let best: Earliest = [];
        for (let i = last + 1; i > 0; i -= i & -i) best = mergeEarliest(best, tree[i]);
        const other = best.find((c) => c.key !== keys[q]);
        if (other) result[s.order[q]] = this.items[other.order];
      }
    }
    return result;
  }
}
