/**
 * One place that knows ajv: a shared instance, and the translation of ajv's errors into our
 * paths (instancePath JSON pointer → path segments; a missing property points below its parent,
 * so locating it falls back to the parent) and into readable messages.
 */
import type * as AjvModule from 'ajv';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import { addUserFormats, USER_FORMAT_WORDS } from './json-formats.js';
import { formatPath } from './values.js';
import { unescapePointerToken } from './json-pointer.js';

/**
 * A new ajv instance. ajv's compiler is some 60 CommonJS modules that take several milliseconds to
 * load, and a lint rarely compiles a schema (netlint's own are compiled ahead of time, see
 * rules/generated/validators.js): it is required on the first call, not when netlint starts. The
 * bundler turns the `require` into a call of the bundled module's loader.
 */
export function newAjv(options: Options): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof AjvModule;
  return new AjvClass(options);
}

/** Options of every ajv instance netlint makes (scripts/gen-validators.mjs compiles with them too). */
export const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true } as const;

let shared: Ajv | undefined;

/**
 * The instance that checks users' schemas (their data rules' `assert`) against the JSON Schema
 * meta-schema, which it compiles on its first use; it compiles no user schema itself.
 */
export function ajv(): Ajv {
  return (shared ??= addUserFormats(newAjv({ ...AJV_OPTIONS, strictSchema: true })));
}

/**
 * A new instance for one set of users' schemas (the rule files of one run, see
 * data-rule.ts compileDataRules), which may refer to each other by `$id`: a keyword JSON Schema
 * does not know (`propertiez:`) is an error, not a constraint that silently never applies. It
 * checks the formats of json-formats.ts. The schemas were checked against the meta-schema already
 * (`ajv()`), so it does not again.
 */
export function userAjv(): Ajv {
  return addUserFormats(newAjv({ ...AJV_OPTIONS, strictSchema: true, validateSchema: false }));
}

let trusted: Ajv | undefined;

/**
 * The instance for netlint's own schemas that were not compiled ahead of time (rule options, the
 * configuration file): they are tested with the code, so ajv skips checking them against the
 * meta-schema (which would compile the meta-schema itself on first use).
 */
export function trustedAjv(): Ajv {
  return (trusted ??= newAjv({ ...AJV_OPTIONS, validateSchema: false }));
}

export type { ErrorObject, ValidateFunction };

export function errorPath(error: ErrorObject): (string | number)[] {
  const path: (string | number)[] = error.instancePath
    .split('/')
    .slice(1)
    .map(unescapePointerToken)
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  if (error.keyword === 'required') path.push((error.params as { missingProperty: string }).missingProperty);
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  return path;
}

export { formatPath };

/** A readable sentence for one ajv error, naming the allowed values of an enum. */
export function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `is required`;
    case 'additionalProperties':
      return `is not a known field`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'format':
      return USER_FORMAT_WORDS[params.format as string] === undefined ? (error.message ?? 'is invalid') : `must be ${USER_FORMAT_WORDS[params.format as string]} (format ${params.format as string})`;
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Keywords that judge an object or list as a whole (how many properties or items it holds, or, for
 * `not`, that it matches a schema it must not): their error is no consequence of an error below,
 * and stays beside it (an AdminNetworkPolicy peer with two fields, `maxProperties: 1`, is wrong
 * whatever one of them holds; metadata that must not hold annotations is wrong whatever its labels).
 */
const WHOLE_VALUE_KEYWORDS: ReadonlySet<string> = new Set(['maxProperties', 'minProperties', 'maxItems', 'minItems', 'uniqueItems', 'not']);

/** Drops a path's error when a deeper path below it also failed, unless it judges the value as a whole. */
export function withoutConsequences(byPath: ReadonlyMap<string, ErrorObject>): ErrorObject[] {
  const keys = [...byPath.keys()];
  return keys.filter((k) => WHOLE_VALUE_KEYWORDS.has(byPath.get(k)!.keyword) || !keys.some((o) => o !== k && (o.startsWith(`${k}.`) || o.startsWith(`${k}[`)))).map((k) => byPath.get(k)!);
}

/**
 * Keeps the most specific errors: ajv reports a failed `oneOf` and every branch's complaint;
 * the deepest paths say what is actually wrong. One error per path.
 */
export function mostSpecific(errors: readonly ErrorObject[]): ErrorObject[] {
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = useful.length > 0 ? useful : [...errors];
  const byPath = new Map<string, ErrorObject>();
  for (const e of pool) {
    const key = formatPath(errorPath(e));
    if (!byPath.has(key)) byPath.set(key, e);
  }
  // Drop a path when a deeper path below it also failed (the parent's error is the consequence).
  return withoutConsequences(byPath);
}
