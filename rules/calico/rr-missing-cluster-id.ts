/**
 * Who reflects, Calico v3.32.1 confd/pkg/backends/calico/bgp_processor.go `buildPeerFromData`
 * (lines 589-597) and confd/etc/calico/confd/templates/bird.cfg.template (line 127): the node that
 * has a `routeReflectorClusterID` makes its iBGP peers without that ID its `rr client`s; the peers
 * need no cluster ID, so route reflectors peering with their clients through a BGPPeer whose
 * peerSelector picks the clients is right (confd/tests/mock_data/calicoctl/explicit_peering/
 * route_reflector/input.yaml, compiled_templates/explicit_peering/route_reflector/bird.cfg lines
 * 83 and 106). Two nodes peered directly exchange their routes without any reflection. A node
 * without a cluster ID passes no route learnt from one iBGP peer on to another, so with the mesh
 * off the peers that reach each other only through it lose each other's routes (the session and
 * propagation model is in lib/bgp-sessions.ts).
 */
import { findingsPerResource } from '../../src/engine/model.js';
import { firstOf } from '../../src/engine/plural.js';
import { defineRule } from '../../src/engine/rule.js';
import type { ReportDescriptor } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asObject } from '../../src/engine/values.js';
import { bgpTopology, effectiveAS, reflectorLabel } from './lib/bgp.js';
import type { BgpNode } from './lib/bgp.js';
import { bgpSessions } from './lib/bgp-sessions.js';
import type { PeerSide } from './lib/bgp-sessions.js';

/** The label that marks `node` as a reflector in `resource`, if that resource carries it. */
function labelIn(node: BgpNode, resource: Resource): string | null {
  const key = reflectorLabel(node.labels);
  return key !== null && typeof asObject(asObject(resource.value.metadata).labels)[key] === 'string' ? key : null;
}

export default defineRule({
  meta: {
    id: 'calico/rr-missing-cluster-id',
    description:
      'A node meant to be a route reflector needs `routeReflectorClusterID` (Calico Node `spec.bgp`, or the `projectcalico.org/RouteReflectorClusterID` annotation); without it the node reflects nothing, so with the node-to-node mesh off, nodes that reach each other only through it miss each other\'s routes. Only the node with the ID reflects: its peers need none. Reported for a node labelled as a reflector (`route-reflector: "true"`), and for a node without labels that say so when the input gives it the role (every node peers with it, or other nodes have a cluster ID) and two of its peers in the input lose each other\'s routes. Error when that loss is shown over sessions all in the input; warning for a labelled node when the mesh is on, when its peers reach each other anyway, or when the loss rests on nodes or peers outside the input.',
    severity: 'error',
    remediation: 'Set the cluster ID on every reflector, e.g. `kubectl annotate node <name> projectcalico.org/RouteReflectorClusterID=244.0.0.1`, or `spec.bgp.routeReflectorClusterID` on the Calico Node.',
    kinds: ['Node', 'calico/Node', 'calico/BGPPeer'],
    messages: {
      labelled: 'node {{node}} is labelled {{label}} but has no routeReflectorClusterID, so it does not reflect routes{{effect}}',
      selected: '{{what}} {{nodes}}, which {{verb}} no routeReflectorClusterID{{evidence}}, and so will not reflect routes{{effect}}',
    },
    docs:
      'Source: Calico v3.32.1 confd. Only the node that has the cluster ID reflects: it makes each iBGP peer with an empty or different cluster ID its `rr client` (confd/pkg/backends/calico/bgp_processor.go `buildPeerFromData`, bird.cfg.template `rr client`), so the clients need none, and reflectors may sit on either side of a BGPPeer: upstream\'s explicit_peering/route_reflector test peers the reflector (nodeSelector) with `peerSelector: "!has(routeReflector)"`. A BGPPeer peers both ways: confd adds the reverse peering unless `reversePeering: Manual` (client.go `updatePeersV1`). With the mesh off, a route from node A reaches node B over a direct session or through reflectors, as BIRD passes iBGP routes on (projectcalico/bird proto/bgp/attrs.c: only across an `rr client` session, not back into a cluster whose ID the route carries); the rule follows that over the sessions the BGPPeers create and names two peers of the node that do not reach each other. Direct peering between groups of nodes (explicit_peering/selectors) is not reported unless a label or the input\'s other reflectors give a node the reflector role. When the input lists only some nodes, the others count as plain nodes without labels or cluster ID, for a labelled node only and as a warning. A BGPPeer to an address outside the input, to workloads, with `localASNumber`, or across AS numbers may carry the routes: then only labelled nodes are reported, as warnings.',
  },
  check(resource, ctx) {
    for (const d of findings(ctx.model, resource)) ctx.report(d);
  },
});

/** How the message names the BGPPeer field that picks the nodes. */
function whatOf(side: PeerSide): string {
  switch (side.field) {
    case 'peerSelector':
    case 'nodeSelector':
      return `${side.field} ${side.text} selects`;
    case 'node':
      return 'node';
    case 'peerIP':
      return `peerIP ${side.text} is the address of`;
    default:
      return 'with no nodeSelector, this BGPPeer applies to every node, including';
  }
}

interface Hit {
  x: BgpNode;
  o: Outcome;
  evidence: (it: string) => string;
}

/** The nodes that never learn a node's routes, in node order (see notLearning). */
interface NotLearning extends Iterable<BgpNode> {
  readonly size: number;
}

interface Outcome {
  severity: 'error' | 'warning';
  pair: [BgpNode, BgpNode] | null;
  /** Whether the node has at least two peers it would have to reflect between. */
  hub: boolean;
}

const findings = findingsPerResource('calico/rr-missing-cluster-id', (m, report) => {
  const topo = bgpTopology(m);
  const s = bgpSessions(m);
  const order = new Map(s.nodes.map((n, i) => [n, i]));
  const byOrder = (a: BgpNode, b: BgpNode) => order.get(a)! - order.get(b)!;
  const reflector = topo.nodes.find((n) => n.clusterID !== null) ?? null;
  const nameOf = (n: BgpNode) => (s.standIns.has(n) ? 'nodes not in the input' : n.name);

  /**
   * The peers of a group's members over sessions that nothing reflects (neither end has a cluster
   * ID, and the same AS, so iBGP), once per group: each member's are these less itself.
   */
  const unreflectedOfGroup = new Map<number, { list: BgpNode[]; set: Set<BgpNode> }>();
  const unreflectedOf = (x: BgpNode) => {
    const g = s.groupOf(x);
    let got = unreflectedOfGroup.get(g);
    if (!got) {
      const as = effectiveAS(x, topo);
      const list = s.peerGroups(g).flatMap((to) => s.members(to)).filter((p) => p.clusterID === null && effectiveAS(p, topo) === as).sort(byOrder);
      unreflectedOfGroup.set(g, (got = { list, set: new Set(list) }));
    }
    return got;
  };
  /**
   * `x`'s unreflected peers some node never learns the routes of, in node order: the only ones
   * `stranded` can name (the group's, once per group, less `x`).
   */
  const gapsOfGroup = new Map<number, BgpNode[]>();
  const unreflectedGaps = (x: BgpNode): BgpNode[] => {
    const g = s.groupOf(x);
    let gaps = gapsOfGroup.get(g);
    if (!gaps) gapsOfGroup.set(g, (gaps = withGaps(unreflectedOf(x).list)));
    return gaps.filter((a) => a !== x);
  };
  /** The nodes of `list` whose routes some node never learns (those `stranded` can start from). */
  const withGaps = (list: readonly BgpNode[]): BgpNode[] => list.filter((a) => notLearning(a).size > 0);
  /** Whether `p` is one of `x`'s unreflected peers. */
  const unreflectedPeer = (x: BgpNode, p: BgpNode): boolean => p !== x && unreflectedOf(x).set.has(p);
  /** How many unreflected peers `x` has. */
  const unreflectedCount = (x: BgpNode): number => unreflectedOf(x).list.length - (unreflectedOf(x).set.has(x) ? 1 : 0);

  /**
   * Twins: nodes with the same peers (besides each other), cluster ID, AS and stand-in status. The
   * sessions look the same from each (swapping two twins maps the sessions onto themselves), so
   * who learns one twin's routes follows from who learns another's: the routes are worked out once
   * per set of twins, not once per node (the clients of a few reflectors are all twins). Nodes whose
   * session groups (lib/bgp-sessions.ts groupOf) have the same peer groups have those peers (the
   * sessions between groups go both ways): the members of one group, and the clients of reflectors
   * that each peer through a BGPPeer of their own (one group each).
   */
  const twinOf = new Map<BgpNode, BgpNode>();
  {
    const first = new Map<string, BgpNode>();
    for (const n of s.nodes) {
      const key = `${s.peerGroups(s.groupOf(n)).join(',')}|${effectiveAS(n, topo)}|${n.clusterID ?? ''}|${s.standIns.has(n)}`;
      const twin = first.get(key);
      if (twin) twinOf.set(n, twin);
      else first.set(key, n);
    }
  }

  /**
   * The nodes that never learn `a`'s routes, in node order, once per node: usually few, so a
   * node's pairs of peers are looked at through them rather than pair by pair (a BGPPeer from
   * all() to all() gives every node every other node as a peer). For a twin, those of the first of
   * its twins with the two swapped.
   */
  const computed = new Map<BgpNode, { list: BgpNode[]; set: Set<BgpNode> }>();
  const notLearningOf = new Map<BgpNode, NotLearning>();
  const notLearning = (a: BgpNode): NotLearning => {
    let got = notLearningOf.get(a);
    if (!got) {
      const twin = twinOf.get(a);
      if (twin === undefined) {
        const learnt = s.learners(a);
        const list = s.nodes.filter((n) => n !== a && !learnt.has(n));
        computed.set(a, { list, set: new Set(list) });
        got = { size: list.length, [Symbol.iterator]: () => list[Symbol.iterator]() };
      } else {
        notLearning(twin);
        got = swapped(computed.get(twin)!, a, twin);
      }
      notLearningOf.set(a, got);
    }
    return got;
  };
  /**
   * `base` (who never learns `twin`'s routes, in node order) seen from `a`: `a` itself replaced by
   * `twin`, still in node order, walked without making the list (a few hundred twins of a few
   * thousand nodes each would make a list of millions).
   */
  const swapped = (base: { list: BgpNode[]; set: Set<BgpNode> }, a: BgpNode, twin: BgpNode): NotLearning => ({
    size: base.list.length,
    *[Symbol.iterator]() {
      let pending = base.set.has(a);
      const at = order.get(twin)!;
      for (const n of base.list) {
        if (n === a) continue;
        if (pending && order.get(n)! > at) {
          pending = false;
          yield twin;
        }
        yield n;
      }
      if (pending) yield twin;
    },
  });

  /**
   * Two of `x`'s unreflected peers, the first one from `from`, of which the second never learns the
   * first one's routes; pairs of nodes in the input first, then (`standIns`) with the stand-ins.
   */
  const stranded = (x: BgpNode, from: readonly BgpNode[], standIns: boolean): [BgpNode, BgpNode] | null => {
    for (const a of from) {
      if (s.standIns.has(a)) continue;
      for (const b of notLearning(a)) if (unreflectedPeer(x, b) && !s.standIns.has(b)) return [a, b];
    }
    if (standIns) for (const a of from) for (const b of notLearning(a)) if (unreflectedPeer(x, b)) return [a, b];
    return null;
  };

  /**
   * What a missing cluster ID on `x` costs, or null when that is not worth saying. `labelled`: the
   * input calls x a reflector outright, so a warning is due even without a loss to show. Otherwise
   * the loss must be shown between nodes of the input, with every session known.
   */
  const outcome = (x: BgpNode, from: readonly BgpNode[], labelled: boolean): Outcome | null => {
    const hub = unreflectedCount(x) >= 2;
    if (topo.meshEnabled) return labelled ? { severity: 'warning', pair: null, hub } : null;
    const known = stranded(x, from, false);
    if (known && s.open === null) return { severity: 'error', pair: known, hub };
    if (!labelled) return null;
    return { severity: 'warning', pair: known ?? stranded(x, from, true), hub };
  };

  const effect = (o: Outcome, it: string, its: string): string => {
    if (topo.meshEnabled) return ' (the node-to-node mesh carries the routes while it is on)';
    if (o.pair) {
      const [a, b] = o.pair;
      const pair = s.standIns.has(a) && s.standIns.has(b) ? nameOf(a) : s.standIns.has(a) ? `${b.name} and ${nameOf(a)}` : `${a.name} and ${nameOf(b)}`;
      return s.open === null
        ? `: ${pair} peer with ${it} and, with the node-to-node mesh off, do not learn each other's routes`
        : `: ${pair} peer with ${it} and, with the node-to-node mesh off, learn each other's routes only if ${s.open} carries them`;
    }
    return o.hub ? ` (${its} peers learn each other's routes over other sessions)` : '';
  };

  // A node whose own resource carries the reflector label: reported on that label.
  const onLabel = new Set<BgpNode>();
  for (const x of topo.nodes) {
    if (x.clusterID !== null) continue;
    for (const r of x.resources) {
      const key = labelIn(x, r);
      if (key === null) continue;
      onLabel.add(x);
      const o = outcome(x, unreflectedGaps(x), true)!;
      report(r, { path: ['metadata', 'labels', key], messageId: 'labelled', severity: o.severity, data: { node: x.name, label: `${key}=${x.labels[key]}`, effect: effect(o, 'it', 'its') } });
    }
  }

  /**
   * The unreflected peers of a group's members among `others` (a side's nodes), in node order, once
   * per group and node list (each member's are these less itself; BGPPeers that share a selector
   * share its list), and of those the ones some node never learns the routes of: the only ones
   * `stranded` can name (a BGPPeer from all() to all() has none).
   */
  const vias = new Map<readonly BgpNode[], Map<number, { set: Set<BgpNode>; gaps: BgpNode[] }>>();
  const viaFor = (others: readonly BgpNode[], x: BgpNode) => {
    let byGroup = vias.get(others);
    if (!byGroup) vias.set(others, (byGroup = new Map()));
    const g = s.groupOf(x);
    let via = byGroup.get(g);
    if (!via) {
      const list = others.filter((c) => unreflectedOf(x).set.has(c)).sort(byOrder);
      byGroup.set(g, (via = { set: new Set(list), gaps: withGaps(list) }));
    }
    return via;
  };

  // Otherwise on the BGPPeer field that picks it as the partner of the nodes it fails. The nodes of a
  // side that may be reported at all, once per node list (BGPPeers that share a selector share its
  // list: one BGPPeer per node to the same reflectors meets the reflectors once, not once each).
  const reportable = new Map<readonly BgpNode[], BgpNode[]>();
  const reportableOf = (nodes: readonly BgpNode[]) => {
    let got = reportable.get(nodes);
    if (!got) reportable.set(nodes, (got = nodes.filter((x) => x.clusterID === null && !s.standIns.has(x) && !onLabel.has(x))));
    return got;
  };
  for (const [peer, { local, remote }] of s.sides) {
    const done = new Set<BgpNode>();
    for (const [side, other] of [[remote, local], [local, remote]] as const) {
      const hits: Hit[] = [];
      const viaOf = (x: BgpNode) => viaFor(other.nodes, x);
      for (const x of reportableOf(side.nodes)) {
        if (done.has(x)) continue;
        const key = reflectorLabel(x.labels);
        const everyNode = other.nodes.length === s.nodes.length && side.nodes.length < s.nodes.length;
        // Why x is taken for a reflector: its label, every node peering with it, or reflectors elsewhere in the input.
        const evidence =
          key !== null ? () => ` although labelled ${key}=${x.labels[key]}` : everyNode ? (it: string) => ` although every node peers with ${it}` : reflector !== null ? () => ` although ${reflector.name} has one` : null;
        if (evidence === null) continue;
        const via = viaOf(x);
        if (via.set.size - (via.set.has(x) ? 1 : 0) === 0) continue;
        const o = outcome(x, via.gaps.filter((a) => a !== x), key !== null);
        if (o) hits.push({ x, o, evidence });
      }
      if (hits.length === 0) continue;
      for (const h of hits) done.add(h.x);
      report(peer, descriptor(side, hits));
    }
  }

  function descriptor(side: PeerSide, hits: Hit[]): ReportDescriptor {
    const one = hits.length === 1;
    const names = hits.map((h) => h.x.name);
    const first = hits.find((h) => h.o.pair) ?? hits[0];
    return {
      path: side.path,
      messageId: 'selected',
      severity: hits.some((h) => h.o.severity === 'error') ? 'error' : 'warning',
      data: {
        what: whatOf(side),
        nodes: firstOf(names, 5),
        verb: one ? 'has' : 'have',
        evidence: hits[0].evidence(one ? 'it' : 'them'),
        effect: effect(first.o, one ? 'it' : 'them', one ? 'its' : 'their'),
      },
    };
  }
});
