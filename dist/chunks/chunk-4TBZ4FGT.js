import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/engine/cluster-scope.ts
var CLUSTER_PARENTS = /* @__PURE__ */ new Set(["clusters", "environments", "envs", "overlays"]);
var TEST_DATA = /* @__PURE__ */ new Set(["testdata", "test_data", "test-data", "mock_data", "mockdata", "fixtures", "__fixtures__", "test-fixtures"]);
function testCaseOf(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 0; i--) if (TEST_DATA.has(parts[i].toLowerCase())) return `case ${folderOf(file)}`;
  return null;
}
function describesCluster(r) {
  return r.groupKind === "kind.x-k8s.io/Cluster" || r.groupKind === "kubeadm.k8s.io/ClusterConfiguration" || r.groupKind === "kubeadm.k8s.io/InitConfiguration";
}
var SINGLETON_DAEMONSETS = /* @__PURE__ */ new Set(["calico-node", "canal", "kube-flannel-ds", "kube-multus-ds"]);
var ARCH_SUFFIX = /-(?:amd64|arm64|arm|ppc64le|s390x)$/;
var FLUX_BOOTSTRAP_KINDS = /* @__PURE__ */ new Set(["source.toolkit.fluxcd.io/GitRepository", "source.toolkit.fluxcd.io/OCIRepository", "kustomize.toolkit.fluxcd.io/Kustomization"]);
function clusterSingleton(r) {
  if (r.groupKind === "apps/DaemonSet") {
    const name = r.name.replace(ARCH_SUFFIX, "");
    return SINGLETON_DAEMONSETS.has(name) ? `DaemonSet ${name}` : null;
  }
  if (r.groupKind === "operator.tigera.io/Installation" && r.name === "default") return "Installation default";
  if (FLUX_BOOTSTRAP_KINDS.has(r.groupKind) && r.name === "flux-system") return `${r.kind} flux-system`;
  return null;
}
function clusterRootsOf(folders) {
  const split = folders.map((f) => f === "" ? [] : f.split("/")).sort(compareSegments);
  const shared = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return split.map((parts, i) => {
    const deepest = Math.max(i > 0 ? shared(parts, split[i - 1]) : 0, i + 1 < split.length ? shared(parts, split[i + 1]) : 0);
    return parts.slice(0, Math.min(parts.length, deepest + 1)).join("/");
  });
}
function compareSegments(a, b) {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}
function clusterPlaces(resources) {
  const configFiles = /* @__PURE__ */ new Map();
  const singletons = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (describesCluster(r)) {
      const folder = folderOf(r.file);
      let files2 = configFiles.get(folder);
      if (!files2) configFiles.set(folder, files2 = /* @__PURE__ */ new Set());
      files2.add(r.file);
    }
    const key = clusterSingleton(r);
    if (key === null) continue;
    let folders = singletons.get(key);
    if (!folders) singletons.set(key, folders = /* @__PURE__ */ new Set());
    folders.add(folderOf(r.file));
  }
  const files = /* @__PURE__ */ new Set();
  const configFolders = [];
  for (const [folder, inFolder] of configFiles) {
    if (inFolder.size >= 2) for (const f of inFolder) files.add(f);
    else configFolders.push(folder);
  }
  const out = configFolders.length + files.size >= 2 ? new Set(configFolders) : /* @__PURE__ */ new Set();
  if ([...singletons.values()].some((folders) => folders.size >= 2)) {
    for (const folders of singletons.values()) for (const f of folders.size >= 2 ? clusterRootsOf([...folders]) : folders) out.add(f);
  }
  return { folders: [...out], files };
}
function folderOf(file) {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? "" : file.slice(0, slash);
}
function configCoversFile(configFile, objectFile) {
  const configFolder = folderOf(configFile);
  const own = folderOf(objectFile);
  return configFolder === "" || own === configFolder || own.startsWith(`${configFolder}/`);
}
function environmentOf(file) {
  const parts = file.split("/");
  for (let i = parts.length - 2; i >= 1; i--) if (CLUSTER_PARENTS.has(parts[i - 1].toLowerCase())) return `env ${parts[i].toLowerCase()}`;
  return null;
}
function clusterPartitions(resources) {
  const { folders: configFolders, files: configFiles } = clusterPlaces(resources);
  const byConfig = configFolders.length > 0;
  const scopeOfFile = /* @__PURE__ */ new Map();
  const scopeOf = (file) => {
    let scope = scopeOfFile.get(file);
    if (scope !== void 0) return scope;
    scope = testCaseOf(file) ?? environmentOf(file) ?? (configFiles.has(file) ? `file ${file}` : null);
    if (scope === null && byConfig) {
      const folder = folderOf(file);
      let best = null;
      for (const f of configFolders) if ((f === "" || folder === f || folder.startsWith(`${f}/`)) && (best === null || f.length > best.length)) best = f;
      scope = best === null ? null : `folder ${best}`;
    }
    scopeOfFile.set(file, scope);
    return scope;
  };
  const index = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const s = scopeOf(r.file);
    if (s !== null && !index.has(s)) index.set(s, index.size);
  }
  if (index.size < 2) return null;
  const partitions = [...index.keys()].map((scope) => ({ scope, members: [], resources: [] }));
  const shared = [];
  for (const r of resources) {
    const s = scopeOf(r.file);
    if (s === null) {
      shared.push(r);
      for (const p of partitions) p.resources.push(r);
    } else {
      const p = partitions[index.get(s)];
      p.members.push(r);
      p.resources.push(r);
    }
  }
  const cases = partitions.filter((p) => p.scope.startsWith("case "));
  const inCase = new Set(cases.flatMap((p) => p.members));
  return { partitions, shared, sharedWith: cases.length === 0 ? resources : resources.filter((r) => !inCase.has(r)) };
}

export {
  configCoversFile,
  clusterPartitions
};
