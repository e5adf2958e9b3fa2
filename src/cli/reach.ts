/**
 * `netlint reach [paths...]`: who may talk to whom under the NetworkPolicy and Calico policy in
 * the manifests, grouped into endpoints that every policy treats alike. `--from SEL --to SEL
 * --port P` narrow the output (a selector that is empty, names nothing or is a malformed address,
 * a malformed port, or one of them given twice is a usage error), `--explain` names the deciding
 * policy and rule per direction (and lists denied entries), `--expand` prints the JSON per
 * endpoint (version 1), streamed. `--cluster NAME` answers for one of the clusters an input holds
 * (cluster-option.ts).
 */
import type { ClusterFactsConfig } from '../engine/config.js';
import { reach, ReachQueryError } from '../engine/netpol/reach.js';
import type { ReachReport } from '../engine/netpol/reach.js';
import type { Resource } from '../engine/types.js';
import { formatReachDot, formatReachMermaid } from '../report/reach/graph.js';
import { formatReachJson, formatReachJsonBytes } from '../report/reach/json.js';
import { formatReachMarkdown } from '../report/reach/markdown.js';
import { formatReachText } from '../report/reach/text.js';
import { parseArgs, QUERY_OPTIONS, queryOf } from './args.js';
import { chooseCluster, CLUSTER_OPTION, clusterOf, filesOfOtherClusters } from './cluster-option.js';
import { EXIT, UsageError, unknownFormat } from './io.js';
import type { CliIo } from './io.js';
import type { LoadAgain } from './load-resources.js';
import { emit, emitStream, noteOnStderr } from './output.js';

export const REACH_FORMATS = ['text', 'json', 'markdown', 'mermaid', 'dot'] as const;
export type ReachFormat = (typeof REACH_FORMATS)[number];

const RENDER: Record<ReachFormat, (r: ReachReport) => string> = {
  text: formatReachText,
  json: formatReachJson,
  markdown: formatReachMarkdown,
  mermaid: formatReachMermaid,
  dot: formatReachDot,
};

export function renderReach(format: ReachFormat, report: ReachReport): string {
  return RENDER[format](report);
}

export function isReachFormat(v: string): v is ReachFormat {
  return (REACH_FORMATS as readonly string[]).includes(v);
}

/** Reads the input's objects; with `again`, a second time without some files (one cluster of several). */
export type ReachLoad = (paths: string[], again?: LoadAgain) => Promise<Resource[]>;

export async function reachCommand(argv: string[], io: CliIo, load: ReachLoad, cluster: ClusterFactsConfig = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      ...QUERY_OPTIONS,
      ...CLUSTER_OPTION,
      explain: { type: 'boolean', default: false },
      expand: { type: 'boolean', default: false },
    },
  });
  const query = queryOf(values);
  // --expand is the per-endpoint JSON: it implies --format json when no format is given.
  const format = values.format ?? (values.expand ? 'json' : 'text');
  if (!isReachFormat(format)) throw unknownFormat(format, REACH_FORMATS);
  if (values.expand && format !== 'json') throw new UsageError(`--expand prints the per-endpoint JSON: use it with --format json (got "${format}")`);
  if (values.explain && (format === 'mermaid' || format === 'dot')) throw new UsageError(`--explain gives its reasons in text, json and markdown; a ${format} graph has no place for them`);
  const clusterName = clusterOf(values);
  // A note that the paths hold several clusters answered as one comes first among the report's.
  const clusterNotes: string[] = [];
  const paths = positionals.length > 0 ? positionals : ['.'];
  const all = await load(paths);
  let resources = chooseCluster(all, clusterName, (note) => clusterNotes.push(note));
  // One cluster of several is read again without the others, so that only its overlays'
  // kustomizations give the shared base its namespace and labels.
  const others = filesOfOtherClusters(all, clusterName, io.cwd);
  if (others !== null) resources = (await load(paths, { exclude: others.exclude, quiet: true })).filter(others.keep);
  let report: ReachReport;
  try {
    // Entries are streamed into the output, never all held (a large cluster has millions).
    report = reach(resources, { ...query, explain: values.explain }, { lazy: true, cluster });
  } catch (error) {
    if (error instanceof ReachQueryError) throw new UsageError(error.message);
    throw error;
  }
  // Policies and objects the model could not apply as written: never dropped silently.
  for (const p of report.problems) io.stderr(`netlint: warning: ${p.file ?? '(input)'}:${p.line}:${p.column}: ${p.message}${p.resource ? ` (${p.resource})` : ''}\n`);
  report.notes.unshift(...clusterNotes);
  noteOnStderr(io, report.notes, format, values.output);
  if (format === 'json') await emitStream(io, formatReachJsonBytes(report, values.expand), values.output);
  else await emit(io, renderReach(format, report), values.output);
  return EXIT.ok;
}
