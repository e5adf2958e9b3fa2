/**
 * Which cluster a file's objects go to, when one input holds several clusters: a platform
 * repository's `clusters/prod/` and `clusters/staging/`, kustomize's `overlays/dev/` and
 * `overlays/prod/`, or a lab repository whose every folder holds its own kind or kubeadm cluster
 * config. Objects of two clusters never meet (the same pool CIDR in prod and in staging is no
 * overlap; one lab's flannel network and another lab's Calico pool share no node), so the rules
 * compare an object with the objects of its own cluster and with the shared ones only (run.ts); a
 * shared object is compared with everything, as in an input of one cluster.
 *
 * A file below a folder of test inputs (`testdata/`, `mock_data/`, `fixtures/`) is in the cluster
 * of its own folder: each folder there is a test case. Otherwise, a file's cluster is named by the
 * folder below the innermost `clusters/`, `environments/`, `envs/`
 * or `overlays/` folder that holds it (its subfolders included; `clusters/prod/` and
 * `apps/web/overlays/prod/` are both `prod`); else the nearest folder at or above the file's
 * that holds a cluster of its own: kind `Cluster` or kubeadm `ClusterConfiguration`/
 * `InitConfiguration` objects in two folders or more, or a network plugin's install written in
 * several folders (clusterSingleton). A file in neither is shared: it belongs to every cluster
 * (a kustomize `base/`, `infrastructure/`). With fewer than two clusters the input is one cluster.
 */
import type { Resource } from './types.js';

/** Folders whose subfolders are clusters or environments, each applied on its own. */
const CLUSTER_PARENTS = new Set(['clusters', 'environments', 'envs', 'overlays']);

/**
 * Folders of test inputs (Go's `testdata`, which its toolchain ignores, and the `mock_data`,
 * `fixtures` of other suites): each folder below holds a case of its own, which a test feeds to the
 * code under test on its own (Calico's confd/tests/mock_data/calicoctl/<case>/input.yaml).
 */
const TEST_DATA = new Set(['testdata', 'test_data', 'test-data', 'mock_data', 'mockdata', 'fixtures', '__fixtures__', 'test-fixtures']);

/** Whether a file lies below a folder of test inputs (TEST_DATA): a case of its own, never applied with the rest. */
export function inTestData(file: string): boolean {
  return testCaseOf(file) !== null;
}

/** The test case of a file below a TEST_DATA folder, named by the file's folder (`case <folder>`), or null. */
function testCaseOf(file: string): string | null {
  const parts = file.split('/');
  for (let i = parts.length - 2; i >= 0; i--) if (TEST_DATA.has(parts[i].toLowerCase())) return `case ${folderOf(file)}`;
  return null;
}

/** The objects that describe a cluster of their own: kind's and kubeadm's configuration. */
function describesCluster(r: Resource): boolean {
  return r.groupKind === 'kind.x-k8s.io/Cluster' || r.groupKind === 'kubeadm.k8s.io/ClusterConfiguration' || r.groupKind === 'kubeadm.k8s.io/InitConfiguration';
}

/**
 * Objects a cluster holds once: the network plugins' installs as their manifests name them
 * (Calico's calico-node DaemonSet and operator Installation `default`, Canal's canal, flannel's
 * kube-flannel-ds, Multus' kube-multus-ds) and Flux's bootstrap (`flux bootstrap` names its
 * GitRepository or OCIRepository and its Kustomization `flux-system`). One written in two folders
 * is two clusters (a lab repository's `calico/1-ipip/` and `calico/3-vxlan/`; a home-ops
 * repository's `kubernetes/main/` and `kubernetes/edge/`), or an install before and after a
 * change, which are not applied together either.
 */
const SINGLETON_DAEMONSETS = new Set(['calico-node', 'canal', 'kube-flannel-ds', 'kube-multus-ds']);
const ARCH_SUFFIX = /-(?:amd64|arm64|arm|ppc64le|s390x)$/;
const FLUX_BOOTSTRAP_KINDS = new Set(['source.toolkit.fluxcd.io/GitRepository', 'source.toolkit.fluxcd.io/OCIRepository', 'kustomize.toolkit.fluxcd.io/Kustomization']);

function clusterSingleton(r: Resource): string | null {
  if (r.groupKind === 'apps/DaemonSet') {
    // Older flannel and Multus manifests run one DaemonSet per architecture (kube-flannel-ds-amd64,
    // kube-multus-ds-arm64, …): any of them is the install.
    const name = r.name.replace(ARCH_SUFFIX, '');
    return SINGLETON_DAEMONSETS.has(name) ? `DaemonSet ${name}` : null;
  }
  if (r.groupKind === 'operator.tigera.io/Installation' && r.name === 'default') return 'Installation default';
  if (FLUX_BOOTSTRAP_KINDS.has(r.groupKind) && r.name === 'flux-system') return `${r.kind} flux-system`;
  return null;
}

/**
 * The cluster folders of a singleton written in `folders`: for each, the folder just below the
 * deepest folder it shares with another (`kubernetes/main/flux/config` beside
 * `kubernetes/edge/flux/config` gives `kubernetes/main`, where that cluster's other objects are
 * too; `calico/1-ipip` beside `calico/3-vxlan` gives itself). Sorted by segments, the deepest
 * shared folder is shared with a neighbour.
 */
function clusterRootsOf(folders: readonly string[]): string[] {
  const split = folders.map((f) => (f === '' ? [] : f.split('/'))).sort(compareSegments);
  const shared = (a: readonly string[], b: readonly string[]) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return split.map((parts, i) => {
    const deepest = Math.max(i > 0 ? shared(parts, split[i - 1]) : 0, i + 1 < split.length ? shared(parts, split[i + 1]) : 0);
    return parts.slice(0, Math.min(parts.length, deepest + 1)).join('/');
  });
}

function compareSegments(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/**
 * Where clusters of their own are written: the folders of kind or kubeadm configs, and those of a
 * singleton written in several folders, when two or more; and the config files themselves where
 * one folder holds several (karmada's `kindClusterConfig/member1.yaml`, `member2.yaml`: one
 * cluster each).
 */
function clusterPlaces(resources: readonly Resource[]): { folders: string[]; files: Set<string> } {
  const configFiles = new Map<string, Set<string>>();
  const singletons = new Map<string, Set<string>>();
  for (const r of resources) {
    if (describesCluster(r)) {
      const folder = folderOf(r.file);
      let files = configFiles.get(folder);
      if (!files) configFiles.set(folder, (files = new Set()));
      files.add(r.file);
    }
    const key = clusterSingleton(r);
    if (key === null) continue;
    let folders = singletons.get(key);
    if (!folders) singletons.set(key, (folders = new Set()));
    folders.add(folderOf(r.file));
  }
  const files = new Set<string>();
  const configFolders: string[] = [];
  for (const [folder, inFolder] of configFiles) {
    if (inFolder.size >= 2) for (const f of inFolder) files.add(f);
    else configFolders.push(folder);
  }
  const out = configFolders.length + files.size >= 2 ? new Set(configFolders) : new Set<string>();
  // Once one install shows in several folders (a repository of labs), every folder holding an
  // install is a cluster: the one Canal lab beside ten Calico ones. Otherwise an install written
  // once (calico-node in calico/, kube-flannel-ds in flannel/) is a component of the one cluster.
  if ([...singletons.values()].some((folders) => folders.size >= 2)) {
    for (const folders of singletons.values()) for (const f of folders.size >= 2 ? clusterRootsOf([...folders]) : folders) out.add(f);
  }
  return { folders: [...out], files };
}

/** Where an object is applied from: its file, or for a copy made by one kustomize build, that build's kustomization. */
export function placeOf(r: Pick<Resource, 'file' | 'build'>): string {
  return r.build === undefined ? r.file : `${r.build}/kustomization.yaml`;
}

/** The folder of a file path (`''` for a file at the top). */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/**
 * Whether a cluster config (kind, kubeadm) in `configFile` describes the cluster an object of
 * `objectFile` is applied to, as far as files can tell: it sits in the object's folder or one above
 * it. A repository that keeps configs and installs side by side (`e2e/kind.yaml` beside
 * `Documentation/kube-flannel.yml`, `clusters/a/` beside `clusters/b/`) does not pair them.
 */
export function configCoversFile(configFile: string, objectFile: string): boolean {
  const configFolder = folderOf(configFile);
  const own = folderOf(objectFile);
  return configFolder === '' || own === configFolder || own.startsWith(`${configFolder}/`);
}

/**
 * The cluster of the innermost CLUSTER_PARENTS folder that holds `file`, named by its folder's name
 * (`env prod`), or null: `clusters/prod/` and `apps/web/overlays/prod/` are one cluster, and a
 * folder named `envs` above the repository (an absolute path) does not hide the ones inside.
 */
export function environmentOf(file: string): string | null {
  const parts = file.split('/');
  // The last part is the file's name: a cluster folder is one of the folders before it.
  for (let i = parts.length - 2; i >= 1; i--) if (CLUSTER_PARENTS.has(parts[i - 1].toLowerCase())) return `env ${parts[i].toLowerCase()}`;
  return null;
}

export interface ClusterPartition {
  /** The cluster: `case <folder>` (below a folder of test inputs), `env <name>` (a folder below clusters/, environments/, envs/ or overlays/), `file <path>` or `folder <path>`. */
  scope: string;
  /** Its own objects, in input order. */
  members: Resource[];
  /** Its objects and the shared ones, in input order: what its objects are compared with. */
  resources: Resource[];
}

/**
 * The input split into clusters (see above), or null when the input is one cluster; `shared` are
 * the objects of no cluster, `sharedWith` what they are compared with (everything but test cases).
 */
export function clusterPartitions(resources: readonly Resource[]): { partitions: ClusterPartition[]; shared: Resource[]; sharedWith: readonly Resource[] } | null {
  const { folders: configFolders, files: configFiles } = clusterPlaces(resources);
  const byConfig = configFolders.length > 0;
  const scopeOfFile = new Map<string, string | null>();
  const scopeOf = (file: string): string | null => {
    let scope = scopeOfFile.get(file);
    if (scope !== undefined) return scope;
    scope = testCaseOf(file) ?? environmentOf(file) ?? (configFiles.has(file) ? `file ${file}` : null);
    if (scope === null && byConfig) {
      const folder = folderOf(file);
      let best: string | null = null;
      for (const f of configFolders) if ((f === '' || folder === f || folder.startsWith(`${f}/`)) && (best === null || f.length > best.length)) best = f;
      scope = best === null ? null : `folder ${best}`;
    }
    scopeOfFile.set(file, scope);
    return scope;
  };
  // Each cluster's place among the partitions, in the order its first object comes.
  const index = new Map<string, number>();
  for (const r of resources) {
    const s = scopeOf(placeOf(r));
    if (s !== null && !index.has(s)) index.set(s, index.size);
  }
  if (index.size < 2) return null;
  const partitions = [...index.keys()].map((scope): ClusterPartition => ({ scope, members: [], resources: [] }));
  const shared: Resource[] = [];
  for (const r of resources) {
    const s = scopeOf(placeOf(r));
    if (s === null) {
      shared.push(r);
      for (const p of partitions) p.resources.push(r);
    } else {
      const p = partitions[index.get(s)!];
      p.members.push(r);
      p.resources.push(r);
    }
  }
  // The shared objects are compared with every cluster's objects, but not with test cases: those
  // are inputs of tests, not part of what the shared objects are applied with.
  const cases = partitions.filter((p) => p.scope.startsWith('case '));
  const inCase = new Set(cases.flatMap((p) => p.members));
  return { partitions, shared, sharedWith: cases.length === 0 ? resources : resources.filter((r) => !inCase.has(r)) };
}
