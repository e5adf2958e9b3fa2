import { bpfDataplane } from '../calico/lib/dataplane.js';
import { cidrBounds, containsIp, knownCidrs, overlaps, parseCidr, parseIp } from '../../src/engine/cidr.js';
import type { Cidr, Ip, IpFamily } from '../../src/engine/cidr.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { derived } from '../../src/engine/model.js';
import { pushTo } from '../../src/engine/multimap.js';
import { blockAtomsOnly, matchCond, portMatches } from '../../src/engine/netpol/match.js';
import type { Atom, ContainerPort, WorkloadEndpoint } from '../../src/engine/netpol/model.js';
import { policyOf, reachCluster, selectedEndpoints } from '../../src/engine/netpol/rule-support.js';
import { firstOf } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import { asObject } from '../../src/engine/values.js';
import { EXTERNAL_SERVICE_TYPES, podsBehind, servedOn, servicePorts } from './lib/service-pods.js';

/**
 * A Service that takes connections from outside the cluster on every node (type NodePort or
 * LoadBalancer) with `externalTrafficPolicy: Cluster`, the default: a node that receives one for a
 * pod on another node forwards it with its own address as the source. The Service API's field
 * documentation (k8s.io/api core/v1 types.go ServiceExternalTrafficPolicy): only `Local` delivers
 * "without masquerading the client source IP".
 */
interface ExternalService {
  name: string;
  type: string;
}

/**
 * The input's NodePort and LoadBalancer Services that masquerade clients, by the pods behind them,
 * each with the ports the pod serves the Service's ports on; once per lint.
 */
const masqueradingServices = derived('netpol/masquerading-services', (m: ClusterModel) => {
  const out = new Map<WorkloadEndpoint, { service: ExternalService; cells: ContainerPort[] }[]>();
  for (const r of m.byKind('Service')) {
    const spec = asObject(r.value.spec);
    if (!EXTERNAL_SERVICE_TYPES.has(spec.type) || spec.externalTrafficPolicy === 'Local' || targetsPods(r.value)) continue;
    const namespace = r.namespace ?? 'default';
    const service: ExternalService = { name: `${namespace}/${r.name}`, type: String(spec.type) };
    const ports = servicePorts(r);
    for (const pod of podsBehind(m, r)) {
      const cells = ports.flatMap(({ targetPort, protocol }) => servedOn(pod, targetPort, protocol) ?? []);
      if (cells.length > 0) pushTo(out, pod, { service, cells });
    }
  }
  return out;
});

/**
 * A load balancer that sends clients to the pods' own addresses, not to a node: the AWS Load Balancer
 * Controller's `service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip` (its Service
 * annotations guide).
 */
function targetsPods(service: Record<string, unknown>): boolean {
  return asObject(asObject(service.metadata).annotations)['service.beta.kubernetes.io/aws-load-balancer-nlb-target-type'] === 'ip';
}

/**
 * Address space that holds no client from outside the cluster: link-local addresses (NodeLocal
 * DNSCache's 169.254.20.10, say) are a node's own.
 */
const LINK_LOCAL: readonly Cidr[] = knownCidrs(['169.254.0.0/16', 'fe80::/10']);
/**
 * Private address space (RFC 1918, shared address space RFC 6598, unique local RFC 4193): where the
 * input does not say where the nodes are, they may well be here, so a block of it may be meant for them.
 */
const PRIVATE: readonly Cidr[] = knownCidrs(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7']);

/** The node addresses and subnets the input gives, and the pods' CIDRs, parsed once per lint. */
const knownPlaces = derived('netpol/node-and-pod-places', (m: ClusterModel) => {
  const cidrs = (texts: readonly string[]) =>
    texts.flatMap((t) => {
      const p = parseCidr(t);
      return p.ok ? [p.cidr] : [];
    });
  // Node addresses sorted per family, so a block finds those it holds by binary search.
  const byFamily: Record<IpFamily, Ip[]> = { 4: [], 6: [] };
  for (const n of m.facts.nodes) for (const a of n.addresses) {
    const ip = parseIp(a);
    if (ip !== null) byFamily[ip.family].push(ip);
  }
  for (const list of Object.values(byFamily)) list.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { nodeAddresses: byFamily, anyNode: byFamily[4].length + byFamily[6].length > 0, nodeSubnets: cidrs(m.facts.nodeSubnets), podCidrs: cidrs(m.facts.podCIDRs.map((f) => f.cidr)) };
});

/** Whether a known node address lies in the block and outside its `except` ranges. */
function holdsNode(sorted: readonly Ip[], block: Extract<Atom, { k: 'block' }>): boolean {
  const { lo, hi } = cidrBounds(block.cidr);
  let first = 0;
  let last = sorted.length;
  while (first < last) {
    const mid = (first + last) >> 1;
    if (sorted[mid].value < lo) first = mid + 1;
    else last = mid;
  }
  for (let i = first; i < sorted.length && sorted[i].value <= hi; i++) if (!block.except.some((e) => containsIp(e, sorted[i]))) return true;
  return false;
}

/**
 * Whether a block may admit the nodes' own addresses (then masquerading changes nothing) or holds
 * no outside client at all: it holds a node address or subnet the input gives (where it gives none,
 * private address space), a link-local address, or the pods' own CIDR.
 */
function notForOutsideClients(model: ClusterModel, block: Extract<Atom, { k: 'block' }>): boolean {
  const held = (c: Cidr) => overlaps(block.cidr, c) && !block.except.some((e) => overlaps(e, c) && e.prefix <= c.prefix);
  const { nodeAddresses, anyNode, nodeSubnets, podCidrs } = knownPlaces(model);
  if (LINK_LOCAL.some(held) || podCidrs.some(held)) return true;
  if (!anyNode && nodeSubnets.length === 0) return PRIVATE.some(held);
  return holdsNode(nodeAddresses[block.cidr.family], block) || nodeSubnets.some(held);
}

/** Whether every connection reaches its pod with the client's address: one node, or Calico's eBPF dataplane (once per lint). */
const clientAddressKept = derived('netpol/client-address-kept', (m: ClusterModel) => m.facts.nodeCount === 1 || bpfDataplane(m));

export default defineRule({
  meta: {
    id: 'netpol/ipblock-source-masqueraded',
    description:
      "An ingress rule admits clients outside the cluster by address (`ipBlock`, Calico `source.nets`) to pods behind a NodePort or LoadBalancer Service with `externalTrafficPolicy: Cluster` (the default): a node that receives such a connection for a pod on another node forwards it with its own address as the source (kube-proxy masquerades it; only `Local` keeps the client's address, as the Service API documents), so the rule admits those clients only when the pod runs on the node that received them, and the Service fails for them at random.",
    severity: 'warning',
    remediation: 'Set `externalTrafficPolicy: Local` on the Service (its load balancer then sends clients only to nodes running its pods), or admit the nodes\' addresses too.',
    kinds: ['networking.k8s.io/NetworkPolicy', 'calico/NetworkPolicy', 'calico/GlobalNetworkPolicy'],
    messages: {
      masqueraded:
        "clients in {{cidrs}} reach {{pods}} through Service {{service}} ({{type}}, externalTrafficPolicy Cluster): a node that receives such a connection for a pod on another node sends it on from its own address, so this rule admits those clients only on the pod's own node; set externalTrafficPolicy: Local, or admit the nodes' addresses",
    },
    docs: "Judged where every block of the rule's peers lies outside what the input says of the nodes (their addresses in Node objects or the `cluster.nodes` inventory, `cluster.nodeSubnets`; where it says nothing, outside private address space, where the nodes may be): a block holding a node's address, or the whole address space, admits the masqueraded connections too. Blocks of link-local addresses or of the pod CIDR are not about outside clients and are left alone. Not judged for an AWS load balancer that targets the pods' addresses (`service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip`), on a cluster of one node (`cluster.nodeCount: 1`, or a single known node), nor on Calico's eBPF dataplane, which tunnels such connections to the pod's node with the client's address (FelixConfiguration `bpfExternalServiceMode`, v3.32.1).",
  },
  check(resource, ctx) {
    const services = masqueradingServices(ctx.model);
    if (services.size === 0 || clientAddressKept(ctx.model)) return;
    const policy = policyOf(ctx.model, resource);
    if (!policy || policy.ingress === null) return;
    const { namespaces } = reachCluster(ctx.model);
    let own: WorkloadEndpoint[] | null = null;
    for (const rule of policy.ingress) {
      if (rule.action !== 'Allow' || rule.inert !== undefined) continue;
      const blocks = blockAtomsOnly(rule.peer);
      if (blocks === null || blocks.some((b) => notForOutsideClients(ctx.model, b))) continue;
      own ??= selectedEndpoints(ctx.model, policy);
      // The pods behind such a Service this rule lets the clients reach, on a port the Service serves: by Service.
      const reached = new Map<ExternalService, WorkloadEndpoint[]>();
      for (const pod of own) {
        const behind = services.get(pod);
        if (behind === undefined || !matchCond(rule.local, pod, namespaces)) continue;
        for (const { service, cells } of behind) if (cells.some((cell) => portMatches(rule.ports, cell, pod.ports))) pushTo(reached, service, pod);
      }
      const first = reached.entries().next();
      if (first.done) continue;
      const [service, pods] = first.value;
      ctx.report({
        path: [...rule.path, ...(policy.source === 'kubernetes' ? ['from'] : ['source', 'nets'])],
        messageId: 'masqueraded',
        data: { cidrs: firstOf(blocks.map((b) => b.cidr.text), 3), pods: firstOf(pods.map((p) => p.id), 3), service: service.name, type: service.type },
      });
    }
  },
});
