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
 * Where the JSON value at `start` ends, found by matching brackets outside strings, or null when it
 * does not end (an unclosed bracket or string). Whether the value is valid JSON is decided after.
 */
function valueEnd(text: string, start: number): number | null {
  const first = text.charCodeAt(start);
  if (first !== 0x7b && first !== 0x5b) {
    // A scalar: a string, or a word or number up to the next space or bracket.
    if (first === 0x22) {
      for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c) i++;
        else if (c === 0x22) return i + 1;
      }
      return null;
    }
    const m = /^[^\s{}[\]",]+/.exec(text.slice(start, start + 400));
    return m ? start + m[0].length : null;
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
    const end = valueEnd(text, at);
    if (end === null || !isJson(text.slice(at, end))) {
      if (values.length > 1) {
        // A stream of JSON objects beyond doubt: the error stands, the objects before it are read.
        const stream = joinParts(text, values, limits);
        stream.problems.push(jsonProblem(text, at, end));
        return { stream };
      }
      // Back to YAML where the last value ended, past the blanks up to the first line break.
      let rest = values.length === 0 ? 0 : values[0].end;
      while (rest < text.length && /\s/.test(text[rest])) {
        rest++;
        if (text[rest - 1] === '\n') break;
      }
      if (values.length === 0) return { stream: null, jsonError: jsonProblem(text, at, end) };
      const stream = joinParts(text, values, limits);
      const yaml = parsePart(text, rest, text.length, stream.documents.length, limits, false);
      return { stream: { documents: [...stream.documents, ...yaml.documents], problems: [...stream.problems, ...yaml.problems] } };
    }
    values.push({ start: at, end });
    at = end;
  }
  return { stream: joinParts(text, values, limits) };
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
