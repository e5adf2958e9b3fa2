/**
 * Checks of a user's `assert` schema that ajv makes without saying where (a bad regular
 * expression, an unknown format or keyword, a keyword its strict mode refuses as doing nothing
 * where it stands: ajv throws with the schema path unnamed, and stops at the first). Each problem
 * names the path of the offending keyword inside `assert`, so the rule file's error points at it.
 * The `$ref`s, which may reach other rule files, are checked over all of them (assert-refs.ts).
 */
import { didYouMean } from './did-you-mean.js';
import { USER_FORMATS } from './json-formats.js';
import type { Path } from './types.js';

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

export const isSchema = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The subschemas directly inside `schema`, with their relative paths and whether they apply in place. */
export function children(schema: Schema): { path: Path; schema: Schema; inPlace: boolean }[] {
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

/** Every subschema with its path, the root first. */
function subschemas(root: Schema): { path: Path; schema: Schema }[] {
  const out: { path: Path; schema: Schema }[] = [];
  const visit = (path: Path, schema: Schema) => {
    out.push({ path, schema });
    for (const c of children(schema)) visit([...path, ...c.path], c.schema);
  };
  visit([], root);
  return out;
}

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
 * would constrain nothing where they stand, each at its place.
 */
export function assertProblems(root: Schema): AssertProblem[] {
  const problems: AssertProblem[] = [];
  for (const { path, schema } of subschemas(root)) {
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
  }
  return problems;
}
