/**
 * Tests of np-guard/netpol-analyzer (commit e54a33430edb4a86f077544a5d15afb050e8a3c3), restated as
 * reachability truth: each case's namespaces, workloads and policies, and the golden connlist of
 * `tests/<test>` (`test_outputs/connlist/<test>_connlist_output.txt`) as the allowed connections of
 * every ordered pair of workloads. The class matrix must give that answer on every port a
 * destination declares and on probe ports it does not declare, for TCP, UDP and SCTP; explainCell
 * must agree with the matrix. See test/fixtures/reach/netpol-analyzer/README.md.
 */
import { describe, expect, it } from 'vitest';
import { type Case, connects, loadCases, pairKey, parsePort, probePorts, PROTOCOLS, resources, workloadId } from '../../../test/fixtures/reach/netpol-analyzer/model.js';
import { buildCluster } from './cluster.js';
import { type Cell, cells, computeMatrix, explainCell } from './matrix.js';
import type { Cluster } from './model.js';

/** The restated tests per group, and the totals they hold. */
const RESTATED = {
  groups: {
    'AdminNetworkPolicy / BaselineAdminNetworkPolicy: anp_test_*': 24,
    'AdminNetworkPolicy with BaselineAdminNetworkPolicy or NetworkPolicy': 12,
    'BaselineAdminNetworkPolicy: banp_test_core_*': 14,
    'ipBlocks over an API dump with pod IPs': 4,
    'API dumps: named ports, endPort, several namespaces': 12,
  },
  tests: 66,
  pairs: 4248,
  connectedPairs: 3970,
  /** Checks on declared ports, on probe ports the destination does not declare, and how many of all those the golden allows. */
  checks: { declared: 2036, probes: 52681, allowed: 47558 },
};

/** Problems netlint reports on these inputs by design: v1alpha1 admin policies are evaluated as Calico v3.31 enforced them. */
const EXPECTED_PROBLEM = /^(AdminNetworkPolicy|BaselineAdminNetworkPolicy) [^:]+: Calico v3\.32 and later do not enforce /;

const verdict = (allowed: boolean) => (allowed ? 'allowed' : 'denied');

/** The cluster with every probe port added, undeclared, to each workload that does not declare it (as `reach --port` does for one port). */
function withProbePorts(cluster: Cluster, ports: number[]): Cluster {
  const endpoints = cluster.endpoints.map((ep) => ({
    ...ep,
    ports: [...ep.ports, ...PROTOCOLS.flatMap((protocol) => ports.filter((port) => !ep.ports.some((p) => p.port === port && p.protocol === protocol)).map((port) => ({ port, protocol, undeclared: true as const })))],
  }));
  return { ...cluster, endpoints };
}

const cases = loadCases();

describe('np-guard/netpol-analyzer connlist goldens', () => {
  it('restates the chosen tests, none twice, with their pairs', () => {
    expect(cases.length).toBe(RESTATED.tests);
    expect(new Set(cases.map((c) => c.test)).size).toBe(RESTATED.tests);
    const perGroup: Record<string, number> = {};
    for (const c of cases) perGroup[c.group] = (perGroup[c.group] ?? 0) + 1;
    expect(perGroup).toEqual(RESTATED.groups);
    for (const c of cases) expect(c.pairs, c.test).toBe(c.workloads.length * (c.workloads.length - 1));
    expect(cases.reduce((n, c) => n + c.pairs, 0)).toBe(RESTATED.pairs);
    expect(cases.reduce((n, c) => n + c.allowed.size, 0)).toBe(RESTATED.connectedPairs);
  });

  for (const c of cases) {
    it(`${c.test}: ${c.pairs} pairs`, () => expect(checkCase(c).mismatches).toEqual([]));
  }

  // Every case again, counting: no case can check fewer cells unnoticed (whatever order or filter the tests run in).
  it('checks the expected number of cells', () => {
    const checked = { declared: 0, probes: 0, allowed: 0 };
    for (const c of cases) {
      const counts = checkCase(c).checked;
      checked.declared += counts.declared;
      checked.probes += counts.probes;
      checked.allowed += counts.allowed;
    }
    expect(checked).toEqual(RESTATED.checks);
  });
});

/** netlint's verdict on every asked cell of a case against the golden: the cells that differ, and how many were checked. */
function checkCase(c: Case): { mismatches: string[]; checked: { declared: number; probes: number; allowed: number } } {
  const checked = { declared: 0, probes: 0, allowed: 0 };
  const base = buildCluster(resources(c), []);
  expect(base.problems.map((p) => p.message).filter((m) => !EXPECTED_PROBLEM.test(m))).toEqual([]);
  expect(base.endpoints.map((e) => e.id).sort()).toEqual(c.workloads.map(workloadId).sort());
  const probes = probePorts(c);
  const matrix = computeMatrix(withProbePorts(base, probes));
  const byKey = new Map<string, Cell>();
  for (const cell of cells(matrix)) if (cell.src.type === 'workload') byKey.set(`${pairKey(cell.src.id, cell.dst.id)} ${cell.cell.port}/${cell.cell.protocol}`, cell);

  const mismatches: string[] = [];
  for (const src of c.workloads.map(workloadId)) {
    for (const dst of c.workloads) {
      const dstId = workloadId(dst);
      if (dstId === src) continue;
      const golden = c.allowed.get(pairKey(src, dstId));
      const declared = dst.ports.map(parsePort);
      const asked = [
        ...declared.map((p) => ({ ...p, undeclared: false })),
        ...PROTOCOLS.flatMap((protocol) => probes.filter((port) => !declared.some((d) => d.port === port && d.protocol === protocol)).map((port) => ({ port, protocol, undeclared: true }))),
      ];
      for (const { port, protocol, undeclared } of asked) {
        const key = `${pairKey(src, dstId)} ${port}/${protocol}`;
        const cell = byKey.get(key);
        if (cell === undefined) {
          mismatches.push(`${key}: no matrix cell`);
          continue;
        }
        if (undeclared) checked.probes++;
        else checked.declared++;
        const want = connects(golden, port, protocol);
        if (want) checked.allowed++;
        if (cell.allowed !== want) mismatches.push(`${key}${undeclared ? ' (undeclared)' : ''}: golden ${JSON.stringify(golden ?? 'No Connections')} says ${verdict(want)}, netlint ${verdict(cell.allowed)}`);
        // The scalar evaluator (behind explanations) must agree with the class matrix.
        if (explainCell(matrix, cell.src, cell.dst, cell.cell).allowed !== cell.allowed) mismatches.push(`${key}: explainCell differs from the matrix`);
      }
    }
  }
  return { mismatches, checked };
}
