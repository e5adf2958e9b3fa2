/**
 * `--cluster NAME` of `reach` and `diff`. One input may hold several clusters whose objects are
 * never applied together: `clusters/prod/` and `clusters/staging/`, kustomize's `overlays/dev/`
 * and `overlays/prod/`, a repository of labs each with its own kind config or network plugin
 * install, the folders of a test suite (engine/cluster-scope.ts). `lint` compares each object
 * with its own cluster's; a connection answer has to pick one, since NetworkPolicies are a union
 * and staging's allow-all would open prod's database. With `--cluster` the answer is that
 * cluster's objects and the shared ones (a kustomize `base/`); without it, all of them together,
 * as before, with a note naming the clusters.
 */
import path from 'node:path';
import { clusterPartitions, environmentOf, placeOf, type ClusterPartition } from '../engine/cluster-scope.js';
import { KUSTOMIZATION_FILE } from '../engine/load.js';
import { toRelative } from '../io/files.js';
import type { Resource } from '../engine/types.js';
import { UsageError } from './io.js';

export const CLUSTER_OPTION = { cluster: { type: 'string', multiple: true } } as const;

/** The name a user writes for a cluster: `prod` for `env prod`, the folder for a lab or test case, the file for a config file. */
export function clusterName(scope: string): string {
  return scope.slice(scope.indexOf(' ') + 1);
}

/** At most this many cluster names in a message; the rest are counted. */
const LISTED = 8;

export function listClusters(partitions: readonly ClusterPartition[]): string {
  return listNames(partitions.map((p) => clusterName(p.scope)));
}

function listNames(names: readonly string[]): string {
  return names.length <= LISTED ? names.join(', ') : `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`;
}

/** The one `--cluster` value, if given (twice is a usage error, as for a query's options). */
export function clusterOf(values: { cluster?: string[] }): string | undefined {
  const given = values.cluster ?? [];
  if (given.length > 1) throw new UsageError(`--cluster given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(', ')}): reach answers for one cluster at a time`);
  if (given.length === 1 && given[0].trim() === '') throw new UsageError('--cluster needs a name (a folder below clusters/, environments/, envs/ or overlays/, or a folder holding a cluster of its own)');
  return given[0];
}

export type ClusterScope =
  /** The input is one cluster. */
  | { kind: 'one' }
  /** Several clusters; `partition` is the one named, else undefined. */
  | { kind: 'several'; partitions: ClusterPartition[]; shared: Resource[]; partition: ClusterPartition | undefined };

/** How `resources` split into clusters, and which of them `name` picks (matched as written, or ignoring case). */
export function scopeOf(resources: readonly Resource[], name: string | undefined): ClusterScope {
  const split = clusterPartitions(resources);
  if (split === null) return { kind: 'one' };
  const wanted = name?.replace(/\/+$/, '');
  const partition =
    wanted === undefined
      ? undefined
      : (split.partitions.find((p) => clusterName(p.scope) === wanted || p.scope === wanted) ??
        split.partitions.find((p) => clusterName(p.scope).toLowerCase() === wanted.toLowerCase()));
  return { kind: 'several', partitions: split.partitions, shared: split.shared, partition };
}

/**
 * What to leave out to read the cluster `name` on its own: the files of the other clusters'
 * objects, and the kustomizations in their folders (an overlay's kustomization.yaml holds no
 * object but gives a shared base its namespace and labels: read with every overlay, a base that
 * overlays put in different namespaces keeps what its files say). Null when `name` picks no
 * cluster of several. Paths are relative to `cwd`, as the file walk gives them.
 */
export function filesOfOtherClusters(resources: readonly Resource[], name: string | undefined, cwd: string): { exclude: (relativePath: string) => boolean; keep: (r: Resource) => boolean } | null {
  const scope = scopeOf(resources, name);
  if (scope.kind !== 'several' || scope.partition === undefined) return null;
  const relative = (file: string) => toRelative(cwd, path.resolve(cwd, file));
  const chosen = new Set(scope.partition.resources.map((r) => relative(r.file)));
  const other = new Set<string>();
  for (const p of scope.partitions) if (p !== scope.partition) for (const r of p.members) if (!chosen.has(relative(r.file))) other.add(relative(r.file));
  const otherFolders = new Set([...other].map((f) => path.posix.dirname(f)));
  // A copy made by another cluster's build (load.ts copiesPerCluster) lives in a shared base's
  // file: that build's kustomization is what to leave out.
  for (const p of scope.partitions) if (p !== scope.partition) for (const r of p.members) if (r.build !== undefined) otherFolders.add(path.posix.dirname(relative(placeOf(r))));
  const chosenFolders = new Set([...chosen].map((f) => path.posix.dirname(f)));
  for (const r of scope.partition.members) if (r.build !== undefined) chosenFolders.add(path.posix.dirname(relative(placeOf(r))));
  for (const f of chosenFolders) otherFolders.delete(f);
  const exclude = (file: string) => other.has(file) || (KUSTOMIZATION_FILE.test(file) && otherFolders.has(path.posix.dirname(file)));
  // On the second read a nested overlay of another cluster (apps/web/overlays/staging, which only
  // clusters/staging included) builds on its own and makes copies of its own: a copy is kept when it
  // belongs to the chosen cluster.
  const chosenScope = scope.partition.scope;
  return { exclude, keep: (r) => (r.build === undefined ? !exclude(relative(r.file)) : environmentOf(placeOf(r)) === chosenScope) };
}

/** The note for an input of several clusters answered together. */
export function togetherNote(partitions: readonly ClusterPartition[], remedy = 'choose one with --cluster NAME'): string {
  return `the input holds ${partitions.length} clusters (${listClusters(partitions)}), answered here as one: their policies and workloads meet as if applied together; ${remedy}`;
}

/**
 * The objects `reach` answers for: those of the cluster `name` and the shared ones, or everything
 * (with a note when that is several clusters). A name the input does not hold is a usage error.
 */
export function chooseCluster(resources: Resource[], name: string | undefined, note: (text: string) => void): Resource[] {
  const scope = scopeOf(resources, name);
  if (scope.kind === 'one') {
    if (name !== undefined) throw new UsageError(`--cluster ${name}: the input is one cluster (no folders below clusters/, environments/, envs/ or overlays/, and no cluster config or network plugin install in several folders); leave --cluster out`);
    return resources;
  }
  if (name === undefined) {
    note(togetherNote(scope.partitions));
    return resources;
  }
  if (!scope.partition) throw new UsageError(`--cluster ${name}: no such cluster; the input holds ${listClusters(scope.partitions)}`);
  return scope.partition.resources;
}

/**
 * `diff`'s two sides scoped alike: the cluster `name` on each side (a side that does not hold it,
 * before the change added it or after one removed it, keeps only its shared objects; a side that
 * is one cluster is that cluster), or both whole (with a note when either holds several). A name
 * neither side holds is a usage error.
 */
export function chooseClusterOnSides(sides: [Resource[], Resource[]], name: string | undefined, note: (text: string) => void): [Resource[], Resource[]] {
  const scopes = sides.map((s) => scopeOf(s, name));
  const several = scopes.filter((s): s is Extract<ClusterScope, { kind: 'several' }> => s.kind === 'several');
  if (name === undefined) {
    const widest = several.sort((a, b) => b.partitions.length - a.partitions.length)[0];
    if (widest) note(togetherNote(widest.partitions));
    return sides;
  }
  if (several.length === 0) throw new UsageError(`--cluster ${name}: each side is one cluster (no folders below clusters/, environments/, envs/ or overlays/, and no cluster config or network plugin install in several folders); leave --cluster out`);
  if (several.every((s) => !s.partition)) {
    const names = [...new Set(several.flatMap((s) => s.partitions.map((p) => clusterName(p.scope))))];
    throw new UsageError(`--cluster ${name}: no such cluster on either side; they hold ${listNames(names)}`);
  }
  return [0, 1].map((i) => {
    const scope = scopes[i];
    if (scope.kind === 'one') return sides[i];
    return scope.partition ? scope.partition.resources : scope.shared;
  }) as [Resource[], Resource[]];
}
