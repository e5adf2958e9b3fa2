import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { docker, kind } from './commands.js';
import { BUILTIN_SUITE } from './conformance/suite.js';
import { failed, formatArgv, ok } from './runner.js';
import { withConformance } from './testing/sim-conformance.js';
import { simulate, type Sim } from './testing/sim-cluster.js';

/**
 * The four defects a stand-in cluster found, each driven through the runner seam. Exit codes are
 * those of the process: a signal nobody handles kills it (128 + signal number, no report).
 */
async function cli(sim: Sim, extra: string[] = []) {
  const code = await e2eMain(['--profile', sim.profile.name, '--work-dir', '/tmp/nl', '--format', 'json', ...extra], sim.deps, { catalogue: sim.options.catalogue });
  if (sim.killedBy) return { code: sim.killedBy === 'SIGTERM' ? 143 : 130, report: null, stderr: sim.deps.err.join('') };
  const out = sim.deps.out.join('');
  return { code, report: out ? JSON.parse(out) : null, stderr: sim.deps.err.join('') };
}
const lines = (sim: Sim) => sim.fake.calls.map((c) => formatArgv([c.file, ...c.args]));
const scenario = (name: string) => BUILTIN_SUITE.find((s) => s.name === name)!;

describe('defect 1: no verdict without evidence that the probe ran', () => {
  it('busybox-deny with every probe exec failing is an infrastructure error naming the execs, not 6/6 as predicted', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, [scenario('busybox-deny')]);
    sim.execFault = () => failed(1, 'error: unable to upgrade connection: container not found ("serve-80")');
    const { code, report } = await cli(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(2);
    const p = report.profiles[0];
    expect(p.status).toBe('error');
    expect(p.reason).toMatch(/probes that never ran.*exec failed: error: unable to upgrade connection/);
    expect(p.conformance[0].cells.filter((c: { pass: boolean }) => c.pass)).toEqual([]);
  });

  it('REFUSED on a cell expected blocked is reported as REFUSED, never as a block', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    const real = sim.shadowExec!;
    sim.shadowExec = (spec) => {
      const res = real(spec);
      return res && { ...res, stdout: res.stdout.replace(/TIMEOUT/g, 'REFUSED') };
    };
    const { code, report } = await cli(sim, ['--suite', 'busybox-deny']);
    expect(cs.questions.length).toBeGreaterThan(0);
    expect(report.profiles[0].reason).toMatch(/expected blocked, observed blocked \(harness: REFUSED\)/);
    expect(code).toBe(1);
    const bad = report.profiles[0].conformance[0].cells.filter((c: { pass: boolean }) => !c.pass);
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.every((c: { outcome: string; mismatch: string }) => c.outcome === 'refused' && c.mismatch === 'harness')).toBe(true);
  });

  it('a matrix whose cells never connect at all is an error, even when every cell "matches"', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    cs.respond = () => false;
    const { code, report } = await cli(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(2);
    expect(report.profiles[0].reason).toMatch(/busybox-deny.*no successful connection/);
  });

  it('the ping matrix with every exec failing is an error, not a pass of the crossSubnet negative control', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.execFault = () => failed(1, 'error: Internal error occurred: error executing command in container');
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    expect(report.profiles[0].reason).toMatch(/probes that never ran/);
    expect(lines(sim)).toContain(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);
  });

  it('a ping with unparsable output never counts as blocked in the negative control', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.execFault = (spec) => (sim.ipipNever ? ok(spec.args.slice(spec.args.indexOf('probe') + 2).reduce((acc, _a, i, all) => (i % 3 === 0 ? `${acc}@@probe ${i / 3} 1\nping: sendto: Operation not permitted\n@@end ${i / 3}\n` : acc), '')) : null);
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    const nc = report.profiles[0].matrices.find((m: { id: string }) => m.id === 'negative-control');
    expect(nc.cells.every((c: { pass: boolean }) => !c.pass)).toBe(true);
  });
});

describe('defect 2: evidence independent of where system pods land', () => {
  it.each(['calico-bgp', 'calico-rr'] as const)('%s passes when CoreDNS and kube-controllers all run on one worker, and routes to the control plane are checked', async (name) => {
    const sim = simulate(name);
    sim.systemPodNodes = [1];
    const { code, report } = await cli(sim);
    expect(report.profiles[0].reason).toBeUndefined();
    expect(code).toBe(0);
    const cp = sim.nodes[0];
    const toCp = report.profiles[0].evidence.filter((c: { id: string; scope: string }) => c.id === 'route' && c.scope.includes(`(${cp.name})`));
    expect(toCp).toHaveLength(sim.nodes.length - 1);
  });

  it('a node that never gets a block although a probe pod runs on it fails, named', async () => {
    const sim = simulate('calico-bgp');
    const base = sim.blockNodes;
    sim.blockNodes = () => base().filter((i) => i !== 0);
    const { code, report } = await cli(sim, []);
    expect(code).toBe(1);
    expect(report.profiles[0].reason).toContain(`${sim.nodes[0].name}`);
    expect(report.profiles[0].evidence.find((c: { id: string; ok: boolean }) => c.id === 'block' && !c.ok).scope).toBe(sim.nodes[0].name);
  });
});

describe('defect 3: cleanup failures are failures', () => {
  it('a failed kind delete turns a passing run into an error naming the leaked cluster', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add({ argv: ['kind', ...kind.delete(sim.cluster, sim.kubeconfig).args], result: failed(1, 'ERROR: failed to delete cluster "x": error deleting nodes') });
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    const p = report.profiles[0];
    expect(p.status).toBe('error');
    expect(p.leaked).toContain(`kind cluster ${sim.cluster}`);
    expect(p.reason).toMatch(/cleanup failed.*leaked: kind cluster nl-ipip-abc123/);
  });

  it('a leftover listing that cannot run leaves the cleanup unverified: an error, not a clean pass', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add({ argv: ['docker', ...docker.leftovers(sim.cluster).networks.args], result: failed(1, 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock') });
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    expect(report.profiles[0].status).toBe('error');
    expect(report.profiles[0].leaked).toEqual([expect.stringMatching(/^unverified \(docker network ls --filter name=nl-ipip-abc123 .*Cannot connect to the Docker daemon/)]);
  });

  it('leftover crossSubnet router and networks are named', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.fake.add({ argv: ['docker', ...docker.rmForce(`${sim.cluster}-router`).args], result: failed(1, 'Error response from daemon: removal of container is already in progress') });
    sim.fake.add({ argv: ['docker', ...docker.leftovers(sim.cluster).containers.args], result: ok(`${sim.cluster}-router\n`) });
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    expect(report.profiles[0].leaked).toEqual(expect.arrayContaining([`docker container ${sim.cluster}-router`]));
  });
});

describe('defect 4: signals at every step end with exit 2 and a report', () => {
  it('SIGTERM during preflight: exit 2, a report saying so, nothing created', async () => {
    const sim = simulate('calico-ipip');
    sim.interruptAt(1);
    const { code, report } = await cli(sim);
    expect(code).toBe(2);
    expect(report.interrupted).toEqual({ signal: 'SIGTERM', during: 'preflight' });
    expect(report.profiles[0]).toMatchObject({ status: 'error', reason: expect.stringContaining('interrupted by SIGTERM during preflight') });
    expect(lines(sim).some((l) => l.startsWith('kind create'))).toBe(false);
  });

  it('SIGINT or SIGTERM at any command: exit 2, a report, and nothing left behind', async () => {
    const probe = simulate('calico-crosssubnet');
    await cli(probe);
    const total = probe.fake.calls.length;
    for (let n = 0; n < total; n += 1) {
      const sim = simulate('calico-crosssubnet');
      sim.interruptAt(n, n % 2 ? 'SIGINT' : 'SIGTERM');
      const { code, report } = await cli(sim);
      expect({ n, code }).toEqual({ n, code: 2 });
      expect(report.interrupted?.signal).toBe(n % 2 ? 'SIGINT' : 'SIGTERM');
      const created = lines(sim).some((l) => l.startsWith('kind create'));
      if (created) expect(lines(sim).at(-1)).toMatch(/^docker (ps|network ls)/);
      if (created) expect(lines(sim)).toContain(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);
    }
  });
});
