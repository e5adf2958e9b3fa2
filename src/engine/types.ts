/**
 * The engine's shared vocabulary. Everything here is plain data: no file system, process,
 * clock or network. Adapters (CLI, Action, e2e) turn files into `SourceFile`s and findings into
 * output; the engine sits between.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Threshold used by `--fail-on`: `never` means no finding fails the run. */
export type FailOn = Severity | 'never';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A path inside a resource: object keys and array indices, e.g. `['spec', 'ports', 0, 'port']`. */
export type Path = readonly (string | number)[];

/** A source range: 1-based lines and columns, end exclusive (as SARIF and GitHub expect). */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * One input file as the adapters hand it to the engine. `path` is relative, with `/`. `content`
 * is the raw bytes (the engine decodes them, so binary and non-UTF-8 input become findings) or
 * already-decoded text. `size` is the file's size on disk: the I/O layer does not read a file
 * over the size limit and passes empty content with the real size instead; for a stream (stdin)
 * that stopped at the limit, the bytes counted and `sizeUnknown`.
 */
export interface SourceFile {
  path: string;
  content: string | Uint8Array;
  size?: number;
  /**
   * Found by walking a folder or expanding a glob, not named by the user: such a file that holds
   * no Kubernetes object (package.json, Chart.yaml, values.yaml) or is an unrendered Helm
   * template is counted in the summary instead of reported.
   */
  discovered?: boolean;
  /** The stream was not read to its end: `size` is only what was counted. */
  sizeUnknown?: boolean;
  /** Found by a walk but not readable under the name it was listed by (a name that is not UTF-8): why. */
  unreadable?: string;
}

/** How a YAML scalar was written; rules use it to spot YAML 1.1 type surprises. */
export interface ScalarInfo {
  /** The text as written (without quotes), e.g. `on`, `010`, `"true"` → `true`. */
  source: string;
  /** `plain`, `single`, `double`, `literal`, `folded`. */
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
  /** An explicit tag (`!!str`), or null when the value was resolved implicitly. */
  tag: string | null;
  /** Content indentation of a literal or folded block scalar (columns before each line's text). */
  indent?: number;
}

/** Identity of a Kubernetes object, as reported in findings (`namespace` is null when absent). */
export interface ResourceRef {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | null;
}

/**
 * One Kubernetes object read from a file. `value` is the whole object as Kubernetes would decode
 * it (YAML 1.1 scalars). `locate` maps a path to a source range, falling back to the closest
 * existing ancestor when the path does not exist (a missing field points at its parent).
 */
export interface Resource extends ResourceRef {
  /** API group: `''` for core, e.g. `projectcalico.org`, `networking.k8s.io`. */
  group: string;
  /** `group/Kind` (`Kind` alone for the core group): the key rules match on. */
  groupKind: string;
  value: Record<string, unknown>;
  file: string;
  /** Index of the YAML document in its file (0-based), for stable ordering. */
  doc: number;
  /** Path of this object inside its document (e.g. `['items', 3]` for a `kind: List` item). */
  base: Path;
  /**
   * The folder of the kustomization whose build this copy of a shared base's object is: set when
   * overlays of different clusters (`overlays/prod`, `overlays/staging`) build the file with
   * different namespaces or labels, so each cluster holds its own copy (load.ts applyKustomizations);
   * the object's cluster is then that folder's, not its file's (cluster-scope.ts).
   */
  build?: string;
  locate(path: Path): Position;
  /** The mapping key that leads to `path` (e.g. a misspelt field's name), or locate(path) when there is none. */
  locateKey?(path: Path): Position;
  /** The text of the mapping key that leads to `path` as written (`n` where YAML 1.1 reads the key `false`), or null when there is none. */
  keySource?(path: Path): string | null;
  /**
   * The file range of characters `start`…`end` (end exclusive, in UTF-16 units) of the value of
   * the quoted scalar at `path`, through its quotes, escapes and folded lines; null when the
   * scalar is not quoted or its written form cannot be mapped.
   */
  locateInScalar?(path: Path, span: { start: number; end: number }): Position | null;
  /** How the scalar at `path` was written, or null when it is not a scalar. */
  scalar(path: Path): ScalarInfo | null;
  /**
   * Paths of the non-string values found inside `labels`, `annotations`, `matchLabels` and
   * `nodeSelector` mappings while the document was parsed; null (or absent) when the loader did
   * not record them, and a rule must walk the value itself.
   */
  nonStringInStringMaps?(): readonly Path[] | null;
}

/** A finding, exactly as the JSON contract prints it. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: ResourceRef | null;
  path: (string | number)[];
  remediation?: string;
  /** The rule's message id (for tests and tools; not part of the JSON contract). */
  messageId?: string;
}

export interface LintSummary {
  files: number;
  resources: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files a folder walk found that hold no Kubernetes object, so no rule read them. */
  skippedFiles?: number;
  /** Unrendered Helm templates a folder walk found (`{{ … }}`), skipped. */
  helmTemplates?: number;
}

export interface LintResult {
  findings: Finding[];
  summary: LintSummary;
}

/** Metadata every rule exposes; it drives docs, SARIF rule descriptors and config checks. */
export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  remediation: string;
  /** `group/Kind` keys the rule looks at (`*` for every resource). */
  kinds: readonly string[];
  /** camelCase message id → template with `{{name}}` placeholders. */
  messages: Record<string, string>;
  /** Optional JSON Schema of the rule's options in `.netlint.yaml`. */
  options?: Record<string, unknown>;
  /** Where the rule came from, for the docs: `code` or `data` (and the file for user rules). */
  source?: string;
  /** Longer explanation for the generated docs (markdown). */
  docs?: string;
  /** Off unless enabled with `--enable` or in .netlint.yaml (opinions, noisy advice). */
  enabledByDefault?: boolean;
}

/** Order findings the way the contract requires: file, line, column, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function summarize(findings: readonly Finding[], files: number, resources: number): LintSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { files, resources, errors, warnings, infos };
}

/** True when a finding of this severity reaches the `--fail-on` threshold. */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
