/**
 * A brute-force, per-pair reading of Kubernetes NetworkPolicy, written from the API documentation
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/):
 * - a pod is isolated for ingress (egress) when some policy in its namespace selects it and lists
 *   that type in policyTypes (default: Ingress, plus Egress when the policy has egress rules:
 *   the API server's defaulting looks at len(spec.egress), so `egress: []` isolates nothing);
 * - a connection needs both the source's egress and the destination's ingress to allow it;
 *   an isolated direction allows what the union of the selecting policies' rules allows;
 * - a rule matches when one of its peers matches (no `from`/`to`, or an empty list: every peer) and
 *   one of its ports matches (no `ports`: every port);
 * - a peer's podSelector alone means pods of the policy's namespace; namespaceSelector alone means
 *   every pod of the matching namespaces; both in one peer means both must match; ipBlock is meant
 *   for cluster-external IPs and pod IPs are unknown from manifests, so an ipBlock matches a pod
 *   only when it holds every address (0.0.0.0/0 with no except), whatever the pod's IP;
 * - a port matches by number (with endPort: the inclusive range) or by name, the name looked up in
 *   the destination pod's container ports; protocol defaults to TCP;
 * - every namespace carries the label kubernetes.io/metadata.name = its name.
 */
import type { Cluster, ContainerPort, Endpoint, K8sPolicy, PolicyPort, Rule, Selector } from './cluster-gen.js';

export function selects(selector: Selector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, e.key);
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
    if (e.operator === 'In' && !(has && e.values!.includes(labels[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && e.values!.includes(labels[e.key]!)) return false;
  }
  return true;
}

export const endpointId = (e: Endpoint) => `${e.namespace}/${e.name}`;

export function namespaceLabels(cluster: Cluster, name: string): Record<string, string> {
  const ns = cluster.namespaces.find((n) => n.name === name);
  const declared = ns?.declared ? ns.labels : {};
  return { ...declared, 'kubernetes.io/metadata.name': name };
}

function types(p: K8sPolicy): ('Ingress' | 'Egress')[] {
  return p.policyTypes ?? ((p.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress']);
}

function peerMatches(cluster: Cluster, rule: Rule, policyNamespace: string, other: Endpoint): boolean {
  if (rule.peers === undefined || rule.peers.length === 0) return true;
  return rule.peers.some((peer) => {
    if (peer.ipBlock !== undefined) return peer.ipBlock.cidr === '0.0.0.0/0' && (peer.ipBlock.except ?? []).length === 0;
    const nsOk = peer.namespaceSelector !== undefined
      ? selects(peer.namespaceSelector, namespaceLabels(cluster, other.namespace))
      : other.namespace === policyNamespace;
    const podOk = peer.podSelector === undefined || selects(peer.podSelector, other.labels);
    return nsOk && podOk;
  });
}

function portMatches(ports: PolicyPort[] | undefined, dst: ContainerPort): boolean {
  if (ports === undefined || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== dst.protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string') return dst.name === p.port;
    if (p.endPort !== undefined) return dst.containerPort >= p.port && dst.containerPort <= p.endPort;
    return dst.containerPort === p.port;
  });
}

function directionAllows(cluster: Cluster, direction: 'Ingress' | 'Egress', self: Endpoint, other: Endpoint, dstPort: ContainerPort): boolean {
  const selecting = cluster.policies.filter((p) => p.namespace === self.namespace && selects(p.podSelector, self.labels) && types(p).includes(direction));
  if (selecting.length === 0) return true;
  return selecting.some((p) =>
    ((direction === 'Ingress' ? p.ingress : p.egress) ?? []).some((r) => peerMatches(cluster, r, p.namespace, other) && portMatches(r.ports, dstPort)),
  );
}

/** Every allowed (source, destination, port, protocol) between different endpoints, as keys. */
export function allowedPairs(cluster: Cluster): Set<string> {
  const out = new Set<string>();
  for (const a of cluster.endpoints) {
    for (const b of cluster.endpoints) {
      if (a === b) continue;
      for (const port of b.ports) {
        if (directionAllows(cluster, 'Egress', a, b, port) && directionAllows(cluster, 'Ingress', b, a, port)) {
          out.add(pairKey(endpointId(a), endpointId(b), port.containerPort, port.protocol));
        }
      }
    }
  }
  return out;
}

export const pairKey = (from: string, to: string, port: number | undefined, protocol: string, endPort?: number) =>
  `${from} -> ${to} ${protocol}/${port ?? '*'}${endPort !== undefined ? `-${endPort}` : ''}`;
