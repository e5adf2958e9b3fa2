/**
 * `reach --format json`: the DESIGN.md contract, version 2 (grouped: `pods` with their `group`,
 * `groups`, `externals`, `allowed` between group and external ids, `summary`; with --explain,
 * `denied`), one array element per line. `--expand` gives version 1: the same report with
 * `allowed` (and `denied`) per endpoint id and no groups. Both can be produced as a stream of chunks.
 */
import { allowedEntries, expandAllowed, type ReachConnection, type ReachReport } from '../../engine/netpol/reach.js';

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

function* reportChunks(report: ReachReport, expand: boolean): Generator<string> {
  yield `{\n  "version": ${expand ? 1 : 2},\n`;
  yield* arrayLines('pods', expand ? report.pods.map(({ group: _group, ...p }) => p) : report.pods);
  if (!expand) yield* arrayLines('groups', report.groups);
  yield* arrayLines('externals', report.externals);
  const writer = new ConnectionWriter();
  const connection = (c: ReachConnection): string => writer.json(c);
  yield* arrayLines('allowed', expand ? expandAllowed(report) : allowedEntries(report), false, connection);
  if (report.denied !== undefined) yield* arrayLines('denied', expand ? expandAllowed(report, report.denied) : report.denied, false, connection);
  yield* arrayLines('excluded', report.excluded);
  // Only when there are some: the contract's clean-input shape is unchanged.
  if (report.problems.length > 0) yield* arrayLines('problems', report.problems);
  const s = report.summary;
  // Version 1 counted (source, destination, port) tuples in its summary.
  const summary = expand ? { endpoints: s.endpoints, classes: s.groups, policies: s.policies, allowed: s.connections.allowed, denied: s.connections.denied } : s;
  yield `  "summary": ${JSON.stringify(summary)}\n}\n`;
}

export function formatReachJson(report: ReachReport): string {
  return [...reportChunks(report, false)].join('');
}

/**
 * The report as chunks of about `size` characters for a streaming writer: version 2, or version 1
 * (per endpoint) with `expand`. A large cluster's JSON never has to fit in one string.
 */
export function* formatReachJsonChunks(report: ReachReport, expand = false, size = CHUNK): Generator<string> {
  let buffer = '';
  for (const chunk of reportChunks(report, expand)) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
