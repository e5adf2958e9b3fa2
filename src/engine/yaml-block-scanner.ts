/**
 * A fast path to js-yaml 5's event stream for the YAML most Kubernetes manifests are written in:
 * block mappings with plain keys, block sequences (`- item`, `- key: value`, and `key:` followed
 * by `- item` at the key's own indentation), one-line plain, single-quoted and double-quoted
 * scalars without escapes, literal and folded block scalars (`|`, `>-`, `|+`) without an
 * indentation indicator, flow collections on one line (`[TCP, UDP]`, `{ cpu: 100m }`, and whole
 * documents written as one line of JSON), comments, blank lines and `---` separators, in printable
 * ASCII or other printable text of the Basic Multilingual Plane with `\n` line breaks.
 *
 * It returns exactly the events `parseEvents(text, { maxDepth })` returns, or null as soon as it
 * meets anything else (an anchor, a tag, an escape, a multi-line plain scalar or flow collection,
 * a tab, a CR, a control or astral character, an indentation it does not expect), and then the caller asks
 * js-yaml, which also reports every error. The differential tests beside it hold it to js-yaml on
 * hand-written edge cases, on every YAML file of the repository and on generated, mutated and
 * JSON documents.
 */
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
import type { ChompingMode, CollectionStyle, Event, MappingEvent, ScalarEvent, ScalarStyle, SequenceEvent } from 'js-yaml';

const NL = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const SQUOTE = 39;
const DQUOTE = 34;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
const COMMA = 44;
const PIPE = 124;
const GREATER = 62;
const PLUS = 43;
const DOT = 46;
const SLASH = 47;
const PERCENT = 37;

/**
 * Any character outside `\n`, printable ASCII and the printable rest of the Basic Multilingual
 * Plane: tabs, CR, C0 and C1 controls (NEL included), surrogates (so astral characters such as
 * emoji), the byte-order mark and U+FFFE/U+FFFF. The scanner leaves such texts to js-yaml, which
 * also refuses the non-printable ones. Characters beyond ASCII are never part of a key it takes.
 */
const OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/** YAML 1.2 limits an implicit key to 1024 characters; js-yaml enforces it. */
const MAX_KEY_LENGTH = 1000;

class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();

/** A key character: letters, digits and `_ . / -` (what Kubernetes and Calico keys are made of). */
const KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_./-]/.test(ch)) KEY_CHAR[c] = 1;
}
/** Characters a plain scalar may not start with in block context (YAML 1.2 c-indicator), `-` aside. */
const NOT_PLAIN_START = new Uint8Array(128);
for (const ch of '?:,[]{}#&*!|>\'"%@`') NOT_PLAIN_START[ch.charCodeAt(0)] = 1;

/** `:` inside a flow scalar stays part of it (`[8080:80]`) when followed by one of these. */
function continuesFlowScalar(c: number): boolean {
  return c > SPACE && c < 127 && c !== COMMA && c !== RBRACKET && c !== RBRACE && c !== LBRACKET && c !== LBRACE;
}

/**
 * Whether the text ends in a line of spaces without a line break: js-yaml then measures that
 * line's indentation at the end of the input, which can make the last plain scalar multi-line or
 * end the last block scalar before it; such texts are left to it.
 */
function endsInSpacesOnly(text: string): boolean {
  let i = text.length - 1;
  if (i < 0 || text.charCodeAt(i) !== SPACE) return false;
  while (i >= 0 && text.charCodeAt(i) === SPACE) i--;
  return i < 0 || text.charCodeAt(i) === NL;
}

/**
 * Event objects lent from one scan to the next. A lint scans a thousand files one after another
 * and reads each file's events before it scans the next (parseYamlStream builds the values and the
 * position table, then drops them), so the scalar and collection events of one file can be the
 * objects of the file before, rewritten: a scan then allocates only the events its file has beyond
 * the largest file before it. A scan's events stay valid until the next scan given the same pool.
 * The pool keeps at most POOLED_EVENTS of each kind, so one huge file does not stay in memory
 * through its events after it was read.
 */
export class EventPool {
  readonly scalars: ScalarEvent[] = [];
  readonly collections: (MappingEvent | SequenceEvent)[] = [];
}

const POOLED_EVENTS = 1 << 16;

/** Every POP event: it carries nothing but its type, so one frozen object serves all of them. */
const POP_EVENT: Event = Object.freeze({ type: EVENT_ID.POP });

/**
 * The block-subset events of `text`, equal to js-yaml's parseEvents, or null (see above). With a
 * `pool`, the scalar and collection events are that pool's objects (see EventPool).
 */
export function scanBlockEvents(text: string, maxDepth: number, pool: EventPool | null = null): Event[] | null {
  if (OUTSIDE_SUBSET.test(text) || endsInSpacesOnly(text)) return null;
  try {
    return new BlockScanner(text, maxDepth, pool ?? new EventPool()).stream();
  } catch (error) {
    if (error === UNSUPPORTED) return null;
    throw error;
  }
}

class BlockScanner {
  private readonly events: Event[] = [];
  private readonly n: number;
  /** Start of the current content line and its indentation (spaces before its first character). */
  private line = 0;
  private indent = 0;
  private depth = 0;
  /** How many of the pool's scalar and collection events this scan has used. */
  private scalarsUsed = 0;
  private collectionsUsed = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly pool: EventPool,
  ) {
    this.n = text.length;
  }

  stream(): Event[] {
    this.nextContent(0);
    while (this.line < this.n) {
      let explicitStart = false;
      if (this.isMarker()) {
        explicitStart = true;
        this.nextContent(this.endOfLine(this.line) + 1);
      }
      this.events.push({ type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: [] });
      if (this.line >= this.n || this.isMarker()) {
        // `---` with nothing after it: js-yaml gives the document an empty plain scalar.
        this.emptyScalar();
      } else {
        if (this.indent !== 0) throw UNSUPPORTED;
        const at = this.line;
        const c = this.text.charCodeAt(at);
        // A document written as one line of flow (JSON): `{"kind":"Pod",...}`.
        if (c === LBRACE || c === LBRACKET) this.afterInline(this.flow(at), 0);
        else if (this.isDash(at)) this.sequence(at);
        else this.mapping(at);
        if (this.line < this.n && !this.isMarker()) throw UNSUPPORTED;
      }
      this.events.push(POP_EVENT);
    }
    return this.events;
  }

  /** The current line is `---` alone (a separator); `---` followed by anything, `...` and `%` are not handled. */
  private isMarker(): boolean {
    const t = this.text;
    const p = this.line;
    if (this.indent !== 0) return false;
    const c = t.charCodeAt(p);
    if (c === PERCENT) throw UNSUPPORTED; // a directive
    if (c === DASH && t.charCodeAt(p + 1) === DASH && t.charCodeAt(p + 2) === DASH) {
      if (p + 3 >= this.n || t.charCodeAt(p + 3) === NL) return true;
      throw UNSUPPORTED;
    }
    if (c === DOT && t.startsWith('..', p + 1)) throw UNSUPPORTED;
    return false;
  }

  private endOfLine(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e < 0 ? this.n : e;
  }

  /**
   * Moves to the first line at or after `p` (a line start) that holds something other than
   * spaces and a comment, setting `line` (its start, or n) and `indent`. Returns the deepest
   * indentation of a comment line passed over (-1 if none).
   */
  private nextContent(p: number): number {
    const t = this.text;
    let deepestComment = -1;
    while (p < this.n) {
      let q = p;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (q < this.n && c !== NL && c !== HASH) {
        this.line = p;
        this.indent = q - p;
        return deepestComment;
      }
      if (c === HASH && q - p > deepestComment) deepestComment = q - p;
      const e = this.endOfLine(q);
      p = e + 1;
    }
    this.line = this.n;
    this.indent = 0;
    return deepestComment;
  }

  /** `p` holds `-` followed by a space, a line break or the end. */
  private isDash(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const c = this.text.charCodeAt(p + 1);
    return c === SPACE || c === NL || p + 1 >= this.n;
  }

  /**
   * Opens a mapping or sequence. Nesting well inside js-yaml's maxDepth (which counts every node,
   * scalars too) is scanned; deeper is left to it.
   */
  private open(type: typeof EVENT_ID.MAPPING | typeof EVENT_ID.SEQUENCE, start: number, style: CollectionStyle): void {
    if (++this.depth * 2 + 4 > this.maxDepth) throw UNSUPPORTED;
    const pooled = this.pool.collections[this.collectionsUsed++];
    if (pooled === undefined) {
      this.emitNew(this.pool.collections, this.collectionsUsed, { type, start, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style } as MappingEvent | SequenceEvent);
      return;
    }
    pooled.type = type;
    pooled.start = start;
    pooled.style = style;
    this.events.push(pooled);
  }

  private close(): void {
    this.events.push(POP_EVENT);
    this.depth--;
  }

  /** A block mapping whose first key starts at `start` (on the current line, at column `col`). */
  private mapping(start: number): void {
    const col = start - this.line;
    this.open(EVENT_ID.MAPPING, start, COLLECTION_STYLE.BLOCK);
    let key = start;
    for (;;) {
      const afterColon = this.key(key, false);
      this.value(afterColon, col, true);
      // The next content line: another key at this column, or the end of this mapping.
      if (this.line >= this.n || this.indent < col || this.isMarker()) break;
      if (this.indent > col) throw UNSUPPORTED;
      key = this.line + col;
      if (this.isDash(key)) throw UNSUPPORTED;
    }
    this.close();
  }

  /**
   * A plain key at `p` followed by `: ` (in a block mapping also by `:` at the end of its line);
   * emits its scalar and returns the position after the colon.
   */
  private key(p: number, inFlow: boolean): number {
    const t = this.text;
    let q = p;
    let c = t.charCodeAt(q);
    // A key starting with `-`, `.` or `/` reads the same, but keep to the common shapes.
    if (c >= 128 || !KEY_CHAR[c] || c === DASH || c === DOT || c === SLASH) throw UNSUPPORTED;
    do c = t.charCodeAt(++q);
    while (c < 128 && KEY_CHAR[c] === 1);
    if (c !== COLON || q - p > MAX_KEY_LENGTH) throw UNSUPPORTED;
    const after = t.charCodeAt(q + 1);
    if (after !== SPACE && (inFlow || (after !== NL && q + 1 < this.n))) throw UNSUPPORTED;
    this.scalar(p, q, SCALAR_STYLE.PLAIN);
    return q + 1;
  }

  /**
   * The value of a mapping entry or sequence item that follows `p` on its line; `col` is the
   * column of the entry's key (or of the item's dash). On return the scanner is at the next
   * content line after the value.
   */
  private value(p: number, col: number, inMapping: boolean): void {
    const t = this.text;
    while (t.charCodeAt(p) === SPACE) p++;
    const c = t.charCodeAt(p);
    if (p >= this.n || c === NL || c === HASH) {
      if (c === HASH && t.charCodeAt(p - 1) !== SPACE) throw UNSUPPORTED;
      // Nothing on this line: a collection on the lines below, or null.
      this.nextContent(this.endOfLine(p) + 1);
      if (this.line < this.n && !this.isMarker()) {
        const at = this.line + this.indent;
        if (this.indent > col) {
          if (this.isDash(at)) this.sequence(at);
          else this.mapping(at);
          return;
        }
        // `key:` then `- item` at the key's own column: an indentless sequence.
        if (inMapping && this.indent === col && this.isDash(at)) {
          this.sequence(at);
          return;
        }
      }
      this.emptyScalar();
      return;
    }
    let end: number;
    if (c === PIPE || c === GREATER) {
      this.blockScalar(p, col);
      return;
    }
    if (c === LBRACE || c === LBRACKET) {
      end = this.flow(p);
    } else if (c === SQUOTE || c === DQUOTE) {
      end = this.quoted(p, c);
    } else if (!inMapping && this.startsKey(p)) {
      // `- key: value`: a mapping whose keys sit at this column.
      this.mapping(p);
      return;
    } else {
      end = this.plain(p);
    }
    this.afterInline(end, col);
  }

  /** Whether a plain key followed by `: ` (or `:` at the line's end) starts at `p`. */
  private startsKey(p: number): boolean {
    const t = this.text;
    let q = p;
    let c = t.charCodeAt(q);
    while (c < 128 && KEY_CHAR[c] === 1) c = t.charCodeAt(++q);
    if (q === p || c !== COLON) return false;
    const after = t.charCodeAt(q + 1);
    return after === SPACE || after === NL || q + 1 >= this.n;
  }

  /** A quoted scalar on one line without escapes; returns the position after the closing quote. */
  private quoted(p: number, quote: number): number {
    const t = this.text;
    let q = p + 1;
    for (;;) {
      const c = t.charCodeAt(q);
      if (q >= this.n || c === NL || c === BACKSLASH) throw UNSUPPORTED;
      if (c === quote) break;
      q++;
    }
    // `''` is an escaped quote inside a single-quoted scalar.
    if (quote === SQUOTE && t.charCodeAt(q + 1) === SQUOTE) throw UNSUPPORTED;
    this.scalar(p + 1, q, quote === SQUOTE ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED);
    return q + 1;
  }

  /** A one-line plain scalar at `p`; returns its end (trailing spaces excluded). */
  private plain(p: number): number {
    const t = this.text;
    const first = t.charCodeAt(p);
    // `- ` here would be a sequence inside a value, which js-yaml refuses.
    if (NOT_PLAIN_START[first] || this.isDash(p)) throw UNSUPPORTED;
    let q = p + 1;
    let end = q;
    for (;;) {
      const c = t.charCodeAt(q);
      if (q >= this.n || c === NL) break;
      if (c === SPACE) {
        if (t.charCodeAt(q + 1) === HASH) break;
      } else {
        // `: ` inside a value starts a mapping where none may be.
        if (c === COLON) {
          const next = t.charCodeAt(q + 1);
          if (next === SPACE || next === NL || q + 1 >= this.n) throw UNSUPPORTED;
        }
        end = q + 1;
      }
      q++;
    }
    this.scalar(p, end, SCALAR_STYLE.PLAIN);
    return end;
  }

  /**
   * A flow collection on one line of one-line scalars and flow collections: `[a, "b", 80]`,
   * `{ cpu: 100m, memory: 128Mi }`, `{"a":[1,2]}`. Returns the position after the closing bracket.
   */
  private flow(p: number): number {
    const t = this.text;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    this.open(isMap ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, p, COLLECTION_STYLE.FLOW);
    let q = p + 1;
    for (;;) {
      while (t.charCodeAt(q) === SPACE) q++;
      // The closing bracket may follow an entry's comma (`[a, ]`), or open an empty collection.
      if (t.charCodeAt(q) === close) break;
      if (isMap) {
        q = this.flowKey(q);
        while (t.charCodeAt(q) === SPACE) q++;
      }
      const first = t.charCodeAt(q);
      q = first === LBRACE || first === LBRACKET ? this.flow(q) : this.flowScalar(q);
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === close) break;
      if (c !== COMMA) throw UNSUPPORTED;
      q++;
    }
    this.close();
    return q + 1;
  }

  /**
   * A key inside a flow mapping: plain and followed by `: `, or quoted and followed by `:` (the
   * JSON form, `{"a":1}`); returns the position after the colon.
   */
  private flowKey(p: number): number {
    const c = this.text.charCodeAt(p);
    if (c !== SQUOTE && c !== DQUOTE) return this.key(p, true);
    const q = this.quoted(p, c);
    if (this.text.charCodeAt(q) !== COLON) throw UNSUPPORTED;
    return q + 1;
  }

  /** A quoted or plain scalar inside a flow collection; returns its end. */
  private flowScalar(p: number): number {
    const t = this.text;
    const first = t.charCodeAt(p);
    if (first === SQUOTE || first === DQUOTE) return this.quoted(p, first);
    if (NOT_PLAIN_START[first] || p >= this.n || (first === DASH && !continuesFlowScalar(t.charCodeAt(p + 1)))) throw UNSUPPORTED;
    let q = p;
    let end = p;
    for (;;) {
      const c = t.charCodeAt(q);
      if (c === COMMA || c === RBRACKET || c === RBRACE) break;
      // A line break, a nested collection, a key's `:`, or a comment's ` #`: left to js-yaml.
      if (q >= this.n || c === NL || c === LBRACKET || c === LBRACE) throw UNSUPPORTED;
      if (c === COLON && !continuesFlowScalar(t.charCodeAt(q + 1))) throw UNSUPPORTED;
      if (c === HASH && t.charCodeAt(q - 1) === SPACE) throw UNSUPPORTED;
      if (c !== SPACE) end = q + 1;
      q++;
    }
    this.scalar(p, end, SCALAR_STYLE.PLAIN);
    return end;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `p`, with an optional chomping
   * indicator and comment, and whose first line below is its content, indented past `col`. As
   * js-yaml reports it: from the line after the header up to the first non-empty line indented
   * less than that first line (trailing empty lines included), the content's indentation, and no
   * fast slice.
   */
  private blockScalar(p: number, col: number): void {
    const t = this.text;
    const style = t.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let q = p + 1;
    let chomping: ChompingMode = CHOMPING_MODE.CLIP;
    if (t.charCodeAt(q) === DASH) (chomping = CHOMPING_MODE.STRIP), q++;
    else if (t.charCodeAt(q) === PLUS) (chomping = CHOMPING_MODE.KEEP), q++;
    const headerEnd = q;
    while (t.charCodeAt(q) === SPACE) q++;
    if (q < this.n && t.charCodeAt(q) !== NL && (t.charCodeAt(q) !== HASH || q === headerEnd)) throw UNSUPPORTED;
    const start = this.endOfLine(q) + 1;
    if (start >= this.n) throw UNSUPPORTED;
    let r = start;
    while (t.charCodeAt(r) === SPACE) r++;
    const contentIndent = r - start;
    if (contentIndent <= col || r >= this.n || t.charCodeAt(r) === NL) throw UNSUPPORTED;
    // Each following line: empty, or all spaces, or indented at least as far, belongs to it.
    let line = this.endOfLine(r) + 1;
    while (line < this.n) {
      let s = line;
      while (t.charCodeAt(s) === SPACE) s++;
      if (s - line < contentIndent && s < this.n && t.charCodeAt(s) !== NL) break;
      line = this.endOfLine(s) + 1;
    }
    const end = Math.min(line, this.n);
    this.scalar(start, end, style, chomping, contentIndent, false);
    this.toLineAtMost(end, col);
  }

  /**
   * After a value written on its line (ending at `end`): only spaces and a comment may follow it,
   * then the scanner moves on to the next content line (see toLineAtMost).
   */
  private afterInline(end: number, col: number): void {
    const t = this.text;
    let q = end;
    while (t.charCodeAt(q) === SPACE) q++;
    const c = t.charCodeAt(q);
    if (q < this.n && c !== NL) {
      if (c !== HASH || q === end) throw UNSUPPORTED;
    }
    this.toLineAtMost(this.endOfLine(q) + 1, col);
  }

  /**
   * Moves to the next content line from the line start `p`, where a node has just ended: no line
   * there, comment or content, may be indented past `col` (a continuation, which js-yaml reads
   * or refuses).
   */
  private toLineAtMost(p: number, col: number): void {
    const deepestComment = this.nextContent(p);
    if (deepestComment > col || (this.line < this.n && this.indent > col)) throw UNSUPPORTED;
  }

  /** A block sequence whose first dash is at `start` (on the current line). */
  private sequence(start: number): void {
    const col = start - this.line;
    this.open(EVENT_ID.SEQUENCE, start, COLLECTION_STYLE.BLOCK);
    let dash = start;
    for (;;) {
      this.value(dash + 1, col, false);
      if (this.line >= this.n || this.indent !== col || this.isMarker()) break;
      dash = this.line + col;
      if (!this.isDash(dash)) break;
    }
    this.close();
  }

  /** A scalar event: by default a one-line scalar whose value is the text's slice. */
  private scalar(start: number, end: number, style: ScalarStyle, chomping: ChompingMode = CHOMPING_MODE.CLIP, indent = -1, fast = true): void {
    const pooled = this.pool.scalars[this.scalarsUsed++];
    if (pooled === undefined) {
      this.emitNew(this.pool.scalars, this.scalarsUsed, { type: EVENT_ID.SCALAR, valueStart: start, valueEnd: end, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
      return;
    }
    pooled.valueStart = start;
    pooled.valueEnd = end;
    pooled.style = style;
    pooled.chomping = chomping;
    pooled.indent = indent;
    pooled.fast = fast;
    this.events.push(pooled);
  }

  /** Emits an event the pool did not have yet, and lends it on while the pool is under its cap. */
  private emitNew<T extends Event>(pooled: T[], used: number, ev: T): void {
    if (used <= POOLED_EVENTS) pooled.push(ev);
    this.events.push(ev);
  }

  /** The empty plain scalar js-yaml gives a key or item with no value, and an empty document. */
  private emptyScalar(): void {
    this.scalar(-1, -1, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, false);
  }
}
