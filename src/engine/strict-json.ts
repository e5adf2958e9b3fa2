/**
 * A small strict JSON parser (RFC 8259, as Go's encoding/json reads it) that keeps the offset of
 * every value and key. CNI configs, flannel's net-conf.json and Multus' JSON annotations are JSON
 * inside a YAML string; a finding about them must point inside that string, so JSON.parse (no
 * positions for values) is not enough. Never throws: bad input becomes `{ ok: false, offset }`.
 *
 * Both grammars are RFC 8259, so the native JSON.parse decides validity and builds the value;
 * this parser runs only when positions are asked for (a finding) or to explain a syntax error.
 */
import type { Path } from './types.js';
import { getIn } from './values.js';

export interface Span {
  start: number;
  end: number;
}

interface Located {
  value: Span;
  key?: Span;
}

export type JsonResult =
  | { ok: true; value: unknown; locate(path: Path): Span; locateKey(path: Path): Span; has(path: Path): boolean }
  | { ok: false; error: string; offset: number };

const MAX_DEPTH = 200;

class Fail {
  constructor(
    readonly error: string,
    readonly offset: number,
  ) {}
}

export function parseJson(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonLocated(text);
  }
  // The located parse also refuses nesting deeper than MAX_DEPTH: only a long text can nest so.
  if (text.length > MAX_DEPTH * 2 && deeperThan(value, MAX_DEPTH)) return parseJsonLocated(text);
  let located: Extract<JsonResult, { ok: true }> | undefined;
  const positions = () => (located ??= parseJsonLocated(text) as Extract<JsonResult, { ok: true }>);
  return {
    ok: true,
    value,
    // JSON holds no undefined: a path is there exactly when it leads to a value.
    has: (path) => getIn(value, path) !== undefined,
    locate: (path) => positions().locate(path),
    locateKey: (path) => positions().locateKey(path),
  };
}

/** Whether containers nest deeper than `limit`; iterative, as JSON.parse accepts any depth. */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.value === null || typeof top.value !== 'object') continue;
    if (top.depth >= limit) return true;
    for (const v of Array.isArray(top.value) ? top.value : Object.values(top.value)) stack.push({ value: v, depth: top.depth + 1 });
  }
  return false;
}

/** The position-keeping parse: every value's and key's span, and the error's offset. */
export function parseJsonLocated(text: string): JsonResult {
  const spans = new Map<string, Located>();
  let i = 0;
  const key = (path: readonly (string | number)[]) => JSON.stringify(path);

  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'end of the text' : `character ${JSON.stringify(text[at])}`);
  const fail = (what: string, at = i): never => {
    throw new Fail(`unexpected ${describe(at)} ${what}`, at);
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Fail(`invalid escape ${JSON.stringify(text.slice(i, i + 2))} in a string`, i);
      }
      if (c < ' ') throw new Fail('a control character (such as a line break) inside a string; escape it', i);
      out += c;
      i++;
    }
    throw new Fail('a string that is never closed', start);
  };

  const parseValue = (path: (string | number)[], depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Fail('nesting deeper than 200 levels', i);
    ws();
    const start = i;
    const c = text[i];
    let value: unknown;
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          ws();
          if (text[i] !== '"') fail(text[i] === '}' ? 'after a comma (trailing commas are not JSON)' : 'where an object key (a "quoted" string) was expected');
          const keyStart = i;
          const k = parseString();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ':') fail('after an object key; expected ":"');
          i++;
          const childPath = [...path, k];
          // defineProperty, so a "__proto__" key is data, not the prototype.
          Object.defineProperty(obj, k, { value: parseValue(childPath, depth + 1), enumerable: true, writable: true, configurable: true });
          spans.get(key(childPath))!.key = keySpan;
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail('after an object value; expected "," or "}"');
        }
      }
      value = obj;
    } else if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') i++;
      else {
        for (;;) {
          ws();
          if (text[i] === ']') fail('after a comma (trailing commas are not JSON)');
          arr.push(parseValue([...path, arr.length], depth + 1));
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail('after a list item; expected "," or "]"');
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
      if (!m) fail('in a number');
      i += m![0].length;
      if (/^[0-9A-Za-z_.]/.test(text[i] ?? '')) fail('in a number');
      value = Number(m![0]);
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
      if (word === 'true' || word === 'false' || word === 'null') {
        i += word.length;
        value = word === 'true' ? true : word === 'false' ? false : null;
      } else if (word) {
        throw new Fail(`unexpected word ${JSON.stringify(word)}: JSON strings need double quotes`, i);
      } else fail('where a value was expected');
    }
    spans.set(key(path), { value: { start, end: i } });
    return value;
  };

  try {
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail('after the end of the JSON value');
    return {
      ok: true,
      value,
      has: (path) => spans.has(key(path)),
      /** The key of an object member (its value when it has no key, e.g. a list item). */
      locateKey: (path) => spans.get(key(path))?.key ?? spans.get(key(path))?.value ?? { start: 0, end: text.length },
      locate(path) {
        const exact = spans.get(key(path));
        if (exact) return exact.value;
        // A missing key points at the key of its deepest existing ancestor (or at that value).
        for (let n = path.length - 1; n >= 0; n--) {
          const found = spans.get(key(path.slice(0, n)));
          if (found) return found.key ?? found.value;
        }
        return { start: 0, end: text.length };
      },
    };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error, offset: Math.min(e.offset, text.length) };
    throw e;
  }
}

/**
 * `text` with its JavaScript-style comments (`// …` to the end of the line, `/* … *\/`) outside
 * strings turned into spaces, line breaks kept, so every other character stays where it was; null
 * when it has none. For a CNI config written with comments: libcni refuses it (input/cni-json says
 * where), and YAML, which has no such comments, would read `// note` and the key after it as one
 * plain scalar, so the config's rules would judge keys that are not missing.
 */
export function blankJsonComments(text: string): string | null {
  let out: string[] | null = null;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== '/' || (text[i + 1] !== '/' && text[i + 1] !== '*')) continue;
    const block = text[i + 1] === '*';
    const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
    const end = close < 0 ? text.length : block ? close + 2 : close;
    out ??= [];
    out.push(text.slice(from, i), text.slice(i, end).replace(/[^\n\r]/g, ' '));
    from = end;
    i = end - 1;
  }
  if (out === null) return null;
  out.push(text.slice(from));
  return out.join('');
}
