import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  toRelative
} from "./chunk-BOHZHQRB.js";
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  KUSTOMIZATION_FILE,
  clusterPartitions,
  environmentOf,
  placeOf
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/cluster-option.ts
var import_node_path = __toESM(require_node_path(), 1);
var CLUSTER_OPTION = { cluster: { type: "string", multiple: true } };
function clusterName(scope) {
  return scope.slice(scope.indexOf(" ") + 1);
}
var LISTED = 8;
function listClusters(partitions) {
  return listNames(partitions.map((p) => clusterName(p.scope)));
}
function listNames(names) {
  return names.length <= LISTED ? names.join(", ") : `${names.slice(0, LISTED).join(", ")} and ${names.length - LISTED} more`;
}
function clusterOf(values) {
  const given = values.cluster ?? [];
  if (given.length > 1) throw new UsageError(`--cluster given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(", ")}): reach answers for one cluster at a time`);
  if (given.length === 1 && given[0].trim() === "") throw new UsageError("--cluster needs a name (a folder below clusters/, environments/, envs/ or overlays/, or a folder holding a cluster of its own)");
  return given[0];
}
function scopeOf(resources, name) {
  const split = clusterPartitions(resources);
  if (split === null) return { kind: "one" };
  const wanted = name?.replace(/\/+$/, "");
  const partition = wanted === void 0 ? void 0 : split.partitions.find((p) => clusterName(p.scope) === wanted || p.scope === wanted) ?? split.partitions.find((p) => clusterName(p.scope).toLowerCase() === wanted.toLowerCase());
  return { kind: "several", partitions: split.partitions, shared: split.shared, partition };
}
function filesOfOtherClusters(resources, name, cwd) {
  const scope = scopeOf(resources, name);
  if (scope.kind !== "several" || scope.partition === void 0) return null;
  const relative = (file) => toRelative(cwd, import_node_path.default.resolve(cwd, file));
  const chosen = new Set(scope.partition.resources.map((r) => relative(r.file)));
  const other = /* @__PURE__ */ new Set();
  for (const p of scope.partitions) if (p !== scope.partition) {
    for (const r of p.members) if (!chosen.has(relative(r.file))) other.add(relative(r.file));
  }
  const otherFolders = new Set([...other].map((f) => import_node_path.default.posix.dirname(f)));
  for (const p of scope.partitions) if (p !== scope.partition) {
    for (const r of p.members) if (r.build !== void 0) otherFolders.add(import_node_path.default.posix.dirname(relative(placeOf(r))));
  }
  const chosenFolders = new Set([...chosen].map((f) => import_node_path.default.posix.dirname(f)));
  for (const r of scope.partition.members) if (r.build !== void 0) chosenFolders.add(import_node_path.default.posix.dirname(relative(placeOf(r))));
  for (const f of chosenFolders) otherFolders.delete(f);
  const exclude = (file) => other.has(file) || KUSTOMIZATION_FILE.test(file) && otherFolders.has(import_node_path.default.posix.dirname(file));
  const chosenScope = scope.partition.scope;
  return { exclude, keep: (r) => r.build === void 0 ? !exclude(relative(r.file)) : environmentOf(placeOf(r)) === chosenScope };
}
function togetherNote(partitions, remedy = "choose one with --cluster NAME") {
  return `the input holds ${partitions.length} clusters (${listClusters(partitions)}), answered here as one: their policies and workloads meet as if applied together; ${remedy}`;
}
function chooseCluster(resources, name, note) {
  const scope = scopeOf(resources, name);
  if (scope.kind === "one") {
    if (name !== void 0) throw new UsageError(`--cluster ${name}: the input is one cluster (no folders below clusters/, environments/, envs/ or overlays/, and no cluster config or network plugin install in several folders); leave --cluster out`);
    return resources;
  }
  if (name === void 0) {
    note(togetherNote(scope.partitions));
    return resources;
  }
  if (!scope.partition) throw new UsageError(`--cluster ${name}: no such cluster; the input holds ${listClusters(scope.partitions)}`);
  return scope.partition.resources;
}
function chooseClusterOnSides(sides, name, note) {
  const scopes = sides.map((s) => scopeOf(s, name));
  const several = scopes.filter((s) => s.kind === "several");
  if (name === void 0) {
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
    if (scope.kind === "one") return sides[i];
    return scope.partition ? scope.partition.resources : scope.shared;
  });
}

export {
  CLUSTER_OPTION,
  clusterOf,
  filesOfOtherClusters,
  chooseCluster,
  chooseClusterOnSides
};
