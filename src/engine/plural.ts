/**
 * `1 error`, `2 warnings`, `1 endpoint`. Words whose plural is not `-s` pass it: `info` is a
 * mass noun here (`3 info`, as a severity level, not `3 infos`).
 */
export function plural(count: number, word: string, pluralForm = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralForm}`;
}

/** The first `shown` items joined with commas, then ` and N more` for the rest: `a, b, c and 4 more`. */
export function firstOf(items: readonly string[], shown: number): string {
  return items.slice(0, shown).join(', ') + (items.length > shown ? ` and ${items.length - shown} more` : '');
}

/** Items as a sentence lists them: `a`, `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
