import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { node as nodeCmd } from './commands.js';
import type { ControlOf } from './controls/types.js';
import { DEFAULT_POOL } from './procedures/types.js';
import type { Profile, ProfileName } from './profiles/types.js';
import { formatArgv, ok, type CommandSpec } from './runner.js';
import { simulate, type Sim } from './testing/sim-cluster.js';

/** The negative controls (controls/) driven through the runner seam on a simulated cluster. */
interface Cell {
  row: string;
  col: string;
  expect: 'reach' | 'block';
  outcome: string;
  pass: boolean;
}
interface Check {
  id: string;
  ok: boolean;
  observed: string;
}

async function run(sim: Sim, controls?: Partial<Record<ProfileName, ControlOf>>) {
  const code = await e2eMain(['--profile', sim.profile.name, '--work-dir', '/tmp/nl', '--format', 'json'], sim.deps, { catalogue: sim.options.catalogue, ...(controls ? { controls } : {}) });
  const p = JSON.parse(sim.deps.out.join('')).profiles[0];
  const matrix = (id: string): Cell[] | undefined => p.matrices.find((m: { id: string }) => m.id === id)?.cells;
  const evidence = (id: string): Check | undefined => p.evidence.find((c: Check) => c.id === id);
  return { code, p, matrix, evidence };
}
const lines = (sim: Sim) => sim.fake.calls.map((c) => formatArgv([c.file, ...c.args]));
const at = (sim: Sim, spec: CommandSpec) => lines(sim).indexOf(formatArgv([spec.file, ...spec.args]));

describe('a restore that does not bring the cluster back fails the profile', () => {
  it('calico-crosssubnet: ipipMode patched back but the cross-subnet pairs stay blocked', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.fake.add({ argv: ['kubectl', ...sim.k.patchMerge(DEFAULT_POOL, { spec: { ipipMode: 'CrossSubnet' } }).args], result: ok() });
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(1);
    expect(p.reason).toMatch(/^negative control not restored after IPPool ipipMode: CrossSubnet: still not reaching: probe-cp-a → probe-w2-a \(0\/3 received\)/);
    expect(evidence('negative-control')).toMatchObject({ ok: true });
  });
});

it('a profile that has already failed skips its control and leaves the cluster unbroken', async () => {
  const sim = simulate('calico-crosssubnet');
  // The nodes route every remote block via tunl0, also inside a subnet: not the crossSubnet mode.
  for (const n of sim.nodes) sim.fake.add({ argv: ['docker', ...nodeCmd.routes(n.name).args], result: ok(JSON.stringify(sim.nodes.filter((r) => r !== n).map((r) => ({ dst: r.block, gateway: r.ip, dev: 'tunl0', flags: ['onlink'] })))), times: Infinity });
  const { code, p, matrix } = await run(sim);
  expect(code).toBe(1);
  expect(p.reason).toMatch(/^evidence contradicts crosssubnet: route/);
  expect(p.steps.find((s: { id: string }) => s.id === 'negative-control')).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/^not run: the profile had already not passed: evidence contradicts crosssubnet/) });
  expect(matrix('negative-control')).toBeUndefined();
  expect(at(sim, sim.k.patchMerge(DEFAULT_POOL, { spec: { ipipMode: 'Never' } }))).toBe(-1);
});
