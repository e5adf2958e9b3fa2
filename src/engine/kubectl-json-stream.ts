/**
 * A file that starts with `{` read the way kubectl reads it: as a stream of JSON values first, then
 * as YAML.
 *
 * kubectl decodes every manifest file with apimachinery's YAMLOrJSONDecoder (pkg/util/yaml
 * decoder.go, v0.33 and later, through cli-runtime's StreamVisitor). When the text's first non-space
 * character is `{` it decodes one JSON value after another with Go's encoding/json, which reads
 * concatenated values (`{…}{…}` or one object a line) as a stream, no `---` needed. When a value
 * fails to decode: after more than one value the stream is JSON beyond doubt and the error stands;
 * after none or one, the decoder goes back to where the last value ended, drops the blanks up to
 * and including the first line break, and reads the rest as YAML documents. (Before v0.33 it read
 * the whole file as JSON values, so a stream of JSON objects has always been valid.)
 *
 * netlint reads every file as YAML first, and YAML reads a JSON object as a flow mapping. It comes
 * here only when that parse fails, since where YAML reads the whole text kubectl ends up with the
 * same objects: two JSON objects in a row are not one YAML document, and were a false syntax error.
 */
import type { Path } from './types.js';
import { parseJsonLocated } from './strict-json.js';
import { parseYamlStream } from './yaml.js';
import type { ScalarInfo } from './types.js';
import type { Span, YamlDocument, YamlLimits, YamlProblem, YamlStream } from './yaml.js';

/** Go's encoding/json skips these between values (scanner.go isSpace). */
function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Whether kubectl tries the text as JSON first: its first non-space character is `{` (apimachinery GuessJSONStream, hasJSONPrefix). */
export function mightBeJsonStream(text: string): boolean {
  return /^\s*\{/.test(text);
}

/**
 * A number or literal as Go's encoding/json scanner reads one at the top level: it ends at the first
 * character that cannot continue it (scanner.go state0/stateEndValue: `1:` is the value 1, then a
 * `:` that starts nothing; `01` is two values, 0 and 1; `true:` is true).
 */
const SCALAR_AT = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;

/** Whitespace as Go's unicode.IsSpace sees it (apimachinery's consumeWhitespace uses it): JavaScript's \s less U+FEFF, plus U+0085. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Past this many JSON values in one file netlint reads no further (each is a document of its own). */
export const MAX_JSON_VALUES = 100_000;

/**
 * Where the JSON value at `start` ends (found by matching brackets outside strings, or by the
 * scalar grammar), or null when it does not end (an unclosed bracket or string, or no value at
 * all). Whether an object or list is valid JSON is decided after.
 */
function valueEnd(text: string, start: number): number | null {
  const first = text.charCodeAt(start);
  if (first !== 0x7b && first !== 0x5b) {
    if (first === 0x22) {
      for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) i++;
        else if (c === 0x22) return i + 1;
      }
      return null;
    }
    SCALAR_AT.lastIndex = start;
    return SCALAR_AT.test(text) ? SCALAR_AT.lastIndex : null;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A document of a part of the file, parsed on its own: its spans moved by that part's offset. */
class ShiftedDocument implements YamlDocument {
  constructor(
    private readonly inner: YamlDocument,
    private readonly by: number,
    readonly index: number,
  ) {}

  get value(): unknown {
    return this.inner.value;
  }

  get start(): number {
    return this.inner.start + this.by;
  }

  get nonStringInStringMaps(): readonly Path[] | null {
    return this.inner.nonStringInStringMaps;
  }

  spanOf(path: Path): Span {
    return this.shift(this.inner.spanOf(path));
  }

  keySpanOf(path: Path): Span {
    return this.shift(this.inner.keySpanOf(path));
  }

  keyAt(path: Path): Span | null {
    const span = this.inner.keyAt(path);
    return span === null ? null : this.shift(span);
  }

  scalarAt(path: Path): ScalarInfo | null {
    return this.inner.scalarAt(path);
  }

  private shift(span: Span): Span {
    return { start: span.start + this.by, end: span.end + this.by };
  }
}

/**
 * The part of `text` from `start` to `end` parsed as YAML, its documents numbered from `index` and
 * its spans and problems placed in the whole text. A JSON value (`json`) is encoding/json's: it is
 * read without what kubectl's YAML reading adds (kubectl-yaml-reader.ts: control characters, DEL
 * and C1 among them, are fine in a JSON string).
 */
function parsePart(text: string, start: number, end: number, index: number, limits: YamlLimits, json: boolean): YamlStream {
  const part = parseYamlStream(text.slice(start, end), json ? { ...limits, reader: 'yaml' } : limits);
  return {
    documents: part.documents.map((d, i) => new ShiftedDocument(d, start, index + i)),
    problems: part.problems.map((p) => ({ ...p, start: p.start + start, end: p.end + start })),
  };
}

/**
 * The file as kubectl reads it when YAML could not read it whole and it starts with `{`: the JSON
 * values kubectl decodes one after another, then (after none or one that decodes) the rest as YAML.
 * Null when that reading is YAML's from the first character on (no value decodes as JSON), and so
 * gives what parseYamlStream gave; `jsonError` is then the JSON error kubectl reports first.
 */
export function readKubectlJsonStream(text: string, limits: YamlLimits): { stream: YamlStream } | { stream: null; jsonError: YamlProblem } {
  const values: Span[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    if (values.length === MAX_JSON_VALUES) {
      const stream = joinParts(text, values, limits);
      stream.problems.push({ kind: 'syntax', message: `more than ${MAX_JSON_VALUES.toLocaleString('en-US')} JSON values in one file: netlint reads no further (kubectl reads on); split the file`, start: at, end: at + 1 });
      return { stream };
    }
    const end = valueEnd(text, at);
    if (end === null || !isJson(text.slice(at, end))) {
      const error = jsonProblem(text, at, end);
      // A stream of JSON values beyond doubt: the error stands, the values before it are read.
      if (values.length > 1) return { stream: withProblem(joinParts(text, values, limits), error) };
      // Back to YAML where the last value ended, past the blanks up to the first line break. The
      // decoder reads 4 bytes at a time there (StreamReader.ReadN): fewer left and it never makes
      // its YAML decoder, so the JSON error stands.
      let rest = values.length === 0 ? 0 : values[0].end;
      let ended = false;
      for (;;) {
        if (utf8Bytes(text, rest, 4) < 4) {
          ended = true;
          break;
        }
        if (!GO_SPACE.test(text[rest])) break;
        rest++;
        if (text[rest - 1] === '\n') break;
      }
      if (values.length === 0) return { stream: null, jsonError: error };
      const stream = joinParts(text, values, limits);
      if (ended) return { stream: withProblem(stream, error) };
      const yaml = parsePart(text, rest, text.length, stream.documents.length, limits, false);
      return { stream: { documents: [...stream.documents, ...yaml.documents], problems: [...stream.problems, ...yaml.problems] } };
    }
    values.push({ start: at, end });
    at = end;
  }
  return { stream: joinParts(text, values, limits) };
}

/** How many UTF-8 bytes the text holds from `at`, counting no further than `enough`. */
function utf8Bytes(text: string, at: number, enough: number): number {
  let bytes = 0;
  for (let i = at; i < text.length && bytes < enough; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : 3;
    if (c >= 0xd800 && c < 0xdc00) i++;
  }
  return bytes;
}

function withProblem(stream: YamlStream, problem: YamlProblem): YamlStream {
  stream.problems.push(problem);
  return stream;
}

function joinParts(text: string, values: readonly Span[], limits: YamlLimits): YamlStream {
  const documents: YamlDocument[] = [];
  const problems: YamlProblem[] = [];
  for (const v of values) {
    const part = parsePart(text, v.start, v.end, documents.length, limits, true);
    documents.push(...part.documents);
    problems.push(...part.problems);
  }
  return { documents, problems };
}

/** The JSON error of the value at `start` (up to `end`, or the text's end), as kubectl meets it. */
function jsonProblem(text: string, start: number, end: number | null): YamlProblem {
  const part = parseJsonLocated(text.slice(start, end ?? text.length));
  const offset = start + (part.ok ? 0 : part.offset);
  const message = part.ok ? 'a JSON value kubectl cannot read here' : part.error;
  return { kind: 'syntax', message: `not valid JSON: ${message}`, start: offset, end: Math.min(offset + 1, text.length) };
}
