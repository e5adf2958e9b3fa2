/**
 * `netlint diff BASE HEAD`: each side is a directory or a git ref (read with `git archive` into a
 * temporary directory, which is always removed). Prints the connections opened and closed, each
 * with the change responsible, and — when a lint function is given — the findings added and removed.
 * Exit 0 (the diff is a report, not a gate); 2 for usage and I/O errors.
 */
import type { ClusterFactsConfig } from '../engine/config.js';
import path from 'node:path';
import { checkDiffQuery, diffReach } from '../engine/netpol/diff.js';
import { isWorkload } from '../engine/netpol/endpoints.js';
import { ReachQueryError } from '../engine/netpol/reach.js';
import type { Finding, Resource, ResourceRef } from '../engine/types.js';
import { CLUSTER_SCOPED_KINDS } from '../engine/names.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText, type DiffReport } from '../report/reach/diff.js';
import { parseArgs, QUERY_OPTIONS, queryOf } from './args.js';
import { chooseClusterOnSides, CLUSTER_OPTION, clusterOf, filesOfOtherClusters } from './cluster-option.js';
import type { LoadAgain } from './load-resources.js';
import { EXIT, UsageError, unknownFormat } from './io.js';
import type { CliIo } from './io.js';
import { emit, noteOnStderr } from './output.js';
import { InputError } from './load-resources.js';

export interface DiffDeps {
  /**
   * Reads the resources under `paths` of one side; `root` is that side's top folder (file names are
   * made relative to it). With `again`, a second time without some files (one cluster of several).
   */
  load(paths: string[], root: string, again?: LoadAgain): Promise<Resource[]>;
  /** Lints one side the way `netlint lint` would from its root; when given, findings added and removed are reported too. */
  lint?(paths: string[], root: string): Finding[] | Promise<Finding[]>;
  /** The cluster facts in effect (the head side's `.netlint.yaml` `cluster:`), e.g. its pod CIDRs. */
  cluster?(root: string): ClusterFactsConfig | Promise<ClusterFactsConfig>;
  /**
   * Called once both sides are read, while they are still there (a git ref's checkout is removed
   * after), with a way to read both again for one cluster, as `--cluster NAME` does: the Action
   * answers each cluster of its input on its own.
   */
  perCluster?(sidesOf: (name: string) => Promise<[Resource[], Resource[]]>): Promise<void>;
}

const FORMATS = { text: formatDiffText, json: formatDiffJson, markdown: formatDiffMarkdown } as const;

interface Side {
  root: string;
  cleanup?: () => Promise<void>;
  /** The `--path` values this side does not hold (compared as empty there). */
  missing: string[];
}

/**
 * One side: a directory, or a git revision of the repository at the working directory, of which
 * `git archive` writes only the `--path` paths it holds (`paths`: null for the whole tree), so an
 * unreadable blob elsewhere in the tree does not stop the diff. Paths are relative to the working
 * directory, as git reads a pathspec and `<rev>:./<path>` there.
 */
async function resolveSide(io: CliIo, arg: string, paths: readonly string[] | null): Promise<Side> {
  const dir = path.resolve(io.cwd, arg);
  const st = await io.fs.stat(dir);
  if (st?.isDirectory) {
    const missing: string[] = [];
    for (const p of paths ?? []) if ((await io.fs.stat(path.resolve(dir, p))) === null) missing.push(p);
    return { root: dir, missing };
  }
  // --end-of-options: a revision such as `--output=x` is a name to look up, never an option.
  const verify = await io.exec('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${arg}^{commit}`], { cwd: io.cwd });
  if (verify.exitCode !== 0) throw new UsageError(`${arg} is neither a directory nor a git revision`);
  const rev = verify.stdout.trim();
  const held: string[] = [];
  const missing: string[] = [];
  for (const p of paths ?? []) ((await io.exec('git', ['cat-file', '-e', `${rev}:./${path.posix.normalize(p.split(path.sep).join('/'))}`], { cwd: io.cwd })).exitCode === 0 ? held : missing).push(p);
  const tmp = await io.fs.mkdtemp('netlint-diff-');
  const cleanup = (): Promise<void> => io.fs.rm(tmp);
  try {
    // No path held: the side is empty (an archive of no path would be the whole tree).
    if (paths !== null && held.length === 0) return { root: tmp, cleanup, missing };
    const tar = path.join(tmp, 'tree.tar');
    const archive = await io.exec('git', ['archive', '--format=tar', '-o', tar, '--', rev, ...held], { cwd: io.cwd });
    if (archive.exitCode !== 0) throw new UsageError(`git archive ${arg} failed: ${archive.stderr.trim()}`);
    const extract = await io.exec('tar', ['-xf', tar, '-C', tmp]);
    if (extract.exitCode !== 0) throw new UsageError(`cannot extract ${arg}: ${extract.stderr.trim()}`);
    return { root: tmp, cleanup, missing };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** One side's resources; an unreadable file is named as the user knows it: `head/x.yaml` for a folder, `main:x.yaml` for a git ref. */
async function loadSide(deps: DiffDeps, paths: string[], side: Side, arg: string): Promise<Resource[]> {
  try {
    return await deps.load(paths, side.root);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems, side.cleanup ? `${arg}:` : `${arg.replace(/\/+$/, '')}/`);
  }
}

/**
 * An object's identity: its kind and name, and the namespace it lands in (none for a cluster-scoped
 * kind, whose written namespace the API server clears; `default` when a namespaced one has none).
 */
function objectKey(r: ResourceRef): string {
  const slash = r.apiVersion.lastIndexOf('/');
  const groupKind = slash < 0 ? r.kind : `${r.apiVersion.slice(0, slash)}/${r.kind}`;
  return `${groupKind} ${CLUSTER_SCOPED_KINDS.has(groupKind) ? '' : (r.namespace ?? 'default')}/${r.name}`;
}

function findingKey(f: Finding, renamed: ReadonlyMap<string, string>): string {
  const r = f.resource;
  const key = r ? objectKey(r) : '';
  return [f.ruleId, renamed.get(key) ?? key, f.path.join('.'), f.message].join('\u0000');
}

/**
 * The objects head renamed: per head object, the base object it is but for `metadata.name` (the
 * same kind, namespace and file, the rest written alike), where exactly one such pair exists and
 * neither name is on the other side. A finding with the same rule, field and message on both is
 * one finding, not one removed and one added.
 */
export function renamedObjects(base: readonly Resource[], head: readonly Resource[]): Map<string, string> {
  const keys = (rs: readonly Resource[]) => new Set(rs.map(objectKey));
  const [inBase, inHead] = [keys(base), keys(head)];
  const shape = (r: Resource) => {
    const metadata = { ...(r.value.metadata as Record<string, unknown> | undefined), name: undefined, namespace: undefined };
    return JSON.stringify([r.groupKind, r.namespace ?? 'default', r.file, { ...r.value, metadata }]);
  };
  const gone = new Map<string, string[]>();
  for (const r of base) if (!inHead.has(objectKey(r))) gone.set(shape(r), [...(gone.get(shape(r)) ?? []), objectKey(r)]);
  const arrived = new Map<string, string[]>();
  for (const r of head) if (!inBase.has(objectKey(r))) arrived.set(shape(r), [...(arrived.get(shape(r)) ?? []), objectKey(r)]);
  const out = new Map<string, string>();
  for (const [s, [to, ...more]] of arrived) {
    const from = gone.get(s);
    if (more.length === 0 && from?.length === 1) out.set(to, from[0]);
  }
  return out;
}

/**
 * Findings of head not in base (added) and of base not in head (removed), keyed without line
 * numbers; `renamed` (renamedObjects) takes a renamed object's findings for its base object's.
 */
export function diffFindings(base: readonly Finding[], head: readonly Finding[], renamed: ReadonlyMap<string, string> = new Map()): { added: Finding[]; removed: Finding[] } {
  const none = new Map<string, string>();
  const b = new Set(base.map((f) => findingKey(f, none)));
  const h = new Set(head.map((f) => findingKey(f, renamed)));
  return { added: head.filter((f) => !b.has(findingKey(f, renamed))), removed: base.filter((f) => !h.has(findingKey(f, none))) };
}

export async function diffCommand(argv: string[], io: CliIo, deps: DiffDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      path: { type: 'string', multiple: true },
      ...QUERY_OPTIONS,
      ...CLUSTER_OPTION,
    },
  });
  const query = queryOf(values);
  const clusterName = clusterOf(values);
  const usage = (error: unknown): never => {
    if (error instanceof ReachQueryError) throw new UsageError(error.message);
    throw error;
  };
  // What of the query can be checked without the input is checked before reading and linting both sides.
  try {
    checkDiffQuery(query);
  } catch (error) {
    usage(error);
  }
  if (positionals.length !== 2) throw new UsageError('diff needs exactly two arguments: BASE HEAD (directories or git refs)');
  const format = values.format ?? 'text';
  if (!(format in FORMATS)) throw unknownFormat(format, Object.keys(FORMATS));
  const sides: Side[] = [];
  try {
    for (const arg of positionals) sides.push(await resolveSide(io, arg, values.path ?? null));
    // A --path one side lacks (a folder the change adds or deletes) is compared against nothing
    // there; one neither side holds is a mistake.
    const names = ['BASE', 'HEAD'];
    for (const p of values.path ?? []) {
      const lacking = sides.map((s, i) => (s.missing.includes(p) ? i : -1)).filter((i) => i >= 0);
      if (lacking.length === 2) throw new UsageError(`--path ${p} is in neither BASE (${positionals[0]}) nor HEAD (${positionals[1]})`);
      if (lacking.length === 1) io.stderr(`netlint: note: --path ${p} is not in ${names[lacking[0]]} (${positionals[lacking[0]]}): compared as empty there\n`);
    }
    const pathsOf = (s: Side) => (values.path ?? ['.']).filter((p) => !s.missing.includes(p)).map((p) => path.resolve(s.root, p));
    // Each side linted right after it is read: the lint can then reuse that read (diff-deps.ts)
    // without the other side's objects waiting alive through it. A side holding none of the paths is empty.
    const resources: Resource[][] = [];
    const findings: Finding[][] = [];
    for (const [i, side] of sides.entries()) {
      const paths = pathsOf(side);
      resources.push(paths.length === 0 ? [] : await loadSide(deps, paths, side, positionals[i]));
      if (deps.lint) findings.push(paths.length === 0 ? [] : await deps.lint(paths, side.root));
    }
    let report: DiffReport;
    const clusterNotes: string[] = [];
    const scopedTo = async (name: string | undefined, note: (text: string) => void): Promise<[Resource[], Resource[]]> => {
      const scoped = chooseClusterOnSides([resources[0], resources[1]], name, note);
      // A side's chosen cluster is read again without the others, as reach does (its overlays alone give a shared base its namespace and labels).
      for (const [i, side] of sides.entries()) {
        const others = filesOfOtherClusters(resources[i], name, side.root);
        if (others !== null) scoped[i] = (await deps.load(pathsOf(side), side.root, { exclude: others.exclude, quiet: true })).filter(others.keep);
      }
      return scoped;
    };
    const scoped = await scopedTo(clusterName, (note) => clusterNotes.push(note));
    await deps.perCluster?.((name) => scopedTo(name, () => {}));
    // --path on the policies' folder alone: no workload, so no connection to open or close.
    if (values.path && scoped.every((side) => !side.some(isWorkload)) && scoped.some((side) => side.length > 0)) {
      io.stderr(`netlint: warning: --path ${values.path.join(', ')} holds no workload on either side, so no connection can open or close: connections are answered for the objects under the paths only; add the workloads' folder (another --path) to compare them\n`);
    }
    try {
      report = diffReach(scoped[0], scoped[1], (await deps.cluster?.(sides[1].root)) ?? {}, query);
    } catch (error) {
      return usage(error);
    }
    if (clusterNotes.length > 0) report.notes = [...clusterNotes, ...(report.notes ?? [])];
    noteOnStderr(io, report.notes ?? [], format, values.output);
    if (deps.lint) report.findings = diffFindings(findingsInScope(findings[0], resources[0], scoped[0]), findingsInScope(findings[1], resources[1], scoped[1]), renamedObjects(scoped[0], scoped[1]));
    await emit(io, FORMATS[format as keyof typeof FORMATS](report), values.output);
    return EXIT.ok;
  } finally {
    for (const s of sides) await s.cleanup?.();
  }
}

/** The findings of a side scoped to one cluster: those in files of other clusters only are left out. */
function findingsInScope(findings: readonly Finding[], all: readonly Resource[], scoped: readonly Resource[]): Finding[] {
  if (scoped === all) return [...findings];
  const inScope = new Set(scoped.map((r) => r.file));
  const elsewhere = new Set(all.filter((r) => !inScope.has(r.file)).map((r) => r.file));
  // A shared base's file holds a copy of its objects per cluster (load.ts copiesPerCluster): a
  // finding about one of its objects is in scope when that object, in its namespace, is.
  const copied = new Set(all.filter((r) => r.build !== undefined).map((r) => r.file));
  const scopedObjects = new Set(scoped.map((r) => `${r.file}\0${objectKey(r)}`));
  return findings.filter((f) => !elsewhere.has(f.file) && (f.resource === null || !copied.has(f.file) || scopedObjects.has(`${f.file}\0${objectKey(f.resource)}`)));
}
