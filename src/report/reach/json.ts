/**
 * `reach --format json`: the DESIGN.md contract, version 2 (grouped: `pods` with their `group`,
 * `groups`, `externals`, `allowed` between group and external ids, `summary`; with --explain,
 * `denied`), one array element per line. `--expand` gives version 1: the same report with
 * `allowed` (and `denied`) per endpoint id and no groups. Both can be produced as a stream of chunks.
 */
import { allowedEntries, expandAllowed, type ReachReport } from '../../engine/netpol/reach.js';

/** `"key": [` + one element per line + `]`, as chunks. */
function* arrayLines(key: string, items: Iterable<unknown>, last = false): Generator<string> {
  yield `  ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(item)}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]${last ? '\n' : ',\n'}`;
}

function* reportChunks(report: ReachReport, expand: boolean): Generator<string> {
  yield `{\n  "version": ${expand ? 1 : 2},\n`;
  yield* arrayLines('pods', expand ? report.pods.map(({ group: _group, ...p }) => p) : report.pods);
  if (!expand) yield* arrayLines('groups', report.groups);
  yield* arrayLines('externals', report.externals);
  yield* arrayLines('allowed', expand ? expandAllowed(report) : allowedEntries(report));
  if (report.denied !== undefined) yield* arrayLines('denied', expand ? expandAllowed(report, report.denied) : report.denied);
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
export function* formatReachJsonChunks(report: ReachReport, expand = false, size = 1 << 16): Generator<string> {
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
