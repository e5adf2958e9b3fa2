/**
 * Checks of a user's `assert` schema that ajv either makes without saying where (a bad regular
 * expression, a `$ref` to nothing, an unknown format or keyword, a keyword its strict mode refuses
 * as doing nothing where it stands: ajv throws with the schema path unnamed, and stops at the
 * first) or does not make at all (a `$ref` cycle that never descends into the value, which ajv compiles
 * into a validator that recurses until the stack runs out). Each problem names the path of the
 * offending keyword inside `assert`, so the rule file's error points at it.
 */
import { didYouMean } from './did-you-mean.js';
import { USER_FORMATS } from './json-formats.js';
import type { Path } from './types.js';
import { formatPath } from './values.js';

export interface AssertProblem {
  /** Path inside `assert`. */
  path: Path;
  /** Point at the mapping key rather than its value (a `patternProperties` key). */
  at?: 'key';
  message: string;
}

type Schema = Record<string, unknown>;

/** The `$schema` values ajv's default instance reads: draft-07's meta-schema, with or without the empty fragment. */
const DRAFT_07 = new Set(['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema']);

/**
 * Draft-07 keywords whose subschemas apply to the value itself (JSON Schema Validation draft-07
 * §6.7, "Keywords for Applying Subschemas Conditionally/With Boolean Logic"): a `$ref` cycle
 * through these alone never reaches a smaller value, so it never ends.
 */
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_LIST = ['allOf', 'anyOf', 'oneOf'];
/** Keywords whose subschemas apply to a part of the value (an item, a property) or to nothing (definitions). */
const BELOW_ONE = ['additionalItems', 'additionalProperties', 'contains', 'propertyNames'];
const BELOW_MAP = ['properties', 'patternProperties', 'definitions', '$defs'];

const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The subschemas directly inside `schema`, with their relative paths and whether they apply in place. */
function children(schema: Schema): { path: Path; schema: Schema; inPlace: boolean }[] {
  const out: { path: Path; schema: Schema; inPlace: boolean }[] = [];
  const add = (path: Path, v: unknown, inPlace: boolean) => {
    if (isSchema(v)) out.push({ path, schema: v, inPlace });
  };
  for (const k of IN_PLACE_ONE) add([k], schema[k], true);
  for (const k of IN_PLACE_LIST) if (Array.isArray(schema[k])) (schema[k] as unknown[]).forEach((v, i) => add([k, i], v, true));
  for (const k of BELOW_ONE) add([k], schema[k], false);
  if (Array.isArray(schema.items)) schema.items.forEach((v, i) => add(['items', i], v, false));
  else add(['items'], schema.items, false);
  for (const k of [...BELOW_MAP, 'dependencies']) {
    const map = schema[k];
    if (isSchema(map)) for (const [name, v] of Object.entries(map)) add([k, name], v, false);
  }
  return out;
}

/** Every subschema with its path, the root first; a subschema with its own `$id` starts a new base for `$ref`s. */
function walk(root: Schema): { path: Path; schema: Schema; ownBase: boolean }[] {
  const out: { path: Path; schema: Schema; ownBase: boolean }[] = [];
  const visit = (path: Path, schema: Schema, ownBase: boolean) => {
    out.push({ path, schema, ownBase });
    for (const c of children(schema)) visit([...path, ...c.path], c.schema, ownBase || typeof c.schema.$id === 'string');
  };
  visit([], root, false);
  return out;
}

/** A `$ref` of the form `#` or `#/json/pointer`, as a path from the root; null for any other reference. */
function localRef(ref: string): Path | null {
  if (ref !== '#' && !ref.startsWith('#/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(ref.slice(1));
  } catch {
    return null;
  }
  if (decoded === '') return [];
  return decoded
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return node;
}

/** A path as a map key: a `$ref`'s pointer names list items by text (`allOf/0`). */
const key = (path: Path) => JSON.stringify(path.map(String));
const regexError = (source: string): string | null => {
  try {
    new RegExp(source, 'u');
    return null;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
  }
};

/** `$schema` of the root: absent or draft-07, else a problem at its value. */
export function draftProblem(schema: Schema): AssertProblem | null {
  if (!Object.hasOwn(schema, '$schema') || DRAFT_07.has(schema.$schema as string)) return null;
  return {
    path: ['$schema'],
    message: `${JSON.stringify(schema.$schema)} is not draft-07: netlint reads assert as JSON Schema draft-07; remove $schema or set it to "http://json-schema.org/draft-07/schema#" (write definitions for $defs, and items as a list for prefixItems)`,
  };
}

/**
 * The keywords of JSON Schema draft-07 (JSON Schema Core §8, Validation §6-10), with those ajv
 * reads beside them in its draft-07 mode as annotations or as draft-07 reads them (`$defs`,
 * `deprecated`, `$vocabulary`, `contentSchema`): any other key where a schema stands constrains
 * nothing. ajv also knows `nullable` (OpenAPI's: null besides the type), which a CRD schema's
 * author writes; `$async` and draft-04's `id` are refused below.
 */
const KEYWORDS: ReadonlySet<string> = new Set([
  ...['$schema', '$id', '$ref', '$comment', 'definitions'],
  ...['items', 'additionalItems', 'contains', 'properties', 'patternProperties', 'additionalProperties', 'dependencies', 'propertyNames', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not'],
  ...['type', 'enum', 'const', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'format'],
  ...['contentMediaType', 'contentEncoding', 'title', 'description', 'default', 'readOnly', 'writeOnly', 'examples'],
  ...['$defs', 'deprecated', '$vocabulary', 'contentSchema', 'nullable'],
]);

/** Keywords drafts after draft-07 added, with what draft-07 writes instead (JSON Schema 2019-09 release notes). */
const LATER_DRAFT_KEYWORDS: Readonly<Record<string, string>> = {
  dependentRequired: 'write dependencies: {field: [other, …]}',
  dependentSchemas: 'write dependencies: {field: {…schema}}',
  prefixItems: 'write items as a list of schemas, one per position',
  unevaluatedProperties: 'write additionalProperties (it sees only the properties beside it)',
  unevaluatedItems: 'write additionalItems beside a list of items',
  minContains: 'draft-07 has contains alone (at least one item)',
  maxContains: 'draft-07 has contains alone (at least one item)',
  $anchor: 'write $id with a fragment ("#name")',
  $recursiveRef: 'draft-07 has $ref alone',
  $recursiveAnchor: 'draft-07 has $ref alone',
  $dynamicRef: 'draft-07 has $ref alone',
  $dynamicAnchor: 'draft-07 has $ref alone',
};

/** Keys ajv reads that are no draft-07 keywords, and would change what validating means. */
const FOREIGN_KEYWORDS: Readonly<Record<string, string>> = {
  $async: "is ajv's keyword for asynchronous validation, not JSON Schema's; netlint validates synchronously, so remove it",
  id: "is draft-04's name for a schema's identifier; draft-07 writes $id (a property called id belongs under properties)",
};

/**
 * Keywords that do nothing where they stand, which ajv's strict mode refuses (ajv
 * lib/vocabularies/applicator/if.ts, thenElse.ts, additionalItems.ts; nullable in
 * lib/compile/validate/dataType.ts): the rule is refused, said at the keyword.
 */
const IDLE_KEYWORDS: readonly { keyword: string; idle: (o: Schema) => boolean; says: string }[] = [
  { keyword: 'if', idle: (o) => !('then' in o) && !('else' in o), says: 'has neither then nor else beside it, so it would constrain nothing: add then (what must hold when if matches) or else' },
  { keyword: 'then', idle: (o) => !('if' in o), says: 'has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without then' },
  { keyword: 'else', idle: (o) => !('if' in o), says: 'has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without else' },
  { keyword: 'additionalItems', idle: (o) => !Array.isArray(o.items), says: 'applies only beside items written as a list of schemas (one per position), so it would constrain nothing here: write items (one schema for every item) instead' },
  { keyword: 'nullable', idle: (o) => o.nullable === true && !('type' in o), says: 'needs a type beside it: nullable (OpenAPI\'s, as in a CRD schema) allows null besides that type; to allow null alone write type: "null"' },
];

/** The problems of one schema object's keywords: unknown ones, and ones that do nothing where they stand. */
function keywordProblems(path: Path, schema: Schema): AssertProblem[] {
  const problems: AssertProblem[] = [];
  for (const name of Object.keys(schema)) {
    const later = LATER_DRAFT_KEYWORDS[name];
    if (later !== undefined) {
      problems.push({ path: [...path, name], at: 'key', message: `is a keyword of a later JSON Schema draft (2019-09 or 2020-12), not of draft-07, which assert is: ${later}` });
    } else if (Object.hasOwn(FOREIGN_KEYWORDS, name)) {
      problems.push({ path: [...path, name], at: 'key', message: FOREIGN_KEYWORDS[name] });
    } else if (!KEYWORDS.has(name)) {
      const near = didYouMean(name, [...KEYWORDS]);
      problems.push({ path: [...path, name], at: 'key', message: `is not a JSON Schema keyword, so it would constrain nothing (${near === null ? 'a misspelt "properties", "pattern"…?' : `did you mean ${near}?`})` });
    }
  }
  for (const idle of IDLE_KEYWORDS) if (Object.hasOwn(schema, idle.keyword) && idle.idle(schema)) problems.push({ path: [...path, idle.keyword], at: 'key', message: idle.says });
  return problems;
}

/**
 * The problems of `schema` found without ajv: bad regular expressions (`pattern`, a
 * `patternProperties` key), unknown formats, keywords draft-07 does not have and keywords that
 * would constrain nothing where they stand (each at its place), local `$ref`s to nothing, and
 * `$ref` cycles that never descend into the value.
 */
export function assertProblems(root: Schema): AssertProblem[] {
  const problems: AssertProblem[] = [];
  const all = walk(root);
  for (const { path, schema, ownBase } of all) {
    problems.push(...keywordProblems(path, schema));
    if (typeof schema.pattern === 'string') {
      const error = regexError(schema.pattern);
      if (error !== null) problems.push({ path: [...path, 'pattern'], message: `is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): ${error}` });
    }
    if (isSchema(schema.patternProperties)) {
      for (const name of Object.keys(schema.patternProperties)) {
        const error = regexError(name);
        if (error !== null) problems.push({ path: [...path, 'patternProperties', name], at: 'key', message: `key is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): ${error}` });
      }
    }
    if (typeof schema.format === 'string' && !USER_FORMATS.includes(schema.format)) {
      const near = didYouMean(schema.format, USER_FORMATS);
      problems.push({
        path: [...path, 'format'],
        message: `"${schema.format}" is not a format netlint checks${near === null ? '' : ` (did you mean ${near}?)`}; it checks ${USER_FORMATS.filter((f) => !f.startsWith('calico-')).join(', ')} and netlint's calico-* formats (use pattern for any other)`,
      });
    }
    if (typeof schema.$ref === 'string' && !ownBase) {
      const target = localRef(schema.$ref);
      if (target !== null && typeof valueAt(root, target) !== 'boolean' && !isSchema(valueAt(root, target))) {
        problems.push({ path: [...path, '$ref'], message: `"${schema.$ref}" points at no schema in assert` });
      }
    }
  }
  const cycle = endlessRef(root, all);
  if (cycle !== null) problems.push(cycle);
  return problems;
}

/**
 * A `$ref` that leads back to a schema it is applied from without descending into the value on
 * the way (`allOf: [{$ref: "#"}]`): validating any value would recurse without end. Depth-first
 * over the in-place applicators and local `$ref`s of every subschema (refs below a nested `$id`
 * are left to ajv).
 */
function endlessRef(root: Schema, all: readonly { path: Path; schema: Schema; ownBase: boolean }[]): AssertProblem | null {
  const state = new Map<string, 'open' | 'done'>();
  /** The open schemas, each with the `$ref` that led to it (null: an in-place applicator). */
  const stack: { path: Path; via: Path | null }[] = [];
  const visit = (path: Path, schema: Schema, ownBase: boolean, via: Path | null): AssertProblem | null => {
    const k = key(path);
    state.set(k, 'open');
    stack.push({ path, via });
    const next: { path: Path; schema: Schema; ownBase: boolean; via: Path | null }[] = children(schema)
      .filter((c) => c.inPlace)
      .map((c) => ({ path: [...path, ...c.path], schema: c.schema, ownBase: ownBase || typeof c.schema.$id === 'string', via: null }));
    if (typeof schema.$ref === 'string' && !ownBase) {
      const target = localRef(schema.$ref);
      const value = target === null ? undefined : valueAt(root, target);
      if (target !== null && isSchema(value)) next.push({ path: target, schema: value, ownBase: false, via: [...path, '$ref'] });
    }
    for (const n of next) {
      if (state.get(key(n.path)) === 'open') {
        // Every step of the loop is in place or a $ref, so it applies to the same value forever;
        // only a $ref leads back up, so the loop holds one.
        const from = stack.findIndex((s) => key(s.path) === key(n.path));
        const refPath = n.via ?? stack.slice(from + 1).findLast((s) => s.via !== null)!.via!;
        const ref = valueAt(root, refPath);
        return { path: refPath, message: `${JSON.stringify(ref)} leads back to ${n.path.length === 0 ? 'the whole schema' : formatPath(['assert', ...n.path])} without descending into a property or item, so validating any value would recurse without end` };
      }
      if (state.get(key(n.path)) === undefined) {
        const found = visit(n.path, n.schema, n.ownBase, n.via);
        if (found !== null) return found;
      }
    }
    stack.pop();
    state.set(k, 'done');
    return null;
  };
  for (const s of all) {
    if (state.get(key(s.path)) !== undefined) continue;
    const found = visit(s.path, s.schema, s.ownBase, null);
    if (found !== null) return found;
  }
  return null;
}
