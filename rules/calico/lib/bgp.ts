/**
 * The BGP topology the input declares: nodes with their labels, route-reflector cluster IDs and
 * AS numbers (Calico `Node` spec, or the `projectcalico.org/*` annotations Calico keeps on
 * Kubernetes Nodes in KDD mode, or the `.netlint.yaml` inventory), BGPPeers, and the global
 * BGPConfiguration. Computed once per lint run.
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import { matchesCalicoSelector, parseCalicoSelector } from '../../../src/engine/selector/calico.js';
import type { CalicoSelector } from '../../../src/engine/selector/calico.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { LabelIndex } from '../../../src/engine/netpol/label-index.js';
import { asObject } from '../../../src/engine/values.js';
import { parseAsNumber } from '../asnumber-format.js';
import { pushTo } from '../../../src/engine/multimap.js';

export const CLUSTER_ID_ANNOTATION = 'projectcalico.org/RouteReflectorClusterID';
export const AS_ANNOTATION = 'projectcalico.org/ASNumber';
export const DEFAULT_AS = 64512;

export interface Located {
  resource: Resource;
  path: Path;
}

export interface BgpNode {
  name: string;
  labels: Readonly<Record<string, string>>;
  clusterID: string | null;
  /** Where the cluster ID is written, when a resource in the input holds it. */
  clusterIDAt: Located | null;
  asNumber: number | null;
  asAt: Located | null;
  /** The Node or Calico Node resources describing this node (for reporting on its labels). */
  resources: Resource[];
}

export interface BgpTopology {
  nodes: BgpNode[];
  nodesKnown: boolean;
  /** The `default` BGPConfiguration, if any. */
  config: Resource | null;
  meshEnabled: boolean;
  globalAS: number;
  peers: Resource[];
}

function nodeResources(model: ClusterModel): Map<string, Resource[]> {
  const out = new Map<string, Resource[]>();
  for (const r of [...model.byKind('Node'), ...model.byKind('calico/Node')]) {
    pushTo(out, r.name, r);
  }
  return out;
}

export function bgpTopology(model: ClusterModel): BgpTopology {
  return model.memo('calico/bgp', (m) => {
    const byName = nodeResources(m);
    const nodes = m.facts.nodes.map((n): BgpNode => {
      let clusterID: string | null = n.annotations[CLUSTER_ID_ANNOTATION] ?? null;
      let asNumber = n.annotations[AS_ANNOTATION] !== undefined ? parseAsNumber(n.annotations[AS_ANNOTATION]) : null;
      let clusterIDAt: Located | null = null;
      let asAt: Located | null = null;
      const resources = byName.get(n.name) ?? [];
      for (const r of resources) {
        if (r.kind === 'Node' && r.group === '') {
          const ann = asObject(asObject(r.value.metadata).annotations);
          if (typeof ann[CLUSTER_ID_ANNOTATION] === 'string') clusterIDAt = { resource: r, path: ['metadata', 'annotations', CLUSTER_ID_ANNOTATION] };
          if (ann[AS_ANNOTATION] !== undefined) asAt = { resource: r, path: ['metadata', 'annotations', AS_ANNOTATION] };
        } else {
          const bgp = asObject(asObject(r.value.spec).bgp);
          if (typeof bgp.routeReflectorClusterID === 'string') {
            clusterID = bgp.routeReflectorClusterID;
            clusterIDAt = { resource: r, path: ['spec', 'bgp', 'routeReflectorClusterID'] };
          }
          if (bgp.asNumber !== undefined && bgp.asNumber !== null) {
            asNumber = parseAsNumber(bgp.asNumber);
            asAt = { resource: r, path: ['spec', 'bgp', 'asNumber'] };
          }
        }
      }
      return { name: n.name, labels: n.labels, clusterID: clusterID === '' ? null : clusterID, clusterIDAt, asNumber, asAt, resources };
    });
    const config = m.byKind('calico/BGPConfiguration').find((r) => r.name === 'default') ?? null;
    const spec = asObject(config?.value.spec);
    return {
      nodes,
      nodesKnown: m.facts.nodesKnown,
      config,
      meshEnabled: spec.nodeToNodeMeshEnabled !== false,
      globalAS: parseAsNumber(spec.asNumber) ?? DEFAULT_AS,
      peers: m.byKind('calico/BGPPeer'),
    };
  });
}

/**
 * Nodes a selector string picks (an absent or empty selector picks every node); null when it does
 * not parse. Once per selector text and node list: BGPPeers repeat a few selectors (one BGPPeer
 * per node with the same `peerSelector: has(route-reflector)` asked it of every node each time).
 */
export function selectNodes(nodes: readonly BgpNode[], text: unknown): readonly BgpNode[] | null {
  if (text === undefined || text === null) return nodes;
  if (typeof text !== 'string') return null;
  let answers = selectedBy.get(nodes);
  if (!answers) selectedBy.set(nodes, (answers = new Map()));
  let picked = answers.get(text);
  if (picked === undefined) {
    const parsed = parseCalicoSelector(text);
    picked = parsed.ok ? candidates(nodes, parsed.selector).filter((n) => matchesCalicoSelector(parsed.selector, n.labels)) : null;
    answers.set(text, picked);
  }
  return picked;
}

/** selectNodes' answers, by node list and selector text. */
const selectedBy = new WeakMap<readonly BgpNode[], Map<string, readonly BgpNode[] | null>>();

/** Each node list's label index (src/engine/netpol/label-index.ts), made on the first selector asked of the list. */
const indexOf = new WeakMap<readonly BgpNode[], LabelIndex<BgpNode>>();

/**
 * Nodes that may match `sel`, in node order: those an index answers for its most selective
 * requirement (`rack == 'r1'`, `has(route-reflector)`, `rack in {'r1', 'r2'}`, alone or in an
 * `and`), else all of them. Every BGPPeer asks its selectors of the nodes; with one BGPPeer per
 * rack, testing each node each time was the racks times the nodes.
 */
function candidates(nodes: readonly BgpNode[], sel: CalicoSelector): readonly BgpNode[] {
  let index = indexOf.get(nodes);
  if (!index) indexOf.set(nodes, (index = new LabelIndex(nodes, (n) => n.labels)));
  return index.calicoCandidates(sel, byNodeOrder(nodes)) ?? nodes;
}

/** A comparison by place in `nodes`, made once per node list. */
function byNodeOrder(nodes: readonly BgpNode[]): (a: BgpNode, b: BgpNode) => number {
  let order = orderOf.get(nodes);
  if (!order) orderOf.set(nodes, (order = new Map(nodes.map((n, i) => [n, i]))));
  const at = order;
  return (a, b) => at.get(a)! - at.get(b)!;
}
const orderOf = new WeakMap<readonly BgpNode[], Map<BgpNode, number>>();

export function parsedSelector(text: unknown): CalicoSelector | null {
  if (typeof text !== 'string') return null;
  const r = parseCalicoSelector(text);
  return r.ok ? r.selector : null;
}

/** A node's effective AS: its own, else the global default. */
export function effectiveAS(node: BgpNode, topo: BgpTopology): number {
  return node.asNumber ?? topo.globalAS;
}

const clusterIdsByResource = new WeakMap<BgpTopology, Map<Resource, BgpNode[]>>();

/** The nodes whose cluster ID `resource` writes (indexed once per topology: rules ask on every node). */
export function clusterIdsIn(topo: BgpTopology, resource: Resource): readonly BgpNode[] {
  let index = clusterIdsByResource.get(topo);
  if (!index) {
    index = new Map();
    for (const n of reflectors(topo)) {
      const at = n.clusterIDAt?.resource;
      if (at === undefined) continue;
      pushTo(index, at, n);
    }
    clusterIdsByResource.set(topo, index);
  }
  return index.get(resource) ?? NO_NODES;
}
const NO_NODES: readonly BgpNode[] = [];

const reflectorsOf = new WeakMap<BgpTopology, BgpNode[]>();

/** Nodes acting as route reflectors: those with a cluster ID (found once per topology: rules ask on every node). */
export function reflectors(topo: BgpTopology): readonly BgpNode[] {
  let found = reflectorsOf.get(topo);
  if (!found) reflectorsOf.set(topo, (found = topo.nodes.filter((n) => n.clusterID !== null)));
  return found;
}

/** A label that marks a node as a route reflector by convention (`route-reflector: "true"`). */
export function reflectorLabel(labels: Readonly<Record<string, string>>): string | null {
  for (const [k, v] of Object.entries(labels)) if (/route-?reflector/i.test(k) && /^(true|yes|1)$/i.test(v)) return k;
  return null;
}
