import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitBytes, fitSections, truncateMarkdown, type Section } from './fit.js';

/** A section of fixed text that, like the lint reporter, shortens itself to fit when asked. */
const fixed = (text: string): Section => (max, hint) => (max === undefined || text.length <= max ? text : truncateMarkdown(text, max, hint));

describe('fitSections', () => {
  it('joins every section whole when they fit', () => {
    expect(fitSections([fixed('a\n'), fixed('b\n')], 100, 'hint')).toBe('a\n\nb\n');
  });

  it('keeps a short section whole and lets the long one take the rest', () => {
    const long = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const out = fitSections([fixed('short\n'), fixed(long)], 200, 'see the summary');
    expect(out.startsWith('short\n\n')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toContain('_… truncated: see the summary._');
  });

  it('never asks a section for more than the whole budget, even to measure it', () => {
    const asked: (number | undefined)[] = [];
    const huge: Section = (max, hint) => {
      asked.push(max);
      return fixed('row\n'.repeat(100_000))(max, hint);
    };
    const out = fitSections([fixed('short\n'), huge], 1_000, 'h');
    expect(out.length).toBeLessThanOrEqual(1_000);
    expect(out.startsWith('short\n\n')).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((max) => max !== undefined && max <= 1_000)).toBe(true);
    // Without a budget every section is whole.
    expect(fitSections([fixed('a\n'), fixed('b\n')], undefined, 'h')).toBe('a\n\nb\n');
  });

  it('never exceeds the budget, whatever the sections', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { maxLength: 5 }), fc.integer({ min: 0, max: 600 }), (texts, max) => {
        expect(fitSections(texts.map(fixed), max, 'h').length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('truncateMarkdown', () => {
  it('cuts at a line boundary, closes an open code fence and details block, and points at the rest', () => {
    const text = ['<details>', '<summary>x</summary>', '', '```', ...Array.from({ length: 50 }, (_, i) => `row ${i}`), '```', '</details>'].join('\n');
    const out = truncateMarkdown(text, 200, 'see the job summary');
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out.match(/^```/gm)).toHaveLength(2);
    expect(out).toContain('</details>');
    expect(out.endsWith('_… truncated: see the job summary._\n')).toBe(true);
  });

  it('returns short text unchanged', () => {
    expect(truncateMarkdown('abc', 3, 'h')).toBe('abc');
  });
});

describe('fitBytes', () => {
  it('shrinks the length budget until the UTF-8 size fits', () => {
    const render = (max: number) => '€'.repeat(Math.min(max, 10_000));
    const out = fitBytes(render, 3_000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(3_000);
    expect(out.length).toBeGreaterThan(900);
  });
});
