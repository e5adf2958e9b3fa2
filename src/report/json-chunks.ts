/**
 * `JSON.stringify(document, null, indent)` and a newline, in pieces of about a MiB: the one long
 * array of the document (a report's findings or results) is stringified item by item as the pieces
 * are taken, so a report of 100,000 findings never exists as one string, nor as a second tree of
 * objects beside the findings. Byte for byte what stringifying the whole document gives: JSON
 * escapes every line break inside a string, so the only line breaks in an item's text are its
 * indentation, which is shifted to the array's depth (and compact text has none).
 */

/** Stands where the array goes in the document's skeleton (see jsonChunks). */
export const ITEMS = '\u0000netlint:items\u0000';

const PIECE = 1 << 20;

/**
 * The pieces of `skeleton` with `items` in place of the value `ITEMS`, which must occur exactly once
 * in it (as a value, not a key). `indent` is JSON.stringify's `space` as a count, 0 to 10: 2 by
 * default, 0 for compact text.
 */
export function* jsonChunks(skeleton: object, items: Iterable<unknown>, indent = 2): Generator<string> {
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) throw new Error(`jsonChunks: indent must be a whole number from 0 to 10 (got ${indent})`);
  const text = JSON.stringify(skeleton, null, indent);
  const marker = JSON.stringify(ITEMS);
  const at = text.indexOf(marker);
  if (at < 0 || text.includes(marker, at + 1)) throw new Error('jsonChunks: the skeleton must hold ITEMS exactly once');
  // The line break and indentation before the array's closing bracket, and before each item (one
  // level deeper); none in compact text.
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const close = indent === 0 ? '' : `\n${' '.repeat(text.slice(lineStart, at).search(/\S|$/))}`;
  const open = indent === 0 ? '' : `${close}${' '.repeat(indent)}`;
  let piece = text.slice(0, at);
  let first = true;
  for (const item of items) {
    piece += `${first ? '[' : ','}${open}${JSON.stringify(item, null, indent).replaceAll('\n', open)}`;
    first = false;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${first ? '[]' : `${close}]`}${text.slice(at + marker.length)}\n`;
}

/** Lazily maps an array (the items are made as the pieces are taken). */
export function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
