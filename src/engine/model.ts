/**
 * The cluster model: facts that the manifests imply, gathered once and read by cross-resource
 * rules. Facts no manifest holds (physical MTU, node count, node subnets, Calico version) come
 * from .netlint.yaml's `cluster` section; when a fact is unknown it is null or empty, and rules
 * that need it stay silent rather than guess.
 *
 * Rule packs derive their own views (pools, BGP topology, NADs) with `memo`, so each view is
 * computed once per lint run, whichever rule asks first.
 */
import { matchKeys } from './rule.js';
import type { ReportDescriptor } from './rule.js';
import type { ClusterFactsConfig } from './config.js';
import type { Path, Resource } from './types.js';
import { asArray, asObject as asRecord, isObject, scalarStringMap, stringMap } from './values.js';
import { pushTo } from './multimap.js';
import { parseYamlStream } from './yaml.js';

/** Where a fact came from, for messages ("the service CIDR 10.96.0.0/12 from kind.yaml"). */
export interface FactSource {
  /** A file path, or `.netlint.yaml`. */
  file: string;
  /** Human description, e.g. `kind Cluster networking.podSubnet`. */
  what: string;
  resource?: Resource;
  /** Where in `resource` the value is written (the parent object for a default). */
  path?: Path;
  /** True for a tool's default that the resource does not write (kind's default podSubnet). */
  defaulted?: boolean;
}

/** Where a fact comes from, as messages name it: `kind Cluster networking.podSubnet in kind.yaml`. */
export function describeFactSource(source: Pick<FactSource, 'what' | 'file'>): string {
  return `${source.what} in ${source.file}`;
}

export interface CidrFact {
  cidr: string;
  source: FactSource;
}

export interface NodeFact {
  name: string;
  labels: Readonly<Record<string, string>>;
  /** Annotations (KDD stores Calico's per-node BGP settings in them). */
  annotations: Readonly<Record<string, string>>;
  addresses: string[];
  source: FactSource;
}

export interface ClusterFacts {
  podCIDRs: CidrFact[];
  serviceCIDRs: CidrFact[];
  /**
   * The Service cluster IP ranges Calico is told to advertise over BGP (the `default`
   * BGPConfiguration's `serviceClusterIPs`): Calico's guide sets them to the API server's
   * `--service-cluster-ip-range`, but nothing stops a wider range, so they stand for the Service
   * CIDR only where being inside it is the problem (an IP pool there).
   */
  advertisedServiceCIDRs: CidrFact[];
  /** Known nodes (config inventory, Kubernetes Node, Calico Node), merged by name. */
  nodes: NodeFact[];
  /**
   * True when the inventory is complete, so "selects no node" can be said: nodes listed in
   * .netlint.yaml, Kubernetes Node objects (an API dump), or a kind cluster config. Calico Node
   * objects alone do not count: a repository usually holds them only for a few nodes (the route
   * reflectors), not for the whole cluster.
   */
  nodesKnown: boolean;
  /** `cluster.nodeCount`, else the number of known nodes, else null. */
  nodeCount: number | null;
  physicalMTU: number | null;
  nodeSubnets: string[];
  calicoVersion: string | null;
  /** `cluster.kubernetesVersion` ("1.24", "v1.24.3"), or null. */
  kubernetesVersion: string | null;
}

export interface ClusterModel {
  readonly resources: readonly Resource[];
  /** Resources whose kind matches any key (`group/Kind`, core `Kind`, or `calico/Kind`). */
  byKind(...keys: string[]): Resource[];
  readonly facts: ClusterFacts;
  /** Computes a derived view once per model. Keys are namespaced by pack: `calico/pools`. */
  memo<T>(key: string, compute: (model: ClusterModel) => T): T;
}

/**
 * A view derived from the model, computed once per model under `key`. Define it at module level
 * (`const pools = derived('calico/pools', (m) => ...)`): rules call it on every resource, and a
 * call then allocates nothing (an inline `model.memo(key, () => ...)` makes a closure each time).
 */
export function derived<T>(key: string, compute: (model: ClusterModel) => T): (model: ClusterModel) => T {
  return (model) => model.memo(key, compute);
}

/**
 * `compute` remembered for the last object it was asked about, and only that one: the engine runs
 * every rule of a resource before it moves to the next, so the views several rules ask of the same
 * resource (its pod spec, a Calico policy's rules, its selector fields) are shared while they are
 * wanted and dropped after. Kept for every resource until the lint ended, they doubled the heap of
 * a 100,000-document lint, and copying them in young-generation collections cost about a tenth of
 * its CPU. `compute` must be pure (an object asked about again later is worked out anew) and the
 * `rest` arguments the same for a given object (the lint's model); callers share the value and
 * must not change it.
 */
export function lastOnly<K extends object, A extends unknown[], T>(compute: (key: K, ...rest: A) => T): (key: K, ...rest: A) => T {
  let last: K | undefined;
  // The first of `rest` too (the model): an input of several clusters is checked against one model per cluster (run.ts).
  let lastRest: unknown;
  let value: T;
  return (key, ...rest) => {
    if (key !== last || rest[0] !== lastRest) {
      value = compute(key, ...rest);
      last = key;
      lastRest = rest[0];
    }
    return value;
  };
}

/** A value worked out once per resource while its rules run: {@link lastOnly} keyed by the resource. */
export function perResource<T, A extends unknown[] = []>(compute: (resource: Resource, ...rest: A) => T): (resource: Resource, ...rest: A) => T {
  return lastOnly(compute);
}

/**
 * Findings worked out once for the whole input (`collect` files each under the resource it
 * belongs to), for rules that compare resources with each other; `check` then replays the
 * resource's own: `for (const d of findings(ctx.model, resource)) ctx.report(d)`.
 */
export function findingsPerResource(
  key: string,
  collect: (model: ClusterModel, report: (resource: Resource, descriptor: ReportDescriptor) => void) => void,
): (model: ClusterModel, resource: Resource) => readonly ReportDescriptor[] {
  const all = derived(key, (model) => {
    const byResource = new Map<Resource, ReportDescriptor[]>();
    collect(model, (resource, descriptor) => {
      pushTo(byResource, resource, descriptor);
    });
    return byResource;
  });
  return (model, resource) => all(model).get(resource) ?? NO_FINDINGS;
}

const NO_FINDINGS: readonly ReportDescriptor[] = [];

export const WORKLOAD_KINDS = ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet', 'batch/Job', 'batch/CronJob'] as const;

/**
 * kind's default subnets by ipFamily (kubernetes-sigs/kind v0.32.0 pkg/apis/config/v1alpha4
 * default.go SetDefaultsCluster: an unset or empty subnet gets the family's).
 */
const KIND_DEFAULT_SUBNETS: Readonly<Record<string, { pod: string; service: string }>> = {
  ipv4: { pod: '10.244.0.0/16', service: '10.96.0.0/16' },
  ipv6: { pod: 'fd00:10:244::/56', service: 'fd00:10:96::/112' },
  dual: { pod: '10.244.0.0/16,fd00:10:244::/56', service: '10.96.0.0/16,fd00:10:96::/112' },
};

export function buildModel(resources: readonly Resource[], config: ClusterFactsConfig = {}): ClusterModel {
  const index = new Map<string, Resource[]>();
  const keysOfKind = new Map<string, string[]>();
  for (const r of resources) {
    let keys = keysOfKind.get(r.groupKind);
    if (!keys) keysOfKind.set(r.groupKind, (keys = matchKeys(r)));
    for (const key of keys) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(r);
    }
  }
  const byKind = (...keys: string[]) => {
    if (keys.length === 1) return index.get(keys[0]) ?? [];
    const seen = new Set<Resource>();
    for (const k of keys) for (const r of index.get(k) ?? []) seen.add(r);
    return [...seen];
  };
  const cache = new Map<string, unknown>();
  let facts: ClusterFacts | undefined;
  const model: ClusterModel = {
    resources,
    byKind,
    get facts() {
      return (facts ??= gatherFacts(byKind, config));
    },
    memo<T>(key: string, compute: (m: ClusterModel) => T): T {
      // Rules ask on every resource: one lookup on the hot path (has() only for an undefined value).
      const found = cache.get(key);
      if (found !== undefined || cache.has(key)) return found as T;
      const value = compute(model);
      cache.set(key, value);
      return value;
    },
  };
  return model;
}

const CONFIG_SOURCE = '.netlint.yaml';

function splitList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').flatMap((s) => s.split(','));
  if (typeof v === 'string') return v.split(',');
  return [];
}

function gatherFacts(byKind: (...k: string[]) => Resource[], config: ClusterFactsConfig): ClusterFacts {
  const podCIDRs: CidrFact[] = [];
  const serviceCIDRs: CidrFact[] = [];
  const add = (list: CidrFact[], values: unknown, source: FactSource) => {
    for (const cidr of splitList(values).map((s) => s.trim()).filter(Boolean)) list.push({ cidr, source });
  };

  add(podCIDRs, config.podCIDR, { file: CONFIG_SOURCE, what: 'cluster.podCIDR' });
  add(serviceCIDRs, config.serviceCIDR, { file: CONFIG_SOURCE, what: 'cluster.serviceCIDR' });

  // kind's cluster config: networking.podSubnet / serviceSubnet, with kind's own defaults.
  // A value written at networking.<field>, or the tool's default (located at `networking`, or the object).
  const networkingFact = (r: Resource, tool: string, field: string, written: boolean): FactSource => {
    const where = written ? ['networking', field] : isObject(r.value.networking) ? ['networking'] : [];
    return { file: r.file, what: `${tool} ${written ? `networking.${field}` : `default ${field}`}`, resource: r, path: where, ...(written ? {} : { defaulted: true }) };
  };
  for (const r of byKind('kind.x-k8s.io/Cluster')) {
    const net = asRecord(r.value.networking);
    const defaults = KIND_DEFAULT_SUBNETS[typeof net.ipFamily === 'string' && net.ipFamily in KIND_DEFAULT_SUBNETS ? net.ipFamily : 'ipv4'];
    add(podCIDRs, net.podSubnet || defaults.pod, networkingFact(r, 'kind Cluster', 'podSubnet', Boolean(net.podSubnet)));
    add(serviceCIDRs, net.serviceSubnet || defaults.service, networkingFact(r, 'kind Cluster', 'serviceSubnet', Boolean(net.serviceSubnet)));
  }
  // kubeadm ClusterConfiguration (any kubeadm.k8s.io version); kubeadm defaults serviceSubnet.
  for (const r of byKind('kubeadm.k8s.io/ClusterConfiguration')) {
    const net = asRecord(r.value.networking);
    if (net.podSubnet) add(podCIDRs, net.podSubnet, networkingFact(r, 'kubeadm ClusterConfiguration', 'podSubnet', true));
    add(serviceCIDRs, net.serviceSubnet ?? '10.96.0.0/12', networkingFact(r, 'kubeadm ClusterConfiguration', 'serviceSubnet', Boolean(net.serviceSubnet)));
  }
  // The tigera-operator's Installation names the Service CIDRs (spec.serviceCIDRs, "Kubernetes
  // Service CIDRs"; tigera/operator api/v1/installation_types.go).
  for (const r of byKind('operator.tigera.io/Installation')) {
    const list = asRecord(r.value.spec).serviceCIDRs;
    if (!Array.isArray(list)) continue;
    list.forEach((cidr, i) => {
      if (typeof cidr === 'string' && cidr.trim() !== '') serviceCIDRs.push({ cidr: cidr.trim(), source: { file: r.file, what: `Installation ${r.name} serviceCIDRs`, resource: r, path: ['spec', 'serviceCIDRs', i] } });
    });
  }
  // Calico reads serviceClusterIPs only from the BGPConfiguration named default (Calico docs,
  // reference/resources/bgpconfig: "Only valid on the global default BGPConfiguration").
  const advertisedServiceCIDRs: CidrFact[] = [];
  for (const r of byKind('calico/BGPConfiguration')) {
    const list = asRecord(r.value.spec).serviceClusterIPs;
    if (r.name !== 'default' || !Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const cidr = asRecord(entry).cidr;
      if (typeof cidr === 'string' && cidr.trim() !== '') advertisedServiceCIDRs.push({ cidr: cidr.trim(), source: { file: r.file, what: 'BGPConfiguration default serviceClusterIPs', resource: r, path: ['spec', 'serviceClusterIPs', i, 'cidr'] } });
    });
  }
  // kube-controller-manager / kube-apiserver flags in static pods or workloads.
  for (const r of byKind('Pod', ...WORKLOAD_KINDS)) {
    const ps = podSpecOf(r);
    if (!ps) continue;
    for (const listKey of ['containers', 'initContainers'] as const) {
      const list = ps.spec[listKey];
      if (!Array.isArray(list)) continue;
      for (let ci = 0; ci < list.length; ci++) {
        const c: unknown = list[ci];
        if (!isObject(c)) continue;
        for (const field of ['command', 'args'] as const) {
          const args = c[field];
          if (!Array.isArray(args)) continue;
          for (let ai = 0; ai < args.length; ai++) {
            const a: unknown = args[ai];
            if (typeof a !== 'string' || !a.includes('--')) continue;
            const m = /^--(cluster-cidr|service-cluster-ip-range)=(.+)$/.exec(a.trim());
            if (!m) continue;
            const source = { file: r.file, what: `${r.kind} ${r.name} flag --${m[1]}`, resource: r, path: [...ps.path, listKey, ci, field, ai] };
            add(m[1] === 'cluster-cidr' ? podCIDRs : serviceCIDRs, m[2], source);
          }
        }
      }
    }
  }

  const nodes = new Map<string, NodeFact>();
  const mergeNode = (n: NodeFact) => {
    const prev = nodes.get(n.name);
    if (!prev) nodes.set(n.name, n);
    else
      nodes.set(n.name, {
        ...prev,
        labels: { ...prev.labels, ...n.labels },
        annotations: { ...prev.annotations, ...n.annotations },
        addresses: [...new Set([...prev.addresses, ...n.addresses])],
      });
  };
  for (const n of config.nodes ?? []) {
    mergeNode({ name: n.name, labels: n.labels ?? {}, annotations: n.annotations ?? {}, addresses: n.addresses ?? [], source: { file: CONFIG_SOURCE, what: 'cluster.nodes' } });
  }
  let complete = (config.nodes ?? []).length > 0;
  // kind names its nodes <cluster>-control-plane, <cluster>-control-plane2, <cluster>-worker, <cluster>-worker2, ...
  for (const r of byKind('kind.x-k8s.io/Cluster')) {
    const cluster = typeof r.value.name === 'string' && r.value.name !== '' ? r.value.name : 'kind';
    const nodes = Array.isArray(r.value.nodes) && r.value.nodes.length > 0 ? r.value.nodes.map(asRecord) : [{ role: 'control-plane' }];
    const seen: Record<string, number> = {};
    nodes.forEach((n, i) => {
      const role = n.role === 'worker' ? 'worker' : 'control-plane';
      seen[role] = (seen[role] ?? 0) + 1;
      const name = `${cluster}-${role}${seen[role] > 1 ? seen[role] : ''}`;
      // The labels every node of a kind cluster carries besides its own: the kubelet's hostname and
      // OS labels (kubernetes pkg/kubelet/kubelet_node_status.go initialNode; kind's nodes run
      // Linux, their hostname is the node name) and, on control-plane nodes, kubeadm's role labels
      // (cmd/kubeadm/app/phases/markcontrolplane). The architecture is the machine's, not known here.
      const kubelet = { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/os': 'linux' };
      const kubeadm: Record<string, string> = role === 'control-plane' ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {};
      // kind runs kubeadm init on the first control-plane node and kubeadm join on the others; the
      // cluster's and the node's kubeadmConfigPatches of that kind may pass the kubelet --node-labels.
      const kubeadmKind = i === nodes.findIndex((x) => x.role !== 'worker') ? 'InitConfiguration' : 'JoinConfiguration';
      const patched = kubeletNodeLabels([...asArray(r.value.kubeadmConfigPatches), ...asArray(n.kubeadmConfigPatches)], kubeadmKind);
      mergeNode({ name, labels: { ...kubelet, ...kubeadm, ...patched, ...stringMap(n.labels) }, annotations: {}, addresses: [], source: { file: r.file, what: `kind Cluster nodes[${i}]`, resource: r } });
    });
    complete = true;
  }
  for (const r of byKind('Node')) {
    complete = true;
    const md = asRecord(r.value.metadata);
    const addresses = (Array.isArray(asRecord(r.value.status).addresses) ? (asRecord(r.value.status).addresses as unknown[]) : [])
      .map((a) => asRecord(a).address)
      .filter((a): a is string => typeof a === 'string');
    mergeNode({ name: r.name, labels: stringMap(md.labels), annotations: stringMap(md.annotations), addresses, source: { file: r.file, what: 'Node', resource: r } });
  }
  for (const r of byKind('calico/Node')) {
    const md = asRecord(r.value.metadata);
    const bgp = asRecord(asRecord(r.value.spec).bgp);
    const addresses = [bgp.ipv4Address, bgp.ipv6Address].filter((a): a is string => typeof a === 'string').map((a) => a.split('/')[0]);
    // calicoctl decodes a Calico Node into typed label maps, storing an unquoted `true` or `7` as its
    // Go text (sigs.k8s.io/yaml; see cluster/label-value-type).
    mergeNode({ name: r.name, labels: scalarStringMap(md.labels), annotations: stringMap(md.annotations), addresses, source: { file: r.file, what: 'Calico Node', resource: r } });
  }
  const nodeList = [...nodes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nodesKnown = complete && nodeList.length > 0;
  return {
    podCIDRs,
    serviceCIDRs,
    advertisedServiceCIDRs,
    nodes: nodeList,
    nodesKnown,
    nodeCount: config.nodeCount ?? (nodesKnown ? nodeList.length : null),
    physicalMTU: config.physicalMTU ?? null,
    nodeSubnets: config.nodeSubnets ?? [],
    calicoVersion: config.calicoVersion ?? null,
    kubernetesVersion: config.kubernetesVersion ?? null,
  };
}

type PodPart = Readonly<{ spec: Record<string, unknown>; path: readonly (string | number)[] }>;
type PodMeta = Readonly<{ metadata: Record<string, unknown>; path: readonly (string | number)[] }>;

// Many rules ask for the same resource's pod spec and metadata: worked out once per resource.
// Paths are frozen: shared.
/** The pod spec of a Pod or of a workload's template (CronJob: jobTemplate.spec.template). */
export const podSpecOf: (r: Resource) => PodPart | null = perResource(computePodSpec);

const POD_SPEC_PATH = Object.freeze(['spec']);
const TEMPLATE_SPEC_PATH = Object.freeze(['spec', 'template', 'spec']);
const CRONJOB_SPEC_PATH = Object.freeze(['spec', 'jobTemplate', 'spec', 'template', 'spec']);

function computePodSpec(r: Resource): PodPart | null {
  const spec = asRecord(r.value.spec);
  switch (r.kind) {
    case 'Pod':
      return { spec, path: POD_SPEC_PATH };
    case 'CronJob': {
      const t = asRecord(asRecord(asRecord(spec.jobTemplate).spec).template);
      return { spec: asRecord(t.spec), path: CRONJOB_SPEC_PATH };
    }
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
    case 'ReplicationController':
      return { spec: asRecord(asRecord(spec.template).spec), path: TEMPLATE_SPEC_PATH };
    default:
      return null;
  }
}

/**
 * The labels a kubelet gets from `--node-labels` in kubeadm configuration patches (kind's
 * `kubeadmConfigPatches`, strategic-merge patches matched to the kubeadm document of the same
 * `kind`): `nodeRegistration.kubeletExtraArgs` holds `node-labels: "k=v,k2=v2"` (kubeadm v1beta3, a
 * map) or `{name: node-labels, value: …}` (v1beta4, a list). kind documents this as the way to
 * label its nodes (site/content/docs/user/configuration.md).
 */
function kubeletNodeLabels(patches: unknown[], kubeadmKind: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const patch of patches) {
    if (typeof patch !== 'string') continue;
    for (const doc of parseYamlStream(patch).documents) {
      const v = asRecord(doc.value);
      if (v.kind !== kubeadmKind) continue;
      const args = asRecord(v.nodeRegistration).kubeletExtraArgs;
      const labels = Array.isArray(args) ? asArray(args).map(asRecord).find((a) => a.name === 'node-labels')?.value : asRecord(args)['node-labels'];
      if (typeof labels !== 'string') continue;
      for (const pair of labels.split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
    }
  }
  return out;
}

/** `Kind namespace/name` (`Kind name` without a namespace), as messages name an object. */
export function objectLabel(r: Pick<Resource, 'kind' | 'namespace' | 'name'>): string {
  return `${r.kind} ${r.namespace === null ? '' : `${r.namespace}/`}${r.name}`;
}

/**
 * Whether two resources are one object of the cluster written twice (in two files, or one
 * applied after the other): the same group, kind and name, and the same namespace or one without
 * (it lands wherever it is applied).
 */
export function sameObject(a: Resource, b: Resource): boolean {
  return a === b || (a.groupKind === b.groupKind && a.name === b.name && (a.namespace === b.namespace || a.namespace === null || b.namespace === null));
}

/**
 * How many pods a workload runs at once when that is more than one, in words for a message
 * (`3 replicas`, `one pod on each of 4 nodes`); null for a single pod or a count not known to
 * exceed one. A DaemonSet counts as many unless the facts say the cluster has one node.
 */
export function severalPodsOf(r: Resource, facts: Pick<ClusterFacts, 'nodeCount'>): string | null {
  const spec = asRecord(r.value.spec);
  if ((r.kind === 'Deployment' || r.kind === 'ReplicaSet' || r.kind === 'StatefulSet') && typeof spec.replicas === 'number' && spec.replicas > 1) return `${spec.replicas} replicas`;
  if (r.kind === 'Job' && typeof spec.parallelism === 'number' && spec.parallelism > 1) return `${spec.parallelism} pods in parallel`;
  if (r.kind === 'DaemonSet') {
    const nodes = facts.nodeCount;
    if (nodes === null) return 'one pod per node';
    if (nodes > 1) return `one pod on each of ${nodes} nodes`;
  }
  return null;
}

/**
 * For a Deployment of one pod that rolls out by surging (strategy RollingUpdate, the default, with
 * a maxSurge other than 0; 25% by default, rounded up, so one extra pod): the surge in words for a
 * message (`maxSurge 25%`), else null. During each rollout the new pod runs beside the old one
 * (k8s.io/api apps/v1 DeploymentStrategy and RollingUpdateDeployment defaults; maxUnavailable 25%
 * of one pod rounds down to 0, so the old pod stays until the new one is ready). Several replicas
 * are severalPodsOf's.
 */
export function rollingSurgeOf(r: Resource): string | null {
  if (r.kind !== 'Deployment') return null;
  const spec = asRecord(r.value.spec);
  if (spec.replicas !== undefined && spec.replicas !== 1) return null;
  const strategy = asRecord(spec.strategy);
  if (strategy.type !== undefined && strategy.type !== 'RollingUpdate') return null;
  const surge = asRecord(strategy.rollingUpdate).maxSurge ?? '25%';
  if (surge === 0 || (typeof surge === 'string' && /^0+%?$/.test(surge))) return null;
  return `maxSurge ${String(surge)}${asRecord(strategy.rollingUpdate).maxSurge === undefined ? ' (the default)' : ''}`;
}

/** The pod metadata (labels, annotations) of a Pod or a workload's template, with its path. */
export const podMetadataOf: (r: Resource) => PodMeta | null = perResource(computePodMetadata);

const POD_META_PATH = Object.freeze(['metadata']);
const TEMPLATE_META_PATH = Object.freeze(['spec', 'template', 'metadata']);
const CRONJOB_META_PATH = Object.freeze(['spec', 'jobTemplate', 'spec', 'template', 'metadata']);

function computePodMetadata(r: Resource): PodMeta | null {
  const ps = podSpecOf(r);
  if (!ps) return null;
  if (ps.path === POD_SPEC_PATH) return { metadata: asRecord(r.value.metadata), path: POD_META_PATH };
  const spec = asRecord(r.value.spec);
  if (ps.path === CRONJOB_SPEC_PATH) {
    const template = asRecord(asRecord(asRecord(spec.jobTemplate).spec).template);
    return { metadata: asRecord(template.metadata), path: CRONJOB_META_PATH };
  }
  return { metadata: asRecord(asRecord(spec.template).metadata), path: TEMPLATE_META_PATH };
}
