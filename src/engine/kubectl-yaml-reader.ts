/**
 * What kubectl does to a YAML text before and around go-yaml's parse, where js-yaml (which reads
 * the text here) would read it otherwise.
 *
 * kubectl reads a manifest file line by line and cuts it into parts at every line that starts
 * with `---` (k8s.io/apimachinery pkg/util/yaml decoder.go, YAMLReader.Read, after
 * LineReader.Read has dropped the `\r` of a `\r\n`), before any YAML is parsed:
 *
 * - Such a line is a separator wherever it stands, inside a block scalar or a quoted string that
 *   spans lines too; only blanks or a comment may follow the `---` (`---#next` is one). Anything
 *   else (`--- {…}`, `--- |`, `----`, a `-----END CERTIFICATE-----` line at column 0) is refused
 *   outright: "invalid Yaml document separator". A separator met while nothing has been read
 *   since the last one (the file's first line, or the line right after a separator) is kept as
 *   the first line of the next part instead, and go-yaml reads it: `---` there opens the
 *   document, `---#x` is plain text.
 * - Each part is decoded with sigs.k8s.io/yaml, that is go-yaml v2's Unmarshal, which reads the
 *   first document of its input and no further (yaml.go unmarshal: one `parser.parse()`). So
 *   after a `...` line (a document end) nothing up to the next separator is read. A part that
 *   ends before it has begun (`...` its first content) is refused: "did not find expected node
 *   content" (parserc.go yaml_parser_parse_node).
 * - A `%YAML` or `%TAG` directive needs a `---` after it in the same document, which the split
 *   never leaves there: "did not find expected <document start>" (parserc.go
 *   yaml_parser_parse_document_start).
 * - go-yaml's reader refuses control characters other than tab, line feed and carriage return,
 *   DEL and the C1 controls except NEL, and U+FFFE/U+FFFF (readerc.go
 *   yaml_parser_update_buffer: "control characters are not allowed"). It takes U+FEFF anywhere.
 *
 * The result is a copy of the text of the same length (every offset holds for the original)
 * that js-yaml reads as kubectl reads the original: a separator line becomes `---` and blanks,
 * what kubectl never reads becomes blanks, each with its problem. A refused character stays
 * (js-yaml refuses most of them too, a DEL in a quoted string it reads) with its problem.
 * Only texts read as YAML come here: a stream of JSON values (a file starting with `{`, see
 * kubectl-json-stream.ts) is Go's encoding/json's, with rules of its own.
 */
import type { YamlProblem } from './yaml.js';

/**
 * The start of a line kubectl or go-yaml may read otherwise than js-yaml: after a line feed, or
 * after a carriage return alone, which starts a line for go-yaml but not for kubectl's split.
 */
const MARK_LINE = /(?:^|[\n\r])(?:---|\.\.\.|%)/g;

/** What go-yaml's reader refuses (readerc.go yaml_parser_update_buffer); lone surrogates never get here (decodeSource). */
const REFUSED_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]/;
const REFUSED_CHARS = new RegExp(REFUSED_CHAR.source, 'g');

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;

export interface KubectlText {
  /** The text as js-yaml should read it: the same length, every offset the original's. */
  text: string;
  problems: YamlProblem[];
  /**
   * Where each separator line kubectl refuses starts. kubectl stops there without parsing the
   * part before it, so that part's own syntax error (often a consequence: a quoted string cut
   * in two) is not kubectl's to report.
   */
  refusedSeparators: ReadonlySet<number>;
  /** Where the first refused character of each part stands, in order: js-yaml's error in that part (if any) says the same. */
  refusedCharacters: readonly number[];
}

/** One part of the file between separators, as YAMLReader.Read returns it. */
interface Part {
  /** Where its first line starts (a separator line kept in it included). */
  start: number;
  /** Whether it starts with a `---` line go-yaml reads as a document start. */
  explicitStart: boolean;
  /** Where the text go-yaml never reads starts (after a `...`), or -1. */
  ignoredFrom: number;
  /** Whether what follows `ignoredFrom` is already covered by an error (no warning for it). */
  ignoredByError: boolean;
  /** What ends the document there: a `...` line, or a marker after a carriage return alone. */
  ignoredBy: 'document end' | 'carriage return';
  /** The end of the last directive line refused at its start, or -1. */
  directivesEnd: number;
}

/**
 * The text as kubectl splits and reads it (see above), or null when js-yaml reads it alike as it
 * is: every line that starts with `---` is a separator js-yaml takes too, no `...` document end,
 * no directive and no refused character.
 */
export function kubectlText(text: string): KubectlText | null {
  const n = text.length;
  const problems: YamlProblem[] = [];
  const refusedSeparators = new Set<number>();
  /** Ranges [start, end) to blank (every character but a line feed becomes a space). */
  const blanks: number[] = [];
  const parts: { start: number; end: number }[] = [];
  let part: Part = newPart(0, false);

  const endPart = (end: number) => {
    if (part.ignoredFrom >= 0 && part.ignoredFrom < end) {
      blanks.push(part.ignoredFrom, end);
      const content = contentSpan(text, part.ignoredFrom, end);
      if (content !== null && !part.ignoredByError) {
        problems.push({
          kind: 'ignored',
          message:
            part.ignoredBy === 'document end'
              ? 'kubectl never applies this: go-yaml reads one document from each part of the file between --- lines, and the `...` above ends it; start the next document with a --- line instead'
              : 'kubectl never applies this: go-yaml reads one document from each part of the file between --- lines, and kubectl splits at line feeds only, so a --- or ... after a carriage return alone ends the document without starting another; save the file with LF (or CRLF) line breaks',
          ...content,
        });
      }
    }
    parts.push({ start: part.start, end });
  };

  for (const m of text.matchAll(MARK_LINE)) {
    const lead = text.charCodeAt(m.index);
    const at = lead === NL || lead === CR ? m.index + 1 : m.index;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = n;
    const c = text.charCodeAt(at);
    if (lead === CR) {
      // A document marker after a carriage return alone (a file with old Mac line breaks) starts a
      // line for go-yaml only: inside one part of kubectl's split, it ends the one document
      // go-yaml reads of it.
      if (part.ignoredFrom < 0 && c !== 37 /* % */ && isDocumentMarker(text, at) && contentSpan(text, part.start, at) !== null) {
        part.ignoredFrom = at;
        part.ignoredBy = 'carriage return';
      }
      continue;
    }
    if (c === 45 /* - */) {
      const rest = goTrimSpace(text.slice(at + 3, lineEnd));
      const kept = at === part.start;
      if (rest !== '' && rest[0] !== '#') {
        problems.push({
          kind: 'syntax',
          message: `kubectl splits a file into documents at every line that starts with --- (inside a multi-line string too) and refuses one followed by anything but a comment (invalid Yaml document separator: ${clip(rest)}): write --- alone on its line, or indent this line if it belongs to the value above`,
          start: at,
          end: withoutCr(text, at, lineEnd),
        });
        refusedSeparators.add(at);
        if (lineEnd > at + 3) blanks.push(at + 3, lineEnd);
      } else if (kept) {
        // Nothing read since the last separator: the line opens the next part and go-yaml reads it.
        part.explicitStart = isDocumentMarker(text, at);
        continue;
      } else if (!isDocumentMarker(text, at) || hasTrailingOtherThanComment(text, at + 3, lineEnd)) {
        // `---#next` (js-yaml would read text there): a separator, as js-yaml reads `---` alone.
        blanks.push(at + 3, lineEnd);
      }
      if (!kept) endPart(at);
      part = newPart(Math.min(lineEnd + 1, n), false);
      continue;
    }
    // Past a `...`, nothing of the part is read.
    if (part.ignoredFrom >= 0) continue;
    if (c === 46 /* . */) {
      if (!isDocumentMarker(text, at)) continue;
      if (part.explicitStart || part.directivesEnd >= 0 || contentSpan(text, part.start, at) !== null) {
        part.ignoredFrom = Math.min(lineEnd + 1, n);
      } else {
        // A document that ends before it starts.
        problems.push({
          kind: 'syntax',
          message: 'a `...` (document end) before any content: kubectl reads each part of the file between --- lines as one document, and go-yaml refuses one that ends before it starts (did not find expected node content); remove the `...` line',
          start: at,
          end: at + 3,
        });
        part.ignoredFrom = at;
        part.ignoredByError = true;
      }
      continue;
    }
    // A directive (`%YAML 1.1`, `%TAG …`) where the part's document would start: it needs a `---`
    // after it in the same part, which the split never leaves there.
    const first = part.directivesEnd < 0 && !part.explicitStart && contentSpan(text, part.start, at) === null;
    const following = part.directivesEnd >= 0 && contentSpan(text, part.directivesEnd, at) === null;
    if (!first && !following) continue;
    if (first) {
      problems.push({
        kind: 'syntax',
        message: `a ${clip(text.slice(at, withoutCr(text, at, lineEnd)).split(/\s/)[0])} directive: kubectl splits the file at the --- line after it, which leaves the directive in a document of its own, and go-yaml refuses that (did not find expected <document start>); remove the directive`,
        start: at,
        end: withoutCr(text, at, lineEnd),
      });
    }
    blanks.push(at, lineEnd);
    part.directivesEnd = lineEnd;
  }
  endPart(n);

  const refusedCharacters: number[] = [];
  if (REFUSED_CHAR.test(text)) {
    // One problem for each part: kubectl stops at its first.
    let p = 0;
    let reported = -1;
    for (const m of text.matchAll(REFUSED_CHARS)) {
      const at = m.index;
      while (p < parts.length - 1 && at >= parts[p + 1].start) p++;
      if (reported === p) continue;
      reported = p;
      refusedCharacters.push(at);
      const code = text.charCodeAt(at);
      problems.push({
        kind: 'syntax',
        message: `the control character ${codePoint(code)} is not allowed in YAML: go-yaml, with which kubectl reads YAML, refuses it (control characters are not allowed); remove it, or write it as an escape (\\x${code.toString(16).padStart(2, '0')}) in a double-quoted string`,
        start: at,
        end: at + 1,
      });
    }
  }

  if (problems.length === 0 && blanks.length === 0) return null;
  return { text: blanked(text, blanks), problems, refusedSeparators, refusedCharacters };
}

function newPart(start: number, explicitStart: boolean): Part {
  return { start, explicitStart, ignoredFrom: -1, ignoredByError: false, ignoredBy: 'document end', directivesEnd: -1 };
}

/**
 * `---` or `...` at `at` followed by what go-yaml's scanner takes as its end (is_blankz in
 * yamlprivateh.go: a blank, a line break or the end), as a document marker.
 */
function isDocumentMarker(text: string, at: number): boolean {
  const c = text.charCodeAt(at + 3);
  return Number.isNaN(c) || c === SPACE || c === TAB || c === NL || c === CR || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Whether a `---` line holds more than blanks and a comment that follows a blank, which js-yaml reads as such. */
function hasTrailingOtherThanComment(text: string, from: number, lineEnd: number): boolean {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH) return i === from;
    if (c !== SPACE && c !== TAB && !(c === CR && i === lineEnd - 1)) return true;
  }
  return false;
}

/**
 * The span from the first to the end of the last line in [from, to) that holds more than blanks
 * and a comment, or null when there is none.
 */
function contentSpan(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = -1;
  let end = -1;
  let line = from;
  while (line < to) {
    let lineEnd = text.indexOf('\n', line);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    let i = line;
    while (i < lineEnd && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    const c = text.charCodeAt(i);
    if (i < lineEnd && c !== HASH && !(c === CR && i === lineEnd - 1)) {
      if (start < 0) start = i;
      end = withoutCr(text, i, lineEnd);
    }
    line = lineEnd + 1;
  }
  return start < 0 ? null : { start, end };
}

/** `lineEnd`, or one before it when a `\r` stands there (but never before `from`). */
function withoutCr(text: string, from: number, lineEnd: number): number {
  return lineEnd > from && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
}

/** Go's strings.TrimSpace: Unicode White_Space (NEL included, U+FEFF not). */
function goTrimSpace(s: string): string {
  return s.replace(/^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function codePoint(code: number): string {
  const name = code === 0x7f ? ' (DEL)' : code === 0x1b ? ' (ESC)' : '';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name}`;
}

/** `text` with the ranges of `blanks` (flat [start, end) pairs) made spaces, line feeds kept. */
function blanked(text: string, blanks: number[]): string {
  if (blanks.length === 0) return text;
  const ranges: [number, number][] = [];
  for (let i = 0; i < blanks.length; i += 2) ranges.push([blanks[i], blanks[i + 1]]);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, last);
    if (from >= end) continue;
    out += text.slice(last, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    last = end;
  }
  return out + text.slice(last);
}
