/**
 * The packet-evaluation unit tests of kubernetes-sigs/kube-network-policies (tag v1.1.1), an
 * independent NetworkPolicy / AdminNetworkPolicy / BaselineAdminNetworkPolicy /
 * ClusterNetworkPolicy implementation, restated as reachability truth: each upstream packet (or
 * policy-field check, wrapped in a minimal policy) is a probe whose answer must come out of the
 * class matrix, with explainCell agreeing. A probe marked `disagreement` holds netlint's current,
 * opposite answer. See test/fixtures/reach/kube-network-policies/README.md.
 */
import { describe, expect, it } from 'vitest';
import { caseResources, FILES, isAddress, loadFile, parsePort, type FileName } from '../../../test/fixtures/reach/kube-network-policies/model.js';
import { containsIp, knownCidrs, parseIp } from '../cidr.js';
import { buildCluster } from './cluster.js';
import { externalAtoms } from './externals.js';
import { type Cell, cells, computeMatrix, explainCell } from './matrix.js';
import type { Atom } from './model.js';

/** Per fixture: upstream subtests restated, probes, and the disagreements among them. */
const RESTATED: Record<FileName, { cases: number; probes: number; disagreements: number }> = {
  networkpolicy_test: { cases: 45, probes: 45, disagreements: 1 },
  engine_test: { cases: 6, probes: 6, disagreements: 0 },
  adminnetworkpolicy_test: { cases: 32, probes: 32, disagreements: 2 },
  baselineadminnetworkpolicy_test: { cases: 6, probes: 6, disagreements: 0 },
  clusternetworkpolicy_test: { cases: 29, probes: 29, disagreements: 0 },
};

/** netlint's notice on every v1alpha1 object: evaluated as Calico v3.31 enforced it. */
const V1ALPHA1_NOTICE = /^(AdminNetworkPolicy|BaselineAdminNetworkPolicy) [^:]+: Calico v3\.32 and later do not enforce /;

const verdict = (allowed: boolean) => (allowed ? 'allowed' : 'denied');

for (const name of FILES) {
  const file = loadFile(name);

  describe(`kube-network-policies ${file.upstream}`, () => {
    it('restates the expected number of upstream subtests', () => {
      const r = RESTATED[name];
      expect(file.cases.length).toBe(r.cases);
      expect(new Set(file.cases.map((c) => c.at)).size).toBe(r.cases);
      expect(file.cases.flatMap((c) => c.probes).length).toBe(r.probes);
      expect(file.cases.flatMap((c) => c.probes).filter((p) => p[4] !== undefined).length).toBe(r.disagreements);
      for (const c of file.cases) expect(c.at.startsWith(`${file.upstream}:`), c.at).toBe(true);
    });

    for (const c of file.cases) {
      it(`${c.at.slice(c.at.lastIndexOf(':') + 1)} ${c.name}: ${c.about}`, () => {
        const world = file.worlds[c.world];
        expect(world, `world ${c.world}`).toBeDefined();
        const cluster = buildCluster(caseResources(world, c), world.podCIDR === undefined ? [] : [world.podCIDR]);

        const problems = cluster.problems.map((p) => p.message).filter((m) => !V1ALPHA1_NOTICE.test(m));
        const listed = c.problems ?? [];
        expect(problems.filter((m) => !listed.some((s) => m.includes(s))), 'unexpected model problems').toEqual([]);
        for (const s of listed) expect(problems.some((m) => m.includes(s)), `problem "${s}"`).toBe(true);

        // Addresses a probe names get an external range of their own (a /32 cut of the partition).
        const addresses = [...new Set(c.probes.flatMap(([from, to]) => [from, to].filter(isAddress)))];
        const blocks = cluster.atoms.filter((a): a is Extract<Atom, { k: 'block' }> => a.k === 'block');
        const externals = externalAtoms(blocks, cluster.networkSets, knownCidrs(addresses.map((a) => `${a}/32`)));
        const matrix = computeMatrix(cluster, { externals });

        const byKey = new Map<string, Cell>();
        for (const cell of cells(matrix)) byKey.set(`${cell.src.id}->${cell.dst.id} ${cell.cell.port}/${cell.cell.protocol}`, cell);
        const partyId = (party: string): string => {
          if (!isAddress(party)) return party;
          const ip = parseIp(party);
          const x = ip === null ? undefined : externals.find((e) => containsIp(e.cidr, ip) && !e.holes.some((h) => containsIp(h, ip)));
          if (x === undefined) throw new Error(`no external range holds ${party}`);
          return x.id;
        };

        const want: string[] = [];
        const got: string[] = [];
        for (const [from, to, portProto, allowed, mark] of c.probes) {
          if (isAddress(to)) throw new Error(`${c.at}: probes toward addresses outside the pods are not restated`);
          const { port, protocol } = parsePort(portProto);
          const key = `${partyId(from)}->${to} ${port}/${protocol}`;
          const cell = byKey.get(key);
          expect(cell, `no matrix cell ${key}`).toBeDefined();
          // The scalar evaluator (behind explanations) must agree with the class matrix.
          expect(explainCell(matrix, cell!.src, cell!.dst, cell!.cell).allowed, `explainCell ${key}`).toBe(cell!.allowed);
          const label = `${from} -> ${to} ${portProto}`;
          // Upstream's answer; where netlint is known to disagree, netlint's current answer is the opposite one.
          want.push(`${label} ${verdict(mark === undefined ? allowed : !allowed)}`);
          got.push(`${label} ${verdict(cell!.allowed)}`);
        }
        expect(got).toEqual(want);
      });
    }
  });
}
