import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { runPassed } from './harness.js';
import { PROFILE_NAMES } from './profiles/index.js';
import type { ProfileReport } from './report-types.js';
import { formatArgv } from './runner.js';
import { simulate } from './testing/sim-cluster.js';

const argvs = (calls: { file: string; args: readonly string[] }[]) => calls.map((c) => formatArgv([c.file, ...c.args]));

describe.each(PROFILE_NAMES)('profile %s end to end on a simulated cluster', (name) => {
  it('passes, proves the mode from evidence, pings every pair, and deletes the cluster', async () => {
    const sim = simulate(name);
    const code = await e2eMain(['--profile', name, '--work-dir', '/tmp/nl', '--format', 'json'], sim.deps, { catalogue: sim.options.catalogue });
    const report = JSON.parse(sim.deps.out.join(''));
    expect(sim.fake.unexpected).toEqual([]);
    expect(report.profiles[0].reason).toBeUndefined();
    expect(code).toBe(0);
    const p = report.profiles[0];
    expect(p.status).toBe('pass');
    expect(p.evidence.length).toBeGreaterThan(5);
    expect(p.evidence.every((c: { ok: boolean }) => c.ok)).toBe(true);
    const pods = sim.pods.filter((x) => x.networks !== 'flannel').length;
    expect(p.matrices[0].cells).toHaveLength(pods * (pods - 1));
    // Each network is pinged: the Calico one, and with Multus the flannel one, every pod at its
    // flannel address (net1, or eth0 for a flannel-only pod).
    const planes = p.matrices.filter((m: { id: string }) => m.id.startsWith('ping-'));
    expect(planes.map((m: { id: string }) => m.id)).toEqual(sim.profile.multus ? ['ping-eth0', 'ping-net1'] : ['ping-eth0']);
    if (sim.profile.multus) {
      expect(planes[1].cells).toHaveLength(sim.pods.length * (sim.pods.length - 1));
      const pinged = argvs(sim.fake.calls).join('\n');
      for (const pod of sim.pods) expect(pinged).toContain(` icmp ${pod.flannelIp} `);
    }
    expect(sim.fake.unused()).toEqual([]);
    const calls = argvs(sim.fake.calls);
    expect(calls.slice(-3)).toEqual([`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`, `docker ps -a --filter name=${sim.cluster} --format {{.Names}}`, `docker network ls --filter name=${sim.cluster} --format {{.Name}}`]);
    expect(calls.slice(0, 3).map((c) => c.split(' ')[0])).toEqual(['docker', 'kind', 'kubectl']);
    expect(sim.deps.unsubscribed).toBe(1);
  });
});

it('writes every --report file in the format its extension names', async () => {
  const sim = simulate('calico-bgp');
  const code = await e2eMain(['--profile', 'calico-bgp', '--work-dir', '/tmp/nl', '--format', 'json', '--report', '/r/out.json', '--report', '/r/out.junit.xml', '--report', '/r/summary.md', '--report', '/r/out.txt'], sim.deps, { catalogue: sim.options.catalogue });
  expect(code).toBe(0);
  expect(String(sim.deps.files.get('/r/summary.md'))).toMatch(/^### netlint e2e ✅/);
  // Another extension takes the --format of standard output.
  expect(JSON.parse(String(sim.deps.files.get('/r/out.txt'))).profiles[0].profile).toBe('calico-bgp');
  expect(JSON.parse(sim.deps.out.join('')).ok).toBe(true);
  expect(JSON.parse(String(sim.deps.files.get('/r/out.json'))).profiles[0].status).toBe('pass');
  expect(String(sim.deps.files.get('/r/out.junit.xml'))).toMatch(/^<\?xml[\s\S]*<testsuite name="calico-bgp"/);
});

it('a run passes only when no signal stopped it and every profile and procedure ran and passed', () => {
  const report = (status: ProfileReport['status']) => ({ status }) as ProfileReport;
  expect(runPassed([report('pass'), report('pass')], 2, null)).toBe(true);
  expect(runPassed([report('pass'), report('fail')], 2, null)).toBe(false);
  expect(runPassed([report('error'), report('pass')], 2, null)).toBe(false);
  // One of two units never ran, or a signal came.
  expect(runPassed([report('pass')], 2, null)).toBe(false);
  expect(runPassed([report('pass'), report('pass')], 2, 'SIGTERM')).toBe(false);
});

it('an unknown option or a stray argument is a usage error (exit 2) before anything runs', async () => {
  for (const argv of [['--profile', 'calico-ipip', '--keep'], ['--profile', 'calico-ipip', 'calico-bgp']]) {
    const sim = simulate('calico-ipip');
    expect(await e2eMain(argv, sim.deps)).toBe(2);
    expect(sim.deps.err.join('')).toMatch(/^netlint: /);
    expect(sim.fake.calls).toHaveLength(0);
  }
});
