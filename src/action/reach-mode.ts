/**
 * `mode: reach`: which workloads may talk to which under the head's NetworkPolicy and Calico
 * policy, and on a pull request the connections the PR opens and closes against its base, each
 * with the change responsible (the engine's `diffReach`, through `netlint diff`, which reads the
 * base commit with git). The diff is a report, not a gate: reach never fails the step.
 */
import path from 'node:path';
import { diffCommand } from '../cli/diff.js';
import { togetherNote } from '../cli/cluster-option.js';
import { loadConfigFile } from '../cli/config-file.js';
import { loadResources } from '../cli/load-resources.js';
import { reusingLoader } from '../cli/reusing-loader.js';
import { clusterPartitions } from '../engine/cluster-scope.js';
import type { Loader } from '../engine/load.js';
import { toRelative } from '../io/files.js';
import type { NetlintConfig } from '../engine/config.js';
import { allowedEntries, reach } from '../engine/netpol/reach.js';
import type { ReachDiff } from '../engine/netpol/diff.js';
import { connectionTable, groupLegend } from '../report/reach/diff.js';
import { diffMermaid } from '../report/reach/diff-diagram.js';
import { totalsLine } from '../report/reach/group.js';
import type { ActionDeps } from './deps.js';
import type { RunContext } from './event.js';
import { truncateMarkdown } from './fit.js';
import type { ActionInputs } from './inputs.js';
import type { ModeOutcome } from './modes.js';

/** Rows per table in the comment; the job summary's budget cuts the rest with a pointer. */
const MAX_ROWS = 200;

export async function runReachMode(deps: ActionDeps, inputs: ActionInputs, ctx: RunContext): Promise<ModeOutcome> {
  const { io, core } = deps;
  const { config } = await loadConfigFile(io, inputs.config);
  const baseSha = ctx.pullRequest?.baseSha ?? null;
  // Only the totals are printed: the entries are streamed past (never all held) to count them.
  // The diff reads the head again: it gets these objects back instead of parsing the files twice.
  const headLoad = reusingLoader();
  const resources = await loadResources(io, inputs.paths, config, headLoad);
  const head = reach(resources, {}, { lazy: true, cluster: config.cluster });
  for (const _ of allowedEntries(head));
  // The CLI's totals line: endpoint pairs, then traffic from and toward address ranges; and, as
  // the CLI's note says, when the paths hold several clusters, that they are answered together.
  const clusters = clusterPartitions(resources);
  const together = clusters ? ` Note: ${togetherNote(clusters.partitions, 'run `netlint reach --cluster NAME` (and `netlint diff --cluster NAME`) for one')}.` : '';
  const headLine = `${totalsLine(head)}.${together}`;
  core.info(`netlint: reach: ${headLine}`);

  let diff: ReachDiff | null = null;
  if (baseSha) diff = await baseDiff(deps, inputs, config, baseSha, headLoad);
  else core.info('netlint: reach: no pull request base to compare with: head only');
  const changed = diff ? diff.opened.length + diff.closed.length : 0;
  return {
    section: (maxLength, hint) => {
      const text = renderReachSection(headLine, diff, baseSha);
      return maxLength === undefined ? text : truncateMarkdown(text, maxLength, hint);
    },
    failure: null,
    clean: changed === 0,
  };
}

async function baseDiff(deps: ActionDeps, inputs: ActionInputs, config: NetlintConfig, baseSha: string, headLoad: Loader): Promise<ReachDiff | null> {
  const { io, core } = deps;
  const missing = await ensureCommit(deps, baseSha);
  if (missing) {
    core.warning(`netlint: reach: cannot read the base commit ${baseSha} (${missing}); showing the head only. Check out with "fetch-depth: 0" to compare with the base.`);
    return null;
  }
  const target = path.resolve(io.cwd, deps.env.RUNNER_TEMP || '.', 'netlint-reach-diff.json');
  const args = [baseSha, '.', '--format', 'json', '--output', target, ...inputs.paths.flatMap((p) => ['--path', p])];
  // The head side (the working folder) is read by the paths as given, as the head's reach read it.
  const load = (paths: string[], root: string) => (root === io.cwd ? loadResources(io, paths.map((p) => toRelative(root, p)), config, headLoad) : loadResources(io, paths, config));
  await diffCommand(args, io, { load, cluster: () => config.cluster ?? {} });
  return JSON.parse(new TextDecoder().decode(await io.fs.readFile(target))) as ReachDiff;
}

/** Null when the commit is here (fetching it shallowly if needed), else why not. */
async function ensureCommit(deps: ActionDeps, sha: string): Promise<string | null> {
  const { io } = deps;
  const have = await io.exec('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: io.cwd });
  if (have.exitCode === 0) return null;
  // The id was checked as hex when the event was read; `--` keeps any operand from being an option.
  const fetch = await io.exec('git', ['fetch', '--no-tags', '--depth=1', '--', 'origin', sha], { cwd: io.cwd, timeoutMs: 120_000 });
  return fetch.exitCode === 0 ? null : fetch.stderr.trim().split('\n').at(-1) || `git exited with ${fetch.exitCode}`;
}

/** The comment's reach section: the head's totals, then the connections the PR opens and closes. */
export function renderReachSection(headLine: string, diff: ReachDiff | null, baseSha: string | null): string {
  const lines: string[] = [];
  if (diff === null) {
    lines.push('### 🔀 netlint reach', '', headLine);
    return `${lines.join('\n')}\n`;
  }
  const base = baseSha ? ` against ${baseSha.slice(0, 7)}` : '';
  const title = diff.opened.length + diff.closed.length === 0 ? 'no connection opened or closed' : `${diff.opened.length} opened, ${diff.closed.length} closed`;
  lines.push(`### 🔀 netlint reach: ${title}${base}`, '', `Head: ${headLine}`);
  // A small change as a picture, with the causes in a folded table; a large one as the table.
  const diagram = diffMermaid(diff.opened, diff.closed);
  if (diagram) lines.push('', ...diagram, '', '<details>', '<summary>Connections and their causes</summary>');
  for (const [heading, list] of [['🔓 Opened', diff.opened], ['🔒 Closed', diff.closed]] as const) {
    const table = connectionTable(heading, list, MAX_ROWS);
    if (table.length > 0) lines.push('');
    for (const line of table) lines.push(line);
  }
  if (diagram) lines.push('', '</details>');
  const legend = groupLegend(diff.groups);
  if (legend.length > 0) lines.push('');
  for (const line of legend) lines.push(line);
  return `${lines.join('\n')}\n`;
}
