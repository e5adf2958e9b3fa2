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

/** The rule's findings and how many nodes' routes it followed. */
function run(clients: number): { findings: string[]; propagations: number } {
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
  const out = lint({ files: [{ path: 'nodes.yaml', content: inventory(clients) }], rules: [counting], enable: [rule.meta.id] });
  return { findings: out.findings.map((f) => `${f.line}:${f.message}`), propagations };
}

describe('calico/rr-missing-cluster-id at scale', () => {
  it('follows routes once per set of twins, however many clients peer with the reflectors', () => {
    const small = run(50);
    const large = run(400);
    // The two labelled reflectors without a cluster ID are reported either way.
    expect(small.findings).toHaveLength(2);
    expect(large.findings).toHaveLength(2);
    expect(small.propagations).toBeGreaterThan(0);
    expect(large.propagations).toBe(small.propagations);
  });
});
