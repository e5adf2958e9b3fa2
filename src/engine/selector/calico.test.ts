import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  type CalicoSelector,
  CALICO_LABEL_MAX_LENGTH,
  CALICO_SELECTOR_MAX_NESTING,
  formatCalicoSelector,
  isBlankCalicoSelector,
  matchesCalicoSelector,
  parseCalicoSelector,
  selectorLabelKeys,
} from './calico.js';
import type { Labels } from './label.js';

function parse(text: string): CalicoSelector {
  const result = parseCalicoSelector(text);
  if (!result.ok) throw new Error(`"${text}": ${result.error.message} at ${result.error.start}`);
  return result.selector;
}

function expectParseError(text: string, start: number, end: number, message: string): void {
  const result = parseCalicoSelector(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toContain(message);
  expect([result.error.start, result.error.end]).toEqual([start, end]);
}

function matches(text: string, labels: Labels): boolean {
  return matchesCalicoSelector(parse(text), labels);
}

/**
 * Valid selectors (numbered for reference), each with label sets and the expected match result:
 * Calico's documented forms (the selector reference of the Calico docs) and edge cases of its
 * tokenizer (libcalico-go lib/selector/tokenizer/tokenizer.go v3.32.1: `notin`, `startswith`,
 * several spaces inside `ends  with`, a keyword used as a label).
 */
const VALID: [row: number, selector: string, cases: [Labels, boolean][]][] = [
  [1, 'a == "b"', [[{ a: 'b' }, true], [{ a: 'c' }, false], [{}, false]]],
  [2, "a == 'a'", [[{ a: 'a' }, true], [{ a: 'b' }, false]]],
  [3, 'a=="b"', [[{ a: 'b' }, true], [{ a: 'B' }, false]]],
  [4, 'a!="b"', [[{ a: 'b' }, false], [{ a: 'c' }, true], [{}, true]]],
  [5, '(a=="b")', [[{ a: 'b' }, true], [{}, false]]],
  [6, 'a == "b" && c == "d"', [[{ a: 'b', c: 'd' }, true], [{ a: 'b' }, false], [{ c: 'd' }, false]]],
  [7, 'a == "b" || c == "d"', [[{ c: 'd' }, true], [{ a: 'b' }, true], [{ a: 'x', c: 'x' }, false], [{}, false]]],
  [8, `a in {"'", '"', "c"}`, [[{ a: "'" }, true], [{ a: '"' }, true], [{ a: 'c' }, true], [{ a: 'd' }, false], [{}, false]]],
  [9, 'a not in {"d", "e"}', [[{}, true], [{ a: 'd' }, false], [{ a: 'e' }, false], [{ a: 'f' }, true]]],
  [10, 'a not in {}', [[{}, true], [{ a: 'x' }, true]]],
  [11, 'a in {"x",}', [[{ a: 'x' }, true], [{ a: 'y' }, false]]],
  [12, "a notin{'x'}", [[{ a: 'x' }, false], [{ a: 'y' }, true], [{}, true]]],
  [13, 'a contains "a"', [[{ a: 'bab' }, true], [{ a: 'b' }, false], [{}, false]]],
  [14, 'a starts with "a"', [[{ a: 'abc' }, true], [{ a: 'ba' }, false], [{}, false]]],
  [14, 'a startswith "a"', [[{ a: 'abc' }, true], [{ a: 'ba' }, false]]],
  [15, 'label ends  with "value"', [[{ label: 'myvalue' }, true], [{ label: 'values' }, false], [{}, false]]],
  [16, 'contains contains "contains"', [[{ contains: 'xcontainsx' }, true], [{ contains: 'contain' }, false]]],
  [17, 'has(a)', [[{ a: '' }, true], [{ b: 'x' }, false]]],
  [17, '!has(a)', [[{ a: '' }, false], [{ b: 'x' }, true]]],
  [18, '!!! has(a)', [[{ a: 'x' }, false], [{}, true]]],
  [19, 'has( foo )', [[{ foo: 'x' }, true], [{}, false]]],
  [20, 'has(calico/k8s_NS-.1/role)', [[{ 'calico/k8s_NS-.1/role': 'x' }, true], [{ role: 'x' }, false]]],
  [21, '', [[{}, true], [{ a: 'b' }, true]]],
  [21, ' ', [[{}, true]]],
  [22, 'all()', [[{}, true], [{ a: 'b' }, true]]],
  [22, 'all( )', [[{}, true]]],
  [22, 'global()', [[{}, true]]],
  [22, '!all()', [[{}, false], [{ a: 'b' }, false]]],
  [23, '!(!has(a) || has(b))', [[{ a: '1' }, true], [{ a: '1', b: '1' }, false], [{}, false], [{ b: '1' }, false]]],
  [24, "!a == 'a1' && b == 'b1'", [[{ a: 'a2', b: 'b1' }, true], [{ b: 'b1' }, true], [{ a: 'a1', b: 'b1' }, false], [{ a: 'a2' }, false]]],
  [25, "route-reflector == 'true'", [[{ 'route-reflector': 'true' }, true], [{}, false]]],
  [26, 'region in {"east", "west"}', [[{ region: 'west' }, true], [{ region: 'north' }, false]]],
  [27, 'team == "backend" || team == "frontend"', [[{ team: 'frontend' }, true], [{ team: 'ops' }, false]]],
  [50, 'global() && has(a)', [[{ a: 'x' }, true], [{}, false]]],
  [51, 'global()', [[{ a: 'x' }, true]]],
];

/** Invalid selectors: the error range and a fragment of the message. */
const INVALID: [row: number, selector: string, start: number, end: number, message: string][] = [
  [28, 'b == b', 5, 6, 'expected a quoted string after "==", found label "b" (values must be quoted, e.g. "b")'],
  [29, "'b1' == b", 0, 4, 'the label goes on the left'],
  [30, 'b', 1, 1, 'expected an operator after label "b" (==, !=, in, not in, contains, starts with, ends with), found end of selector'],
  [31, 'a b', 2, 3, 'expected an operator after label "a"'],
  [32, '!', 1, 1, 'expected a term (label comparison, has(…), all(), global(), "!" or "("), found end of selector'],
  [33, 'foo == "bar" &', 13, 14, '"&" is not an operator; did you mean "&&"?'],
  [33, 'foo == "bar" |', 13, 14, '"|" is not an operator; did you mean "||"?'],
  [34, 'foo in ""', 7, 9, 'expected a set literal like {"a", "b"} after "in", found string ""'],
  [35, '"FOO', 0, 4, 'unterminated string: no closing "'],
  [35, "'FOO", 0, 4, "unterminated string: no closing '"],
  [35, `"FOO'`, 0, 5, 'unterminated string: no closing "'],
  [36, '(', 1, 1, 'expected a term'],
  [36, '(a == "foo"', 11, 11, 'expected ")" to close the "(" at character 1, found end of selector'],
  [36, ')', 0, 1, 'expected a term (label comparison, has(…), all(), global(), "!" or "("), found ")"'],
  [36, '()', 1, 2, 'found ")"'],
  [37, '%', 0, 1, 'unexpected character "%"'],
  [37, 'a == "b" && %', 12, 13, 'unexpected character "%"'],
  [38, 'a ', 2, 2, 'expected an operator after label "a"'],
  [38, 'has(foo) &&', 11, 11, 'expected a term'],
  [39, 'label = "value"', 6, 7, '"=" is not an operator; did you mean "=="?'],
  [40, 'has()', 0, 5, 'has() needs a label name'],
  [40, 'has(foo', 7, 7, 'expected ")" to close has('],
  [40, 'all(', 4, 4, 'expected ")" to close all('],
  [41, 'label starts foo "value"', 6, 12, 'expected an operator after label "label"'],
  [41, 'label inf "value"', 6, 9, 'found label "inf"'],
  [41, 'label ends withs "value"', 6, 10, 'found label "ends"'],
  [42, "kubernetes.io/hostname: == 'node-4'", 22, 23, 'unexpected character ":"'],
  [43, 'thing=hello &', 5, 6, '"=" is not an operator'],
  [44, 'this is not valid selector syntax', 5, 7, 'expected an operator after label "this"'],
  [45, 'has (a)', 4, 5, 'no space is allowed between "has" and "("'],
  [46, 'route-reflector == true', 19, 23, 'values must be quoted, e.g. "true"'],
  [47, 'a == "b" and c == "d"', 9, 12, 'combine terms with "&&"'],
  [48, 'a == "x\\"y"', 9, 10, 'strings have no escape sequences'],
  [49, 'app == "web"\n', 12, 13, 'line breaks are not allowed'],
];

describe('valid selectors', () => {
  it.each(VALID)('row %i: %j', (_row, text, cases) => {
    const selector = parse(text);
    for (const [labels, expected] of cases) {
      expect({ labels, result: matchesCalicoSelector(selector, labels) }).toEqual({ labels, result: expected });
    }
    // The canonical form must parse to a selector that behaves the same.
    const again = parse(formatCalicoSelector(selector));
    expect(formatCalicoSelector(again)).toBe(formatCalicoSelector(selector));
    for (const [labels, expected] of cases) expect(matchesCalicoSelector(again, labels)).toBe(expected);
  });
});

describe('invalid selectors', () => {
  it.each(INVALID)('row %i: %j', (_row, text, start, end, message) => {
    expectParseError(text, start, end, message);
  });
});

describe('parse trees', () => {
  it('keeps each quote style able to hold the other (row 8)', () => {
    expect(parse(`a in {"'", '"', "c"}`)).toEqual({ kind: 'set', label: 'a', op: 'in', values: ["'", '"', 'c'] });
  });

  it('applies "!" to the comparison only (row 24)', () => {
    expect(parse("!a == 'a1' && b == 'b1'")).toEqual({
      kind: 'and',
      operands: [
        { kind: 'not', operand: { kind: 'compare', label: 'a', op: '==', value: 'a1' } },
        { kind: 'compare', label: 'b', op: '==', value: 'b1' },
      ],
    });
  });

  it('binds && tighter than ||', () => {
    expect(parse('!has(a) || b == "1" && c == "2"')).toEqual({
      kind: 'or',
      operands: [
        { kind: 'not', operand: { kind: 'has', label: 'a' } },
        {
          kind: 'and',
          operands: [
            { kind: 'compare', label: 'b', op: '==', value: '1' },
            { kind: 'compare', label: 'c', op: '==', value: '2' },
          ],
        },
      ],
    });
  });

  it('uses only the parity of "!"', () => {
    expect(parse('!!has(a)')).toEqual({ kind: 'has', label: 'a' });
    expect(parse('!!! has(a)')).toEqual({ kind: 'not', operand: { kind: 'has', label: 'a' } });
  });

  it('treats an empty selector as all()', () => {
    expect(parse('')).toEqual({ kind: 'all' });
    expect(parse(' \t ')).toEqual({ kind: 'all' });
  });

  it('lets keywords be labels when they are not operators or calls', () => {
    expect(parse('in in {"a"}')).toEqual({ kind: 'set', label: 'in', op: 'in', values: ['a'] });
    expect(parse('all == "x"')).toEqual({ kind: 'compare', label: 'all', op: '==', value: 'x' });
    expect(parse('has != ""')).toEqual({ kind: 'compare', label: 'has', op: '!=', value: '' });
    expect(parse('a contains"x"')).toEqual({ kind: 'compare', label: 'a', op: 'contains', value: 'x' });
    expect(parse('9.x/y-z_ endswith "q"')).toEqual({ kind: 'compare', label: '9.x/y-z_', op: 'ends with', value: 'q' });
    expect(parse('a not\t in {}')).toEqual({ kind: 'set', label: 'a', op: 'not in', values: [] });
  });

  it('accepts tabs as whitespace', () => {
    expect(parse('a\t==\t"b"')).toEqual({ kind: 'compare', label: 'a', op: '==', value: 'b' });
  });

  it('flattens nested conjunctions from parentheses', () => {
    expect(parse('has(a) && (has(b) && has(c))')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'has', label: 'a' },
        { kind: 'has', label: 'b' },
        { kind: 'has', label: 'c' },
      ],
    });
  });
});

describe('more error positions', () => {
  it.each<[string, number, number, string]>([
    ['a in ("a")', 5, 6, 'expected a set literal'],
    ['a in "a"', 5, 8, 'expected a set literal'],
    ['a in {,}', 6, 7, 'expected a quoted string in the set, found ","'],
    ['a in {"x" "y"}', 10, 13, 'expected "," or "}" in the set, found string "y"'],
    ['a in {"x",,}', 10, 11, 'expected a quoted string in the set'],
    ['a in {"x"', 9, 9, 'expected "," or "}" in the set, found end of selector'],
    ['has(a) == "x"', 7, 9, 'unexpected "==" at end of selector'],
    ['has(a b)', 6, 7, 'expected ")" to close has('],
    ['has(%)', 4, 5, 'has( must be followed by a label name'],
    ['has(', 4, 4, 'has( must be followed by a label name'],
    ['all(x)', 4, 5, 'expected ")" to close all('],
    ['global( ', 8, 8, 'expected ")" to close global('],
    ['a == "b" || ', 12, 12, 'expected a term'],
    ['a == "b" OR c == "d"', 9, 11, 'combine terms with "||"'],
    ['a == "b")', 8, 9, 'unexpected ")" at end of selector'],
    ['a b %', 2, 3, 'expected an operator'],
    ['a == "é" && ☃', 12, 13, 'unexpected character "☃"'],
    ['a == "x" && 😀', 12, 14, 'unexpected character "😀"'],
    ['a\r\n== "x"', 1, 2, 'line breaks are not allowed'],
    ['x'.repeat(CALICO_LABEL_MAX_LENGTH + 1) + ' == "a"', 0, 513, 'label is 513 characters long; the limit is 512'],
    [`has(${'x'.repeat(600)})`, 4, 604, 'label is 600 characters long'],
  ])('%j', (text, start, end, message) => {
    expectParseError(text, start, end, message);
  });

  it('accepts a label of exactly the maximum length', () => {
    const label = 'x'.repeat(CALICO_LABEL_MAX_LENGTH);
    expect(parse(`has(${label})`)).toEqual({ kind: 'has', label });
  });

  it('reads only spaces and tabs as a blank selector (all()); other white space is a syntax error', () => {
    for (const blank of ['', ' ', '\t \t']) expect(isBlankCalicoSelector(blank), JSON.stringify(blank)).toBe(true);
    for (const text of ['\u00a0', '\v', '\f', '\u3000', '\ufeff', '\u2028', ' \u00a0 ', '\n']) {
      expect(isBlankCalicoSelector(text), JSON.stringify(text)).toBe(false);
      expect(parseCalicoSelector(text).ok, JSON.stringify(text)).toBe(false);
    }
  });
});

describe('formatCalicoSelector', () => {
  it.each([
    ['', 'all()'],
    ['all( )', 'all()'],
    ["a  ==  'x'", 'a == "x"'],
    [`a == 'x"y'`, `a == 'x"y'`],
    ['a startswith "a"', 'a starts with "a"'],
    ['a endswith "a"', 'a ends with "a"'],
    ["a notin{'x'}", 'a not in {"x"}'],
    ['a in {"b", "a", "b",}', 'a in {"a", "b"}'],
    ['a in {}', 'a in {}'],
    ['has( foo )', 'has(foo)'],
    ['!!! has(a)', '!has(a)'],
    ["!a == 'a1' && b == 'b1'", '!(a == "a1") && b == "b1"'],
    ['!(!has(a) || has(b))', '!(!has(a) || has(b))'],
    ['(a == "1" || b == "2") && c == "3"', '(a == "1" || b == "2") && c == "3"'],
    ['a == "1" || (b == "2" && c == "3")', 'a == "1" || b == "2" && c == "3"'],
    ['((has(a)))', 'has(a)'],
    ['!(has(a) && has(b))', '!(has(a) && has(b))'],
    ['!(!has(a))', '!(!has(a))'],
    ['!global()', '!global()'],
  ])('%j → %j', (text, expected) => {
    expect(formatCalicoSelector(parse(text))).toBe(expected);
  });
});

describe('inspection helpers', () => {
  it('selectorLabelKeys lists referenced keys once, sorted', () => {
    expect(selectorLabelKeys(parse('b == "1" && (has(a) || b in {"x"}) && !c starts with "y"'))).toEqual(['a', 'b', 'c']);
    expect(selectorLabelKeys(parse('all()'))).toEqual([]);
    expect(selectorLabelKeys(parse('projectcalico.org/name not in {}'))).toEqual(['projectcalico.org/name']);
  });

  it('does not treat inherited object properties as labels', () => {
    expect(matches('has(constructor)', {})).toBe(false);
    expect(matches('toString != "x"', {})).toBe(true);
  });
});

describe('properties', () => {
  const labelKey = fc.constantFrom('a', 'b', 'in', 'x.y/z');
  const value = fc.constantFrom('', 'v', 'w', 'vw', "it's", 'say "hi"');
  const leaf: fc.Arbitrary<CalicoSelector> = fc.oneof(
    fc.constant<CalicoSelector>({ kind: 'all' }),
    labelKey.map((label): CalicoSelector => ({ kind: 'has', label })),
    fc
      .record({ label: labelKey, op: fc.constantFrom('==', '!=', 'contains', 'starts with', 'ends with' as const), value })
      .map((c): CalicoSelector => ({ kind: 'compare', ...c })),
    fc
      .record({ label: labelKey, op: fc.constantFrom('in', 'not in' as const), values: fc.array(value, { maxLength: 3 }) })
      .map((s): CalicoSelector => ({ kind: 'set', ...s })),
  );
  const { selector } = fc.letrec<{ selector: CalicoSelector }>((tie) => ({
    selector: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      tie('selector').map((operand): CalicoSelector => ({ kind: 'not', operand })),
      fc
        .record({ kind: fc.constantFrom('and', 'or' as const), operands: fc.array(tie('selector'), { minLength: 2, maxLength: 3 }) })
        .map((n): CalicoSelector => n),
    ),
  }));
  const labels = fc.dictionary(labelKey, value, { maxKeys: 4 });

  it('the canonical form parses back to a selector with the same canonical form and the same matches', () => {
    fc.assert(
      fc.property(selector, labels, (sel, lbls) => {
        const text = formatCalicoSelector(sel);
        const back = parse(text);
        expect(formatCalicoSelector(back)).toBe(text);
        expect(matchesCalicoSelector(back, lbls)).toBe(matchesCalicoSelector(sel, lbls));
      }),
    );
  });

  it('never throws and reports errors inside the input', () => {
    const alphabet = fc.constantFrom(...'ab !=&|(){},"\'\t%in has( all()contains'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
        const result = parseCalicoSelector(text);
        if (!result.ok) {
          const { start, end, message } = result.error;
          expect(message).not.toBe('');
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
        }
      }),
    );
  });

  it('!= and not in are the negations of == and in', () => {
    fc.assert(
      fc.property(labelKey, value, fc.array(value, { maxLength: 3 }), labels, (key, v, vs, lbls) => {
        const eq: CalicoSelector = { kind: 'compare', label: key, op: '==', value: v };
        const ne: CalicoSelector = { kind: 'compare', label: key, op: '!=', value: v };
        const inSet: CalicoSelector = { kind: 'set', label: key, op: 'in', values: vs };
        const notInSet: CalicoSelector = { kind: 'set', label: key, op: 'not in', values: vs };
        expect(matchesCalicoSelector(ne, lbls)).toBe(!matchesCalicoSelector(eq, lbls));
        expect(matchesCalicoSelector(notInSet, lbls)).toBe(!matchesCalicoSelector(inSet, lbls));
      }),
    );
  });
});

describe('nesting depth', () => {
  it('follows parentheses as deep as a selector within the length cap can nest them', () => {
    const depth = CALICO_SELECTOR_MAX_NESTING;
    expect(parse(`${'('.repeat(depth)}a == "b"${')'.repeat(depth)}`)).toEqual({ kind: 'compare', label: 'a', op: '==', value: 'b' });
  });

  it('refuses deeper nesting, balanced or not, at the first "(" too deep, without exhausting the stack', () => {
    const at = CALICO_SELECTOR_MAX_NESTING;
    expectParseError(`${'('.repeat(100_000)}a == "b"${')'.repeat(100_000)}`, at, at + 1, 'nested deeper than');
    expectParseError('('.repeat(100_000), at, at + 1, 'nested deeper than');
  });
});

/**
 * The cases of Calico's own selector tests (libcalico-go lib/selector/parser/parser_test.go,
 * v3.32.1), restated: each selector with label sets it must match and label sets it must not,
 * the selectors its parser refuses, and its canonical forms.
 */
describe("Calico's parser tests (libcalico-go parser_test.go v3.32.1)", () => {
  const ab = { a: 'a1', b: 'b1' };
  const MATCHES: [selector: string, match: Labels[], noMatch: Labels[]][] = [
    ['a == "b"', [{ a: 'b' }, { a: 'b', c: 'd' }], [{}, { a: 'c' }, { c: 'd' }]],
    ['a == "b" && c == "d"', [{ a: 'b', c: 'd' }], [{}, { a: 'b', c: 'e' }, { a: 'c', c: 'd' }, { c: 'd' }, { a: 'b' }]],
    ['a == "b" || c == "d"', [{ a: 'b', c: 'd' }, { a: 'b' }, { c: 'd' }], [{}, { a: 'e', c: 'e' }, { c: 'e' }, { a: 'e' }]],
    [`a in {"'", '"', "c"}`, [{ a: 'c' }, { a: '"' }, { a: "'" }], [{}, { a: 'e' }]],
    [`a not in {"'", '"', "c"}`, [{}, { a: 'e' }], [{ a: 'c' }, { a: '"' }, { a: "'" }]],
    ["a == 'a'", [{ a: 'a' }], [{ a: 'b' }, {}]],
    ['a == "a"', [{ a: 'a' }], []],
    ['a != "b"', [{ a: 'a' }], []],
    ['a != "a"', [{}], [{ a: 'a' }]],
    ["a != 'a'", [], [{ a: 'a' }]],
    ['a contains "a"', [{ a: 'a' }, { a: 'bab' }, { a: 'aaa', b: 'c' }], [{}, { a: 'b' }, { b: 'aaa' }]],
    ['a starts with "a"', [{ a: 'a' }, { a: 'abb' }, { a: 'aaa', b: 'c' }], [{}, { a: 'b' }, { a: 'baa' }, { b: 'aaa' }]],
    ['a ends with "a"', [{ a: 'a' }, { a: 'bba' }, { a: 'aaa', b: 'c' }], [{}, { a: 'b' }, { a: 'aab' }, { b: 'aaa' }]],
    ['a in {"a"}', [{ a: 'a' }], [{ a: 'b' }]],
    ['!a in {"a"}', [{ a: 'b' }], []],
    ['a in {"a", "b"}', [{ a: 'a' }, { a: 'b' }], [{ a: 'c' }]],
    ['a not in {"d", "e"}', [{ a: 'a' }], []],
    ['a not in {"a"}', [], [{ a: 'a' }]],
    ['has(a)', [{ a: 'b' }], []],
    ['has(b)', [], [{ a: 'b' }]],
    ['!has(a)', [{ b: 'b' }], [{ a: 'b' }]],
    ['!!has(b)', [], [{ a: 'b' }]],
    ...['! has(a)', '!!! has(a)', '!!!has(a)', '!! ! has(a)', '! !!has(a)'].map((s): [string, Labels[], Labels[]] => [s, [], [{ a: 'b' }]]),
    ...['', ' ', 'all()', ' all()', 'global()', ' global()'].map((s): [string, Labels[], Labels[]] => [s, [{}, { a: 'b' }], []]),
    ["a == 'a1' && b == 'b1'", [ab], []],
    ...["a == 'a1' && b != 'b1'", "a != 'a1' && b == 'b1'", "a != 'a1' && b != 'b1'", "a != 'a1' && !b == 'b1'", "!a == 'a1' && b == 'b1'"].map((s): [string, Labels[], Labels[]] => [s, [], [ab]]),
    ...['has(a) && !has(b)', '!has(b) && has(a)', '!(!has(a) || has(b))', '!(has(b) || !has(a))'].map((s): [string, Labels[], Labels[]] => [s, [{ a: 'a' }], []]),
    ...["a == 'a1' || b == 'b1'", "a == 'a1' || b != 'b1'", "a != 'a1' || b == 'b1'"].map((s): [string, Labels[], Labels[]] => [s, [ab], []]),
    ...["a != 'a1' || b != 'b1'", "! a == 'a1' || ! b == 'b1'"].map((s): [string, Labels[], Labels[]] => [s, [], [ab]]),
  ];

  it.each(MATCHES)('%j', (text, match, noMatch) => {
    const selector = parse(text);
    for (const labels of match) expect({ labels, matches: matchesCalicoSelector(selector, labels) }).toEqual({ labels, matches: true });
    for (const labels of noMatch) expect({ labels, matches: matchesCalicoSelector(selector, labels) }).toEqual({ labels, matches: false });
  });

  const REFUSED = [
    'b == b', 'b contains b', 'b starts with b', 'b ends with b', "'b1' == b", 'b', 'a b', '!', 'foo == "bar" &', 'foo == "bar" |', 'foo != ||', 'foo in {"", ||', 'foo in ""',
    '"FOO', `"FOO'`, "'FOO", '(', '(a == "foo"', ')', '()', '%', 'a == "b" && %', 'a == "b" || %', 'a ', 'has(foo) &&',
  ];
  it.each(REFUSED)('refuses %j', (text) => {
    expect(parseCalicoSelector(text).ok).toBe(false);
  });

  // Calico's canonical text; netlint prints the same, except that it puts a negated comparison in
  // parentheses (`!(c != "d")` where Calico prints `!c != "d"`), which parses to the same tree.
  const CANONICAL: [input: string, calico: string][] = [
    ['', 'all()'],
    [' all() ', 'all()'],
    [' (all() )', 'all()'],
    ['! (has( b)||! has(a ))', '!(has(b) || !has(a))'],
    ['! (a == "b"&&! c != "d")', '!(a == "b" && !c != "d")'],
    [`a == "'"`, `a == "'"`],
    [`a == '"'`, `a == '"'`],
    [`a contains '"'`, `a contains '"'`],
    [`a contains "'"`, `a contains "'"`],
    [`a startswith '"'`, `a starts with '"'`],
    [`a endswith "'"`, `a ends with "'"`],
    [`a!='"'`, `a != '"'`],
    ['a in {"d"}', 'a in {"d"}'],
    ['a in {"a", "b"}', 'a in {"a", "b"}'],
    ['a in {"d", "a", "b"}', 'a in {"a", "b", "d"}'],
    ['a in {"z", "x", "y", "a"}', 'a in {"a", "x", "y", "z"}'],
    ['a in {"z", "z", "x", "y", "x", "a"}', 'a in {"a", "x", "y", "z"}'],
  ];
  it.each(CANONICAL)('prints %j as Calico does (%j)', (input, calico) => {
    const printed = formatCalicoSelector(parse(input));
    expect(parse(printed)).toEqual(parse(calico));
    expect(printed.replace(/!\(([^()]*(?:==|!=|contains|starts with|ends with| in )[^()]*)\)/g, '!$1')).toBe(calico);
  });
});
