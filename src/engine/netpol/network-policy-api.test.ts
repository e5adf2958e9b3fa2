/**
 * The conformance suite of kubernetes-sigs/network-policy-api, restated as reachability truth:
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy (v1alpha1) from tag v0.1.8, ClusterNetworkPolicy
 * (v1alpha2) from tag v0.2.0. Each upstream probe (a client pod connecting to a server pod on one
 * port) must get the upstream answer from the class matrix, and explainCell must agree with it.
 * A probe marked `disagreement` holds netlint's current, opposite answer. See
 * test/fixtures/reach/network-policy-api/README.md.
 */
import { describe, expect, it } from 'vitest';
import { endpointId, loadCases, POD_CIDR, policiesPerStep, resources, TAGS, type Tag } from '../../../test/fixtures/reach/network-policy-api/model.js';
import { buildCluster } from './cluster.js';
import { type Cell, cells, computeMatrix, explainCell } from './matrix.js';

/** The upstream ConformanceTests each tag has, in the cases files' order; the node-peer tests are left out (README.md). */
const RESTATED: Record<Tag, { tests: number; steps: number; probes: number; leftOut: string[] }> = {
  'v0.1.8': { tests: 22, steps: 87, probes: 280, leftOut: ['AdminNetworkPolicyEgressNodePeers', 'BaselineAdminNetworkPolicyEgressNodePeers'] },
  'v0.2.0': { tests: 22, steps: 87, probes: 280, leftOut: ['CNPAdminTierEgressNodePeers', 'CNPBaselineTierEgressNodePeers'] },
};

/** Problems netlint reports on these worlds by design: v1alpha1 policies are evaluated as Calico v3.31 enforced them. */
const EXPECTED_PROBLEM = /^(AdminNetworkPolicy|BaselineAdminNetworkPolicy) [^:]+: Calico v3\.32 and later do not enforce /;

const verdict = (connects: boolean) => (connects ? 'connects' : 'is dropped');

for (const tag of TAGS) {
  const cases = loadCases(tag);

  describe(`network-policy-api ${tag} conformance`, () => {
    it('restates every upstream test but the node-peer ones', () => {
      const r = RESTATED[tag];
      expect(new Set(cases.map((c) => c.test)).size).toBe(r.tests);
      expect(cases.flatMap((c) => c.steps).length).toBe(r.steps);
      expect(cases.flatMap((c) => c.steps.flatMap((s) => s.probes)).length).toBe(r.probes);
      for (const name of r.leftOut) expect(cases.map((c) => c.test)).not.toContain(name);
      const kinds = new Set(cases.flatMap((c) => c.policies.map((p) => p.kind)));
      expect([...kinds].sort()).toEqual(tag === 'v0.1.8' ? ['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'NetworkPolicy'] : ['ClusterNetworkPolicy', 'NetworkPolicy']);
    });

    for (const c of cases) {
      describe(`${c.test} (${c.file})`, () => {
        const perStep = policiesPerStep(c);
        c.steps.forEach((step, i) => {
          it(`line ${step.line}: ${step.about}`, () => {
            const cluster = buildCluster(resources(perStep[i]), [POD_CIDR]);
            expect(cluster.problems.map((p) => p.message).filter((m) => !EXPECTED_PROBLEM.test(m))).toEqual([]);
            const matrix = computeMatrix(cluster);
            const byKey = new Map<string, Cell>();
            for (const cell of cells(matrix)) byKey.set(`${cell.src.id}->${cell.dst.id} ${cell.cell.port}/${cell.cell.protocol}`, cell);

            const want: string[] = [];
            const got: string[] = [];
            for (const [line, from, to, portProto, connects, mark] of step.probes) {
              const key = `${endpointId(from)}->${endpointId(to)} ${portProto}`;
              const cell = byKey.get(key);
              expect(cell, `no matrix cell ${key}`).toBeDefined();
              // The scalar evaluator (behind explanations) must agree with the class matrix.
              expect(explainCell(matrix, cell!.src, cell!.dst, cell!.cell).allowed, `explainCell ${key}`).toBe(cell!.allowed);
              const label = `line ${line}: ${from} -> ${to} ${portProto}`;
              // Upstream's answer; where netlint is known to disagree, netlint's current answer is the opposite one.
              want.push(`${label} ${verdict(mark === undefined ? connects : !connects)}`);
              got.push(`${label} ${verdict(cell!.allowed)}`);
            }
            expect(got).toEqual(want);
          });
        });
      });
    }
  });
}
