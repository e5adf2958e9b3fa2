import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { DEFAULT_RUN_OPTIONS } from './harness.js';
import { buildPlan } from './plan.js';
import { PROBE_SCRIPT } from './probe.js';
import type { EvidenceCheck } from './evidence.js';
import { PROCEDURES } from './procedures/index.js';
import { guideCommands, runGuideStep, type GuideEnv } from './procedures/steps.js';
import { PROFILES } from './profiles/index.js';
import type { Procedure } from './procedures/types.js';
import { clusterName } from './harness.js';
import { formatArgv } from './runner.js';
import { RUN_ID, simulate } from './testing/sim-cluster.js';
import { withGuide, type GuideFault } from './testing/sim-guide.js';

/** A procedure on its own simulated cluster: the base profile's simulator, named after the procedure. */
function guideSim(procedure: Procedure, faults: GuideFault[] = []) {
  const sim = simulate(procedure.profile, { clusterName: clusterName(`calico-${procedure.name}`, RUN_ID) });
  withGuide(sim, procedure, faults);
  return sim;
}
async function run(procedure: Procedure, faults: GuideFault[] = []) {
  const sim = guideSim(procedure, faults);
  const code = await e2eMain(['--procedure', procedure.name, '--work-dir', '/tmp/nl', '--format', 'json'], sim.deps, { catalogue: sim.options.catalogue });
  return { sim, code, report: JSON.parse(sim.deps.out.join('')).profiles[0] };
}

/** The wrong evidence each procedure must catch. */
const WRONG: Record<string, { fault: GuideFault; reason: RegExp }> = {
  'ipip-to-bgp': { fault: 'routes-stuck', reason: /^evidence contradicts ipip-to-bgp: ipip-to-bgp: route on .* expected via 172\.18\.0\.\d dev eth0, observed via 172\.18\.0\.\d dev tunl0/ },
  'ipip-to-crosssubnet': { fault: 'routes-stuck', reason: /^evidence contradicts ipip-to-crosssubnet: ipip-to-crosssubnet: route on .* expected via 172\.18\.0\.\d dev eth0, observed via 172\.18\.0\.\d dev tunl0/ },
  'rack-pools': { fault: 'pool-selector-ignored', reason: /^evidence contradicts rack-pools: rack-pools: pod-ip on rack-pod-2: expected in 10\.48\.1\.0\/24 \(rack-1-ippool\), observed 10\.48\.0\./ },
  'fixed-ips': { fault: 'ipaddrs-ignored', reason: /^evidence contradicts fixed-ips: fixed-ips: pod-ip on fixed-ip: expected 192\.168\.250\.10, observed 192\.168\.1\./ },
  'nat-outgoing': { fault: 'nat-stays', reason: /^evidence contradicts nat-outgoing: nat-outgoing: source-address-after on probe-w1-a → nl-nat-outgoing-abc123-ext \(172\.18\.0\.100\): expected 192\.168\.1\.\d+ \(the pod address\), observed 172\.18\.0\.3/ },
};

describe.each(PROCEDURES.map((p) => [p.name, p] as const))('the guide procedure %s', (_name, procedure) => {
  it('--dry-run: the base profile, then the procedure as ordered steps', async () => {
    const sim = guideSim(procedure);
    expect(await e2eMain(['--procedure', procedure.name, '--dry-run', '--format', 'json'], sim.deps)).toBe(0);
    const plan = JSON.parse(sim.deps.out.join('')).plans[0];
    expect(plan.procedure).toBe(procedure.name);
    const ids = plan.steps.map((s: { id: string }) => s.id);
    expect(ids.slice(0, 6)).toEqual(['preflight', 'create-cluster', 'install-calico', 'wait-calico', 'probe-pods', 'node-evidence']);
    expect(ids.filter((id: string) => id.startsWith(`${procedure.name}-`))).toEqual(procedure.steps.map((_s, i) => `${procedure.name}-${i + 1}`));
    expect(ids.at(-1)).toBe('cleanup');
    expect(sim.fake.calls).toHaveLength(0);
  });

  it('end to end on the simulator: passes, with node evidence and connectivity after the change, every command in the plan', async () => {
    const { sim, code, report } = await run(procedure);
    expect(sim.fake.unexpected).toEqual([]);
    expect(report.reason).toBeUndefined();
    expect(code).toBe(0);
    const mine = report.evidence.filter((c: { id: string }) => c.id.startsWith(`${procedure.name}: `));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect(report.matrices.some((m: { id: string }) => m.id === `${procedure.name}-after`)).toBe(true);
    const plan = buildPlan(procedure.profile, { ...DEFAULT_RUN_OPTIONS, workDir: '/tmp/nl', catalogue: sim.options.catalogue }, procedure);
    const planned = plan.steps.flatMap((s) => s.commands.map((c) => c.argv));
    const cut = (a: string[]) => (a.includes(PROBE_SCRIPT) ? a.slice(0, a.indexOf(PROBE_SCRIPT) + 1) : a);
    const fits = (p: string[], a: string[]) => cut(p).length === cut(a).length && cut(p).every((t, i) => t === cut(a)[i] || /<[^>]+>/.test(t));
    const missing = sim.fake.calls.map((c) => [c.file, ...c.args]).filter((a) => !(a.includes(PROBE_SCRIPT) && !/probe-/.test(a.join(' '))) && !planned.some((p) => fits(p.map((t) => t.replace(/nl-[a-z-]+-<run-id>/, sim.cluster)), a)));
    expect(missing.map((a) => formatArgv(a))).toEqual([]);
  });

  it('wrong evidence is reported as a failure naming the procedure', async () => {
    const { code, report } = await run(procedure, [WRONG[procedure.name].fault]);
    expect(report.reason).toMatch(WRONG[procedure.name].reason);
    expect(code).toBe(1);
  });
});

it('SIGTERM while the natOutgoing target runs: exit 2, a report, the outside container removed with the cluster', async () => {
  const nat = PROCEDURES.find((p) => p.name === 'nat-outgoing')!;
  const probe = guideSim(nat);
  await e2eMain(['--procedure', nat.name, '--work-dir', '/tmp/nl'], probe.deps, { catalogue: probe.options.catalogue });
  const at = probe.fake.calls.findIndex((c) => c.args[0] === 'inspect');
  expect(at).toBeGreaterThan(0);
  const sim = guideSim(nat);
  sim.interruptAt(at);
  const code = await e2eMain(['--procedure', nat.name, '--work-dir', '/tmp/nl', '--format', 'json'], sim.deps, { catalogue: sim.options.catalogue });
  expect(code).toBe(2);
  const report = JSON.parse(sim.deps.out.join(''));
  expect(report.interrupted).toEqual({ signal: 'SIGTERM', during: 'nat-outgoing-1' });
  expect(report.profiles[0].leaked).toBeUndefined();
  const lines = sim.fake.calls.map((c) => formatArgv([c.file, ...c.args]));
  expect(lines).toContain(`docker rm -f ${sim.cluster}-ext`);
  expect(sim.containers.size).toBe(0);
});

it('source-address: a node whose address is unknown fails the check instead of expecting no answer and getting none', async () => {
  const recorded: EvidenceCheck[] = [];
  const untouchable = () => {
    throw new Error('nothing may run without the node address');
  };
  const cluster = 'nl-nat-outgoing-abc123';
  const ext = guideCommands.external(cluster);
  const env = {
    cluster,
    profile: PROFILES['calico-ipip'],
    pods: [
      { name: ext, node: '-', ip: '172.18.0.100' },
      { name: 'probe-w1-a', node: `${cluster}-worker`, ip: '192.168.1.5' },
    ],
    nodeIp: async () => null,
    record: (checks: EvidenceCheck[]) => recorded.push(...checks),
    run: untouchable,
    must: untouchable,
    waitFor: untouchable,
  } as unknown as GuideEnv;
  await runGuideStep(env, { do: 'source-address', id: 'before', title: 'natOutgoing true', from: 'probe-w1-a', seen: 'node' });
  expect(recorded).toEqual([{ id: 'source-address-before', scope: `probe-w1-a → ${ext} (172.18.0.100)`, ok: false, expected: 'the node address', observed: `the address of node ${cluster}-worker is unknown (no projectcalico.org/IPv4Address annotation)` }]);
});
