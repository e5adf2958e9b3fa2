/**
 * Where Calico selectors live: every selector field of the Calico resources, the operator's
 * Installation pools and calico-node's `CALICO_IPVxPOOL_NODE_SELECTOR` env, with the path of
 * each so a rule can point inside the string. Also the "was this meant as a Kubernetes selector?"
 * hint shared by the selector rules.
 */
import { BoundedCache } from '../../../src/engine/bounded-cache.js';
import { perResource } from '../../../src/engine/model.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { formatCalicoSelector, isBlankCalicoSelector, parseCalicoSelector } from '../../../src/engine/selector/calico.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, formatPath, objectItems } from '../../../src/engine/values.js';
import { envValuesIn, installOf, poolSettingIsRead } from './calico-node-env.js';

export type SelectorRole =
  /** An EntityRule `namespaceSelector`: the only place `global()` is allowed (alone). */
  | 'ruleNamespace'
  /**
   * A field libcalico-go's validator never checks for `global()` (lib/validator/v3/validator.go:
   * `validateEntityRule` checks a rule's `selector` and `namespaceSelector` only, not `notSelector`
   * or `serviceAccounts.selector`; `validateBGPPeerSpec` none of the BGPPeer selectors).
   */
  | 'globalUnchecked'
  /** An IPPool selector (also an Installation pool's or calico-node's pool env): the validator refuses any `global(` in it. */
  | 'poolSelector'
  | 'other';

export interface SelectorField {
  path: Path;
  /** The decoded value (a string normally; null or other types when the YAML went wrong). */
  value: unknown;
  role: SelectorRole;
  /** Human name of the field, e.g. `spec.nodeSelector`. */
  field: string;
}

export const POLICY_KINDS = ['calico/NetworkPolicy', 'calico/GlobalNetworkPolicy', 'calico/StagedNetworkPolicy', 'calico/StagedGlobalNetworkPolicy'] as const;
export const SELECTOR_KINDS = [...POLICY_KINDS, 'calico/IPPool', 'calico/BGPPeer', 'operator.tigera.io/Installation', 'apps/DaemonSet', 'ConfigMap'] as const;

const ENV_SELECTORS = ['CALICO_IPV4POOL_NODE_SELECTOR', 'CALICO_IPV6POOL_NODE_SELECTOR'];

function field(spec: Record<string, unknown>, base: Path, key: string, role: SelectorRole = 'other'): SelectorField[] {
  if (!(key in spec)) return [];
  const path = [...base, key];
  return [{ path, value: spec[key], role, field: formatPath(path) }];
}

function entityFields(entity: Record<string, unknown>, base: Path): SelectorField[] {
  const out = [...field(entity, base, 'selector'), ...field(entity, base, 'notSelector', 'globalUnchecked'), ...field(entity, base, 'namespaceSelector', 'ruleNamespace')];
  const sa = asObject(entity.serviceAccounts);
  out.push(...field(sa, [...base, 'serviceAccounts'], 'selector', 'globalUnchecked'));
  return out;
}

/** Selector fields whose value is written in `resource`; five selector rules ask for the same fields. */
const fieldsOf = perResource((resource: Resource, model: ClusterModel) => computeSelectorFields(model, resource));

export function selectorFields(model: ClusterModel, resource: Resource): SelectorField[] {
  return fieldsOf(resource, model);
}

function computeSelectorFields(model: ClusterModel, resource: Resource): SelectorField[] {
  const spec = asObject(resource.value.spec);
  const isCalico = resource.group === 'projectcalico.org' || resource.group === 'crd.projectcalico.org';
  if (isCalico && resource.kind === 'IPPool') return [...field(spec, ['spec'], 'nodeSelector', 'poolSelector'), ...field(spec, ['spec'], 'namespaceSelector', 'poolSelector')];
  if (isCalico && resource.kind === 'BGPPeer') {
    return ['nodeSelector', 'peerSelector', 'localWorkloadSelector'].flatMap((k) => field(spec, ['spec'], k, 'globalUnchecked'));
  }
  if (isCalico && /NetworkPolicy$/.test(resource.kind)) {
    const out = ['selector', 'namespaceSelector', 'serviceAccountSelector'].flatMap((k) => field(spec, ['spec'], k));
    for (const dir of ['ingress', 'egress'] as const) {
      for (const [i, rule] of objectItems(spec[dir])) {
        for (const side of ['source', 'destination'] as const) out.push(...entityFields(asObject(rule[side]), ['spec', dir, i, side]));
      }
    }
    return out;
  }
  if (resource.groupKind === 'operator.tigera.io/Installation') {
    const base = ['spec', 'calicoNetwork', 'ipPools'];
    return objectItems(asObject(spec.calicoNetwork).ipPools).flatMap(([i, p]) => field(p, [...base, i], 'nodeSelector', 'poolSelector'));
  }
  if (resource.kind === 'DaemonSet' || resource.kind === 'ConfigMap') {
    // Only where calico-node reads them (no default pool of that family: not read).
    return envValuesIn(model, resource, ENV_SELECTORS)
      .filter((v) => {
        const install = installOf(model, v);
        return install === undefined || poolSettingIsRead(install, v.name);
      })
      .map((v) => ({ path: v.path, value: v.value, role: 'poolSelector' as const, field: v.label }));
  }
  return [];
}

/** True when the scalar was written with a YAML tag such as `!has(gpu)` (a selector starting with an unquoted `!`). */
export function yamlBangTag(resource: Resource, path: Path): string | null {
  const info = resource.scalar(path);
  if (!info || info.tag === null || info.tag.startsWith('!!') || info.tag === '!') return null;
  return info.tag;
}

const LABEL = '[A-Za-z0-9_./-]+';
// Made once: the hint is asked for every selector that does not parse.
const EXISTS = new RegExp(`^(!?)\\s*(${LABEL})$`);
const EQUALS = new RegExp(`^(${LABEL})\\s*(==|=|!=|:)\\s*([A-Za-z0-9_./-]*)$`);
const SET = new RegExp(`^(${LABEL})\\s+(in|notin|not in)\\s*\\(([^)]*)\\)$`, 'i');
const UNQUOTED_AFTER_OPERATOR = new RegExp(`(${LABEL})\\s*(?:={1,2}|:)\\s*(?=[A-Za-z0-9_./-])`, 'g');
const UNQUOTED_VALUE = new RegExp(`(==|!=)\\s*(${LABEL})`, 'g');

/** Converts one Kubernetes-style requirement (`a=b`, `a!=b`, `a: b`, `a in (x,y)`, `a`, `!a`) to Calico syntax. */
function convertRequirement(req: string): string | null {
  const t = req.trim();
  let m = EXISTS.exec(t);
  if (m) return `${m[1]}has(${m[2]})`;
  m = EQUALS.exec(t);
  if (m) return `${m[1]} ${m[2] === '!=' ? '!=' : '=='} "${m[3]}"`;
  m = SET.exec(t);
  if (m) {
    const values = m[3].split(',').map((v) => `"${v.trim().replace(/^['"]|['"]$/g, '')}"`);
    return `${m[1]} ${m[2].toLowerCase() === 'in' ? 'in' : 'not in'} {${values.join(', ')}}`;
  }
  return null;
}

/** Splits on commas outside parentheses, braces and quotes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * When a selector that does not parse reads as a Kubernetes label selector (`app=web`,
 * `tier in (a,b)`, `key: value`, `and`/`or`, unquoted values), the Calico selector it most likely
 * means; null when no such reading parses.
 */
export function kubernetesStyleHint(text: string): string | null {
  return hints.get(text, styleHint);
}

/** Hints by selector text (several rules ask about the same selectors). */
const hints = new BoundedCache<string, string | null>(20_000);

function styleHint(text: string): string | null {
  if (parseCalicoSelector(text).ok || /[\r\n]/.test(text)) return null;
  const words = text.replace(/\s+and\s+/gi, ' && ').replace(/\s+or\s+/gi, ' || ');
  const candidates: string[] = [words];
  const parts = splitTopLevel(words);
  const converted = parts.map((p) => (parseCalicoSelector(p).ok && p.trim() !== '' ? p.trim() : convertRequirement(p)));
  if (converted.every((c): c is string => c !== null)) candidates.push(converted.join(' && '));
  // Unquoted values after an operator, and a lone "=".
  candidates.push(
    words.replace(UNQUOTED_AFTER_OPERATOR, '$1 == ').replace(UNQUOTED_VALUE, '$1 "$2"'),
  );
  for (const c of candidates) {
    const r = parseCalicoSelector(c);
    if (r.ok && c !== text) return formatCalicoSelector(r.selector);
  }
  return null;
}

export type SelectorProblem =
  | { kind: 'yamlBang'; tag: string }
  | { kind: 'newline'; offset: number }
  | { kind: 'k8sStyle'; hint: string; start: number; end: number }
  | { kind: 'syntax'; message: string; start: number; end: number }


/**
 * The one problem a selector field has, if any, so that each selector rule reports its own kind
 * and a mistake is reported once: a YAML tag, then a line break, then a Kubernetes-style selector,
 * then any other syntax error.
 */
export function selectorProblem(resource: Resource, f: SelectorField): SelectorProblem | null {
  // Four rules ask about each field; the answer is computed once while the resource's rules run.
  const byPath = problemsOf(resource);
  const key = f.path.join('\u0000');
  if (!byPath.has(key)) byPath.set(key, computeSelectorProblem(resource, f));
  return byPath.get(key)!;
}

const problemsOf = perResource((): Map<string, SelectorProblem | null> => new Map());

/**
 * The first line break outside a quoted literal, or -1. Calico's tokenizer reads a literal from
 * its quote to the next same quote, line breaks included, and refuses one anywhere else (it skips
 * only spaces and tabs: libcalico-go lib/selector/tokenizer/tokenizer.go).
 */
function lineBreakOutsideLiterals(text: string): number {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\n' || c === '\r') return i;
  }
  return -1;
}

function computeSelectorProblem(resource: Resource, f: SelectorField): SelectorProblem | null {
  // A YAML tag (`nodeSelector: !has(gpu)`) swallows the selector's start, leaving an empty value or
  // one that does not parse; only then is the source's tag worth looking up (it needs positions).
  const text = typeof f.value === 'string' ? f.value : null;
  const parsed = text !== null && !isBlankCalicoSelector(text) ? parseCalicoSelector(text) : null;
  if (parsed?.ok) return null;
  const tag = yamlBangTag(resource, f.path);
  if (tag !== null) return { kind: 'yamlBang', tag };
  if (text === null) return null;
  if (parsed === null) return null; // empty or blank: all()
  const nl = lineBreakOutsideLiterals(text);
  if (nl >= 0) return { kind: 'newline', offset: nl };
  const hint = kubernetesStyleHint(text);
  if (hint !== null) return { kind: 'k8sStyle', hint, start: parsed.error.start, end: parsed.error.end };
  return { kind: 'syntax', message: parsed.error.message, start: parsed.error.start, end: parsed.error.end };
}
