/**
 * The BGP session model (bgp-sessions.ts on bgp.ts) against Calico's own confd template tests,
 * projectcalico/calico v3.32.1 confd/tests/: the datastore of each case is restated as manifests
 * under test/fixtures/confd/ (see its README.md), and the peerings confd renders into BIRD's
 * configuration for that case (compiled_templates/<group>/<case>/bird.cfg and bird6.cfg) are
 * restated below as one entry per `protocol bgp` block.
 *
 * Which node, how the inputs are applied (confd/tests/test_suite_common.sh): `execute_test_suite`
 * exports NODENAME=kube-master for the mock_data cases, and the shell-function cases used here
 * (`test_bgp_local_bgp_peer`, `test_bgp_reverse_peering_*`) start confd with NODENAME=kube-master,
 * so every rendered config is kube-master's. `run_individual_test` / `_oneshot` apply the case's
 * input.yaml with `calicoctl apply` (replacing each resource whole), then kubectl-input.yaml if
 * there is one (no case used here has one), compare, then apply step2/input.yaml on top and
 * compare with compiled_templates/<case>/step2; delete.yaml removes the BGPPeers, IPPools and
 * per-node BGPConfigurations but not the Nodes. Every case used here restates all three Nodes and the `default`
 * BGPConfiguration, so its state is its own input (plus the cluster's node list, cluster.yaml);
 * a step 2 state is restated whole. The shell-function cases first run `turn_mesh_off`, a
 * `default` BGPConfiguration holding only `nodeToNodeMeshEnabled: false`.
 *
 * How one rendered end is compared with a model that counts a session only when both ends
 * configure it: a `Global_`/`Node_` block whose neighbor is the address of a node of the input is
 * kube-master's half of a session. The other half is in that node's config, rendered by the same
 * confd from the same datastore (client.go `updatePeersV1`): the node's own BGPPeers (forward
 * pass), or the reverse peering the second pass adds towards the nodeSelector/node side unless
 * `reversePeering: Manual`, for a peerIP only when `nodesWithIPPortAndAS` finds the node (its
 * address; its AS equal to the BGPPeer's asNumber, or to the cluster AS when asNumber is empty;
 * the port, when given, equal to its listen port). Each case says in `back`, with the reason from
 * that code, which nodes configure their half; kube-master's peers are then the nodes of its
 * blocks that are in `back`, and a node with a block but not in `back` is a one-sided peering
 * netlint must not count. Whether a session comes up despite other mismatches (a local AS
 * override against the AS the reverse peering expects, in the local-as-global cases) is not
 * judged: the model marks local AS overrides `open` and so does this comparison.
 *
 * The mesh: bgp-sessions.ts models the sessions BGPPeers make (its header: what carries routes
 * when the mesh is off); the mesh is bgp.ts `meshEnabled`. `Mesh_` blocks are compared with
 * confd's mesh rule (bgp_processor.go `processMeshPeers`: a node without a cluster ID peers every
 * other node without one that has an address of the family) applied to the topology netlint
 * derived (meshEnabled, each node's clusterID), and `peersOf` with the `Global_`/`Node_` blocks.
 *
 * `rr client`: bgp-sessions.ts exposes no per-session flag. It documents the rule (a node with a
 * cluster ID makes the session to each iBGP peer with no or another cluster ID an `rr client`
 * one with its ID) and applies it in `learners`. So each case checks what the model exposes: the
 * cluster IDs and AS numbers the model derived give exactly the blocks' `rr client` / `rr cluster
 * id`; and `learners`: each session peer learns kube-master's routes and the reverse, and over two
 * `rr client` sessions of kube-master each client learns the other's routes (BIRD reflects from
 * client to client).
 *
 * Peers outside the input's nodes: a BGPPeer whose peerIP is no node's address is in no `sides`
 * entry and makes `open` non-null, as do a local AS override and a workload peer
 * (localWorkloadSelector). `open` is about the whole input: kube-master's blocks show its own such
 * peerings (each external neighbor must be some BGPPeer's peerIP), the manifests those of the
 * other nodes; `open` is null when there are none.
 *
 * Label values: calicoctl decodes a manifest into Calico's typed structs (calicoctl
 * resourcemgr.go, sigs.k8s.io/yaml), which turn an unquoted boolean label value into the string
 * "true": reverse_peering/auto's output shows kube-master, labelled `route-reflector: yes`,
 * selected by `route-reflector == 'true'`. netlint's model stores a Calico Node's scalar label the
 * same way (model.ts, scalarStringMap), so the cases written that way agree: they run as written
 * (AS_WRITTEN) and with the label quoted as calicoctl stores it ("true", in CASES).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../../src/engine/load.js';
import { buildModel } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { asObject } from '../../../src/engine/values.js';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { bgpSessions, peerAddress } from './bgp-sessions.js';
import type { BgpSessions } from './bgp-sessions.js';
import { bgpTopology, effectiveAS } from './bgp.js';
import type { BgpNode, BgpTopology } from './bgp.js';

const FIXTURES = new URL('../../../test/fixtures/confd/', import.meta.url);
const UPSTREAM = 'projectcalico/calico v3.32.1 confd/tests';
const RENDERED = 'kube-master';
const read = (file: string): string => readFileSync(new URL(file, FIXTURES), 'utf8');

/** One `protocol bgp` block of bird.cfg or bird6.cfg (the family is the address's). */
interface Block {
  /** The block name's prefix: how confd got the peering (bgp_processor.go processPeers). */
  via: 'Mesh' | 'Global' | 'Node' | 'Local_Workload';
  ip: string;
  as: number;
  port?: number;
  /** `local as` inside the block (a BGPPeer's localASNumber). */
  localAs?: number;
  /** `rr cluster id`, present exactly when the block says `rr client`. */
  rr?: string;
}

interface ConfdCase {
  /** compiled_templates/<id>: the rendered output. */
  id: string;
  /** Under test/fixtures/confd/. */
  fixture: string;
  /** The upstream input the fixture restates. */
  input: string;
  /** What sets this restatement apart from the fixture as written (the label as calicoctl stores it). */
  edit?: { what: string; apply: (text: string) => string };
  blocks: Block[];
  /** Nodes that configure their half towards kube-master, and why (client.go updatePeersV1). */
  back: Record<string, string>;
}

const mock = (c: string) => `${UPSTREAM}/mock_data/calicoctl/${c}/input.yaml`;
const g4 = (ip: string, as: number, more: Partial<Block> = {}): Block => ({ via: 'Global', ip, as, ...more });
const n4 = (ip: string, as: number, more: Partial<Block> = {}): Block => ({ via: 'Node', ip, as, ...more });
const mesh = (ip: string, as: number): Block => ({ via: 'Mesh', ip, as });

/** A label value calicoctl stores as the string "true" (an unquoted `true` or `yes`), written quoted. */
function labelAsStored(key: string): ConfdCase['edit'] {
  return {
    what: `label ${key} as calicoctl stores it ("true")`,
    apply: (text) => {
      const out = text.replace(new RegExp(`([{ ]${key}): (true|yes)\\b`, 'g'), "$1: 'true'");
      if (out === text) throw new Error(`no unquoted ${key} label to rewrite`);
      return out;
    },
  };
}

const REVERSE_OF = (peer: string) => `${peer} names its address in its AS: the reverse peering (second pass) is added on it, towards every node of ${peer}'s nodeSelector side`;
const PEER_SELECTED = (peer: string) => `selected by ${peer}'s peerSelector: the reverse peering is added on it, over both families (nodeAsBGPPeers)`;
const FORWARD = (peer: string) => `on ${peer}'s nodeSelector side: it configures the peering to kube-master itself (first pass)`;

/*
 * Left out, with why:
 * - mesh/bgp-export, ipip-always, vxlan-always, hash, communities (+ step2), restart-time,
 *   static-routes (+ step2), static-routes-exclude-node, static-routes-no-ipv4-address, and
 *   mesh/password/*: about export filters, encapsulation, the router ID, communities, restart
 *   times, static routes and passwords; their peerings are the plain mesh, which mesh/ipip-off and
 *   mesh/ipip-cross-subnet already check.
 * - bgpfilter/*, ttl_security/*, reachable_by/*, next_hop_mode/*, password/*, password-deadlock,
 *   sourceaddr_gracefulrestart/*, felix_cluster_routing, ignored_interfaces: shell-function cases
 *   about filters, TTL security, reachableBy, next-hop mode, passwords, source address and graceful
 *   restart, cluster routes and interfaces (next_hop_mode/route_reflectors peers like
 *   reverse_peering/auto, with the same unquoted `route-reflector: yes` label).
 * - test_node_deletion, test_idle_peers: no compiled templates, only a count of `protocol bgp` lines.
 */
const CASES: ConfdCase[] = [
  {
    id: 'explicit_peering/global',
    fixture: 'explicit_peering/global.yaml',
    input: mock('explicit_peering/global'),
    blocks: [g4('10.192.0.1', 64567, { port: 150 }), g4('10.192.0.1', 64567, { port: 166 }), g4('10.192.0.3', 64567, { port: 150 })],
    back: {
      'kube-node-1': REVERSE_OF('bgppeer-1'),
      // bgppeer-2 alone would get none: port 166 is not the listen port 150 (nodesWithIPPortAndAS).
      'kube-node-2': REVERSE_OF('bgppeer-3'),
    },
  },
  {
    id: 'explicit_peering/global-external',
    fixture: 'explicit_peering/global-external.yaml',
    input: mock('explicit_peering/global-external'),
    blocks: [g4('10.192.0.3', 64567, { port: 150 }), g4('10.192.0.4', 64567), g4('10.192.0.4', 64567, { port: 166 })],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1') },
  },
  {
    id: 'explicit_peering/global-ipv6',
    fixture: 'explicit_peering/global-ipv6.yaml',
    input: mock('explicit_peering/global-ipv6'),
    blocks: [g4('2001::102', 64567), g4('2001::104', 64567)],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1'), 'kube-node-2': REVERSE_OF('bgppeer-2') },
  },
  {
    id: 'explicit_peering/specific_node',
    fixture: 'explicit_peering/specific_node.yaml',
    input: mock('explicit_peering/specific_node'),
    // kube-node-2 is not in AS 64566: nodesWithIPPortAndAS finds no node for bgppeer-2, no reverse peering.
    blocks: [n4('10.192.0.3', 64512), n4('10.192.0.4', 64566)],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1') },
  },
  {
    id: 'explicit_peering/selectors',
    fixture: 'explicit_peering/selectors.yaml',
    input: mock('explicit_peering/selectors'),
    blocks: [n4('10.192.0.3', 64512, { port: 500 }), n4('10.192.0.4', 64512), n4('fd5f::3', 64512, { port: 500 }), n4('fd5f::4', 64512)],
    back: { 'kube-node-1': PEER_SELECTED('bgppeer-1'), 'kube-node-2': PEER_SELECTED('bgppeer-1') },
  },
  {
    id: 'explicit_peering/selectors/step2',
    fixture: 'explicit_peering/selectors.step2.yaml',
    input: `${mock('explicit_peering/selectors/step2')} (on top of step 1)`,
    blocks: [n4('10.192.0.3', 64512), n4('10.192.0.4', 64512), n4('fd5f::3', 64512), n4('fd5f::4', 64512)],
    back: { 'kube-node-1': PEER_SELECTED('bgppeer-1'), 'kube-node-2': PEER_SELECTED('bgppeer-1') },
  },
  {
    id: 'explicit_peering/route_reflector',
    fixture: 'explicit_peering/route_reflector.yaml',
    input: mock('explicit_peering/route_reflector'),
    edit: labelAsStored('routeReflector'),
    blocks: [
      n4('10.192.0.3', 64532, { rr: '10.0.0.1' }),
      n4('10.192.0.4', 64532, { rr: '10.0.0.1' }),
      n4('172.19.4.87', 64533),
      n4('ac13::57', 64533, { port: 50 }),
      n4('fe0a::3', 64532, { rr: '10.0.0.1' }),
      n4('fe0a::4', 64532, { rr: '10.0.0.1' }),
    ],
    back: { 'kube-node-1': PEER_SELECTED('bgppeer-other-nodes'), 'kube-node-2': PEER_SELECTED('bgppeer-other-nodes') },
  },
  {
    id: 'explicit_peering/keepnexthop',
    fixture: 'explicit_peering/keepnexthop.yaml',
    input: mock('explicit_peering/keepnexthop'),
    edit: labelAsStored('routeReflector'),
    // kube-node-1 and kube-node-2 have no IPv6 address: IPv4 sessions only.
    blocks: [n4('10.192.0.3', 64532, { rr: '10.0.0.1' }), n4('10.192.0.4', 64532, { rr: '10.0.0.1' }), n4('172.19.4.87', 64533), n4('ac13::57', 64533, { port: 50 })],
    back: { 'kube-node-1': FORWARD('bgppeer-other-nodes'), 'kube-node-2': FORWARD('bgppeer-other-nodes') },
  },
  {
    id: 'explicit_peering/keepnexthop-global',
    fixture: 'explicit_peering/keepnexthop-global.yaml',
    input: mock('explicit_peering/keepnexthop-global'),
    blocks: [g4('172.19.4.87', 64533), g4('ac13::57', 64533, { port: 50 })],
    back: {},
  },
  {
    id: 'explicit_peering/local-as',
    fixture: 'explicit_peering/local-as.yaml',
    input: mock('explicit_peering/local-as'),
    // bgppeer-2 claims AS 64566 for kube-node-2 (64512): no reverse peering.
    blocks: [n4('10.192.0.3', 64512, { localAs: 64512 }), n4('10.192.0.4', 64566, { localAs: 65001 })],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1') },
  },
  {
    id: 'explicit_peering/local-as-global',
    fixture: 'explicit_peering/local-as-global.yaml',
    input: mock('explicit_peering/local-as-global'),
    blocks: [
      g4('10.192.0.1', 64567, { port: 150, localAs: 64567 }),
      g4('10.192.0.1', 64567, { port: 166, localAs: 64567 }),
      g4('10.192.0.3', 64567, { port: 150, localAs: 64515 }),
    ],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1'), 'kube-node-2': REVERSE_OF('bgppeer-3') },
  },
  {
    id: 'explicit_peering/local-as-ipv6',
    fixture: 'explicit_peering/local-as-ipv6.yaml',
    input: mock('explicit_peering/local-as-ipv6'),
    // bgppeer-2 claims AS 64566 for kube-node-2 (2001::101, AS 64512): no reverse peering.
    blocks: [n4('2001::101', 64566, { localAs: 65001 }), n4('2001::102', 64512, { localAs: 64512 })],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1') },
  },
  {
    id: 'explicit_peering/local-as-global-ipv6',
    fixture: 'explicit_peering/local-as-global-ipv6.yaml',
    input: mock('explicit_peering/local-as-global-ipv6'),
    blocks: [g4('2001::102', 64567, { localAs: 64567 }), g4('2001::104', 64567, { localAs: 65001 })],
    back: { 'kube-node-1': REVERSE_OF('bgppeer-1'), 'kube-node-2': REVERSE_OF('bgppeer-2') },
  },
  {
    id: 'explicit_peering/local_bgp_peer',
    fixture: 'explicit_peering/local_bgp_peer.yaml',
    input: `${UPSTREAM}/test_suite_common.sh test_bgp_local_bgp_peer`,
    blocks: [
      { via: 'Local_Workload', ip: '192.168.162.134', as: 64516, localAs: 65002 },
      { via: 'Local_Workload', ip: '192.168.162.136', as: 64517, localAs: 65001 },
      { via: 'Local_Workload', ip: 'fd00:10:244:0:586d:4461:e980:a284', as: 64516, localAs: 65002 },
      { via: 'Local_Workload', ip: 'fd00:10:244:0:586d:4461:e980:a286', as: 64517, localAs: 65001 },
    ],
    back: {},
  },
  {
    id: 'mesh/route-reflector-mesh-enabled',
    fixture: 'mesh/route-reflector-mesh-enabled.yaml',
    input: mock('mesh/route-reflector-mesh-enabled'),
    edit: labelAsStored('routeReflector'),
    // kube-master has no cluster ID: mesh with kube-node-1; the mesh skips the reflector kube-node-2.
    blocks: [mesh('10.192.0.3', 64532), n4('10.192.0.4', 64532), mesh('fe0a::4', 64532), n4('fe0a::6', 64532)],
    back: { 'kube-node-2': FORWARD('bgppeer-other-nodes') },
  },
  {
    id: 'mesh/ipip-off',
    fixture: 'mesh/ipip-off.yaml',
    input: mock('mesh/ipip-off'),
    blocks: [mesh('10.192.0.3', 64512), mesh('10.192.0.4', 64512), mesh('2001::102', 64512), mesh('2001::104', 64512)],
    back: {},
  },
  {
    id: 'mesh/ipip-cross-subnet',
    fixture: 'mesh/ipip-cross-subnet.yaml',
    input: mock('mesh/ipip-cross-subnet'),
    blocks: [mesh('10.192.0.3', 64512), mesh('10.192.0.6', 64512)],
    back: {},
  },
  {
    id: 'reverse_peering/auto',
    fixture: 'reverse_peering/auto.yaml',
    input: `${UPSTREAM}/test_suite_common.sh test_bgp_reverse_peering_auto`,
    edit: labelAsStored('route-reflector'),
    blocks: [n4('10.192.0.3', 64512), n4('10.192.0.4', 64512), n4('2001::102', 64512), n4('2001::104', 64512)],
    back: { 'kube-node-1': FORWARD('peer-with-route-reflectors'), 'kube-node-2': FORWARD('peer-with-route-reflectors') },
  },
  ...[undefined, labelAsStored('route-reflector')].map(
    (edit): ConfdCase => ({
      // Manual: no reverse peering, so kube-master (the peerSelector side) configures nothing and
      // the halves kube-node-1 and kube-node-2 configure stay one-sided.
      id: 'reverse_peering/manual',
      fixture: 'reverse_peering/manual.yaml',
      input: `${UPSTREAM}/test_suite_common.sh test_bgp_reverse_peering_manual`,
      ...(edit ? { edit } : {}),
      blocks: [],
      back: { 'kube-node-1': FORWARD('peer-with-route-reflectors'), 'kube-node-2': FORWARD('peer-with-route-reflectors') },
    }),
  ),
];

/** Where netlint's answer differs from confd's: the case as upstream writes it, and netlint's current peers of kube-master. */
interface Disagreement {
  case: ConfdCase;
  /** netlint's answer today: `peersOf(kube-master)`, by name. */
  netlint: string[];
  why: string;
}

const byName = Object.fromEntries(CASES.map((c) => [`${c.id}${c.edit ? '+' : ''}`, c]));
const asWritten = (id: string): ConfdCase => {
  const { edit: _edit, ...rest } = byName[`${id}+`];
  return rest;
};
/** The cases whose Calico Nodes carry an unquoted boolean label, as upstream writes them. */
const AS_WRITTEN: ConfdCase[] = ['explicit_peering/route_reflector', 'explicit_peering/keepnexthop', 'mesh/route-reflector-mesh-enabled', 'reverse_peering/auto'].map(asWritten);

const DISAGREEMENTS: Disagreement[] = [
  ...[undefined, labelAsStored('routeReflector')].map(
    (edit): Disagreement => ({
      case: {
        id: 'explicit_peering/route_reflector_v6_by_ip',
        fixture: 'explicit_peering/route_reflector_v6_by_ip.yaml',
        input: mock('explicit_peering/route_reflector_v6_by_ip'),
        ...(edit ? { edit } : {}),
        // kube-master's two blocks to the nodes are the reverse peering of bgppeer-other-nodes
        // (`Node_` prefix): nodesWithIPPortAndAS takes the cluster AS for its empty asNumber.
        blocks: [n4('172.19.4.87', 64533), n4('ac13::57', 64533, { port: 50 }), n4('fe0a::3', 64532, { rr: '10.0.0.1' }), n4('fe0a::4', 64532, { rr: '10.0.0.1' })],
        // Their own half comes from the BGPPeer itself and carries its empty asNumber: confd renders
        // it `as 0` (bgpPeer.ASNum), which BIRD 1.x refuses (bgp_check_config: "Neighbor must be
        // configured"), so the session may not come up; kube-master's half is rendered regardless.
        back: {
          'kube-node-1': 'bgppeer-other-nodes is a global peering to fe0a::2: kube-node-1 configures kube-master itself (first pass)',
          'kube-node-2': 'bgppeer-other-nodes is a global peering to fe0a::2: kube-node-2 configures kube-master itself (first pass)',
        },
      },
      netlint: [],
      why: 'a peerIP BGPPeer without asNumber finds no node in netlint (parseAsNumber(undefined) is null, no node is in AS null), where confd takes the cluster AS',
    }),
  ),
];

// ---------------------------------------------------------------------------------------------

interface Loaded {
  resources: Resource[];
  sessions: BgpSessions;
  topo: BgpTopology;
  node(name: string): BgpNode;
  /** The node at an address, from the Calico Nodes' spec.bgp as written. */
  at(ip: string): string | undefined;
  /** Each node's addresses by family, as written. */
  addresses: Map<string, { v4?: string; v6?: string }>;
}

const text = (c: ConfdCase): string => (c.edit ? c.edit.apply(read(c.fixture)) : read(c.fixture));

function load(c: ConfdCase): Loaded {
  const resources = [...yamlToResources(read('cluster.yaml'), 'cluster.yaml'), ...yamlToResources(text(c), c.fixture)];
  const model = buildModel(resources);
  const sessions = bgpSessions(model);
  const addresses = new Map<string, { v4?: string; v6?: string }>();
  for (const r of resources) {
    if (r.groupKind !== 'projectcalico.org/Node') continue;
    const bgp = asObject(asObject(r.value.spec).bgp);
    const strip = (v: unknown) => (typeof v === 'string' ? v.split('/')[0] : undefined);
    addresses.set(r.name, { v4: strip(bgp.ipv4Address), v6: strip(bgp.ipv6Address) });
  }
  const owner = new Map<string, string>();
  for (const [name, a] of addresses) for (const ip of [a.v4, a.v6]) if (ip) owner.set(ip, name);
  return {
    resources,
    sessions,
    topo: bgpTopology(model),
    node: (name) => {
      const n = sessions.nodes.find((x) => x.name === name);
      if (!n) throw new Error(`no node ${name} in the model`);
      return n;
    },
    at: (ip) => owner.get(ip),
    addresses,
  };
}

const family = (ip: string): 'v4' | 'v6' => (ip.includes(':') ? 'v6' : 'v4');
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
const isPeering = (b: Block) => b.via === 'Global' || b.via === 'Node';

/** kube-master's peers by confd: the nodes of its Global_/Node_ blocks that configure their half too. */
function confdPeers(c: ConfdCase, l: Loaded): string[] {
  return sorted(c.blocks.filter(isPeering).flatMap((b) => l.at(b.ip) ?? []).filter((n) => n in c.back));
}

const modelPeers = (l: Loaded, name: string): string[] => sorted([...l.sessions.peersOf(l.node(name))].map((n) => n.name));

/** confd's mesh (bgp_processor.go processMeshPeers) on the topology netlint derived: `node@ip` per mesh neighbor. */
function meshFromTopology(l: Loaded): string[] {
  const me = l.node(RENDERED);
  if (!l.topo.meshEnabled || me.clusterID !== null) return [];
  const mine = l.addresses.get(RENDERED) ?? {};
  const out: string[] = [];
  for (const n of l.topo.nodes) {
    if (n.name === RENDERED || n.clusterID !== null) continue;
    const theirs = l.addresses.get(n.name) ?? {};
    for (const f of ['v4', 'v6'] as const) if (mine[f] && theirs[f]) out.push(`${n.name}@${theirs[f]}`);
  }
  return out.sort();
}

/** The `rr cluster id` kube-master's session to `peer` has by the rule bgp-sessions.ts documents, on the model's cluster IDs and AS numbers. */
function rrByModel(l: Loaded, peer: BgpNode): string | undefined {
  const me = l.node(RENDERED);
  if (me.clusterID === null || effectiveAS(me, l.topo) !== effectiveAS(peer, l.topo)) return undefined;
  return peer.clusterID !== me.clusterID ? me.clusterID : undefined;
}

const label = (c: ConfdCase) => `${c.id}${c.edit ? ` (${c.edit.what})` : ''}`;

describe(`Calico confd template tests (${UPSTREAM})`, () => {
  it('every fixture loads without an input finding', () => {
    for (const file of ['cluster.yaml', ...new Set([...CASES, ...AS_WRITTEN, ...DISAGREEMENTS.map((d) => d.case)].map((c) => c.fixture))]) {
      const loaded = loadSources([{ path: file, content: read(file) }]);
      expect(loaded.findings.map((f) => `${f.ruleId} ${f.message}`), file).toEqual([]);
      expect(loaded.resources.length, file).toBeGreaterThan(0);
    }
  });

  describe.each([...CASES, ...AS_WRITTEN].map((c) => [label(c), c] as const))('%s', (_name, c) => {
    const l = load(c);
    const me = l.node(RENDERED);

    it('restates three nodes and blocks at known places', () => {
      expect(sorted(l.addresses.keys())).toEqual(['kube-master', 'kube-node-1', 'kube-node-2']);
      expect(l.sessions.standIns.size).toBe(0);
      for (const b of c.blocks) {
        if (b.via === 'Mesh') expect(l.at(b.ip), b.ip).toBeDefined();
        if (b.via === 'Local_Workload') expect(l.at(b.ip), b.ip).toBeUndefined();
      }
      for (const n of Object.keys(c.back)) expect(l.addresses.has(n), n).toBe(true);
    });

    it("peersOf(kube-master) is the nodes of its Global_/Node_ blocks whose other end configures the peering", () => {
      expect(modelPeers(l, RENDERED)).toEqual(confdPeers(c, l));
    });

    it('sessions are symmetric: a node has kube-master as a peer exactly when kube-master has it', () => {
      for (const n of l.topo.nodes) {
        if (n === me) continue;
        expect(l.sessions.peersOf(n).has(me), n.name).toBe(l.sessions.peersOf(me).has(n));
      }
    });

    it('the mesh neighbors are those confd’s mesh rule gives on the topology netlint derived', () => {
      const rendered = sorted(c.blocks.filter((b) => b.via === 'Mesh').map((b) => `${l.at(b.ip)}@${b.ip}`));
      expect(meshFromTopology(l)).toEqual(rendered);
    });

    it('each session is an rr client session exactly as the blocks say, with the same cluster ID', () => {
      for (const peer of confdPeers(c, l)) {
        const said = new Set(c.blocks.filter((b) => isPeering(b) && l.at(b.ip) === peer).map((b) => b.rr));
        expect(said.size, `${peer}: one answer over its blocks`).toBe(1);
        expect(rrByModel(l, l.node(peer)), peer).toBe([...said][0]);
      }
      // A block to a node is `rr client` only when kube-master has a cluster ID.
      if (c.blocks.some((b) => b.rr !== undefined)) expect(me.clusterID).toBe(c.blocks.find((b) => b.rr)!.rr);
    });

    it('learners: each peer and kube-master learn each other’s routes; rr clients learn each other’s through kube-master', () => {
      const peers = confdPeers(c, l).map(l.node);
      for (const p of peers) {
        expect(l.sessions.learners(me).has(p), `${p.name} learns kube-master's`).toBe(true);
        expect(l.sessions.learners(p).has(me), `kube-master learns ${p.name}'s`).toBe(true);
      }
      const clients = peers.filter((p) => c.blocks.some((b) => b.rr !== undefined && l.at(b.ip) === p.name));
      for (const a of clients) for (const b of clients) if (a !== b) expect(l.sessions.learners(a).has(b), `${b.name} learns ${a.name}'s`).toBe(true);
    });

    it('peers outside the nodes, local AS overrides and workload peers make `open`; external BGPPeers have no sides', () => {
      // `open` speaks of the whole input: kube-master's blocks show its own such peers, the
      // manifests those of every node (route-reflector-mesh-enabled: kube-node-2's external peers).
      let inInput = false;
      const peerIPs = new Set<string>();
      for (const r of l.resources) {
        if (r.groupKind !== 'projectcalico.org/BGPPeer') continue;
        const spec = asObject(r.value.spec);
        if (spec.localASNumber !== undefined || spec.localWorkloadSelector !== undefined) inInput = true;
        if (typeof spec.peerIP !== 'string') continue;
        const address = peerAddress(spec.peerIP);
        peerIPs.add(address);
        if (l.at(address) !== undefined) continue;
        inInput = true;
        expect(l.sessions.sides.has(r), r.name).toBe(false);
      }
      const external = c.blocks.filter((b) => isPeering(b) && l.at(b.ip) === undefined);
      for (const b of external) expect(peerIPs.has(b.ip), `${b.ip} is some BGPPeer's peerIP`).toBe(true);
      const inBlocks = external.length > 0 || c.blocks.some((b) => b.localAs !== undefined || b.via === 'Local_Workload');
      if (inBlocks) expect(inInput).toBe(true);
      expect(l.sessions.open !== null, String(l.sessions.open)).toBe(inInput);
    });
  });

  describe('disagreements: netlint’s current answer, which differs from confd’s', () => {
    it.each(DISAGREEMENTS.map((d) => [label(d.case), d] as const))('%s', (_name, d) => {
      const l = load(d.case);
      const confd = confdPeers(d.case, l);
      expect(confd, 'confd peers kube-master with these').not.toEqual(d.netlint);
      expect(modelPeers(l, RENDERED), d.why).toEqual(d.netlint);
    });
  });
});
