import fc from 'fast-check';
import { dump, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA } from 'js-yaml';
import { KUBERNETES_SCHEMA, isLongWord, parseYamlStream, plainDecimal } from './yaml.js';

/** Plain scalars whose meaning depends on the schema: YAML 1.1 booleans, octal, hex, sexagesimal, timestamps. */
const TRICKY = ['on', 'off', 'y', 'n', 'Yes', 'NO', 'true', '~', 'null', '', '010', '0x1F', '0b101', '1_000', '+12', '-0', '.5', '1e3', '.inf', '-.Inf', '.NaN', '12:30', '190:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', 'a b', 'apps/v1', '10.0.0.0/8', '::1', '__proto__', 'constructor'];

const scalar = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 8 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));
const key = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 6 }));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));

/** Written as a person would: tricky scalars unquoted, in block or flow style. */
function write(docs: unknown[], flowLevel: number): string {
  return docs.map((d) => `---\n${dump(d, { flowLevel, lineWidth: -1 })}`).join('');
}

describe('parseYamlStream values', () => {
  it('equal js-yaml with the Kubernetes schema on every alias-free stream', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.integer({ min: -1, max: 2 }), (docs, flowLevel) => {
        const text = write(docs, flowLevel);
        const ours = parseYamlStream(text);
        expect(ours.problems).toEqual([]);
        const theirs = loadAll(text, { schema: KUBERNETES_SCHEMA }).map((v) => (v === null ? undefined : v));
        expect(ours.documents.map((d) => (d.value === null ? undefined : d.value))).toEqual(theirs);
      }),
      { numRuns: 400 },
    );
  });

  it('take a plain scalar that starts with a letter and is longer than five characters as a string, as both schemas do', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const word = fc.oneof(
      fc.tuple(letter, fc.string({ minLength: 5, maxLength: 12 })).map(([a, b]) => a + b),
      fc.tuple(fc.constantFrom('true', 'false', 'False', 'TRUE', 'null', 'NULL', 'yes', 'Yes', 'off', 'On', 'y', 'n'), fc.string({ minLength: 1, maxLength: 4 })).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(word, (source) => {
        if (!isLongWord(source)) return;
        expect(KUBERNETES_SCHEMA.resolveImplicitScalarTag(source).value).toBe(source);
        expect(CORE_SCHEMA.resolveImplicitScalarTag(source).value).toBe(source);
      }),
      { numRuns: 3000 },
    );
    expect(['falsey', 'nullable', 'yes-man', 'offset'].every(isLongWord)).toBe(true);
    expect(['false', 'FALSE', 'null', '.infinity', '123456', '-abcdef'].some(isLongWord)).toBe(false);
  });

  it('locate every node the same when a finding re-parses its document alone as when the whole file is re-parsed', () => {
    // A %YAML directive makes the stream re-parse whole: the same text behind it is the reference.
    const directive = '%YAML 1.1\n';
    const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, c]) => paths(c, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.integer({ min: -1, max: 2 }), (docs, flowLevel) => {
        const text = write(docs, flowLevel);
        const alone = parseYamlStream(text).documents;
        const whole = parseYamlStream(directive + text).documents;
        alone.forEach((doc, d) => {
          for (const path of paths(doc.value)) {
            const a = doc.spanOf(path);
            const b = whole[d].spanOf(path);
            expect({ path, start: a.start, end: a.end }).toEqual({ path, start: b.start - directive.length, end: b.end - directive.length });
            expect(doc.scalarAt(path)).toEqual(whole[d].scalarAt(path));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('read a plain decimal integer as both schemas do, and leave everything else to them', () => {
    const digits = fc.stringMatching(/^[0-9_+\-.xob:eE]{0,18}$/);
    fc.assert(
      fc.property(fc.oneof(digits, fc.nat().map(String), fc.constantFrom('0', '00', '010', '08', '1_000', '+1', '-1', '1e3', '0x10', '1:30', '999999999999999', '9999999999999999')), (source) => {
        const n = plainDecimal(source);
        if (n < 0) return;
        expect(KUBERNETES_SCHEMA.resolveImplicitScalarTag(source).value).toBe(n);
        expect(CORE_SCHEMA.resolveImplicitScalarTag(source).value).toBe(n);
      }),
      { numRuns: 3000 },
    );
    expect(['0', '7', '8080', '65535'].map(plainDecimal)).toEqual([0, 7, 8080, 65535]);
    expect(['010', '1_000', '+1', '-1', '0x1F', '1.5', '', '9999999999999999'].map(plainDecimal)).toEqual([-1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('read unquoted YAML 1.1 scalars as Kubernetes does', () => {
    const text = 'a: on\nb: y\nc: 010\nd: 12:30\ne: 2001-12-14\nf: 0x1F\ng: ~\nh: "on"\ni: plain text\n';
    expect(parseYamlStream(text).documents[0].value).toEqual({ a: true, b: true, c: 8, d: '12:30', e: '2001-12-14', f: 31, g: null, h: 'on', i: 'plain text' });
  });

  it('take the bounded builder for duplicate keys, merges, tags and aliases, with the same values', () => {
    const dup = parseYamlStream('a: 1\na: 2\n');
    expect(dup.documents[0].value).toEqual({ a: 2 });
    expect(dup.problems.map((p) => p.kind)).toEqual(['duplicate-key']);
    expect(parseYamlStream('base: &b {p: 1, q: 2}\nuse:\n  <<: *b\n  q: 3\n').documents[0].value).toEqual({ base: { p: 1, q: 2 }, use: { p: 1, q: 3 } });
    expect(parseYamlStream('a: !!str 010\nb: !!int "7"\n').documents[0].value).toEqual({ a: '010', b: 7 });
    expect(parseYamlStream('{[1, 2]: x}\n').documents[0].value).toEqual({ '[1,2]': 'x' });
  });
});
