import fc from 'fast-check';
import { dump, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA } from 'js-yaml';
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { KUBERNETES_SCHEMA, OWN_FILE_YAML_LIMITS, isLongWord, parseYamlStream, plainDecimal, resolvePlain } from './yaml.js';

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

/** Every path inside a value, the value's own (empty) path first. */
const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
  v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, c]) => paths(c, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];

describe('parseYamlStream values', () => {
  it('equal js-yaml with the Kubernetes schema on every alias-free stream', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.integer({ min: -1, max: 2 }), (docs, flowLevel) => {
        const text = write(docs, flowLevel);
        const ours = parseYamlStream(text);
        // A generated infinity is written `.inf`, which kubectl refuses (the value is still built).
        expect(ours.problems.filter((p) => !/^\S+ is a YAML float .* that JSON has no number for/.test(p.message))).toEqual([]);
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

  it('locate every node from the one parse exactly where a tree built from a fresh parse puts it, on both value builders', () => {
    // An alias anywhere sends the whole stream through the bounded builder.
    const slowTail = '---\nshared: &s {a: 1}\nuse: *s\ntagged: !!str 010\n';
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.integer({ min: -1, max: 2 }), fc.boolean(), (docs, flowLevel, slow) => {
        const text = write(docs, flowLevel) + (slow ? slowTail : '');
        const ours = parseYamlStream(text).documents;
        const reference = referencePositions(text);
        expect(ours.length).toBe(reference.length);
        ours.forEach((doc, d) => {
          expect(doc.start, `document ${d} start`).toBe(reference[d].start);
          // Paths inside the value, plus one that leaves it (located at its closest ancestor).
          for (const path of [...paths(doc.value), ['no-such-key', 0]]) {
            expect({ path, ...doc.spanOf(path) }).toEqual({ path, ...reference[d].spanOf(path) });
            expect(doc.scalarAt(path)).toEqual(reference[d].scalarAt(path));
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('locate block scalars, quoted scalars, tags, aliases, empty values and duplicate keys where they are written', () => {
    const text = 'a: |\n  line\nb: "q"\nc: !!str 010\nd: &x 1\ne: *x\nf:\ng: 1\ng: 2\n';
    const [doc] = parseYamlStream(text).documents;
    const at = (path: (string | number)[]) => {
      const s = doc.spanOf(path);
      return text.slice(s.start, s.end);
    };
    expect([at(['a']), at(['b']), at(['c']), at(['d']), at(['e']), at(['f']), at(['g'])]).toEqual(['  line\n', '"q"', '010', '1', '*x', 'f', '2']);
    expect(doc.scalarAt(['a'])).toEqual({ source: 'line\n', style: 'literal', tag: null, indent: 2 });
    expect(doc.scalarAt(['c'])).toEqual({ source: '010', style: 'plain', tag: '!!str' });
    expect(doc.scalarAt(['b'])).toEqual({ source: 'q', style: 'double', tag: null });
    expect(doc.scalarAt(['e'])).toBeNull();
  });

  it('locate nodes whose length, size or indentation passes the position table\'s inline fields, and the nodes after them', () => {
    const long = 'x'.repeat(40_000);
    const deep = (depth: number, leaf: string) => {
      let text = '';
      for (let d = 0; d < depth; d++) text += `${' '.repeat(30 * d)}k${d}:\n`;
      return text + leaf.replace(/^/gm, ' '.repeat(30 * depth));
    };
    const text = [
      `plain: ${long}\nquoted: "a\\n${long}"\nblock: |\n  ${long}\n  tail\nafter: 1\n`,
      `items:\n${'- 1\n'.repeat(40_000)}after: [2]\n`,
      `${deep(10, 'lit: |\n  text\n')}after: 3\n`,
    ].map((d) => `---\n${d}`).join('');
    const ours = parseYamlStream(text).documents;
    const reference = referencePositions(text);
    expect(ours.length).toBe(3);
    ours.forEach((doc, d) => {
      const all = paths(doc.value);
      // Every item of the long list would be slow to compare: its ends, and everything else.
      const some = all.filter((p) => p[0] !== 'items' || p.length === 1 || p[1] === 0 || p[1] === 39_999);
      for (const path of some) {
        expect({ path, ...doc.spanOf(path) }).toEqual({ path, ...reference[d].spanOf(path) });
        expect(doc.scalarAt(path)).toEqual(reference[d].scalarAt(path));
      }
    });
    const lit = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'lit'];
    expect(ours[2].scalarAt(lit)).toMatchObject({ source: 'text\n', indent: 302 });
    expect(ours[1].spanOf(['after', 0])).toEqual({ start: text.indexOf('[2]') + 1, end: text.indexOf('[2]') + 2 });
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
    const complex = parseYamlStream('{[1, 2]: x}\n');
    expect(complex.documents[0].value).toEqual({ '[1,2]': 'x' });
    expect(complex.problems.map((p) => p.kind)).toEqual(['syntax']);
  });
});

describe('merge keys (<<) as go-yaml v2 applies them, in order (decode.go decoder.mapping and merge)', () => {
  const value = (text: string) => {
    const stream = parseYamlStream(text);
    expect(stream.problems).toEqual([]);
    return stream.documents[0].value as Record<string, Record<string, unknown>>;
  };

  it('a merge overrides the keys written before it; the keys written after it override the merge', () => {
    const text = 'defaults: &d {replicas: 3, paused: true}\nspec:\n  replicas: 1\n  <<: *d\n  paused: false\n';
    expect(value(text).spec).toEqual({ replicas: 3, paused: false });
    // The same with the merged mapping written in place.
    expect(value('spec:\n  port: "http"\n  <<: {port: 8080}\n').spec).toEqual({ port: 8080 });
  });

  it('of a list of mappings, the earlier ones win over the later, and all over the keys before the merge', () => {
    const text = 'a: &a {host: from-a}\nb: &b {host: from-b, path: from-b}\nspec:\n  path: own\n  port: own\n  <<: [*a, *b]\n';
    expect(value(text).spec).toEqual({ host: 'from-a', path: 'from-b', port: 'own' });
  });

  it('a key written before a merge and again after it is still a duplicate; one the merge brings is not', () => {
    const stream = parseYamlStream('b: &b {k: 1}\nm:\n  k: 2\n  <<: *b\n  k: 3\n');
    expect(stream.documents[0].value).toEqual({ b: { k: 1 }, m: { k: 3 } });
    expect(stream.problems.map((p) => p.kind)).toEqual(['duplicate-key']);
    expect(parseYamlStream('b: &b {k: 1}\nm:\n  <<: *b\n  k: 3\n').problems).toEqual([]);
  });

  it('positions follow the values: a key the merge overrides is found in the mapping it merges', () => {
    const text = 'base: &base\n  port: 8080\nports:\n  port: "http"\n  name: web\n  <<: *base\n';
    const doc = parseYamlStream(text).documents[0];
    const at = (path: (string | number)[]) => {
      const span = doc.spanOf(path);
      return [span.start, text.slice(span.start, span.end)];
    };
    expect(at(['ports', 'port'])).toEqual([text.indexOf('8080'), '8080']);
    expect(doc.scalarAt(['ports', 'port'])?.source).toBe('8080');
    expect(at(['ports', 'name'])).toEqual([text.indexOf('web'), 'web']);
    const key = doc.keySpanOf(['ports', 'port']);
    expect(key.start).toBe(text.indexOf('port'));
    // Written after the merge, the key is the mapping's own again.
    const after = 'base: &base {port: 8080}\nports:\n  <<: *base\n  port: "http"\n';
    expect(parseYamlStream(after).documents[0].scalarAt(['ports', 'port'])?.source).toBe('http');
    // Of a list, the first mapping that has the key.
    const list = 'a: &a {p: 1}\nb: &b {p: 2, q: 3}\nm:\n  <<: [*a, *b]\n';
    const listDoc = parseYamlStream(list).documents[0];
    expect(list.slice(listDoc.spanOf(['m', 'p']).start, listDoc.spanOf(['m', 'p']).end)).toBe('1');
    expect(listDoc.spanOf(['m', 'q']).start).toBe(list.indexOf('3'));
  });
});

describe('values kubectl refuses while converting YAML to JSON (sigs.k8s.io/yaml YAMLToJSON)', () => {
  const refused = (text: string) => parseYamlStream(text).problems.map((p) => ({ kind: p.kind, at: text.slice(p.start, p.end), message: p.message }));

  it('a list or mapping as a key (go-yaml: invalid map key), at the key', () => {
    for (const [text, at, what] of [
      ['selector:\n  ? [app, tier]\n  : web\n', '[', 'a list'],
      ['selector:\n  ? {app: web}\n  : x\n', '{', 'a mapping'],
      ['ports: {[80, 443]: https}\n', '[', 'a list'],
    ] as const) {
      const [p] = refused(text);
      expect(p, text).toMatchObject({ kind: 'syntax', at });
      expect(p.message).toContain(`this mapping key is ${what}`);
      expect(p.message).toContain('(invalid map key)');
      expect(refused(text)).toHaveLength(1);
    }
  });

  it('a null key (~, null, an empty key): unsupported map key, with how it was written', () => {
    for (const [text, at, shown] of [
      ['labels:\n  ~: web\n', '~', '~'],
      ['labels:\n  Null: web\n', 'Null', 'Null'],
      ['labels:\n  ? \n  : web\n', 'web', 'empty'],
    ] as const) {
      const got = refused(text);
      expect(got, JSON.stringify(text)).toHaveLength(1);
      expect(got[0]).toMatchObject({ kind: 'syntax', at });
      expect(got[0].message).toContain(`this mapping key is null (${shown})`);
      expect(got[0].message).toContain('(unsupported map key)');
    }
    // Quoted, it is the text; a number or boolean key becomes text too.
    expect(refused('labels:\n  "~": web\n  "null": x\n  1: one\n  true: yes\n')).toEqual([]);
  });

  it('infinity and not-a-number as values (json: unsupported value), but not as keys', () => {
    const text = 'spec:\n  weight: .inf\n  low: -.Inf\n  ratio: .NaN\n  typed: !!float .inf\n  quoted: ".inf"\n';
    const got = refused(text);
    expect(got.map((p) => p.at)).toEqual(['.inf', '-.Inf', '.NaN', '.inf']);
    expect(got.map((p) => /json: unsupported value: (\S+)\)/.exec(p.message)?.[1])).toEqual(['+Inf', '-Inf', 'NaN', '+Inf']);
    expect(got.every((p) => p.kind === 'syntax')).toBe(true);
    // As a key, a float is written as text (".inf"), which kubectl takes.
    const key = parseYamlStream('m:\n  .inf: top\n  -.inf: bottom\n');
    expect(key.problems).toEqual([]);
    expect(key.documents[0].value).toEqual({ m: { '.inf': 'top', '-.inf': 'bottom' } });
  });

  it('a merge key whose value is not a mapping or a list of mappings (map merge requires map or sequence of maps)', () => {
    for (const [text, at] of [
      ['spec:\n  <<: 5\n', '5'],
      ['spec:\n  <<:\n  port: 80\n', '<<'],
      ['base: &b [1, 2]\nspec:\n  <<: *b\n', '*b'],
      ['a: &a {p: 1}\nspec:\n  <<: [*a, text]\n', '['],
    ] as const) {
      const got = refused(text);
      expect(got, JSON.stringify(text)).toHaveLength(1);
      expect(got[0]).toMatchObject({ kind: 'syntax', at });
      expect(got[0].message).toContain('(map merge requires map or sequence of maps as the value)');
    }
    expect(refused('a: &a {p: 1}\nspec:\n  <<: [*a, {q: 2}]\n  <<: []\n')).toEqual([]);
  });

  it('both value builders agree: the plain block manifest and the bounded builder report the same', () => {
    const plain = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  null: x\nweight: .inf\n';
    const viaBuilder = `${plain}anchor: &a 1\nalias: *a\n`;
    const at = (text: string) => parseYamlStream(text).problems.map((p) => text.slice(p.start, p.end));
    expect(at(plain)).toEqual(['null', '.inf']);
    expect(at(viaBuilder)).toEqual(['null', '.inf']);
  });

  it('netlint\'s own files are not held to it', () => {
    expect(parseYamlStream('limits:\n  max: .inf\n  ~: x\n', OWN_FILE_YAML_LIMITS).problems).toEqual([]);
  });
});

/**
 * The reference for positions: a tree of nodes built from a fresh parse of the whole text, each
 * mapping entry keyed as the value builders key it (the last duplicate wins), located as
 * `YamlDocument.spanOf` promises: a scalar or alias at its value, a collection at its key or first
 * character, a missing path at its closest ancestor.
 */
type RefNode =
  | { kind: 'map'; start: number; entries: Map<string, { key: { start: number; end: number }; node: RefNode }> }
  | { kind: 'seq'; start: number; items: RefNode[] }
  | { kind: 'scalar' | 'alias'; start: number; end: number; event?: ScalarEvent };

function referencePositions(text: string) {
  const events = parseEvents(text, { maxDepth: 100 });
  const styles = { [SCALAR_STYLE.PLAIN]: 'plain', [SCALAR_STYLE.SINGLE_QUOTED]: 'single', [SCALAR_STYLE.DOUBLE_QUOTED]: 'double', [SCALAR_STYLE.LITERAL_BLOCK]: 'literal', [SCALAR_STYLE.FOLDED_BLOCK]: 'folded' } as const;
  const source = (ev: ScalarEvent) => (ev.valueStart < 0 ? '' : getScalarValue(text, ev));
  const build = (i: number): { node: RefNode; next: number } => {
    const ev = events[i] as Event;
    if (ev.type === EVENT_ID.SCALAR) {
      const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
      const empty = Math.max(ev.tagEnd, ev.anchorEnd, 0);
      const [start, end] = ev.valueStart < 0 ? [empty, empty] : quoted ? [ev.valueStart - 1, ev.valueEnd + 1] : [ev.valueStart, ev.valueEnd];
      return { node: { kind: 'scalar', start, end, event: ev }, next: i + 1 };
    }
    if (ev.type === EVENT_ID.ALIAS) return { node: { kind: 'alias', start: ev.anchorStart - 1, end: ev.anchorEnd }, next: i + 1 };
    if (ev.type === EVENT_ID.SEQUENCE) {
      const items: RefNode[] = [];
      let j = i + 1;
      for (; events[j].type !== EVENT_ID.POP; ) {
        const r = build(j);
        items.push(r.node);
        j = r.next;
      }
      return { node: { kind: 'seq', start: ev.start, items }, next: j + 1 };
    }
    if (ev.type !== EVENT_ID.MAPPING) throw new Error(`unexpected event ${ev.type}`);
    const entries = new Map<string, { key: { start: number; end: number }; node: RefNode }>();
    let j = i + 1;
    for (; events[j].type !== EVENT_ID.POP; ) {
      const k = build(j);
      const v = build(k.next);
      j = v.next;
      const e = k.node.kind === 'scalar' ? k.node.event! : null;
      let name = '';
      if (e) name = e.style !== SCALAR_STYLE.PLAIN || e.tagStart >= 0 ? source(e) : String(((r) => (r === null ? 'null' : typeof r === 'object' ? JSON.stringify(r) : r))(resolvePlain(source(e))));
      const key = k.node.kind === 'scalar' || k.node.kind === 'alias' ? { start: k.node.start, end: k.node.end } : { start: k.node.start, end: k.node.start + 1 };
      entries.set(name, { key, node: v.node });
    }
    return { node: { kind: 'map', start: ev.start, entries }, next: j + 1 };
  };
  const docs: { start: number; spanOf(path: (string | number)[]): { start: number; end: number }; scalarAt(path: (string | number)[]): unknown }[] = [];
  for (let i = 0; i < events.length; i++) {
    if (events[i].type !== EVENT_ID.DOCUMENT) continue;
    const root = events[i + 1].type === EVENT_ID.POP ? null : build(i + 1).node;
    const step = (node: RefNode, seg: string | number) =>
      node.kind === 'map' ? (node.entries.get(String(seg)) ?? null) : node.kind === 'seq' && typeof seg === 'number' && node.items[seg] ? { node: node.items[seg], key: null } : null;
    docs.push({
      start: root ? root.start : 0,
      spanOf(path) {
        if (!root) return { start: 0, end: 0 };
        let node = root;
        let key: { start: number; end: number } | null = null;
        for (const seg of path) {
          const c = step(node, seg);
          if (!c) break;
          node = c.node;
          key = c.key;
        }
        if (node.kind === 'scalar' || node.kind === 'alias') return node.end > node.start ? { start: node.start, end: node.end } : (key ?? { start: node.start, end: node.start });
        return key ?? { start: node.start, end: node.start + 1 };
      },
      scalarAt(path) {
        let node: RefNode | null = root;
        for (const seg of path) node = node ? (step(node, seg)?.node ?? null) : null;
        if (!node || node.kind !== 'scalar') return null;
        const ev = node.event!;
        return {
          source: source(ev),
          style: styles[ev.style],
          tag: ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null,
          ...(ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK ? { indent: ev.indent } : {}),
        };
      },
    });
  }
  return docs;
}
