/**
 * js-yaml's events for a text, read the way kubectl reads it where the two parsers differ on
 * quoted scalars and flow collections that span lines.
 *
 * js-yaml refuses a continuation line of a single- or double-quoted scalar that is indented less
 * than the node it belongs to ("deficient indentation"). libyaml, whose scanner go-yaml (and so
 * kubectl) ports, does not measure those lines at all (`yaml_parser_scan_flow_scalar` in
 * go-yaml's scannerc.go folds them like any other), and manifests rely on it: the SR-IOV and
 * Multus examples write a NetworkAttachmentDefinition's `config: '{` with its JSON lines at the
 * indentation of `config` or less. The one thing libyaml does check there, a document marker
 * (`---` or `...` at the start of a line), stays an error.
 *
 * How: first every quoted scalar that spans lines is put on one line at once (a lexical scan,
 * checked by the parse after it); then, where js-yaml still refuses, one place at a time: each
 * line break before such a line is replaced by a space in a copy of the text, which
 * has the same length, so every offset js-yaml reports holds for the original text too. Then the
 * scalars that span a replaced break are marked not simple, so their values are decoded from
 * the original text (`getScalarValue` folds the lines as YAML does, whatever their indentation).
 * A replaced break that does not end up inside a quoted scalar means the error was of another
 * kind: the original error is thrown.
 *
 * Flow collections (`[ … ]`, `{ … }`) get the same reading: libyaml does not measure indentation
 * inside them either (it unrolls indentation only at flow level 0), and takes a tab between
 * their items as a space, so `command: ["sh", "-c",` followed by `"sleep 1"]` at column 1, or an
 * item line that starts with a tab, parse in kubectl and not in js-yaml. There the break before
 * the refused line is joined, or the tabs in the blank run before it become spaces, again in a
 * copy of the same length (a comment on a joined line is blanked first, or it would take in the
 * next line); each change must then lie inside a flow collection and outside every scalar.
 */
import { COLLECTION_STYLE, EVENT_ID, parseEvents, SCALAR_STYLE, YAMLException } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';

const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;

/**
 * Each joined line costs a parse of its document: past this much text parsed again (a hostile
 * file with thousands of such lines), js-yaml's error stands.
 */
const REPARSE_BUDGET = 64 * 1024 * 1024;

export function parseEventsLikeKubectl(text: string, maxDepth: number): Event[] {
  try {
    return parseEvents(text, { maxDepth });
  } catch (first) {
    if (!isDeficientIndentation(first)) throw first;
    // First every quoted scalar that spans lines, joined at once: a CRD of controller-gen 0.6 has
    // hundreds of descriptions whose lines sit at their key's column, one parse each otherwise.
    const prejoined = joinQuotedScalars(text);
    // A quote that never closes cannot be patched away; in a stream of several documents each is
    // parsed (and patched) on its own after this error (yaml.ts eventsByDocument), so re-parsing
    // the whole stream once per patch here would only spend time.
    if (prejoined.unclosed && kubectlDocumentStarts(text).length > 1) throw first;
    if (prejoined.changed.length > 0) {
      try {
        return patchUntilParsed(text, prejoined.text, { changed: prejoined.changed, blanked: [] }, maxDepth, first);
      } catch {
        // A quote misread (the scan is lexical): patch from the original text, line by line.
      }
    }
    return patchUntilParsed(text, text, { changed: [], blanked: [] }, maxDepth, first);
  }
}

/**
 * Patches `patched` (a same-length copy of `text` with `patches` applied) where js-yaml refuses
 * it, one refusal at a time, until it parses and every patch is accepted; throws `first`, or
 * another document's error of another kind where it is (the offsets of the copy are the
 * original's).
 */
function patchUntilParsed(text: string, patched: string, patches: Patches, maxDepth: number, first: YAMLException): Event[] {
  const budget = { left: REPARSE_BUDGET };
  let error: YAMLException | null = null;
  for (;;) {
    if (error !== null) {
      // One document at a time: a document's lines are joined (or its tabs made spaces) against
      // that document alone.
      const fixed = joinDocument(patched, error.mark!.position, maxDepth, patches, budget);
      if (fixed === null) throw first;
      patched = fixed;
    }
    try {
      const events = parseEvents(patched, { maxDepth });
      if (!acceptPatches(text, events, patches)) throw first;
      return events;
    } catch (next) {
      if (next === first || !isDeficientIndentation(next)) throw next;
      error = next;
    }
  }
}

/**
 * A same-length copy of `text` whose quoted scalars that span lines are on one line each (their
 * line breaks, and a CR before one, made spaces), with the offsets of the breaks. What the lexical
 * scan (walkQuotedScalars) misreads shows when the copy is parsed and its patches checked (see
 * acceptPatches).
 */
function joinQuotedScalars(text: string): { text: string; changed: number[]; unclosed: boolean } {
  const changed: number[] = [];
  const unclosed = walkQuotedScalars(text, (open, close) => {
    for (let k = text.indexOf('\n', open); k >= 0 && k < close; k = text.indexOf('\n', k + 1)) changed.push(k);
  });
  if (unclosed >= 0) return { text, changed: [], unclosed: true };
  // The breaks were found in order: copy the text between them.
  let copy = '';
  let last = 0;
  for (const k of changed) {
    const from = k > 0 && text.charCodeAt(k - 1) === CR ? k - 1 : k;
    copy += text.slice(last, from) + (from < k ? '  ' : ' ');
    last = k + 1;
  }
  return { text: copy + text.slice(last), changed, unclosed: false };
}

/**
 * Where each document of `text` starts as kubectl splits a stream (YAMLReader.Read in
 * k8s.io/apimachinery/pkg/util/yaml/decoder.go): at 0 and at each line that starts with `---` and
 * holds nothing else but blanks or a comment.
 */
export function kubectlDocumentStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/^---[^\S\n]*(?:#[^\n]*)?$/gm)) if (m.index > 0) starts.push(m.index);
  return starts;
}

/**
 * Where the first quoted scalar of `text` that never closes opens (a lexical guess, see
 * walkQuotedScalars), or -1. js-yaml notices only at the end of the document; go-yaml, and so
 * kubectl, names the line the quote opens on.
 */
export function unclosedQuoteAt(text: string): number {
  return walkQuotedScalars(text, () => {});
}

/**
 * A lexical scan of block YAML for its quoted scalars, in order: a quote opens a scalar at the
 * start of a line's content or after `:`, `-`, `?`, `[`, `{` or `,` and a blank; comments and the
 * lines of block scalars (`|`, `>`) are skipped. Calls `visit` with each scalar's opening and
 * closing quote; returns the offset of the first quote that does not close (before a document
 * marker or the end), where the scan stops, or -1.
 */
function walkQuotedScalars(text: string, visit: (open: number, close: number) => void): number {
  const n = text.length;
  let blockIndent = -1;
  let i = 0;
  while (i < n) {
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = n;
    let first = i;
    while (first < lineEnd && text.charCodeAt(first) === SPACE) first++;
    const indent = first - i;
    if (blockIndent >= 0) {
      if (first >= lineEnd || text.charCodeAt(first) === CR || indent > blockIndent) {
        i = lineEnd + 1;
        continue;
      }
      blockIndent = -1;
    }
    let lineStart = i;
    let j = first;
    for (; j < lineEnd; j++) {
      const c = text[j];
      if (c === '#' && (j === lineStart || text[j - 1] === ' ' || text[j - 1] === '\t')) break;
      if ((c === "'" || c === '"') && opensQuotedScalar(text, lineStart, j)) {
        const close = closingQuote(text, j, c);
        if (close < 0) return j;
        visit(j, close);
        j = close;
        if (close > lineEnd) {
          lineStart = text.lastIndexOf('\n', close) + 1;
          lineEnd = text.indexOf('\n', close);
          if (lineEnd < 0) lineEnd = n;
        }
      }
    }
    const content = text.slice(first, j).trimEnd();
    if (/(?:^|[\s:-])[|>][-+0-9]*$/.test(content)) blockIndent = indent;
    i = lineEnd + 1;
  }
  return -1;
}

/**
 * Whether the quote at `at` opens a quoted scalar (a lexical guess): it follows the line's start,
 * a blank, `[`, `{` or `,`, and the last character before it that is not a blank, if any, is one
 * of `:`, `-`, `?`, `[`, `{`, `,`. So `it's` and `a'b` are plain text.
 */
function opensQuotedScalar(text: string, lineStart: number, at: number): boolean {
  if (at > lineStart && !' \t[{,'.includes(text[at - 1])) return false;
  let k = at - 1;
  while (k >= lineStart && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < lineStart || ':-?[{,'.includes(text[k]);
}

/** Where the quoted scalar opened by `quote` at `open` closes before `limit`, or -1 (unclosed there, or a document marker first). */
function closingQuote(text: string, open: number, quote: string, limit = text.length): number {
  for (let k = open + 1; k < limit; k++) {
    const c = text[k];
    if (c === '\n' && isDocumentMarker(text, k + 1)) return -1;
    if (quote === '"' && c === '\\') k++;
    else if (c === quote) {
      if (quote === "'" && text[k + 1] === "'") k++;
      else return k;
    }
  }
  return -1;
}

function isDeficientIndentation(error: unknown): error is YAMLException {
  return error instanceof YAMLException && error.reason === 'deficient indentation' && error.mark !== undefined;
}

/** What joinDocument replaced by a space in its copy of the text, by offset. */
interface Patches {
  /** Line breaks joined and tabs made spaces. */
  changed: number[];
  /** The characters of comments on joined lines. */
  blanked: number[];
}

/**
 * Patches, in the document of `text` holding `errorAt`, what js-yaml refuses there: tabs in the
 * blank run before `errorAt` become spaces, or else the line at `errorAt` is joined to the line
 * before it (whose comment, if any, becomes blanks first, or it would take in the joined line);
 * again for each such place js-yaml refuses next in that document. Returns the text with the
 * characters replaced (their offsets recorded in `patches`), or null when a refused line is not
 * one libyaml would fold (a document marker), when blanking what looked like a comment broke the
 * document (it was inside a quoted scalar), or when the budget is spent.
 */
function joinDocument(text: string, errorAt: number, maxDepth: number, patches: Patches, budget: { left: number }): string | null {
  const start = documentStart(text, errorAt);
  const end = documentEnd(text, errorAt);
  let doc = text.slice(start, end);
  let at = errorAt - start;
  let blankedComment = false;
  while ((budget.left -= doc.length) >= 0) {
    const tabs = tabsBefore(doc, at).filter((t) => !patches.changed.includes(start + t));
    if (tabs.length > 0) {
      for (const t of tabs) {
        doc = `${doc.slice(0, t)} ${doc.slice(t + 1)}`;
        patches.changed.push(start + t);
      }
    } else {
      const lineBreak = doc.lastIndexOf('\n', at - 1);
      if (lineBreak < 0 || isDocumentMarker(doc, lineBreak + 1) || patches.changed.includes(start + lineBreak)) return null;
      const comment = commentStart(doc, lineBreak);
      if (comment >= 0) {
        blankedComment = true;
        doc = doc.slice(0, comment) + ' '.repeat(lineBreak - comment) + doc.slice(lineBreak);
        for (let i = comment; i < lineBreak; i++) patches.blanked.push(start + i);
      }
      doc = `${doc.slice(0, lineBreak)} ${doc.slice(lineBreak + 1)}`;
      patches.changed.push(start + lineBreak);
      if (lineBreak > 0 && doc.charCodeAt(lineBreak - 1) === CR) doc = `${doc.slice(0, lineBreak - 1)} ${doc.slice(lineBreak)}`;
    }
    try {
      parseEvents(doc, { maxDepth });
      return text.slice(0, start) + doc + text.slice(end);
    } catch (error) {
      if (!isDeficientIndentation(error)) return blankedComment ? null : text.slice(0, start) + doc + text.slice(end);
      at = error.mark!.position;
    }
  }
  return null;
}

/** The offsets of the tabs in the run of spaces, tabs and line breaks that ends at `at`. */
function tabsBefore(text: string, at: number): number[] {
  const out: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === TAB) out.push(i);
    else if (c !== SPACE && c !== NL && c !== CR) break;
  }
  return out;
}

/** The start of the line of the last `---` at or before `offset` (0 when none). */
function documentStart(text: string, offset: number): number {
  let at = text.lastIndexOf('\n---', offset);
  while (at >= 0 && !isDocumentMarker(text, at + 1)) at = text.lastIndexOf('\n---', at - 1);
  return at < 0 ? 0 : at + 1;
}

/** The start of the line of the first `---` after `offset` (the text's length when none). */
function documentEnd(text: string, offset: number): number {
  let at = text.indexOf('\n---', offset);
  while (at >= 0 && !isDocumentMarker(text, at + 1)) at = text.indexOf('\n---', at + 1);
  return at < 0 ? text.length : at + 1;
}

/** `---` or `...` at `lineStart`, followed by a space, a tab, a line break or the end. */
function isDocumentMarker(text: string, lineStart: number): boolean {
  if (!text.startsWith('---', lineStart) && !text.startsWith('...', lineStart)) return false;
  const next = text.charCodeAt(lineStart + 3);
  return Number.isNaN(next) || next === 32 || next === 9 || next === NL || next === CR;
}

/**
 * Accepts `patches` of `text` (see joinDocument) against the events of the patched copy. A joined
 * line break or a tab inside a quoted scalar, or a joined line break inside a plain scalar of a
 * flow collection, marks that scalar not simple, so its value is decoded (folded) from the
 * original text. Everything else must lie outside every scalar and inside a flow
 * collection, and a tab there must not be one libyaml refuses: in the blank lines after a plain
 * scalar, left of the indentation of the block the flow sits in ("found a tab character that
 * violates indentation", `yaml_parser_scan_plain_scalar` in go-yaml's scannerc.go). False for
 * anything else (inside a plain or block scalar, a blanked comment that was a quoted scalar's
 * text, or a change in block context), which was an error of another kind.
 */
function acceptPatches(text: string, events: Event[], patches: Patches): boolean {
  // Scalars come in text order: sweep the sorted patches along them, once.
  const changed = [...new Set(patches.changed)].sort((a, b) => a - b);
  const blanked = [...new Set(patches.blanked)].sort((a, b) => a - b);
  const outside: number[] = [];
  const plainEnds = new Set<number>();
  /** Joined line breaks in plain scalars: accepted if the scalar sits in a flow collection. */
  const foldedPlain: number[] = [];
  let c = 0;
  let b = 0;
  for (const ev of events) {
    if (ev.type !== EVENT_ID.SCALAR || ev.valueStart < 0) continue;
    if (ev.style === SCALAR_STYLE.PLAIN) plainEnds.add(ev.valueEnd);
    while (b < blanked.length && blanked[b] < ev.valueStart) b++;
    if (b < blanked.length && blanked[b] < ev.valueEnd) return false;
    while (c < changed.length && changed[c] < ev.valueStart) outside.push(changed[c++]);
    for (; c < changed.length && changed[c] < ev.valueEnd; c++) {
      const at = changed[c];
      if (ev.style === SCALAR_STYLE.PLAIN && text.charCodeAt(at) !== TAB) foldedPlain.push(at);
      else if (ev.style !== SCALAR_STYLE.SINGLE_QUOTED && ev.style !== SCALAR_STYLE.DOUBLE_QUOTED) return false;
      ev.fast = false;
    }
  }
  while (c < changed.length) outside.push(changed[c++]);
  if (outside.length === 0 && blanked.length === 0 && foldedPlain.length === 0) return true;
  const flows = flowSpans(text, events);
  const flowAt = (at: number) => flows.find((f) => at > f.start && at < f.end);
  // A plain scalar folds over lines in a flow collection only (in block context libyaml ends it).
  for (const at of foldedPlain) if (!flowAt(at)) return false;
  for (const at of blanked) if (!flowAt(at)) return false;
  for (const at of outside) {
    const flow = flowAt(at);
    if (!flow) return false;
    if (text.charCodeAt(at) === TAB && tabViolatesIndentation(text, at, flow.blockIndent, plainEnds)) return false;
  }
  return true;
}

/** A flow collection's place in the text and the column of the block collection it sits in. */
interface FlowSpan {
  start: number;
  end: number;
  blockIndent: number;
}

/**
 * Where each flow collection of `events` stands in `text`: from its `[` or `{` to its closing
 * bracket, found past the end of its last node over blanks, line breaks, commas, closing quotes
 * and comments (at the last node's end when something else stands there).
 */
function flowSpans(text: string, events: readonly Event[]): FlowSpan[] {
  const spans: FlowSpan[] = [];
  const open: { flow: boolean; start: number; last: number; blockIndent: number }[] = [];
  const reach = (to: number) => {
    const top = open[open.length - 1];
    if (top && to > top.last) top.last = to;
  };
  for (const ev of events) {
    if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) {
      const flow = ev.style === COLLECTION_STYLE.FLOW;
      const parent = open[open.length - 1];
      const blockIndent = flow ? (parent?.blockIndent ?? -1) : ev.start - text.lastIndexOf('\n', ev.start - 1) - 1;
      open.push({ flow, start: ev.start, last: ev.start + 1, blockIndent });
    } else if (ev.type === EVENT_ID.DOCUMENT) open.push({ flow: false, start: -1, last: -1, blockIndent: -1 });
    else if (ev.type === EVENT_ID.SCALAR) reach(ev.valueEnd);
    else if (ev.type === EVENT_ID.ALIAS) reach(ev.anchorEnd);
    else if (ev.type === EVENT_ID.POP) {
      const node = open.pop();
      if (!node?.flow) continue;
      const end = closingBracket(text, node.last);
      spans.push({ start: node.start, end, blockIndent: node.blockIndent });
      reach(end + 1);
    }
  }
  return spans;
}

/**
 * Whether libyaml refuses the tab at `at`: it stands in the blank lines right after a plain
 * scalar (a line break between them, no comment) at a column left of `blockIndent` + 1.
 */
function tabViolatesIndentation(text: string, at: number, blockIndent: number, plainEnds: ReadonlySet<number>): boolean {
  let before = at - 1;
  let lineBreak = false;
  for (; before >= 0; before--) {
    const c = text.charCodeAt(before);
    if (c === NL) lineBreak = true;
    else if (c !== SPACE && c !== TAB && c !== CR) break;
  }
  if (!lineBreak || !plainEnds.has(before + 1)) return false;
  return at - text.lastIndexOf('\n', at - 1) - 1 < blockIndent + 1;
}

function closingBracket(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ']' || c === '}') return i;
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
    } else if (!' \t\r\n,"\''.includes(c)) break;
  }
  return from;
}

/**
 * Where a comment starts on the line a line break at `at` ends, or -1: a `#` after a blank or at
 * the line's start, outside the quoted scalars that start on that line (a quote after the line's
 * start, see opensQuotedScalar). A line that begins inside a quoted scalar begun above may be
 * misread; blanking inside a scalar then shows in the parse (see joinDocument, acceptPatches).
 */
function commentStart(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if ((c === "'" || c === '"') && opensQuotedScalar(text, lineStart, i)) {
      const close = closingQuote(text, i, c, at);
      if (close < 0) return -1;
      i = close;
    } else if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) return i;
  }
  return -1;
}
