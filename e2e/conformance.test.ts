import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { toCalicoCrd } from './conformance/calico-crd.js';
import { manifestsScenario, podAddresses } from './conformance/run.js';
import { toYaml } from './manifests.js';
import { expectedMatrix } from './conformance/reach.js';
import { loadSources } from '../src/engine/load.js';
import { servers } from './conformance/shadow.js';
import { BUILTIN_SUITE, selectSuite, truthOf, XYZ_MODEL, type Scenario } from './conformance/suite.js';
import type { ConformanceResult } from './report-types.js';
import { failed, formatArgv, ok } from './runner.js';
import { escapeMarkdown } from '../src/report/markdown-escape.js';
import { withConformance } from './testing/sim-conformance.js';
import { simulate, type Sim } from './testing/sim-cluster.js';

const run = async (sim: Sim, extra: string[], options: Partial<Sim['options']> = {}) => {
  const code = await e2eMain(['--profile', sim.profile.name, '--work-dir', '/tmp/nl', '--format', 'json', ...extra], sim.deps, { catalogue: sim.options.catalogue, ...options });
  const out = sim.deps.out.join('');
  const report = out ? JSON.parse(out) : null;
  return { code, report, conformance: (report?.profiles[0].conformance ?? []) as ConformanceResult[] };
};
const scenario = (name: string) => BUILTIN_SUITE.find((s) => s.name === name)!;
const shadowExecs = (sim: Sim) => sim.fake.calls.filter((c) => c.args.includes('exec') && c.args.includes('probe') && c.args.includes('2s'));

describe('policy conformance on a simulated cluster answering from the truth table', () => {
  it('a 9×9 matrix over 4 port/protocol pairs and ping matches: 288 port cells + 72 ICMP cells, one exec per source pod, teardown after', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('xyz-tcp-80-only')]);
    const { code, conformance } = await run(sim, ['--suite', 'xyz-tcp-80-only']);
    expect(sim.fake.unexpected).toEqual([]);
    expect(code).toBe(0);
    expect(conformance).toHaveLength(1);
    const r = conformance[0];
    expect(r.endpoints).toHaveLength(9);
    expect(r.ports).toEqual(['80/TCP', '80/UDP', '81/TCP', '81/UDP', 'ICMP']);
    // 4 port cells and one ping (ICMP) cell per ordered pair
    expect(r.cells).toHaveLength(9 * 8 * 5);
    expect(r.cells.every((c) => c.pass && !c.flaky && c.attempts === 1)).toBe(true);
    // The policy really blocks something: UDP 80 into x/a is predicted and observed blocked.
    expect(r.cells.find((c) => c.from === 'y/b' && c.to === 'x/a' && c.port === 80 && c.protocol === 'UDP')).toMatchObject({ expected: false, observed: false, truth: false });
    expect(shadowExecs(sim)).toHaveLength(9);
    expect(cs.questions).toHaveLength(360);
    // The ICMP cells go out as pings, not as connections to a port.
    expect(cs.questions.filter((q) => q.protocol === 'ICMP')).toHaveLength(72);
    // ping to x/a is blocked: its policy's rule has ports, so it does not admit ICMP (reach and the truth table agree)
    expect(r.cells.find((c) => c.from === 'y/b' && c.to === 'x/a' && c.protocol === 'ICMP')).toMatchObject({ port: 0, expected: false, truth: false, observed: false, outcome: 'timeout', ingress: { verdict: 'deny' } });
    expect(cs.applied.some((y) => y.includes('kind: NetworkPolicy') && y.includes('name: a-tcp-80'))).toBe(true);
    expect(cs.deleted).toHaveLength(1);
    expect(cs.deleted[0]).toMatch(/kind: Namespace\nmetadata:\n {2}name: x/);
  });

  it('a deliberately wrong cell is a mismatch, re-probed before it counts, with the deciding rule and the reproduce command', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('xyz-tcp-80-only')]);
    cs.respond = (q) => (q.from === 'x/b' && q.to === 'x/a' && q.port === 81 && q.protocol === 'TCP' ? true : cs.truth(q));
    const { code, report, conformance } = await run(sim, ['--suite', 'xyz-tcp-80-only']);
    expect(code).toBe(1);
    const bad = conformance[0].cells.filter((c) => !c.pass);
    expect(bad).toHaveLength(1);
    const ip = cs.ips[0].get('x/a')!.ip;
    expect(bad[0]).toMatchObject({
      from: 'x/b',
      to: 'x/a',
      port: 81,
      protocol: 'TCP',
      expected: false,
      truth: false,
      observed: true,
      attempts: 3,
      mismatch: 'cni-deviation',
      ingress: { verdict: 'deny', reason: 'tier-default', policy: 'NetworkPolicy x/a-tcp-80' },
      reproduce: `kubectl --kubeconfig /tmp/nl/${sim.cluster}.kubeconfig -n x exec b -c serve-80 -- /agnhost connect ${ip}:81 --protocol=tcp --timeout=2s`,
    });
    expect(cs.questions.filter((q) => q.from === 'x/b' && q.to === 'x/a' && q.port === 81 && q.protocol === 'TCP')).toHaveLength(3);
    expect(report.profiles[0].reason).toMatch(/^policy conformance xyz-tcp-80-only \(default\): x\/b → x\/a 81\/TCP expected blocked, observed allowed \(cni-deviation\)/);
  });

  it('a flaky cell passes after its re-probe and is reported as flaky', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-allow')]);
    cs.respond = (q) => (q.from === 'busybox/busybox01' && q.to === 'busybox/busybox02' && q.attempt === 1 ? false : cs.truth(q));
    const { code, conformance } = await run(sim, ['--suite', 'busybox-allow']);
    expect(code).toBe(0);
    const cell = conformance[0].cells.find((c) => c.from === 'busybox/busybox01' && c.to === 'busybox/busybox02')!;
    expect(cell).toMatchObject({ pass: true, flaky: true, attempts: 2, expected: true, observed: true });
    expect(cell.mismatch).toBeUndefined();
    expect(cell.reproduce).toContain('/agnhost connect');
    // busybox03 stays blocked from both others.
    expect(conformance[0].cells.filter((c) => c.to === 'busybox/busybox03').map((c) => c.observed)).toEqual([false, false, false, false]);
  });

  it('the hard cap stops probing: cells left are reported as not probed, never as passes', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, [scenario('xyz-baseline')]);
    sim.execMs = 10_000;
    const { code, conformance } = await run(sim, ['--suite', 'xyz-baseline']);
    expect(code).toBe(1);
    expect(shadowExecs(sim).length).toBeLessThan(9);
    const capped = conformance[0].cells.filter((c) => c.capped);
    expect(capped.length).toBeGreaterThan(0);
    expect(capped.every((c) => !c.pass && c.mismatch === 'harness' && c.attempts === 0 && c.detail === 'not probed: 30 s probe cap reached')).toBe(true);
  });

  it('a cell where the cluster agrees with the truth table but not with reach is an analyzer bug', async () => {
    const sim = simulate('calico-ipip');
    // A truth table claiming x/b cannot reach x/a on TCP 80 while reach (and this cluster) say it can.
    const wrong: Scenario = { ...scenario('xyz-tcp-80-only'), truth: { edits: [...scenario('xyz-tcp-80-only').truth!.edits, { from: 'x/b', to: 'x/a', ports: ['80/TCP'], allowed: false }] } };
    const cs = withConformance(sim, [wrong]);
    cs.respond = (q) => (q.from === 'x/b' && q.to === 'x/a' && q.port === 80 && q.protocol === 'TCP' ? false : cs.truth(q));
    const code = await e2eMain(['--profile', 'calico-ipip', '--work-dir', '/tmp/nl', '--format', 'json'], sim.deps, { catalogue: sim.options.catalogue, scenarios: [wrong] });
    expect(code).toBe(1);
    const bad = (JSON.parse(sim.deps.out.join('')).profiles[0].conformance[0].cells as ConformanceResult['cells']).filter((c) => !c.pass);
    expect(bad).toEqual([expect.objectContaining({ from: 'x/b', to: 'x/a', port: 80, protocol: 'TCP', expected: true, truth: false, observed: false, mismatch: 'analyzer-bug' })]);
  });
});

const PR_FILES: Record<string, string> = {
  'deploy/app.yaml': `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: shop}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/secret-web:1.2.3
          ports: [{containerPort: 8080, name: http}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    metadata: {labels: {app: api}}
    spec:
      serviceAccountName: api-sa
      containers:
        - name: api
          image: ghcr.io/acme/secret-api:1.2.3
          ports: [{containerPort: 9000}, {containerPort: 5353, protocol: UDP}]
${['worker', 'worker2', 'worker3'].map((w) => `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${w}, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: worker}}\n    spec:\n      containers: [{name: w, image: ghcr.io/acme/secret-worker:1}]\n`).join('')}`,
  'policies/api.yaml': `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: web}}}]
      ports: [{port: 9000}]
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-worker-to-web}
spec:
  order: 10
  selector: app == 'web'
  ingress:
    - action: Deny
      source: {selector: app == 'worker'}
    - action: Allow
`,
};

describe('--manifests: the PR own policies on shadow workloads', () => {
  const prSim = () => {
    const sim = simulate('calico-ipip');
    for (const [p, c] of Object.entries(PR_FILES)) sim.manifestFiles.set(p, c);
    const cs = withConformance(sim, [manifestsScenario(Object.entries(PR_FILES).map(([path, content]) => ({ path, content })))]);
    return { sim, cs };
  };

  it('shadows one or two pods per class with the same labels, never the user images, and applies the policies (Calico as CRDs)', async () => {
    const { sim, cs } = prSim();
    const { code, conformance } = await run(sim, ['--manifests', 'deploy/app.yaml', '--manifests', 'policies/api.yaml']);
    expect(sim.fake.unexpected).toEqual([]);
    expect(code).toBe(0);
    // workers are one class of three: two of them are shadowed (intra-class cells probed), not three.
    expect(conformance[0].endpoints).toEqual(['shop/api', 'shop/web', 'shop/worker', 'shop/worker2']);
    // The report's port columns by number, ping last.
    expect(conformance[0].ports).toEqual(['5353/UDP', '8080/TCP', '9000/TCP', 'ICMP']);
    const everything = [...cs.applied, ...sim.fake.calls.map((c) => [c.input ?? '', ...c.args].join(' '))].join('\n');
    expect(everything).not.toContain('ghcr.io/acme');
    const setup = cs.applied[0];
    expect(setup).toContain('serviceAccountName: api-sa');
    expect(setup).toMatch(/kind: ServiceAccount\nmetadata:\n {2}name: api-sa/);
    expect(setup).toMatch(/name: shop\n {2}labels:\n {4}team: shop/);
    expect(setup).toContain('- --udp-port=5353');
    const policies = cs.applied[1];
    expect(policies).toContain('apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata:\n  name: default.deny-worker-to-web');
    expect(policies).toContain('tier: default');
    expect(policies).toMatch(/types:\n\s+- Ingress/);
    expect(policies).toContain('name: api-from-web');
    expect(conformance[0].explain).toBe('netlint reach --explain --format text deploy/app.yaml policies/api.yaml');
    const blocked = conformance[0].cells.find((c) => c.from === 'shop/worker' && c.to === 'shop/web')!;
    expect(blocked).toMatchObject({ expected: false, observed: false, ingress: { verdict: 'deny', reason: 'rule', policy: 'GlobalNetworkPolicy deny-worker-to-web', rule: 0 } });
  });

  it('a mismatch on the PR manifests stays undetermined and names the static command for the same cell', async () => {
    const { sim, cs } = prSim();
    cs.respond = (q) => (q.from === 'shop/worker' && q.to === 'shop/web' ? true : cs.truth(q));
    const { code, conformance } = await run(sim, ['--manifests', 'deploy/app.yaml', '--manifests', 'policies/api.yaml']);
    expect(code).toBe(1);
    const bad = conformance[0].cells.filter((c) => !c.pass);
    // The port cell and the ping cell: reach predicts both blocked, the manifests have no truth table.
    expect(bad).toEqual([
      expect.objectContaining({ from: 'shop/worker', to: 'shop/web', protocol: 'TCP', mismatch: 'undetermined', explain: 'netlint reach --explain --format text deploy/app.yaml policies/api.yaml --from shop/worker --to shop/web --port 8080/TCP' }),
      expect.objectContaining({ from: 'shop/worker', to: 'shop/web', protocol: 'ICMP', mismatch: 'undetermined', explain: 'netlint reach --explain --format text deploy/app.yaml policies/api.yaml --from shop/worker --to shop/web --port ICMP' }),
    ]);
  });

  it('a --manifests folder without any manifest file is a usage error, not a run with nothing to probe', async () => {
    const { sim } = prSim();
    sim.deps.readManifests = async () => [];
    expect(await e2eMain(['--profile', 'calico-ipip', '--manifests', 'empty/'], sim.deps)).toBe(2);
    expect(sim.deps.err.join('')).toContain('--manifests: no manifest files under empty/');
    expect(sim.fake.calls).toHaveLength(0);
  });

  it('a missing --manifests path is a usage error before anything runs', async () => {
    const { sim } = prSim();
    expect(await e2eMain(['--profile', 'calico-ipip', '--manifests', 'nope.yaml'], sim.deps)).toBe(2);
    expect(sim.deps.err.join('')).toContain('--manifests: nope.yaml: no such file or directory');
    expect(sim.fake.calls).toHaveLength(0);
  });
});

describe('multus-flannel: a matrix per network', () => {
  it('probes the default network against reach and net1 as all-allowed, and says why', async () => {
    const sim = simulate('multus-flannel');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    const { code, conformance } = await run(sim, ['--suite', 'busybox-deny']);
    expect(sim.fake.unexpected).toEqual([]);
    expect(code).toBe(0);
    expect(conformance.map((r) => r.network)).toEqual(['default', 'net1']);
    // Every cell into the busybox namespace is blocked; the positive-control pod (added because the
    // scenario predicts no allowed cell) is reached from every busybox pod.
    expect(conformance[0].cells.filter((c) => c.to.startsWith('busybox/')).every((c) => !c.observed && c.outcome === 'timeout')).toBe(true);
    expect(conformance[0].cells.filter((c) => c.to === 'netlint-control/control').map((c) => c.observed)).toEqual([true, true, true, true, true, true]);
    expect(conformance[1].cells.every((c) => c.expected && c.observed)).toBe(true);
    expect(conformance[1].notes.join(' ')).toContain('policies apply on the default network only');
    expect(cs.applied[0]).toContain('k8s.v1.cni.cncf.io/networks: netlint-e2e/flannel-net');
    expect(cs.questions.filter((q) => q.network === 'net1')).toHaveLength(24);
  });

  it('a blocked net1 cell is a mismatch whose report names no policy (none applies there)', async () => {
    const sim = simulate('multus-flannel');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    cs.respond = (q) => (q.network === 'net1' && q.from === 'busybox/busybox01' && q.to === 'busybox/busybox02' ? false : cs.truth(q));
    const code = await e2eMain(['--profile', 'multus-flannel', '--work-dir', '/tmp/nl', '--suite', 'busybox-deny', '--format', 'markdown'], sim.deps, { catalogue: sim.options.catalogue });
    expect(code).toBe(1);
    const md = sim.deps.out.join('');
    expect(md).toContain('(<code>busybox-deny</code>, net1 network): 22/24 cells as predicted');
    expect(md).toContain('- ❌ **busybox/busybox01 → busybox/busybox02 80/TCP**: predicted allowed, observed blocked (TIMEOUT, 3 attempts)');
    expect(md).toContain('  - deciding rules: none on net1 (policies apply on the default network only)');
  });
});

describe('the built-in suite and its reports', () => {
  it('the whole built-in suite passes on a cluster that behaves as documented, and reach agrees with every truth table', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, BUILTIN_SUITE);
    const { code, conformance } = await run(sim, ['--suite', 'builtin']);
    expect(sim.fake.unexpected).toEqual([]);
    // One result per scenario, and a second for the Services of a scenario that has some (probed through their ClusterIP).
    expect(conformance.map((r) => r.scenario)).toEqual(BUILTIN_SUITE.flatMap((s) => (s.name === 'service-target-port' ? [s.name, s.name] : [s.name])));
    expect(conformance.flatMap((r) => r.cells.filter((c) => c.truth !== c.expected).map((c) => `${r.scenario} ${c.from}->${c.to} ${c.port}/${c.protocol}`))).toEqual([]);
    expect(code).toBe(0);
  });

  it('service-target-port: probed through each ClusterIP on the Service port; blocked where the policy names the Service port, allowed where it names the target port', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('service-target-port')]);
    const { code, conformance } = await run(sim, ['--suite', 'service-target-port']);
    expect(sim.fake.unexpected).toEqual([]);
    expect(code).toBe(0);
    // The Services were applied on their own after the pods (the run's own ClusterIP manifests), before the policies.
    expect(cs.applied.map((a) => (a.includes('kind: NetworkPolicy') ? 'policies' : a.includes('kind: Service\n') ? 'services' : 'pods'))).toEqual(['pods', 'services', 'policies']);
    expect(cs.applied[1]).toMatch(/kind: Service\n\s*metadata:\n\s*name: web\n\s*namespace: svc-demo\n\s*spec:\n\s*type: ClusterIP/);
    const [pods, services] = conformance;
    expect(services.targets).toEqual(['svc:svc-demo/web', 'svc:svc-demo/api']);
    expect(services.title).toMatch(/, through its Services$/);
    const cells = services.cells.map((c) => `${c.from}->${c.to} ${c.port}/${c.protocol} ${c.expected ? 'allowed' : 'blocked'} truth=${c.truth} pass=${c.pass}`);
    expect(cells.sort()).toEqual([
      'svc-demo/api->svc:svc-demo/web 80/TCP blocked truth=false pass=true',
      'svc-demo/client->svc:svc-demo/api 80/TCP allowed truth=true pass=true',
      'svc-demo/client->svc:svc-demo/web 80/TCP blocked truth=false pass=true',
      'svc-demo/web->svc:svc-demo/api 80/TCP blocked truth=false pass=true',
    ]);
    // The probes went to the ClusterIPs on port 80, not to the pods.
    const asked = cs.questions.filter((q) => q.to.startsWith('svc:')).map((q) => `${q.from}->${q.to} ${q.port}`);
    expect(asked.sort()).toEqual(['svc-demo/api->svc:svc-demo/web 80', 'svc-demo/client->svc:svc-demo/api 80', 'svc-demo/client->svc:svc-demo/web 80', 'svc-demo/web->svc:svc-demo/api 80']);
    // reach's deciding rule on the pod's target port is carried into the Service cell.
    expect(services.cells.find((c) => c.from === 'svc-demo/client' && c.to === 'svc:svc-demo/api')).toMatchObject({ ingress: { verdict: 'allow', policy: 'NetworkPolicy svc-demo/api-from-client' } });
    // Pod to pod, the same policies: client reaches api on 9000 and not web on 8080.
    expect(pods.cells.filter((c) => c.from === 'svc-demo/client' && c.protocol === 'TCP').map((c) => `${c.to} ${c.port} ${c.expected}`).sort()).toEqual(['svc-demo/api 9000 true', 'svc-demo/web 8080 false']);
  });

  it('Services the API server refuses leave the pod matrix standing, said in its notes; nothing is probed through them', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('service-target-port')]);
    const apply = sim.k.apply('');
    const services = toYaml(cs.plans[0].services.map((sv) => sv.manifest));
    sim.fake.add({ argv: [apply.file, ...apply.args], times: Infinity, input: (input) => input === services, result: failed(1, 'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "8o": must contain at least one letter') });
    const { code, conformance } = await run(sim, ['--suite', 'service-target-port']);
    expect(code).toBe(0);
    expect(conformance).toHaveLength(1);
    expect(conformance[0].notes).toContain('the Services were not applied, so nothing was probed through them: The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "8o": must contain at least one letter');
    expect(cs.questions.some((q) => q.to.startsWith('svc:'))).toBe(false);
  });

  it('a Services grid whose every cell is predicted blocked takes its positive controls from its pod grid: no infrastructure error', async () => {
    const sim = simulate('calico-ipip');
    // Both policies name the Service port 80: nothing is predicted to connect through either Service.
    const files = scenario('service-target-port').sources.map((f) => ({ path: f.path, content: String(f.content).replace('ports: [{port: 9000}]', 'ports: [{port: 80}]') }));
    for (const f of files) sim.manifestFiles.set(f.path, f.content);
    withConformance(sim, [manifestsScenario(files)]);
    const { code, report, conformance } = await run(sim, files.flatMap((f) => ['--manifests', f.path]));
    expect(sim.fake.unexpected).toEqual([]);
    const services = conformance.find((r) => r.targets)!;
    expect(services.cells.length).toBeGreaterThan(0);
    expect(services.cells.every((c) => !c.expected && c.pass)).toBe(true);
    expect(report.profiles[0].status).toBe('pass');
    expect(code).toBe(0);
  });

  it('a Service the cluster gives no ClusterIP fails the scenario, naming it; teardown runs', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('service-target-port')]);
    const get = sim.k.getJson('services', 'svc-demo');
    sim.fake.add({ argv: [get.file, ...get.args], times: Infinity, result: ok(JSON.stringify({ items: [{ metadata: { name: 'web' }, spec: { clusterIP: '10.96.0.10' } }] })) });
    const { code, report } = await run(sim, ['--suite', 'service-target-port']);
    expect(code).toBe(1);
    expect(report.profiles[0].steps.find((s: { id: string }) => s.id === 'conformance-service-target-port')).toMatchObject({ status: 'failed', detail: expect.stringContaining('Services without a ClusterIP: svc-demo/api') });
    expect(cs.questions).toEqual([]);
    expect(cs.deleted).toHaveLength(1);
  });

  it('a mismatch through a Service is reported in its own grid, the Services as columns', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('service-target-port')]);
    cs.respond = (q) => (q.to === 'svc:svc-demo/web' && q.from === 'svc-demo/client' ? true : cs.truth(q));
    const code = await e2eMain(['--profile', 'calico-ipip', '--work-dir', '/tmp/nl', '--suite', 'service-target-port', '--format', 'markdown'], sim.deps, { catalogue: sim.options.catalogue });
    expect(code).toBe(1);
    const md = sim.deps.out.join('');
    expect(md).toContain('| from \\ to | `svc:svc-demo/web` | `svc:svc-demo/api` |');
    expect(md).toContain('| `svc-demo/client` | ❌ | ✅ |');
    expect(md).toContain('`·` not probed (a pod behind that Service, a port it does not have, or one left out: see the notes)');
    expect(md).toContain('- ❌ **svc\\-demo/client → svc:svc\\-demo/web 80/TCP**: predicted blocked, truth table blocked, observed allowed (connected, 3 attempts) — CNI deviation');
  });

  it('markdown: ✅/❌ grid per port, mismatches highlighted with why and reproduce; JUnit carries the failure', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-allow')]);
    cs.respond = (q) => (q.from === 'busybox/busybox03' && q.to === 'busybox/busybox02' ? true : cs.truth(q));
    const code = await e2eMain(['--profile', 'calico-ipip', '--work-dir', '/tmp/nl', '--suite', 'busybox-allow', '--format', 'markdown', '--report', '/r/out.junit.xml'], sim.deps, { catalogue: sim.options.catalogue });
    expect(code).toBe(1);
    const md = sim.deps.out.join('');
    expect(md).toContain('| profile | mode | evidence | ping | policy | time |');
    expect(md).toContain('| 10/12 |');
    expect(md).toContain('| `busybox/busybox03` | ✅✅ | ❌❌ | — |');
    expect(md).toContain('- ❌ **busybox/busybox03 → busybox/busybox02 ICMP**: predicted blocked, truth table blocked, observed allowed (3/3 received, 3 attempts)');
    expect(md).toContain('- ❌ **busybox/busybox03 → busybox/busybox02 80/TCP**: predicted blocked, truth table blocked, observed allowed');
    expect(md).toContain('CNI deviation');
    // Escaped as the lint report escapes text (policy names come from the PR); it renders as written.
    expect(md).toContain(escapeMarkdown('ingress denied: no rule of the 2 policies selecting it in tier default matches (NetworkPolicy busybox/allow-01-to-02, NetworkPolicy busybox/default-deny)'));
    expect(md).toContain('  - reproduce: `kubectl --kubeconfig');
    const junit = String(sim.deps.files.get('/r/out.junit.xml'));
    expect(junit).toContain('name="policy busybox-allow [default]: busybox/busybox03 -&gt; busybox/busybox02 80/TCP"');
    expect(junit).toMatch(/<failure message="predicted blocked, observed allowed/);
  });

  it('--suite rejects unknown names; selectSuite expands builtin', async () => {
    const sim = simulate('calico-ipip');
    expect(await e2eMain(['--profile', 'calico-ipip', '--suite', 'nope', '--dry-run'], sim.deps)).toBe(2);
    expect(sim.deps.err.join('')).toContain('unknown suite "nope"');
    expect(selectSuite(['builtin'])).toEqual(BUILTIN_SUITE);
    expect(selectSuite(['busybox-deny', 'calico-tier-pass']).map((s) => s.name)).toEqual(['busybox-deny', 'calico-tier-pass']);
  });
});

describe('units', () => {
  it('time budget on paper: a 9×9 matrix over 4 port/protocol pairs fits in 30 s of probing, and the cap is 30 s', async () => {
    const { DEFAULT_CONFORMANCE_OPTIONS, probeBudgetMs } = await import('./conformance/run.js');
    const probe = DEFAULT_CONFORMANCE_OPTIONS.probe;
    // one wave of 9 execs (ping's 4 s deadline + 1 s) + 2 re-probe rounds (2 s pause + 5 s)
    expect(probeBudgetMs(9, probe)).toBe(19_000);
    // a slow runner (exec overhead 3 s) still fits, so do 27 sources (three waves); 81 would not without the cap
    expect(probeBudgetMs(9, probe, 3000)).toBe(25_000);
    expect(probeBudgetMs(27, probe)).toBe(29_000);
    expect(probeBudgetMs(81, probe)).toBeGreaterThan(probe.capMs);
    expect(probe.capMs).toBe(30_000);
  });

  it('pod addresses: eth0 from status.podIP, net1 from the Multus network-status annotation; anything missing or malformed is null, never a crash', () => {
    const annotated = (status: string) => ({ 'k8s.v1.cni.cncf.io/network-status': status });
    const listed = podAddresses(
      JSON.stringify({
        items: [
          { metadata: { name: 'a', annotations: annotated(JSON.stringify([{ name: 'k8s-pod-network', ips: ['10.0.0.1'], default: true }, { name: 'ns/flannel', interface: 'net1', ips: ['10.1.0.1', 'fd00::1'] }])) }, status: { podIP: '10.0.0.1' } },
          { metadata: { name: 'b' } },
          { metadata: { name: 'c', annotations: annotated('{not json') }, status: { podIP: '10.0.0.3' } },
          { metadata: { name: 'd', annotations: annotated(JSON.stringify([{ name: 'ns/flannel', interface: 'net1' }])) }, status: {} },
        ],
      }),
    );
    expect([...listed]).toEqual([
      ['a', { ip: '10.0.0.1', net1: '10.1.0.1' }],
      ['b', { ip: null, net1: null }],
      ['c', { ip: '10.0.0.3', net1: null }],
      ['d', { ip: null, net1: null }],
    ]);
    expect(podAddresses('error: the server could not find the requested resource').size).toBe(0);
    expect(podAddresses('{}').size).toBe(0);
  });

  it('teardown never deletes the cluster namespaces: shadow pods there are deleted one by one', async () => {
    const { planScenario } = await import('./conformance/run.js');
    const { PROFILES } = await import('./profiles/index.js');
    const files = [{ path: 'a.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata: {name: one, labels: {app: one}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: two, namespace: team}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}\n' }];
    const plan = planScenario(manifestsScenario(files), PROFILES['calico-ipip'], ['n0', 'n1', 'n2']);
    const torn = plan.teardown.map((o) => `${o.kind} ${(o.metadata as { name: string }).name}`);
    expect(torn).toEqual(['Pod one', 'Namespace team']);
    expect(plan.pods.map((p) => [p.id, p.node])).toEqual([['default/one', 'n0'], ['team/two', 'n1']]);
  });

  it('the shadow plan keeps each policy kind in its scope and tears down what namespaces do not take with them, tiers last', async () => {
    const { planScenario } = await import('./conformance/run.js');
    const { PROFILES } = await import('./profiles/index.js');
    const doc = (text: string) => text.trim();
    const content = [
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: shop, kubernetes.io/metadata.name: shop}}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: tool, labels: {app: tool}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np-shop, namespace: shop}\nspec: {podSelector: {}, ingress: [{from: [{podSelector: {}}]}]}',
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np-default}\nspec: {podSelector: {}, ingress: [{}]}',
      'apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: {name: security}\nspec: {order: 100}',
      'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: {name: security.cnp, namespace: shop}\nspec: {tier: security, selector: all(), ingress: [{action: Pass}]}',
      'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: gnp}\nspec: {selector: all(), egress: [{action: Allow, destination: {nets: [10.0.0.0/8]}}]}',
      'apiVersion: projectcalico.org/v3\nkind: NetworkSet\nmetadata: {name: partners, namespace: shop}\nspec: {nets: [198.51.100.0/24]}',
      'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkSet\nmetadata: {name: outside}\nspec: {nets: [203.0.113.0/24]}',
      'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: anp}\nspec: {priority: 10, subject: {namespaces: {}}, ingress: [{action: Allow, from: [{namespaces: {}}]}]}',
    ].map(doc).join('\n---\n');
    const plan = planScenario(manifestsScenario([{ path: 'all.yaml', content: `${content}\n` }]), PROFILES['calico-ipip'], ['n0', 'n1']);
    const named = (o: Record<string, unknown>) => { const m = o.metadata as { name: string; namespace?: string }; return `${o.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name}`; };
    // Calico kinds become their crd.projectcalico.org/v1 objects; NetworkPolicy and NetworkSet stay in their namespace.
    expect(plan.policies.map(named).sort()).toEqual(['GlobalNetworkPolicy default.gnp', 'GlobalNetworkSet outside', 'NetworkPolicy default/np-default', 'NetworkPolicy shop/np-shop', 'NetworkPolicy shop/security.cnp', 'NetworkSet shop/partners', 'Tier security'].sort());
    // What deleting the namespace does not remove goes explicitly: cluster-scoped objects, policies in
    // namespaces the run must keep, shadow pods there; tiers after their policies; the namespace last.
    // (The global egress policy lets nothing reach a pod, so the positive-control namespace is there too.)
    expect(plan.teardown.map(named)).toEqual(['NetworkPolicy default/np-default', 'GlobalNetworkPolicy default.gnp', 'GlobalNetworkSet outside', 'Tier security', 'Pod default/tool', 'Namespace netlint-control', 'Namespace shop']);
    // The API sets kubernetes.io/metadata.name itself; the namespace keeps the rest of its labels.
    expect(plan.setup.filter((o) => o.kind === 'Namespace' && (o.metadata as { name: string }).name === 'shop')).toEqual([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { team: 'shop' } } }]);
    expect(plan.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^policy\.networking\.k8s\.io\/AdminNetworkPolicy anp \(all\.yaml\) is not applied: kind not supported by the shadow run$/), expect.stringMatching(/^policies match addresses \(ipBlock\/nets\)/)]));
  });

  it("shadow service accounts carry the input's labels (Calico selectors read them under pcsa.), the default one too when labelled, and nothing netlint adds", async () => {
    const { planScenario } = await import('./conformance/run.js');
    const { PROFILES } = await import('./profiles/index.js');
    const content = [
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: api, namespace: shop, labels: {role: frontend}}',
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: shop, labels: {PCI: "true"}}',
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: plain, namespace: shop}',
      // Each pod its own class (its own port), so every one is shadowed.
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop, labels: {app: web}}\nspec: {serviceAccountName: api, containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: shop, labels: {app: db}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 5432}]}]}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: job, namespace: shop, labels: {app: job}}\nspec: {serviceAccountName: plain, containers: [{name: c, image: i, ports: [{containerPort: 8001}]}]}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: tool, namespace: other, labels: {app: tool}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 8002}]}]}',
      // In a namespace the run keeps: the labelled default account is not applied (said so), another account is, and is deleted after.
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: default, namespace: default, labels: {PCI: "true"}}',
      'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: ops, namespace: default, labels: {role: ops}}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: probe, namespace: default, labels: {app: probe}}\nspec: {containers: [{name: c, image: i, ports: [{containerPort: 8003}]}]}',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: ops, namespace: default, labels: {app: ops}}\nspec: {serviceAccountName: ops, containers: [{name: c, image: i, ports: [{containerPort: 8004}]}]}',
    ].join('\n---\n');
    const plan = planScenario(manifestsScenario([{ path: 'all.yaml', content: `${content}\n` }]), PROFILES['calico-ipip'], ['n0', 'n1']);
    const accounts = plan.setup.filter((o) => o.kind === 'ServiceAccount').map((o) => o.metadata);
    expect(accounts).toEqual(
      expect.arrayContaining([
        { name: 'api', namespace: 'shop', labels: { role: 'frontend' } },
        { name: 'default', namespace: 'shop', labels: { PCI: 'true' } },
        { name: 'plain', namespace: 'shop' },
        { name: 'ops', namespace: 'default', labels: { role: 'ops' } },
      ]),
    );
    // other's default account is not written (the cluster has it, unlabelled), nor is anything under projectcalico.org/.
    expect(accounts).toHaveLength(4);
    expect(JSON.stringify(plan.setup)).not.toContain('projectcalico.org/name');
    expect(plan.notes).toContain('ServiceAccount default/default is labelled in the input but not in the cluster (the run keeps namespace default): cells that depend on its labels may differ for that reason alone');
    const torn = plan.teardown.map((o) => `${o.kind} ${(o.metadata as { namespace?: string }).namespace ?? ''}/${(o.metadata as { name: string }).name}`);
    expect(torn.indexOf('ServiceAccount default/ops')).toBeGreaterThan(torn.indexOf('Pod default/ops'));
    expect(torn.filter((t) => t.startsWith('ServiceAccount'))).toEqual(['ServiceAccount default/ops']);
  });

  it('truth tables: last matching edit wins, ports narrow, wildcards', () => {
    const t = { edits: [{ from: '*', to: 'x/a', allowed: false }, { from: '*/b', to: 'x/a', ports: ['81/UDP'], allowed: true }] };
    expect(truthOf(t, 'y/b', 'x/a', 81, 'UDP')).toBe(true);
    expect(truthOf(t, 'y/b', 'x/a', 81, 'TCP')).toBe(false);
    expect(truthOf(t, 'y/c', 'x/b', 80, 'TCP')).toBe(true);
  });

  it('shadow servers: one netexec per port number, spare ports for the protocol not declared, names kept', () => {
    const s = servers([{ port: 80, protocol: 'TCP', name: 'http' }, { port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }, { port: 9000, protocol: 'SCTP' }], 'agnhost');
    expect(s.map((c) => c.args)).toEqual([
      ['netexec', '--http-port=53', '--udp-port=53'],
      ['netexec', '--http-port=80', '--udp-port=20000'],
      ['netexec', '--http-port=20001', '--udp-port=20002', '--sctp-port=9000'],
    ]);
    expect(s[1].ports).toEqual([{ name: 'http', containerPort: 80, protocol: 'TCP' }]);
    expect(servers([], 'agnhost').map((c) => c.args)).toEqual([['netexec', '--http-port=20000', '--udp-port=20001']]);
  });

  it('Calico v3 → crd.projectcalico.org/v1: tier prefix once, tier and types as the v3 API defaults them', () => {
    expect(toCalicoCrd('NetworkPolicy', 'p', 'x', { egress: [{ action: 'Deny' }] })).toEqual({ apiVersion: 'crd.projectcalico.org/v1', kind: 'NetworkPolicy', metadata: { name: 'default.p', namespace: 'x' }, spec: { egress: [{ action: 'Deny' }], tier: 'default', types: ['Egress'] } });
    const tiered = toCalicoCrd('GlobalNetworkPolicy', 'security.guard', null, { tier: 'security', ingress: [], egress: [{}] });
    expect(tiered.metadata).toEqual({ name: 'security.guard' });
    expect((tiered.spec as { types: string[] }).types).toEqual(['Egress']);
    expect((toCalicoCrd('GlobalNetworkPolicy', 'g', null, { types: ['Ingress', 'Egress'] }).spec as { types: string[] }).types).toEqual(['Ingress', 'Egress']);
    expect(toCalicoCrd('Tier', 'security', null, { order: 100 })).toEqual({ apiVersion: 'crd.projectcalico.org/v1', kind: 'Tier', metadata: { name: 'security' }, spec: { order: 100 } });
  });

  it('the x/y/z model quotes y (a bare y is a YAML 1.1 boolean)', () => {
    expect(XYZ_MODEL).toContain('namespace: "y"');
    expect(formatArgv(['a b'])).toBe("'a b'");
  });
});

describe('dry-run with a suite', () => {
  it('`--profile calico-ipip --suite builtin --dry-run` prints every scenario: shadow manifests, policies, every probe exec and teardown; runs nothing', async () => {
    const sim = simulate('calico-ipip');
    expect(await e2eMain(['--profile', 'calico-ipip', '--suite', 'builtin', '--dry-run'], sim.deps)).toBe(0);
    expect(sim.fake.calls).toHaveLength(0);
    const text = sim.deps.out.join('');
    for (const s of BUILTIN_SUITE) {
      expect(text).toContain(`[conformance-${s.name}]`);
      expect(text).toContain(`--- shadow-${s.name}.yaml`);
      expect(text).toContain(`--- teardown-${s.name}.yaml`);
    }
    expect(text).toContain('--- policies-calico-tier-pass.yaml\n   apiVersion: crd.projectcalico.org/v1\n   kind: Tier');
    expect(text).toContain('name: security.guard-x');
    // ClusterNetworkPolicies are applied as written (their CRD ships with Calico v3.32), not left out.
    expect(text).toContain('--- policies-cluster-policy-tiers.yaml\n   apiVersion: policy.networking.k8s.io/v1alpha2\n   kind: ClusterNetworkPolicy\n   metadata:\n     name: deny-y-to-x-80');
    expect(text).not.toMatch(/ClusterNetworkPolicy \S+ \(builtin\/cluster-policy\/tiers\.yaml\) is not applied/);
    expect(text).toMatch(/\$ kubectl --kubeconfig \S+ -n x exec a -c serve-80 -- sh -c '<script 1, printed at the end>' probe 2s tcp '<ip of x\/b>' 80 udp '<ip of x\/b>' 80/);
    expect(text).toContain('eth0: x/a probes 40 cells concurrently in one exec');
    // ping probes in the policy matrices, as the guide checks busybox
    expect(text).toMatch(/-n busybox exec busybox01 -c serve-80 -- sh -c '<script 1, printed at the end>' probe 2s tcp '<ip of busybox\/busybox02>' 80 tcp '<ip of busybox\/busybox03>' 80 .*icmp '<ip of busybox\/busybox02>' 0 icmp '<ip of busybox\/busybox03>' 0/);
    // The script itself, printed once after the plan: what decides each cell's verdict can be read.
    expect(text).toContain('# script 1 (run as sh -c SCRIPT probe TIMEOUT then PROTOCOL IP PORT per target)\n   t=$1; shift\n');
    expect(text).toContain('ICMP: 6 ping cells (ping -c 3 -W 1 -w 4 <ip>) between every ordered pair of shadow pods, expected from netlint reach and checked against the hand-written truth table');
    expect(text).toContain('ICMP predicted by netlint reach: 1 allowed, 5 blocked: allowed busybox/busybox01 → busybox/busybox02; every other pair blocked');
    expect(text).toContain('hard cap 30 s per matrix');
    expect(text).not.toContain('registry.example');
  });

  it('every command a conformance run executes is in the plan (plan and harness cannot drift)', async () => {
    const sim = simulate('multus-flannel');
    withConformance(sim, [scenario('busybox-allow')]);
    const { buildPlan } = await import('./plan.js');
    const { DEFAULT_RUN_OPTIONS } = await import('./harness.js');
    await run(sim, ['--suite', 'busybox-allow']);
    const plan = buildPlan('multus-flannel', { ...DEFAULT_RUN_OPTIONS, workDir: '/tmp/nl', catalogue: sim.options.catalogue, scenarios: [scenario('busybox-allow')] });
    const planned = plan.steps.flatMap((s) => s.commands.map((c) => c.argv.map((t) => t.replace(/nl-[a-z-]+-<run-id>/, sim.cluster))));
    const same = (p: string[], a: string[]) => p.length === a.length && p.every((t, i) => t === a[i] || /<[^>]+>/.test(t));
    const conformanceCalls = sim.fake.calls.map((c) => [c.file, ...c.args]).filter((a) => a.includes('busybox') || a.includes('delete'));
    expect(conformanceCalls.length).toBeGreaterThan(6);
    expect(conformanceCalls.filter((a) => !planned.some((p) => same(p, a)))).toEqual([]);
  });
});

describe('conformance failure paths', () => {
  it('shadow pods never Ready: the profile fails (exit 1), teardown still runs, the cluster is deleted', async () => {
    const sim = simulate('calico-bgp');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    const ready = sim.k.podsReady('busybox');
    sim.fake.add({ argv: [ready.file, ...ready.args], times: Infinity, result: { exitCode: 1, stdout: '', stderr: 'error: timed out waiting for the condition on pods/busybox02', timedOut: false } });
    const { code, report } = await run(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(1);
    expect(report.profiles[0].reason).toContain('timed out waiting for the condition on pods/busybox02');
    expect(cs.deleted).toHaveLength(1);
    expect(formatArgv([sim.fake.calls.at(-3)!.file, ...sim.fake.calls.at(-3)!.args])).toBe(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);
  });

  it('a failed teardown fails the scenario: the next one would inherit its policies', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, [scenario('busybox-deny')]);
    const del = sim.k.deleteManifest('');
    sim.fake.add({ argv: [del.file, ...del.args], times: Infinity, result: { exitCode: 1, stdout: '', stderr: 'error: timed out waiting for namespace busybox', timedOut: false } });
    const { code, report } = await run(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(1);
    expect(report.profiles[0].steps.find((s: { id: string }) => s.id === 'conformance-busybox-deny')).toMatchObject({ status: 'failed', detail: expect.stringContaining('timed out waiting for namespace busybox') });
  });

  it('when the scenario fails and its teardown fails too, the scenario’s own failure is the one reported', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    const ready = sim.k.podsReady('busybox');
    sim.fake.add({ argv: [ready.file, ...ready.args], times: Infinity, result: failed(1, 'error: timed out waiting for the condition on pods/busybox02') });
    const del = sim.k.deleteManifest('');
    sim.fake.add({ argv: [del.file, ...del.args], times: Infinity, result: (spec) => ((cs.deleted.push(spec.input ?? ''), failed(1, 'error: timed out waiting for namespace busybox'))) });
    const { code, report } = await run(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(1);
    expect(report.profiles[0].steps.find((s: { id: string }) => s.id === 'conformance-busybox-deny')).toMatchObject({ status: 'failed', detail: expect.stringContaining('pods/busybox02') });
    expect(cs.deleted).toHaveLength(1);
  });

  // Every probed pod needs its address: a probe of a missing one (0.0.0.0) would reach the source pod itself.
  const busyboxPods = (sim: Sim, item: (name: string, i: number) => object) => {
    const get = sim.k.getJson('pods', 'busybox');
    sim.fake.add({ argv: [get.file, ...get.args], times: Infinity, result: ok(JSON.stringify({ items: ['busybox01', 'busybox02', 'busybox03'].map(item) })) });
  };

  it('a shadow pod listed without an IP fails the scenario before anything is probed, naming it; teardown runs', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    busyboxPods(sim, (name, i) => ({ metadata: { name }, status: name === 'busybox02' ? {} : { podIP: `10.100.0.${10 + i}` } }));
    const { code, report } = await run(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(1);
    expect(report.profiles[0].steps.find((s: { id: string }) => s.id === 'conformance-busybox-deny')).toMatchObject({ status: 'failed', detail: expect.stringContaining('shadow pods without an IP: busybox/busybox02') });
    expect(cs.questions).toEqual([]);
    expect(cs.applied).toHaveLength(1);
    expect(cs.deleted).toHaveLength(1);
  });

  it('multus-flannel: a shadow pod whose network-status names no net1 address fails the scenario; nothing is probed at 0.0.0.0', async () => {
    const sim = simulate('multus-flannel');
    const cs = withConformance(sim, [scenario('busybox-deny')]);
    const status = (ip: string, net1: boolean) => JSON.stringify([{ name: 'k8s-pod-network', ips: [ip], default: true }, ...(net1 ? [{ name: 'netlint-e2e/flannel-net', interface: 'net1', ips: ['10.150.1.9'] }] : [])]);
    busyboxPods(sim, (name, i) => ({ metadata: { name, annotations: { 'k8s.v1.cni.cncf.io/network-status': status(`10.100.0.${10 + i}`, name !== 'busybox03') } }, status: { podIP: `10.100.0.${10 + i}` } }));
    const { code, report } = await run(sim, ['--suite', 'busybox-deny']);
    expect(code).toBe(1);
    expect(report.profiles[0].steps.find((s: { id: string }) => s.id === 'conformance-busybox-deny')).toMatchObject({ status: 'failed', detail: expect.stringContaining('shadow pods without a net1 address (Multus network-status annotation): busybox/busybox03') });
    expect(cs.questions).toEqual([]);
  });

  it('manifests without workloads: nothing to probe, said so, nothing applied', async () => {
    const sim = simulate('calico-ipip');
    sim.manifestFiles.set('np.yaml', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec: {podSelector: {}}\n');
    const { code, conformance } = await run(sim, ['--manifests', 'np.yaml']);
    expect(code).toBe(0);
    expect(conformance[0].cells).toEqual([]);
    expect(conformance[0].notes[0]).toMatch(/^nothing to probe: the manifests declare 0 workload endpoint\(s\)/);
    expect(sim.fake.calls.some((c) => c.input?.includes('name: deny'))).toBe(false);
  });

  it('--dry-run --manifests prints the shadow pods and the policies, never the user images', async () => {
    const sim = simulate('calico-ipip');
    for (const [p, c] of Object.entries(PR_FILES)) sim.manifestFiles.set(p, c);
    expect(await e2eMain(['--profile', 'calico-ipip', '--manifests', 'deploy/app.yaml', '--manifests', 'policies/api.yaml', '--dry-run'], sim.deps)).toBe(0);
    const text = sim.deps.out.join('');
    expect(sim.fake.calls).toHaveLength(0);
    expect(text).toContain('[conformance-manifests]');
    expect(text).toContain('4 shadow pods (one or two per equivalence class)');
    expect(text).toContain('name: default.deny-worker-to-web');
    expect(text).not.toContain('ghcr.io/acme');
  });
});

describe('reach and the hand-written truth tables agree on ping', () => {
  it.each(BUILTIN_SUITE.map((s) => [s.name, s] as const))('%s: reach predicts every ICMP cell as the truth table says', (_name, s) => {
    const m = expectedMatrix(loadSources(s.sources).resources);
    const icmp = m.cells.filter((c) => c.protocol === 'ICMP');
    const ids = new Set(m.classes.flatMap((k) => k.members));
    // one echo cell per ordered pair of workloads
    expect(icmp).toHaveLength(ids.size * (ids.size - 1));
    const disagree = icmp.filter((c) => c.allowed !== truthOf(s.truth!, c.from, c.to, 0, 'ICMP')).map((c) => `${c.from} → ${c.to}: reach ${c.allowed ? 'allowed' : 'blocked'}`);
    expect(disagree).toEqual([]);
  });
});

describe('ICMP (ping) cells, as the guide checks busybox', () => {
  const icmp = (r: ConformanceResult, from: string, to: string) => r.cells.find((c) => c.protocol === 'ICMP' && c.from === `busybox/${from}` && c.to === `busybox/${to}`)!;

  it('busybox01 can ping busybox02 after allow-from-busybox01; busybox03 cannot', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-allow')]);
    const { code, conformance } = await run(sim, ['--suite', 'busybox-allow']);
    expect(code).toBe(0);
    // reach predicts both, naming the deciding policy; the truth table agrees
    expect(icmp(conformance[0], 'busybox01', 'busybox02')).toMatchObject({ expected: true, truth: true, observed: true, outcome: 'connected', detail: '3/3 received', pass: true, ingress: { verdict: 'allow', policy: 'NetworkPolicy busybox/allow-01-to-02' } });
    expect(icmp(conformance[0], 'busybox03', 'busybox02')).toMatchObject({ expected: false, truth: false, observed: false, outcome: 'timeout', detail: '0/3 received', pass: true, ingress: { verdict: 'deny' } });
    expect(cs.questions.filter((q) => q.protocol === 'ICMP')).toHaveLength(6);
  });

  it('a wrong ICMP verdict (busybox03 pings busybox02 through the policy) is a CNI deviation, exit 1', async () => {
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [scenario('busybox-allow')]);
    cs.respond = (q) => (q.protocol === 'ICMP' && q.from === 'busybox/busybox03' && q.to === 'busybox/busybox02' ? true : cs.truth(q));
    const { code, report, conformance } = await run(sim, ['--suite', 'busybox-allow']);
    expect(code).toBe(1);
    expect(conformance[0].cells.filter((c) => !c.pass)).toEqual([expect.objectContaining({ from: 'busybox/busybox03', to: 'busybox/busybox02', protocol: 'ICMP', mismatch: 'cni-deviation', attempts: 3 })]);
    expect(report.profiles[0].reason).toMatch(/busybox\/busybox03 → busybox\/busybox02 ICMP expected blocked, observed allowed \(cni-deviation\)/);
    expect(conformance[0].cells.find((c) => !c.pass)!.reproduce).toMatch(/exec busybox03 -c serve-80 -- ping -c 3 -W 1 -w 4 10\.100\.0\.\d+$/);
  });

  it('a truth table that disagrees with reach on a ping cell fails the run as an analyzer bug, also when the cluster agrees with reach', async () => {
    // A deliberately wrong truth table: it claims busybox03 may ping busybox02.
    const wrong: Scenario = { ...scenario('busybox-allow'), truth: { edits: [...scenario('busybox-allow').truth!.edits, { from: 'busybox/busybox03', to: 'busybox/busybox02', ports: ['ICMP'], allowed: true }] } };
    const sim = simulate('calico-ipip');
    const cs = withConformance(sim, [wrong]);
    cs.respond = (q) => (q.protocol === 'ICMP' && q.from === 'busybox/busybox03' && q.to === 'busybox/busybox02' ? false : cs.truth(q));
    const { code, conformance } = await run(sim, [], { scenarios: [wrong] });
    expect(code).toBe(1);
    expect(conformance[0].cells.filter((c) => !c.pass)).toEqual([expect.objectContaining({ from: 'busybox/busybox03', to: 'busybox/busybox02', protocol: 'ICMP', expected: false, truth: true, observed: false, mismatch: 'analyzer-bug' })]);
  });

  it('a ping that printed no statistics is a probe that never ran (exit 2), never a block', async () => {
    const sim = simulate('calico-ipip');
    withConformance(sim, [scenario('busybox-allow')]);
    const real = sim.shadowExec!;
    sim.shadowExec = (spec) => {
      const res = real(spec);
      return res && { ...res, stdout: res.stdout.replace(/PING [\s\S]*?packet loss/g, 'ping: permission denied (are you root?)') };
    };
    const { code, report } = await run(sim, ['--suite', 'busybox-allow']);
    expect(code).toBe(2);
    expect(report.profiles[0].reason).toMatch(/probes that never ran.*ICMP: unparsed ping output \(exit \d\): ping: permission denied/);
  });
});

it('`netlint e2e --suite builtin --dry-run` (no --profile) plans the suite on calico-ipip, ping probes included', async () => {
  const sim = simulate('calico-ipip');
  expect(await e2eMain(['--suite', 'builtin', '--dry-run'], sim.deps)).toBe(0);
  const text = sim.deps.out.join('');
  expect(text).toContain('# netlint e2e plan: calico-ipip (ipip)');
  for (const s of BUILTIN_SUITE) expect(text).toMatch(new RegExp(`\\[conformance-${s.name}\\][\\s\\S]*?ICMP: \\d+ ping cells`));
  expect(text).toMatch(/icmp '<ip of busybox\/busybox02>' 0/);
});
