/**
 * Where each character of a quoted YAML scalar's value is written in the file, so a finding
 * inside the value (a key of the JSON in a NAD's `config: '{ … }'`) points at the key, also when
 * the string spans lines. YAML 1.2 §7.3 (flow scalar styles):
 * - single-quoted: `''` is one `'`; no other escapes;
 * - double-quoted: `\` escapes (`\"`, `\\`, `\n`, `\t`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`, …); a `\`
 *   at the end of a line joins the lines with nothing between them;
 * - both fold lines: the white space around a line break is dropped, one line break becomes one
 *   space, and each further (empty) line becomes a line break.
 * The caller compares the value rebuilt here with the parser's; on any difference it keeps the
 * whole scalar's range rather than guess.
 */

export interface ValueMap {
  /** The scalar's value as rebuilt from its written form. */
  value: string;
  /** For each UTF-16 unit of `value`: its offset in the written text, and how many units it takes there. */
  offsets: number[];
  widths: number[];
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPES: Record<string, number> = { x: 2, u: 4, U: 8 };

/** `raw` is the scalar as written, quotes included; null when it is not a well-formed quoted scalar. */
export function mapQuotedScalar(raw: string, style: 'single' | 'double'): ValueMap | null {
  const quote = style === 'single' ? "'" : '"';
  if (raw.length < 2 || raw[0] !== quote || raw[raw.length - 1] !== quote) return null;
  const out: ValueMap = { value: '', offsets: [], widths: [] };
  // Where the white space written before a possible line break starts (folding drops it).
  let spaceFrom = 0;
  const emit = (text: string, at: number, width: number, writtenSpace = false) => {
    for (const unit of text.split('')) {
      out.value += unit;
      out.offsets.push(at);
      out.widths.push(width);
    }
    if (!writtenSpace) spaceFrom = out.value.length;
  };
  const end = raw.length - 1;
  let i = 1;
  while (i < end) {
    const c = raw[i];
    if (c === '\n' || (c === '\r' && raw[i + 1] === '\n')) {
      // Fold: drop the white space before the break (already emitted) and after it.
      trimTo(out, spaceFrom);
      const at = i;
      let breaks = 0;
      while (i < end && (raw[i] === '\n' || raw[i] === '\r' || raw[i] === ' ' || raw[i] === '\t')) {
        if (raw[i] === '\n') breaks++;
        i++;
      }
      emit(breaks === 1 ? ' ' : '\n'.repeat(breaks - 1), at, 1);
      continue;
    }
    if (style === 'single' && c === "'") {
      if (raw[i + 1] !== "'") return null;
      emit("'", i, 2);
      i += 2;
      continue;
    }
    if (style === 'double' && c === '\\') {
      const e = raw[i + 1];
      if (e === '\n' || (e === '\r' && raw[i + 2] === '\n')) {
        // An escaped line break: the lines join with nothing between them.
        i += e === '\r' ? 3 : 2;
        while (i < end && (raw[i] === ' ' || raw[i] === '\t')) i++;
        spaceFrom = out.value.length;
        continue;
      }
      if (e in SIMPLE_ESCAPES) {
        emit(SIMPLE_ESCAPES[e], i, 2);
        i += 2;
        continue;
      }
      const digits = HEX_ESCAPES[e];
      const hex = digits ? raw.slice(i + 2, i + 2 + digits) : '';
      if (!digits || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return null;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return null;
      emit(String.fromCodePoint(code), i, 2 + digits);
      i += 2 + digits;
      continue;
    }
    emit(c, i, 1, c === ' ' || c === '\t');
    i++;
  }
  return out;
}

function trimTo(map: ValueMap, length: number): void {
  map.value = map.value.slice(0, length);
  map.offsets.length = length;
  map.widths.length = length;
}
