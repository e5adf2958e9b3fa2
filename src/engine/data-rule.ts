/**
 * Data rules: YAML files with `match` and an `assert` JSON Schema, compiled once by ajv. Each
 * schema violation becomes a finding whose path is ajv's `instancePath`, so data rules get exact
 * positions like code rules. Built-in and user rules go through this same function; a malformed
 * rule file is reported with positions inside that file.
 */
import ruleSchema from '../../rules/rule.schema.json' with { type: 'json' };
import { refProblems } from './assert-refs.js';
import { assertProblems, draftProblem } from './assert-schema.js';
import { matchProblems } from './data-rule-match.js';
import type { AssertProblem } from './assert-schema.js';
import { ajv, describeError, errorPath, formatPath, mostSpecific, trustedAjv, userAjv } from './ajv.js';
import type { ErrorObject, ValidateFunction } from './ajv.js';
import type { ConfigError } from './config.js';
import { defineRule, formatMessage, PLACEHOLDER } from './rule.js';
import type { Rule } from './rule.js';
import { RuleFileFault } from './rule-crash.js';
import type { Path, RuleMeta, Severity } from './types.js';
import { LineIndex, OWN_FILE_YAML_LIMITS, ownFileProblemMessage, parseYamlStream } from './yaml.js';
import type { YamlDocument } from './yaml.js';
import { unescapePointerToken } from './json-pointer.js';
import { getInDocument } from './values.js';

interface DataRuleFile {
  id: string;
  description: string;
  severity: Severity;
  remediation: string;
  docs?: string;
  enabledByDefault?: boolean;
  match: { kinds?: string[]; group?: string | string[]; kind?: string | string[] };
  message?: string;
  assert: Record<string, unknown>;
}

let fileValidator: ValidateFunction | undefined;

export const DATA_RULE_SCHEMA = ruleSchema;

/** A rule file read and checked on its own, its `assert` not yet compiled (see `compileDataRules`). */
export interface DataRuleRead {
  def: DataRuleFile;
  file: string;
  /** A problem inside `assert` as the rule file's error, at its line and column. */
  atAssert: (p: AssertProblem) => ConfigError;
}

/**
 * Parses a data rule file and checks everything of it that needs no other file: its fields, its
 * `match`, its `message`, and `assert` against JSON Schema draft-07 (the `$ref`s, which may reach
 * other files, are `compileDataRules`'s). `expectedId`, when given, is the id the file's location
 * implies (`<pack>/<name>` from `<dir>/<pack>/<name>.yaml`); a different `id` is an error.
 * `taken`, when given, holds the ids already defined: a built-in rule's (value null) or another
 * rule file's (its path); this file repeating one is an error at its `id`. A refused file's
 * `assert`, when it is an object, comes back beside its errors, so that another file's `$ref` to
 * it can say it is refused.
 */
export function readDataRule(text: string, file: string, expectedId?: string, taken?: ReadonlyMap<string, string | null>): { read: DataRuleRead } | { errors: ConfigError[]; assert?: Record<string, unknown> } {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const at = (offset: number, message: string): ConfigError => ({ file, ...lines.position(offset), message });
  if (stream.problems.length > 0) return { errors: stream.problems.map((p) => at(p.start, ownFileProblemMessage(p))) };
  const docs = stream.documents.filter((d) => d.value != null);
  if (docs.length !== 1) return { errors: [at(docs[1]?.start ?? 0, 'a rule file must hold exactly one YAML document')] };
  const doc = docs[0];
  const value = doc.value as Record<string, unknown>;
  const refused = (errors: ConfigError[]) => ({ errors, ...(isObject(value) && isObject(value.assert) ? { assert: value.assert } : {}) });
  const validateFile = (fileValidator ??= trustedAjv().compile(ruleSchema));
  // Every stage whose part of the file is sound is checked, so one run tells every problem.
  const errors: ConfigError[] = [];
  const fileErrors = validateFile(doc.value) ? [] : mostSpecific(validateFile.errors ?? []).map((e) => ({ path: errorPath(e), e }));
  for (const { path, e } of fileErrors) errors.push(at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)}`));
  if (!isObject(value)) return refused(errors);
  const sound = (key: string) => !fileErrors.some((f) => f.path[0] === key);
  const def = doc.value as DataRuleFile;
  if (expectedId && typeof def.id === 'string' && def.id !== expectedId) {
    errors.push(at(doc.spanOf(['id']).start, `id "${def.id}" does not match the file's location (expected "${expectedId}")`));
  }
  const atAssert = (p: AssertProblem): ConfigError => {
    const path = ['assert', ...p.path];
    return at((p.at === 'key' ? doc.keySpanOf(path) : doc.spanOf(path)).start, `${formatPath(path)} ${p.message}`);
  };
  if (sound('match') && isObject(def.match)) errors.push(...matchProblems(def.match).map((p) => at(doc.spanOf(p.path).start, `${formatPath(p.path)} ${p.message}`)));
  if (typeof def.id === 'string' && taken?.has(def.id)) {
    const other = taken.get(def.id);
    const owner = other === null ? 'a built-in rule (netlint rules lists them)' : `the rule in ${other}`;
    errors.push(at(doc.spanOf(['id']).start, `id "${def.id}" is already the id of ${owner}; rename this pack's folder or file`));
  }
  if (sound('message') && typeof def.message === 'string') {
    for (const p of unknownPlaceholders(def.message)) errors.push(at(placeholderOffset(text, doc.spanOf(['message']), p), `message placeholder ${p} is not one netlint fills; it fills ${MESSAGE_PLACEHOLDERS.map((n) => `{{${n}}}`).join(', ')}`));
  }
  if (sound('assert') && isObject(def.assert)) errors.push(...assertErrors(def.assert, doc, at, atAssert));
  if (errors.length > 0) return refused(errors.sort((a, b) => a.line - b.line || a.column - b.column));
  return { read: { def, file, atAssert } };
}

/** What is wrong with a rule's `assert`: an unknown `$schema`, netlint's own checks, else the JSON Schema meta-schema's. */
function assertErrors(assert: Record<string, unknown>, doc: YamlDocument, at: (offset: number, message: string) => ConfigError, atAssert: (p: AssertProblem) => ConfigError): ConfigError[] {
  // A $schema ajv does not know throws inside validateSchema: checked first.
  const draft = draftProblem(assert);
  if (draft !== null) return [atAssert(draft)];
  const problems = assertProblems(assert);
  if (problems.length > 0) return problems.map(atAssert);
  // Check the schema against the JSON Schema meta-schema, to point at the bad keyword.
  const meta = ajv();
  if (meta.validateSchema(assert)) return [];
  return mostSpecific(meta.errors ?? []).map((e) => {
    const path = ['assert', ...errorPath(e)];
    return at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)} (not a valid JSON Schema)`);
  });
}

/**
 * Compiles rule files read by `readDataRule` as one set, in one ajv instance of their own: every
 * file's `$ref`s are checked and its schema registered before any is compiled, so a `$ref` may
 * reach the `$id` of any file of the set, whatever order they were read in. `refused` are the
 * `assert`s of files of the set refused on reading, so that a `$ref` to one says so. One result
 * per read file, in order.
 */
export function compileDataRules(reads: readonly DataRuleRead[], refused: readonly { file: string; assert: Record<string, unknown> }[] = []): ({ rule: Rule } | { errors: ConfigError[] })[] {
  const set = userAjv();
  const entries = [...reads.map((r) => ({ file: r.file, assert: r.def.assert })), ...refused.map((r) => ({ ...r, refused: true }))];
  const { problems, schemas, reaches } = refProblems(entries, (base, ref) => set.opts.uriResolver.resolve(base, ref));
  // ajv names a subschema reached through another $id by that $id: `https://…#/definitions/a/not`,
  // or `https://…/not` when the $ref had no fragment.
  const ids = [...schemas.keys()].sort((a, b) => b.length - a.length);
  const schemaAt = (own: Record<string, unknown>): SchemaAt => (schemaPath) => {
    if (schemaPath.startsWith('#')) return getInDocument(own, schemaPointer(schemaPath));
    const hash = schemaPath.indexOf('#');
    if (hash >= 0) return schemas.has(schemaPath.slice(0, hash)) ? getInDocument(schemas.get(schemaPath.slice(0, hash)), schemaPointer(schemaPath.slice(hash))) : undefined;
    const id = ids.find((i) => schemaPath === i || schemaPath.startsWith(`${i}/`));
    return id === undefined ? undefined : getInDocument(schemas.get(id), schemaPointer(`#${schemaPath.slice(id.length)}`));
  };
  const results: ({ rule: Rule } | { errors: ConfigError[] } | null)[] = reads.map((r, i) => (problems[i].length > 0 ? { errors: problems[i].map(r.atAssert) } : null));
  // Registered first, so that compiling one finds any other it refers to.
  reads.forEach((r, i) => {
    if (results[i] !== null || typeof r.def.assert.$id !== 'string') return;
    try {
      set.addSchema(r.def.assert);
    } catch (error) {
      results[i] = { errors: [compileError(r.def.assert, (error as Error).message, r.atAssert)] };
    }
  });
  // A file after the files its $refs reach: ajv compiles a schema a $ref reaches when it meets the
  // $ref, so compiling a chain of files from its head nests one compile in another per file
  // (a chain of 300 ran out of stack); from its tail each finds the next compiled.
  for (const i of afterWhatTheyReach(reaches, reads.length)) {
    if (results[i] !== null) continue;
    const r = reads[i];
    try {
      results[i] = { rule: dataRule(r.def, set.compile(r.def.assert), r.file, schemaAt(r.def.assert)) };
    } catch (error) {
      const deep = error instanceof RangeError ? 'cannot be compiled: its $refs through other rule files nest too deeply for ajv (a loop of $refs through many files?)' : null;
      results[i] = { errors: [deep === null ? compileError(r.def.assert, (error as Error).message, r.atAssert) : r.atAssert({ path: [], message: deep })] };
    }
  }
  return results.map((r) => r!);
}

/** The indices below `count`, each after those it reaches (depth first; in a loop, in the order met). */
function afterWhatTheyReach(reaches: readonly (readonly number[])[], count: number): number[] {
  const order: number[] = [];
  const seen = new Set<number>();
  for (let start = 0; start < count; start++) {
    if (seen.has(start)) continue;
    seen.add(start);
    // Without recursion: a chain may be as long as the pack.
    const stack: { at: number; next: number }[] = [{ at: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const to = reaches[top.at]?.[top.next++];
      if (to === undefined) {
        order.push(top.at);
        stack.pop();
      } else if (to < count && !seen.has(to)) {
        seen.add(to);
        stack.push({ at: to, next: 0 });
      }
    }
  }
  return order;
}

/** A data rule file on its own (`readDataRule` then `compileDataRules`): its `$ref`s reach its own schema only. */
export function parseDataRule(text: string, file: string, expectedId?: string, taken?: ReadonlyMap<string, string | null>): { rule: Rule } | { errors: ConfigError[] } {
  const read = readDataRule(text, file, expectedId, taken);
  if ('errors' in read) return { errors: read.errors };
  return compileDataRules([read.read])[0];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The placeholders a data rule's `message` may hold: what `dataRule` passes to `ctx.report`. */
const MESSAGE_PLACEHOLDERS = ['path', 'error', 'value'] as const;

/** The placeholders of `message` (as written, `{{eror}}`) that netlint does not fill. */
function unknownPlaceholders(message: string | undefined): string[] {
  if (message === undefined) return [];
  return [...message.matchAll(PLACEHOLDER)].filter((m) => !(MESSAGE_PLACEHOLDERS as readonly string[]).includes(m[1])).map((m) => m[0]);
}

/** Where `placeholder` is written inside the message's scalar, or the scalar's start (an escape changed it). */
function placeholderOffset(text: string, span: { start: number; end: number }, placeholder: string): number {
  const found = text.slice(span.start, span.end).indexOf(placeholder);
  return found < 0 ? span.start : span.start + found;
}

/**
 * An error ajv threw while registering or compiling `assert`, which netlint's own checks of the
 * schema (assert-schema.ts, assert-refs.ts) did not foresee: at the `$ref` or `$id` it names when
 * there is one, else at `assert`.
 */
function compileError(assert: Record<string, unknown>, message: string, atAssert: (p: AssertProblem) => ConfigError): ConfigError {
  const ref = /^can't resolve reference (.*) from id /.exec(message);
  const refPath = ref === null ? null : keyPath(assert, '$ref', ref[1]);
  if (refPath !== null) return atAssert({ path: refPath, message: `"${ref![1]}" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/…", or the $id of another rule's assert)` });
  const id = /^(?:schema with key or id|reference) "(.*)" (?:already exists|resolves to more than one schema)$/.exec(message);
  const idPath = id === null ? null : keyPath(assert, '$id', id[1]);
  if (idPath !== null) return atAssert({ path: idPath, message: `"${id![1]}" is the $id of another schema too; each schema $id must be unique (give this one its own, or drop it)` });
  return atAssert({ path: [], message: `is not a valid JSON Schema: ${message}` });
}

/** The path of the first mapping key `name` in `value` (depth first), holding `equal` when given, or null. */
function keyPath(value: unknown, name: string, equal?: unknown): Path | null {
  if (value === null || typeof value !== 'object') return null;
  if (!Array.isArray(value) && Object.hasOwn(value, name) && (equal === undefined || (value as Record<string, unknown>)[name] === equal)) return [name];
  for (const [k, v] of Object.entries(value)) {
    const below = keyPath(v, name, equal);
    if (below !== null) return [Array.isArray(value) ? Number(k) : k, ...below];
  }
  return null;
}

function matchKinds(match: DataRuleFile['match']): string[] {
  if (match.kinds) return match.kinds;
  const groups = match.group === undefined ? [''] : Array.isArray(match.group) ? match.group : [match.group];
  const kinds = Array.isArray(match.kind) ? match.kind : [match.kind!];
  return groups.flatMap((g) => kinds.map((k) => (g ? `${g}/${k}` : k)));
}

function dataRuleMeta(def: DataRuleFile, file: string): RuleMeta {
  return {
    id: def.id,
    description: def.description,
    severity: def.severity,
    remediation: def.remediation,
    kinds: matchKinds(def.match ?? {}),
    messages: { violation: def.message ?? '{{path}} {{error}}' },
    source: file,
    docs: def.docs,
    enabledByDefault: def.enabledByDefault,
  };
}

/**
 * A data rule shipped with netlint: its metadata is read when the rule list is built, and its
 * schema is ready on the rule's first `check`, so a process that never lints a resource of its
 * kinds (`netlint --version`, `rules`, most lints) never pays for it. `generated` is the validator
 * scripts/gen-validators.mjs compiled ahead of time (rules/generated/validators.js); without one
 * (a file added without regenerating) the file is checked and compiled by ajv on that first check,
 * and a file that `parseDataRule` refuses throws there. rules.test.ts holds every built-in file to
 * `parseDataRule`. `read` is the file's value as the same script read it, so that building the
 * rule list parses no YAML (without it, the text is read here).
 */
export function deferredDataRule(text: string, file: string, id: string, generated?: () => ValidateFunction, read?: unknown): Rule {
  const def = (read ?? parseYamlStream(text, OWN_FILE_YAML_LIMITS).documents.find((d) => d.value != null)?.value ?? {}) as DataRuleFile;
  let compiled: Rule | undefined;
  const compile = (): Rule => {
    if (generated) return dataRule(def, generated(), file);
    const result = parseDataRule(text, file, id);
    if ('errors' in result) {
      const e = result.errors[0];
      throw new Error(`built-in rule ${e.file}:${e.line}:${e.column}: ${e.message}`);
    }
    return result.rule;
  };
  return defineRule({
    meta: dataRuleMeta(def, file),
    check(resource, ctx) {
      (compiled ??= compile()).check(resource, ctx);
    },
  });
}

/** The subschema at an ajv `schemaPath` (`#/properties/spec/not`, or `https://…#/…` inside another file's schema), or undefined. */
type SchemaAt = (schemaPath: string) => unknown;

function dataRule(def: DataRuleFile, validate: ValidateFunction, file: string, schemaAt: SchemaAt = (p) => (p.startsWith('#') ? getInDocument(def.assert, schemaPointer(p)) : undefined)): Rule {
  return defineRule({
    meta: dataRuleMeta(def, file),
    check(resource, ctx) {
      let valid: boolean;
      try {
        valid = validate(resource.value) as boolean;
      } catch (error) {
        throw new RuleFileFault(`${file}: invalid rule: assert cannot be evaluated on ${resource.file}: ${(error as Error).message}${error instanceof RangeError ? ' (a $ref that leads back to the schema it is in?)' : ''}`);
      }
      if (valid) return;
      for (const v of violations(validate.errors ?? [], schemaAt, resource.value)) {
        const value = 'value' in v ? v.value : getInDocument(resource.value, v.path);
        ctx.report({
          path: v.path,
          ...(v.at === 'key' ? { at: 'key' as const } : {}),
          messageId: 'violation',
          data: { path: formatPath(v.path), error: v.text, value: value === undefined ? '(missing)' : value },
        });
      }
    },
  });
}

/** Alternatives an anyOf finding names before it stops. */
const ALTERNATIVES_SHOWN = 4;

/** One finding of a failed validation: where, what it says, and the value it shows when not the one at `path`. */
interface Violation {
  path: Path;
  text: string;
  /** Point at the mapping key rather than its value: a field that should not be there. */
  at?: 'key';
  value?: unknown;
}

/**
 * The findings of one failed validation: one per failed `anyOf`, naming what each alternative
 * missed (ajv reports the anyOf and every branch's errors, which on their own each claim to be
 * required), and the most specific of the other errors.
 */
function violations(errors: readonly ErrorObject[], schemaAt: SchemaAt, root: unknown): Violation[] {
  const out: Violation[] = [];
  const consumed = new Set<ErrorObject>();
  // Outermost first: a nested anyOf is part of its branch's summary.
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length)) {
    if (consumed.has(anyOf)) continue;
    consumed.add(anyOf);
    // A oneOf that more than one alternative matches: the other alternatives' errors are no
    // reason (their fields are not required); which ones matched is.
    const passing = anyOf.keyword === 'oneOf' ? (anyOf.params as { passingSchemas?: [number, number] | null }).passingSchemas : null;
    if (Array.isArray(passing)) {
      for (const e of errors) if (e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) consumed.add(e);
      const matched = passing.map((i) => `(${i + 1}) ${gistOf(schemaAt(`${anyOf.schemaPath}/${i}`))}`);
      out.push({ path: errorPath(anyOf), text: `matches more than one of the alternatives (oneOf), which must be exactly one: ${matched.join(' and ')}` });
      continue;
    }
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) continue;
      consumed.add(e);
      const branch = e.schemaPath.slice(anyOf.schemaPath.length + 1).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    const base = errorPath(anyOf).length;
    const said = [...branches.values()].map((branch) =>
      mostSpecific(branch)
        .flatMap((e) => {
          const forbidden = e.keyword === 'not' ? forbiddenFields(schemaAt(e.schemaPath), errorPath(e), root) : null;
          const each = forbidden ?? [{ path: errorPath(e), text: describe(e, schemaAt) }];
          return each.map(({ path, text }) => {
            const rest = path.slice(base);
            return `${rest.length === 0 ? '' : `${formatPath(rest).replace(/^\./, '')} `}${text}`;
          });
        })
        .join(' and '),
    );
    const shown = said.slice(0, ALTERNATIVES_SHOWN).map((t, i) => `(${i + 1}) ${t}`);
    const more = said.length > ALTERNATIVES_SHOWN ? `; and ${said.length - ALTERNATIVES_SHOWN} more` : '';
    out.push({ path: errorPath(anyOf), text: `matches none of the alternatives (${anyOf.keyword}): ${shown.join('; ')}${more}` });
  }
  // A failed `contains`: one finding for the array, not one per item that failed its subschema
  // (each of which reads as if that item had to change).
  for (const contains of errors.filter((e) => e.keyword === 'contains' && !consumed.has(e))) {
    consumed.add(contains);
    for (const e of errors) if (e.schemaPath.startsWith(`${contains.schemaPath}/`)) consumed.add(e);
    out.push({ path: errorPath(contains), text: `holds no item that matches ${gistOf(schemaAt(contains.schemaPath))} (contains)` });
  }
  // A failed `propertyNames`: one finding at each key it refuses, naming what the key fails (ajv
  // reports the object with "property name must be valid" and each failure with `propertyName`).
  for (const names of errors.filter((e) => e.keyword === 'propertyNames' && !consumed.has(e))) {
    consumed.add(names);
    const byKey = new Map<string, string[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${names.schemaPath}/`) || e.instancePath !== names.instancePath) continue;
      consumed.add(e);
      const key = (e as ErrorObject & { propertyName?: string }).propertyName;
      if (key !== undefined && e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if') byKey.set(key, [...(byKey.get(key) ?? []), describe(e, schemaAt)]);
    }
    const refused = (names.params as { propertyName?: string }).propertyName;
    if (byKey.size === 0 && refused !== undefined) byKey.set(refused, ['is refused']);
    for (const [key, said] of byKey) out.push({ path: [...errorPath(names), key], at: 'key', value: key, text: `is a key that ${[...new Set(said)].join('; and ')} (propertyNames)` });
  }
  // A failed `not` whose schema names fields (`not: {required: [clusterIP]}`): at those fields.
  for (const not of errors.filter((e) => e.keyword === 'not' && !consumed.has(e))) {
    const forbidden = forbiddenFields(schemaAt(not.schemaPath), errorPath(not), root);
    if (forbidden === null) continue;
    consumed.add(not);
    out.push(...forbidden);
  }
  // Keywords ajv reports at the object or list that are about one of its fields or items, and
  // that a failure deeper down would otherwise hide as if it were its consequence.
  const missing = new Map<string, { path: Path; property: string; missing: string[] }>();
  for (const e of errors.filter((e) => !consumed.has(e))) {
    const params = e.params as { property?: string; missingProperty?: string; limit?: number; i?: number; j?: number };
    if (e.keyword === 'dependencies' && params.property !== undefined && params.missingProperty !== undefined) {
      // dependencies: {a: [b]}: a is set without b. At a, the field that needs the others.
      consumed.add(e);
      const at = [...errorPath(e), params.property];
      const key = formatPath(at);
      missing.set(key, { path: at, property: params.property, missing: [...(missing.get(key)?.missing ?? []), params.missingProperty] });
    } else if (e.keyword === 'additionalItems' && typeof params.limit === 'number') {
      // additionalItems: false beside a list of items: the first item past the list.
      consumed.add(e);
      out.push({ path: [...errorPath(e), params.limit], text: `is past the ${params.limit} item${params.limit === 1 ? '' : 's'} items describes, and additionalItems is false` });
    } else if (e.keyword === 'uniqueItems' && typeof params.i === 'number' && typeof params.j === 'number') {
      // The later of two equal items, naming the earlier (ajv's i and j come in either order).
      consumed.add(e);
      out.push({ path: [...errorPath(e), Math.max(params.i, params.j)], text: `is the same as ${formatPath([...errorPath(e), Math.min(params.i, params.j)])} (uniqueItems)` });
    }
  }
  for (const { path, missing: names } of missing.values()) {
    const fields = names.map((n) => formatPath([...path.slice(0, -1), n]));
    out.push({ path, at: 'key', text: `is set, so ${fields.join(' and ')} ${fields.length === 1 ? 'is' : 'are'} required beside it (dependencies)` });
  }
  // A failed `if` only says that its then (or else) branch failed. When an error at or below its
  // value was told above (a uniqueItems or dependencies inside `then`), it is not told again as
  // "must match "then" schema", which would otherwise be the only error left for the fallback of
  // mostSpecific below. (A branch error left untold is more specific than the `if` anyway.) The
  // branch's errors cannot be matched by schemaPath: inside a $ref it is the definition's.
  for (const e of errors.filter((e) => e.keyword === 'if' && !consumed.has(e))) {
    if (errors.some((b) => consumed.has(b) && b.keyword !== 'if' && (b.instancePath === e.instancePath || b.instancePath.startsWith(`${e.instancePath}/`)))) consumed.add(e);
  }
  // The most specific failing fields, each with every constraint it fails (minLength and pattern
  // both, not whichever ajv reported first).
  const rest = errors.filter((e) => !consumed.has(e) && e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  for (const error of mostSpecific(errors.filter((e) => !consumed.has(e)))) {
    const path = errorPath(error);
    const at = formatPath(path);
    const all = [...new Set([error, ...rest.filter((e) => formatPath(errorPath(e)) === at)].map((e) => describe(e, schemaAt)))];
    // A field that should not be there: its name is the mistake.
    out.push({ path, text: all.join('; and '), ...(error.keyword === 'additionalProperties' ? { at: 'key' as const } : {}) });
  }
  return out;
}

/**
 * What a failed `not` at `path` forbids, said at the fields its schema names, or null to say it of
 * the value as a whole ("must not match {…}"):
 * - `not: {required: [a]}`: a must not be set (at its key); with more keys, the first must not be
 *   set together with the others;
 * - `not: {anyOf: [{required: [a]}, {required: [b]}]}`: each of them set must not be;
 * - `not: {required: [a], properties: {a: S}}`: a must not match S (at its value).
 * A `not` holding other keywords, or failing on a value that is no object (`required` holds of
 * anything else), is said of the value.
 */
function forbiddenFields(subschema: unknown, path: Path, root: unknown): Violation[] | null {
  const value = getInDocument(root, path);
  if (!isObject(subschema) || !isObject(value)) return null;
  const set = (k: unknown): k is string => typeof k === 'string' && Object.hasOwn(value, k);
  const keys = Object.keys(subschema);
  const mustNotBeSet = (key: string, text = 'must not be set'): Violation => ({ path: [...path, key], at: 'key', text });
  const alone = (s: unknown): string | null => (isObject(s) && Object.keys(s).length === 1 && Array.isArray(s.required) && s.required.length === 1 && typeof s.required[0] === 'string' ? s.required[0] : null);
  if (keys.length === 1 && Array.isArray(subschema.anyOf) && subschema.anyOf.every((b) => alone(b) !== null)) {
    const named = [...new Set(subschema.anyOf.map((b) => alone(b)!))].filter(set);
    return named.length > 0 ? named.map((k) => mustNotBeSet(k)) : null;
  }
  const required = Array.isArray(subschema.required) ? [...new Set(subschema.required)] : [];
  if (required.length === 0 || !required.every(set)) return null;
  if (keys.length === 1) {
    const [first, ...others] = required as string[];
    return [mustNotBeSet(first, others.length === 0 ? 'must not be set' : `must not be set together with ${others.map((o) => formatPath([...path, o])).join(' and ')}`)];
  }
  const properties = subschema.properties;
  if (keys.length === 2 && required.length === 1 && isObject(properties) && Object.keys(properties).length === 1 && Object.hasOwn(properties, required[0] as string)) {
    return [{ path: [...path, required[0] as string], text: `must not match ${gistOf(properties[required[0] as string])}` }];
  }
  return null;
}

/** A subschema as the rule author wrote it, shortened: `{const: Egress}`. */
function gistOf(subschema: unknown): string {
  if (subschema === undefined) return 'the subschema';
  const text = flow(subschema);
  return text.length > GIST_LIMIT ? `${text.slice(0, GIST_LIMIT - 1)}…` : text;
}

/** Longest text of a forbidden subschema a `not` finding shows. */
const GIST_LIMIT = 80;

/** `describeError`, and for a failed `not` the subschema it forbids (ajv says "must NOT be valid"). */
function describe(error: ErrorObject, schemaAt: SchemaAt): string {
  if (error.keyword !== 'not') return describeError(error);
  const subschema = schemaAt(error.schemaPath);
  if (subschema === undefined) return 'is not allowed here';
  return `must not match ${gistOf(subschema)}`;
}

/** A value as YAML flow text, as a rule author writes it: `{required: [podSelector]}`. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${flow(k)}: ${flow(v)}`).join(', ')}}`;
  return typeof value === 'string' && /^[A-Za-z_$][\w$./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value);
}

/** ajv's schemaPath (`#/properties/spec/not`, JSON pointer segments URI-encoded) as a path into the schema. */
function schemaPointer(schemaPath: string): Path {
  return schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      let decoded = s;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        // Not URI-encoded: taken as written.
      }
      return unescapePointerToken(decoded);
    });
}

export { formatMessage };
