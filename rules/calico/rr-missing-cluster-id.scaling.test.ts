/**
 * calico/rr-missing-cluster-id works out who learns a node's routes once per set of twins (nodes
 * with the same peers, cluster ID and AS), so its work does not grow with the square of the nodes
 * when many clients peer with a few reflectors. Counted, not timed: the number of route
 * propagations (bgp-sessions.ts `learners`) the rule asks for.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/rule.js';
import rule from './rr-missing-cluster-id.js';
import { bgpSessions } from './lib/bgp-sessions.js';
import { MESH_OFF, RR_PEER, k8sNode } from './lib/test-manifests.js';

/** `clients` workers peering with four nodes labelled as reflectors, two of them with a cluster ID. */
function inventory(clients: number): string {
  const docs = [MESH_OFF, RR_PEER];
  for (let i = 0; i < 4; i++) docs.push(k8sNode(`rr-${i}`, { 'route-reflector': 'true' }, i < 2 ? { 'projectcalico.org/RouteReflectorClusterID': '244.0.0.1' } : {}));
  for (let i = 0; i < clients; i++) docs.push(k8sNode(`worker-${i}`, { rack: `r${i % 8}` }));
  return docs.join('---\n');
}

/**
 * `clients` workers each peering with the labelled reflectors through a BGPPeer of its own (`node`),
 * none of the reflectors with a cluster ID: every worker is a session group of its own.
 */
function perNodePeers(clients: number): string {
  const docs = [MESH_OFF];
  for (let i = 0; i < 3; i++) docs.push(k8sNode(`rr-${i}`, { 'route-reflector': 'true' }));
  for (let i = 0; i < clients; i++) {
    docs.push(k8sNode(`worker-${i}`, { rack: `r${i % 8}` }));
    docs.push(`apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: worker-${i}-to-reflectors}\nspec: {node: worker-${i}, peerSelector: has(route-reflector)}\n`);
  }
  return docs.join('---\n');
}

/** The rule's findings on `content` and how many nodes' routes it followed. */
function run(content: string): { findings: string[]; propagations: number } {
  let propagations = 0;
  let wrapped = false;
  const counting: Rule = {
    meta: rule.meta,
    check(resource, ctx) {
      if (!wrapped) {
        wrapped = true;
        const sessions = bgpSessions(ctx.model);
        const learners = sessions.learners;
        sessions.learners = (origin) => {
          propagations++;
          return learners(origin);
        };
      }
      rule.check(resource, ctx);
    },
  };
  const out = lint({ files: [{ path: 'nodes.yaml', content }], rules: [counting], enable: [rule.meta.id] });
  return { findings: out.findings.map((f) => `${f.line}:${f.message}`), propagations };
}

/** `count` nodes peering with each other through one BGPPeer from all() to all(), and one reflector elsewhere. */
function fullMesh(count: number): string {
  const docs = [MESH_OFF, 'apiVersion: projectcalico.org/v3\nkind: BGPPeer\nmetadata: {name: everyone}\nspec: {nodeSelector: all(), peerSelector: all()}\n'];
  for (let i = 0; i < count; i++) docs.push(k8sNode(`node-${i}`, { rack: `r${i % 8}` }, i === 3 ? { 'projectcalico.org/RouteReflectorClusterID': '244.0.0.1' } : {}));
  return docs.join('---\n');
}

describe('calico/rr-missing-cluster-id at scale', () => {
  it('keeps the sessions of a BGPPeer from all() to all() between groups, not between every pair', () => {
    let seen: { groups: Set<number>; sizes: Set<number>; selfPeer: boolean } | null = null;
    const probe: Rule = {
      meta: rule.meta,
      check(resource, ctx) {
        if (seen) return;
        const s = bgpSessions(ctx.model);
        const plain = s.nodes.filter((n) => n.clusterID === null);
        seen = { groups: new Set(plain.map((n) => s.groupOf(n))), sizes: new Set(s.nodes.map((n) => s.peersOf(n).size)), selfPeer: s.nodes.some((n) => s.peersOf(n).has(n)) };
      },
    };
    lint({ files: [{ path: 'mesh.yaml', content: fullMesh(400) }], rules: [probe], enable: [rule.meta.id] });
    // Every node peers with the 399 others; the 399 without a cluster ID are one group.
    expect(seen!.groups.size).toBe(1);
    expect([...seen!.sizes]).toEqual([399]);
    expect(seen!.selfPeer).toBe(false);
  });

  it('follows routes once per set of twins through a BGPPeer from all() to all(), however many nodes', () => {
    const small = run(fullMesh(50)).propagations;
    expect(small).toBeGreaterThan(0);
    expect(run(fullMesh(400)).propagations).toBe(small);
  });

  /** The same findings (`reported` of them) and the same number of propagations with 50 clients and with 400. */
  const expectLinear = (make: (clients: number) => string, reported: number) => {
    const small = run(make(50));
    const large = run(make(400));
    expect(small.findings).toHaveLength(reported);
    expect(large.findings).toHaveLength(reported);
    expect(small.propagations).toBeGreaterThan(0);
    expect(large.propagations).toBe(small.propagations);
  };

  it('follows routes once per set of twins, however many clients peer with the reflectors', () => {
    // The two labelled reflectors without a cluster ID are reported either way.
    expectLinear(inventory, 2);
  });

  it('follows routes once per set of twins when each client peers through a BGPPeer of its own', () => {
    // Clients in groups of one each, with the same peers: twins across groups. The three labelled
    // reflectors without a cluster ID are reported either way.
    expectLinear(perNodePeers, 3);
  });
});
