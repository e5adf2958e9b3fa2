/** The build's last pass (scripts/latin1-source.mjs): characters beyond Latin-1 become \u escapes where that keeps the meaning, and stop the build where it would not. */
import { describe, expect, it } from 'vitest';
import { latin1Source } from '../scripts/latin1-source.mjs';

/** What a module's default export evaluates to. */
async function evaluate(source: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown }).default;
}

describe('latin1Source', () => {
  it('escapes comments, regular expressions (with and without u or v) and untagged templates to the same meaning, and keeps Latin-1 as it is', async () => {
    const source = 'const re = /^(µs|μs|–)$/u; const v = /[–—]/v; const t = `a–b`; // a – comment\nexport default [re.test("μs"), re.test("–"), v.test("—"), t, "é"];\n';
    const out = latin1Source('x.js', source);
    expect(out).not.toMatch(/[^\u0000-\u00ff]/);
    expect(out).toContain('µs');
    expect(await evaluate(out)).toEqual(await evaluate(source));
    expect(await evaluate(out)).toEqual([true, true, true, 'a–b', 'é']);
  });

  it('stops on a character in the raw text of a tagged template (String.raw would see the escape), after a backslash, or a raw line separator', () => {
    expect(() => latin1Source('x.js', 'export default String.raw`a–b`;\n')).toThrow(/x\.js: U\+2013 in the raw text of a tagged template at offset 27/);
    expect(() => latin1Source('x.js', 'const tag = (s) => s.raw[0]; export default tag`–${1}`;\n')).toThrow(/tagged template/);
    expect(() => latin1Source('x.js', 'export default /\\–/;\n')).toThrow(/cannot be escaped safely/);
    expect(() => latin1Source('x.js', 'export default 1; // a\u2028b\n')).toThrow(/cannot be escaped safely/);
  });

  it('leaves a Latin-1 text alone without parsing it', () => {
    const text = 'export default "déjà vu"; // µ\n';
    expect(latin1Source('x.js', text)).toBe(text);
  });
});
