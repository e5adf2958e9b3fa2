import { readFileSync } from 'node:fs';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { waitFor, type Ctx } from './context.js';
import { parseBirdProtocols, parseEnvFile } from './evidence.js';
import { createFakeRunner, UnexpectedCommandError } from './fake-runner.js';
import { editCalicoManifest, editFlannelManifest, editMultusManifest } from './manifests.js';
import { interpret, parsePing, parseProbeOutput, probeArgv, PROBE_SCRIPT } from './probe.js';
import { PROFILES } from './profiles/index.js';
import { ok } from './runner.js';
import { renderE2eJunit, renderE2eMarkdown, renderMatrixGrid } from './report.js';
import type { E2eReport, Matrix } from './report-types.js';
import { birdTable, DOWNLOADS } from './testing/sim-cluster.js';
import { PINNED_TOOLS } from './tools.js';

describe('fake runner', () => {
  it('answers scripted argv, records calls, and fails on anything else', async () => {
    const fake = createFakeRunner([{ argv: ['kind', 'version'], result: ok('kind v0.32.0') }]);
    expect((await fake.run({ file: 'kind', args: ['version'], timeoutMs: 1000 })).stdout).toBe('kind v0.32.0');
    await expect(fake.run({ file: 'kind', args: ['version'], timeoutMs: 1000 })).rejects.toThrow(UnexpectedCommandError);
    await expect(fake.run({ file: 'kubectl', args: ['get', 'pods'], timeoutMs: 1000 })).rejects.toThrow('unexpected command: kubectl get pods');
    expect(fake.unexpected).toEqual(['kind version', 'kubectl get pods']);
    expect(fake.calls).toHaveLength(3);
  });
  it('refuses a call without a timeout', async () => {
    const fake = createFakeRunner([{ argv: ['docker', 'ps'], result: ok() }]);
    await expect(fake.run({ file: 'docker', args: ['ps'], timeoutMs: 0 })).rejects.toThrow('no timeout');
  });
});

describe('probe parsing', () => {
  it('reads busybox and iputils ping summaries', () => {
    expect(parsePing('3 packets transmitted, 2 packets received, 33% packet loss')).toEqual({ transmitted: 3, received: 2 });
    expect(parsePing('3 packets transmitted, 3 received, 0% packet loss, time 2003ms')).toEqual({ transmitted: 3, received: 3 });
    expect(interpret({ ip: '1.2.3.4', protocol: 'icmp' }, { exitCode: 0, output: '3 packets transmitted, 2 packets received' }).reached).toBe(false);
  });
  it('takes only a ping with no reply at all for a block: some replies are partial, no count proves nothing', () => {
    // busybox ping (networking/ping.c): the summary line, or an error line without it.
    const icmp = { ip: '1.2.3.4', protocol: 'icmp' } as const;
    expect(interpret(icmp, { exitCode: 1, output: '3 packets transmitted, 0 packets received, 100% packet loss' })).toEqual({ outcome: 'timeout', reached: false, detail: '0/3 received' });
    expect(interpret(icmp, { exitCode: 0, output: '3 packets transmitted, 1 packets received, 66% packet loss' })).toEqual({ outcome: 'partial', reached: false, detail: '1/3 received' });
    expect(interpret(icmp, { exitCode: 0, output: '3 packets transmitted, 3 packets received, 0% packet loss' })).toEqual({ outcome: 'connected', reached: true, detail: '3/3 received' });
    expect(interpret(icmp, { exitCode: 1, output: '0 packets transmitted, 0 packets received' }).outcome).toBe('no-result');
    expect(interpret(icmp, { exitCode: 1, output: 'ping: bad address \'x\'' })).toEqual({ outcome: 'dns', reached: false, detail: "DNS: ping: bad address 'x'" });
    expect(interpret(icmp, { exitCode: 1, output: 'ping: sendto: Network unreachable' })).toEqual({ outcome: 'other', reached: false, detail: 'OTHER: ping: sendto: Network unreachable' });
    expect(interpret(icmp, undefined)).toEqual({ outcome: 'no-result', reached: false, detail: 'no result (exec failed or output lost)' });
  });
  it('takes agnhost connect\'s silence with exit 0 for a connection, and nothing else', () => {
    // agnhost connect (test/images/agnhost/connect/connect.go) prints a verdict only when it fails.
    const tcp = { ip: '1.2.3.4', protocol: 'tcp', port: 80 } as const;
    expect(interpret(tcp, { exitCode: 0, output: 'Error from server: something\n' })).toEqual({ outcome: 'no-result', reached: false, detail: 'unexpected output with exit 0: Error from server: something' });
    expect(interpret(tcp, { exitCode: 1, output: 'error: unable to upgrade connection\n' })).toEqual({ outcome: 'no-result', reached: false, detail: 'exit 1 without an agnhost verdict: error: unable to upgrade connection' });
    expect(interpret(tcp, { exitCode: 1, output: 'REFUSED\n' })).toEqual({ outcome: 'refused', reached: false, detail: 'REFUSED' });
  });
  it('classifies agnhost connect failures', () => {
    expect(interpret({ ip: '1.2.3.4', protocol: 'tcp', port: 80 }, { exitCode: 1, output: 'TIMEOUT\n' })).toEqual({ outcome: 'timeout', reached: false, detail: 'TIMEOUT' });
    expect(interpret({ ip: '1.2.3.4', protocol: 'udp', port: 80 }, { exitCode: 0, output: '' })).toEqual({ outcome: 'connected', reached: true, detail: 'connected' });
  });
  it('frames concurrent output per probe index and passes targets as arguments, not script text', () => {
    const out = parseProbeOutput('@@probe 1 1\nTIMEOUT\n@@end 1\n@@probe 0 0\nline a\nline b\n@@end 0\n');
    expect(out.get(0)).toEqual({ exitCode: 0, output: 'line a\nline b' });
    expect(out.get(1)).toEqual({ exitCode: 1, output: 'TIMEOUT' });
    const argv = probeArgv([{ ip: '10.0.0.1;rm -rf /', protocol: 'tcp', port: 80 }]);
    expect(argv.slice(0, 4)).toEqual(['sh', '-c', PROBE_SCRIPT, 'probe']);
    expect(PROBE_SCRIPT).not.toContain('10.0.0.1');
    expect(argv.slice(4)).toEqual(['3s', 'tcp', '10.0.0.1;rm -rf /', '80']);
  });
});

describe('evidence parsing', () => {
  it('keeps the BGP rows of birdcl show protocols', () => {
    expect(parseBirdProtocols(birdTable([{ name: 'Mesh_172_18_0_3', info: 'Established' }, { name: 'Node_172_18_0_2', info: 'Connect' }]))).toEqual([
      { name: 'Mesh_172_18_0_3', state: 'up', info: 'Established' },
      { name: 'Node_172_18_0_2', state: 'up', info: 'Connect' },
    ]);
  });
  it('output that is not the protocols table is unreadable, not a node without sessions', () => {
    // birdcl's own words when calico-node's BIRD is not running (no control socket).
    expect(parseBirdProtocols('Unable to connect to server control socket (/var/run/calico/bird.ctl): No such file or directory\n')).toBeNull();
    expect(parseBirdProtocols('')).toBeNull();
    // The table with no BGP protocol in it: read, and no session.
    expect(parseBirdProtocols(birdTable([]))).toEqual([]);
  });
  it('reads subnet.env', () => {
    expect(parseEnvFile('FLANNEL_NETWORK=10.244.0.0/17\nFLANNEL_MTU=1450\n')).toEqual({ FLANNEL_NETWORK: '10.244.0.0/17', FLANNEL_MTU: '1450' });
  });
});

describe('manifest edits', () => {
  it('sets calico-node pool env once and pins the images', () => {
    const docs = loadAll(editCalicoManifest(DOWNLOADS['calico.yaml'] as string, PROFILES['calico-vxlan'])) as any[];
    const c = docs[0].spec.template.spec.containers[0];
    expect(c.env.filter((e: any) => e.name === 'CALICO_IPV4POOL_VXLAN')).toEqual([{ name: 'CALICO_IPV4POOL_VXLAN', value: 'Always' }]);
    expect(c.image).toBe('quay.io/calico/node:v3.32.1');
  });
  it('removes flannel install-cni and its conflist, and sets the secondary Network', () => {
    const docs = loadAll(editFlannelManifest(DOWNLOADS['kube-flannel.yml'] as string, PROFILES['multus-flannel'])) as any[];
    expect(JSON.parse(docs[0].data['net-conf.json']).Network).toBe('10.244.0.0/17');
    expect(docs[0].data['cni-conf.json']).toBeUndefined();
    expect(docs[1].spec.template.spec.initContainers.map((c: any) => c.name)).toEqual(['install-cni-plugin']);
  });
  it('pins multus thick, raises memory and keeps chrootDir', () => {
    const docs = loadAll(editMultusManifest(DOWNLOADS['multus-daemonset-thick.yml'] as string, PROFILES['multus-flannel'])) as any[];
    const c = docs[1].spec.template.spec.containers[0];
    expect(c.image).toBe('ghcr.io/k8snetworkplumbingwg/multus-cni:v4.3.0-thick@sha256:a922a39a78049991d03178c07afc45a198326481049bd7d84626097402fa14bb');
    expect(c.resources.limits.memory).toBe('300Mi');
    expect(JSON.parse(docs[0].data['daemon-config.json']).chrootDir).toBe('/hostroot');
  });
});

describe('reports', () => {
  const matrix: Matrix = {
    id: 'ping-eth0',
    title: 'ping',
    rows: ['a', 'b'],
    cols: ['a', 'b'],
    cells: [
      { row: 'a', col: 'b', expect: 'reach', reached: true, outcome: 'connected', pass: true, flaky: false, attempts: 1, detail: '3/3 received' },
      { row: 'b', col: 'a', expect: 'reach', reached: false, outcome: 'timeout', pass: false, flaky: false, attempts: 3, detail: '0/3 received' },
    ],
  };
  const report: E2eReport = {
    version: 1,
    ok: false,
    profiles: [{ profile: 'calico-ipip', mode: 'ipip', summary: 's', cluster: 'c', status: 'fail', reason: 'ping: b → a 0/3 received', evidence: [{ id: 'route', scope: 'n1 → x', ok: true, expected: 'dev tunl0', observed: 'dev tunl0' }], matrices: [matrix], steps: [{ id: 'x', title: 'create', ms: 1500, status: 'ok' }], durationMs: 1500, unpinned: [], observedSha256: {}, diagnostics: [], clusterKept: false }],
  };
  it('draws a grid of any cells', () => {
    expect(renderMatrixGrid(matrix).split('\n').slice(0, 3)).toEqual(['      1  2', 'a     -  .', 'b     !  -']);
  });
  it('markdown has the summary row, evidence, grid and timings', () => {
    const md = renderE2eMarkdown(report);
    expect(md).toContain('| ❌ calico-ipip | ipip | 1/1 | 1/2 | — | 1.5 s |');
    expect(md).toContain('| ✓ | route | n1 → x | dev tunl0 | dev tunl0 |');
    expect(md).toContain('- wrong: b → a: expected reach, 0/3 received (3 attempts)');
    expect(md).toContain('| create | 1.5 s |');
  });
  it('junit has one failure per wrong cell', () => {
    const x = renderE2eJunit(report);
    expect(x).toContain('<testsuite name="calico-ipip" tests="4" failures="1"');
    expect(x).toContain('<failure message="expected reach: 0/3 received"/>');
  });
});

describe('nightly workflow', () => {
  const wf = readFileSync(new URL('../.github/workflows/nightly-conformance.yml', import.meta.url), 'utf8');
  const runnerSetup = readFileSync(new URL('../.github/actions/kind-runner/action.yml', import.meta.url), 'utf8');
  it('installs the pinned kind and kubectl with their checksums (the kind-runner action)', () => {
    for (const t of Object.values(PINNED_TOOLS)) {
      expect(runnerSetup).toContain(t.url);
      expect(runnerSetup).toContain(`${t.sha256}  $RUNNER_TEMP/bin/`);
    }
  });
  it('prepares the runner in every job that runs e2e, before it runs', () => {
    const doc = load(wf) as any;
    const runsE2e = (step: any) => /dist\/cli\.js e2e\b/.test(step.run ?? '') || (step.uses === './' && String(step.with?.mode ?? '').includes('e2e'));
    const jobs = Object.entries(doc.jobs as Record<string, any>).filter(([, job]) => job.steps.some(runsE2e));
    expect(jobs.map(([name]) => name)).toEqual(['conformance', 'pr-policies', 'pr-comment']);
    for (const [name, job] of jobs) {
      const setup = job.steps.findIndex((s: any) => s.uses === './.github/actions/kind-runner');
      expect(setup, name).toBeGreaterThanOrEqual(0);
      expect(setup, name).toBeLessThan(job.steps.findIndex(runsE2e));
    }
  });
  it('posts the PR comment whatever the conformance matrix concluded (a needed job that failed would skip it)', () => {
    const job = (load(wf) as any).jobs['pr-comment'];
    expect(job.needs).toBe('conformance');
    expect(job.if).toMatch(/^\$\{\{ !cancelled\(\) && /);
    // Only the manifests the PR changes are shadowed, not every fixture in the checkout.
    expect(job.steps.find((s: any) => s.uses === './').with['changed-only']).toBe(true);
  });
  it('runs every profile on a schedule and on demand', () => {
    const doc = load(wf) as any;
    expect(Object.keys(doc.on)).toEqual(expect.arrayContaining(['schedule', 'workflow_dispatch']));
    expect(doc.jobs.conformance.strategy.matrix.profile).toEqual(Object.keys(PROFILES));
  });
});

describe('polling', () => {
  it('waitFor polls at the interval until the probe yields, and gives up when the next poll would pass the deadline', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const ctx = { deps: { now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) }, options: { evidenceDeadlineMs: 10_000, pollIntervalMs: 3_000 } } as unknown as Ctx;
    let calls = 0;
    expect(await waitFor(ctx, 'the third poll', async () => (++calls === 3 ? 'held' : null))).toBe('held');
    expect(sleeps).toEqual([3_000, 3_000]);
    // Never: polled at 0, 3, 6 and 9 s; one at 12 s would be past the 10 s deadline.
    now = 0;
    calls = 0;
    sleeps.length = 0;
    expect(await waitFor(ctx, 'never', async () => (calls++, null))).toBeNull();
    expect(calls).toBe(4);
    expect(now).toBe(9_000);
  });
});
