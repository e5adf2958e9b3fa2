/**
 * `reach --format json`: the DESIGN.md contract, version 2 (grouped: `pods` with their `group`,
 * `groups`, `externals`, `allowed` between group and external ids, `summary`; with --explain,
 * `denied`), one array element per line. `--expand` gives version 1: the same report with
 * `allowed` (and `denied`) per endpoint id and no groups. Both can be produced as a stream of chunks.
 */
import type { Bitset } from '../../engine/netpol/bitset.js';
import { allowedEntries, expandAllowed, type ReachConnection, type ReachReport, type ReachRows } from '../../engine/netpol/reach.js';

/** Whether the entry's fields are exactly from, to, (port,) protocol in this order: the order JSON.stringify writes. */
function plainFields(c: object): boolean {
  let i = 0;
  for (const k in c) {
    if (k === 'port' && i === 2) continue;
    if (k !== (i === 0 ? 'from' : i === 1 ? 'to' : i === 2 ? 'protocol' : '')) return false;
    i++;
  }
  return i === 3;
}

const PROTOCOL_SLOT: Record<string, number> = { TCP: 0, UDP: 1, SCTP: 2, ICMP: 3 };

/**
 * Writes connection entries exactly as JSON.stringify does, without serialising each one: a
 * large report repeats the same few thousand ids millions of times, so the quoted source and the
 * `"to":…,"port":…,"protocol":…}` tail of each destination port are made once. Entries of another
 * shape (explained, port ranges, fields in another order) take JSON.stringify.
 */
export class ConnectionWriter {
  private readonly quoted = new Map<string, string>();
  private readonly tails = new Map<string, Map<number, string>>();

  private quote(text: string): string {
    let q = this.quoted.get(text);
    if (q === undefined) this.quoted.set(text, (q = JSON.stringify(text)));
    return q;
  }

  json(c: ReachConnection): string {
    const slot = PROTOCOL_SLOT[c.protocol];
    if (slot === undefined || c.endPort !== undefined || (c.port !== undefined && !Number.isSafeInteger(c.port)) || !plainFields(c)) return JSON.stringify(c);
    const key = (c.port ?? 65536) * 4 + slot;
    let byPort = this.tails.get(c.to);
    if (byPort === undefined) this.tails.set(c.to, (byPort = new Map()));
    const tail = byPort.get(key);
    if (tail !== undefined) return `{"from":${this.quote(c.from)},${tail}`;
    const made = `"to":${this.quote(c.to)},${c.port === undefined ? '' : `"port":${c.port},`}"protocol":${this.quote(c.protocol)}}`;
    byPort.set(key, made);
    return `{"from":${this.quote(c.from)},${made}`;
  }
}

/** Characters gathered before a chunk is handed on: one resumption per chunk, not per element. */
const CHUNK = 1 << 16;

/** The allowed entries as rows of bits (a lazy report without --expand): written by `allowedRowsBytes`, not as text. */
interface RowsPart {
  key: string;
  rows: ReachRows;
}

/** `"key": [` + one element per line + `]`, as chunks of about CHUNK characters. */
function* arrayLines(key: string, items: Iterable<unknown>, last = false, json: (item: never) => string = JSON.stringify): Generator<string> {
  let buffer = `  ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    buffer += `${first ? '\n' : ',\n'}    ${json(item as never)}`;
    first = false;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}${first ? '' : '\n  '}]${last ? '\n' : ',\n'}`;
}

function* mapIterable<T, U>(list: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of list) yield f(item);
}

/** The report's text in order; with `byRows`, a lazy report's allowed entries as one RowsPart instead of text. */
function* reportParts(report: ReachReport, expand: boolean, byRows: boolean): Generator<string | RowsPart> {
  yield `{\n  "version": ${expand ? 1 : 2},\n`;
  yield* arrayLines('pods', expand ? report.pods.map(({ group: _group, ...p }) => p) : report.pods);
  if (!expand) yield* arrayLines('groups', report.groups);
  yield* arrayLines('externals', report.externals);
  const writer = new ConnectionWriter();
  const connection = (c: ReachConnection): string => writer.json(c);
  // A lazy explained report leaves the reasons of its entries toward endpoints to `explain`.
  const explained = (list: Iterable<ReachConnection>): Iterable<ReachConnection> => (report.explain === undefined ? list : mapIterable(list, report.explain));
  if (byRows && !expand && report.rows !== undefined) yield { key: 'allowed', rows: report.rows };
  else yield* arrayLines('allowed', expand ? expandAllowed(report, explained(allowedEntries(report))) : explained(allowedEntries(report)), false, connection);
  if (report.denied !== undefined) yield* arrayLines('denied', expand ? expandAllowed(report, explained(report.denied)) : explained(report.denied), false, connection);
  yield* arrayLines('excluded', report.excluded);
  // Only when there are some: the contract's clean-input shape is unchanged.
  if (report.problems.length > 0) yield* arrayLines('problems', report.problems);
  // What the answer assumes or leaves out (policies netlint does not evaluate, guessed pod
  // addresses, a DNS stand-in): a reader of `allowed` needs them as much as a terminal does.
  if (report.notes.length > 0) yield* arrayLines('notes', report.notes);
  const s = report.summary;
  // Version 1 counted (source, destination, port) tuples in its summary.
  const summary = expand ? { endpoints: s.endpoints, classes: s.groups, policies: s.policies, allowed: s.connections.allowed, denied: s.connections.denied } : s;
  yield `  "summary": ${JSON.stringify(summary)}\n}\n`;
}

export function formatReachJson(report: ReachReport): string {
  let out = '';
  for (const part of reportParts(report, false, false)) out += part as string;
  return out;
}

/** Bytes handed on per chunk (a source's row of entries may overshoot it). */
const BYTE_CHUNK = 1 << 20;

/** What follows an entry's tail when another entry of the same source comes next: the next entry's start, up to its source id. */
const NEXT_ENTRY = ',\n    {"from":';

/**
 * Output bytes gathered into large chunks. The bytes every entry toward one target repeats (its
 * tail, then the start of the next entry) live in the same memory as the output, so writing an
 * entry is the source id's few bytes and one native copyWithin: no string, object or
 * allocation per entry.
 */
class ByteChunks {
  private mem: Uint8Array;
  /** Where the output begins: before it, a scratch area for the current source id, then the table. */
  private start: number;
  private pos: number;
  private readonly encoder = new TextEncoder();

  constructor(
    private table: Uint8Array,
    private scratch = 64,
  ) {
    this.start = scratch + table.length;
    this.mem = new Uint8Array(this.start + 2 * BYTE_CHUNK);
    this.mem.set(table, scratch);
    this.pos = this.start;
  }

  get size(): number {
    return this.pos - this.start;
  }

  /** Room for `bytes` more output bytes, from here on. */
  reserve(bytes: number): void {
    if (this.pos + bytes <= this.mem.length) return;
    const grown = new Uint8Array(this.pos + bytes + BYTE_CHUNK);
    grown.set(this.mem.subarray(0, this.pos));
    this.mem = grown;
  }

  text(text: string): void {
    this.reserve(text.length * 3);
    this.pos += this.encoder.encodeInto(text, this.mem.subarray(this.pos)).written;
  }

  /** Takes back the last `bytes` bytes written. */
  drop(bytes: number): void {
    this.pos -= bytes;
  }

  /** Puts `bytes` in the scratch area (made larger, the table and output moved along, when they do not fit). */
  setScratch(bytes: Uint8Array): void {
    if (bytes.length > this.scratch) {
      const scratch = Math.max(bytes.length, 2 * this.scratch);
      const mem = new Uint8Array(this.mem.length + scratch - this.scratch);
      mem.set(this.table, scratch);
      mem.set(this.mem.subarray(this.start, this.pos), scratch + this.table.length);
      this.pos += scratch - this.scratch;
      this.start = scratch + this.table.length;
      this.scratch = scratch;
      this.mem = mem;
    }
    this.mem.set(bytes, 0);
  }

  /**
   * For every set bit t of `bits`: the scratch area's first `scratchLength` bytes, then table
   * bytes `bounds[t]`..`bounds[t + 1]`. Room for them must be reserved.
   */
  entries(bits: Bitset, scratchLength: number, bounds: Int32Array): void {
    const mem = this.mem;
    const words = bits.words;
    const at = this.scratch;
    let pos = this.pos;
    for (let w = 0; w < words.length; w++) {
      let x = words[w];
      while (x !== 0) {
        const low = x & -x;
        const t = (w << 5) + 31 - Math.clz32(low);
        x ^= low;
        // A few bytes: a loop costs less than a call.
        for (let i = 0; i < scratchLength; i++) mem[pos + i] = mem[i];
        pos += scratchLength;
        const from = bounds[t];
        const to = bounds[t + 1];
        mem.copyWithin(pos, at + from, at + to);
        pos += to - from;
      }
    }
    this.pos = pos;
  }

  /** The bytes gathered so far; they stay valid until the next write (the memory is reused). */
  take(): Uint8Array {
    const out = this.mem.subarray(this.start, this.pos);
    this.pos = this.start;
    return out;
  }
}

/**
 * `"key": [` + the rows' entries, one per line + `]`, exactly as arrayLines writes them with
 * JSON.stringify. An entry is `{"from":` + the source id + `,` + its target's tail; the table
 * holds each target's tail followed by NEXT_ENTRY, so a row of entries is: its first entry's
 * start, then per entry the source id and the target's table bytes, less the last NEXT_ENTRY.
 */
function* rowsBytes(part: RowsPart, out: ByteChunks, tails: { bounds: Int32Array; longest: number }): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  out.text(`  ${JSON.stringify(part.key)}: [`);
  let first = true;
  for (const row of part.rows.read()) {
    const from = encoder.encode(`${JSON.stringify(row.from)},`);
    out.setScratch(from);
    const count = row.targets.count();
    if (count > 0) {
      out.text(first ? NEXT_ENTRY.slice(1) : NEXT_ENTRY);
      out.reserve(count * (from.length + tails.longest));
      out.entries(row.targets, from.length, tails.bounds);
      out.drop(NEXT_ENTRY.length);
      first = false;
    }
    for (const entry of row.externals) {
      out.text(`${first ? '\n' : ',\n'}    ${JSON.stringify(entry)}`);
      first = false;
    }
    if (out.size >= BYTE_CHUNK) yield out.take();
  }
  out.text(`${first ? '' : '\n  '}],\n`);
}

/**
 * Every target's entry tail as JSON.stringify writes it after `{"from":…,`, followed by
 * NEXT_ENTRY, end to end: target t's bytes are bounds[t]..bounds[t + 1] (none for a target the
 * query leaves out).
 */
function entryTails(columns: ReachRows['columns']): { bytes: Uint8Array; bounds: Int32Array; longest: number } {
  const encoder = new TextEncoder();
  const texts = columns.map((c) => (c === null ? '' : `${JSON.stringify({ from: '', ...c }).slice('{"from":"",'.length)}${NEXT_ENTRY}`));
  const bytes = encoder.encode(texts.join(''));
  const bounds = new Int32Array(texts.length + 1);
  let longest = 0;
  texts.forEach((text, i) => {
    const length = encoder.encode(text).length;
    bounds[i + 1] = bounds[i] + length;
    longest = Math.max(longest, length);
  });
  return { bytes, bounds, longest };
}

/**
 * The report as UTF-8 chunks of about a MiB for a streaming writer: version 2, or version 1
 * (per endpoint) with `expand`. A large cluster's JSON never has to fit in one string, and a
 * lazy report's allowed entries are copied from bytes made once per source and per target.
 * A chunk is valid until the next one is asked for (the memory is reused, so that gigabytes of
 * output allocate nothing per chunk): a caller that keeps chunks copies them.
 */
export function* formatReachJsonBytes(report: ReachReport, expand = false): Generator<Uint8Array> {
  const tails = !expand && report.rows !== undefined ? entryTails(report.rows.columns) : { bytes: new Uint8Array(), bounds: new Int32Array(1), longest: 0 };
  const out = new ByteChunks(tails.bytes);
  for (const part of reportParts(report, expand, true)) {
    if (typeof part === 'string') out.text(part);
    else yield* rowsBytes(part, out, tails);
    if (out.size >= BYTE_CHUNK) yield out.take();
  }
  if (out.size > 0) yield out.take();
}
