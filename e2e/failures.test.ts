import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { docker, kind, node as nodeCmd } from './commands.js';
import { PROBE_NAMESPACE } from './manifests.js';
import { failed, formatArgv, ok, type CommandResult } from './runner.js';
import { simulate, type Sim } from './testing/sim-cluster.js';

const lines = (sim: Sim) => sim.fake.calls.map((c) => formatArgv([c.file, ...c.args]));
const deleted = (sim: Sim) => lines(sim).includes(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);
const runJson = async (sim: Sim, extra: string[] = []) => {
  const code = await e2eMain(['--profile', sim.profile.name, '--work-dir', '/tmp/nl', '--format', 'json', ...extra], sim.deps, { catalogue: sim.options.catalogue });
  const out = sim.deps.out.join('');
  return { code, report: out ? JSON.parse(out) : null, stderr: sim.deps.err.join('') };
};
const forever = (spec: { file: string; args: readonly string[] }, result: CommandResult) => ({ argv: [spec.file, ...spec.args], result, times: Infinity });

describe('failure paths', () => {
  it('kind missing: exit 2, one line with the install hint, nothing created', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add(forever(kind.version(), { exitCode: -1, stdout: '', stderr: '', timedOut: false, spawnError: 'ENOENT' }));
    const { code, stderr } = await runJson(sim);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/kind not found: install kind v0\.32\.0\+/);
    expect(lines(sim).some((l) => l.startsWith('kind create'))).toBe(false);
  });

  it('kubectl too old: exit 2 naming the version', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add(forever({ file: 'kubectl', args: ['version', '--client', '-o', 'json'] }, ok(JSON.stringify({ clientVersion: { gitVersion: 'v1.30.2' } }))));
    const { code, stderr } = await runJson(sim);
    expect(code).toBe(2);
    expect(stderr).toContain('kubectl 1.30.2 is older than 1.35.0');
  });

  it('the Docker daemon not reachable: exit 2 saying so, nothing created', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add(forever(docker.version(), failed(1, 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?')));
    const { code, stderr } = await runJson(sim);
    expect(code).toBe(2);
    expect(stderr).toContain('the Docker daemon is not reachable (Cannot connect to the Docker daemon');
    expect(lines(sim).some((l) => l.startsWith('kind create'))).toBe(false);
  });

  it('kind creating fewer nodes than the profile asked for: exit 2 naming the missing one, cluster deleted', async () => {
    const sim = simulate('calico-ipip');
    const listed = sim.nodes.slice(0, -1).map((n) => n.name);
    sim.fake.add(forever(kind.getNodes(sim.cluster), ok(`${listed.join('\n')}\n`)));
    const { code, report } = await runJson(sim);
    expect(code).toBe(2);
    expect(report.profiles[0].reason).toContain(`kind did not create ${sim.nodes.at(-1)!.name}`);
    expect(deleted(sim)).toBe(true);
  });

  it('a manifest apply the API server refuses once (still warming up) is tried again, and the run passes', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add({ argv: ['kubectl', ...sim.k.apply('').args], input: (input) => !!input?.includes('kind: Namespace') && input.includes(PROBE_NAMESPACE), result: failed(1, 'Error from server (InternalError): the server is currently unable to handle the request') });
    const { code } = await runJson(sim);
    expect(code).toBe(0);
    const applies = sim.fake.calls.filter((c) => c.args.includes('apply') && c.input?.includes(`name: ${PROBE_NAMESPACE}`));
    expect(applies.length).toBeGreaterThanOrEqual(2);
  });

  it('probe pods listed without an IP: the profile fails naming them before any ping', async () => {
    const sim = simulate('calico-ipip');
    const missing = sim.pods[1].name;
    sim.fake.add(forever(sim.k.getJson('pods', PROBE_NAMESPACE), ok(JSON.stringify({ items: sim.pods.map((p) => ({ metadata: { name: p.name }, spec: { nodeName: p.node }, status: p.name === missing ? {} : { podIP: p.ip } })) }))));
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    expect(report.profiles[0].reason).toContain(`probe pods without an IP: ${missing}`);
    expect(report.profiles[0].matrices).toEqual([]);
  });

  it('route reflector setup: sessions to the reflectors that never become Established fail the profile before the mesh is turned off', async () => {
    const sim = simulate('calico-rr');
    const { birdTable } = await import('./testing/sim-cluster.js');
    // A client's BIRD keeps only its mesh sessions: the BGPPeer to the reflectors never takes on it.
    const mesh = sim.nodes.slice(0, 1).map((n) => ({ name: `Mesh_${n.ip.replace(/\./g, '_')}`, info: 'Established' }));
    sim.fake.add(forever({ file: 'kubectl', args: ['--kubeconfig', sim.kubeconfig, '-n', 'kube-system', 'exec', 'calico-node-1', '-c', 'calico-node', '--', 'birdcl', '-s', '/var/run/calico/bird.ctl', 'show', 'protocols'] }, ok(birdTable(mesh))));
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    expect(report.profiles[0].reason).toContain('BGP sessions to the route reflectors never became Established');
    expect(sim.bgp.mesh).toBe(true);
  });

  it('cluster creation failing twice: exit 2, logs exported, cluster deleted', async () => {
    const sim = simulate('calico-ipip');
    sim.fake.add({ argv: [...['kind'], ...kind.create(sim.cluster, sim.kubeconfig, '').args], result: failed(1, 'ERROR: failed to create cluster: node(s) already exist'), times: 2 });
    sim.fake.add({ argv: ['kind', ...kind.delete(sim.cluster, sim.kubeconfig).args], result: ok(), times: 1 });
    const { code, report, stderr } = await runJson(sim);
    expect(code).toBe(2);
    expect(report.profiles[0].status).toBe('error');
    expect(stderr).toContain('cluster creation failed');
    expect(lines(sim).filter((l) => l.startsWith('kind create'))).toHaveLength(2);
    expect(lines(sim)).toContain(`kind export logs /tmp/nl/${sim.cluster}/logs --name ${sim.cluster}`);
    expect(deleted(sim)).toBe(true);
    expect(lines(sim).some((l) => l.includes('apply'))).toBe(false);
  });

  it('probe pods never Ready: exit 1 with diagnostics, logs and deletion', async () => {
    const sim = simulate('calico-bgp');
    sim.fake.add(forever(sim.k.podsReady(PROBE_NAMESPACE), failed(1, 'error: timed out waiting for the condition on pods/probe-w1-a')));
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    const p = report.profiles[0];
    expect(p.status).toBe('fail');
    expect(p.reason).toContain('timed out waiting for the condition');
    expect(p.steps.find((s: { id: string }) => s.id === 'probe-pods').status).toBe('failed');
    expect(p.diagnostics.map((d: { command: string }) => d.command)).toContain(`kubectl --kubeconfig ${sim.kubeconfig} get events -A --sort-by=.lastTimestamp`);
    expect(p.logsDir).toBe(`/tmp/nl/${sim.cluster}/logs`);
    expect(deleted(sim)).toBe(true);
  });

  it('one ping failing on every attempt: exit 1, the cell re-probed twice before it counts', async () => {
    const sim = simulate('calico-ipip');
    const bad = sim.pods[3];
    sim.reach = (src, ip) => !(src.name === sim.pods[0].name && ip === bad.ip);
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    const cells = report.profiles[0].matrices[0].cells.filter((c: { pass: boolean }) => !c.pass);
    expect(cells).toEqual([expect.objectContaining({ row: sim.pods[0].name, col: bad.name, attempts: 3, detail: '0/3 received' })]);
    expect(report.profiles[0].evidence.every((c: { ok: boolean }) => c.ok)).toBe(true);
    // Re-probes run only the mismatching cell, from its source pod.
    const reprobes = sim.fake.calls.filter((c) => c.args.includes('sh') && c.args.includes(bad.ip) && c.args.length < 20);
    expect(reprobes).toHaveLength(2);
    expect(deleted(sim)).toBe(true);
  });

  it('a ping that recovers on re-probe passes and is reported flaky', async () => {
    const sim = simulate('calico-ipip');
    sim.reach = (src, ip, attempt) => !(src.name === sim.pods[1].name && ip === sim.pods[2].ip && attempt === 1);
    const { code, report } = await runJson(sim);
    expect(code).toBe(0);
    expect(report.profiles[0].matrices[0].cells.filter((c: { flaky: boolean }) => c.flaky)).toHaveLength(1);
  });

  it('evidence contradicting the mode fails the profile although every ping passes', async () => {
    const sim = simulate('calico-ipip');
    // The nodes route remote blocks via eth0: that is BGP without encapsulation, not IPIP.
    for (const n of sim.nodes)
      sim.fake.add(forever(nodeCmd.routes(n.name), ok(JSON.stringify(sim.nodes.filter((r) => r !== n).map((r) => ({ dst: r.block, gateway: r.ip, dev: 'eth0', protocol: 'bird' }))))));
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    const p = report.profiles[0];
    expect(p.matrices[0].cells.every((c: { pass: boolean }) => c.pass)).toBe(true);
    expect(p.reason).toMatch(/^evidence contradicts ipip: route on .* expected via 172\.18\.0\.\d dev tunl0, observed via 172\.18\.0\.\d dev eth0/);
    expect(deleted(sim)).toBe(true);
  });

  it('VXLAN backend evidence: every node is asked for BIRD\'s socket; one where BIRD runs, or one that cannot be read, fails', async () => {
    const healthy = await runJson(simulate('calico-vxlan'));
    expect(healthy.code).toBe(0);
    const noBird = healthy.report.profiles[0].evidence.filter((c: { id: string }) => c.id === 'no-bird');
    expect(noBird.map((c: { scope: string; ok: boolean }) => `${c.scope} ${c.ok}`)).toEqual(simulate('calico-vxlan').nodes.map((n) => `${n.name} true`));
    for (const [answer, observed] of [
      [ok('present\n'), '/var/run/calico/bird.ctl present: BIRD runs'],
      [failed(1, 'Error response from daemon: container is not running'), 'unreadable'],
      [ok(''), 'unreadable'],
    ] as const) {
      const sim = simulate('calico-vxlan');
      const worker = sim.nodes[1];
      const birdSocketOn = sim.birdSocketOn;
      sim.birdSocketOn = (n) => (n === worker ? answer : birdSocketOn(n));
      const { code, report } = await runJson(sim);
      expect(code).toBe(1);
      const bad = report.profiles[0].evidence.filter((c: { ok: boolean }) => !c.ok);
      expect(bad).toEqual([expect.objectContaining({ id: 'no-bird', scope: worker.name, observed })]);
    }
  });

  it('route reflector evidence: a client still on the mesh fails', async () => {
    const sim = simulate('calico-rr');
    const client = sim.nodes[1];
    const { birdTable } = await import('./testing/sim-cluster.js');
    const mesh = sim.nodes.filter((n) => n !== client).map((n) => ({ name: `Mesh_${n.ip.replace(/\./g, '_')}`, info: 'Established' }));
    sim.fake.add(forever({ file: 'kubectl', args: ['--kubeconfig', sim.kubeconfig, '-n', 'kube-system', 'exec', 'calico-node-1', '-c', 'calico-node', '--', 'birdcl', '-s', '/var/run/calico/bird.ctl', 'show', 'protocols'] }, ok(birdTable([{ name: `Node_${sim.nodes[0].ip.replace(/\./g, '_')}`, info: 'Established' }, ...mesh.slice(1)]))));
    const { code, report } = await runJson(sim);
    expect(code).toBe(1);
    const bad = report.profiles[0].evidence.filter((c: { ok: boolean }) => !c.ok);
    expect(bad).toEqual([expect.objectContaining({ id: 'bgp', scope: client.name })]);
  });

  it('SIGTERM mid-run: the running command is cancelled, the cluster is still deleted, exit 2', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.fake.add(
      forever(sim.k.rollout('kube-system', 'ds/calico-node'), { exitCode: 0, stdout: '', stderr: '', timedOut: false }),
    );
    sim.fake.add({
      argv: ['kubectl', ...sim.k.rollout('kube-system', 'ds/calico-node').args],
      result: () => {
        sim.deps.signals[0]('SIGTERM');
        return { exitCode: 143, stdout: '', stderr: '', timedOut: false, cancelled: true };
      },
      times: 1,
    });
    const { code, report, stderr } = await runJson(sim);
    expect(code).toBe(2);
    expect(stderr).toContain('SIGTERM received, cleaning up');
    expect(report.profiles[0].reason).toBe('interrupted by SIGTERM during wait-calico; cleaned up');
    expect(report.interrupted).toEqual({ signal: 'SIGTERM', during: 'wait-calico' });
    const after = lines(sim).slice(lines(sim).findIndex((l) => l.includes('rollout status ds/calico-node')) + 1);
    expect(after.filter((l) => !l.includes(' get ') && !l.includes('describe') && !l.startsWith('docker exec') && !l.startsWith('kind export'))).toEqual([
      `docker rm -f ${sim.cluster}-router`,
      // The nodes are still attached (kind deletes them after): detached first, or Docker refuses.
      ...sim.nodes.map((n, i) => `docker network disconnect --force ${sim.cluster}-xs-${i < 2 ? 'a' : 'b'} ${n.name}`),
      `docker network rm ${sim.cluster}-xs-a ${sim.cluster}-xs-b`,
      `kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`,
      `docker ps -a --filter name=${sim.cluster} --format {{.Names}}`,
      `docker network ls --filter name=${sim.cluster} --format {{.Name}}`,
    ]);
    // The cancellation signal reaches the running command; cleanup calls run without it.
    const running = sim.fake.calls.find((c) => c.args.includes('ds/calico-node'))!;
    expect(running.signal?.aborted).toBe(true);
    expect(sim.fake.calls.at(-1)!.signal).toBeUndefined();
  });

  it('multus-flannel waits for Multus to write 00-multus.conf on every node before any pod starts, and fails when it never does', async () => {
    // Rolled out, the thick daemon has not written its config yet on the first node: two polls.
    const late = simulate('multus-flannel');
    const first = late.nodes[0].name;
    late.fake.add({ argv: ['docker', ...nodeCmd.cniConfDir(first).args], result: ok('10-calico.conflist\n'), times: 2 });
    const { code } = await runJson(late);
    expect(code).toBe(0);
    const order = lines(late);
    const polls = order.filter((l) => l === `docker exec ${first} ls /etc/cni/net.d`);
    expect(polls.length).toBeGreaterThanOrEqual(3);
    // Every poll comes before the probe pods are applied.
    expect(order.findIndex((l) => l === `docker exec ${first} ls /etc/cni/net.d`)).toBeLessThan(order.findIndex((l) => l.includes(PROBE_NAMESPACE)));
    const never = simulate('multus-flannel');
    never.fake.add({ argv: ['docker', ...nodeCmd.cniConfDir(never.nodes[1].name).args], result: ok('10-calico.conflist\n'), times: 10_000 });
    const failedRun = await runJson(never);
    expect(failedRun.code).toBe(1);
    expect(failedRun.report.profiles[0].reason).toContain('did not write 00-multus.conf first in /etc/cni/net.d on every node');
  });

  it('--keep-cluster keeps the cluster and says so', async () => {
    const sim = simulate('calico-vxlan', { keepCluster: true });
    sim.fake.add({ argv: ['kind', ...kind.delete(sim.cluster, sim.kubeconfig).args], result: ok(), times: 0 });
    const { code, report } = await runJson(sim, ['--keep-cluster']);
    expect(code).toBe(0);
    expect(deleted(sim)).toBe(false);
    expect(report.profiles[0].clusterKept).toBe(true);
  });

  it('crossSubnet: a topology failure still removes router and networks', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.fake.add({ argv: ['docker', ...docker.networkConnect(`${sim.cluster}-xs-b`, `${sim.cluster}-router`, '10.250.2.254').args], result: failed(1, 'Error response from daemon: Address already in use') });
    const { code } = await runJson(sim);
    expect(code).toBe(2);
    expect(lines(sim)).toContain(`docker rm -f ${sim.cluster}-router`);
    expect(deleted(sim)).toBe(true);
  });
});
