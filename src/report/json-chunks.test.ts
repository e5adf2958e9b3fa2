import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS, jsonChunks } from './json-chunks.js';

/** What the pieces must add up to: the whole document stringified at once. */
const whole = (skeleton: Record<string, unknown>, key: string, items: unknown[]) => `${JSON.stringify({ ...skeleton, [key]: items }, null, 2)}\n`;

// Any JSON value, with strings that hold line breaks, quotes, control characters, lone surrogates
// and astral characters (the places where re-indenting an item's text could go wrong).
const text = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '"', '\\', '\u2028', '\u0000', '\ud800', '\udc00', '😀', ' ', ','), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) });
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(text, tie('value'), { maxKeys: 4 }),
}));

/** A document with `list` `depth` objects deep, after and before other keys. */
function nested(list: unknown, extra: unknown, depth: number): Record<string, unknown> {
  let doc: Record<string, unknown> = { before: 1, list, after: extra };
  for (let d = 0; d < depth; d++) doc = { level: d, runs: [doc] };
  return doc;
}

describe('jsonChunks', () => {
  it('adds up to JSON.stringify of the whole document, at any depth of the array', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), fc.dictionary(fc.string(), value, { maxKeys: 3 }), fc.integer({ min: 0, max: 3 }), (items, extra, depth) => {
        expect([...jsonChunks(nested(ITEMS, extra, depth), items)].join('')).toBe(`${JSON.stringify(nested(items, extra, depth), null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('adds up to JSON.stringify of the whole document at any indent, compact (0) included', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), fc.dictionary(fc.string(), value, { maxKeys: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10 }), (items, extra, depth, indent) => {
        expect([...jsonChunks(nested(ITEMS, extra, depth), items, indent)].join('')).toBe(`${JSON.stringify(nested(items, extra, depth), null, indent)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('compact (indent 0) is JSON.stringify without indentation: one line, and a line break only at the end', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), fc.dictionary(fc.string(), value, { maxKeys: 3 }), (items, extra) => {
        const joined = [...jsonChunks({ version: 1, lint: { findings: ITEMS, summary: extra } }, items, 0)].join('');
        expect(joined).toBe(`${JSON.stringify({ version: 1, lint: { findings: items, summary: extra } })}\n`);
        expect(joined.indexOf('\n')).toBe(joined.length - 1);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a long compact array in pieces of about a MiB, none ending inside an item', () => {
    const items = Array.from({ length: 30_000 }, (_, i) => ({ i, message: `finding ${i} – ${'x'.repeat(i % 50)}` }));
    const pieces = [...jsonChunks({ version: 1, findings: ITEMS }, items, 0)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`${JSON.stringify({ version: 1, findings: items })}\n`);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(1 << 20);
      expect(piece.endsWith('}')).toBe(true);
    }
  });

  it('writes an empty array as [] and a long one in pieces of about a MiB, none ending inside an item', () => {
    expect([...jsonChunks({ findings: ITEMS, summary: { n: 0 } }, [])].join('')).toBe(`${JSON.stringify({ findings: [], summary: { n: 0 } }, null, 2)}\n`);
    const items = Array.from({ length: 30_000 }, (_, i) => ({ i, message: `finding ${i} – ${'x'.repeat(i % 50)}` }));
    const pieces = [...jsonChunks({ version: 1, findings: ITEMS }, items)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(whole({ version: 1 }, 'findings', items));
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(1 << 20);
      expect(piece.length).toBeLessThan((1 << 20) + 200);
      expect(piece.endsWith('}')).toBe(true);
    }
  });

  it('takes each item only when its piece is taken', () => {
    let made = 0;
    const items = (function* () {
      for (let i = 0; i < 40_000; i++) {
        made++;
        yield { i, pad: 'y'.repeat(40) };
      }
    })();
    const pieces = jsonChunks({ findings: ITEMS }, items);
    pieces.next();
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(40_000);
  });

  it('refuses a skeleton without the marker, or with it twice', () => {
    expect(() => [...jsonChunks({ findings: [] }, [])]).toThrow(/exactly once/);
    expect(() => [...jsonChunks({ a: ITEMS, b: ITEMS }, [])]).toThrow(/exactly once/);
    expect(() => [...jsonChunks({ findings: ITEMS }, [], 0)]).not.toThrow();
  });

  it('refuses an indent JSON.stringify would not use as given (fractions, negatives, more than 10)', () => {
    for (const indent of [-1, 1.5, 11, Number.NaN]) expect(() => [...jsonChunks({ findings: ITEMS }, [], indent)]).toThrow(/indent must be a whole number from 0 to 10/);
  });
});
