/** Safe access to decoded YAML values, which can be anything a user wrote. */

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asObject(v: unknown): Obj {
  return isObject(v) ? v : {};
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * The value at `path` inside a JSON document (a schema), each step a property name or an array
 * index, as a number or as the string a JSON Pointer gives; undefined past a scalar or a missing step.
 */
export function getInDocument(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(seg)];
  }
  return node;
}

/** The value at `path`, or undefined when any step is missing or of the wrong type. */
export function getIn(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  // An indexed loop: this runs for most field reads, often before V8 optimizes it, and an
  // unoptimized for-of allocates an iterator result per step.
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (typeof seg === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[seg];
    } else {
      if (!isObject(node)) return undefined;
      node = Object.prototype.hasOwnProperty.call(node, seg) ? node[seg] : undefined;
    }
  }
  return node;
}

export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(asObject(v))) if (typeof val === 'string') out[k] = val;
  return out;
}

/** stringMap, with booleans and numbers as the text Go gives them when decoding into a string field (`true`, `7`). */
export function scalarStringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(asObject(v))) if (typeof val === 'string' || typeof val === 'boolean' || (typeof val === 'number' && Number.isFinite(val))) out[k] = String(val);
  return out;
}

/** Items of an array with their index, skipping non-objects (a rule's path needs the index). */
export function objectItems(v: unknown): [number, Obj][] {
  const out: [number, Obj][] = [];
  if (!Array.isArray(v)) return out;
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (isObject(item)) out.push([i, item]);
  }
  return out;
}

/**
 * Whether Go's encoding/json decodes a JSON number written as `text` into an integer field:
 * it stores it with strconv.ParseInt (signed) or ParseUint (unsigned) of the literal (decode.go
 * literalStore), so only digits, and a minus sign for a signed field. `1500.0`, `1e3` and, into an
 * unsigned field, `-0` fail where JavaScript reads an integer.
 */
export function isGoIntegerLiteral(text: string, signed: boolean): boolean {
  return (signed ? /^-?[0-9]+$/ : /^[0-9]+$/).test(text);
}

/**
 * Whether Go's encoding/json stores a JSON number written as `text` into an `int` field of a
 * 64-bit build: a signed integer literal (isGoIntegerLiteral) that strconv.ParseInt with bitSize 64
 * accepts, so within -2^63 .. 2^63-1 (a larger one fails "value out of range").
 */
export function isGoInt64Literal(text: string): boolean {
  if (!isGoIntegerLiteral(text, true)) return false;
  const n = BigInt(text);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/**
 * The key as written that Go's encoding/json binds to struct field `name`: the exact key, else
 * one that differs in case only (CNI plugins, flannel and Multus decode their JSON this way).
 */
export function goJsonKey(obj: Obj, name: string): string | undefined {
  if (name in obj) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

/** The value Go's encoding/json reads into field `name` (see goJsonKey), or undefined. */
export function goJsonField(obj: Obj, name: string): unknown {
  const k = goJsonKey(obj, name);
  return k === undefined ? undefined : obj[k];
}

/**
 * A decoded JSON or YAML value as a message names it, for "must be …, not …": `a list`,
 * `an object`, `the string "x"`, `the number 5`, `the fraction 1.5`, `the negative number -1`,
 * `true`, `null`.
 */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return !Number.isInteger(v) ? `the fraction ${v}` : v < 0 ? `the negative number ${v}` : `the number ${v}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  if (v === null || typeof v !== 'object') return `${JSON.stringify(v)}`;
  return 'an object';
}

/** A path as messages write it: `spec.ingress[0].from`, `(root)` for none. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(root)';
}
