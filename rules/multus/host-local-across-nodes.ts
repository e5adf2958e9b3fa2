/**
 * host-local IPAM on a network whose interfaces on every node share one segment. host-local keeps
 * its allocations in files on the node (`<dataDir>/<network name>`, plugins/ipam/host-local
 * backend/disk) and "ensures uniqueness of IP addresses on a single host" only (its README), so
 * each node hands out the same range from its first address on: pods on two nodes attached to a
 * macvlan, ipvlan, vlan or SR-IOV network over the same physical segment get the same address
 * (multus-cni#52, where Multus' maintainers point to the IPAM; whereabouts exists for this).
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { objectLabel, podSpecOf, sameObject, severalPodsOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject, goJsonField, isObject } from '../../src/engine/values.js';
import { reportIn } from '../cni/lib/json-source.js';
import { NETWORKS_ANNOTATION, podAnnotations } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { NAD_KIND, POD_KINDS, findNads, nadOf, nadsOf, pluginsOf } from './lib/nads.js';
import { SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';
import type { NadView } from './lib/nads.js';

/**
 * Plugins whose pod interfaces hang off a host device (`master`, a VF of a PF), so the interfaces
 * of all nodes meet on that device's segment. A bridge is left out: it may well be node-local.
 */
const SHARED_SEGMENT = new Set(['macvlan', 'macvtap', 'ipvlan', 'vlan', 'sriov']);

/** The node a pod set is pinned to (`nodeName`, or a nodeSelector on the node's hostname label), or null. */
function pinnedNode(pod: Resource): string | null {
  const spec = podSpecOf(pod)?.spec;
  if (!spec) return null;
  if (typeof spec.nodeName === 'string' && spec.nodeName !== '') return spec.nodeName;
  const host = asObject(spec.nodeSelector)['kubernetes.io/hostname'];
  return typeof host === 'string' && host !== '' ? host : null;
}

/**
 * Per NAD, the pods and workloads of the input that attach it and leave the address to host-local:
 * a host-network pod runs no CNI plugin, and one that asks for `ips` gets those (host-local takes
 * a requested address; two asking for one is multus/static-ip-duplicate's).
 */
const attachersOf = (model: ClusterModel): Map<NadView, Resource[]> =>
  model.memo('multus/host-local-attachers', (m) => {
    const out = new Map<NadView, Resource[]>();
    for (const pod of m.byKind(...POD_KINDS)) {
      if (podAnnotations(pod)?.hostNetwork) continue;
      for (const s of annotationOf(m, pod, NETWORKS_ANNOTATION)?.parsed.selections ?? []) {
        if (s.element && Object.keys(s.element).some((k) => k.toLowerCase() === 'ips')) continue;
        for (const nad of findNads(m, s.name, s.namespace ?? pod.namespace)) {
          const list = out.get(nad) ?? out.set(nad, []).get(nad)!;
          if (!list.some((p) => sameObject(p, pod))) list.push(pod);
        }
      }
    }
    return out;
  });

/** The first definition of each NAD object (namespace/name) in the input's order. */
const firstDefinitions = (model: ClusterModel): Map<string, NadView> =>
  model.memo('multus/nad-first-definitions', (m) => {
    const out = new Map<string, NadView>();
    for (const nad of nadsOf(m)) if (!out.has(`${nad.namespace ?? ''}/${nad.name}`)) out.set(`${nad.namespace ?? ''}/${nad.name}`, nad);
    return out;
  });

export default defineRule({
  meta: {
    id: 'multus/host-local-across-nodes',
    description:
      'A macvlan, ipvlan, vlan or SR-IOV network with `host-local` IPAM, attached by pods that can run on more than one node (a workload with several replicas, a DaemonSet, or, at info level, two pods not pinned to one node): host-local keeps its allocations on each node, so every node hands out the same addresses of the range, and pods on two nodes get the same address on the segment those nodes share.',
    severity: 'warning',
    remediation: 'Use an IPAM that allocates across the cluster (`whereabouts`, which Multus\' docs pair with macvlan), give each pod its own static address, or pin the pods that attach this network to one node.',
    kinds: [NAD_KIND, ...SRIOV_NETWORK_KINDS],
    messages: {
      several:
        'host-local keeps its allocations on each node, so the {{count}} of {{workload}} get addresses of {{type}} network "{{network}}" node by node: two of them on different nodes can get the same address on the segment the nodes share',
      two: 'host-local keeps its allocations on each node, and {{first}} and {{second}} both attach {{type}} network "{{network}}": run on different nodes, they can get the same address on the segment the nodes share',
    },
    docs: 'Sources: containernetworking/plugins plugins/ipam/host-local (its README: it stores state on the host filesystem, ensuring uniqueness on a single host; backend/disk keeps `<dataDir>/<network>` per node); k8snetworkplumbingwg/multus-cni#52 (duplicate addresses across nodes with ipvlan and host-local) and whereabouts\' README. A warning for a workload that runs several pods (the scheduler spreads replicas over nodes); an info for two single pods, which small test clusters often keep on one worker. Only pods of the input count, and only those that leave the address to host-local (no `ips` in their selection): a network no input workload attaches, one workload running a single pod, pods all pinned to one node (`nodeName`, a `kubernetes.io/hostname` nodeSelector) and a cluster the facts say has one node are left alone. A bridge is left out (often node-local). A SriovNetwork (SR-IOV VFs of one PF share its segment) counts as the NAD sriov-network-operator makes from it, of type `sriov` with its `spec.ipam`; the finding points at the IPAM `type` inside `spec.ipam`.',
  },
  check(resource, ctx) {
    if (ctx.model.facts.nodeCount === 1) return;
    const nad = nadOf(ctx.model, resource);
    const config = nad?.config;
    if (!nad?.conf || !config?.ok) return;
    const shared = pluginsOf(nad.conf).find(({ plugin }) => {
      const type = goJsonField(plugin, 'type');
      const ipam = goJsonField(plugin, 'ipam');
      return typeof type === 'string' && SHARED_SEGMENT.has(type) && isObject(ipam) && goJsonField(ipam, 'type') === 'host-local';
    });
    if (!shared) return;
    // One NAD written in several files (test inputs applied one at a time) is said once, at its first definition.
    if (firstDefinitions(ctx.model).get(`${nad.namespace ?? ''}/${nad.name}`) !== nad) return;
    const pods = attachersOf(ctx.model).get(nad) ?? [];
    const at = [...shared.path, 'ipam', 'type'];
    const data = { type: goJsonField(shared.plugin, 'type') as string, network: nad.networkName };
    for (const pod of pods) {
      const count = pinnedNode(pod) === null ? severalPodsOf(pod, ctx.model.facts) : null;
      if (count !== null) {
        reportIn(ctx, config.source, at, { messageId: 'several', data: { ...data, count, workload: objectLabel(pod) } });
        return;
      }
    }
    // Two pod sets: they collide unless both are pinned to the same node.
    const first = pods[0];
    const second = pods.find((p) => p !== first && (pinnedNode(p) === null || pinnedNode(p) !== pinnedNode(first)));
    // Single pods may well share a node (a test cluster of one worker): said, at info level.
    if (first && second) reportIn(ctx, config.source, at, { messageId: 'two', severity: 'info', data: { ...data, first: objectLabel(first), second: objectLabel(second) } });
  },
});
