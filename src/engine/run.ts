/**
 * `lint()`: the one entry point of the engine. Files → resources → model → rules → findings, then
 * suppressions, severity settings and the contract's ordering. Pure: the caller passes files,
 * rules and config in, and gets data back.
 */
import { plural } from './plural.js';
import { effectiveSeverity, normalizeIgnores, ruleOptions, unknownRuleHint } from './config.js';
import type { IgnoreEntry, NetlintConfig } from './config.js';
import { INPUT_RULES, INPUT_RULE_LIST } from './input-rules.js';
import { BRACED_PLACEHOLDER, CAPITALS_PLACEHOLDER, DEFAULT_LOAD_LIMITS, MARKER_PLACEHOLDER, loadSources } from './load.js';
import type { DisableDirective, Loader, LoadLimits, LoadResult, LoadedFile } from './load.js';
import { buildModel, perResource } from './model.js';
import { clusterPartitions } from './cluster-scope.js';
import { buildCluster } from './netpol/cluster.js';
import { EXPECT_RULE, checkExpectations } from './netpol/expect.js';
import type { ClusterModel } from './model.js';
import { formatMessage, matchKeys } from './rule.js';
import { RuleCrash } from './rule-crash.js';
import type { ReportDescriptor, Rule, RuleContext } from './rule.js';
import { compareFindings, summarize } from './types.js';
import type { Finding, LintResult, Position, Resource, RuleMeta, Severity, SourceFile } from './types.js';
import { pushTo } from './multimap.js';
import { getIn } from './values.js';

/** Rules the engine itself reports (input problems, connectivity assertions): documented like any rule. */
export const ENGINE_RULE_LIST: readonly RuleMeta[] = [...INPUT_RULE_LIST, EXPECT_RULE];

export interface LintTarget {
  /** The path as the user gave it (relative, `/` separators). */
  path: string;
  isDirectory: boolean;
  /** The files found under it (paths as in `files`). */
  files: readonly string[];
}

export interface LintInput {
  files: readonly SourceFile[];
  rules: readonly Rule[];
  config?: NetlintConfig;
  /** Command-line targets, so that a folder without Kubernetes objects is reported. */
  targets?: readonly LintTarget[];
  /** Rule ids enabled / disabled on the command line (they win over the config). */
  enable?: readonly string[];
  disable?: readonly string[];
  /** How the files are read into objects (default loadSources). */
  load?: Loader;
  /**
   * Indices of `ignore` entries for every rule that matched no file where the walk looked for
   * their paths (a misspelt folder): reported, as a suppression that suppresses nothing is.
   */
  unmatchedIgnores?: readonly number[];
  /** The files are part of the input only (a PR's changed files); default: every target is a single file or stdin. */
  partial?: boolean;
  /**
   * The folders linted, when they lie below the config's folder: an `expect:` entry that matches
   * nothing here is a warning naming them (it may be about another part of the tree), not an error.
   */
  partOf?: string;
}

export { RuleCrash };

export interface LintOutput extends LintResult {
  resources: Resource[];
  model: ClusterModel;
}

const IGNORE_ANNOTATION = 'netlint.io/ignore';

export function isIgnoredPath(path: string, config: NetlintConfig): boolean {
  return normalizeIgnores(config).some((i) => i.rules === null && i.patterns.some((p) => p.test(path)));
}

/**
 * Whether a glob's literal part (`deploy/generated` of `deploy/generated/**`) lies in a folder the
 * walk read whole (`.` holds everything, also a glob that starts with a wildcard): only there does
 * matching no file mean the glob names nothing, rather than something outside this run's paths.
 */
function underWalkedFolder(glob: string, walked: readonly string[]): boolean {
  const parts = glob.replace(/^\.\//, '').split('/');
  const literal: string[] = [];
  for (const part of parts) {
    if (/[*?[{]/.test(part)) break;
    literal.push(part);
  }
  const base = literal.join('/').replace(/\/+$/, '');
  if (base.startsWith('..') || base.startsWith('/')) return false;
  return walked.some((w) => w === '.' || (base !== '' && (base === w || base.startsWith(`${w}/`))));
}

/** Whether every path of an `ignore` entry lies in a folder the walk of `targets` read whole (underWalkedFolder). */
export function ignoreEntryUnderWalk(entry: string | IgnoreEntry, targets: readonly LintTarget[] | undefined): boolean {
  const walked = (targets ?? []).filter((t) => t.isDirectory && !/[*?[{]/.test(t.path)).map((t) => t.path.replace(/\/+$/, ''));
  const paths = typeof entry === 'string' ? [entry] : entry.paths;
  return walked.length > 0 && paths.every((p) => underWalkedFolder(p, walked));
}

export function lint(input: LintInput): LintOutput {
  const config = input.config ?? {};
  const limits: LoadLimits = { ...DEFAULT_LOAD_LIMITS, maxFileBytes: config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes };
  const files = input.files.filter((f) => !isIgnoredPath(f.path, config));
  const loaded = (input.load ?? loadSources)(files, limits);
  // What is applied to a cluster: kpt never applies an object marked local-config (isLocalConfig).
  const applied = loaded.resources.some(isLocalConfig) ? loaded.resources.filter((r) => !isLocalConfig(r)) : loaded.resources;
  const model = buildModel(applied, config.cluster);
  const enabled = input.enable ? new Set(input.enable) : new Set<string>();
  const disabled = input.disable ? new Set(input.disable) : new Set<string>();
  const raw: Finding[] = withConfiguredSeverity(loaded.findings, config, disabled);
  const active: { rule: Rule; severity: Severity; options: Record<string, unknown> }[] = [];
  const byKey = new Map<string, number[]>();
  for (const rule of input.rules) {
    const id = rule.meta.id;
    let severity = effectiveSeverity(id, rule.meta.severity, rule.meta.enabledByDefault !== false, config);
    if (enabled.has(id) && severity === null) severity = rule.meta.severity;
    if (disabled.has(id)) severity = null;
    if (severity === null) continue;
    const index = active.push({ rule, severity, options: ruleOptions(id, config) }) - 1;
    for (const key of rule.meta.kinds) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(index);
    }
  }
  const explicit = (id: string) => {
    const s = config.rules?.[id];
    const v = typeof s === 'object' ? s.severity : s;
    return v !== undefined && v !== 'on' && v !== 'off';
  };

  // One context per rule, pointed at the resource being checked (`checking.resource`); the rules
  // that apply to a kind are worked out once per kind, not once per resource.
  const checking: Checking = { resource: loaded.resources[0] };
  const contexts = active.map(({ rule, severity, options }) => {
    const keepRuleSeverity = explicit(rule.meta.id);
    return {
      // The model of the cluster being checked (see clusterPartitions below).
      model,
      options,
      report(d: ReportDescriptor) {
        const current = checking.resource;
        if (d.path !== undefined && d.path.length > 0 && (d.at === 'key' ? keyHoldsPlaceholder(d.path[d.path.length - 1]) : holdsPlaceholder(getIn(current.value, d.path), d.span))) return;
        raw.push(toFinding(rule.meta, keepRuleSeverity ? severity : (d.severity ?? severity), current, d));
      },
    };
  });
  const rulesForKind = new Map<string, number[]>();
  const checkAll = (resources: readonly Resource[]) => checkResources(resources, active, contexts, byKey, rulesForKind, checking);
  // An input of several clusters (cluster-scope.ts) is checked a cluster at a time: a cluster's
  // objects against a model of them and the shared objects, so that objects of two clusters are
  // never compared; the shared objects against the whole input but its test cases, as in an input
  // of one cluster.
  const split = clusterPartitions(applied);
  if (split === null) checkAll(applied);
  else {
    for (const partition of split.partitions) {
      const partitionModel = buildModel(partition.resources, config.cluster);
      for (const ctx of contexts) ctx.model = partitionModel;
      checkAll(partition.members);
    }
    const sharedModel = split.sharedWith.length === applied.length ? model : buildModel(split.sharedWith, config.cluster);
    for (const ctx of contexts) ctx.model = sharedModel;
    checkAll(split.shared);
    for (const ctx of contexts) ctx.model = model;
  }

  for (const t of input.targets ?? []) {
    if (!t.isDirectory) continue;
    const inTarget = new Set(t.files);
    const files = loaded.files.filter((f) => inTarget.has(f.path));
    const count = files.reduce((n, f) => n + f.resourceCount, 0);
    if (count === 0) {
      const patches = files.filter((f) => f.kustomizePatch).length;
      // An overlay's folder: its patches hold fragments of the base's objects, which only `kustomize build` puts together.
      const overlay = patches === 0 ? '' : `: ${patches} of them ${patches === 1 ? 'is a kustomize patch' : 'are kustomize patches'} (fragments of the objects the kustomization builds), not linted on their own; lint what it builds: kustomize build ${t.path} | netlint lint -`;
      raw.push({
        ruleId: INPUT_RULES.noResources.id,
        severity: INPUT_RULES.noResources.severity,
        message: t.files.length === 0 ? `no .yaml, .yml, .json, .conf or .conflist file under ${t.path}` : `no Kubernetes object in the ${plural(t.files.length, 'file')} under ${t.path}${overlay}`,
        file: t.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        resource: null,
        path: [],
        remediation: INPUT_RULES.noResources.remediation,
      });
    }
  }

  // Connectivity assertions: evaluated against the reachability matrix only when there are any.
  if (config.expect && config.expect.length > 0 && effectiveSeverity(EXPECT_RULE.id, 'error', true, config) !== null && !disabled.has(EXPECT_RULE.id)) {
    const severity = effectiveSeverity(EXPECT_RULE.id, 'error', true, config)!;
    // On part of the input (files named one by one, stdin, a PR's changed files) an assertion may
    // well match nothing here: only one that matches and does not hold is reported then.
    const partial = input.partial ?? (input.targets !== undefined && input.targets.length > 0 && input.targets.every((t) => !t.isDirectory));
    for (const f of checkExpectations(buildCluster(applied, model.facts.podCIDRs.map((f) => f.cidr), undefined, { applied: true }), config.expect, { reportUnmatched: !partial, resources: applied, ...(input.partOf !== undefined ? { partOf: input.partOf } : {}) })) raw.push({ ...f, severity: f.severity === 'warning' && severity === 'error' ? 'warning' : severity });
  }

  const engineIds = ENGINE_RULE_LIST.map((r) => r.id);
  const knownIds = new Set([...input.rules.map((r) => r.meta.id), ...engineIds]);
  const activeIds = new Set([...active.map((a) => a.rule.meta.id), ...engineIds]);
  const unmatched = effectiveSeverity(INPUT_RULES.unusedSuppression.id, INPUT_RULES.unusedSuppression.severity, true, config);
  if (unmatched !== null && !disabled.has(INPUT_RULES.unusedSuppression.id)) {
    // Those for listed rules are matched against the files read (suppressionsOf leaves out one that saw none).
    const files = new Set(loaded.files.map((f) => f.path));
    const perRule = normalizeIgnores(config).flatMap((e, i) => (e.rules !== null && ![...files].some((f) => e.patterns.some((p) => p.test(f))) && ignoreEntryUnderWalk(config.ignore![i], input.targets) ? [i] : []));
    for (const i of [...(input.unmatchedIgnores ?? []), ...perRule].sort((a, b) => a - b)) {
      const position = config.ignorePositions?.[i] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      raw.push({ ruleId: INPUT_RULES.unusedSuppression.id, severity: unmatched, message: 'config ignore entry matches no file under the paths linted, so it skips nothing (a misspelt path?)', file: config.file ?? '.netlint.yaml', ...position, resource: null, path: [], remediation: INPUT_RULES.unusedSuppression.remediation });
    }
  }
  const findings = withoutRepeats(applySuppressions(raw, loaded.resources, loaded.files, config, knownIds, activeIds, disabled).sort(compareFindings));
  return { findings, summary: { ...summarize(findings, loaded.files.length, loaded.resources.length), ...skippedCounts(loaded.files) }, resources: loaded.resources, model };
}

interface Checking {
  resource: Resource;
}

/**
 * Runs the rules that apply to each resource's kind (worked out once per kind), with
 * `checking.resource` set for the contexts' reports. A plain function, not a closure: it runs the
 * lint's hottest loop.
 */
function checkResources(
  resources: readonly Resource[],
  active: readonly { rule: Rule }[],
  contexts: readonly RuleContext[],
  byKey: ReadonlyMap<string, number[]>,
  rulesForKind: Map<string, number[]>,
  checking: Checking,
): void {
  for (let r = 0; r < resources.length; r++) {
    const resource = resources[r];
    let indices = rulesForKind.get(resource.groupKind);
    if (!indices) {
      const set = new Set<number>();
      for (const key of [...matchKeys(resource), '*']) for (const i of byKey.get(key) ?? []) set.add(i);
      indices = [...set].sort((a, b) => a - b);
      rulesForKind.set(resource.groupKind, indices);
    }
    checking.resource = resource;
    // Indexed, not for-of: an unoptimized for-of allocates an iterator result per step.
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      try {
        active[i].rule.check(resource, contexts[i]);
      } catch (error) {
        throw new RuleCrash(active[i].rule.meta.id, resource.file, error);
      }
    }
  }
}

/**
 * Sorted findings less the copies of one said twice: a rule that reports once per related object
 * says the same words at the same place when that object is written in two files (one IPPool in
 * two folders). compareFindings puts such copies side by side.
 */
function withoutRepeats(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => {
    const p = sorted[i - 1];
    return !(p && p.file === f.file && p.line === f.line && p.column === f.column && p.endLine === f.endLine && p.endColumn === f.endColumn && p.ruleId === f.ruleId && p.severity === f.severity && p.message === f.message);
  });
}

/**
 * Whether a value (or the part of it `span` names) holds a placeholder: `${NAME}` anywhere
 * (`${IP}/32`; shell defaults such as `${NAME:-x}`; Flux's `${NAME/from/to}`), the whole value
 * `$NAME` in capitals, or a Go template action (`{{ .Params.backend }}`). The file is then a
 * template that envsubst, Flux's post-build substitution (`postBuild.substitute`), a Go template
 * renderer (Helm, an operator's addons) or a setup script fills before it is applied, so what the
 * value will be is not known and a finding about it would judge the placeholder. Rules' findings
 * at such a value are not reported. (A placeholder where a name belongs makes the whole file a
 * template: load.ts placeholderInName.)
 */
function holdsPlaceholder(value: unknown, span: { start: number; end: number } | undefined): boolean {
  if (typeof value !== 'string' || !(value.includes('$') || value.includes('{{') || value.includes('<<') || value.includes('(('))) return false;
  const text = span ? value.slice(span.start, span.end) : value;
  return BRACED_PLACEHOLDER.test(text) || WHOLE_PLACEHOLDER.test(text) || TEMPLATE_ACTION.test(text) || MARKER_PLACEHOLDER.test(text);
}
/**
 * Whether a key holds a placeholder's start: a `${NAME…` whose rest YAML took for the value, as in
 * a template line `${ROLE_ARN/#arn/eks.amazonaws.com/role-arn: arn}` that becomes a whole
 * annotation (cluster-api-provider-aws's config/rbac/serviceaccount.yaml).
 */
function keyHoldsPlaceholder(key: string | number): boolean {
  return typeof key === 'string' && (OPEN_PLACEHOLDER.test(key) || TEMPLATE_ACTION.test(key));
}
const OPEN_PLACEHOLDER = /\$\{[A-Za-z_]/;

/** A Go template action (`{{ .Values.x }}`, `{{ default .A .B }}`), as Helm and operators' renderers fill in. */
const TEMPLATE_ACTION = /\{\{.*\}\}/s;
const WHOLE_PLACEHOLDER = new RegExp(`^${CAPITALS_PLACEHOLDER.source}$`);

/**
 * An object marked `config.kubernetes.io/local-config: "true"`: input for client-side tools (a kpt
 * function's ConfigMap), which kpt and cli-utils never apply to the API server (kpt's annotation
 * reference, "local-config": "a resource to be skipped when applying"). No rule checks it, and the
 * model does not hold it.
 */
function isLocalConfig(r: Resource): boolean {
  return annotationsOf(r)['config.kubernetes.io/local-config'] === 'true';
}

/** The summary's counts of discovered files that were counted instead of checked (absent when 0). */
function skippedCounts(files: readonly LoadedFile[]): Pick<LintOutput['summary'], 'skippedFiles' | 'helmTemplates'> {
  const skippedFiles = files.filter((f) => f.skipped === 'not-kubernetes').length;
  const helmTemplates = files.filter((f) => f.skipped === 'helm-template').length;
  return { ...(skippedFiles > 0 ? { skippedFiles } : {}), ...(helmTemplates > 0 ? { helmTemplates } : {}) };
}

/**
 * Where a finding about a whole object points: its name (`metadata.name`), else its `kind`, so
 * the reader lands on the object's identity rather than on the first line of its document. An
 * object with neither (a CNI config file) keeps its start.
 */
function wholeResourceAnchor(resource: Resource): (string | number)[] {
  const metadata = resource.value.metadata;
  if (metadata && typeof metadata === 'object' && 'name' in metadata) return ['metadata', 'name'];
  return 'kind' in resource.value ? ['kind'] : [];
}

/** A resource's identity as findings carry it: one object per resource, shared by its findings. */
const identityOf = perResource((r) => ({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace }));

function toFinding(meta: RuleMeta, severity: Severity, resource: Resource, d: ReportDescriptor): Finding {
  const path = [...(d.path ?? [])];
  let pos: Position = path.length === 0 ? resource.locate(wholeResourceAnchor(resource)) : d.at === 'key' && resource.locateKey ? resource.locateKey(path) : resource.locate(path);
  if (d.span) pos = narrowToSpan(resource, path, pos, d.span);
  const template = meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${d.messageId}"`);
  return {
    ruleId: meta.id,
    severity,
    message: d.caveat === undefined ? formatMessage(template, d.data) : `${formatMessage(template, d.data)}; but ${d.caveat}`,
    file: resource.file,
    line: pos.line,
    column: pos.column,
    endLine: pos.endLine,
    endColumn: pos.endColumn,
    resource: identityOf(resource),
    path,
    remediation: meta.remediation,
    messageId: d.messageId,
  };
}

/**
 * Points inside a scalar: a quoted one (single or multi-line, through escapes and folded lines,
 * e.g. a NAD's `config: '{ … }'`), a single-line plain one, or a literal block (`|`), whose lines
 * stand in the file as they are in the value, shifted by the block's indentation (JSON in a
 * ConfigMap or a NAD's spec.config). Folded blocks (`>`) keep the whole range.
 */
function narrowToSpan(resource: Resource, path: (string | number)[], pos: Position, span: { start: number; end: number }): Position {
  const inQuoted = resource.locateInScalar?.(path, span);
  if (inQuoted) return inQuoted;
  const info = resource.scalar(path);
  if (info?.style === 'literal' && info.indent !== undefined && span.end <= info.source.length) {
    const at = (offset: number) => {
      const before = info.source.slice(0, offset);
      const lineStart = before.lastIndexOf('\n') + 1;
      let newlines = 0;
      for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) newlines++;
      return { line: pos.line + newlines, column: info.indent! + (offset - lineStart) + 1 };
    };
    // The value's final line break ends the block's last line: an offset at or past it (an error
    // at the end of the JSON) stays on that line rather than on the line after, which may not exist.
    const last = info.source.endsWith('\n') ? info.source.length - 1 : info.source.length;
    const a = at(Math.min(span.start, last));
    const end = Math.max(span.end, span.start + 1);
    const b = end <= last ? at(end) : { line: at(last).line, column: at(last).column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  if (!info || pos.line !== pos.endLine || info.style === 'literal' || info.style === 'folded') return pos;
  const quote = info.style === 'plain' ? 0 : 1;
  if (info.style === 'double' && /\\/.test(info.source)) return pos;
  const column = pos.column + quote + span.start;
  const endColumn = Math.max(column + 1, pos.column + quote + span.end);
  if (endColumn > pos.endColumn) return pos;
  return { line: pos.line, column, endLine: pos.line, endColumn };
}

export interface Suppression {
  ids: string[] | 'all';
  /** Where the suppression is written (for its own findings: unused, unknown rule). */
  file: string;
  position: Position;
  /** The one file whose findings it can match (an annotation, a comment), or null (a config entry's path patterns). */
  inFile: string | null;
  used: Set<string>;
  matches(f: Finding): boolean;
  what: string;
  /** A config entry whose paths matched no file of this lint (a subfolder, stdin, the PR's changed files): it cannot be judged unused. */
  sawNoFile?: boolean;
}

function annotationsOf(r: Resource): Record<string, unknown> {
  const md = r.value.metadata;
  const ann = md && typeof md === 'object' ? (md as Record<string, unknown>).annotations : undefined;
  return ann && typeof ann === 'object' ? (ann as Record<string, unknown>) : {};
}

function sameResource(f: Finding, r: Resource): boolean {
  return f.file === r.file && f.resource !== null && f.resource.kind === r.kind && f.resource.name === r.name && f.resource.namespace === r.namespace;
}

function parseIds(text: string): string[] | 'all' {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 || ids.includes('*') || ids.includes('all') ? 'all' : ids;
}

/** Every suppression the input and the config hold: ignore annotations, disable comments, rule-scoped config ignore entries. */
function suppressionsOf(resources: readonly Resource[], files: readonly LoadedFile[], config: NetlintConfig): Suppression[] {
  const suppressions: Suppression[] = [];
  for (const r of resources) {
    const value = annotationsOf(r)[IGNORE_ANNOTATION];
    if (typeof value !== 'string') continue;
    suppressions.push({
      ids: parseIds(value),
      file: r.file,
      position: r.locate(['metadata', 'annotations', IGNORE_ANNOTATION]),
      inFile: r.file,
      used: new Set(),
      matches: (f) => sameResource(f, r),
      what: `annotation ${IGNORE_ANNOTATION}`,
    });
  }
  for (const file of files) {
    for (const d of file.directives) suppressions.push(directiveSuppression(d));
  }
  // Config entries that ignore listed rules under some paths are suppressions too.
  for (const i of normalizeIgnores(config)) {
    if (i.rules === null) continue;
    suppressions.push({
      ids: i.rules,
      file: config.file ?? '.netlint.yaml',
      position: i.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      inFile: null,
      used: new Set(),
      matches: (f) => i.patterns.some((p) => p.test(f.file)),
      what: 'config ignore entry',
      sawNoFile: !files.some((f) => i.patterns.some((p) => p.test(f.path))),
    });
  }

  return suppressions;
}

/**
 * The loader's findings as `lint` would show them: each rule's configured severity (dropped when
 * off), and those a suppression covers left out. For commands that read the input without
 * linting it (`reach`, `diff`): a problem the configuration accepts must not stop them.
 */
export function configuredInputFindings(loaded: Pick<LoadResult, 'findings' | 'resources' | 'files'>, config: NetlintConfig): Finding[] {
  return unsuppressed(withConfiguredSeverity(loaded.findings, config), suppressionsOf(loaded.resources, loaded.files, config));
}

/** The loader's findings at the severity `.netlint.yaml` gives their rule (`input/duplicate-key: warning`), without those switched off there or with --disable. */
function withConfiguredSeverity(findings: readonly Finding[], config: NetlintConfig, disabled: ReadonlySet<string> = new Set()): Finding[] {
  return findings.flatMap((f) => {
    const severity = disabled.has(f.ruleId) ? null : effectiveSeverity(f.ruleId, f.severity, true, config);
    return severity === null ? [] : [severity === f.severity ? f : { ...f, severity }];
  });
}

function applySuppressions(
  findings: Finding[],
  resources: readonly Resource[],
  files: readonly LoadedFile[],
  config: NetlintConfig,
  knownIds: Set<string>,
  activeIds: Set<string>,
  disabled: ReadonlySet<string>,
): Finding[] {
  const suppressions = suppressionsOf(resources, files, config);
  const kept = unsuppressed(findings, suppressions);

  for (const s of suppressions) {
    // At the severity .netlint.yaml gives these rules, and not at all when it or --disable turns them off.
    const report = (rule: RuleMeta, message: string) => {
      const severity = disabled.has(rule.id) ? null : effectiveSeverity(rule.id, rule.severity, true, config);
      if (severity !== null) kept.push({ ruleId: rule.id, severity, message, file: s.file, ...s.position, resource: null, path: [], remediation: rule.remediation });
    };
    if (s.ids === 'all') {
      if (s.used.size === 0 && s.sawNoFile !== true) report(INPUT_RULES.unusedSuppression, `${s.what} suppresses nothing: no finding here to ignore`);
      continue;
    }
    for (const id of s.ids) {
      if (!knownIds.has(id)) report(INPUT_RULES.unknownRule, `${s.what} names unknown rule "${id}"${unknownRuleHint(id, [...knownIds])}`);
      else if (!s.used.has(id) && activeIds.has(id) && s.sawNoFile !== true) report(INPUT_RULES.unusedSuppression, `${s.what} for ${id} suppresses nothing: the rule reports no finding here`);
    }
  }
  return kept;
}

/**
 * The findings no suppression matches, marking on each suppression the rules it was used for. A
 * finding is only tried against the suppressions of its own file and the config's, so the work
 * grows with findings plus suppressions, not their product.
 */
export function unsuppressed(findings: readonly Finding[], suppressions: readonly Suppression[]): Finding[] {
  const byFile = new Map<string, Suppression[]>();
  const anywhere: Suppression[] = [];
  for (const s of suppressions) {
    if (s.inFile === null) anywhere.push(s);
    else {
      pushTo(byFile, s.inFile, s);
    }
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    // Both lists are tried: every matching suppression is marked used, not just the first.
    const inItsFile = markMatching(f, byFile.get(f.file) ?? []);
    const byConfig = markMatching(f, anywhere);
    if (!inItsFile && !byConfig) kept.push(f);
  }
  return kept;
}

function markMatching(f: Finding, suppressions: readonly Suppression[]): boolean {
  let matched = false;
  for (const s of suppressions) {
    if ((s.ids === 'all' || s.ids.includes(f.ruleId)) && s.matches(f)) {
      s.used.add(s.ids === 'all' ? '*' : f.ruleId);
      matched = true;
    }
  }
  return matched;
}

function directiveSuppression(d: DisableDirective): Suppression {
  return {
    ids: d.ruleIds.length === 0 ? 'all' : d.ruleIds,
    file: d.file,
    position: d.position,
    inFile: d.file,
    used: new Set(),
    matches: (f) => f.file === d.file && f.line === d.targetLine,
    what: 'comment netlint-disable',
  };
}
