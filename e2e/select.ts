/** `--suite` / `--procedure` values: the group word selects everything, otherwise names, each known. */
export function selectNamed<T extends { name: string }>(all: readonly T[], names: string[], group: string, what: string): T[] {
  if (names.includes(group)) return [...all];
  return names.map((n) => {
    const found = all.find((x) => x.name === n);
    if (!found) throw new Error(`unknown ${what} "${n}" (known: ${group}, ${all.map((x) => x.name).join(', ')})`);
    return found;
  });
}
