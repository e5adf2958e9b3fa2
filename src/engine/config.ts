/**
 * `.netlint.yaml`: per-rule settings, path ignores, cluster facts, connectivity assertions and
 * limits. Parsed with the same YAML layer as manifests and validated against the JSON Schema in
 * `schemas/netlint-config.schema.json` (published for editors), so every error points into the
 * config file with a line and column.
 */
import schema from '../../schemas/netlint-config.schema.json' with { type: 'json' };
import { parseCidr, parseIpResult } from './cidr.js';
import { describeError, errorPath, formatPath, mostSpecific, trustedAjv } from './ajv.js';
import type { ValidateFunction } from './ajv.js';
import type { Path, Position, Severity } from './types.js';
import { LineIndex, OWN_FILE_YAML_LIMITS, ownFileProblemMessage, parseYamlStream } from './yaml.js';
import { didYouMean, editDistance } from './did-you-mean.js';

export type RuleSetting = Severity | 'off' | 'on';

export interface RuleConfig {
  severity?: RuleSetting;
  options?: Record<string, unknown>;
}

export interface IgnoreEntry {
  paths: string[];
  /** Absent: every rule (the files are not read at all). */
  rules?: string[];
}

export interface ClusterFactsConfig {
  podCIDR?: string | string[];
  serviceCIDR?: string | string[];
  nodeCount?: number;
  physicalMTU?: number;
  nodeSubnets?: string[];
  /** The Calico release the cluster runs ("3.31", "v3.31.2"): rules/calico/lib/field-history.ts. */
  calicoVersion?: string;
  /** The Kubernetes release the cluster runs ("1.24", "v1.24.3"): cluster/api-version takes a version removed later as served. */
  kubernetesVersion?: string;
  nodes?: { name: string; labels?: Record<string, string>; annotations?: Record<string, string>; addresses?: string[] }[];
}

export type EndpointSelectorConfig =
  | string
  | { namespace?: string; name?: string; labels?: Record<string, string>; namespaceLabels?: Record<string, string>; cidr?: string };

export interface ExpectEntry {
  name?: string;
  from: EndpointSelectorConfig;
  to: EndpointSelectorConfig;
  port?: number | string;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  allowed: boolean;
  /** Where the entry is written, so a violated assertion points at it. */
  position?: Position;
  file?: string;
}

export interface NetlintConfig {
  /** The config file's path, when it was read from one (for findings that point into it). */
  file?: string;
  /** Where each `ignore` entry is written, by index. */
  ignorePositions?: Position[];
  /** Where each rule's settings are written, by rule id (for option errors). */
  rulePositions?: Record<string, Position>;
  /** Where each rule's id is written under `rules:` (for an unknown id). */
  ruleKeyPositions?: Record<string, Position>;
  rules?: Record<string, RuleSetting | RuleConfig>;
  ignore?: (string | IgnoreEntry)[];
  cluster?: ClusterFactsConfig;
  expect?: ExpectEntry[];
  limits?: { maxFileBytes?: number };
  /** Folders of the user's data rules, as `--rules` takes them (rebased onto the working folder by the CLI). */
  rulePacks?: string[];
}

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

let validator: ValidateFunction | undefined;

export const CONFIG_SCHEMA = schema;

/** Parses and validates a config file's text; `file` is used in error messages. */
export function parseConfig(text: string, file: string): { config: NetlintConfig; errors: ConfigError[] } {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const errors: ConfigError[] = stream.problems.map((p) => ({ file, ...lines.position(p.start), message: ownFileProblemMessage(p) }));
  if (errors.length > 0) return { config: {}, errors };
  const docs = stream.documents.filter((d) => d.value !== undefined && d.value !== null);
  if (docs.length === 0) return { config: {}, errors: [] };
  if (docs.length > 1) {
    return { config: {}, errors: [{ file, ...lines.position(docs[1].start), message: 'the config file must hold one YAML document' }] };
  }
  const doc = docs[0];
  const validate = (validator ??= trustedAjv().compile(schema));
  if (!validate(doc.value)) {
    for (const e of mostSpecific(validate.errors ?? [])) {
      const path = errorPath(e);
      // A key of `rules:` that is no rule id: at the key, named, with its lower-case form.
      const key = (e as { propertyName?: string }).propertyName;
      if (key !== undefined && path.length === 1 && path[0] === 'rules') {
        const id = key.trim().toLowerCase();
        const suggestion = id !== key && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? ` (write ${id})` : '';
        errors.push({ file, ...lines.position(doc.keySpanOf(['rules', key]).start), message: `rules: ${JSON.stringify(key)} is not a rule id: ids are lower-case <pack>/<name>${suggestion}` });
        continue;
      }
      // A release written unquoted (`kubernetesVersion: 1.30`) is a YAML number, and 1.30 is 1.3.
      const written = doc.scalarAt(path)?.source;
      const unquoted = e.keyword === 'type' && (e.params as { type?: string }).type === 'string' && written !== undefined && /^\d+(\.\d+)+$/.test(written) ? `: quote it ("${written}"); unquoted, YAML reads it as a number (1.30 as 1.3)` : '';
      const hint = e.keyword === 'additionalProperties' ? knownKeyHint(path) : unquoted;
      errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${describeError(e)}${hint}` });
    }
    return { config: {}, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const config = doc.value as NetlintConfig;
  for (const { path, error } of addressErrors(config)) errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${error}` });
  if (errors.length > 0) return { config: {}, errors };
  // Remember where each assertion is written so that a violated one can point at it.
  config.expect = config.expect?.map((e, i) => ({ ...e, file, position: lines.range(doc.spanOf(['expect', i] as Path)) }));
  config.ignorePositions = config.ignore?.map((_e, i) => lines.range(doc.spanOf(['ignore', i] as Path)));
  config.rulePositions = Object.fromEntries(
    Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.spanOf(['rules', id, 'options'] as Path))]),
  );
  config.ruleKeyPositions = Object.fromEntries(Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.keySpanOf(['rules', id] as Path))]));
  config.file = file;
  return { config, errors: [] };
}

/**
 * The facts that are networks or addresses, checked as the rules will read them: a value that does
 * not parse is a configuration error, not a fact that silently goes missing (the rules that need
 * it would stay quiet).
 */
function addressErrors(config: NetlintConfig): { path: Path; error: string }[] {
  const out: { path: Path; error: string }[] = [];
  const check = (path: Path, text: string, parse: (t: string) => { ok: true } | { ok: false; error: string }): void => {
    const r = parse(text);
    if (!r.ok) out.push({ path, error: `is not ${parse === parseCidr ? 'a network (CIDR)' : 'an IP address'}: ${r.error}` });
  };
  const cluster = config.cluster ?? {};
  for (const key of ['podCIDR', 'serviceCIDR'] as const) {
    const v = cluster[key];
    if (typeof v === 'string') check(['cluster', key], v, parseCidr);
    else v?.forEach((c, i) => check(['cluster', key, i], c, parseCidr));
  }
  cluster.nodeSubnets?.forEach((c, i) => check(['cluster', 'nodeSubnets', i], c, parseCidr));
  cluster.nodes?.forEach((n, i) => n.addresses?.forEach((a, j) => check(['cluster', 'nodes', i, 'addresses', j], a, parseIpResult)));
  config.expect?.forEach((e, i) => {
    for (const side of ['from', 'to'] as const) {
      const sel = e[side];
      if (typeof sel !== 'object' || sel.cidr === undefined) continue;
      // An address selects the range that holds it, as `reach --from ADDRESS` does.
      const cidr = sel.cidr;
      check(['expect', i, side, 'cidr'], cidr, cidr.includes('/') ? parseCidr : parseIpResult);
      // A range selects address ranges only: a workload's fields beside it would be dropped unsaid.
      const beside = (['namespace', 'name', 'labels', 'namespaceLabels'] as const).filter((k) => sel[k] !== undefined);
      if (beside.length > 0) out.push({ path: ['expect', i, side, beside[0]], error: `cannot stand beside cidr: cidr selects address ranges, ${beside.join(', ')} select workloads; write two assertions` });
    }
  });
  return out;
}

const optionValidators = new WeakMap<object, ValidateFunction>();

/**
 * Checks each rule's `options` in the config against the rule's `meta.options` schema: a typo in
 * an option is a configuration error, not a silently ignored setting.
 */
export function validateRuleOptions(config: NetlintConfig, rules: readonly { meta: { id: string; options?: Record<string, unknown> } }[]): ConfigError[] {
  const errors: ConfigError[] = [];
  const file = config.file ?? '.netlint.yaml';
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (typeof setting !== 'object' || setting.options === undefined) continue;
    const at = config.rulePositions?.[rule.meta.id] ?? { line: 1, column: 1 };
    if (!rule.meta.options) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options: this rule takes no options` });
      continue;
    }
    let validate = optionValidators.get(rule.meta.options);
    if (!validate) optionValidators.set(rule.meta.options, (validate = trustedAjv().compile(rule.meta.options)));
    if (validate(setting.options)) continue;
    for (const e of mostSpecific(validate.errors ?? [])) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options${formatPath(errorPath(e)) === '(root)' ? '' : `.${formatPath(errorPath(e))}`} ${describeError(e)}` });
    }
  }
  return errors;
}

/** `rules:` keys that name no known rule: a misspelt id would otherwise leave the rule as it was, silently. */
export function validateRuleIds(config: NetlintConfig, knownIds: readonly string[]): ConfigError[] {
  const file = config.file ?? '.netlint.yaml';
  const known = new Set(knownIds);
  return Object.keys(config.rules ?? {})
    .filter((id) => !known.has(id))
    .map((id) => {
      const at = config.ruleKeyPositions?.[id] ?? config.rulePositions?.[id] ?? { line: 1, column: 1 };
      return { file, line: at.line, column: at.column, message: `rules.${id}: unknown rule${unknownRuleHint(id, knownIds)}` };
    });
}

/**
 * What to say after "unknown rule": the ids it is close to, else, for a pack none of the loaded
 * rules belongs to (most likely your own, whose folder this run was not given), that its pack is
 * not loaded, else where the ids are listed.
 */
export function unknownRuleHint(id: string, knownIds: readonly string[]): string {
  const near = nearestIds(id, knownIds);
  if (near.length > 0) return ` (did you mean ${near.join(', ')}?)`;
  const pack = id.includes('/') ? id.slice(0, id.indexOf('/')) : null;
  if (pack !== null && !knownIds.some((k) => k.startsWith(`${pack}/`))) return `: no rule pack "${pack}" is loaded (give its folder with --rules, or list it under rulePacks: in .netlint.yaml)`;
  return ' (netlint rules lists them)';
}

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode; $ref?: string };

/** Every field the config schema names, as paths (`cluster.calicoVersion`), through objects only. */
const SCHEMA_FIELDS: readonly (readonly string[])[] = (() => {
  const out: string[][] = [];
  const walk = (node: SchemaNode, at: string[]): void => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      out.push([...at, key]);
      walk(child, [...at, key]);
    }
  };
  walk(schema as SchemaNode, []);
  return out;
})();

/**
 * For a field the schema does not know, the one meant: a close spelling at the same place
 * (`cluster.calicoversion`), or the same name elsewhere (`calicoVersion` at the top, which lives
 * under `cluster`). Empty when there is nothing close.
 */
function knownKeyHint(path: Path): string {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return '';
  const parent = path.slice(0, -1).filter((p): p is string => typeof p === 'string').join('.');
  const siblings = SCHEMA_FIELDS.filter((f) => f.slice(0, -1).join('.') === parent).map((f) => f[f.length - 1]);
  const near = didYouMean(key, siblings);
  if (near !== null) return ` (did you mean ${[...path.slice(0, -1), near].join('.')}?)`;
  const elsewhere = SCHEMA_FIELDS.find((f) => f[f.length - 1].toLowerCase() === key.toLowerCase());
  return elsewhere ? ` (did you mean ${elsewhere.join('.')}?)` : '';
}

/** The known ids closest to `id` by edit distance, when close enough to be a typo (at most a third of its length). */
export function nearestIds(id: string, knownIds: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored = knownIds.map((k) => ({ k, d: editDistance(id, k) })).filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  return scored.filter((s) => s.d === best).map((s) => s.k).slice(0, 3);
}


/** The effective severity of a rule under the config, or null when it is off. */
export function effectiveSeverity(ruleId: string, defaultSeverity: Severity, enabledByDefault: boolean, config: NetlintConfig): Severity | null {
  const setting = config.rules?.[ruleId];
  const value = typeof setting === 'object' ? setting.severity : setting;
  if (value === undefined) return enabledByDefault ? defaultSeverity : null;
  if (value === 'off') return null;
  if (value === 'on') return defaultSeverity;
  return value;
}

export function ruleOptions(ruleId: string, config: NetlintConfig): Record<string, unknown> {
  const setting = config.rules?.[ruleId];
  return typeof setting === 'object' && setting.options ? setting.options : {};
}

/** Glob → RegExp: `**` any depth, `*` within a segment, `?` one character; a bare folder matches below it. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  const g = glob.replace(/^\.\//, '').replace(/\/$/, '/**');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        i++;
        if (g[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}

export interface NormalizedIgnore {
  patterns: RegExp[];
  rules: string[] | null;
  position: Position | null;
}

export function normalizeIgnores(config: NetlintConfig): NormalizedIgnore[] {
  return (config.ignore ?? []).map((entry, i) => {
    const e = typeof entry === 'string' ? { paths: [entry] } : entry;
    return { patterns: e.paths.map(globToRegExp), rules: e.rules ?? null, position: config.ignorePositions?.[i] ?? null };
  });
}
