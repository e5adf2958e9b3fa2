/**
 * A memo of bounded size for answers that depend only on their key (a selector's parse, a label
 * key's validity). Two generations: when the newer one fills up, the older is dropped and the
 * newer takes its place, so an entry used again recently survives and memory stays under twice
 * the limit. (Emptying one map when it fills would forget everything at once: in a cluster with
 * more distinct keys than the limit, every rule after the first would parse again.)
 */
export class BoundedCache<K, V extends NonNullable<unknown> | null> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The answer for `key`, made by `make` when neither generation has it. */
  get(key: K, make: (key: K) => V): V {
    let value = this.recent.get(key);
    if (value !== undefined) return value;
    value = this.older.get(key);
    if (value === undefined) value = make(key);
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
    return value;
  }

  get size(): number {
    return this.recent.size + this.older.size;
  }
}
