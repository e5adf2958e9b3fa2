import { readFileSync } from 'node:fs';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { waitFor, type Ctx } from './context.js';
import { parseBirdProtocols, parseEnvFile } from './evidence.js';
import { createFakeRunner, UnexpectedCommandError } from './fake-runner.js';
import { editCalicoManifest, editFlannelManifest, editMultusManifest, probeManifests } from './manifests.js';
import { interpret, parsePing, parseProbeOutput, probeArgv, PROBE_SCRIPT } from './probe.js';
import { PROFILES } from './profiles/index.js';
import { ok } from './runner.js';
import { renderE2eJunit, renderE2eMarkdown, renderE2eText, renderMatrixGrid } from './report.js';
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
    // UDP: connect.go prints socket errors other than a timeout or a refusal as UNKNOWN (TCP says OTHER): a verdict, not a probe that never ran.
    const udp = { ip: '1.2.3.4', protocol: 'udp', port: 80 } as const;
    const unreachable = 'UNKNOWN: read udp 10.244.1.5:40000->1.2.3.4:80: read: no route to host';
    expect(interpret(udp, { exitCode: 1, output: `${unreachable}\n` })).toEqual({ outcome: 'other', reached: false, detail: unreachable });
    expect(interpret(udp, { exitCode: 1, output: 'TIMEOUT: read udp 10.244.1.5:40000->1.2.3.4:80: i/o timeout\n' }).outcome).toBe('timeout');
    // An UNKNOWN that is no socket error (bad arguments) still means the probe never ran.
    expect(interpret(udp, { exitCode: 1, output: 'UNKNOWN: unsupported protocol\n' }).outcome).toBe('unknown');
    expect(interpret({ ip: '1.2.3.4', protocol: 'tcp', port: 80 }, { exitCode: 1, output: `${unreachable}\n` }).outcome).toBe('unknown');
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
    expect(docs[0].spec.template.spec.initContainers.map((x: any) => x.image)).toEqual(['quay.io/calico/cni:v3.32.1', 'quay.io/calico/cni:v3.32.1']);
  });
  it('a pin that finds no image to replace is an error naming the image, not a manifest left on its own tags', () => {
    const withoutCni = (DOWNLOADS['calico.yaml'] as string).replace(/ {6}initContainers:\n(?: {8}- .*\n)+/, '');
    expect(withoutCni).not.toContain('calico/cni');
    expect(() => editCalicoManifest(withoutCni, PROFILES['calico-ipip'])).toThrow('calico manifest has no quay.io/calico/cni image to pin');
    const otherFlannel = (DOWNLOADS['kube-flannel.yml'] as string).replaceAll('ghcr.io/flannel-io/flannel:', 'docker.io/flannel/flannel:');
    expect(() => editFlannelManifest(otherFlannel, PROFILES['multus-flannel'])).toThrow(`flannel manifest has no ${PROFILES['multus-flannel'].multus!.flannel.image.repository} image to pin`);
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

describe('probe pods', () => {
  const nodes = ['nl-cp', 'nl-w1', 'nl-w2'];
  type Pod = { kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec: { nodeName: string; containers: { name: string; args: string[]; ports?: { containerPort: number; protocol: string }[]; readinessProbe?: unknown }[]; config?: string } };

  it('every probe pod serves TCP and UDP on 80 and 81, declares those ports, waits ready on 80, and is pinned to its node', () => {
    const pods = (probeManifests(PROFILES['calico-ipip'], nodes) as unknown as Pod[]).filter((d) => d.kind === 'Pod');
    expect(pods.map((p) => `${p.metadata.name}@${p.spec.nodeName}`)).toEqual(['probe-cp-a@nl-cp', 'probe-w1-a@nl-w1', 'probe-w1-b@nl-w1', 'probe-w2-a@nl-w2', 'probe-w2-b@nl-w2']);
    for (const pod of pods) {
      expect(pod.spec.containers.map((c) => c.args.join(' '))).toEqual(['netexec --http-port=80 --udp-port=80', 'netexec --http-port=81 --udp-port=81']);
      expect(pod.spec.containers[0].ports!.map((x) => `${x.containerPort}/${x.protocol}`)).toEqual(['80/TCP', '80/UDP', '81/TCP', '81/UDP']);
      expect(pod.spec.containers[0].readinessProbe).toEqual({ httpGet: { path: '/healthz', port: 80 }, periodSeconds: 2 });
      expect(pod.metadata.annotations).toBeUndefined();
    }
  });

  it('multus-flannel: dual pods get net1 from the secondary NAD, one pod has flannel as its only network through the default-gateway NAD', () => {
    const docs = probeManifests(PROFILES['multus-flannel'], nodes) as unknown as Pod[];
    const pods = docs.filter((d) => d.kind === 'Pod');
    expect(pods.filter((p) => p.metadata.annotations?.['k8s.v1.cni.cncf.io/networks'] === 'flannel-net')).toHaveLength(5);
    expect(pods.filter((p) => p.metadata.annotations?.['v1.multus-cni.io/default-network'] === 'netlint-e2e/flannel-default').map((p) => `${p.metadata.name}@${p.spec.nodeName}`)).toEqual(['probe-w1-f@nl-w1']);
    const nadConfigs = Object.fromEntries(docs.filter((d) => d.kind === 'NetworkAttachmentDefinition').map((d) => [d.metadata.name, JSON.parse(d.spec.config!)]));
    expect(nadConfigs['flannel-net'].delegate.isDefaultGateway).toBe(false);
    expect(nadConfigs['flannel-default'].delegate.isDefaultGateway).toBe(true);
    // One CNI network name: host-local keeps one allocation store for both, so no address is handed out twice.
    expect(nadConfigs['flannel-net'].name).toBe(nadConfigs['flannel-default'].name);
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

  // A failed step, a failed evidence check, a skipped step; then a profile that errs after every step (a leak at cleanup).
  const failing: E2eReport = {
    version: 1,
    ok: false,
    profiles: [
      {
        ...report.profiles[0],
        evidence: [...report.profiles[0].evidence, { id: 'bgp', scope: 'n2', ok: false, expected: 'Mesh_172_18_0_2 Established', observed: 'Active' }],
        steps: [
          { id: 'create', title: 'create', ms: 1500, status: 'ok' },
          { id: 'wait', title: 'wait for calico-node', ms: 90_000, status: 'failed', detail: 'timed out <after 90 s>' },
          { id: 'negative-control', title: 'negative control', ms: 0, status: 'skipped', detail: 'not run' },
        ],
        unpinned: ['quay.io/calico/node:v3.32.1 (no digest)'],
        logsDir: '/tmp/nl/c/logs',
      },
      { ...report.profiles[0], profile: 'calico-bgp', mode: 'bgp', status: 'error', reason: 'cleanup failed, leaked: kind cluster nl-bgp', evidence: [], matrices: [], steps: [{ id: 'create', title: 'create', ms: 1000, status: 'ok' }], durationMs: 2000, clusterKept: true },
    ],
  };

  it('junit: a failed step and a failed evidence check are failures, a skipped step is skipped, an error after every step is a failing profile testcase', () => {
    const x = renderE2eJunit(failing);
    expect(x).toContain('<testsuite name="calico-ipip" tests="7" failures="3" errors="0" time="1.500">');
    expect(x).toContain('<testcase classname="calico-ipip" name="step: wait for calico-node" time="90.000"><failure message="timed out &lt;after 90 s&gt;"/></testcase>');
    expect(x).toContain('<testcase classname="calico-ipip" name="step: negative control" time="0.000"><skipped/></testcase>');
    expect(x).toContain('name="evidence: bgp n2" time="0.000"><failure message="expected Mesh_172_18_0_2 Established, observed Active"/>');
    expect(x).toContain('<testsuite name="calico-bgp" tests="2" failures="1" errors="0" time="2.000">');
    expect(x).toContain('<testcase classname="calico-bgp" name="profile" time="2.000"><failure message="cleanup failed, leaked: kind cluster nl-bgp"/></testcase>');
  });

  it('text: a line per profile with its reason, each failing check and matrix count under it, the verdict last', () => {
    expect(renderE2eText(failing).split('\n')).toEqual([
      'FAIL  calico-ipip (ipip) 1.5 s — ping: b → a 0/3 received',
      '  ✗ bgp n2: expected Mesh_172_18_0_2 Established; observed Active',
      '  ping: 1/2',
      'ERROR calico-bgp (bgp) 2.0 s — cleanup failed, leaked: kind cluster nl-bgp',
      'some profiles did not pass',
      '',
    ]);
  });

  it('markdown: text a PR controls (file paths, object names) cannot add links, mentions or HTML to the comment', () => {
    const evil = '[click](https://evil.example) @everyone <img src=x> `x`';
    const cell = { from: `ns/${evil}`, to: 'ns/b', port: 80, protocol: 'TCP' as const, expected: false, observed: true, outcome: 'connected' as const, pass: false, flaky: false, capped: false, attempts: 3, detail: 'connected', mismatch: 'undetermined' as const, reproduce: `kubectl exec ${evil}`, explain: `netlint reach ${evil}` };
    const conformance = [{ scenario: 'manifests', title: 'the given manifests (1 file)', source: 'manifests' as const, network: 'default' as const, endpoints: [`ns/${evil}`, 'ns/b'], ports: ['80/TCP'], cells: [cell], probeMs: 1000, notes: [`NetworkPolicy ${evil} (${evil}.yaml) is not applied`] }];
    const md = renderE2eMarkdown({ ...failing, profiles: [{ ...failing.profiles[0], reason: evil, conformance }] } as unknown as E2eReport);
    // Commands and endpoint names are code spans (literal: no link, mention or HTML there); outside them the text is escaped.
    expect(md).toContain('  - reproduce: `` kubectl exec [click](https://evil.example) @everyone <img src=x> `x` ``');
    const outside = md.replace(/(`+)[^`][\s\S]*?\1/g, '');
    expect(outside).toContain('NetworkPolicy \\[click\\]');
    expect(outside).not.toMatch(/\[click\]\(https/);
    expect(outside).not.toContain('<img');
    expect(outside).not.toMatch(/@everyone/);
    expect(outside).not.toContain('https://evil');
  });

  it('markdown: a profile that did not pass is open, with its failed step, unpinned artifacts, logs and a kept cluster', () => {
    const md = renderE2eMarkdown(failing);
    expect(md).toMatch(/^### netlint e2e ❌/);
    expect(md).toContain('<details open><summary><b>❌ calico-ipip</b>');
    expect(md).toContain('<details open><summary><b>⚠️ calico-bgp</b>');
    // Text escaped as the lint report's: a `<` would open an HTML tag that GitHub drops with the text.
    expect(md).toContain('| wait for calico-node | 90.0 s | failed: timed out &lt;after 90 s&gt; |');
    expect(md).toContain('| create | 1.5 s |  |');
    expect(md).toContain('Unpinned artifacts: `quay.io/calico/node:v3.32.1 (no digest)`');
    expect(md).toContain('Cluster logs: `/tmp/nl/c/logs`');
    expect(md).toContain('Cluster kept: `c`');
    expect(renderE2eMarkdown({ ...report, ok: true, profiles: [{ ...report.profiles[0], status: 'pass' }] })).toContain('<details><summary><b>✅ calico-ipip</b>');
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
