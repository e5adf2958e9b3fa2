/**
 * SourceFile[] → resources with positions, plus findings about the input itself. Nothing here
 * throws on bad input: undecodable, unparsable, empty or non-Kubernetes input becomes a finding.
 */
import { CLUSTER_SCOPED_KINDS, nameFormatOf } from './names.js';
import { environmentOf } from './cluster-scope.js';
import { globToRegExp } from './config.js';
import { pushTo } from './multimap.js';
import { INPUT_RULES } from './input-rules.js';
import { blankJsonComments, parseJson } from './strict-json.js';
import { mightBeJsonStream, readKubectlJsonStream } from './kubectl-json-stream.js';
import type { Finding, Path, Position, Resource, RuleMeta, SourceFile } from './types.js';
import { DEFAULT_YAML_LIMITS, LineIndex, parseYamlStream } from './yaml.js';
import type { Span, YamlDocument, YamlLimits, YamlProblem, YamlProblemKind } from './yaml.js';
import { mapQuotedScalar } from './quoted-scalar.js';
import type { ValueMap } from './quoted-scalar.js';
import { describeValue, formatPath, isObject, stringMap } from './values.js';

export interface LoadLimits {
  maxFileBytes: number;
  yaml: YamlLimits;
}

/** Keys of the maps whose values Kubernetes types as strings (label values, annotations, selectors). */
export const KUBERNETES_STRING_MAP_KEYS: ReadonlySet<string> = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector']);

export const DEFAULT_LOAD_LIMITS: LoadLimits = { maxFileBytes: 10 * 1024 * 1024, yaml: { ...DEFAULT_YAML_LIMITS, stringMapKeys: KUBERNETES_STRING_MAP_KEYS } };

/** A `# netlint-disable-next-line a, b` or `# netlint-disable-line` comment. */
export interface DisableDirective {
  file: string;
  /** The line whose findings it suppresses. */
  targetLine: number;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
  position: Position;
}

export interface LoadedFile {
  path: string;
  lines: LineIndex | null;
  resourceCount: number;
  directives: DisableDirective[];
  /** Why a discovered file was counted instead of checked (see `SourceFile.discovered`). */
  skipped?: 'not-kubernetes' | 'helm-template';
  /** A kustomization applies it as a patch: its objects are fragments of others, not linted on their own (applyKustomizations). */
  kustomizePatch?: true;
}

export interface LoadResult {
  resources: Resource[];
  findings: Finding[];
  files: LoadedFile[];
}

/** How files become objects: loadSources, or a caller's stand-in for it (`netlint diff` reuses a read). */
export type Loader = (files: readonly SourceFile[], limits: LoadLimits) => LoadResult;

/** Pseudo API identity for CNI network configuration files (`.conf`, `.conflist`). */
export const CNI_CONFIG = { apiVersion: 'netlint.io/v1', kind: 'CNIConfig' } as const;

/** A line that names an object's apiVersion or kind, in block or flow style or as JSON. */
const MANIFEST_KEY = /(?:^|[{,\s])["']?(?:apiVersion|kind)["']?\s*:/m;

const PROBLEM_RULES: Record<YamlProblemKind, RuleMeta> = {
  syntax: INPUT_RULES.yamlSyntax,
  'duplicate-key': INPUT_RULES.duplicateKey,
  'alias-limit': INPUT_RULES.aliasLimit,
  ignored: INPUT_RULES.notKubernetes,
};

export function loadSources(files: readonly SourceFile[], limits: LoadLimits = DEFAULT_LOAD_LIMITS, afterEachFile?: () => void): LoadResult {
  const result: LoadResult = { resources: [], findings: [], files: [] };
  const kustomizations: Kustomization[] = [];
  const assertion = assertionFiles(files);
  for (const file of files) {
    if (assertion(file)) result.files.push({ path: file.path, lines: null, resourceCount: 0, directives: [], skipped: 'not-kubernetes' });
    else loadOne(file, limits, result, kustomizations);
    afterEachFile?.();
  }
  if (kustomizations.length === 0) return result;
  const kept = applyKustomizations(result.resources, kustomizations);
  if (kept.length === result.resources.length) return result;
  // A patch file's fragments are not its objects.
  const left = new Map<string, number>();
  for (const r of kept) left.set(r.file, (left.get(r.file) ?? 0) + 1);
  for (const f of result.files) {
    if (f.resourceCount === 0) continue;
    f.resourceCount = left.get(f.path) ?? 0;
    if (f.resourceCount === 0) f.kustomizePatch = true;
  }
  return { ...result, resources: kept };
}

/** The test definitions of Chainsaw (kyverno/chainsaw: `chainsaw-test.yaml` in a test's folder) and KUTTL (`kuttl-test.yaml`). */
const TEST_SUITE_FILE = /(^|\/)\.?(chainsaw-test|kuttl-test)\.ya?ml$/;
/** KUTTL's step files that assert or refute cluster state (`00-assert.yaml`, `01-errors.yaml`; kudobuilder/kuttl docs, "Test Steps"). */
const KUTTL_ASSERT_FILE = /(^|\/)\d+-(assert|errors)\.ya?ml$/;
/**
 * The files a Chainsaw test's steps assert or refute (`- assert: {file: 01-assert.yaml}`, or
 * `assert:` then `file:` on the next line; kyverno/chainsaw docs, "assert" and "error" operations),
 * read from the test's text; `*` in a name is a glob.
 */
const CHAINSAW_CHECKED_FILE = /(?:^|[\s{,-])(?:assert|error):\s*\{?\s*(?:#[^\n]*)?\n?\s*file:\s*["']?([^\s"'},]+)/g;

/**
 * Whether a file found by a walk is a test suite's assertion: KUTTL's `NN-assert.yaml` and
 * `NN-errors.yaml`, and the files a Chainsaw test (`chainsaw-test.yaml`) asserts or refutes. A
 * test tool matches them against live objects as partial trees, with JMESPath in `(…)` keys and
 * values (kyverno/chainsaw docs, "Assertion trees"); nobody applies them.
 */
function assertionFiles(files: readonly SourceFile[]): (file: SourceFile) => boolean {
  // Names as written, looked up; the few globs (`file: assert-*.yaml`) tested, by folder.
  const checked = new Set<string>();
  const globs = new Map<string, RegExp[]>();
  for (const f of files) {
    const m = TEST_SUITE_FILE.exec(f.path);
    if (m === null) continue;
    const folder = f.path.slice(0, m.index);
    const text = typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content);
    for (const [, name] of text.matchAll(CHAINSAW_CHECKED_FILE)) {
      const path = normalizePath(folder === '' ? name : `${folder}/${name}`);
      if (!path.includes('*')) checked.add(path);
      else pushTo(globs, path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', globToRegExp(path));
    }
  }
  if (checked.size === 0 && globs.size === 0 && !files.some((f) => KUTTL_ASSERT_FILE.test(f.path))) return () => false;
  return (file) => {
    if (file.discovered !== true) return false;
    if (KUTTL_ASSERT_FILE.test(file.path)) return true;
    const path = normalizePath(file.path);
    if (checked.has(path)) return true;
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    return (globs.get(folder) ?? []).some((p) => p.test(path));
  };
}

/**
 * A kustomization's `namespace`, the files it lists under `resources`, and the files it applies as
 * patches (`patches`, `patchesStrategicMerge`, `patchesJson6902`), relative to the repository.
 */
interface Kustomization {
  file: string;
  /** The folder it is in (`''` at the top). */
  dir: string;
  namespace: string | null;
  files: string[];
  /** Folders it lists under `resources`, `bases` or `components` (each builds the kustomization there into this one). */
  folders: string[];
  patches: string[];
  /** Its `commonLabels` and `labels` entries, in the order kustomize applies them. */
  labels: LabelSet[];
}

/** Labels a kustomization adds (kustomize api/types/labels.go `Label`; `commonLabels` is one with selectors). */
interface LabelSet {
  pairs: Record<string, string>;
  /** Also into selectors (and so templates): `commonLabels`, or `includeSelectors: true`. */
  selectors: boolean;
  /** Also into pod templates: `includeTemplates: true`. */
  templates: boolean;
}

/** `commonLabels` and `labels` as kustomize reads them; entries that are not string maps are left out. */
function labelSetsOf(value: Record<string, unknown>): LabelSet[] {
  const pairsOf = (v: unknown): Record<string, string> | null => {
    const pairs = stringMap(v);
    return Object.keys(pairs).length === 0 ? null : pairs;
  };
  const out: LabelSet[] = [];
  const common = pairsOf(value.commonLabels);
  if (common !== null) out.push({ pairs: common, selectors: true, templates: true });
  for (const l of Array.isArray(value.labels) ? value.labels : []) {
    const pairs = isObject(l) ? pairsOf(l.pairs) : null;
    if (pairs !== null) out.push({ pairs, selectors: (l as Record<string, unknown>).includeSelectors === true, templates: (l as Record<string, unknown>).includeTemplates === true || (l as Record<string, unknown>).includeSelectors === true });
  }
  return out;
}

export const KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;

function kustomizationOf(file: string, value: unknown): Kustomization | null {
  if (!isObject(value)) return null;
  // `bases` is `resources`' deprecated name for folders (kustomize still reads it).
  const resources = Array.isArray(value.resources) || Array.isArray(value.bases) ? [...(Array.isArray(value.resources) ? value.resources : []), ...(Array.isArray(value.bases) ? value.bases : [])] : null;
  const patchEntries = [value.patches, value.patchesStrategicMerge, value.patchesJson6902].filter(Array.isArray).flat();
  if (resources === null && patchEntries.length === 0) return null;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const localFile = (r: string) => /\.(ya?ml|json)$/i.test(r) && !r.includes('://') && !r.includes('\n');
  const local = (r: unknown): r is string => typeof r === 'string' && localFile(r);
  const files = (resources ?? []).filter(local).map((r) => normalizePath(dir + r));
  // A folder is an entry without a file's extension that is no remote target (`github.com/…`, `https://…`).
  // Components are built into the kustomization like bases (kustomize's `components`).
  const folders = [...(resources ?? []), ...(Array.isArray(value.components) ? value.components : [])]
    .filter((r): r is string => typeof r === 'string' && !localFile(r) && !/\.[A-Za-z]+$/.test(r) && !r.includes('://') && !/^[\w.-]+\.[a-z]{2,}\//i.test(r) && !r.includes('?'))
    .map((r) => normalizePath(dir + r));
  // A patch is a file path (patchesStrategicMerge's strings, `path:` of the others) or inline text.
  const patches = patchEntries.map((e) => (isObject(e) ? e.path : e)).filter(local).map((r) => normalizePath(dir + r));
  return { file, dir: normalizePath(dir), namespace: typeof value.namespace === 'string' && value.namespace !== '' ? value.namespace : null, files, folders, patches, labels: labelSetsOf(value) };
}

/** `a/./b/../c.yaml` → `a/c.yaml` (a path that climbs above its start keeps its `..`). */
function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/**
 * The namespace each listed file's objects end up in: a base's files (a folder listed under
 * `resources`) are built with the base's namespace, then with each enclosing kustomization's,
 * which overrides it (the outermost one that sets a namespace wins). Built from each kustomization
 * no other one includes; a file that two such builds put in different namespaces is in the
 * namespace of the kustomization listing it, else maps to null.
 */
/**
 * Walks every build: from each kustomization no other one includes, down through the folders it
 * builds, handing each kustomization what its enclosing builds made of `outer` (`step`).
 */
function walkBuilds<T>(kustomizations: readonly Kustomization[], top: T, step: (k: Kustomization, outer: T) => T): void {
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  const included = new Set(kustomizations.flatMap((k) => k.folders));
  const visit = (k: Kustomization, outer: T, path: Set<Kustomization>) => {
    const made = step(k, outer);
    for (const dir of k.folders) {
      const base = byDir.get(dir);
      // A folder outside the input, or one that includes itself again.
      if (base === undefined || path.has(base)) continue;
      path.add(base);
      visit(base, made, path);
      path.delete(base);
    }
  };
  for (const k of kustomizations) if (!included.has(k.dir)) visit(k, top, new Set([k]));
}

function kustomizedNamespaces(kustomizations: readonly Kustomization[]): Map<string, string | null> {
  const namespaceOf = new Map<string, string | null>();
  walkBuilds<string | null>(kustomizations, null, (k, outer) => {
    const ns = outer ?? k.namespace;
    if (ns !== null) for (const f of k.files) namespaceOf.set(f, namespaceOf.has(f) && namespaceOf.get(f) !== ns ? null : ns);
    return ns;
  });
  // Builds that disagree: the namespace of the kustomization that lists the file itself, what
  // `kustomize build` of its own folder gives (the base's own `checkout`, not `default`).
  for (const k of kustomizations) {
    if (k.namespace === null) continue;
    for (const f of k.files) if (namespaceOf.get(f) === null && !kustomizations.some((o) => o !== k && o.namespace !== null && o.namespace !== k.namespace && o.files.includes(f))) namespaceOf.set(f, k.namespace);
  }
  return namespaceOf;
}

/**
 * The label sets each listed file's objects get: its own kustomization's, then each enclosing
 * one's (kustomize builds a base, then applies the overlay's transformers to the result). Built
 * from each kustomization no other one includes; a file that two such builds label differently
 * (overlays/dev's `env: dev`, overlays/prod's `env: prod`) gets none, as its labels depend on the build.
 */
function kustomizedLabels(kustomizations: readonly Kustomization[]): Map<string, LabelSet[]> {
  const labelsOf = new Map<string, LabelSet[] | null>();
  const key = new Map<string, string>();
  walkBuilds<LabelSet[]>(kustomizations, [], (k, outer) => {
    const sets = [...k.labels, ...outer];
    const text = JSON.stringify(sets);
    for (const f of k.files) {
      if (!labelsOf.has(f)) {
        labelsOf.set(f, sets);
        key.set(f, text);
      } else if (key.get(f) !== text) labelsOf.set(f, null);
    }
    return sets;
  });
  const out = new Map<string, LabelSet[]>();
  for (const [f, sets] of labelsOf) if (sets !== null && sets.length > 0) out.set(f, sets);
  return out;
}

/** The workload kinds whose pod template kustomize labels (api/internal/konfig/builtinpluginconsts metadatalabels.go), by group (null: any). */
const TEMPLATE_LABEL_KINDS: ReadonlyMap<string, string | null> = new Map([
  ['ReplicationController', ''],
  ['Deployment', null],
  ['ReplicaSet', null],
  ['DaemonSet', null],
  ['StatefulSet', 'apps'],
  ['Job', 'batch'],
]);

/** The selectors kustomize's commonLabels field specs write (commonlabels.go), `create` where it makes a missing map. */
const SELECTOR_LABEL_SPECS: readonly { kind: string; group: string | null; path: readonly string[]; create: boolean }[] = [
  { kind: 'Service', group: '', path: ['spec', 'selector'], create: true },
  { kind: 'ReplicationController', group: '', path: ['spec', 'selector'], create: true },
  { kind: 'Deployment', group: null, path: ['spec', 'selector', 'matchLabels'], create: true },
  { kind: 'ReplicaSet', group: null, path: ['spec', 'selector', 'matchLabels'], create: true },
  { kind: 'DaemonSet', group: null, path: ['spec', 'selector', 'matchLabels'], create: true },
  { kind: 'StatefulSet', group: 'apps', path: ['spec', 'selector', 'matchLabels'], create: true },
  { kind: 'Job', group: 'batch', path: ['spec', 'selector', 'matchLabels'], create: false },
  { kind: 'CronJob', group: 'batch', path: ['spec', 'jobTemplate', 'spec', 'selector', 'matchLabels'], create: false },
  { kind: 'PodDisruptionBudget', group: 'policy', path: ['spec', 'selector', 'matchLabels'], create: false },
  { kind: 'NetworkPolicy', group: 'networking.k8s.io', path: ['spec', 'podSelector', 'matchLabels'], create: false },
];

/** Adds `pairs` to the string map at `path` of `value` (through the items of lists on the way), making it where `create`. */
function addLabelsAt(value: unknown, path: readonly string[], pairs: Record<string, string>, create: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) addLabelsAt(item, path, pairs, create);
    return;
  }
  if (!isObject(value)) return;
  const [head, ...rest] = path;
  let next = value[head];
  if (next === undefined || next === null) {
    // kustomize creates the missing maps of a `create` spec; otherwise the field is left alone.
    if (!create || Array.isArray(next)) return;
    next = value[head] = {};
  }
  if (rest.length > 0) addLabelsAt(next, rest, pairs, create);
  else if (isObject(next)) Object.assign(next, pairs);
}

/** What one LabelSet does to an object, as kustomize's label transformer (api/filters/labels) writes it. */
function applyLabelSet(r: Resource, set: LabelSet): void {
  const kindIs = (kind: string, group: string | null) => r.kind === kind && (group === null || r.group === group);
  addLabelsAt(r.value, ['metadata', 'labels'], set.pairs, true);
  if (set.templates) {
    for (const [kind, group] of TEMPLATE_LABEL_KINDS) if (kindIs(kind, group)) addLabelsAt(r.value, ['spec', 'template', 'metadata', 'labels'], set.pairs, true);
    if (kindIs('CronJob', 'batch')) {
      addLabelsAt(r.value, ['spec', 'jobTemplate', 'metadata', 'labels'], set.pairs, true);
      addLabelsAt(r.value, ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'], set.pairs, true);
    }
  }
  if (!set.selectors) return;
  for (const spec of SELECTOR_LABEL_SPECS) if (kindIs(spec.kind, spec.group)) addLabelsAt(r.value, spec.path, set.pairs, spec.create);
  if (kindIs('NetworkPolicy', 'networking.k8s.io')) {
    addLabelsAt(r.value, ['spec', 'ingress', 'from', 'podSelector', 'matchLabels'], set.pairs, false);
    addLabelsAt(r.value, ['spec', 'egress', 'to', 'podSelector', 'matchLabels'], set.pairs, false);
  }
}

/**
 * What a kustomization makes of the files it lists, as `kustomize build` would:
 *
 * - Objects of a file it lists directly under `resources`, with a `namespace`, are in that
 *   namespace (kustomize's namespace transformer, kubernetes-sigs/kustomize api/filters/namespace:
 *   it sets `metadata.namespace` over any written one on every kind not known to be
 *   cluster-scoped, custom resources included, `metaNamespaceHack`). A Namespace object in such a
 *   file is renamed to it (the transformer's field specs hold `metadata/name` of kind Namespace).
 *   A base's files get the namespace of the overlays that include it (kustomizedNamespaces).
 * - Its `commonLabels`, and `labels` entries, are added where kustomize's label transformer adds
 *   them (kustomizedLabels, applyLabelSet): every object's labels; with `includeTemplates` or
 *   selectors, pod templates; with selectors (`commonLabels`, `includeSelectors: true`), the
 *   selectors of Services, workloads and NetworkPolicies, so the policy still selects its pods.
 * - A file it applies as a patch holds fragments of other objects (a Deployment's one changed
 *   container, a `$patch: delete`), not objects of their own: they are not linted and not in the
 *   model, so a patch is neither a second workload nor a duplicate of what it patches. A file some
 *   kustomization also lists as a resource stays.
 *
 * Returns the resources that remain.
 */
function applyKustomizations(loaded: Resource[], kustomizations: readonly Kustomization[]): Resource[] {
  const resources = copiesPerCluster(loaded, kustomizations);
  const namespaceOf = kustomizedNamespaces(kustomizations);
  const labelsOf = kustomizedLabels(kustomizations);
  if (labelsOf.size > 0) for (const r of resources) if (r.build === undefined) for (const set of labelsOf.get(normalizePath(r.file)) ?? []) applyLabelSet(r, set);
  const listed = new Set<string>();
  const patchFiles = new Set<string>();
  for (const k of kustomizations) {
    for (const f of k.files) listed.add(f);
    for (const f of k.patches) patchFiles.add(f);
  }
  for (const r of resources) if (r.build === undefined) putInNamespace(r, namespaceOf.get(normalizePath(r.file)) ?? null);
  // A file in a kustomize `patches/` folder that no kustomization lists, beside kustomizations, is a
  // patch left unlisted (kubebuilder scaffolds config/crd/patches/cainjection_in_*.yaml and lists
  // them commented out): a fragment of an object, not one to apply.
  const kustomizationDirs = new Set(kustomizations.map((k) => k.dir));
  for (const r of resources) {
    const m = PATCHES_FOLDER.exec(normalizePath(r.file));
    if (m !== null && kustomizationDirs.has(m[1])) patchFiles.add(normalizePath(r.file));
  }
  for (const f of listed) patchFiles.delete(f);
  return patchFiles.size === 0 ? resources : resources.filter((r) => !patchFiles.has(normalizePath(r.file)));
}

/** A file in a `patches/` folder, with the folder holding that folder (where its kustomization is). */
const PATCHES_FOLDER = /^(?:(.*)\/)?patches\//;

/** What kustomize's namespace transformer does to an object (api/filters/namespace): a Namespace is renamed; cluster-scoped kinds are left alone. */
function putInNamespace(r: Resource, ns: string | null): void {
  if (!ns) return;
  if (r.groupKind === 'Namespace') {
    const metadata = r.value.metadata;
    if (ns !== r.name && typeof metadata === 'object' && metadata !== null) {
      (metadata as Record<string, unknown>).name = ns;
      (r as { name: string }).name = ns;
    }
    return;
  }
  if (CLUSTER_SCOPED_KINDS.has(r.groupKind) || r.kind === CNI_CONFIG.kind) return;
  (r as { namespace: string | null }).namespace = ns;
}

/** What one top-level build makes of a file it includes: the namespace and labels its kustomizations give. */
interface BuildView {
  /** The folder of the build's outermost kustomization. */
  top: string;
  namespace: string | null;
  labels: LabelSet[];
}

/**
 * The files that builds of different clusters make differently: a base that `overlays/prod` puts
 * in shop-prod and `overlays/staging` in shop-staging is, as `kustomize build` of each overlay
 * shows, two sets of objects, one per cluster, and neither is the base as written. For each such
 * file, one view per cluster (cluster-scope.ts environmentOf of the build's folder), when every
 * build including it lies in such a cluster folder and the builds of one cluster agree; files
 * whose builds agree, or that builds outside cluster folders include, are not here (their objects
 * keep one namespace and set of labels, or none: kustomizedNamespaces, kustomizedLabels).
 */
function perClusterBuilds(kustomizations: readonly Kustomization[]): Map<string, BuildView[]> {
  const views = new Map<string, BuildView[]>();
  walkBuilds<BuildView | null>(kustomizations, null, (k, outer) => {
    const made: BuildView = { top: outer?.top ?? k.dir, namespace: outer?.namespace ?? k.namespace, labels: [...k.labels, ...(outer?.labels ?? [])] };
    for (const f of k.files) pushTo(views, f, made);
    return made;
  });
  const out = new Map<string, BuildView[]>();
  const key = (v: BuildView) => JSON.stringify([v.namespace, v.labels]);
  for (const [file, list] of views) {
    if (new Set(list.map(key)).size < 2) continue;
    const byCluster = new Map<string, BuildView>();
    let apart = true;
    for (const v of list) {
      const cluster = environmentOf(`${v.top}/kustomization.yaml`);
      const seen = cluster === null ? undefined : byCluster.get(cluster);
      if (cluster === null || (seen !== undefined && key(seen) !== key(v))) {
        apart = false;
        break;
      }
      if (seen === undefined) byCluster.set(cluster, v);
    }
    if (apart && byCluster.size >= 2) out.set(file, [...byCluster.values()]);
  }
  return out;
}

/**
 * The objects with those of each file that builds of different clusters make differently
 * (perClusterBuilds) replaced by one copy per cluster, in that build's namespace and with its
 * labels, marked with the build (`build`), so that each cluster holds its own.
 */
function copiesPerCluster(resources: Resource[], kustomizations: readonly Kustomization[]): Resource[] {
  const builds = perClusterBuilds(kustomizations);
  if (builds.size === 0) return resources;
  const out: Resource[] = [];
  for (const r of resources) {
    const views = builds.get(normalizePath(r.file));
    if (views === undefined) {
      out.push(r);
      continue;
    }
    // A cluster-scoped object takes no namespace: builds that differ only there make one object.
    const scoped = !(CLUSTER_SCOPED_KINDS.has(r.groupKind) || r.kind === CNI_CONFIG.kind) || r.groupKind === 'Namespace';
    if (new Set(views.map((v) => JSON.stringify(scoped ? [v.namespace, v.labels] : v.labels))).size === 1) {
      for (const set of views[0].labels) applyLabelSet(r, set);
      out.push(r);
      continue;
    }
    for (const view of views) {
      // Same prototype (positions), its own value (labels are written into it) and namespace; the
      // build's folder as the file names it (normalizePath drops an absolute path's leading `/`).
      const build = r.file.startsWith('/') && !view.top.startsWith('/') ? `/${view.top}` : view.top;
      const copy = Object.assign(Object.create(Object.getPrototypeOf(r) as object) as Resource, r, { value: structuredClone(r.value), build });
      for (const set of view.labels) applyLabelSet(copy, set);
      putInNamespace(copy, view.namespace);
      out.push(copy);
    }
  }
  return out;
}

function fileFinding(rule: RuleMeta, file: string, message: string, position?: Position): Finding {
  const p = position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    file,
    ...p,
    resource: null,
    path: [],
    remediation: rule.remediation,
  };
}

/** Bytes → text, or the reason it cannot be read as a manifest. */
/**
 * The file's text, or the finding that it has none. A text may come with a finding of its own (a
 * byte that is not UTF-8, read as U+FFFD as kubectl reads it): both are kept.
 */
export function decodeSource(file: SourceFile, maxFileBytes: number): { text: string; finding?: Finding } | { finding: Finding } {
  if (file.unreadable !== undefined) return { finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, file.unreadable), remediation: 'Rename the file to a UTF-8 name.' } };
  const size = file.size ?? (typeof file.content === 'string' ? file.content.length : file.content.byteLength);
  if (size > maxFileBytes) {
    const what = file.sizeUnknown ? `more than ${maxFileBytes} bytes (read no further)` : `${size} bytes`;
    return { finding: fileFinding(INPUT_RULES.tooLarge, file.path, `the file is ${what}; the limit is ${maxFileBytes} bytes`) };
  }
  let text: string;
  if (typeof file.content === 'string') {
    text = file.content;
  } else {
    const bytes = file.content;
    // A UTF-16 file (Windows editors, PowerShell's `>`) starts with its byte order mark and is full
    // of NUL bytes. kubectl reads it, transcoding by the mark (cli-runtime pkg/resource/visitor.go
    // FileVisitor: unicode.BOMOverride); libcni reads a CNI config's bytes as JSON, which refuses it.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
      if (/\.(conf|conflist)$/i.test(file.path)) return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file is UTF-16 (${order}, by its byte order mark), not UTF-8, which libcni needs: re-save it as UTF-8`) };
      try {
        text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
      } catch {
        return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file starts with a UTF-16 (${order}) byte order mark but is not valid UTF-16`) };
      }
      return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    }
    const probe = bytes.subarray(0, 8192);
    const nul = probe.indexOf(0);
    if (nul >= 0) {
      return { finding: fileFinding(INPUT_RULES.binaryFile, file.path, 'the file contains NUL bytes: it is binary, not YAML or JSON', byteAt(bytes, nul)) };
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // kubectl decodes a file's bytes with golang.org/x/text's UTF-8 decoder behind a byte order
      // mark check (cli-runtime pkg/resource/visitor.go FileVisitor: BOMOverride(UTF8.NewDecoder())),
      // which puts U+FFFD for each byte that is not UTF-8 instead of failing, and Go's encoding/json
      // (libcni) does the same inside strings: the file is read, but not as it shows in an editor
      // that took it for Latin-1. Read it the same way, and say so.
      const bad = firstInvalidUtf8(bytes);
      text = new TextDecoder('utf-8').decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const message = `the file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at byte offset ${bad}): kubectl reads each such byte as U+FFFD, so what it applies is not what the file shows; re-save the file as UTF-8`;
      return { text, finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, message, byteAt(bytes, bad)), severity: 'warning' } };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

/** Where byte `offset` sits: line and column (UTF-16 units) of the text before it, read leniently. */
function byteAt(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  const column = before.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const [len, min] = b < 0x80 ? [1, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80] : b >= 0xe0 && b <= 0xef ? [3, 0x800] : b >= 0xf0 && b <= 0xf4 ? [4, 0x10000] : [0, 0];
    if (len === 0 || i + len > bytes.length) return i;
    let cp = len === 1 ? b : b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (bytes[i + k] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

function loadOne(file: SourceFile, limits: LoadLimits, out: LoadResult, kustomizations: Kustomization[]): void {
  const loaded: LoadedFile = { path: file.path, lines: null, resourceCount: 0, directives: [] };
  out.files.push(loaded);
  const decoded = decodeSource(file, limits.maxFileBytes);
  if (decoded.finding !== undefined) out.findings.push(decoded.finding);
  if (!('text' in decoded)) return;
  const text = decoded.text;
  // CNI configs are JSON objects: a .conf found by a walk that is not one (an INI or systemd
  // file) is someone else's configuration, counted like a YAML file without a Kubernetes object.
  const notJsonConf = /\.conf$/i.test(file.path) && !/^\s*\{/.test(text);
  if (notJsonConf && file.discovered) {
    loaded.skipped = 'not-kubernetes';
    return;
  }
  const lines = new LineIndex(text);
  loaded.lines = lines;
  const cniFileName = /\.(conf|conflist)$/i.test(file.path);
  const jsonFileName = /\.json$/i.test(file.path);
  // A CNI config with comments is read without them (blankJsonComments; input/cni-json still says where they are).
  const cniLike = cniFileName || (jsonFileName && text.includes('"cniVersion"'));
  const readText = (cniLike && /^\s*\{/.test(text) && text.includes('/') ? blankJsonComments(text) : null) ?? text;
  // libcni reads a CNI config with Go's encoding/json, not as kubectl reads YAML.
  let stream = parseYamlStream(readText, cniLike ? { ...limits.yaml, reader: 'yaml' } : limits.yaml);
  // A .json found by a walk that does not parse and names no apiVersion, kind or cniVersion is
  // someone else's data (JSON Lines, a dashboard export), counted like a file without objects
  // (before it is read as a stream of JSON values, which such a file would be at length).
  if (file.discovered && jsonFileName && stream.problems.some((p) => p.kind === 'syntax') && !/"(?:apiVersion|kind|cniVersion)"\s*:/.test(text)) {
    loaded.skipped = 'not-kubernetes';
    return;
  }
  if (stream.problems.some((p) => p.kind === 'syntax') && mightBeJsonStream(text)) {
    const otherProblems = stream.problems.filter((p) => p.kind !== 'syntax');
    if (cniLike) {
      // libcni decodes a CNI config as one JSON object (encoding/json): its error, in its terms.
      const json = parseJson(readText);
      if (!json.ok) stream = { documents: stream.documents, problems: [...otherProblems, { kind: 'syntax', message: `not valid JSON, which libcni requires: ${json.error}`, start: json.offset, end: Math.min(json.offset + 1, text.length) }] };
    } else {
      // kubectl reads a manifest that starts with `{` as JSON values first (concatenated objects
      // are a stream), then as YAML: see kubectl-json-stream.ts.
      const read = readKubectlJsonStream(text, limits.yaml);
      if (read.stream !== null) stream = read.stream;
      // Neither reads it: kubectl reports the JSON error, which for a .json file says what is wrong in its own terms.
      else if (jsonFileName) stream = { documents: stream.documents, problems: [...otherProblems, read.jsonError] };
    }
  }
  // Text kubectl never reads (after a `...`) is a warning: the rest of the file parsed.
  const parsed = stream.problems.every((p) => p.kind === 'ignored');
  const helm = helmTemplateAction(text, !parsed, () => blockScalarSpans(stream.documents), () => unquotedActionAt(text, stream.documents));
  const ytt = helm === null && text.includes('#@') ? yttAnnotation(text) : null;
  const tag = helm === null && ytt === null && !parsed && text.includes('{%') ? templateTagLine(text) : null;
  const envsubst = helm !== null || ytt !== null || tag !== null ? null : parsed ? placeholderInName(text, stream.documents, out) : text.includes('$') || text.includes('@') ? placeholderAtSyntaxError(text, stream.problems) : null;
  if (helm || ytt || tag || envsubst) {
    if (file.discovered) loaded.skipped = 'helm-template';
    else if (helm) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, templateMessage(text.slice(helm.start, helm.end)), lines.range(helm)));
    else if (ytt) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered ytt template (${text.slice(ytt.start, ytt.end)}): render it first, e.g. ytt -f DIR | netlint lint -`, lines.range(ytt)));
    else if (tag) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered Jinja or Liquid template (${text.slice(tag.start, tag.end)}): lint what renders it (Ansible, Jekyll) writes, e.g. on stdin as -`, lines.range(tag)));
    else {
      const placeholder = text.slice(envsubst!.start, envsubst!.end);
      const render = placeholder.startsWith('$(') ? 'render it first, e.g. kustomize build DIR | netlint lint -' : placeholder.startsWith('$') ? 'render it first, e.g. envsubst < FILE | netlint lint -' : 'fill it in first with the script that renders it, and lint the result, e.g. on stdin as -';
      const stands = parsed ? 'stands for a name' : 'stands for YAML text: the file does not parse until it is filled in';
      out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered template (${placeholder} ${stands}): ${render}`, lines.range(envsubst!)));
    }
    return;
  }
  loaded.directives = scanDirectives(file.path, lines);
  const findingsBefore = out.findings.length;
  // Asked once per file, not per problem: a file of many broken documents has a problem each.
  let namesManifestKeys: boolean | undefined;
  for (const problem of stream.problems) {
    // Named on its own, a .conf that is not JSON and not YAML either is most likely not meant as
    // a manifest at all: say so rather than quote the YAML parser.
    if (notJsonConf && problem.kind === 'syntax') {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file.path, `the .conf file is neither a CNI config (a JSON object) nor YAML (${problem.message}): not a Kubernetes object`, lines.range(problem)));
      continue;
    }
    if (cniLike && problem.kind === 'duplicate-key') {
      out.findings.push(cniDuplicateKey(problem, stream.documents, file.path, lines));
      continue;
    }
    const rule = PROBLEM_RULES[problem.kind];
    // calicoctl, which decodes strictly, refuses a duplicate key; it reads projectcalico.org objects only.
    const message = problem.kind === 'duplicate-key' && calicoApiDocumentAt(stream.documents, problem.start) ? `${problem.message} (calicoctl refuses the file)` : problem.message;
    // A walk's file that does not parse and names no apiVersion or kind anywhere (a KEP's metadata,
    // a parser's invalid test input) was most likely never a manifest: a warning, so that it neither
    // fails the lint nor stops reach from answering for the manifests beside it.
    if (problem.kind === 'syntax' && file.discovered && !cniLike && !KUSTOMIZATION_FILE.test(file.path) && !(namesManifestKeys ??= MANIFEST_KEY.test(text))) {
      out.findings.push({ ...fileFinding(rule, file.path, `${message} (the file names no apiVersion or kind: if it is not a manifest, leave it out with .netlintignore)`, lines.range(problem)), severity: 'warning' });
      continue;
    }
    out.findings.push(fileFinding(rule, file.path, message, lines.range(problem)));
  }
  const documents = stream.documents.filter((d) => d.value !== undefined && d.value !== null);
  if (KUSTOMIZATION_FILE.test(file.path)) {
    const k = documents.length === 1 ? kustomizationOf(file.path, documents[0].value) : null;
    if (k) kustomizations.push(k);
  }
  if (documents.length === 0 && parsed) {
    // A walk's file of comments or document markers only (a Helm chart's commented values.yaml,
    // an Ansible role's `---` stub) is someone else's, counted like one without objects; a file
    // named on the command line was meant as a manifest.
    if (file.discovered) loaded.skipped = 'not-kubernetes';
    else out.findings.push(fileFinding(INPUT_RULES.emptyFile, file.path, 'the file holds no YAML document'));
    return;
  }
  // A .json named on the command line whose one object names a CNI plugin is a CNI config even
  // without cniVersion (namesCniPlugin); found by a walk, such a file may be a plugin's fragment
  // in someone's docs or tests, and only one with cniVersion is taken for a config.
  const namedCniJson = !file.discovered && jsonFileName && documents.length === 1 && isObject(documents[0].value) && namesCniPlugin(documents[0].value);
  const isCniFile = cniFileName || namedCniJson;
  const resourcesBefore = out.resources.length;
  for (const doc of documents) {
    const before = out.resources.length;
    collectResources(doc, doc.value, [], file.path, lines, isCniFile, out);
    loaded.resourceCount += out.resources.length - before;
  }
  // YAML reads JSON with trailing commas, comments or single quotes; libcni does not. When YAML
  // read the file, say where strict JSON stops (the config is still checked as YAML read it).
  // Container runtimes load .json files of /etc/cni/net.d as well (libcni ConfFiles with
  // .conf, .conflist and .json), so a .json holding a CNI config is held to the same; a .json
  // Kubernetes manifest is not: kubectl falls back to YAML when JSON decoding fails
  // (apimachinery pkg/util/yaml YAMLOrJSONDecoder.Decode).
  const cniJson = !isCniFile && jsonFileName && loaded.resourceCount > 0 && out.resources.slice(resourcesBefore).every((r) => r.kind === CNI_CONFIG.kind && r.apiVersion === CNI_CONFIG.apiVersion);
  if ((isCniFile || cniJson) && !notJsonConf && /^\s*\{/.test(text) && !stream.problems.some((p) => p.kind === 'syntax')) {
    const json = parseJson(text);
    if (!json.ok) out.findings.push(fileFinding(INPUT_RULES.cniJson, file.path, `the file is not strict JSON, which libcni requires: ${json.error}`, lines.range({ start: json.offset, end: Math.min(json.offset + 1, text.length) })));
  }
  // A walk reads every .yaml and .json: one that holds no object at all (package.json,
  // Chart.yaml, values.yaml, an mkdocs.yml with a key written twice) is someone else's file. Its
  // only findings were "not a Kubernetes object" and duplicate keys; it is counted instead. One
  // that does not parse may have been a manifest, and a named file was meant as one: both keep
  // their findings.
  // So is one whose objects all name a version with no API group that Kubernetes never served
  // (`apiVersion: v1alpha1`: Talos' machine-config documents, beside others without apiVersion).
  if (file.discovered && loaded.resourceCount > 0 && stream.problems.every((p) => p.kind === 'duplicate-key' || p.kind === 'ignored') && out.resources.slice(resourcesBefore).every((r) => FOREIGN_VERSION.test(r.apiVersion))) {
    out.resources.length = resourcesBefore;
    loaded.resourceCount = 0;
  }
  if (file.discovered && loaded.resourceCount === 0 && stream.problems.every((p) => p.kind === 'duplicate-key' || p.kind === 'ignored')) {
    out.findings.length = findingsBefore;
    loaded.skipped = 'not-kubernetes';
  }
}

/**
 * A key written twice in a CNI config, as the node reads it: libcni and the plugins decode it with
 * Go's encoding/json, which keeps the later value without a word, but the tuning plugin reads its
 * `sysctl` map itself and refuses a key written twice (containernetworking/plugins
 * plugins/meta/tuning/tuning.go: "duplicated sysctl keys are not allowed").
 */
function cniDuplicateKey(problem: YamlProblem, documents: readonly YamlDocument[], file: string, lines: LineIndex): Finding {
  const key = /^duplicate key "((?:[^"\\]|\\.)*)"/.exec(problem.message)?.[1] ?? '';
  const inSysctl = documents.some((doc) => {
    const conf = doc.value;
    if (!isObject(conf)) return false;
    const plugins: [unknown, Path][] = Array.isArray(conf.plugins) ? conf.plugins.map((p, i) => [p, ['plugins', i]]) : [[conf, []]];
    return plugins.some(([plugin, at], i) => {
      if (!isObject(plugin) || plugin.type !== 'tuning' || !isObject(plugin.sysctl) || !Object.hasOwn(plugin.sysctl, key)) return false;
      // After the plugin's sysctl key and before the next plugin (a span is a key's, not a map's extent).
      const next = i + 1 < plugins.length ? doc.spanOf(['plugins', i + 1]).start : Infinity;
      return doc.spanOf([...at, 'sysctl']).start < problem.start && problem.start < next;
    });
  });
  const message = inSysctl
    ? `duplicate sysctl key "${key}": the tuning plugin refuses it ("duplicated sysctl keys are not allowed"), so the pod's network setup fails`
    : `duplicate key "${key}": libcni and the plugins (Go's encoding/json) keep the later value and drop the earlier one without a word`;
  return { ...fileFinding(INPUT_RULES.duplicateKey, file, message, lines.range(problem)), severity: inSysctl ? 'error' : 'warning' };
}

/** A version with no group, alpha or beta: the core group has served only `v1` since Kubernetes 1.0. */
const FOREIGN_VERSION = /^v\d+(?:alpha|beta)\d+$/;

/**
 * The first template action (`{{ … }}`) of a file that is an unrendered Helm template, or null.
 * Manifests may carry Go templates of their own in string values (an Alertmanager template in a
 * ConfigMap, `{{ range .Alerts }}`; a PrometheusRule's `{{ $labels.pod }}`), and those parse as
 * YAML. So a file is a Helm template when an action uses Helm's own objects or helpers
 * (`.Values`, `.Release`, `.Chart`, `.Capabilities`, `.Files`, `include`, a `{{/* comment *\/}}`),
 * when an action stands unquoted where a value belongs (`namespace: {{ .Namespace }}`, `- {{ .X }}`:
 * YAML reads that as a flow mapping whose key is a mapping, which no manifest means; operators
 * render such files with text/template, e.g. sriov-network-operator's bindata), or when it has any
 * action and does not parse as YAML (a bare `{{- if … }}` line does not). In a file that parses,
 * an action inside a block scalar (`|`, `>`), or in any string of a ConfigMap's `data` or a Secret's
 * `stringData`, does not count: a rendered chart may ship a template for another program to render
 * later, `.Values` and all (Istio's sidecar-injector ConfigMap carries its injection template that
 * way, a block scalar until a tool such as yq re-saves it as a quoted string).
 */
export function helmTemplateAction(
  text: string,
  parseFailed: boolean,
  blockScalars: () => readonly Span[] = () => [],
  unquotedAction: () => number | null = () => null,
): { start: number; end: number } | null {
  if (!text.includes('{{')) return null;
  HELM_OBJECTS.lastIndex = 0;
  const m = parseFailed ? (HELM_OBJECTS.exec(text) ?? firstOutsideBlockScalars(ANY_ACTIONS, text)) : helmObjectOutside(text, blockScalars);
  const at = m ? m.index : parseFailed ? null : unquotedAction();
  if (at === null) return null;
  const close = text.indexOf('}}', at);
  return { start: at, end: close >= 0 ? close + 2 : at + 2 };
}

/** The first Helm-object action of `text` outside the block scalars (asked for at the first action). */
function helmObjectOutside(text: string, blockScalars: () => readonly Span[]): RegExpExecArray | null {
  let spans: readonly Span[] | null = null;
  for (let m = HELM_OBJECTS.exec(text); m !== null; m = HELM_OBJECTS.exec(text)) {
    spans ??= blockScalars();
    const at = m.index;
    if (!spans.some((s) => at >= s.start && at < s.end)) return m;
  }
  return null;
}

/**
 * Where the first template action of a file that parses begins, when it stands where no manifest
 * has one (see helmTemplateAction): in an object's `metadata.name` or `metadata.namespace` (no
 * Kubernetes name holds a brace), or unquoted as a mapping value, a flow mapping whose text starts
 * with `{{` right after its key's colon, which YAML reads as a mapping keyed by a mapping.
 */
function unquotedActionAt(text: string, documents: readonly YamlDocument[]): number | null {
  const AFTER_COLON = /:[ \t]*/y;
  for (const doc of documents) {
    const inName = nameMatching(text, doc, ACTION_START);
    if (inName !== null) return inName.start;
    let found: number | null = null;
    const walk = (value: unknown, path: Path): void => {
      if (found !== null) return;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) {
        if (typeof path[path.length - 1] === 'string') {
          AFTER_COLON.lastIndex = doc.keySpanOf(path).end;
          const start = AFTER_COLON.test(text) ? AFTER_COLON.lastIndex : -1;
          if (start >= 0 && text.startsWith('{{', start)) return void (found = start);
        }
        for (const k in value) walk(value[k], [...path, k]);
      }
    };
    walk(doc.value, []);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A shell-style placeholder (`${CLUSTER_NAME}`, `$NAMESPACE`) or a kustomize variable (`$(app-name)`)
 * in an object's `metadata.name` or `metadata.namespace`, where no Kubernetes name holds a `$`: the
 * file is a template for envsubst, kustomize or a similar tool (cluster-api's cluster templates,
 * tutorials' manifests), or null. So is a word in capitals joined by underscores that a script
 * replaces with sed inside a name (`kwok-node-INSERT_NUMBER`: azure-container-networking's scale
 * tests) or a docs' `<node-name>` (WORD_PLACEHOLDER), where a name is a DNS name, which holds no
 * underscore, capital or `<`; an RBAC role's or binding's name is a path segment, which may
 * (names.ts nameFormatOf).
 */
function placeholderInName(text: string, documents: readonly YamlDocument[], out: LoadResult): Span | null {
  for (const doc of documents) {
    const v = doc.value;
    const groupKind = isObject(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string' ? kindIdentity(out, v.apiVersion, v.kind).groupKind : '';
    const found = nameMatching(text, doc, nameFormatOf(groupKind) === 'path-segment' ? PLACEHOLDER : PLACEHOLDER_IN_NAME);
    if (found !== null) return found;
  }
  return null;
}

/** Whether the document holding offset `at` is a projectcalico.org object, the kind calicoctl applies. */
function calicoApiDocumentAt(documents: readonly YamlDocument[], at: number): boolean {
  let doc: YamlDocument | undefined;
  for (const d of documents) if (d.start <= at) doc = d;
  const apiVersion = doc !== undefined && isObject(doc.value) ? doc.value.apiVersion : undefined;
  return typeof apiVersion === 'string' && apiVersion.startsWith('projectcalico.org/');
}

/**
 * A shell-style placeholder (`${MASK_OPT}`, `$EXTRA_LABELS`) on the line where a file stops parsing,
 * or on the line before it, outside a comment: a template whose placeholder stands for YAML text
 * rather than a value (a script sets `${MASK_OPT}` to "" or "# " to keep or comment out a line, an
 * envsubst variable holds whole mapping entries), which no YAML parser reads until it is rendered;
 * or null. kubectl would refuse the unrendered file too, but it is not what gets applied.
 */
function placeholderAtSyntaxError(text: string, problems: readonly YamlProblem[]): Span | null {
  const error = problems.find((p) => p.kind === 'syntax');
  if (error === undefined) return null;
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const errorLine = lineStart(Math.min(error.start, text.length));
  for (const start of errorLine > 0 ? [errorLine, lineStart(errorLine - 1)] : [errorLine]) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trimStart().startsWith('#')) continue;
    // One that stands for YAML text begins the line's content or an item of a flow collection
    // (`${MASK_OPT}- --flag`, `$EXTRA_LABELS`, `[${ZONES}]`); one inside a value is the value's text
    // (`--addr=$POD_IP`, `export PATH=$PATH`, `"echo $HOME"`), which YAML reads whatever it holds,
    // and the error on its line is the file's own.
    for (const m of line.matchAll(SHELL_PLACEHOLDERS)) {
      if (/^\s*$|[[{,]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
    // `@NAME@` (autoconf's and many sed scripts' placeholder) cannot start a YAML value at all, so
    // it stops the parse wherever it stands as one: `name: @STS_NAME@` (longhorn's test templates).
    for (const m of line.matchAll(AT_PLACEHOLDERS)) {
      if (/^\s*$|[[{,:-]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
  }
  return null;
}

/**
 * The first ytt annotation of a file (Carvel ytt: a `#@` comment holds Starlark, `#@ load(…)`,
 * `#@data/values`, or a value computed in place, `name: #@ data.values.name`), which YAML reads as a
 * comment, leaving the value it computes empty; or null.
 */
function yttAnnotation(text: string): Span | null {
  const m = firstOutsideBlockScalars(/(?:^[ \t]*|:[ \t]+|-[ \t]+)(#@(?:[ \t]|data\/values|overlay\/|load\(|yaml\/|template\.)[^\n]*)/gm, text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + Math.min(m[1].length, 60) };
}

/**
 * The first line of a file that does not parse which is a Jinja or Liquid tag (`{% include … %}`,
 * `{% if … %}`: Ansible's templates, Jekyll's pages such as Calico's older docs' manifests), which
 * no YAML reads; or null.
 */
function templateTagLine(text: string): Span | null {
  const m = firstOutsideBlockScalars(/^[ \t]*(\{%-?\s*[a-z][^\n]*?%\})/gm, text);
  if (m === null) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + Math.min(m[1].length, 60) };
}

/** Whether offset `at` of a line lies inside a single- or double-quoted string opened earlier on it. */
function insideQuotes(line: string, at: number): boolean {
  let quote: string | null = null;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote === null) {
      if (c === '"' || c === "'") quote = c;
    } else if (c === '\\' && quote === '"') i++;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}

/**
 * `${NAME}` (with shell defaults such as `${NAME:-web}`, Flux's `${NAME/from/to}` replacement:
 * fluxcd kustomize-controller post-build variable substitution, or the other bash operators that
 * drone/envsubst takes, as cluster-api's templates use them: `${NAME/#from/to}`, `${NAME#prefix}`,
 * `${NAME%suffix}`, `${NAME,,}`, `${NAME^^}`), or `$NAME` in capitals, as environment variables
 * are written.
 */
export const BRACED_PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?=+\-/#%,^][^}]*)?\}/;
export const CAPITALS_PLACEHOLDER = /\$[A-Z_][A-Z0-9_]*/;
/** A kustomize variable reference, `$(NAME)` (kustomize `vars`, replaced by its refvar filter before anything is applied). */
const KUSTOMIZE_VAR = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/;
const SHELL_PLACEHOLDER = new RegExp(`${BRACED_PLACEHOLDER.source}|${CAPITALS_PLACEHOLDER.source}(?![a-z])`);
const SHELL_PLACEHOLDERS = new RegExp(SHELL_PLACEHOLDER.source, 'g');
const AT_PLACEHOLDERS = /@[A-Z][A-Z0-9_]*@/g;
/**
 * Markers that scripts and test tools replace before a file is applied, which no value of a
 * manifest holds: `<<NAME>>` (sed scripts), `((name))` (Concourse's and rabbitmq's vars) and
 * Chainsaw's bindings, `($namespace)` (kyverno/chainsaw docs, "Bindings").
 */
export const MARKER_PLACEHOLDER = /<<[A-Za-z_][A-Za-z0-9_.-]*>>|\(\([A-Za-z_][A-Za-z0-9_.-]*\)\)|\(\$[A-Za-z_][A-Za-z0-9_]*\)/;
/**
 * In a name also `__NAME__` in capitals, as sed scripts write it (kubermatic's `__SEED_NAME__`). Not
 * in values: Calico's own CNI config template holds `__CNI_MTU__` and the like, which install-cni
 * fills in on each node, and what the template says around them is checked (calico-cni.ts).
 */
const NAME_MARKER_PLACEHOLDER = new RegExp(`${MARKER_PLACEHOLDER.source}|__[A-Z][A-Z0-9_]*__`);
const PLACEHOLDER = new RegExp(`${SHELL_PLACEHOLDER.source}|${KUSTOMIZE_VAR.source}|${NAME_MARKER_PLACEHOLDER.source}`);
/**
 * A docs' angle-bracketed word (`<node-name>`), or a sed-style one (capitals joined by underscores)
 * joined by `-` or `.` to a lower-case part of the name (`kwok-node-INSERT_NUMBER`). A name that is
 * such a word alone (`APP_CONFIG`) may as well be a mistake: cluster/object-name says it is invalid.
 */
const WORD_PLACEHOLDER = /(?<=[a-z0-9][-.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[-.][a-z0-9])|<[A-Za-z][A-Za-z0-9_.-]*>/;
const PLACEHOLDER_IN_NAME = new RegExp(`${PLACEHOLDER.source}|${WORD_PLACEHOLDER.source}`);
const ACTION_START = /\{\{/;

/** Where `pattern` first matches in the document's `metadata.name`, else its `metadata.namespace`, in the file's text; null when in neither. */
function nameMatching(text: string, doc: YamlDocument, pattern: RegExp): Span | null {
  const metadata = isObject(doc.value) ? doc.value.metadata : undefined;
  if (!isObject(metadata)) return null;
  for (const field of ['name', 'namespace']) {
    const v = metadata[field];
    // `name: ##CRNAME##` is a sed placeholder that YAML reads as a comment, leaving no name (argo-cd's
    // hack scripts render their RBAC that way).
    if (v === null) {
      // From the field (its key, or where its empty value stands) to the end of that line.
      const from = doc.spanOf(['metadata', field]).start;
      const lineEnd = text.indexOf('\n', from);
      const hash = /^[^#\n]*?:?[ \t]*(##[A-Za-z_][A-Za-z0-9_]*##)/.exec(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
      if (hash) {
        const at = from + hash.index + hash[0].length - hash[1].length;
        return { start: at, end: at + hash[1].length };
      }
    }
    const m = typeof v === 'string' ? pattern.exec(v) : null;
    if (!m) continue;
    const at = text.indexOf(m[0], doc.spanOf(['metadata', field]).start);
    return at < 0 ? doc.spanOf(['metadata', field]) : { start: at, end: at + m[0].length };
  }
  return null;
}

/** Where the block scalars (`|`, `>`) holding a template action stand in the documents. */
function blockScalarSpans(documents: readonly YamlDocument[]): Span[] {
  const spans: Span[] = [];
  for (const doc of documents) {
    // A ConfigMap's data and a Secret's stringData are files for other programs, however quoted:
    // Istio's injection template re-saved by yq becomes one double-quoted string.
    const kind = isObject(doc.value) ? doc.value.kind : undefined;
    const payload = kind === 'ConfigMap' ? 'data' : kind === 'Secret' ? 'stringData' : null;
    const walk = (value: unknown, path: Path): void => {
      if (typeof value === 'string') {
        if (!value.includes('{{')) return;
        const style = doc.scalarAt(path)?.style;
        if (style === 'literal' || style === 'folded' || (path.length === 2 && path[0] === payload)) spans.push(doc.spanOf(path));
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) for (const k in value) walk(value[k], [...path, k]);
    };
    walk(doc.value, []);
  }
  return spans;
}

const HELM_OBJECTS = /\{\{-?\s*(?:\/\*|include\s|[^}\n]*?\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/g;

/**
 * What a file with an unrendered template action is told: a Helm chart's template when the action
 * uses Helm's objects or helpers, else a Go template some other tool fills in (kind renders its
 * kindnet manifest's `{{ .PodSubnet }}` itself; operators render their bindata), which helm does not.
 */
function templateMessage(action: string): string {
  HELM_OBJECTS.lastIndex = 0;
  if (HELM_OBJECTS.test(action)) return 'this is an unrendered Helm template ({{ … }}): render it first, e.g. helm template RELEASE CHART | netlint lint -';
  const shown = action.length <= 40 ? action : `${action.slice(0, 37)}…`;
  return `this is an unrendered Go template (${shown}): lint what the tool that fills it in writes, e.g. on stdin as -`;
}
/** An action of any kind: a field or variable, a function (`include`, or a renderer's own such as kubermatic's `Image`), a quoted constant. */
const ANY_ACTIONS = /\{\{-?\s*[.$A-Za-z("'`]/g;

/**
 * The first match of `pattern` (global) that does not lie in a block scalar (`key: |` and the lines
 * indented below it), judged from the text alone, as a file that does not parse has no tree: a
 * template that a ConfigMap carries for another program (a Mustache page, a Jinja config) does not
 * make the file one, and the file's own syntax error is reported.
 */
function firstOutsideBlockScalars(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let ranges: Span[] | null = null;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    ranges ??= blockScalarRanges(text);
    // The ranges are in order and apart: is `at` in the last one starting at or before it?
    const at = m.index;
    let lo = 0;
    let hi = ranges.length - 1;
    let inside = false;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].start <= at) {
        inside = at < ranges[mid].end;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!inside) return m;
  }
  return null;
}

/**
 * The content of each block scalar of a text, judged by indentation in one pass (a file that does
 * not parse has no tree): from the line after one ending with `|` or `>` (with its indicators, or a
 * comment after them) to the next non-blank line no more indented than that line.
 */
function blockScalarRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let open: { indent: number; start: number } | null = null;
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      const indent = /^[ ]*/.exec(line)![0].length;
      if (open !== null && indent <= open.indent) {
        ranges.push({ start: open.start, end: lineStart });
        open = null;
      }
      if (open === null && !line.trimStart().startsWith('#') && /[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(line)) open = { indent, start: lineEnd + 1 };
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (open !== null) ranges.push({ start: open.start, end: text.length + 1 });
  return ranges;
}


function collectResources(
  doc: YamlDocument,
  value: unknown,
  base: Path,
  file: string,
  lines: LineIndex,
  isCniFile: boolean,
  out: LoadResult,
  inheritedKind?: string,
): void {
  const locate = (path: Path) => lines.range(doc.spanOf([...base, ...path]));
  // A plain YAML list of objects: calicoctl applies one (resourcemgr.go createResourcesFromBytes
  // reads a single resource, else a list of them), kubectl does not. Its objects are checked either
  // way; a list holding anything but Calico's objects is also reported.
  if (base.length === 0 && Array.isArray(value) && value.length > 0 && value.every(namesItsKind)) {
    if (!value.every((v) => CALICO_API_VERSION.test(v.apiVersion))) {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, 'the document is a list of objects: calicoctl applies such a list, kubectl refuses it (wrap them in `kind: List` with `items`, or separate them with ---)', locate([])));
    }
    value.forEach((item, i) => collectResources(doc, item, [i], file, lines, isCniFile, out));
    return;
  }
  if (!isObject(value)) {
    // A List's item is named by its place (`items[0] is null`), a document as such.
    const what = base.length === 0 ? 'the document' : formatPath(base).replace(/^\[/, 'item [');
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `${what} is ${describeValue(value)}, not a Kubernetes object`, locate([])));
    return;
  }
  let kind = typeof value.kind === 'string' ? value.kind : inheritedKind;
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : undefined;
  // `kind: List` and typed lists (`PodList`, whose items may omit `kind`, as the API server returns them).
  if (kind && kind.endsWith('List') && Array.isArray(value.items)) {
    const itemKind = kind === 'List' ? undefined : kind.slice(0, -4);
    value.items.forEach((item, i) => collectResources(doc, item, [...base, 'items', i], file, lines, isCniFile, out, itemKind));
    return;
  }
  if (!kind && !apiVersion && looksLikeCniConfig(value, isCniFile)) {
    const name = typeof value.name === 'string' ? value.name : (file.split('/').pop() ?? file);
    out.resources.push(makeResource(doc, value, base, file, lines, CNI_CONFIG.apiVersion, CNI_CONFIG.kind, name, null, out));
    return;
  }
  if (!kind || (!apiVersion && !inheritedKind)) {
    const missing = [!apiVersion && 'apiVersion', !kind && 'kind'].filter(Boolean).join(' and ');
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document has no ${missing}: it is not a Kubernetes object`, locate([])));
    return;
  }
  if (apiVersion !== undefined && isKustomizeConfig(apiVersion)) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is kustomize's own configuration (apiVersion ${apiVersion}), not a Kubernetes object`, locate(['apiVersion'])));
    return;
  }
  const tool = TOOL_CONFIG_KINDS.get(`${apiVersion}/${kind}`) ?? (apiVersion?.includes('/') ? TOOL_CONFIG_GROUPS.get(apiVersion.slice(0, apiVersion.indexOf('/'))) : undefined);
  if (tool !== undefined) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is ${tool}, not a Kubernetes object`, locate(['kind'])));
    return;
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '';
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : null;
  out.resources.push(makeResource(doc, value, base, file, lines, apiVersion ?? 'v1', kind, name, namespace, out));
}

/** What calicoctl reads as a resource in a list: an object naming its apiVersion and kind (a string each). */
function namesItsKind(v: unknown): v is Record<string, unknown> & { apiVersion: string; kind: string } {
  return isObject(v) && typeof v.apiVersion === 'string' && typeof v.kind === 'string';
}

const CALICO_API_VERSION = /^(?:crd\.)?projectcalico\.org\//;

/**
 * kustomize reads these and never sends them to the API server: a kustomization or component
 * (`kustomize.config.k8s.io`) and the configuration of a built-in generator or transformer
 * (`apiVersion: builtin`, e.g. a PrefixSuffixTransformer listed under `transformers:`;
 * kubernetes-sigs/kustomize api/builtins, e.g. PrefixSuffixTransformer.go).
 */
/**
 * Tools' own configuration files written in the shape of a Kubernetes object, which the tool reads
 * from disk and nobody applies: Argo CD's plugin.yaml ("not actually a custom resource": argo-cd
 * docs/operator-manual/config-management-plugins.md).
 */
const TOOL_CONFIG_KINDS: ReadonlyMap<string, string> = new Map([['argoproj.io/v1alpha1/ConfigManagementPlugin', "an Argo CD config management plugin's configuration (plugin.yaml, read by the plugin's sidecar)"]]);

/**
 * API groups that only a tool reads, whatever the kind, and no cluster serves: Backstage's
 * software catalog (catalog-info.yaml; backstage.io/docs/features/software-catalog/descriptor-format),
 * the Kyverno CLI's test and values files (`kyverno test`; kyverno cmd/cli/kubectl-kyverno/apis),
 * Gatekeeper's gator CLI (suites and policy catalogs; gatekeeper apis/gator, pkg/gator/policy/catalog).
 */
const TOOL_CONFIG_GROUPS: ReadonlyMap<string, string> = new Map([
  ['backstage.io', "a Backstage software catalog entity (catalog-info.yaml, read by Backstage)"],
  ['scaffolder.backstage.io', "a Backstage software template (read by Backstage's scaffolder)"],
  ['cli.kyverno.io', 'a Kyverno CLI file (read by `kyverno test` and `kyverno apply`)'],
  ['gator.gatekeeper.sh', "a file of Gatekeeper's gator CLI (read by `gator`)"],
  ['chainsaw.kyverno.io', 'a Chainsaw test (read by `chainsaw test`)'],
  ['kuttl.dev', 'a KUTTL test file (read by `kubectl kuttl test`)'],
]);

function isKustomizeConfig(apiVersion: string): boolean {
  return apiVersion === 'builtin' || apiVersion.startsWith('kustomize.config.k8s.io/');
}

/**
 * Keys of the Multus thick plugin's daemon configuration (`daemon-config.json`: multus-cni
 * pkg/server/types.go and pkg/server/config/generator.go, v4.3.0). It carries `cniVersion` too,
 * but it configures the daemon, not a network: no `type`, no `plugins`.
 */
const MULTUS_DAEMON_KEYS = ['socketDir', 'chrootDir', 'multusConfigFile', 'multusAutoconfigDir'];

/**
 * The plugins of containernetworking/plugins v1.x (main, meta, windows) and the CNIs people run
 * beside or instead of them: a `.json` named on the command line whose `type` (or whose
 * `plugins`' types) names one is a CNI config even without `cniVersion`, which libcni does not
 * require (it loads `.json` from /etc/cni/net.d like `.conf`: libcni conf.go ConfFiles), where
 * package.json's `type: module` is not.
 */
const CNI_PLUGIN_TYPES: ReadonlySet<string> = new Set([
  'bridge', 'ipvlan', 'loopback', 'macvlan', 'ptp', 'vlan', 'host-device', 'dummy', 'tap', 'win-bridge', 'win-overlay',
  'bandwidth', 'firewall', 'portmap', 'sbr', 'tuning', 'vrf',
  'flannel', 'calico', 'multus', 'sriov', 'ib-sriov', 'ovs', 'kube-ovn', 'antrea', 'cilium-cni', 'weave-net', 'aws-cni', 'egress-cni', 'azure-vnet', 'userspace', 'macvtap', 'route-override',
]);

function namesCniPlugin(value: Record<string, unknown>): boolean {
  if (typeof value.type === 'string') return CNI_PLUGIN_TYPES.has(value.type);
  return Array.isArray(value.plugins) && value.plugins.length > 0 && value.plugins.every((p) => isObject(p) && typeof p.type === 'string' && CNI_PLUGIN_TYPES.has(p.type));
}

function looksLikeCniConfig(value: Record<string, unknown>, isCniFile: boolean): boolean {
  const plugin = 'type' in value || 'plugins' in value;
  if ('cniVersion' in value) return plugin || !MULTUS_DAEMON_KEYS.some((k) => k in value);
  return isCniFile && plugin;
}

/**
 * A resource as the loader builds it. Methods live on the prototype (no closures per object):
 * a 10,000-document input makes 10,000 of these, and most never need a position.
 */
class LoadedResource implements Resource {
  readonly group: string;
  readonly groupKind: string;
  readonly doc: number;

  constructor(
    private readonly document: YamlDocument,
    private readonly lines: LineIndex,
    readonly value: Record<string, unknown>,
    readonly base: Path,
    readonly file: string,
    readonly apiVersion: string,
    readonly kind: string,
    readonly name: string,
    public namespace: string | null,
    identity: KindIdentity,
  ) {
    this.group = identity.group;
    this.groupKind = identity.groupKind;
    this.doc = document.index;
  }

  locate(path: Path): Position {
    const span = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }

  locateKey(path: Path): Position {
    const span = this.document.keySpanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }

  keySource(path: Path): string | null {
    const span = this.document.keyAt(this.base.length === 0 ? path : [...this.base, ...path]);
    return span === null ? null : this.lines.text.slice(span.start, span.end);
  }

  scalar(path: Path) {
    return this.document.scalarAt(this.base.length === 0 ? path : [...this.base, ...path]);
  }

  /** Quoted scalars already mapped, by their start offset in the file. */
  private quotedMaps: Map<number, ValueMap | null> | undefined;

  locateInScalar(path: Path, span: { start: number; end: number }): Position | null {
    const info = this.scalar(path);
    if (!info || (info.style !== 'single' && info.style !== 'double')) return null;
    const whole = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    // Mapped once per scalar: a rule may report thousands of findings inside one string (one per
    // entry of a long networks annotation), and mapping it again for each would be quadratic.
    this.quotedMaps ??= new Map();
    let map = this.quotedMaps.get(whole.start);
    if (map === undefined) {
      map = mapQuotedScalar(this.lines.text.slice(whole.start, whole.end), info.style);
      this.quotedMaps.set(whole.start, map);
    }
    if (!map || map.value !== info.source || span.start >= map.value.length || span.end > map.value.length) return null;
    const start = whole.start + map.offsets[span.start];
    const last = Math.max(span.start, span.end - 1);
    return this.lines.range({ start, end: whole.start + map.offsets[last] + map.widths[last] });
  }

  nonStringInStringMaps(): readonly Path[] | null {
    const all = this.document.nonStringInStringMaps;
    if (all === null || all.length === 0 || this.base.length === 0) return all;
    // A `kind: List` item: its own entries, relative to the item.
    const base = this.base;
    return all.filter((p) => p.length > base.length && base.every((seg, i) => p[i] === seg)).map((p) => p.slice(base.length));
  }
}

/**
 * A block scalar's range starts at the beginning of its first content line; a position there
 * would be column 1 of the indentation. Start at the first character instead, when `start` sits
 * in a line's leading white space.
 */
function skipIndentation(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === start || i >= end || text[i] === '\n' || text[i] === '\r') return start;
  for (let j = start - 1; j >= 0 && text[j] !== '\n'; j--) if (text[j] !== ' ' && text[j] !== '\t') return start;
  return i;
}

interface KindIdentity {
  group: string;
  groupKind: string;
}

// One group and groupKind string per distinct apiVersion and kind of a load, shared by its
// resources: every rule dispatch and index looks them up, and a shared string is hashed once.
const identities = new WeakMap<LoadResult, Map<string, Map<string, KindIdentity>>>();

function kindIdentity(out: LoadResult, apiVersion: string, kind: string): KindIdentity {
  let byVersion = identities.get(out);
  if (!byVersion) identities.set(out, (byVersion = new Map()));
  let byKind = byVersion.get(apiVersion);
  if (!byKind) byVersion.set(apiVersion, (byKind = new Map()));
  let found = byKind.get(kind);
  if (!found) {
    const slash = apiVersion.indexOf('/');
    const group = slash >= 0 ? apiVersion.slice(0, slash) : '';
    byKind.set(kind, (found = { group, groupKind: group ? `${group}/${kind}` : kind }));
  }
  return found;
}

function makeResource(
  doc: YamlDocument,
  value: Record<string, unknown>,
  base: Path,
  file: string,
  lines: LineIndex,
  apiVersion: string,
  kind: string,
  name: string,
  namespace: string | null,
  out: LoadResult,
): Resource {
  return new LoadedResource(doc, lines, value, base, file, apiVersion, kind, name, namespace, kindIdentity(out, apiVersion, kind));
}

const DIRECTIVE = /#\s*netlint-disable-(next-line|line)\b([^\n]*)$/;

/** Finds suppression comments. Only `#` that starts a comment (line start or after a space) counts. */
function scanDirectives(file: string, lines: LineIndex): DisableDirective[] {
  const out: DisableDirective[] = [];
  if (!lines.text.includes('netlint-disable')) return out;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const at = m.index;
    if (at > 0 && !/\s/.test(text[at - 1])) continue;
    const ruleIds = m[2]
      .replace(/--.*$/, '')
      .split(/[\s,]+/)
      .filter(Boolean);
    const position = { line, column: at + 1, endLine: line, endColumn: text.length + 1 };
    let target = line;
    if (m[1] === 'next-line') {
      target = line + 1;
      // Skip blank and comment-only lines, so a directive may sit above a comment block.
      while (target <= lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    }
    out.push({ file, targetLine: target, ruleIds, position });
  }
  return out;
}
