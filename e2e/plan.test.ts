import { describe, expect, it } from 'vitest';
import { e2eMain } from './cli.js';
import { DEFAULT_RUN_OPTIONS } from './harness.js';
import { buildPlan } from './plan.js';
import { PROBE_SCRIPT } from './probe.js';
import { PROFILE_NAMES } from './profiles/index.js';
import { simulate } from './testing/sim-cluster.js';

/** A planned argv matches a real one when equal token by token; `<…>` tokens are run-time values. */
function matches(planned: string[], actual: string[]): boolean {
  const cut = (a: string[]) => (a.includes(PROBE_SCRIPT) ? a.slice(0, a.indexOf(PROBE_SCRIPT) + 1) : a);
  const p = cut(planned);
  const a = cut(actual);
  return p.length === a.length && p.every((t, i) => t === a[i] || /<[^>]+>/.test(t));
}

describe.each(PROFILE_NAMES)('dry-run plan for %s', (name) => {
  it('runs nothing and prints every step with argv and generated manifests', async () => {
    const sim = simulate(name);
    const code = await e2eMain(['--profile', name, '--dry-run'], sim.deps);
    expect(code).toBe(0);
    expect(sim.fake.calls).toHaveLength(0);
    const text = sim.deps.out.join('');
    expect(text).toContain(`# netlint e2e plan: ${name}`);
    expect(text).toMatch(/\$ kind create cluster --name nl-[a-z-]+-<run-id> --config - --kubeconfig .* --retain/);
    expect(text).toContain('disableDefaultCNI: true');
    expect(text).toContain('kindest/node:v1.36.1@sha256:3489c7674813ba5d8b1a9977baea8a6e553784dab7b84759d1014dbd78f7ebd5');
    expect(text).toContain('kind: Pod');
    expect(text).toMatch(/\$ kind delete cluster/);
  });

  it('every command a real run executes is in the plan (plan and harness cannot drift)', async () => {
    const sim = simulate(name);
    await e2eMain(['--profile', name, '--work-dir', '/tmp/nl'], sim.deps, { catalogue: sim.options.catalogue });
    const plan = buildPlan(name, { ...DEFAULT_RUN_OPTIONS, workDir: '/tmp/nl', catalogue: sim.options.catalogue });
    const planned = plan.steps.flatMap((s) => s.commands.map((c) => c.argv.map((t) => t.replace(/nl-[a-z-]+-<run-id>/, sim.cluster))));
    const missing = sim.fake.calls.map((c) => [c.file, ...c.args]).filter((a) => !planned.some((p) => matches(p, a)));
    expect(missing).toEqual([]);
  });
});

describe('mode-specific plan content', () => {
  const text = (name: (typeof PROFILE_NAMES)[number]) => {
    const plan = buildPlan(name, DEFAULT_RUN_OPTIONS);
    return JSON.stringify(plan);
  };
  it('ipip sets IPIP Always and VXLAN Never with explicit autodetection', () => {
    expect(text('calico-ipip')).toContain('CALICO_IPV4POOL_IPIP=Always, CALICO_IPV4POOL_VXLAN=Never, IP_AUTODETECTION_METHOD=interface=eth0');
  });
  it('vxlan uses calico-vxlan.yaml with VXLAN explicitly Always', () => {
    const t = text('calico-vxlan');
    expect(t).toContain('manifests/calico-vxlan.yaml');
    expect(t).toContain('CALICO_IPV4POOL_VXLAN=Always');
  });
  it('crosssubnet builds two networks, a router, per-node routes and a negative control', () => {
    const t = text('calico-crosssubnet');
    for (const s of ['network","create","--subnet","10.250.1.0/24', '10.250.2.0/24', 'net.ipv4.ip_forward=1', '"ip","route","add","10.250.2.0/24","via","10.250.1.254","dev","eth1"', 'cidr=10.250.0.0/16', '{\\"spec\\":{\\"ipipMode\\":\\"Never\\"}}'])
      expect(t).toContain(s);
  });
  it('rr labels and annotates the reflector, peers by quoted selector, then turns the mesh off', () => {
    const plan = buildPlan('calico-rr', DEFAULT_RUN_OPTIONS);
    const rr = plan.steps.find((s) => s.id === 'route-reflectors')!;
    const yaml = rr.manifests.map((m) => m.yaml).join('\n');
    expect(yaml).toContain("peerSelector: route-reflector == 'true'");
    expect(yaml).toContain('nodeToNodeMeshEnabled: false');
    expect(rr.commands[1].argv).toContain('projectcalico.org/RouteReflectorClusterID=244.0.0.1');
    expect(rr.commands.at(-1)!.stdin).toBe('bgpconfiguration.yaml');
  });
  it('bgp and rr negative controls: the break, the nodes polled until it shows, pings, the restore, the nodes and pings again', () => {
    const control = (name: 'calico-bgp' | 'calico-rr') => buildPlan(name, DEFAULT_RUN_OPTIONS).steps.find((s) => s.id === 'negative-control')!;
    const shape = (name: 'calico-bgp' | 'calico-rr') =>
      control(name).commands.map((c) => (c.argv.includes('birdcl') ? 'birdcl' : c.argv.includes('exec') && c.argv.includes('probe') ? 'ping' : c.argv.slice(3, 5).join(' ')));
    const squeeze = (xs: string[]) =>
      xs.filter((x) => ['birdcl', 'ping', 'patch bgpconfigurations.crd.projectcalico.org/default', 'delete bgppeers.crd.projectcalico.org/peer-with-route-reflectors', 'apply --server-side'].includes(x)).filter((x, i, kept) => x !== kept[i - 1]);
    const bgp = control('calico-bgp');
    expect(squeeze(shape('calico-bgp'))).toEqual(['patch bgpconfigurations.crd.projectcalico.org/default', 'birdcl', 'ping', 'patch bgpconfigurations.crd.projectcalico.org/default', 'birdcl', 'ping']);
    expect(bgp.commands.filter((c) => c.argv.includes('patch')).map((c) => c.argv.at(-1))).toEqual(['{"spec":{"nodeToNodeMeshEnabled":false}}', '{"spec":{"nodeToNodeMeshEnabled":true}}']);
    expect(squeeze(shape('calico-rr'))).toEqual(['delete bgppeers.crd.projectcalico.org/peer-with-route-reflectors', 'birdcl', 'ping', 'apply --server-side', 'birdcl', 'ping']);
    expect(control('calico-rr').manifests.map((m) => m.yaml).join('')).toContain("peerSelector: route-reflector == 'true'");
  });
  it('multus-flannel copies the bridge plugin, installs flannel and multus, and creates dual-NIC pods', () => {
    const plan = buildPlan('multus-flannel', DEFAULT_RUN_OPTIONS);
    const t = JSON.stringify(plan);
    expect(t).toContain('./bridge');
    expect(t).toContain('k8s.v1.cni.cncf.io/networks: flannel-net');
    expect(t).toContain('v1.multus-cni.io/default-network: netlint-e2e/flannel-default');
    expect(t).toContain('podSubnet: 10.244.0.0/16');
  });
  it('--dry-run --format json gives the plan as data', async () => {
    const sim = simulate('calico-bgp');
    expect(await e2eMain(['--profile', 'calico-bgp,calico-rr', '--dry-run', '--format', 'json'], sim.deps)).toBe(0);
    const out = JSON.parse(sim.deps.out.join(''));
    expect(out.plans.map((p: { profile: string }) => p.profile)).toEqual(['calico-bgp', 'calico-rr']);
    expect(out.plans[0].steps.map((s: { id: string }) => s.id)).toEqual(['preflight', 'create-cluster', 'install-calico', 'wait-calico', 'probe-pods', 'node-evidence', 'ping-matrix', 'negative-control', 'on-failure', 'cleanup']);
  });
  it('usage errors exit 2 with one line', async () => {
    const sim = simulate('calico-bgp');
    expect(await e2eMain(['--profile', 'calico-nope'], sim.deps)).toBe(2);
    expect(await e2eMain([], sim.deps)).toBe(2);
    expect(await e2eMain(['--profile', 'calico-bgp', '--dry-run', '--format', 'junit'], sim.deps)).toBe(2);
    expect(sim.deps.err.join('').trim().split('\n')).toHaveLength(3);
  });
});
