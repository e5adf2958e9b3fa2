/**
 * The entries of the maps Kubernetes types as string to string (labels, annotations, matchLabels,
 * nodeSelector) that hold something else, anywhere in an object: what cluster/label-value-type
 * reports, and what other rules leave to it so that each value gets one finding.
 */
import { KUBERNETES_STRING_MAP_KEYS } from '../../../src/engine/load.js';
import type { Path } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';

/** Maps whose values Kubernetes types as strings. */
const STRING_MAPS = KUBERNETES_STRING_MAP_KEYS;

/** Subtrees that never hold those maps: skipped, since this rule walks every resource. */
const NO_LABELS_BELOW = new Set(['containers', 'initContainers', 'ephemeralContainers', 'data', 'binaryData', 'stringData', 'status', 'volumes']);

/**
 * `value[key]` is a string map this rule checks: a mapping under one of the keys, except a CRD
 * schema's `properties.labels` (whose values are schemas).
 */
function isStringMap(key: string, value: unknown, parentKey: string | number | undefined): boolean {
  return STRING_MAPS.has(key) && parentKey !== 'properties' && isObject(value);
}

/**
 * The reference: every entry of a checked string map whose value is not a string (or null),
 * found by walking the whole value. A checked map is not walked into.
 */
export function walkNonStringEntries(root: unknown): Path[] {
  const out: Path[] = [];
  // One mutable path for the whole walk: it allocates only when it finds something.
  const path: (string | number)[] = [];
  const walk = (node: unknown, parentKey: string | number | undefined): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (typeof node[i] !== 'object' || node[i] === null) continue;
        path.push(i);
        walk(node[i], i);
        path.pop();
      }
      return;
    }
    if (!isObject(node)) return;
    for (const key in node) {
      const value = node[key];
      if (typeof value !== 'object' || value === null || NO_LABELS_BELOW.has(key)) continue;
      path.push(key);
      if (isStringMap(key, value, parentKey)) {
        for (const k in value as Record<string, unknown>) {
          const v = (value as Record<string, unknown>)[k];
          if (typeof v !== 'string' && v !== null) out.push([...path, k]);
        }
      } else {
        walk(value, key);
      }
      path.pop();
    }
  };
  walk(root, undefined);
  return out;
}

/**
 * The same answer from the candidates the parser recorded (non-string values in mappings under
 * a string-map key): a candidate counts when the walk above would have reached it.
 */
export function reachedNonStringEntries(root: unknown, candidates: readonly Path[]): Path[] {
  return candidates.filter((candidate) => {
    if (candidate.length < 2) return false;
    let node: unknown = root;
    let parentKey: string | number | undefined;
    // Every step down to the string map's container: the walk enters it.
    for (let i = 0; i < candidate.length - 2; i++) {
      const seg = candidate[i];
      let child: unknown;
      if (typeof seg === 'number') {
        if (!Array.isArray(node)) return false;
        child = node[seg];
      } else {
        if (!isObject(node) || NO_LABELS_BELOW.has(seg)) return false;
        child = node[seg];
        if (isStringMap(seg, child, parentKey)) return false; // the walk checks it and stops there
      }
      if (typeof child !== 'object' || child === null) return false;
      node = child;
      parentKey = seg;
    }
    const mapKey = candidate[candidate.length - 2];
    if (typeof mapKey !== 'string' || !isObject(node)) return false;
    const map = node[mapKey];
    if (!isStringMap(mapKey, map, parentKey)) return false;
    const v = (map as Record<string, unknown>)[candidate[candidate.length - 1]];
    return typeof v !== 'string' && v !== null && v !== undefined;
  });
}
