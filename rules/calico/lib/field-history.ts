/**
 * In which Calico minor release each field of a Calico resource's `spec` appeared or was dropped,
 * read from the CRDs of every minor's last patch release from v3.21 on
 * (rules/calico/generated/field-history.json, written by scripts/gen-calico-field-history.mjs),
 * and the Calico release a cluster runs: `cluster.calicoVersion` in .netlint.yaml, else the one
 * the input itself installs (the calico/node image of its calico-node DaemonSet, the tigera/operator
 * image of the operator's Deployment, or the operator ImageSet it pins, when they agree).
 */
import history from '../generated/field-history.json' with { type: 'json' };
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived, podSpecOf } from '../../../src/engine/model.js';
import { asObject, objectItems } from '../../../src/engine/values.js';
import { calicoNodeInstalls } from './calico-node-env.js';

/** A node of the pruned history tree; `since`/`until` are minors ("3.29"). */
interface HistoryNode {
  since?: string;
  until?: string;
  /** Values of an enum and the minor that first allowed each, where an earlier one listed others. */
  enumSince?: Record<string, string>;
  fields?: Record<string, HistoryNode>;
  items?: HistoryNode;
  values?: HistoryNode;
}

const KINDS = history.kinds as Record<string, HistoryNode>;

/** The releases the history was read from, oldest first ({ minor: "3.21", tag: "v3.21.6" }). */
export const HISTORY_RELEASES: readonly { minor: string; tag: string }[] = history.source.releases;
/** The newest minor the history (and the schema pack) knows, as a number (32 for "3.32"). */
export const NEWEST_KNOWN_MINOR = minorOf(HISTORY_RELEASES[HISTORY_RELEASES.length - 1].minor)!;
const OLDEST_KNOWN_MINOR = minorOf(HISTORY_RELEASES[0].minor)!;

/** "3.29", "v3.29.2" → 29; null for another major or a malformed version. */
export function minorOf(version: string): number | null {
  const m = /^v?3\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? Number(m[1]) : null;
}

/** The Calico minor a cluster runs and where netlint read it, for messages. */
export interface CalicoRelease {
  minor: number;
  /** "cluster.calicoVersion", or e.g. "image calico/node:v3.28.1 of DaemonSet kube-system/calico-node". */
  source: string;
}

/**
 * The release tag in a calico/node image reference (`docker.io/calico/node:v3.28.1`,
 * `quay.io/calico/node:v3.28.1@sha256:…`); null for `latest`, a branch or a digest alone.
 */
const NODE_IMAGE = /(?:^|\/)calico\/node:(v?3\.\d+\.\d+)(?:@|$)/;
/** The tigera/operator image's release tag (`quay.io/tigera/operator:v1.38.3`). */
const OPERATOR_IMAGE = /(?:^|\/)tigera\/operator:(v1\.\d+\.\d+)(?:@|$)/;
/** Each operator release and the Calico release it installs (its config/calico_versions.yml). */
const OPERATOR_RELEASES = history.operatorReleases as Record<string, string>;
/** The operator names an ImageSet after the release it pins: `calico-v3.28.1` (tigera/operator imageset docs). */
const IMAGESET_NAME = /^calico-(v3\.\d+\.\d+)$/;

/**
 * The Calico minor the cluster runs: `cluster.calicoVersion` when configured, else the release
 * the input installs when all its installs agree on one minor, else null. An operator release
 * newer than the history knows tells nothing.
 */
export const calicoRelease: (model: ClusterModel) => CalicoRelease | null = derived('calico/release', (m) => {
  const configured = m.facts.calicoVersion;
  if (configured !== null) {
    const minor = minorOf(configured);
    return minor === null ? null : { minor, source: 'cluster.calicoVersion' };
  }
  const found: CalicoRelease[] = [];
  for (const { daemonSet } of calicoNodeInstalls(m)) {
    const spec = podSpecOf(daemonSet)?.spec;
    for (const [, c] of objectItems(asObject(spec).containers)) {
      const tag = typeof c.image === 'string' ? NODE_IMAGE.exec(c.image)?.[1] : undefined;
      if (tag !== undefined) found.push({ minor: minorOf(tag)!, source: `image ${c.image} of DaemonSet ${daemonSet.namespace ?? 'default'}/${daemonSet.name}` });
    }
  }
  for (const d of m.byKind('apps/Deployment')) {
    for (const [, c] of objectItems(asObject(podSpecOf(d)?.spec).containers)) {
      const operator = typeof c.image === 'string' ? OPERATOR_IMAGE.exec(c.image)?.[1] : undefined;
      const calico = operator === undefined ? undefined : OPERATOR_RELEASES[operator];
      if (calico !== undefined) found.push({ minor: minorOf(calico)!, source: `image ${c.image} of Deployment ${d.namespace ?? 'default'}/${d.name}, which installs Calico ${calico}` });
    }
  }
  for (const r of m.byKind('operator.tigera.io/ImageSet')) {
    const tag = IMAGESET_NAME.exec(r.name ?? '')?.[1];
    if (tag !== undefined) found.push({ minor: minorOf(tag)!, source: `ImageSet ${r.name}` });
  }
  // Installs of different releases are several clusters' manifests in one repository (or an
  // upgrade half done): no one release can be told, so nothing is said without the config.
  return found.length > 0 && found.every((r) => r.minor === found[0].minor) ? found[0] : null;
});


export interface NewerField {
  /** Path of the field in the resource (empty for the kind itself). */
  path: (string | number)[];
  /** The minor that added it ("3.30"). */
  since: string;
  /** Set when the field is older and its value (one of an enum's) is what the minor added. */
  value?: string;
}

/**
 * The fields of `value` (a whole resource) that Calico added after `minor`, outermost first: a
 * field inside a newer one is not listed again; and the enum values it added to older fields. The kind itself comes back with an empty path when
 * it is newer. Nothing is said about minors before the oldest release read.
 */
export function fieldsNewerThan(kind: string, value: Record<string, unknown>, minor: number): NewerField[] {
  const root = KINDS[kind];
  if (root === undefined || minor < OLDEST_KNOWN_MINOR) return [];
  if (root.since !== undefined && minorOf(root.since)! > minor) return [{ path: [], since: root.since }];
  const out: NewerField[] = [];
  const walk = (node: HistoryNode, v: unknown, path: (string | number)[]): void => {
    if (node.since !== undefined && minorOf(node.since)! > minor) {
      out.push({ path, since: node.since });
      return;
    }
    if (typeof v === 'string' && node.enumSince?.[v] !== undefined && minorOf(node.enumSince[v])! > minor) {
      out.push({ path, since: node.enumSince[v], value: v });
      return;
    }
    if (Array.isArray(v)) {
      if (node.items) v.forEach((item, i) => walk(node.items!, item, [...path, i]));
      return;
    }
    if (v === null || typeof v !== 'object') return;
    for (const [key, child] of Object.entries(v)) {
      const next = node.fields?.[key] ?? node.values;
      if (next) walk(next, child, [...path, key]);
    }
  };
  walk(root, value.spec, ['spec']);
  return out;
}

/**
 * The minor from which Calico no longer has the field at `path` (a path into the resource, array
 * indices included), or null when no release read dropped it.
 */
export function removedIn(kind: string, path: readonly (string | number)[]): string | null {
  let node: HistoryNode | undefined = KINDS[kind];
  if (path[0] !== 'spec') return null;
  for (const step of path.slice(1)) {
    if (node === undefined) return null;
    node = typeof step === 'number' ? node.items : (node.fields?.[step] ?? node.values);
  }
  return node?.until ?? null;
}

const FELIX_SINCE = new Map(Object.entries(history.felixParams.since as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
const FELIX_UNTIL = new Map(Object.entries(history.felixParams.until as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));

const FELIX_OPTION_SINCE = new Map(
  Object.entries(history.felixParams.optionSince as Record<string, Record<string, string>>).map(([param, options]) => [
    param.toLowerCase(),
    new Map(Object.entries(options).map(([o, minor]) => [o.toLowerCase(), { option: o, since: minor }])),
  ]),
);

/**
 * The minor that added `value` (any case) to the options of Felix's `oneof` parameter `name` (any
 * case, without FELIX_), with the option as Felix spells it; null when the oldest release read
 * had it, or for no such option.
 */
export function felixOptionSince(name: string, value: string): { option: string; since: string } | null {
  return FELIX_OPTION_SINCE.get(name.toLowerCase())?.get(value.toLowerCase()) ?? null;
}

/**
 * When Felix gained and lost the parameter `name` (any case, without FELIX_): the minor that
 * added it (null when the oldest release read had it) and the one that dropped it (null if none).
 */
export function felixParamHistory(name: string): { since: string | null; until: string | null } {
  const key = name.toLowerCase();
  return { since: FELIX_SINCE.get(key) ?? null, until: FELIX_UNTIL.get(key) ?? null };
}
