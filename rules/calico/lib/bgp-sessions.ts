/**
 * The BGP sessions Calico sets up between nodes from the BGPPeers (what carries routes when the
 * node-to-node mesh is off), and which node learns which other node's routes over them.
 *
 * Sessions, Calico v3.32.1 confd/pkg/backends/calico/client.go `updatePeersV1`: a BGPPeer
 * configures each node its `nodeSelector` or `node` picks (every node when it has neither) with a
 * peering to each node its `peerSelector` picks, or to the address in `peerIP`; a second pass
 * (from line 706) adds the reverse peering on those peer nodes, towards the nodeSelector side,
 * unless `reversePeering: Manual`. For a `peerIP` the reverse side is the node with that address
 * and the BGPPeer's `asNumber` (`nodesWithIPPortAndAS`). A selector confd cannot parse matches no
 * node (node_labels.go `nodesMatching`). A node is never its own peer (bgp_processor.go
 * `buildPeerFromData` skips its own address). A session exists where both ends configure it.
 *
 * Reflection, confd/pkg/backends/calico/bgp_processor.go `buildPeerFromData` (lines 589-597) and
 * confd/etc/calico/confd/templates/bird.cfg.template (`rr client; rr cluster id`, line 127): a
 * node with a `routeReflectorClusterID` makes the session to each iBGP peer whose cluster ID is
 * empty or different an `rr client` session with its cluster ID; whether the peers have an ID does
 * not matter to that. A node without one has no rr client session. BIRD (projectcalico/bird
 * proto/bgp/attrs.c, `bgp_import_control`) passes a route learnt over iBGP on to another iBGP peer
 * only when one of the two sessions is an rr client session (RFC 4456 section 6; without
 * reflection a speaker never does, RFC 4271 section 9.2), prepends the node's cluster ID to the
 * route's CLUSTER_LIST when it does (`bgp_update_attrs`), and drops a route whose CLUSTER_LIST
 * holds the session's cluster ID, on rr client sessions only (`bgp_cluster_list_loopy`, on
 * receipt and on export).
 */
import { parseIp } from '../../../src/engine/cidr.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject } from '../../../src/engine/values.js';
import { parseAsNumber } from '../asnumber-format.js';
import { bgpTopology, effectiveAS, selectNodes } from './bgp.js';
import type { BgpNode, BgpTopology } from './bgp.js';
import { pushTo } from '../../../src/engine/multimap.js';

/** One side of a BGPPeer: the nodes it picks and the field that picks them (null: every node, for want of a nodeSelector or node). */
export interface PeerSide {
  nodes: readonly BgpNode[];
  field: 'nodeSelector' | 'node' | 'peerSelector' | 'peerIP' | null;
  /** The field's value. */
  text: string;
  path: Path;
}

export interface PeerSides {
  local: PeerSide;
  remote: PeerSide;
}

/** A node's peers: a view over the groups it has sessions with (see BgpSessions.groupOf), not a copy. */
export interface PeerSet extends Iterable<BgpNode> {
  readonly size: number;
  has(node: BgpNode): boolean;
}

export interface BgpSessions {
  /** The input's nodes, and when its node list is incomplete two stand-ins for the nodes it leaves out (label-less, no cluster ID, global AS). */
  nodes: BgpNode[];
  standIns: ReadonlySet<BgpNode>;
  /** Both sides of every BGPPeer that peers nodes. */
  sides: Map<Resource, PeerSides>;
  /** The established sessions: each node's peers. */
  peersOf(node: BgpNode): PeerSet;
  /**
   * The node's group: nodes of one AS that every side of every BGPPeer picks alike (every node of
   * the AS when one BGPPeer peers all nodes with all nodes). Each member has the same peers as the
   * others, besides each other.
   */
  groupOf(node: BgpNode): number;
  /** A group's members, in node order. */
  members(group: number): readonly BgpNode[];
  /** The groups whose members a member of `group` has sessions with (`group` itself when its members peer with each other). */
  peerGroups(group: number): readonly number[];
  /** Why routes may travel over sessions this model does not follow (an external peer, eBGP), or null. */
  open: string | null;
  /** The nodes that learn `origin`'s own routes. */
  learners(origin: BgpNode): ReadonlySet<BgpNode>;
  /**
   * Each `reversePeering: Manual` BGPPeer whose peerings some peer node does not configure back
   * (no other BGPPeer peers it with those nodes): the nodes that configure a session in vain, and
   * the peers that do not answer.
   */
  oneSided: ReadonlyMap<Resource, { from: readonly BgpNode[]; to: readonly BgpNode[] }>;
}

/** The address part of a peerIP (`10.0.0.1`, `10.0.0.1:179`, `[fd00::1]:179`). */
export function peerAddress(text: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) return bracketed[1];
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text);
  return v4WithPort ? v4WithPort[1] : text;
}

function ipKey(text: string): string | null {
  const ip = parseIp(text);
  return ip ? `${ip.family}/${ip.value}` : null;
}

function standIn(n: number): BgpNode {
  return { name: `(node ${n} not in the input)`, labels: {}, clusterID: null, clusterIDAt: null, asNumber: null, asAt: null, resources: [] };
}

const nonEmpty = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export function bgpSessions(model: ClusterModel): BgpSessions {
  return model.memo('calico/bgp-sessions', (m) => computeSessions(m, bgpTopology(m)));
}

function computeSessions(m: ClusterModel, topo: BgpTopology): BgpSessions {
  const extra = topo.nodesKnown ? [] : [standIn(1), standIn(2)];
  const nodes = [...topo.nodes, ...extra];
  const byAddress = new Map<string, BgpNode[]>();
  const addresses = new Map(m.facts.nodes.map((n) => [n.name, n.addresses]));
  for (const n of topo.nodes) {
    for (const a of addresses.get(n.name) ?? []) {
      const key = ipKey(a);
      if (key !== null) byAddress.set(key, [...(byAddress.get(key) ?? []), n]);
    }
  }
  // A selector confd cannot parse matches no node.
  const select = (text: string): readonly BgpNode[] => selectNodes(nodes, text) ?? [];
  // The nodes of each name, for BGPPeers that name one (`node`): one per node is common.
  const byName = new Map<string, BgpNode[]>();
  for (const n of nodes) {
    pushTo(byName, n.name, n);
  }
  let open: string | null = null;
  const sides = new Map<Resource, PeerSides>();
  const peerings: { local: readonly BgpNode[]; remote: readonly BgpNode[]; manual: boolean; peer: Resource }[] = [];
  for (const peer of topo.peers) {
    const spec = asObject(peer.value.spec);
    let local: PeerSide;
    const nodeSelector = nonEmpty(spec.nodeSelector);
    const nodeName = nonEmpty(spec.node);
    if (nodeSelector !== null) local = { nodes: select(nodeSelector), field: 'nodeSelector', text: nodeSelector, path: ['spec', 'nodeSelector'] };
    else if (nodeName !== null) local = { nodes: byName.get(nodeName) ?? [], field: 'node', text: nodeName, path: ['spec', 'node'] };
    else local = { nodes, field: null, text: '', path: ['spec'] };
    let remote: PeerSide;
    const peerSelector = nonEmpty(spec.peerSelector);
    const peerIP = nonEmpty(spec.peerIP);
    if (nonEmpty(spec.localWorkloadSelector) !== null) {
      open ??= 'a workload BGP peer (localWorkloadSelector)';
      continue;
    } else if (peerSelector !== null) {
      remote = { nodes: select(peerSelector), field: 'peerSelector', text: peerSelector, path: ['spec', 'peerSelector'] };
    } else if (peerIP !== null) {
      const key = ipKey(peerAddress(peerIP.trim()));
      const at = key === null ? [] : (byAddress.get(key) ?? []);
      if (at.length === 0) {
        open ??= `the peer at ${peerIP}`;
        continue;
      }
      // Another AS than the node's: the session does not come up, and confd adds no reverse peering.
      const as = parseAsNumber(spec.asNumber);
      remote = { nodes: at.filter((n) => effectiveAS(n, topo) === as), field: 'peerIP', text: peerIP, path: ['spec', 'peerIP'] };
    } else continue;
    if (spec.localASNumber !== undefined && spec.localASNumber !== null) open ??= `the BGPPeer ${peer.name} with localASNumber`;
    sides.set(peer, { local, remote });
    peerings.push({ local: local.nodes, remote: remote.nodes, manual: spec.reversePeering === 'Manual', peer });
  }

  // Nodes of one AS that every side picks alike configure the same peerings, so sessions are kept
  // between such groups: a BGPPeer from all() to all() makes one group with sessions among its
  // members, not a set of every other node for each node (quadratic in the nodes).
  // A BGPPeer from every node to every node configures every pair of nodes: then the other
  // BGPPeers add no session, and marking nodes by them would only split the nodes into more groups
  // with the same peers (one BGPPeer per node besides it made a group of each such node, and the
  // sessions between groups the square of the nodes).
  const universal = peerings.find((p) => p.local.length === nodes.length && p.remote.length === nodes.length);
  const shaping = universal ? [universal] : peerings;
  const marks = new Map<BgpNode, string>(nodes.map((n) => [n, `${effectiveAS(n, topo)}`]));
  shaping.forEach((p, i) => {
    for (const n of p.local) marks.set(n, `${marks.get(n)}|${i}L`);
    for (const n of p.remote) marks.set(n, `${marks.get(n)}|${i}R`);
  });
  const groupByMarks = new Map<string, number>();
  const members: BgpNode[][] = [];
  const groupIds = new Map<BgpNode, number>();
  for (const n of nodes) {
    const key = marks.get(n)!;
    let g = groupByMarks.get(key);
    if (g === undefined) {
      g = members.push([]) - 1;
      groupByMarks.set(key, g);
    }
    members[g].push(n);
    groupIds.set(n, g);
  }
  const groupOf = (n: BgpNode): number => groupIds.get(n)!;
  // configured[a] holds b when a member of group a configures a peering to the other members of
  // group b (a node is never its own peer: bgp_processor.go skips its own address).
  const configured = members.map(() => new Set<number>());
  const groupsOf = (list: readonly BgpNode[]) => [...new Set(list.map(groupOf))];
  for (const p of shaping) {
    const localGroups = groupsOf(p.local);
    const remoteGroups = groupsOf(p.remote);
    for (const l of localGroups) {
      for (const r of remoteGroups) {
        configured[l].add(r);
        if (!p.manual) configured[r].add(l);
      }
    }
  }
  // A Manual peering that the peer's side does not configure back comes up on neither end.
  const oneSided = new Map<Resource, { from: BgpNode[]; to: BgpNode[] }>();
  for (const p of shaping) {
    if (!p.manual) continue;
    const from = new Set<number>();
    const to = new Set<number>();
    for (const l of groupsOf(p.local)) {
      for (const r of groupsOf(p.remote)) {
        if (r !== l && !configured[r].has(l)) {
          from.add(l);
          to.add(r);
        }
      }
    }
    const nodesOf = (gs: Set<number>) => [...gs].sort((a, b) => a - b).flatMap((g) => members[g]);
    if (from.size > 0) oneSided.set(p.peer, { from: nodesOf(from), to: nodesOf(to) });
  }
  // A session where both ends configure it; groups of one member configure none with themselves.
  const peerGroups = configured.map((tos, from) => [...tos].filter((to) => configured[to].has(from) && (to !== from || members[from].length > 1)).sort((a, b) => a - b));
  const asOf = (g: number) => effectiveAS(members[g][0], topo);
  if (peerGroups.some((tos, from) => tos.some((to) => asOf(to) !== asOf(from)))) open ??= 'an eBGP session between nodes of different AS';
  const peerGroupSets = peerGroups.map((tos) => new Set(tos));
  const peersOf = (n: BgpNode): PeerSet => {
    const g = groupOf(n);
    const tos = peerGroups[g];
    const withSelf = peerGroupSets[g].has(g);
    return {
      get size() {
        let size = 0;
        for (const to of tos) size += members[to].length;
        return withSelf ? size - 1 : size;
      },
      has: (x) => x !== n && peerGroupSets[g].has(groupOf(x)),
      *[Symbol.iterator]() {
        for (const to of tos) for (const m of members[to]) if (m !== n) yield m;
      },
    };
  };
  const learnt = new Map<BgpNode, Set<BgpNode>>();
  const learners = (origin: BgpNode): ReadonlySet<BgpNode> => {
    let got = learnt.get(origin);
    if (got) return got;
    got = new Set<BgpNode>();
    learnt.set(origin, got);
    // A route travels with the cluster IDs of the reflectors it passed (its CLUSTER_LIST). On a
    // node with a cluster ID, the session to a peer with another (or no) ID is an `rr client` one.
    const seen = new Set<string>();
    const queue: { at: BgpNode; list: string[]; fromClient: boolean }[] = [];
    const receive = (n: BgpNode, list: string[], from: BgpNode) => {
      if (n === origin) return; // ORIGINATOR_ID loop check
      const fromClient = n.clusterID !== null && from.clusterID !== n.clusterID;
      // attrs.c bgp_cluster_list_loopy: checked on rr client sessions only.
      if (fromClient && list.includes(n.clusterID!)) return;
      got.add(n);
      if (n.clusterID === null) return; // no rr client session: passes no iBGP route on
      const key = `${n.name}\u0000${fromClient}\u0000${[...list].sort().join('\u0000')}`;
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ at: n, list, fromClient });
    };
    for (const p of peersOf(origin)) receive(p, [], origin);
    // Once every other node has the route, passing it on adds no learner (with sessions between all
    // nodes, each reflector would otherwise offer it to every node again).
    for (let i = 0; i < queue.length && got.size < nodes.length - 1; i++) {
      const { at, list, fromClient } = queue[i];
      const id = at.clusterID!;
      for (const p of peersOf(at)) {
        const toClient = p.clusterID !== id;
        // attrs.c bgp_import_control: iBGP to iBGP only when one of the two sessions is an rr client
        // one, and not to an rr client session whose cluster ID the route already carries.
        if (!fromClient && !toClient) continue;
        if (toClient && list.includes(id)) continue;
        receive(p, [...list, id], at);
      }
    }
    return got;
  };
  return { nodes, standIns: new Set(extra), sides, peersOf, groupOf, members: (g) => members[g], peerGroups: (g) => peerGroups[g], open, learners, oneSided };
}
