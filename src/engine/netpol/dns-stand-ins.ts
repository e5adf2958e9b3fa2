/**
 * The cluster DNS pods a platform runs, standing in for the cluster's own when the input holds none:
 * manifests rarely include kube-system, yet every pod's lookups go there. The DNS rules judge egress
 * toward them, and `reach` answers a query that names them.
 */
import { CLUSTER_DNS_PODS, OPENSHIFT_DNS_PODS, PLATFORM_DNS_PODS } from './services.js';
import { calicoAccountLabels, namespaceInfo, workloadEndpointCalicoLabels } from './endpoints.js';
import type { ContainerPort, WorkloadEndpoint } from './model.js';

/** The transports DNS is served on: UDP, and TCP for answers too large for UDP (RFC 7766). */
export type DnsProtocol = 'UDP' | 'TCP';

/** A stand-in for a platform's DNS pods (services.ts PLATFORM_DNS_PODS), as the endpoint collector would make them. */
function dnsStandIn(pods: (typeof PLATFORM_DNS_PODS)[number], name: string): WorkloadEndpoint {
  const serviceAccountLabels = calicoAccountLabels(pods.serviceAccount);
  return {
    type: 'workload',
    id: `${pods.namespace}/${name}`,
    namespace: pods.namespace,
    name,
    kind: 'Deployment',
    labels: { ...pods.labels },
    calicoLabels: workloadEndpointCalicoLabels(pods.labels, namespaceInfo(pods.namespace, {}), pods.serviceAccount, serviceAccountLabels),
    ports: pods.ports.map((p) => ({ ...p })),
    serviceAccount: pods.serviceAccount,
    serviceAccountLabels,
    ips: [],
  };
}

/** Every platform's DNS pods, for an input that holds none: kube-system/kube-dns (services.ts CLUSTER_DNS_PODS) and OpenShift's; reaching any of them is reaching DNS. */
export const DNS_STAND_INS: readonly WorkloadEndpoint[] = [dnsStandIn(CLUSTER_DNS_PODS, 'kube-dns'), dnsStandIn(OPENSHIFT_DNS_PODS, 'dns-default')];

/** Whether a port is a DNS server's port on `protocol`: 53, or 5353 in OpenShift's DNS namespace (services.ts OPENSHIFT_DNS_PODS). */
export function dnsServerPort(ep: WorkloadEndpoint, p: ContainerPort, protocol: DnsProtocol = 'UDP'): boolean {
  return p.protocol === protocol && (p.port === 53 || (p.port === 5353 && ep.namespace === OPENSHIFT_DNS_PODS.namespace));
}

/** Whether an endpoint serves DNS (on UDP): the input's own DNS pods, as the DNS rules find them. */
export function servesDns(ep: WorkloadEndpoint): boolean {
  return ep.ports.some((p) => dnsServerPort(ep, p));
}

/** The platform pods a stand-in stands for (services.ts). */
function podsOf(standIn: WorkloadEndpoint): (typeof PLATFORM_DNS_PODS)[number] {
  return PLATFORM_DNS_PODS.find((p) => p.namespace === standIn.namespace)!;
}

/**
 * Whether `ep` is one of the platform DNS pods `standIn` stands for: in its namespace, with its
 * labels (kubeadm's CoreDNS Deployment `coredns` carries `k8s-app: kube-dns`, declared ports or not:
 * a container port declaration is informational, Kubernetes API Container.ports).
 */
export function isPlatformDnsPod(standIn: WorkloadEndpoint, ep: WorkloadEndpoint): boolean {
  const pods = podsOf(standIn);
  return ep !== standIn && ep.namespace === pods.namespace && Object.entries(pods.labels).every(([k, v]) => ep.labels[k] === v);
}

/**
 * The names a query may give a stand-in besides its own (the Service's): kubeadm's CoreDNS
 * Deployment is `coredns` (cmd/kubeadm/app/phases/addons/dns/manifests.go); OpenShift's DaemonSet
 * and Service are both `dns-default`.
 */
export function standInNames(standIn: WorkloadEndpoint): WorkloadEndpoint[] {
  if (standIn.namespace !== CLUSTER_DNS_PODS.namespace) return [standIn];
  return [standIn, { ...standIn, id: `${standIn.namespace}/coredns`, name: 'coredns' }];
}

/** How a stand-in is described where it answers in the input's place (labels, account and ports, from services.ts). */
export function describeDnsStandIn(ep: WorkloadEndpoint): string {
  const pods = podsOf(ep);
  const labels = Object.entries(pods.labels).map(([k, v]) => `${k}=${v}`).join(',');
  const ports = pods.ports.map((p) => `${p.port}/${p.protocol}`).join(' and ');
  return `${ep.namespace} pods labelled ${labels}, service account ${pods.serviceAccount}, serving ${ports}`;
}
