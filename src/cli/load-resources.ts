/**
 * Paths → resources, for commands that need the objects but not the lint findings (`reach`,
 * `diff`). Same file collection, config ignores and loader as `lint`.
 *
 * A file that cannot be read as Kubernetes objects (not YAML, binary, not UTF-8, too large, an
 * unrendered template) would otherwise vanish from the model, and a connection report that
 * silently leaves out part of its input is a false pass: `loadReadableResources` prints every
 * problem as `file:line:col: message (rule id)` and fails with exit 2, like any I/O error.
 * Warnings about the input (an empty file, a document that is not a Kubernetes object) are
 * printed and the rest is read; so are the problems of files below a folder of test inputs
 * (`testdata/`, `fixtures/`: a parser's deliberately broken input), which no cluster is given with
 * the rest (engine/cluster-scope.ts) and which are left out, said so.
 */
import type { NetlintConfig } from '../engine/config.js';
import { DEFAULT_LOAD_LIMITS, loadSources, type Loader } from '../engine/load.js';
import { configuredInputFindings, isIgnoredPath } from '../engine/run.js';
import { inTestData } from '../engine/cluster-scope.js';
import type { Finding, Resource } from '../engine/types.js';
import { collectFiles } from '../io/files.js';
import { UsageError } from './io.js';
import type { CliIo } from './io.js';

export interface LoadedInput {
  resources: Resource[];
  /** Findings about the input itself (unreadable files, documents that are not objects). */
  problems: Finding[];
  /** Files a folder walk found to be unrendered templates (Helm, Go, envsubst): counted, not read (load.ts). */
  skippedTemplates: string[];
}

/** How a command reads its input again for one cluster of it (cluster-option.ts filesOfOtherClusters). */
export interface LoadAgain {
  /** Files (relative to the working folder) left out. */
  exclude?: (relativePath: string) => boolean;
  /** Warnings about the input are not printed again. */
  quiet?: boolean;
}

export async function loadInput(io: CliIo, paths: readonly string[], config: NetlintConfig = {}, load: Loader = loadSources, exclude?: (relativePath: string) => boolean): Promise<LoadedInput> {
  const maxFileBytes = config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes;
  const { files } = await collectFiles(paths, { fs: io.fs, cwd: io.cwd, readStdin: io.readStdin, maxFileBytes, isIgnored: (p) => isIgnoredPath(p, config) || exclude?.(p) === true });
  const loaded = load(files, { ...DEFAULT_LOAD_LIMITS, maxFileBytes });
  // What lint would show: severities from the config, suppressions applied.
  const skippedTemplates = loaded.files.filter((f) => f.skipped === 'helm-template').map((f) => f.path);
  return { resources: loaded.resources, problems: configuredInputFindings(loaded, config), skippedTemplates };
}

/** The resources only, input problems ignored (the Action's reach summary, which never fails the step). */
export async function loadResources(io: CliIo, paths: readonly string[], config: NetlintConfig = {}, load?: Loader, again: LoadAgain = {}): Promise<Resource[]> {
  return (await loadInput(io, paths, config, load, again.exclude)).resources;
}

const LISTED_TEMPLATES = 5;

/** The warning for unrendered templates a folder walk left out, naming the first few. */
export function skippedTemplatesNote(paths: readonly string[]): string {
  const listed = paths.slice(0, LISTED_TEMPLATES).join(', ');
  const more = paths.length > LISTED_TEMPLATES ? ` and ${paths.length - LISTED_TEMPLATES} more` : '';
  const what = paths.length === 1 ? 'an unrendered template' : `${paths.length} unrendered templates`;
  return `skipped ${what} (${listed}${more}): the objects in ${paths.length === 1 ? 'it are' : 'them are'} not in the answer; render first (helm template RELEASE CHART, envsubst) and pass the output, e.g. on stdin as -`;
}

export function describeProblem(f: Finding, where = ''): string {
  return `${where}${f.file}:${f.line}:${f.column}: ${f.message} (${f.ruleId})`;
}

/** Input that cannot be read as Kubernetes objects: exit 2, each problem on its own line. */
export class InputError extends UsageError {
  constructor(
    readonly problems: readonly Finding[],
    /** Put before each file name (`netlint diff` names the side: `head/` or `main:`). */
    where = '',
  ) {
    // One problem is one line, as every usage error is; several get a line each and a last one that counts them.
    super(
      problems.length === 1
        ? `${describeProblem(problems[0], where)}: cannot read the input as Kubernetes objects until this is fixed`
        : `${problems.map((p) => describeProblem(p, where)).join('\nnetlint: ')}\nnetlint: cannot read the input as Kubernetes objects: fix these ${problems.length} problems (netlint lint shows them too)`,
    );
  }
}

/** The resources, after printing input warnings on stderr; input errors throw an InputError (exit 2). */
export async function loadReadableResources(io: CliIo, paths: readonly string[], config: NetlintConfig = {}, load?: Loader, again: LoadAgain = {}): Promise<Resource[]> {
  const { resources, problems, skippedTemplates } = await loadInput(io, paths, config, load, again.exclude);
  if (!again.quiet) {
    for (const p of problems) if (p.severity !== 'error') io.stderr(`netlint: warning: ${describeProblem(p)}\n`);
    for (const p of problems) if (p.severity === 'error' && inTestData(p.file)) io.stderr(`netlint: warning: ${describeProblem(p)}: left out, a test input\n`);
    // Their workloads and policies are not in the answer: say so (lint counts them in its summary).
    if (skippedTemplates.length > 0) io.stderr(`netlint: warning: ${skippedTemplatesNote(skippedTemplates)}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error' && !inTestData(p.file));
  if (errors.length > 0) throw new InputError(errors);
  return resources;
}
