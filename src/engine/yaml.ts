/**
 * The only importer of the YAML library (with yaml-block-scanner.ts, its fast path to the same
 * events for plain block manifests, and yaml-like-kubectl.ts, which reads quoted scalars and
 * flow collections with short-indented lines or tabs as kubectl does). Text → documents with
 * values decoded as Kubernetes decodes them (YAML 1.1 scalars: unquoted `on`, `y`, `no` are
 * booleans, `010` is octal) plus a lazy position index: values are built in one pass over js-yaml
 * 5's event stream, and the path → source range map is only built for a document when a finding
 * asks for a position.
 *
 * Alias bombs are bounded: the expanded size of every anchored node is tracked while values are
 * built (shared references, never copies), and a document whose expanded size passes a limit is
 * refused with a problem instead of being walked.
 */
import {
  CORE_SCHEMA,
  EVENT_ID,
  NOT_RESOLVED,
  SCALAR_STYLE,
  YAML11_SCHEMA,
  YAMLException,
  defineScalarTag,
  floatYaml11Tag,
  getScalarValue,
  intYaml11Tag,
  timestampTag,
} from 'js-yaml';
import type { Event, MappingEvent, ScalarEvent, ScalarTagDefinition, SequenceEvent } from 'js-yaml';
import type { Path, ScalarInfo } from './types.js';
import { EventPool, scanBlockEvents } from './yaml-block-scanner.js';
import { kubectlText } from './kubectl-yaml-reader.js';
import type { KubectlText } from './kubectl-yaml-reader.js';
import { kubectlDocumentStarts, parseEventsLikeKubectl, unclosedQuoteAt } from './yaml-like-kubectl.js';

type Resolved<T> = T | typeof NOT_RESOLVED;

/**
 * `tag` (a YAML 1.1 number tag) resolving plain scalars with `resolve`, which may call the tag's
 * own resolver (`own`); it represents values as the tag does.
 */
function resolvingWith<T>(tag: ScalarTagDefinition<T>, resolve: (source: string, own: () => Resolved<T>) => Resolved<T>): ScalarTagDefinition<T> {
  return defineScalarTag<T>(tag.tagName, {
    implicit: true,
    implicitFirstChars: tag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => resolve(source, () => tag.resolve(source, isExplicit, tagName)),
    identify: tag.identify,
    represent: tag.represent,
  });
}

/** Sexagesimal `12:30` stays a string, as Kubernetes sees it. */
const withoutSexagesimal = (source: string, own: () => Resolved<number>): Resolved<number> => (source.includes(':') ? NOT_RESOLVED : own());

/**
 * go-yaml v2 reads as floats more than YAML 1.1's float pattern, which wants a dot and a signed
 * exponent: any `[-+]?(.N|N(.N*)?)` with an exponent, signed or not, that Go's ParseFloat takes
 * (`1e3`, `1.5e3`, `1234e56`: resolve.go `yamlStyleFloat`, after `_` is removed unless the text
 * starts with `.`; kubernetes-sigs/yaml goyaml.v2 at v1.4.0). So an unquoted commit id such as
 * `1234e56` is a number to kubectl, and so it is here.
 */
const GO_YAML_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

function goYamlFloat(source: string): Resolved<number> {
  const plain = source.startsWith('.') ? source : source.replaceAll('_', '');
  if (!GO_YAML_FLOAT.test(plain)) return NOT_RESOLVED;
  const value = Number(plain);
  return Number.isFinite(value) ? value : NOT_RESOLVED;
}

/**
 * go-yaml v2 parses integers with Go's `strconv.ParseInt(text, 0, 64)` after removing `_`, which
 * also takes Go's `0o17` (octal) and `0O17`, `0X1F`, `0B101` (resolve.go, goyaml.v2 at v1.4.0;
 * Go 1.13 number literals); YAML 1.1's int pattern knows only `017`, `0x`, `0b`.
 */
const GO_INT_PREFIXED = /^[-+]?0(?:[oO][0-7]+|[xX][0-9a-fA-F]+|[bB][01]+)$/;

function goYamlPrefixedInt(source: string): Resolved<number> {
  const plain = source.replaceAll('_', '');
  if (!GO_INT_PREFIXED.test(plain)) return NOT_RESOLVED;
  const digits = plain.replace(/^[-+]?0/, '');
  const value = Number.parseInt(digits.slice(1), { o: 8, x: 16, b: 2 }[digits[0].toLowerCase() as 'o' | 'x' | 'b']);
  return plain.startsWith('-') ? -value : value;
}

/** YAML 1.1's reading first, then go-yaml's wider one (`wider`), both without sexagesimal. */
function asGoYaml(tag: ScalarTagDefinition<number>, wider: (source: string) => Resolved<number>): ScalarTagDefinition<number> {
  return resolvingWith(tag, (source, own) =>
    withoutSexagesimal(source, () => {
      const yaml11 = own();
      return yaml11 !== NOT_RESOLVED ? yaml11 : wider(source);
    }),
  );
}

/**
 * Plain scalars as go-yaml v2 (what kubectl uses) reads them: YAML 1.1 booleans, nulls, integers
 * (octal `010`, hex, binary, `_` separators, and Go's prefixes above) and floats (with go-yaml's
 * wider exponents, above), merge keys; timestamps and sexagesimal numbers stay strings, as they
 * reach the API server as JSON strings.
 */
export const KUBERNETES_SCHEMA = YAML11_SCHEMA.withTags(
  asGoYaml(intYaml11Tag, goYamlPrefixedInt),
  asGoYaml(floatYaml11Tag, goYamlFloat),
  defineScalarTag<string>(timestampTag.tagName, {
    implicit: true,
    implicitFirstChars: timestampTag.implicitFirstChars,
    resolve: (source, isExplicit, tagName) => (timestampTag.resolve(source, isExplicit, tagName) === NOT_RESOLVED ? NOT_RESOLVED : source),
    identify: () => false,
  }),
);

/** Limits that keep hostile input bounded in time and memory. */
export interface YamlLimits {
  /** Nesting depth of collections. */
  maxDepth: number;
  /** Alias nodes per document. */
  maxAliases: number;
  /** Nodes per document once aliases are expanded (what a naive walk would visit). */
  maxExpandedNodes: number;
  /**
   * How plain scalars resolve: `yaml11` as Kubernetes reads manifests (`on`, `y`, `no` are
   * booleans), `core` (YAML 1.2: only `true`/`false`) for netlint's own files, where
   * `severity: off` or `namespace: y` must stay strings.
   */
  scalars?: 'yaml11' | 'core';
  /**
   * Mapping keys whose mappings Kubernetes types as string to string (`labels`, `annotations`):
   * while values are built, every value inside such a mapping that is not a string (or null) is
   * recorded with its path, so a rule need not walk every document to find them.
   */
  stringMapKeys?: ReadonlySet<string>;
  /**
   * Whose reading of the text counts: `kubectl` (the default) as kubectl reads a manifest (its
   * split at `---` lines, go-yaml reading one document of each part and refusing control
   * characters: see kubectl-yaml-reader.ts), or `yaml` for text kubectl never reads as YAML (netlint's own
   * files, a CNI config that libcni reads as JSON, a value of a JSON stream).
   */
  reader?: 'kubectl' | 'yaml';
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxDepth: 100, maxAliases: 1000, maxExpandedNodes: 2_000_000, scalars: 'yaml11', reader: 'kubectl' };
export const OWN_FILE_YAML_LIMITS: YamlLimits = { ...DEFAULT_YAML_LIMITS, scalars: 'core', reader: 'yaml' };

/**
 * A problem of netlint's own files (.netlint.yaml, a rule file) as told there: a duplicate key is
 * refused outright (which value was meant is unknown), with no word of kubectl or calicoctl, which
 * never read these files.
 */
export function ownFileProblemMessage(p: { kind: YamlProblemKind; message: string }): string {
  if (p.kind !== 'duplicate-key') return p.message;
  const key = /^duplicate key ("(?:[^"\\]|\\.)*")/.exec(p.message)?.[1];
  return key === undefined ? p.message : `duplicate key ${key}: write each key once (which value is meant cannot be told)`;
}

/** `ignored`: text kubectl never reads (after a `...` document end), a warning. */
export type YamlProblemKind = 'syntax' | 'duplicate-key' | 'alias-limit' | 'ignored';

/** Something wrong with the text itself; offsets are 0-based into the file's text. */
export interface YamlProblem {
  kind: YamlProblemKind;
  message: string;
  start: number;
  end: number;
}

/** 0-based offsets of a node's text in the file. */
export interface Span {
  start: number;
  end: number;
}

export interface YamlDocument {
  index: number;
  /** The decoded value; `undefined` for an empty document (only comments or `---`). */
  value: unknown;
  /** Offset of the document's first node. */
  start: number;
  /** The span of the node at `path`, or of its closest existing ancestor (a mapping value's key). */
  spanOf(path: Path): Span;
  /** The span of the mapping key that leads to `path` (its last segment), or spanOf(path) when there is none (an item of a list, a path that is not there). */
  keySpanOf(path: Path): Span;
  /** The span of the mapping key that leads to `path` when the whole path is there and ends at a key, else null. */
  keyAt(path: Path): Span | null;
  /** How the scalar at `path` was written, or null. */
  scalarAt(path: Path): ScalarInfo | null;
  /**
   * Paths of the non-string values found directly inside mappings keyed by one of the
   * `stringMapKeys` (see YamlLimits); null when they were not recorded (no keys given, or the
   * document took the bounded builder): then a caller must look for itself.
   */
  readonly nonStringInStringMaps: readonly Path[] | null;
}

export interface YamlStream {
  documents: YamlDocument[];
  problems: YamlProblem[];
}

const STYLE_NAMES: Record<number, ScalarInfo['style']> = {
  [SCALAR_STYLE.PLAIN]: 'plain',
  [SCALAR_STYLE.SINGLE_QUOTED]: 'single',
  [SCALAR_STYLE.DOUBLE_QUOTED]: 'double',
  [SCALAR_STYLE.LITERAL_BLOCK]: 'literal',
  [SCALAR_STYLE.FOLDED_BLOCK]: 'folded',
};

class LimitExceeded extends Error {}

/** The scanner's events, reused from one stream to the next: each stream's are read before it returns. */
const EVENT_POOL = new EventPool();

/**
 * Parses every document of `text`. A syntax error is reported in the document that holds it, and
 * the stream's other documents are kept, as kubectl reads a file: it splits the stream at `---`
 * lines first and decodes each document on its own (k8s.io/apimachinery/pkg/util/yaml YAMLReader),
 * so an unclosed quote in one document does not swallow the ones after it. Duplicate keys and alias
 * limits are problems on the document.
 */
export function parseYamlStream(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlStream {
  const problems: YamlProblem[] = [];
  let events: Event[] | null = null;
  let refused: Refused | null = null;
  try {
    // Most manifests take the block scanner, which gives js-yaml's events without its parser.
    // Where it succeeds, every line that starts with `---` is `---` alone, and there is no `...`,
    // directive or control character: kubectl reads the text as js-yaml does.
    events = scanBlockEvents(text, limits.maxDepth, EVENT_POOL);
    if (events === null) {
      const kubectl = limits.reader === 'yaml' ? null : kubectlText(text);
      if (kubectl !== null) {
        text = kubectl.text;
        problems.push(...kubectl.problems);
        refused = kubectl;
      }
      events = parseEventsLikeKubectl(text, limits.maxDepth);
    }
  } catch (error) {
    events = eventsByDocument(text, limits, problems, error, refused);
  }
  // Where every node is, kept compactly from this one parse: a finding's position needs neither
  // a second parse nor the event objects.
  const source: StreamSource = { text, positions: PositionTable.build(events, text), scalars: limits.scalars, mergeInOrder: limits.reader !== 'yaml' };
  const fast = constructFast(text, events, limits);
  if (fast) {
    const documents = fast.values.map((value, d) => new ParsedDocument(source, d, value, fast.nonStringInStringMaps?.[d] ?? null));
    return { documents, problems };
  }
  const documents: YamlDocument[] = [];
  let i = 0;
  while (i < events.length) {
    const ev = events[i];
    if (ev.type !== EVENT_ID.DOCUMENT) {
      i++;
      continue;
    }
    const builder = new ValueBuilder(text, events, limits, problems);
    let value: unknown;
    const bodyStart = i + 1;
    let end: number;
    try {
      if (events[bodyStart]?.type === EVENT_ID.POP) {
        value = undefined;
        end = bodyStart;
      } else {
        const r = builder.build(bodyStart, 0);
        value = r.value;
        end = r.next;
      }
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      value = undefined;
      end = skipNode(events, bodyStart);
    }
    documents.push(new ParsedDocument(source, documents.length, value, null));
    i = end + 1; // skip the document's POP
  }
  return { documents, problems };
}

/**
 * The common case, in one flat pass over the events: no aliases (so nothing can expand), no tags,
 * no merge keys, no duplicate or complex keys. Anything else returns null and takes the bounded
 * builder below, which reports each problem with its position and keeps going. Plain scalars
 * resolve as the schema resolves them; a first character no implicit tag can start with (most
 * keys and names) is a string without asking the schema.
 */
function constructFast(text: string, events: Event[], limits: YamlLimits): { values: unknown[]; nonStringInStringMaps: Path[][] | null } | null {
  // A tag is written `!`: a text without one needs no check for tags.
  const mayHaveTag = text.includes('!');
  const schema = schemaFor(limits.scalars);
  const mayResolve = implicitFirstChars(limits.scalars);
  const documents: unknown[] = [];
  // What kubectl's conversion to JSON refuses (a null key, a float JSON cannot hold) is the
  // bounded builder's to report.
  const kubectl = limits.reader !== 'yaml';
  const watch = limits.stringMapKeys;
  const recorded: Path[][] | null = watch ? [] : null;
  let docRecord: Path[] = NOTHING_RECORDED;
  // Open collections: the containers, whether each is a mapping, and each mapping's pending key.
  const open: (Record<string, unknown> | unknown[])[] = [];
  const isMap: boolean[] = [];
  const pendingKey: (string | null)[] = [];
  let depth = -1;
  let root: unknown = undefined;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    let value: unknown;
    let plainKeyText: string | null = null;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT: {
        root = undefined;
        docRecord = NOTHING_RECORDED;
        continue;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (mayHaveTag && ev.tagStart >= 0) return null;
        depth++;
        const mapping = ev.type === EVENT_ID.MAPPING;
        open[depth] = mapping ? {} : [];
        isMap[depth] = mapping;
        pendingKey[depth] = null;
        continue;
      }
      case EVENT_ID.POP:
        if (depth < 0) {
          documents.push(root);
          recorded?.push(docRecord);
          continue;
        }
        value = open[depth];
        // A sequence grown by push has room for 16 more items (V8 grows a backing store to
        // 1.5 × its length + 16): keep an exact-size copy, as most lists hold one to three items.
        if (!isMap[depth] && (value as unknown[]).length < SEQUENCE_COPY_BELOW) value = (value as unknown[]).slice();
        open[depth] = EMPTY; // let the finished container go with its parent, not with the stack
        depth--;
        break;
      case EVENT_ID.SCALAR: {
        if (mayHaveTag && ev.tagStart >= 0) return null;
        // A mapping key is mostly one of a few dozen words (`name`, `metadata`, `app`), and many
        // values repeat too (`v1`, `TCP`): reuse the string made before instead of a new slice.
        const source =
          !ev.fast ? getScalarValue(text, ev) : sharedText(depth >= 0 && isMap[depth] && pendingKey[depth] === null ? keySlots : valueSlots, text, ev.valueStart, ev.valueEnd);
        if (ev.style !== SCALAR_STYLE.PLAIN) value = source;
        else {
          plainKeyText = source;
          value = resolvePlainWith(source, schema, mayResolve);
          // Infinity or NaN (x - x is 0 for every finite number).
          if (kubectl && typeof value === 'number' && value - value !== 0) return null;
        }
        break;
      }
      case EVENT_ID.ALIAS:
        return null;
      default:
        return null;
    }
    if (depth < 0) {
      root = value;
      continue;
    }
    if (!isMap[depth]) {
      (open[depth] as unknown[]).push(value);
      continue;
    }
    const key = pendingKey[depth];
    if (key === null) {
      // A collection as a key, or a merge key: the builder below handles (and reports) them.
      if (value !== null && typeof value === 'object') return null;
      if (plainKeyText === '<<') return null;
      if (value === null && kubectl) return null;
      pendingKey[depth] = keyString(value);
      continue;
    }
    const obj = open[depth] as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(obj, key)) return null;
    // A non-string value in a mapping that sits under a watched key of a mapping: record its path.
    if (watch && depth >= 1 && typeof value !== 'string' && value !== null && isMap[depth - 1] && watch.has(pendingKey[depth - 1]!)) {
      const path: (string | number)[] = [];
      for (let k = 0; k < depth; k++) path.push(isMap[k] ? pendingKey[k]! : (open[k] as unknown[]).length);
      path.push(key);
      if (docRecord === NOTHING_RECORDED) docRecord = [];
      docRecord.push(path);
    }
    defineKey(obj, key, value);
    pendingKey[depth] = null;
  }
  return { values: documents, nonStringInStringMaps: recorded };
}

const EMPTY: unknown[] = [];
/** Sequences shorter than this are copied to an exact-size array once complete (see constructFast). */
const SEQUENCE_COPY_BELOW = 64;

/**
 * Recently seen mapping keys and short values (`v1`, `TCP`, `app`, `true`), each in a table of
 * slots by a hash of their length and first, middle and last characters; a hit is checked
 * character by character, so the string returned always equals the text's slice. Manifests repeat
 * both so much that sharing them saves most of the small strings a lint keeps alive.
 */
const KEY_SLOTS = 4096;
const keySlots: (string | undefined)[] = new Array(KEY_SLOTS);
const valueSlots: (string | undefined)[] = new Array(KEY_SLOTS);
const SHARED_MAX_LENGTH = 40;

function sharedText(slots: (string | undefined)[], text: string, start: number, end: number): string {
  const length = end - start;
  if (length === 0 || length > SHARED_MAX_LENGTH) return text.slice(start, end);
  const slot = (length * 131 + text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + text.charCodeAt(start + (length >> 1))) & (KEY_SLOTS - 1);
  const seen = slots[slot];
  if (seen !== undefined && seen.length === length && text.startsWith(seen, start)) return seen;
  const shared = text.slice(start, end);
  slots[slot] = shared;
  return shared;
}
const NOTHING_RECORDED: Path[] = [];

/**
 * A plain decimal integer as both schemas read it (`0`, or digits not starting with 0, which YAML
 * 1.1 would read as octal), short enough to be exact: its value; otherwise -1. Ports, replicas
 * and sizes are most of a manifest's numbers; a property test holds this to the schemas.
 */
export function plainDecimal(source: string): number {
  const n = source.length;
  if (n === 0 || n > 15) return -1;
  const first = source.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && n > 1)) return -1;
  for (let i = 1; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return Number(source);
}

/**
 * The implicit tags that accept a plain scalar starting with a letter are the boolean and null
 * words (`y`, `off`, `False`, `NULL`): none is longer than five characters. Numbers, floats and
 * timestamps start with a digit, a sign or a dot. So a longer scalar that starts with a letter
 * (most names and values) is a string; a property test holds both schemas to this.
 */
export function isLongWord(source: string): boolean {
  if (source.length <= 5) return false;
  const c = source.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const firstCharsBySchema = new Map<YamlLimits['scalars'], Set<string>>();

/** The first characters with which some implicit tag of the schema may resolve a plain scalar. */
function implicitFirstChars(scalars: YamlLimits['scalars']): Set<string> {
  let set = firstCharsBySchema.get(scalars);
  if (!set) {
    set = new Set();
    for (const tag of schemaFor(scalars).implicitScalarTags) {
      // A tag without the constraint may match anything: then every scalar asks the schema.
      if (tag.implicitFirstChars === null) return ALL_CHARS;
      for (const c of tag.implicitFirstChars) set.add(c);
    }
    firstCharsBySchema.set(scalars, set);
  }
  return set;
}

const ALL_CHARS: Set<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

/**
 * After a syntax error in the stream (`streamError`): each document between kubectl's separators
 * parsed on its own (each once, so the cost stays linear in the text), its events moved to the
 * stream's offsets; a document that does not parse adds its error and no events.
 */
function eventsByDocument(text: string, limits: YamlLimits, problems: YamlProblem[], streamError: unknown, refused: Refused | null): Event[] {
  const starts = kubectlDocumentStarts(text);
  const events: Event[] = [];
  for (let d = 0; d < starts.length; d++) {
    const base = starts[d];
    const piece = text.slice(base, d + 1 < starts.length ? starts[d + 1] : text.length);
    const quiet = refused !== null && refusedAround(refused, base, base + piece.length);
    try {
      // A stream of one document failed already with this error; it is not parsed again.
      if (starts.length === 1) throw streamError;
      // No pool: the events of every piece are kept together.
      const own = scanBlockEvents(piece, limits.maxDepth, null) ?? parseEventsLikeKubectl(piece, limits.maxDepth);
      for (const ev of own) events.push(base === 0 ? ev : shifted(ev, base));
    } catch (error) {
      // What follows a `...` in a document that does not parse is not worth a word of its own.
      const end = base + piece.length;
      for (let k = problems.length - 1; k >= 0; k--) if (problems[k].kind === 'ignored' && problems[k].start >= base && problems[k].start < end) problems.splice(k, 1);
      if (quiet) continue;
      const at = error instanceof YAMLException && error.mark ? error.mark.position : 0;
      const reason = error instanceof YAMLException ? error.reason : String(error);
      const unclosed = /end of the (?:stream|document) within a (double|single) quoted scalar/.exec(reason);
      const opening = unclosed ? unclosedQuoteAt(piece) : -1;
      if (opening >= 0 && piece[opening] === (unclosed![1] === 'double' ? '"' : "'")) {
        problems.push({ kind: 'syntax', message: `this ${unclosed![1]}-quoted scalar is never closed: the document ends inside it (${reason})`, start: base + opening, end: base + opening + 1 });
        continue;
      }
      const offset = base + (at >= piece.length ? afterLastContent(piece) : at);
      problems.push({ kind: 'syntax', message: reservedIndicatorAt(piece, at) ?? textAfterFlowValueAt(piece, at) ?? reason, start: offset, end: offset + 1 });
    }
  }
  return events;
}

/**
 * The message for a value that starts with `@` or a backtick, which YAML reserves (YAML 1.2
 * c-reserved): no plain scalar may start with them, and js-yaml's own words for it ("bad
 * indentation of a mapping entry") point elsewhere. go-yaml, kubectl's parser, says "found
 * character that cannot start any token". Null when `at` is not such a value's start.
 */
function reservedIndicatorAt(piece: string, at: number): string | null {
  const c = piece[at];
  if (c !== '@' && c !== '`') return null;
  const before = piece.slice(piece.lastIndexOf('\n', at - 1) + 1, at);
  if (!/(?:^|[:-]|[[{,])\s*$/.test(before)) return null;
  return `a plain value cannot start with "${c}", which YAML reserves (kubectl: "found character that cannot start any token"): quote the value`;
}

/**
 * The message for text right after a value that YAML read as a flow collection because it starts
 * with `{` or `[` (`image: {username}/app:1`, a docs' placeholder): the collection ends at its
 * closing bracket and what follows cannot continue the line. js-yaml says "bad indentation of a
 * mapping entry"; go-yaml "did not find expected key". Null when `at` does not follow such a value.
 */
function textAfterFlowValueAt(piece: string, at: number): string | null {
  const close = piece[at - 1];
  if ((close !== '}' && close !== ']') || at >= piece.length || /\s/.test(piece[at])) return null;
  const line = piece.slice(piece.lastIndexOf('\n', at - 1) + 1, at);
  const m = /(?:^|:|-)\s+([{[][^{}[\]\n]*[}\]])$/.exec(line);
  if (m === null) return null;
  return `a plain value cannot start with "${m[1][0]}": YAML reads ${m[1]} as a flow ${m[1][0] === '{' ? 'mapping' : 'sequence'}, and the text after it does not parse (kubectl: "did not find expected key"): quote the value`;
}

/** What kubectl refuses in a text before go-yaml parses it (see kubectlText). */
type Refused = Pick<KubectlText, 'refusedSeparators' | 'refusedCharacters'>;

/**
 * Whether kubectl refuses the document from `start` to `end` already, so that js-yaml's error in
 * it is not reported beside kubectl's: it holds a control character go-yaml refuses (js-yaml
 * refuses most of them too, in its own words), or a separator kubectl refuses ends it (kubectl
 * stops there without parsing the document; its error is often a consequence, a quoted string
 * the separator cut in two).
 */
function refusedAround(refused: Refused, start: number, end: number): boolean {
  if (refused.refusedSeparators.has(end)) return true;
  return refused.refusedCharacters.some((at) => at >= start && at < end);
}

/** Just past a piece's last character other than a blank or line break: where its stream ends in the reader's eyes. */
function afterLastContent(piece: string): number {
  let i = piece.length;
  while (i > 0 && /\s/.test(piece[i - 1])) i--;
  return i;
}

/** `ev` with every source offset moved on by `base` (-1, absent, stays -1). */
function shifted(ev: Event, base: number): Event {
  const on = (offset: number) => (offset < 0 ? offset : offset + base);
  switch (ev.type) {
    case EVENT_ID.SCALAR:
      return { ...ev, valueStart: on(ev.valueStart), valueEnd: on(ev.valueEnd), anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd), tagStart: on(ev.tagStart), tagEnd: on(ev.tagEnd) };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return { ...ev, start: on(ev.start), anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd), tagStart: on(ev.tagStart), tagEnd: on(ev.tagEnd) };
    case EVENT_ID.ALIAS:
      return { ...ev, anchorStart: on(ev.anchorStart), anchorEnd: on(ev.anchorEnd) };
    default:
      return ev;
  }
}

function eventStart(ev: Event): number {
  switch (ev.type) {
    case EVENT_ID.SCALAR:
      return scalarSpan(ev).start;
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return ev.start;
    case EVENT_ID.ALIAS:
      return ev.anchorStart - 1;
    default:
      return 0;
  }
}

/** The span of a scalar including its quotes (so an editor highlights what the user typed). */
function scalarSpan(ev: ScalarEvent): Span {
  if (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    return { start: ev.valueStart - 1, end: ev.valueEnd + 1 };
  }
  if (ev.valueStart < 0) return { start: Math.max(ev.tagEnd, ev.anchorEnd, 0), end: Math.max(ev.tagEnd, ev.anchorEnd, 0) };
  return { start: ev.valueStart, end: ev.valueEnd };
}

/** Index just past the node that starts at `i` (events are a flat pre-order stream). */
function skipNode(events: Event[], i: number): number {
  let depth = 0;
  do {
    const t = events[i].type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP) depth--;
    i++;
  } while (depth > 0 && i < events.length);
  return i;
}

/** Builds plain values from events, tracking anchors, expanded size and duplicate keys. */
class ValueBuilder {
  private anchors = new Map<string, { value: unknown; size: number }>();
  private aliases = 0;
  private expanded = 0;
  /** Whether kubectl's conversion to JSON is checked (sigs.k8s.io/yaml YAMLToJSON): not in netlint's own files. */
  private readonly kubectl: boolean;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly limits: YamlLimits,
    private readonly problems: YamlProblem[],
  ) {
    this.kubectl = limits.reader !== 'yaml';
  }

  /** Returns the value of the node at `i` (a mapping key: `asKey`), its expanded size and the index after it. */
  build(i: number, depth: number, asKey = false): { value: unknown; size: number; next: number } {
    const ev = this.events[i];
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const value = this.scalar(ev);
        // A float key becomes text (".inf"); a value goes to encoding/json as it is, which refuses
        // what JSON has no number for (json.Marshal: "unsupported value").
        if (this.kubectl && !asKey && typeof value === 'number' && !Number.isFinite(value)) {
          const go = Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
          this.refuse(`${this.sourceOf(ev)} is a YAML float (${go === 'NaN' ? 'not a number' : 'infinity'}) that JSON has no number for: kubectl refuses it while converting YAML to JSON (json: unsupported value: ${go}); quote it if the text is meant`, scalarSpan(ev));
        }
        this.count(1);
        this.remember(ev, value, 1);
        return { value, size: 1, next: i + 1 };
      }
      case EVENT_ID.ALIAS: {
        const name = this.text.slice(ev.anchorStart, ev.anchorEnd);
        const target = this.anchors.get(name);
        this.aliases++;
        if (this.aliases > this.limits.maxAliases) {
          this.fail(`more than ${this.limits.maxAliases} aliases in one document`, ev.anchorStart - 1, ev.anchorEnd);
        }
        if (!target) {
          this.problems.push({ kind: 'syntax', message: `unknown anchor "${name}"`, start: ev.anchorStart - 1, end: ev.anchorEnd });
          return { value: null, size: 1, next: i + 1 };
        }
        this.count(target.size);
        return { value: target.value, size: target.size, next: i + 1 };
      }
      case EVENT_ID.SEQUENCE:
        return this.sequence(ev, i, depth);
      case EVENT_ID.MAPPING:
        return this.mapping(ev, i, depth);
      default:
        return { value: null, size: 0, next: i + 1 };
    }
  }

  private sequence(ev: SequenceEvent, i: number, depth: number) {
    const items: unknown[] = [];
    let size = 1;
    this.count(1);
    let j = i + 1;
    while (this.events[j].type !== EVENT_ID.POP) {
      const r = this.build(j, depth + 1);
      items.push(r.value);
      size += r.size;
      j = r.next;
    }
    this.remember(ev, items, size);
    return { value: items, size, next: j + 1 };
  }

  private mapping(ev: MappingEvent, i: number, depth: number) {
    const obj: Record<string, unknown> = {};
    // Own files: merges applied at the end, explicit keys winning wherever they stand.
    const merges: unknown[] = [];
    const inOrder = this.limits.reader !== 'yaml';
    /** The keys written out so far, once a merge has put others in `obj` (duplicates are theirs alone). */
    let written: Set<string> | null = null;
    let size = 1;
    this.count(1);
    let j = i + 1;
    while (this.events[j].type !== EVENT_ID.POP) {
      const keyEvent = this.events[j];
      const k = this.build(j, depth + 1, true);
      const valueEvent = this.events[k.next];
      const v = this.build(k.next, depth + 1);
      size += k.size + v.size;
      j = v.next;
      if (keyEvent.type === EVENT_ID.SCALAR && keyEvent.style === SCALAR_STYLE.PLAIN && this.sourceOf(keyEvent) === '<<') {
        if (this.kubectl && !isMapping(v.value) && !(Array.isArray(v.value) && v.value.every(isMapping))) {
          this.refuse(
            `a merge key (<<) takes a mapping, or a list of mappings, and this is ${describeNode(v.value)}: kubectl refuses it while converting YAML to JSON (map merge requires map or sequence of maps as the value)`,
            nodeSpan(valueEvent, () => nodeSpan(keyEvent, () => ({ start: ev.start, end: ev.start + 1 }))),
          );
        }
        if (!inOrder) {
          merges.push(v.value);
          continue;
        }
        // go-yaml v2 (decode.go, decoder.mapping and decoder.merge) decodes the merged mappings
        // into this one where `<<` stands: they override the keys written before it, and the
        // keys written after it override them; of a list, the earlier mappings win (it decodes
        // them last to first).
        written ??= new Set(Object.keys(obj));
        const sources = Array.isArray(v.value) ? v.value : [v.value];
        for (let m = sources.length - 1; m >= 0; m--) {
          const source = sources[m];
          if (isMapping(source)) for (const [key, value] of Object.entries(source)) defineKey(obj, key, value);
        }
        continue;
      }
      if (this.kubectl && (k.value === null || typeof k.value === 'object')) {
        // go-yaml refuses a list or mapping as a key (decode.go decoder.mapping: "invalid map
        // key"), sigs.k8s.io/yaml a null one (convertToJSONableObject: "unsupported map key").
        const keyWritten = keyEvent.type === EVENT_ID.SCALAR && keyEvent.valueStart >= 0;
        const what = k.value === null ? `null (${keyWritten ? this.sourceOf(keyEvent) : 'empty'})` : Array.isArray(k.value) ? 'a list' : 'a mapping';
        const reason = k.value === null ? 'unsupported map key' : 'invalid map key';
        const fix = k.value === null ? (keyWritten ? '; quote it if the text is meant' : '; write the key') : '';
        this.refuse(`this mapping key is ${what}: kubectl refuses it while converting YAML to JSON, whose keys are strings (${reason})${fix}`, nodeSpan(keyEvent, () => nodeSpan(valueEvent, () => ({ start: ev.start, end: ev.start + 1 }))));
      }
      const key = keyString(k.value);
      if (written ? written.has(key) : Object.prototype.hasOwnProperty.call(obj, key)) {
        const span = keyEvent.type === EVENT_ID.SCALAR ? scalarSpan(keyEvent) : { start: eventStart(keyEvent), end: eventStart(keyEvent) + 1 };
        // kubectl turns YAML into JSON with sigs.k8s.io/yaml's non-strict Unmarshal (go-yaml v2
        // decoder.go setMapIndex refuses a duplicate only when strict), so the later value wins and
        // the API server, which sees kubectl's JSON, never meets the duplicate, whatever
        // --validate says; calicoctl decodes strictly (UnmarshalStrict) and refuses the file.
        this.problems.push({ kind: 'duplicate-key', message: `duplicate key "${key}": kubectl keeps this later value and drops the earlier one without a word`, ...span });
      }
      written?.add(key);
      defineKey(obj, key, v.value);
    }
    // YAML merge keys (`<<: *base`) of netlint's own files: explicit keys win.
    for (const m of merges) {
      for (const source of Array.isArray(m) ? m : [m]) {
        if (isMapping(source)) {
          for (const [key, value] of Object.entries(source)) {
            if (!Object.prototype.hasOwnProperty.call(obj, key)) defineKey(obj, key, value);
          }
        }
      }
    }
    this.remember(ev, obj, size);
    return { value: obj, size, next: j + 1 };
  }

  private scalar(ev: ScalarEvent): unknown {
    const source = this.sourceOf(ev);
    if (ev.tagStart >= 0) return resolveTagged(this.text.slice(ev.tagStart, ev.tagEnd), source, this.limits.scalars);
    if (ev.style !== SCALAR_STYLE.PLAIN) return source;
    return resolvePlain(source, this.limits.scalars);
  }

  private sourceOf(ev: ScalarEvent): string {
    return ev.fast ? this.text.slice(ev.valueStart, ev.valueEnd) : getScalarValue(this.text, ev);
  }

  /** A value kubectl's conversion to JSON refuses: a syntax error, as kubectl reports it with them. */
  private refuse(message: string, span: Span): void {
    this.problems.push({ kind: 'syntax', message, ...span });
  }

  private remember(ev: { anchorStart: number; anchorEnd: number }, value: unknown, size: number): void {
    if (ev.anchorStart >= 0) this.anchors.set(this.text.slice(ev.anchorStart, ev.anchorEnd), { value, size });
  }

  private count(n: number): void {
    this.expanded += n;
    if (this.expanded > this.limits.maxExpandedNodes) {
      this.fail(`the document expands to more than ${this.limits.maxExpandedNodes} nodes (alias bomb?)`, 0, 1);
    }
  }

  private fail(message: string, start: number, end: number): never {
    this.problems.push({ kind: 'alias-limit', message, start, end });
    throw new LimitExceeded(message);
  }
}

/**
 * Where a node is written: a scalar or alias as eventStart and scalarSpan put it, a collection at
 * its first character; an empty scalar (an empty key, `? ` or `: x`; an empty value) at `instead`.
 */
function nodeSpan(ev: Event, instead: () => Span): Span {
  if (ev.type === EVENT_ID.SCALAR && ev.valueStart < 0 && ev.tagStart < 0 && ev.anchorStart < 0) return instead();
  if (ev.type === EVENT_ID.SCALAR) return scalarSpan(ev);
  if (ev.type === EVENT_ID.ALIAS) return { start: ev.anchorStart - 1, end: ev.anchorEnd };
  const start = eventStart(ev);
  return { start, end: start + 1 };
}

/** What a value is, in words. */
function describeNode(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list holding something other than mappings';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** A mapping's value (what a merge key may merge). */
function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `__proto__` and friends become ordinary own keys instead of touching the prototype. */
function defineKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
    Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
  } else {
    obj[key] = value;
  }
}

function keyString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null) return 'null';
  // As sigs.k8s.io/yaml writes a float key (convertToJSONableObject).
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Resolves a plain scalar's text the way the chosen schema does. */
export function resolvePlain(source: string, scalars: YamlLimits['scalars'] = 'yaml11'): unknown {
  return resolvePlainWith(source, schemaFor(scalars), implicitFirstChars(scalars));
}

/**
 * A plain scalar's value under `schema`. Decimal integers, and text no implicit tag can match
 * (a first character none of them starts with, or a word longer than any boolean or null), are
 * answered without the schema's resolvers; property tests hold both shortcuts to the schemas.
 */
function resolvePlainWith(source: string, schema: ReturnType<typeof schemaFor>, mayResolve: Set<string>): unknown {
  const n = plainDecimal(source);
  if (n >= 0) return n;
  return !mayResolve.has(source.charAt(0)) || isLongWord(source) ? source : schema.resolveImplicitScalarTag(source).value;
}

function schemaFor(scalars: YamlLimits['scalars']) {
  return scalars === 'core' ? CORE_SCHEMA : KUBERNETES_SCHEMA;
}

function resolveTagged(tag: string, source: string, scalars: YamlLimits['scalars']): unknown {
  switch (tag) {
    case '!!str':
    case '!':
      return source;
    case '!!int': {
      const n = Number(source.replace(/_/g, ''));
      return Number.isFinite(n) ? n : source;
    }
    case '!!float': {
      const n = Number(source);
      if (Number.isFinite(n)) return n;
      // `.inf`, `-.Inf`, `.NaN`, `1_000.5`: as a plain scalar reads.
      const plain = resolvePlain(source, scalars);
      return typeof plain === 'number' ? plain : source;
    }
    case '!!bool':
      return /^(true|yes|on|y)$/i.test(source);
    case '!!null':
      return null;
    default:
      return resolvePlain(source, scalars);
  }
}

/** What every document of one stream shares: the text and where its nodes are. */
interface StreamSource {
  text: string;
  positions: PositionTable;
  scalars: YamlLimits['scalars'];
  /** Merge keys as go-yaml applies them, in order (see ValueBuilder.mapping); else explicit keys win. */
  mergeInOrder: boolean;
}

const NODE_WORDS = 2;
const KIND_MAP = 0;
const KIND_SEQ = 1;
const KIND_SCALAR = 2;
const KIND_ALIAS = 3;
/** Word 1's fields (see PositionTable). */
const EMPTY_BIT = 1 << 8;
const INDENT_SHIFT = 9;
const INDENT_INLINE_MAX = 0xfe; // indent + 1 up to this is inline; 0xff means "in the side map"
const EXTENT_SHIFT = 17;
const EXTENT_INLINE_MAX = 0x7ffe; // an extent up to this is inline; 0x7fff means "in the side map"

/**
 * Where every node of a stream is, recorded from the parse's events in one pass: two int32 words
 * a node, in document order (pre-order), so a finding's position needs neither a second parse nor
 * the event objects, which are garbage once values are built.
 *
 *   word 0: a scalar's valueStart (an empty scalar: where its span sits); an alias's `*`; a
 *           collection's first character
 *   word 1: kind (2 bits) | scalar style << 2 (3 bits) | fast << 5 | chomping << 6 (2 bits)
 *           | empty << 8 | (indent + 1) << 9 (8 bits) | extent << 17 (15 bits)
 *
 * The extent is a scalar's or alias's length in characters, or, for a collection, how many nodes
 * it takes with its descendants (the node after it is that many on, which is how it is skipped).
 * An indent or extent too large for its bits (a scalar over 32 KiB, a collection of over 32,766
 * nodes) sits in a side map, as do tags (only on documents that took the bounded builder).
 */
class PositionTable {
  private constructor(
    private readonly words: Int32Array,
    /** Each document's root node, -1 for an empty document. */
    private readonly roots: readonly number[],
    private readonly tags: ReadonlyMap<number, readonly [number, number]> | null,
    /** Extents (as absolute ends or next-node indices) and indents that do not fit their bits. */
    private readonly farEnds: ReadonlyMap<number, number> | null,
    private readonly deepIndents: ReadonlyMap<number, number> | null,
    /** The node each alias refers to (only in documents with aliases). */
    private readonly aliasTargets: ReadonlyMap<number, number> | null,
  ) {}

  static build(events: readonly Event[], text: string): PositionTable {
    let words = new Int32Array(events.length * NODE_WORDS);
    let n = 0;
    const roots: number[] = [];
    const open: number[] = [];
    let tags: Map<number, readonly [number, number]> | null = null;
    let farEnds: Map<number, number> | null = null;
    let deepIndents: Map<number, number> | null = null;
    let anchors: Map<string, number> | null = null;
    let aliasTargets: Map<number, number> | null = null;
    /** Anchored collections still open, by node (an anchor names its node once the node is complete, as for values). */
    let openAnchors: Map<number, string> | null = null;
    /** Word 1's extent field for a node `length` long whose end (an offset, or a node index) is `end`. */
    const extent = (node: number, length: number, end: number): number => {
      if (length >= 0 && length <= EXTENT_INLINE_MAX) return length << EXTENT_SHIFT;
      (farEnds ??= new Map()).set(node, end);
      return (EXTENT_INLINE_MAX + 1) << EXTENT_SHIFT;
    };
    let awaitingRoot = false;
    for (let e = 0; e < events.length; e++) {
      const ev = events[e];
      const at = n * NODE_WORDS;
      switch (ev.type) {
        case EVENT_ID.DOCUMENT:
          roots.push(-1);
          awaitingRoot = true;
          // Anchors are a document's own.
          anchors?.clear();
          continue;
        case EVENT_ID.POP:
          // A document's POP comes when none of its collections is open.
          if (open.length > 0) {
            const node = open.pop()!;
            words[node * NODE_WORDS + 1] |= extent(node, n - node, n);
            const anchor = openAnchors?.get(node);
            if (anchor !== undefined) (anchors ??= new Map()).set(anchor, node);
          }
          continue;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          words[at] = ev.start;
          words[at + 1] = ev.type === EVENT_ID.MAPPING ? KIND_MAP : KIND_SEQ;
          open.push(n);
          if (ev.anchorStart >= 0) (openAnchors ??= new Map()).set(n, text.slice(ev.anchorStart, ev.anchorEnd));
          break;
        case EVENT_ID.SCALAR: {
          let indent = ev.indent + 1;
          if (indent > INDENT_INLINE_MAX) {
            (deepIndents ??= new Map()).set(n, ev.indent);
            indent = INDENT_INLINE_MAX + 1;
          }
          let w = KIND_SCALAR | (ev.style << 2) | (ev.fast ? 1 << 5 : 0) | (ev.chomping << 6) | (indent << INDENT_SHIFT);
          if (ev.valueStart < 0) {
            words[at] = Math.max(ev.tagEnd, ev.anchorEnd, 0);
            w |= EMPTY_BIT;
          } else {
            words[at] = ev.valueStart;
            w |= extent(n, ev.valueEnd - ev.valueStart, ev.valueEnd);
          }
          words[at + 1] = w;
          if (ev.tagStart >= 0) (tags ??= new Map()).set(n, [ev.tagStart, ev.tagEnd]);
          if (ev.anchorStart >= 0) (anchors ??= new Map()).set(text.slice(ev.anchorStart, ev.anchorEnd), n);
          break;
        }
        case EVENT_ID.ALIAS: {
          words[at] = ev.anchorStart - 1;
          words[at + 1] = KIND_ALIAS | extent(n, ev.anchorEnd - (ev.anchorStart - 1), ev.anchorEnd);
          const target = anchors?.get(text.slice(ev.anchorStart, ev.anchorEnd));
          if (target !== undefined) (aliasTargets ??= new Map()).set(n, target);
          break;
        }
        default:
          continue;
      }
      if (awaitingRoot) {
        roots[roots.length - 1] = n;
        awaitingRoot = false;
      }
      n++;
    }
    // Keep only the words used (a third of the events are POPs and document starts).
    if (words.length > n * NODE_WORDS) words = words.slice(0, n * NODE_WORDS);
    return new PositionTable(words, roots, tags, farEnds, deepIndents, aliasTargets);
  }

  root(document: number): number {
    return this.roots[document] ?? -1;
  }

  kind(node: number): number {
    return this.words[node * NODE_WORDS + 1] & 3;
  }

  private style(node: number): number {
    return (this.words[node * NODE_WORDS + 1] >> 2) & 7;
  }

  /** A scalar's valueStart (-1 when empty); an alias's `*`; a collection's first character. */
  private start(node: number): number {
    return this.words[node * NODE_WORDS + 1] & EMPTY_BIT ? -1 : this.words[node * NODE_WORDS];
  }

  /**
   * A scalar's valueEnd (when empty: where its span sits); an alias's end; for a collection, the
   * index of the node after its last descendant.
   */
  private end(node: number): number {
    const w = this.words[node * NODE_WORDS + 1];
    if (w & EMPTY_BIT) return this.words[node * NODE_WORDS];
    const extent = w >>> EXTENT_SHIFT;
    if (extent > EXTENT_INLINE_MAX) return this.farEnds!.get(node)!;
    return ((w & 3) <= KIND_SEQ ? node : this.words[node * NODE_WORDS]) + extent;
  }

  private indent(node: number): number {
    const i = (this.words[node * NODE_WORDS + 1] >> INDENT_SHIFT) & 0xff;
    return i > INDENT_INLINE_MAX ? this.deepIndents!.get(node)! : i - 1;
  }

  /** The node after `node` and all its descendants. */
  next(node: number): number {
    return this.kind(node) <= KIND_SEQ ? this.end(node) : node + 1;
  }

  /** A scalar or alias as written (a quoted scalar with its quotes); a collection's first character. */
  span(node: number): Span {
    const start = this.start(node);
    const end = this.end(node);
    switch (this.kind(node)) {
      case KIND_SCALAR: {
        if (start < 0) return { start: end, end };
        const style = this.style(node);
        return style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED ? { start: start - 1, end: end + 1 } : { start, end };
      }
      case KIND_ALIAS:
        return { start, end };
      default:
        return { start, end: start + 1 };
    }
  }

  /** The scalar event `node` was recorded from, as `getScalarValue` reads it. */
  private event(node: number): ScalarEvent {
    const w = this.words[node * NODE_WORDS + 1];
    const tag = this.tags?.get(node);
    return {
      type: EVENT_ID.SCALAR,
      valueStart: this.start(node),
      valueEnd: this.end(node),
      anchorStart: -1,
      anchorEnd: -1,
      tagStart: tag ? tag[0] : -1,
      tagEnd: tag ? tag[1] : -1,
      style: ((w >> 2) & 7) as ScalarEvent['style'],
      fast: ((w >> 5) & 1) === 1,
      chomping: ((w >> 6) & 3) as ScalarEvent['chomping'],
      indent: this.indent(node),
    };
  }

  scalarInfo(text: string, node: number): ScalarInfo {
    const ev = this.event(node);
    return {
      source: ev.valueStart < 0 ? '' : ev.fast ? text.slice(ev.valueStart, ev.valueEnd) : getScalarValue(text, ev),
      style: STYLE_NAMES[ev.style] ?? 'plain',
      tag: ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null,
      ...(ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK ? { indent: ev.indent } : {}),
    };
  }

  /** A mapping key's text as the value builders make it (the key of a collection or alias is ''). */
  private keyText(text: string, node: number, scalars: YamlLimits['scalars']): string {
    if (this.kind(node) !== KIND_SCALAR) return '';
    const info = this.scalarInfo(text, node);
    if (info.style !== 'plain' || info.tag !== null) return info.source;
    return keyString(resolvePlain(info.source, scalars));
  }

  /**
   * Whether the key at `node` reads as `want`. A plain key written without a tag or escapes, whose
   * first character no implicit tag can start with (most keys), is its own text: compared in
   * place, without building the scalar's value.
   */
  private keyIs(text: string, node: number, want: string, scalars: YamlLimits['scalars'], mayResolve: Set<string>): boolean {
    const w = this.words[node * NODE_WORDS + 1];
    if ((w & 3) === KIND_SCALAR && ((w >> 2) & 7) === SCALAR_STYLE.PLAIN && ((w >> 5) & 1) === 1 && !(w & EMPTY_BIT) && !this.tags?.has(node)) {
      const start = this.words[node * NODE_WORDS];
      if (!mayResolve.has(text.charAt(start))) return this.end(node) - start === want.length && text.startsWith(want, start);
    }
    return this.keyText(text, node, scalars) === want;
  }

  /**
   * The child of a collection at `seg` (the last of duplicate keys, as for values), with its key
   * node. A key a merge (`<<`) brings is found in the mapping it merges, as values are built:
   * with `inOrder`, the last to write it wins, a `<<` or the key itself, and of a merged list the
   * first mapping that has it (go-yaml v2's order); else the key written out wins, then the first
   * merge.
   */
  child(text: string, scalars: YamlLimits['scalars'], node: number, seg: string | number, inOrder = true): { node: number; key: number } | null {
    const end = this.next(node);
    const kind = this.kind(node);
    if (kind === KIND_MAP) {
      const want = String(seg);
      const mayResolve = implicitFirstChars(scalars);
      let found: { node: number; key: number } | null = null;
      let merged: { node: number; key: number } | null = null;
      for (let key = node + 1; key < end; ) {
        const value = this.next(key);
        if (this.isMergeKey(text, key)) {
          const m = this.mergedChild(text, scalars, value, want, inOrder);
          if (m !== null) {
            if (inOrder) found = m;
            else merged ??= m;
          }
        } else if (this.keyIs(text, key, want, scalars, mayResolve)) found = { node: value, key };
        key = this.next(value);
      }
      return found ?? merged;
    }
    if (kind === KIND_SEQ && typeof seg === 'number') {
      let item = node + 1;
      for (let k = 0; k < seg && item < end; k++) item = this.next(item);
      return item < end ? { node: item, key: -1 } : null;
    }
    return null;
  }

  /** A plain `<<` key without a tag (ValueBuilder.mapping). */
  private isMergeKey(text: string, node: number): boolean {
    const w = this.words[node * NODE_WORDS + 1];
    if ((w & 3) !== KIND_SCALAR || ((w >> 2) & 7) !== SCALAR_STYLE.PLAIN || w & EMPTY_BIT) return false;
    const start = this.words[node * NODE_WORDS];
    return text.charCodeAt(start) === 60 && text.charCodeAt(start + 1) === 60 && this.end(node) === start + 2;
  }

  /** The node an alias refers to (itself for any other node; -1 for an unknown anchor). */
  private resolved(node: number): number {
    if (this.kind(node) !== KIND_ALIAS) return node;
    return this.aliasTargets?.get(node) ?? -1;
  }

  /** The child `want` of what the merge value `value` merges (a mapping, or the first of a list of them that has it). */
  private mergedChild(text: string, scalars: YamlLimits['scalars'], value: number, want: string, inOrder: boolean): { node: number; key: number } | null {
    const target = this.resolved(value);
    if (target < 0) return null;
    if (this.kind(target) === KIND_MAP) return this.child(text, scalars, target, want, inOrder);
    if (this.kind(target) !== KIND_SEQ) return null;
    const end = this.next(target);
    for (let item = target + 1; item < end; item = this.next(item)) {
      const mapping = this.resolved(item);
      if (mapping < 0 || this.kind(mapping) !== KIND_MAP) continue;
      const found = this.child(text, scalars, mapping, want, inOrder);
      if (found !== null) return found;
    }
    return null;
  }
}

/** A document with its value; positions come from the stream's table (prototype methods, no closures). */
class ParsedDocument implements YamlDocument {
  constructor(
    private readonly source: StreamSource,
    readonly index: number,
    readonly value: unknown,
    readonly nonStringInStringMaps: readonly Path[] | null,
  ) {}

  get start(): number {
    const root = this.source.positions.root(this.index);
    return root < 0 ? 0 : this.source.positions.span(root).start;
  }

  /** The last path walked and where it led: a finding asks for its span, then its scalar, then its key. */
  private walked: { path: Path; node: number; key: number; complete: boolean } | undefined;

  /**
   * The node at the end of `path` (or of its longest existing prefix), the key node that
   * introduces it (-1 for none) and whether the whole path exists; null for an empty document.
   */
  private walk(path: Path): { node: number; key: number; complete: boolean } | null {
    const { text, positions, scalars } = this.source;
    const root = positions.root(this.index);
    if (root < 0) return null;
    const last = this.walked;
    if (last !== undefined && last.path.length === path.length && last.path.every((seg, i) => seg === path[i])) return last;
    let node = root;
    let key = -1;
    let complete = true;
    for (const seg of path) {
      const c = positions.child(text, scalars, node, seg, this.source.mergeInOrder);
      if (!c) {
        complete = false;
        break;
      }
      node = c.node;
      key = c.key;
    }
    this.walked = { path: path.slice(), node, key, complete };
    return this.walked;
  }

  /**
   * A scalar (or alias) is located at its value; a collection at the key that introduces it, or
   * at its first character when it has no key (a sequence item, the document root). A path that
   * leaves the document stops at its closest existing ancestor.
   */
  spanOf(path: Path): Span {
    const found = this.walk(path);
    if (found === null) {
      const s = this.start;
      return { start: s, end: s };
    }
    const { positions } = this.source;
    const { node, key } = found;
    const kind = positions.kind(node);
    if (kind === KIND_SCALAR || kind === KIND_ALIAS) {
      const span = positions.span(node);
      if (span.end > span.start) return span;
      return key >= 0 ? positions.span(key) : span;
    }
    return key >= 0 ? positions.span(key) : positions.span(node);
  }

  keySpanOf(path: Path): Span {
    const found = this.walk(path);
    if (found === null || !found.complete) return this.spanOf(path);
    return found.key >= 0 ? this.source.positions.span(found.key) : this.spanOf(path);
  }

  keyAt(path: Path): Span | null {
    const found = this.walk(path);
    return found === null || !found.complete || found.key < 0 ? null : this.source.positions.span(found.key);
  }

  scalarAt(path: Path): ScalarInfo | null {
    const found = this.walk(path);
    if (found === null || !found.complete) return null;
    const { text, positions } = this.source;
    return positions.kind(found.node) === KIND_SCALAR ? positions.scalarInfo(text, found.node) : null;
  }
}

/** Maps offsets to 1-based line/column; the line table is built on the first query (most files never need it). */
export class LineIndex {
  private table: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (!this.table) {
      const t = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) t.push(i + 1);
      this.table = t;
    }
    return this.table;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  position(offset: number): { line: number; column: number } {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // The end of a text ending in a line break is on its last line (just after the last
    // character, where the break is): there is no line after it to point at.
    if (o === this.text.length && o > 0 && this.text.charCodeAt(o - 1) === 10) o--;
    const line = this.lineOf(o);
    return { line, column: o - this.starts[line - 1] + 1 };
  }

  /**
   * A 1-based, end-exclusive range; an empty span is widened to one character. A span ending
   * right after a line break (a block scalar, a document) ends on that line, past its last
   * character, not at column 1 of the next line: that line may not exist.
   */
  range(span: Span): { line: number; column: number; endLine: number; endColumn: number } {
    const a = this.position(span.start);
    const end = Math.max(span.end, span.start + 1);
    const b = this.position(end);
    if (b.column === 1 && b.line > a.line) {
      const previous = b.line - 1;
      return { line: a.line, column: a.column, endLine: previous, endColumn: this.starts[previous] - this.starts[previous - 1] };
    }
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  lineText(line: number): string {
    const s = this.starts[line - 1] ?? this.text.length;
    const e = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
  }
}
