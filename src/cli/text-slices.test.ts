import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textSlices } from './real-io.js';

describe('textSlices (how a large report goes to stdout)', () => {
  it('gives the text back whole, in slices of at most the size, none ending inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 2, max: 50 }), (text, size) => {
        const slices = [...textSlices(text, size)];
        expect(slices.join('')).toBe(text);
        let offset = 0;
        for (const slice of slices) {
          expect(slice.length).toBeLessThanOrEqual(size);
          if (text !== '') expect(slice.length).toBeGreaterThan(0);
          offset += slice.length;
          const last = slice.charCodeAt(slice.length - 1);
          const next = text.charCodeAt(offset);
          // A high surrogate may end a slice only when no low surrogate follows it in the text.
          if (last >= 0xd800 && last <= 0xdbff) expect(next >= 0xdc00 && next <= 0xdfff).toBe(false);
        }
      }),
    );
  });

  it('keeps an emoji on the slice boundary whole', () => {
    const text = `${'a'.repeat(9)}😀b`;
    expect([...textSlices(text, 10)]).toEqual(['a'.repeat(9), '😀b']);
    expect([...textSlices('short', 10)]).toEqual(['short']);
  });
});
