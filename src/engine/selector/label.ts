import { BoundedCache } from '../bounded-cache.js';
import { isObject } from '../values.js';
/**
 * Kubernetes label selectors (`metav1.LabelSelector`): matching with the API server's semantics and
 * validation with the API server's rules, so that findings agree with what `kubectl apply` would say.
 */

export type Labels = Readonly<Record<string, string>>;

export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelSelectorRequirement {
  key: string;
  operator: LabelSelectorOperator;
  values?: readonly string[];
}

export interface LabelSelector {
  matchLabels?: Readonly<Record<string, string>>;
  matchExpressions?: readonly LabelSelectorRequirement[];
}

export interface SelectorIssue {
  /** Path inside the selector value, e.g. `['matchExpressions', 0, 'values']`. */
  path: (string | number)[];
  message: string;
}

function hasLabel(labels: Labels, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(labels, key);
}

function matchesRequirement(req: LabelSelectorRequirement, labels: Labels): boolean {
  const present = hasLabel(labels, req.key);
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return present && values.includes(labels[req.key]);
    case 'NotIn':
      return !present || !values.includes(labels[req.key]);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      // The API server refuses to build a selector with an unknown operator; such a selector selects nothing.
      return false;
  }
}

/**
 * All of matchLabels and all of matchExpressions must hold; `{}` selects everything.
 * (A *missing* selector means different things in different fields — e.g. a NetworkPolicy peer without
 * namespaceSelector means "the policy's namespace" — so callers decide that before calling this.)
 */
export function matchesLabelSelector(sel: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(sel.matchLabels ?? {})) {
    if (!hasLabel(labels, key) || labels[key] !== value) return false;
  }
  return (sel.matchExpressions ?? []).every((req) => matchesRequirement(req, labels));
}

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const QUALIFIED_NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const NAME_CHARS_HINT =
  "must be 63 characters or less, start and end with a letter or digit, and contain only letters, digits, '-', '_' and '.'";

/**
 * Why `key` is not a valid label key (a qualified name: `[prefix/]name`), or null when it is.
 * `what` names the key in the message (annotation keys follow the same rule, case aside).
 */
export function labelKeyError(key: string, what = 'label key'): string | null {
  // A cluster repeats a few dozen keys on every object: each is checked once per process.
  let errors = keyErrors.get(what);
  if (errors === undefined) keyErrors.set(what, (errors = new BoundedCache(10_000)));
  return errors.get(key, (k) => computeLabelKeyError(k, what));
}

/** Answers by what is checked ("label key", "annotation key") and key. */
const keyErrors = new Map<string, BoundedCache<string, string | null>>();

function computeLabelKeyError(key: string, what: string): string | null {
  const parts = key.split('/');
  if (parts.length > 2) return `${what} "${key}" may contain at most one "/"`;
  const name = parts[parts.length - 1];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === '') return `${what} "${key}" has an empty prefix before "/"`;
    if (prefix.length > 253) return `${what} prefix "${prefix}" is longer than 253 characters`;
    if (!DNS1123_SUBDOMAIN.test(prefix)) {
      return `${what} prefix "${prefix}" must be a DNS subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`;
    }
  }
  if (name === '') return `${what} "${key}" has an empty name`;
  if (name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return `${what} name "${name}" ${NAME_CHARS_HINT}`;
  return null;
}

/** Why `value` is not a valid label value (may be empty), or null when it is. */
export function labelValueError(value: string): string | null {
  if (value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value))) return null;
  return `label value "${value}" ${NAME_CHARS_HINT}`;
}

export function isValidLabelKey(key: string): boolean {
  return labelKeyError(key) === null;
}

export function isValidLabelValue(value: string): boolean {
  return labelValueError(value) === null;
}

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];


function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Reports fields the API server's strict decoding would reject (typos such as `matchLabel`). */
function unknownFields(
  value: Record<string, unknown>,
  known: readonly string[],
  path: (string | number)[],
): SelectorIssue[] {
  return Object.keys(value)
    .filter((field) => !known.includes(field))
    .map((field) => ({ path: [...path, field], message: `unknown field "${field}" (expected one of: ${known.join(', ')})` }));
}

function validateKey(key: unknown, path: (string | number)[]): SelectorIssue[] {
  if (typeof key !== 'string') return [{ path, message: `label key must be a string, not ${describeType(key)}` }];
  const error = labelKeyError(key);
  return error === null ? [] : [{ path, message: error }];
}

function validateValue(value: unknown, path: (string | number)[]): SelectorIssue[] {
  // Go decodes null into "" (a map entry or a []string item), a valid label value.
  if (value === null) return [];
  if (typeof value !== 'string') {
    // YAML turns unquoted true or 1 into non-strings; label values must be quoted then.
    return [{ path, message: `label value must be a string, not ${describeType(value)} (quote it in YAML)` }];
  }
  const error = labelValueError(value);
  return error === null ? [] : [{ path, message: error }];
}

function validateMatchLabels(value: unknown): SelectorIssue[] {
  const path = ['matchLabels'];
  if (value === undefined || value === null) return [];
  if (!isObject(value)) return [{ path, message: `matchLabels must be a map of label keys to values, not ${describeType(value)}` }];
  return Object.entries(value).flatMap(([key, v]) => [...validateKey(key, [...path, key]), ...validateValue(v, [...path, key])]);
}

function validateRequirement(req: unknown, index: number): SelectorIssue[] {
  const path = ['matchExpressions', index];
  if (!isObject(req)) return [{ path, message: `a match expression must be an object, not ${describeType(req)}` }];
  const issues = [
    ...unknownFields(req, ['key', 'operator', 'values'], path),
    ...(req.key === undefined ? [{ path: [...path, 'key'], message: 'key is required' }] : validateKey(req.key, [...path, 'key'])),
  ];
  const operator = req.operator;
  if (operator === undefined) {
    issues.push({ path: [...path, 'operator'], message: 'operator is required (In, NotIn, Exists or DoesNotExist)' });
  } else if (typeof operator !== 'string' || !OPERATORS.includes(operator)) {
    issues.push({
      path: [...path, 'operator'],
      message: `unknown operator ${JSON.stringify(operator)} (expected In, NotIn, Exists or DoesNotExist; operators are case-sensitive)`,
    });
  }
  const values = req.values;
  const valuesPath = [...path, 'values'];
  if (values !== undefined && values !== null && !Array.isArray(values)) {
    issues.push({ path: valuesPath, message: `values must be a list of strings, not ${describeType(values)}` });
    return issues;
  }
  const list: unknown[] = values ?? [];
  if ((operator === 'In' || operator === 'NotIn') && list.length === 0) {
    issues.push({ path: valuesPath, message: `values must be non-empty when operator is ${operator}` });
  }
  if ((operator === 'Exists' || operator === 'DoesNotExist') && list.length > 0) {
    issues.push({ path: valuesPath, message: `values must be empty when operator is ${operator}` });
  }
  list.forEach((v, i) => issues.push(...validateValue(v, [...valuesPath, i])));
  return issues;
}

/**
 * Validates a `metav1.LabelSelector` as decoded from YAML. A missing (undefined or null) selector is
 * not an error here: whether a field is required is the caller's concern.
 */
export function validateLabelSelector(value: unknown): SelectorIssue[] {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) return [{ path: [], message: `a label selector must be an object, not ${describeType(value)}` }];
  const issues = [...unknownFields(value, ['matchLabels', 'matchExpressions'], []), ...validateMatchLabels(value.matchLabels)];
  const expressions = value.matchExpressions;
  if (expressions === undefined || expressions === null) return issues;
  if (!Array.isArray(expressions)) {
    return [...issues, { path: ['matchExpressions'], message: `matchExpressions must be a list, not ${describeType(expressions)}` }];
  }
  return [...issues, ...expressions.flatMap((req, i) => validateRequirement(req, i))];
}
