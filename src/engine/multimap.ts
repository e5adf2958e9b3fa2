/** Maps from a key to the list of values filed under it, the one shape every index here builds. */

/** Files `value` under `key`: appended to its list, or a new list of one. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
