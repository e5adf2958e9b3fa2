import { describe, expect, it } from 'vitest';
import { mapQuotedScalar } from './quoted-scalar.js';

/** The written text of each value character, to read the mapping at a glance. */
const written = (raw: string, style: 'single' | 'double') => {
  const m = mapQuotedScalar(raw, style)!;
  return m.value.split('').map((_c, i) => raw.slice(m.offsets[i], m.offsets[i] + m.widths[i]));
};

describe('mapQuotedScalar', () => {
  it('single-quoted: a doubled quote is one character; lines fold to a space, an empty line to a break', () => {
    const raw = "'it''s  \n   a\n\n  b'";
    expect(mapQuotedScalar(raw, 'single')!.value).toBe("it's a\nb");
    expect(written(raw, 'single')).toEqual(['i', 't', "''", 's', '\n', 'a', '\n', 'b']);
  });

  it('double-quoted: escapes take their written width; an escaped line break joins with nothing', () => {
    const raw = '"a\\"b\\u00e9\\\n    c\\x41 \\U0001F600"';
    const m = mapQuotedScalar(raw, 'double')!;
    expect(m.value).toBe('a"bécA 😀');
    expect(written(raw, 'double')).toEqual(['a', '\\"', 'b', '\\u00e9', 'c', '\\x41', ' ', '\\U0001F600', '\\U0001F600']);
  });

  it('refuses what is not a well-formed quoted scalar', () => {
    expect(mapQuotedScalar("'a'b'", 'single')).toBeNull();
    expect(mapQuotedScalar('"a\\qb"', 'double')).toBeNull();
    expect(mapQuotedScalar('"a', 'double')).toBeNull();
  });
});
