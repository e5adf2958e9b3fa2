import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankJsonComments, parseJson, parseJsonLocated } from './strict-json.js';

describe('parseJson', () => {
  it('reads what JSON.parse reads, with positions of values and keys', () => {
    const text = '{ "a": [1, {"b": "x"}], "c": null }';
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(JSON.parse(text));
    const at = (p: (string | number)[]) => text.slice(r.locate(p).start, r.locate(p).end);
    expect(at(['a', 1, 'b'])).toBe('"x"');
    expect(at(['c'])).toBe('null');
    expect(at(['a', 1, 'missing'])).toBe('{"b": "x"}');
    expect(at(['a', 'missing'])).toBe('"a"');
    expect(at(['nope'])).toBe(text);
  });

  it.each([
    ['{"a": 1,}', 8, /trailing commas/],
    ['{a: 1}', 1, /where an object key/],
    ['{"a": tru}', 6, /unexpected word "tru"/],
    ['{"a": "x\ny"}', 8, /control character/],
    ['{"a": 01}', 7, /in a number/],
    ['{"a": 1} x', 9, /after the end/],
    ['', 0, /end of the text/],
    ['"abc', 0, /never closed/],
  ])('rejects %j at offset %i', (text, offset, message) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.offset).toBe(offset);
    expect(r.error).toMatch(message);
  });

  it('refuses nesting deeper than 200 levels, also where JSON.parse would read it', () => {
    const deep = `${'['.repeat(250)}${']'.repeat(250)}`;
    const r = parseJson(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/deeper than 200/);
    expect(parseJson(`${'['.repeat(150)}${']'.repeat(150)}`).ok).toBe(true);
  });

  it('answers has() from the value, keys named like Object.prototype members included', () => {
    const r = parseJson('{"a": [1, {"__proto__": 2}], "constructor": null}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.has(['a', 1, '__proto__']), r.has(['constructor']), r.has(['a', 2]), r.has(['toString']), r.has(['a', 0, 'x'])]).toEqual([true, true, false, false, false]);
  });

  it('never throws, and error offsets lie inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseJson(text);
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
        else expect(r.offset).toBeGreaterThanOrEqual(0), expect(r.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  // parseJson lets JSON.parse decide and build the value, and runs the located parse only for
  // positions: that is sound only while the two agree on validity and on the value.
  it('the located parse agrees with JSON.parse on validity and value', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', 'a', ' ', 'true', '-', '.', 'e', '\\') }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const located = parseJsonLocated(text);
        expect(located.ok).toBe(valid);
        if (located.ok) expect(located.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.json(), (text) => {
        const located = parseJsonLocated(text);
        expect(located.ok && located.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('blankJsonComments', () => {
  it('turns comments outside strings into spaces, keeping every other character in place', () => {
    const text = '{"url": "http://x/*y*/", // a note\n /* two\nlines */ "a": "\\"//"}';
    const blank = blankJsonComments(text)!;
    expect(blank).toHaveLength(text.length);
    expect(blank.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(blank)).toEqual({ url: 'http://x/*y*/', a: '"//' });
    expect(blankJsonComments('{"a": "//not a comment"}')).toBeNull();
  });
});
