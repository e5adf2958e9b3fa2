/**
 * `mode: reach`: which workloads may talk to which under the head's NetworkPolicy and Calico
 * policy, and on a pull request the connections the PR opens and closes against its base, each
 * with the change responsible (the engine's `diffReach`, through `netlint diff`, which reads the
 * base commit with git). The diff is a report, not a gate: reach never fails the step.
 */
import path from 'node:path';
import { diffCommand } from '../cli/diff.js';
import { clusterName, filesOfOtherClusters, togetherNote } from '../cli/cluster-option.js';
import { loadConfigFile } from '../cli/config-file.js';
import { loadResources } from '../cli/load-resources.js';
import type { LoadAgain } from '../cli/load-resources.js';
import { reusingLoader } from '../cli/reusing-loader.js';
import { clusterPartitions } from '../engine/cluster-scope.js';
import type { Loader } from '../engine/load.js';
import { toRelative } from '../io/files.js';
import type { NetlintConfig } from '../engine/config.js';
import { allowedEntries, reach } from '../engine/netpol/reach.js';
import { diffReach, type ReachDiff } from '../engine/netpol/diff.js';
import type { Resource } from '../engine/types.js';
import { connectionTable, groupLegend } from '../report/reach/diff.js';
import { escapeMarkdown } from '../report/markdown-escape.js';
import { diffMermaid } from '../report/reach/diff-diagram.js';
import { notesList, totalsLine } from '../report/reach/group.js';
import type { ActionDeps } from './deps.js';
import type { RunContext } from './event.js';
import { truncateMarkdown } from './fit.js';
import type { ActionInputs } from './inputs.js';
import type { ModeOutcome } from './modes.js';

/** Rows per table in the comment; the job summary's budget cuts the rest with a pointer. */
const MAX_ROWS = 200;

/** The clusters a comment answers one by one: at most this many in full, the rest counted. */
const MAX_CLUSTERS = 10;

/** One cluster's answer in a comment of several. */
export interface ClusterAnswer {
  name: string;
  head: HeadAnswer;
  diff: ReachDiff | null;
}

/** The head's totals line and what its answer assumes or leaves out (reach's notes). */
export interface HeadAnswer {
  line: string;
  notes: string[];
}

export async function runReachMode(deps: ActionDeps, inputs: ActionInputs, ctx: RunContext): Promise<ModeOutcome> {
  const { io, core } = deps;
  const { config } = await loadConfigFile(io, inputs.config);
  const baseSha = ctx.pullRequest?.baseSha ?? null;
  // The diff reads the head again: it gets these objects back instead of parsing the files twice.
  const headLoad = reusingLoader();
  const resources = await loadResources(io, inputs.paths, config, headLoad);
  // Several clusters (clusters/prod and clusters/staging, kustomize overlays, labs) are answered
  // one by one, each with the objects they share, as `netlint reach --cluster NAME` does: their
  // policies are never applied together. The folders of test inputs are no clusters to deploy.
  const split = clusterPartitions(resources);
  const deployed = split?.partitions.filter((p) => !p.scope.startsWith('case ')) ?? [];
  const clusters = deployed.length >= 2 ? deployed : null;
  const whole = totalsOf(resources, config);
  const head: HeadAnswer = clusters ? whole : { ...whole, line: `${whole.line}${split ? ` Note: ${togetherNote(split.partitions, 'run `netlint reach --cluster NAME` (and `netlint diff --cluster NAME`) for one')}.` : ''}` };
  core.info(`netlint: reach: ${head.line}`);

  // Each cluster is read again without the others' files, as `--cluster NAME` reads it: a base that
  // overlays put in different namespaces then gets this cluster's namespace and labels.
  const shown = clusters ? clusters.slice(0, MAX_CLUSTERS).map((p) => clusterName(p.scope)) : [];
  let diff: ReachDiff | null = null;
  let compared: Map<string, ClusterAnswer> | null = null;
  if (baseSha) {
    const base = await baseDiff(deps, inputs, config, baseSha, headLoad, shown);
    diff = base?.diff ?? null;
    compared = base?.answers ?? null;
  } else core.info('netlint: reach: no pull request base to compare with: head only');

  let answers: ClusterAnswer[] | null = null;
  if (clusters) {
    answers = [];
    for (const name of shown) {
      const answer = compared?.get(name);
      if (answer) answers.push(answer);
      else {
        const others = filesOfOtherClusters(resources, name, io.cwd);
        const own = others ? (await loadResources(io, inputs.paths, config, undefined, { exclude: others.exclude })).filter(others.keep) : resources;
        answers.push({ name, head: totalsOf(own, config), diff: null });
      }
    }
  }
  const more = clusters ? clusters.slice(MAX_CLUSTERS).map((p) => clusterName(p.scope)) : [];
  const changed = answers ? answers.reduce((n, a) => n + (a.diff ? a.diff.opened.length + a.diff.closed.length : 0), 0) : diff ? diff.opened.length + diff.closed.length : 0;
  return {
    section: (maxLength, hint) => {
      const text = answers ? renderClustersSection(answers, more, compared !== null, baseSha) : renderReachSection(head, diff, baseSha);
      return maxLength === undefined ? text : truncateMarkdown(text, maxLength, hint);
    },
    failure: null,
    clean: changed === 0,
  };
}

/** The CLI's totals line for these objects: endpoint pairs, then traffic from and toward address ranges (the entries streamed past to count them, never all held); with reach's notes. */
function totalsOf(resources: readonly Resource[], config: NetlintConfig): HeadAnswer {
  const report = reach(resources, {}, { lazy: true, cluster: config.cluster });
  for (const _ of allowedEntries(report));
  return { line: `${totalsLine(report)}.`, notes: report.notes };
}

/** The whole diff `netlint diff` writes, and the answer of each cluster named in `clusters`, both sides read for it alone. */
async function baseDiff(deps: ActionDeps, inputs: ActionInputs, config: NetlintConfig, baseSha: string, headLoad: Loader, clusters: readonly string[]): Promise<{ diff: ReachDiff; answers: Map<string, ClusterAnswer> } | null> {
  const { io, core } = deps;
  const missing = await ensureCommit(deps, baseSha);
  if (missing) {
    core.warning(`netlint: reach: cannot read the base commit ${baseSha} (${missing}); showing the head only. Check out with "fetch-depth: 0" to compare with the base.`);
    return null;
  }
  const target = path.resolve(io.cwd, deps.env.RUNNER_TEMP || '.', 'netlint-reach-diff.json');
  const args = [baseSha, '.', '--format', 'json', '--output', target, ...inputs.paths.flatMap((p) => ['--path', p])];
  // Each side is read from its root (the head, the working folder, by the paths as given, as the
  // head's reach read it), so that the files left out for one cluster are named alike on both.
  const load = (paths: string[], root: string, again?: LoadAgain) => loadResources({ ...io, cwd: root }, paths.map((p) => toRelative(root, p)), config, root === io.cwd ? headLoad : undefined, again);
  const answers = new Map<string, ClusterAnswer>();
  const perCluster = async (sidesOf: (name: string) => Promise<[Resource[], Resource[]]>) => {
    for (const name of clusters) {
      const [before, after] = await sidesOf(name);
      answers.set(name, { name, head: totalsOf(after, config), diff: diffReach(before, after, config.cluster ?? {}) });
    }
  };
  await diffCommand(args, io, { load, cluster: () => config.cluster ?? {}, perCluster });
  const diff = JSON.parse(new TextDecoder().decode(await io.fs.readFile(target))) as ReachDiff;
  return { diff, answers };
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

/**
 * The comment's reach section: the head's totals, then the connections the PR opens and closes,
 * then what the answer assumes or leaves out (the diff's notes cover both sides; else the head's).
 */
export function renderReachSection(head: HeadAnswer, diff: ReachDiff | null, baseSha: string | null): string {
  if (diff === null) return `${['### 🔀 netlint reach', '', head.line, ...notesList(head.notes)].join('\n')}\n`;
  const base = baseSha ? ` against ${baseSha.slice(0, 7)}` : '';
  const lines = [`### 🔀 netlint reach: ${changeTitle(diff)}${base}`, '', `Head: ${head.line}`, ...changeLines(diff), ...notesList(diff.notes)];
  return `${lines.join('\n')}\n`;
}

/** The section for several clusters: each on its own, under its name (at most MAX_CLUSTERS, the rest named). */
export function renderClustersSection(answers: readonly ClusterAnswer[], more: readonly string[], compared: boolean, baseSha: string | null): string {
  const total = answers.length + more.length;
  const opened = answers.reduce((n, a) => n + (a.diff?.opened.length ?? 0), 0);
  const closed = answers.reduce((n, a) => n + (a.diff?.closed.length ?? 0), 0);
  const base = baseSha && compared ? ` against ${baseSha.slice(0, 7)}` : '';
  const title = !compared ? '' : opened + closed === 0 ? ': no connection opened or closed' : `: ${opened} opened, ${closed} closed`;
  const lines = [
    `### 🔀 netlint reach${title}${base} (${total} clusters)`,
    '',
    'The paths hold several clusters; each is answered on its own, with the objects they share (as `netlint reach --cluster NAME` does).',
  ];
  // A note every cluster shares (a policy netlint does not evaluate in the objects they share) is said once, above them.
  const notesOf = (a: ClusterAnswer): readonly string[] => (a.diff ? a.diff.notes : a.head.notes) ?? [];
  const shared = answers.length < 2 ? [] : notesOf(answers[0]).filter((n) => answers.every((a) => notesOf(a).includes(n)));
  lines.push(...notesList(shared));
  for (const a of answers) {
    lines.push('', `#### ${escapeMarkdown(a.name)}${a.diff ? `: ${changeTitle(a.diff)}` : ''}`, '', `Head: ${a.head.line}`);
    if (a.diff) lines.push(...changeLines(a.diff));
    lines.push(...notesList(notesOf(a).filter((n) => !shared.includes(n))));
  }
  if (more.length > 0) lines.push('', `_${escapeMarkdown(`… and ${more.length} more clusters not shown (${more.slice(0, 5).join(', ')}${more.length > 5 ? ', …' : ''}): run netlint diff --cluster NAME for one.`)}_`);
  return `${lines.join('\n')}\n`;
}

function changeTitle(diff: ReachDiff): string {
  return diff.opened.length + diff.closed.length === 0 ? 'no connection opened or closed' : `${diff.opened.length} opened, ${diff.closed.length} closed`;
}

/** A change's picture (small ones), the tables of opened and closed connections with their causes, and the groups' legend. */
function changeLines(diff: ReachDiff): string[] {
  const lines: string[] = [];
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
  return lines;
}
