/**
 * Kubernetes Services as Calico's `services` rule match sees them: the endpoints of a Service are
 * the pods its selector picks in its namespace, each reached on the Service's target port
 * (api/pkg/apis/projectcalico/v3/policy_common.go, EntityRule.Services: "only traffic that
 * originates from or terminates at endpoints within the selected service(s) will be matched, and
 * only to/from each endpoint's port").
 */
import type { Resource } from '../types.js';
import { asArray, asRecord, namespaceOf } from './endpoints.js';
import { asObject } from '../values.js';
import { PROTOCOLS, type ContainerPort, type PortEntry, type PortProtocol, type Protocol } from './model.js';

export interface ServiceTarget {
  namespace: string;
  /** The pod labels the Service selects on; null when it has no selector (endpoints managed by hand). */
  selector: Record<string, string> | null;
  /** Each port's target on the pods: a number, or a container port's name, with its protocol. */
  ports: PortEntry[];
}

/** The protocols a port can have (Kubernetes Protocol: TCP, UDP, SCTP). */
export const PORT_PROTOCOLS: ReadonlySet<unknown> = new Set(['TCP', 'UDP', 'SCTP']);

/** One entry of a Service's `ports` as Kubernetes reads it: `protocol` defaults to TCP, `targetPort` to `port`. */
export interface ServicePort {
  /** Its index in `spec.ports`. */
  index: number;
  port: number;
  name: string | undefined;
  nodePort: number | undefined;
  protocol: PortProtocol;
  targetPort: unknown;
}

/** A Service's port entries with a numeric `port` and a protocol of ports (Kubernetes ServicePort). */
export function servicePorts(service: Resource): ServicePort[] {
  return asArray(asObject(service.value.spec).ports).flatMap((p, index) => {
    const entry = asObject(p);
    const protocol = entry.protocol ?? 'TCP';
    if (typeof entry.port !== 'number' || !PORT_PROTOCOLS.has(protocol)) return [];
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : undefined;
    return [{ index, port: entry.port, name, nodePort: typeof entry.nodePort === 'number' ? entry.nodePort : undefined, protocol: protocol as PortProtocol, targetPort: entry.targetPort ?? entry.port }];
  });
}

/**
 * The pod labels a Service's `selector` asks for, values as strings; null without one or with an
 * empty one, whose endpoints are written by hand (the API server drops an empty selector).
 */
export function serviceSelector(service: Resource): Record<string, string> | null {
  const selector = asObject(service.value.spec).selector;
  if (typeof selector !== 'object' || selector === null || Array.isArray(selector)) return null;
  const pairs = Object.entries(selector).map(([k, v]) => [k, String(v)] as const);
  return pairs.length === 0 ? null : Object.fromEntries(pairs);
}

/**
 * The port a pod serves a Service port's `targetPort` on: a number, or a name one of its containers
 * declares with that protocol (Kubernetes ServicePort); null when the name resolves to nothing.
 */
export function servedOn(pod: { readonly ports: readonly ContainerPort[] }, targetPort: unknown, protocol: PortProtocol): ContainerPort | null {
  if (typeof targetPort === 'number') return { port: targetPort, protocol };
  if (typeof targetPort !== 'string') return null;
  if (/^\d+$/.test(targetPort)) return { port: Number(targetPort), protocol };
  return pod.ports.find((p) => p.name === targetPort && p.protocol === protocol) ?? null;
}

export type ServiceIndex = Pick<ReadonlyMap<string, ServiceTarget>, 'get'>;

export const serviceKey = (namespace: string, name: string): string => `${namespace}/${name}`;

/**
 * The cluster DNS every kubeadm, kind and managed cluster runs, which manifests rarely include:
 * CoreDNS pods labelled `k8s-app: kube-dns` in kube-system, serving 53/UDP and 53/TCP behind the
 * Service kube-dns (kubeadm's CoreDNS addon manifest, cmd/kubeadm/app/phases/addons/dns/manifests.go).
 */
export const CLUSTER_DNS_PODS = {
  namespace: 'kube-system',
  labels: { 'k8s-app': 'kube-dns' },
  serviceAccount: 'coredns',
  ports: [
    { port: 53, protocol: 'UDP', name: 'dns' },
    { port: 53, protocol: 'TCP', name: 'dns-tcp' },
  ],
} as const;

/**
 * OpenShift's cluster DNS pods: CoreDNS run by the cluster-dns-operator as the DaemonSet
 * openshift-dns/dns-default, listening on 5353 behind the Service's 53 (openshift/cluster-dns-operator
 * assets/dns/daemonset.yaml). A policy allowing DNS there allows UDP 5353 to these pods.
 */
export const OPENSHIFT_DNS_PODS = {
  namespace: 'openshift-dns',
  labels: { 'dns.operator.openshift.io/daemonset-dns': 'default' },
  serviceAccount: 'dns',
  ports: [
    { port: 5353, protocol: 'UDP', name: 'dns' },
    { port: 5353, protocol: 'TCP', name: 'dns-tcp' },
  ],
} as const;

/** The DNS pods of the platforms netlint knows, each a stand-in when the input holds no DNS pods of its own. */
export const PLATFORM_DNS_PODS = [CLUSTER_DNS_PODS, OPENSHIFT_DNS_PODS] as const;

/** The Service kube-system/kube-dns, for a `services` match naming it when the input does not hold it. */
const CLUSTER_DNS_SERVICE: ServiceTarget = {
  namespace: CLUSTER_DNS_PODS.namespace,
  selector: CLUSTER_DNS_PODS.labels,
  ports: CLUSTER_DNS_PODS.ports.map((p) => ({ protocol: p.protocol, from: p.port, to: p.port })),
};

/**
 * {@link serviceIndex}, made on the first lookup: only a Calico rule with a `services` match asks,
 * and most inputs have none (a 100,000-document lint spent some 25 ms indexing its Services).
 */
export function lazyServiceIndex(resources: readonly Resource[]): ServiceIndex {
  let index: ServiceIndex | undefined;
  return { get: (key) => (index ??= serviceIndex(resources)).get(key) };
}

/** The Services of the input by `namespace/name`; the cluster DNS Service when the input lacks it. */
export function serviceIndex(resources: readonly Resource[]): ReadonlyMap<string, ServiceTarget> {
  const index = new Map<string, ServiceTarget>([[serviceKey('kube-system', 'kube-dns'), CLUSTER_DNS_SERVICE]]);
  for (const r of resources) {
    if (r.group !== '' || r.kind !== 'Service') continue;
    const spec = asRecord(r.value.spec) ?? {};
    const selector = asRecord(spec.selector);
    const labels = selector === undefined ? null : Object.fromEntries(Object.entries(selector).map(([k, v]) => [k, String(v)]));
    const ports = asArray(spec.ports).flatMap((raw): PortEntry[] => {
      const p = asRecord(raw) ?? {};
      const protocol = (p.protocol ?? 'TCP') as Protocol;
      if (!PROTOCOLS.includes(protocol)) return [];
      const target = p.targetPort ?? p.port;
      if (typeof target === 'number') return [{ protocol, from: target, to: target }];
      if (typeof target === 'string' && /^[0-9]+$/.test(target)) return [{ protocol, from: Number(target), to: Number(target) }];
      return typeof target === 'string' ? [{ protocol, name: target }] : [];
    });
    index.set(serviceKey(namespaceOf(r), r.name), { namespace: namespaceOf(r), selector: labels, ports });
  }
  return index;
}
