/**
 * Endpoints and namespaces from resources: each Pod and each workload (Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) is one endpoint `namespace/name`
 * carrying its pod template's labels and all its containers' ports. Namespaces carry their labels
 * plus the implicit `kubernetes.io/metadata.name`; a namespace that is only referenced still
 * exists, with the implicit label alone.
 *
 * hostNetwork pods are left out of the matrix: Kubernetes leaves their NetworkPolicy behaviour
 * undefined (their traffic is usually node traffic that pod selectors never match), so no verdict
 * about them would be a truth the e2e mode could hold a cluster to.
 */
import { parseIp } from '../cidr.js';
import { withIstioLabels } from './istio.js';
import type { Ip } from '../cidr.js';
import type { Resource } from '../types.js';
import { asArray, getIn as dig, isObject } from '../values.js';
import {
  DEFAULT_NAMESPACE,
  NAMESPACE_NAME_LABEL,
  PROTOCOLS,
  type Cluster,
  type ContainerPort,
  type Labels,
  type ModelProblem,
  type NamespaceInfo,
  type Protocol,
  type WorkloadEndpoint,
} from './model.js';

/** Where the pod template sits in each workload kind, keyed by `group/Kind`. */
const TEMPLATE_PATH: Record<string, readonly string[]> = {
  Pod: [],
  ReplicationController: ['spec', 'template'],
  'apps/Deployment': ['spec', 'template'],
  'apps/StatefulSet': ['spec', 'template'],
  'apps/DaemonSet': ['spec', 'template'],
  'apps/ReplicaSet': ['spec', 'template'],
  'extensions/Deployment': ['spec', 'template'],
  'extensions/DaemonSet': ['spec', 'template'],
  'extensions/ReplicaSet': ['spec', 'template'],
  'batch/Job': ['spec', 'template'],
  'batch/CronJob': ['spec', 'jobTemplate', 'spec', 'template'],
};

/**
 * Custom resources whose operator runs pods whose labels and ports are known from the resource:
 * prometheus-operator makes a StatefulSet for each Prometheus and Alertmanager whose pods carry
 * `spec.podMetadata.labels` and `<prometheus|alertmanager>: <name>` (every release:
 * pkg/prometheus/statefulset.go and pkg/alertmanager/statefulset.go, where later ones add
 * app.kubernetes.io/* labels too), listen on the web port (`spec.portName`, default "web": 9090 and
 * 9093) and Alertmanager's mesh port 9094 (TCP and UDP), and run as `spec.serviceAccountName`
 * (pkg/apis/monitoring/v1 prometheus_types.go, alertmanager_types.go). `spec.hostNetwork` puts them
 * on the host network.
 */
const OPERATOR_PODS: Readonly<Record<string, { label: string; ports: (portName: string) => ContainerPort[] }>> = {
  'monitoring.coreos.com/Prometheus': { label: 'prometheus', ports: (web) => [{ port: 9090, protocol: 'TCP', name: web }] },
  'monitoring.coreos.com/Alertmanager': {
    label: 'alertmanager',
    ports: (web) => [
      { port: 9093, protocol: 'TCP', name: web },
      { port: 9094, protocol: 'TCP', name: 'mesh-tcp' },
      { port: 9094, protocol: 'UDP', name: 'mesh-udp' },
    ],
  },
};

/** Whether netlint knows the pods an operator runs for a custom resource of this kind (OPERATOR_PODS). */
export function operatorRunsPods(groupKind: string): boolean {
  return Object.hasOwn(OPERATOR_PODS, groupKind);
}

/**
 * The endpoint of the pods `r` runs (no ports, no known addresses yet): their labels, and the
 * labels Calico's selectors see on its workload endpoint (workloadEndpointCalicoLabels).
 */
export function podEndpoint(r: Resource, id: string, namespace: NamespaceInfo, labels: Labels, serviceAccount: string, serviceAccountLabels: Labels): WorkloadEndpoint {
  const calicoLabels = workloadEndpointCalicoLabels(labels, namespace, serviceAccount, serviceAccountLabels);
  return { type: 'workload', id, namespace: namespace.name, name: r.name, kind: r.kind, labels, calicoLabels, ports: [], serviceAccount, serviceAccountLabels, ips: [], resource: r };
}

/** The label Calico's namespace and service account profiles carry their own name under (libcalico-go k8s/conversion NameLabel). */
export const CALICO_NAME_LABEL = 'projectcalico.org/name';
/** The label libcalico-go puts a workload endpoint's service account name under (k8s/conversion). */
export const CALICO_SERVICE_ACCOUNT_LABEL = 'projectcalico.org/serviceaccount';

/** A service account's labels as Calico selectors see them: its own, plus its name under projectcalico.org/name (ServiceAccountToProfile). */
export function calicoAccountLabels(name: string, labels: Labels = {}): Labels {
  return { ...labels, [CALICO_NAME_LABEL]: name };
}

/** The prefixes of the labels a Calico endpoint inherits from its namespace's and its service account's profiles (libcalico-go k8s/conversion/constants.go). */
export const NAMESPACE_PROFILE_PREFIX = 'pcns.' as const;
export const SERVICE_ACCOUNT_PROFILE_PREFIX = 'pcsa.' as const;

/** Whether a Calico selector reading this key reads a label the endpoint inherits from a profile (its namespace's or its service account's). */
export function isProfileLabelKey(key: string): boolean {
  return key.startsWith(NAMESPACE_PROFILE_PREFIX) || key.startsWith(SERVICE_ACCOUNT_PROFILE_PREFIX);
}

type ProfilePrefix = typeof NAMESPACE_PROFILE_PREFIX | typeof SERVICE_ACCOUNT_PROFILE_PREFIX;

/** A transform of label maps remembered per map: one copy per namespace or account, not per pod. */
function perLabelMap(transform: (labels: Labels) => Labels): (labels: Labels) => Labels {
  const memo = new WeakMap<Labels, Labels>();
  return (labels) => {
    let out = memo.get(labels);
    if (out === undefined) memo.set(labels, (out = transform(labels)));
    return out;
  };
}

/** Per profile prefix: its keys put under it (`role` as `pcsa.role`), and the keys under it with it taken off. */
const PROFILE_KEYS = Object.fromEntries(
  ([NAMESPACE_PROFILE_PREFIX, SERVICE_ACCOUNT_PROFILE_PREFIX] as const).map((prefix) => [
    prefix,
    {
      under: perLabelMap((labels) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [prefix + k, v]))),
      view: perLabelMap((labels) => Object.fromEntries(Object.entries(labels).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])))),
    },
  ]),
) as Record<ProfilePrefix, { under: (labels: Labels) => Labels; view: (labels: Labels) => Labels }>;

function prefixed(prefix: ProfilePrefix, labels: Labels): Labels {
  return PROFILE_KEYS[prefix].under(labels);
}

/** The labels under `prefix` without it: what a selector written over the profile's own labels reads (`pcsa.role` as `role`). */
export function profileView(prefix: ProfilePrefix, labels: Labels): Labels {
  return PROFILE_KEYS[prefix].view(labels);
}

/** A namespace's labels as Calico endpoints in it inherit them: under `pcns.`, with `pcns.projectcalico.org/name` (workloadEndpointCalicoLabels). */
export function namespaceProfileLabels(namespace: NamespaceInfo): Labels {
  return prefixed(NAMESPACE_PROFILE_PREFIX, namespace.calicoLabels);
}

/**
 * The labels Calico's selectors see on a pod's workload endpoint, in Calico v3.32.1: the pod's own
 * labels less any under `pcns.`/`pcsa.` (updateprocessors/workloadendpointprocessor.go drops them
 * so that a pod cannot pretend to live in another namespace), the implicit
 * projectcalico.org/namespace, /orchestrator and /serviceaccount (k8s/conversion), and the labels
 * inherited from the profiles of its namespace and its service account: every namespace label
 * with `pcns.` before its key plus `pcns.projectcalico.org/name`, every service account label
 * with `pcsa.` plus `pcsa.projectcalico.org/name` (conversion.go NamespaceToProfile,
 * ServiceAccountToProfile). So a GlobalNetworkPolicy's `selector: pcns.team == 'red'` picks the
 * pods of namespaces labelled team=red.
 */
export function workloadEndpointCalicoLabels(labels: Labels, namespace: NamespaceInfo, serviceAccount: string, serviceAccountLabels: Labels): Labels {
  let own = labels;
  for (const k in labels) {
    if (!isProfileLabelKey(k)) continue;
    own = Object.fromEntries(Object.entries(labels).filter(([key]) => !isProfileLabelKey(key)));
    break;
  }
  return {
    ...namespaceProfileLabels(namespace),
    ...prefixed(SERVICE_ACCOUNT_PROFILE_PREFIX, serviceAccountLabels),
    ...own,
    'projectcalico.org/namespace': namespace.name,
    'projectcalico.org/orchestrator': 'k8s',
    [CALICO_SERVICE_ACCOUNT_LABEL]: serviceAccount,
  };
}

export function isWorkload(r: Pick<Resource, 'groupKind'>): boolean {
  return Object.prototype.hasOwnProperty.call(TEMPLATE_PATH, r.groupKind);
}

/** A mapping, or undefined (callers distinguish "absent" from "empty"). */
export function asRecord(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}

export { asArray, dig };

/** Label maps as Kubernetes would hold them: scalar values as strings, anything else dropped. */
export function labelsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const val = v[k];
    if (typeof val === 'string') out[k] = val;
    else if (typeof val === 'number' || typeof val === 'boolean') out[k] = String(val);
    // Go decodes a JSON null into a map[string]string entry as "" (`app:` with no value).
    else if (val === null) out[k] = '';
  }
  return out;
}

/** The ServiceAccount a pod spec runs as: `serviceAccountName`, the deprecated `serviceAccount`, else `default`. */
export function serviceAccountOf(podSpec: Record<string, unknown> | undefined): string {
  const name = podSpec ? (podSpec.serviceAccountName ?? podSpec.serviceAccount) : undefined;
  return typeof name === 'string' && name !== '' ? name : 'default';
}

export function namespaceOf(r: Pick<Resource, 'namespace'>): string {
  return r.namespace ?? DEFAULT_NAMESPACE;
}

export function namespaceInfo(name: string, declared: Labels, resource?: Resource): NamespaceInfo {
  const labels = { ...declared, [NAMESPACE_NAME_LABEL]: name };
  const info: NamespaceInfo = { name, labels, calicoLabels: { ...labels, [CALICO_NAME_LABEL]: name }, declared: resource !== undefined };
  if (resource) info.resource = resource;
  return info;
}

function containerPorts(spec: unknown, r: Resource, templatePath: readonly string[], problems: ModelProblem[]): ContainerPort[] {
  const out: ContainerPort[] = [];
  const containers = isObject(spec) ? spec.containers : undefined;
  if (!Array.isArray(containers)) return out;
  // Most workloads declare a port or two: a linear scan for duplicates beats a set of keys.
  for (let ci = 0; ci < containers.length; ci++) {
    const c = containers[ci];
    const ports = isObject(c) ? c.ports : undefined;
    if (!Array.isArray(ports)) continue;
    for (let pi = 0; pi < ports.length; pi++) {
      const p = ports[pi];
      const at = () => [...templatePath, 'spec', 'containers', ci, 'ports', pi];
      const port = isObject(p) ? p.containerPort : undefined;
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
        problems.push({ message: 'container port without a valid integer containerPort is ignored', resource: r, path: at() });
        continue;
      }
      const proto = (p as Record<string, unknown>).protocol ?? 'TCP';
      if (proto !== 'TCP' && proto !== 'UDP' && proto !== 'SCTP') {
        problems.push({ message: `container port protocol ${String(proto)} is not TCP, UDP or SCTP; ignored`, resource: r, path: at() });
        continue;
      }
      const name = (p as Record<string, unknown>).name;
      const entry: ContainerPort = { port, protocol: proto };
      if (typeof name === 'string' && name !== '') entry.name = name;
      if (!out.some((o) => o.port === entry.port && o.protocol === entry.protocol && o.name === entry.name)) out.push(entry);
    }
  }
  return out;
}

/** The matrix cells of a destination: its declared ports, one per (port, protocol). */
export function portCells(ports: readonly ContainerPort[]): ContainerPort[] {
  const seen = new Set<string>();
  const out: ContainerPort[] = [];
  for (const p of ports) {
    const key = `${p.port}/${p.protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => a.port - b.port || (a.protocol < b.protocol ? -1 : a.protocol > b.protocol ? 1 : 0));
}

function podIps(value: Record<string, unknown>): Ip[] {
  const texts = new Set<string>();
  const single = dig(value, ['status', 'podIP']);
  if (typeof single === 'string') texts.add(single);
  for (const entry of asArray(dig(value, ['status', 'podIPs']))) {
    const ip = dig(entry, ['ip']);
    if (typeof ip === 'string') texts.add(ip);
  }
  return [...texts].map((t) => parseIp(t)).filter((ip): ip is Ip => ip !== null);
}

export type EndpointModel = Pick<Cluster, 'namespaces' | 'endpoints' | 'excluded' | 'problems'>;

/**
 * The API server rejects an object without `metadata.name` unless it has `metadata.generateName`
 * to make one from ("name or generateName is required",
 * https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go):
 * such a document never becomes a pod, so it is no endpoint.
 */
const UNNAMED_REASON = 'no metadata.name (nor generateName): the API server rejects an object without a name';

function hasName(r: Resource): boolean {
  const named = (v: unknown) => typeof v === 'string' && v !== '';
  return named(dig(r.value, ['metadata', 'name'])) || named(dig(r.value, ['metadata', 'generateName']));
}

/** Whether two label maps hold the same labels, whatever their order. */
function sameLabels(a: Labels, b: Labels): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

/** Builds namespaces and workload endpoints. */
export function collectEndpoints(resources: readonly Resource[]): EndpointModel {
  const problems: ModelProblem[] = [];
  const namespaces = new Map<string, NamespaceInfo>();
  const serviceAccounts = new Map<string, Labels>();
  // A service account's labels as Calico selectors see them: its own, plus its name under
  // projectcalico.org/name (libcalico-go k8s/conversion ServiceAccountToProfile), one object per account.
  const withName = new Map<string, Labels>();
  const saLabels = (namespace: string, name: string): Labels => {
    const key = `${namespace}/${name}`;
    let found = withName.get(key);
    if (found === undefined) withName.set(key, (found = calicoAccountLabels(name, serviceAccounts.get(key))));
    return found;
  };
  for (const r of resources) {
    if (r.groupKind === 'Namespace') {
      const info = namespaceInfo(r.name, labelsOf(dig(r.value, ['metadata', 'labels'])), r);
      const first = namespaces.get(r.name);
      // The cluster holds one Namespace of a name: its first definition counts (as for workloads);
      // a second with other labels would make namespace selectors answer either way.
      if (first?.resource === undefined) namespaces.set(r.name, info);
      else if (!sameLabels(first.labels, info.labels)) {
        const at = first.resource.locate([]);
        problems.push({ message: `Namespace ${r.name} is also defined at ${first.resource.file}:${at.line} with other labels; the labels of that first definition are used`, resource: r, path: ['metadata', 'labels'] });
      }
    } else if (r.groupKind === 'ServiceAccount') {
      serviceAccounts.set(`${namespaceOf(r)}/${r.name}`, labelsOf(dig(r.value, ['metadata', 'labels'])));
    }
  }
  const endpoints: WorkloadEndpoint[] = [];
  const excluded: EndpointModel['excluded'] = [];
  // Names taken per namespace (a Deployment and a StatefulSet may share one): no id is hashed.
  const taken = new Map<string, Set<string>>();
  // The first definition of each kind/namespace/name: the cluster holds one such object, so a
  // second definition (a base and an overlay linted together) is left out rather than evaluated twice.
  const defined = new Map<string, Resource>();
  for (const r of resources) {
    const templatePath = TEMPLATE_PATH[r.groupKind];
    if (templatePath === undefined) {
      const made = OPERATOR_PODS[r.groupKind];
      if (made !== undefined && hasName(r) && !defined.has(`${r.groupKind}\0${namespaceOf(r)}\0${r.name}`)) {
        defined.set(`${r.groupKind}\0${namespaceOf(r)}\0${r.name}`, r);
        operatorPods(r, made);
      }
      continue;
    }
    const namespace = namespaceOf(r);
    if (!hasName(r)) {
      const at = r.locate([]);
      excluded.push({ id: `${namespace}/(unnamed ${r.kind} at ${r.file}:${at.line})`, kind: r.kind, reason: UNNAMED_REASON, resource: r });
      continue;
    }
    const definition = `${r.groupKind}\0${namespace}\0${r.name}`;
    const first = defined.get(definition);
    if (first !== undefined) {
      const at = r.locate([]);
      const firstAt = first.locate([]);
      excluded.push({
        id: `${namespace}/(second ${r.kind} ${r.name} at ${r.file}:${at.line})`,
        kind: r.kind,
        reason: `${r.kind} ${namespace}/${r.name} is also defined at ${first.file}:${firstAt.line}; the cluster holds one object of a kind and name, so only that first definition is evaluated`,
        resource: r,
      });
      continue;
    }
    defined.set(definition, r);
    let names = taken.get(namespace);
    if (!names) taken.set(namespace, (names = new Set()));
    let id = `${namespace}/${r.name}`;
    if (names.has(r.name)) {
      id = `${id}[${r.kind}]`;
      names.add(`${r.name}[${r.kind}]`);
    } else names.add(r.name);
    const template = templatePath.length === 0 ? r.value : dig(r.value, templatePath);
    const spec = isObject(template) ? template.spec : undefined;
    const specObj = isObject(spec) ? spec : undefined;
    if (specObj?.hostNetwork === true) {
      excluded.push({ id, kind: r.kind, reason: 'hostNetwork: NetworkPolicy behaviour is undefined for host-network pods', resource: r });
      continue;
    }
    const metadata = isObject(template) ? template.metadata : undefined;
    // Istio's sidecar injector labels the pods it injects; policies select by those labels too.
    const labels = withIstioLabels(namespace, labelsOf(isObject(metadata) ? metadata.labels : undefined), namespaces.get(namespace)?.labels ?? {}, r.name);
    const serviceAccount = serviceAccountOf(specObj);
    endpoints.push({
      ...podEndpoint(r, id, ensureNamespace(namespaces, namespace), labels, serviceAccount, saLabels(namespace, serviceAccount)),
      ports: containerPorts(specObj, r, templatePath, problems),
      ips: templatePath.length === 0 ? podIps(r.value) : [],
    });
  }
  return { namespaces, endpoints, excluded, problems };

  /** The pods an operator makes for `r` (OPERATOR_PODS), as one endpoint. */
  function operatorPods(r: Resource, made: (typeof OPERATOR_PODS)[string]): void {
    const namespace = namespaceOf(r);
    const spec = isObject(r.value.spec) ? r.value.spec : {};
    let names = taken.get(namespace);
    if (!names) taken.set(namespace, (names = new Set()));
    const id = names.has(r.name) ? `${namespace}/${r.name}[${r.kind}]` : `${namespace}/${r.name}`;
    names.add(names.has(r.name) ? `${r.name}[${r.kind}]` : r.name);
    if (spec.hostNetwork === true) {
      excluded.push({ id, kind: r.kind, reason: 'hostNetwork: NetworkPolicy behaviour is undefined for host-network pods', resource: r });
      return;
    }
    const podMetadata = isObject(spec.podMetadata) ? spec.podMetadata : {};
    const labels: Labels = { ...labelsOf(podMetadata.labels), [made.label]: r.name };
    const serviceAccount = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '' ? spec.serviceAccountName : 'default';
    endpoints.push({
      ...podEndpoint(r, id, ensureNamespace(namespaces, namespace), labels, serviceAccount, saLabels(namespace, serviceAccount)),
      ports: made.ports(typeof spec.portName === 'string' && spec.portName !== '' ? spec.portName : 'web'),
    });
  }
}


/** Adds a namespace that is referenced but not declared, with its implicit labels only; returns the namespace. */
export function ensureNamespace(namespaces: Map<string, NamespaceInfo>, name: string): NamespaceInfo {
  let info = namespaces.get(name);
  if (info === undefined) namespaces.set(name, (info = namespaceInfo(name, {})));
  return info;
}
