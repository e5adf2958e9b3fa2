/** `netlint lint [paths...]`: read, lint, render, and turn the result into the exit code. */
import path from 'node:path';
import { parseArgs } from './args.js';
import { effectiveSeverity, normalizeIgnores, ruleOptions, unknownRuleHint, validateRuleIds, validateRuleOptions } from '../engine/config.js';
import type { NetlintConfig } from '../engine/config.js';
import { DEFAULT_LOAD_LIMITS, loadSources, type Loader, type LoadLimits } from '../engine/load.js';
import type { Rule } from '../engine/rule.js';
import { ENGINE_RULE_LIST, ignoreEntryUnderWalk, lint } from '../engine/run.js';
import type { LintOutput, LintTarget } from '../engine/run.js';
import { reaches, summarize } from '../engine/types.js';
import type { FailOn, Finding, LintResult, SourceFile } from '../engine/types.js';
import { collectFiles, STDIN_PATH, toRelative } from '../io/files.js';
import { loadRulePacks } from '../io/rule-pack.js';
import { LINT_FORMATS, isChunkedLintFormat, isLintFormat, renderLint, renderLintChunks, sarifLeftOutNote } from '../report/index.js';
import type { ReportContext } from '../report/index.js';
import { plural } from '../report/text.js';
import { VERSION, REPOSITORY_URL, ruleDocsUrl } from '../version.js';
import { loadConfigFile } from './config-file.js';
import type { ConfigLookup } from './config-file.js';
import { IGNORE_FILE, compileIgnore } from './ignore-file.js';
import type { PathFilter } from './ignore-file.js';
import { EXIT, UsageError, unknownFormat } from './io.js';
import type { CliIo } from './io.js';
import { emit, emitStream, utf8 } from './output.js';

export const FAIL_ON_VALUES = ['error', 'warning', 'info', 'never'] as const;

export function parseFailOn(value: string): FailOn {
  if (!(FAIL_ON_VALUES as readonly string[]).includes(value)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')} (got "${value}")`);
  }
  return value as FailOn;
}

/** Splits repeatable, comma-separated options (`--disable a,b --disable c`). */
export function listOption(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

export interface LintSession {
  output: LintOutput;
  rules: Rule[];
  config: NetlintConfig;
}

export interface LintOptions {
  paths: string[];
  config?: string;
  /** Where to look for a default config (default: upward to the repository root). */
  configLookup?: ConfigLookup;
  rules?: string[];
  enable?: string[];
  disable?: string[];
  onlyFiles?: ReadonlySet<string>;
  /** `--ignore-pattern` globs, relative to the working folder. */
  ignorePatterns?: string[];
  /** `--stdin-filename`: the name reported for `-`. */
  stdinFilename?: string;
  /** How the files are read into objects (default loadSources). */
  load?: Loader;
}

/** `.netlintignore` in the working folder plus `--ignore-pattern`s, as one predicate. */
async function ignoreFilter(io: CliIo, patterns: readonly string[]): Promise<PathFilter> {
  const file = path.join(io.cwd, IGNORE_FILE);
  const lines: string[] = [];
  if ((await io.fs.stat(file))?.isFile) {
    try {
      lines.push(...new TextDecoder('utf-8', { fatal: true }).decode(await io.fs.readFile(file)).split('\n'));
    } catch (error) {
      throw new UsageError(`${IGNORE_FILE}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return compileIgnore([...lines, ...patterns]);
}

/** The built-in rules plus `--rules` packs; ids must be unique. */
async function loadRules(io: CliIo, builtinRules: readonly Rule[], packs: readonly { dir: string; origin: string }[]): Promise<Rule[]> {
  const rules = [...builtinRules];
  const taken = new Map<string, string | null>([...builtinRules.map((r) => r.meta.id), ...ENGINE_RULE_LIST.map((r) => r.id)].map((id) => [id, null]));
  if (packs.length > 0) {
    const loaded = await loadRulePacks(packs, io.fs, io.cwd, taken);
    rules.push(...loaded.rules);
    for (const file of loaded.skipped) io.stderr(`netlint: warning: ${file}: not read: rule files are .yaml or .yml (JSON is YAML, so renaming it to .yaml is enough)\n`);
  }
  const ids = new Set(rules.map((r) => r.meta.id));
  if (ids.size !== rules.length) {
    const dup = rules.find((r, i) => rules.findIndex((o) => o.meta.id === r.meta.id) !== i)!;
    throw new UsageError(`rule ${dup.meta.id} is defined twice (a --rules pack repeats a built-in or another pack's id)`);
  }
  return rules;
}

/**
 * The config and every rule a run has: the built-in ones and those of the packs .netlint.yaml names
 * (rulePacks) and --rules adds (they add up; a folder named both ways is read once). Shared by
 * `lint` and `netlint rules`, so that a team's own pack is documented as it is run.
 */
export async function rulesWithPacks(io: CliIo, builtinRules: readonly Rule[], options: Pick<LintOptions, 'config' | 'configLookup' | 'rules'>): Promise<{ config: NetlintConfig; configFile: string | null; rules: Rule[] }> {
  const { config, file: configFile } = await loadConfigFile(io, options.config, options.configLookup);
  const packs = new Map<string, string>();
  for (const [dirs, origin] of [[options.rules ?? [], '--rules'], [config.rulePacks ?? [], `${configFile ?? '.netlint.yaml'}: rulePacks:`]] as const) {
    for (const dir of dirs) {
      const key = toRelative(io.cwd, path.resolve(io.cwd, dir));
      if (!packs.has(key)) packs.set(key, origin);
    }
  }
  const rules = await loadRules(io, builtinRules, [...packs].map(([dir, origin]) => ({ dir, origin })));
  return { config, configFile, rules };
}

/** Config, rules and the --enable/--disable ids, checked against each other. */
async function prepare(io: CliIo, builtinRules: readonly Rule[], options: LintOptions): Promise<{ config: NetlintConfig; configFile: string | null; rules: Rule[] }> {
  const { config, configFile, rules } = await rulesWithPacks(io, builtinRules, options);
  const ids = new Set(rules.map((r) => r.meta.id));
  const optionErrors = [...validateRuleIds(config, [...ids, ...ENGINE_RULE_LIST.map((r) => r.id)]), ...validateRuleOptions(config, rules)];
  if (optionErrors.length > 0) throw new UsageError(optionErrors.map((e) => `${e.file}:${e.line}:${e.column}: invalid config: ${e.message}`).join('\n'));
  for (const id of [...(options.enable ?? []), ...(options.disable ?? [])]) {
    if (!ids.has(id) && !ENGINE_RULE_LIST.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}"${unknownRuleHint(id, [...ids, ...ENGINE_RULE_LIST.map((r) => r.id)])}`);
  }
  return { config, configFile, rules };
}

/**
 * The folders linted, when every one lies below the folder of the config file (a monorepo's
 * `apps/shop` under its root .netlint.yaml): the lint covers part of the tree the config is
 * for, where an `expect:` entry about another part matches nothing. Null otherwise.
 */
function partOfConfigTree(cwd: string, configFile: string | null, targets: readonly LintTarget[]): string | null {
  if (configFile === null || targets.length === 0 || !targets.every((t) => t.isDirectory)) return null;
  const configDir = path.dirname(path.resolve(cwd, configFile));
  const below = (t: LintTarget) => {
    const rel = toRelative(configDir, path.resolve(cwd, t.path));
    return rel !== '.' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  return targets.every(below) ? targets.map((t) => t.path).join(', ') : null;
}

/** Everything up to the findings; shared by `lint`, `diff` and the Action. */
export async function runLint(io: CliIo, builtinRules: readonly Rule[], options: LintOptions): Promise<LintSession> {
  const { config, configFile, rules } = await prepare(io, builtinRules, options);
  const ignored = await ignoreFilter(io, options.ignorePatterns ?? []);
  const maxFileBytes = config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes;
  // Which `ignore` entries for every rule skip a file: one that skips none where the walk looked
  // for its paths is most likely misspelt, and is reported.
  const entries = normalizeIgnores(config);
  const hit = new Set<number>();
  const configIgnores = (p: string): boolean => {
    let skipped = false;
    entries.forEach((e, i) => {
      if (e.rules === null && e.patterns.some((r) => r.test(p))) {
        hit.add(i);
        skipped = true;
      }
    });
    return skipped;
  };
  const { files, targets } = await collectFiles(options.paths, {
    fs: io.fs,
    cwd: io.cwd,
    readStdin: io.readStdin,
    maxFileBytes,
    stdinPath: options.stdinFilename,
    afterEachFile: io.afterEachFile,
    isIgnored: (p) => configIgnores(p) || ignored(p) || (options.onlyFiles !== undefined && !options.onlyFiles.has(p)),
  });
  const unmatchedIgnores = (config.ignore ?? []).flatMap((entry, i) => (entries[i].rules === null && !hit.has(i) && ignoreEntryUnderWalk(entry, targets) ? [i] : []));
  const { afterEachFile } = io;
  const load = options.load ?? (afterEachFile ? (f: readonly SourceFile[], limits: LoadLimits) => loadSources(f, limits, afterEachFile) : undefined);
  const partOf = partOfConfigTree(io.cwd, configFile, targets);
  const output = lint({ files, rules, config, targets, enable: options.enable, disable: options.disable, load, unmatchedIgnores, ...(options.onlyFiles !== undefined ? { partial: true } : {}), ...(partOf !== null ? { partOf } : {}) });
  return { output, rules, config };
}

/**
 * `documented`: the rules netlint's catalogue (rules/README.md) describes, i.e. the built-in ones;
 * a rule from a user's pack gets no link there, but its `docs` when that is a URL. Absent: every
 * rule in `rules` is built in.
 */
export function reportContext(rules: readonly Rule[], color: boolean, extra: Pick<ReportContext, 'columns' | 'failOn'> & { documented?: readonly Rule[] } = {}): ReportContext {
  const { documented, ...rest } = extra;
  const ids = documented === undefined ? null : new Set([...documented.map((r) => r.meta.id), ...ENGINE_RULE_LIST.map((r) => r.id)]);
  // A user's rule links to its own `docs` when that is a web address.
  const ownUrls = new Map(rules.flatMap((r) => (/^https?:\/\/\S+$/.test(r.meta.docs?.trim() ?? '') ? [[r.meta.id, r.meta.docs!.trim()] as const] : [])));
  const docsUrl = (id: string): string | null => (ids === null || ids.has(id) ? ruleDocsUrl(id) : (ownUrls.get(id) ?? null));
  return { toolVersion: VERSION, rules: [...rules.map((r) => r.meta), ...ENGINE_RULE_LIST], color, docsUrl, informationUri: REPOSITORY_URL, ...rest };
}

export function useColor(io: CliIo, toFile: boolean): boolean {
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** `--max-warnings N`: a count of 0 or more. */
function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}")`);
  return Number(value);
}

/** `--print-config`: the configuration in effect, with every rule's resulting severity. */
function renderEffectiveConfig(config: NetlintConfig, configFile: string | null, rules: readonly Rule[], options: LintOptions): string {
  const enabled = new Set(options.enable);
  const disabled = new Set(options.disable);
  // The engine's own rules (input/*, netpol/expect) too: they take severities like any other.
  const severities = Object.fromEntries(
    [...rules.map((r) => r.meta), ...ENGINE_RULE_LIST]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((meta) => {
        const id = meta.id;
        let severity = effectiveSeverity(id, meta.severity, meta.enabledByDefault !== false, config);
        if (enabled.has(id) && severity === null) severity = meta.severity;
        if (disabled.has(id)) severity = null;
        const opts = ruleOptions(id, config);
        return [id, Object.keys(opts).length > 0 ? { severity: severity ?? 'off', options: opts } : (severity ?? 'off')];
      }),
  );
  const effective = {
    configFile,
    ignore: config.ignore ?? [],
    ignorePatterns: options.ignorePatterns ?? [],
    cluster: config.cluster ?? {},
    expect: (config.expect ?? []).map(({ position: _p, file: _f, ...entry }) => entry),
    rulePacks: config.rulePacks ?? [],
    limits: { maxFileBytes: config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes },
    rules: severities,
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}

export async function lintCommand(argv: string[], io: CliIo, builtinRules: readonly Rule[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      'fail-if-no-objects': { type: 'boolean', default: false },
      config: { type: 'string', short: 'c' },
      'print-config': { type: 'boolean', default: false },
      rules: { type: 'string', multiple: true },
      disable: { type: 'string', multiple: true },
      enable: { type: 'string', multiple: true },
      'ignore-pattern': { type: 'string', multiple: true },
      'stdin-filename': { type: 'string' },
    },
  });
  const format = values.format!;
  if (!isLintFormat(format)) throw unknownFormat(format, LINT_FORMATS);
  const failOn = parseFailOn(values['fail-on']!);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const stdinFilename = values['stdin-filename'];
  if (stdinFilename !== undefined && stdinFilename.trim() === '') throw new UsageError('--stdin-filename needs a non-empty name');
  const options: LintOptions = {
    paths: positionals,
    config: values.config,
    rules: values.rules,
    enable: listOption(values.enable),
    disable: listOption(values.disable),
    ignorePatterns: values['ignore-pattern'],
    stdinFilename: stdinFilename?.split(path.sep).join('/'),
  };
  if (values['print-config']) {
    const { config, configFile, rules } = await prepare(io, builtinRules, options);
    await emit(io, renderEffectiveConfig(config, configFile, rules, options), values.output);
    return EXIT.ok;
  }
  const { output, rules } = await lintResult(io, builtinRules, options);
  const relative = format === 'sarif' || format === 'github' ? await fromRepositoryRoot(io, output) : output;
  const shown = values.quiet ? quietResult(relative) : relative;
  const ctx = reportContext(rules, useColor(io, values.output !== undefined), { columns: io.columns, failOn, documented: builtinRules });
  if (values.quiet) {
    const { warnings, infos } = output.summary;
    const fails = (maxWarnings !== undefined && warnings > maxWarnings) || (warnings > 0 && (failOn === 'warning' || failOn === 'info')) || (infos > 0 && failOn === 'info');
    ctx.hiddenByQuiet = { warnings, infos, fails };
  }
  // The reports that grow with the findings are made and written a piece at a time.
  if (isChunkedLintFormat(format)) await emitStream(io, utf8(renderLintChunks(format, shown, ctx)), values.output);
  else await emit(io, renderLint(format, shown, ctx), values.output);
  const leftOut = format === 'sarif' ? sarifLeftOutNote(shown.findings.length) : null;
  if (leftOut !== null) io.stderr(`netlint: ${leftOut} (--format json lists them all)\n`);
  return exitCode(io, output.findings, { failOn, maxWarnings, quiet: values.quiet!, failIfNoObjects: values['fail-if-no-objects']!, resources: output.summary.resources });
}

/**
 * The findings and summary of a lint, without the resources and model it was computed from: a
 * large input's model is garbage before the report is rendered, so the two never occupy memory
 * together (the model is gone when this returns). Shared by `lint` and the Action.
 */
export async function lintResult(io: CliIo, builtinRules: readonly Rule[], options: LintOptions): Promise<{ output: LintResult; rules: readonly Rule[] }> {
  const { output, rules } = await runLint(io, builtinRules, options);
  return { output: { findings: output.findings, summary: output.summary }, rules };
}

/**
 * For SARIF and workflow commands, file paths from the repository root (the nearest folder up from
 * the working folder that holds `.git`): code scanning joins a relative SARIF uri to the checkout
 * (github/codeql-action src/fingerprints.ts resolveUriToFile) and the runner takes `file=` as
 * relative to the workspace, so a run in a subfolder (`working-directory:`) named files that are
 * not there. An absolute path inside the repository is named from its root too: as a `file:` URI
 * its SARIF fingerprint held the checkout's location (`/home/runner/work/<repo>/<repo>/…`), so
 * alerts and their dismissals changed identity with the runner or the way the path was written.
 * Paths outside the repository and stdin's are kept.
 */
async function fromRepositoryRoot(io: CliIo, result: LintResult): Promise<LintResult> {
  let root: string | null = null;
  for (let dir = io.cwd; ; dir = path.dirname(dir)) {
    if ((await io.fs.stat(path.join(dir, '.git'))) !== null) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  if (root === null) return result;
  const rebased = new Map<string, string>();
  const fromRoot = (file: string): string => {
    let r = rebased.get(file);
    if (r === undefined) {
      const rel = path.relative(root!, path.resolve(io.cwd, file));
      const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
      rebased.set(file, (r = file === STDIN_PATH || !inside ? file : rel.split(path.sep).join('/')));
    }
    return r;
  };
  return { ...result, findings: result.findings.map((f) => ({ ...f, file: fromRoot(f.file) })) };
}

/** `--quiet`: only the errors, with a summary that counts what is shown. */
function quietResult(output: LintResult): LintResult {
  const findings = output.findings.filter((f) => f.severity === 'error');
  return { ...output, findings, summary: { ...summarize(findings, output.summary.files, output.summary.resources), ...extraSummary(output) } };
}

/** Summary fields beyond the severity counts (e.g. files skipped), kept as they are. */
function extraSummary(output: LintResult): Record<string, unknown> {
  const { files: _f, resources: _r, errors: _e, warnings: _w, infos: _i, ...rest } = output.summary;
  return rest;
}

/**
 * 1 when a finding reaches --fail-on, there are more warnings than --max-warnings, or (with
 * --fail-if-no-objects) nothing was checked; else 0. Every finding counts, also those --quiet
 * hides, and a reason the reader cannot see in the report is said on stderr.
 */
function exitCode(io: CliIo, findings: readonly Finding[], opts: { failOn: FailOn; maxWarnings?: number; quiet: boolean; failIfNoObjects: boolean; resources: number }): number {
  let code: number = EXIT.ok;
  if (findings.some((f) => reaches(f.severity, opts.failOn))) {
    code = EXIT.findings;
    if (opts.quiet && !findings.some((f) => f.severity === 'error')) io.stderr(`netlint: findings hidden by --quiet reach --fail-on ${opts.failOn}\n`);
  }
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.stderr(`netlint: ${plural(warnings, 'warning')}, more than --max-warnings ${opts.maxWarnings}\n`);
    code = EXIT.findings;
  }
  if (opts.failIfNoObjects && opts.resources === 0) {
    io.stderr('netlint: no Kubernetes object found (--fail-if-no-objects)\n');
    code = EXIT.findings;
  }
  return code;
}
