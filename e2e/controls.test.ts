import { describe, expect, it } from 'vitest';
import { sameSubnet } from './cidr.js';
import { e2eMain } from './cli.js';
import { node as nodeCmd } from './commands.js';
import { BGP_CONFIGURATION } from './controls/bgp.js';
import { CONTROLS } from './controls/index.js';
import type { ControlOf } from './controls/types.js';
import { DEFAULT_POOL } from './procedures/types.js';
import type { Profile, ProfileName } from './profiles/types.js';
import { failed, formatArgv, ok, type CommandResult, type CommandSpec } from './runner.js';
import { simulate, type Sim } from './testing/sim-cluster.js';

/**
 * The negative controls driven through the runner seam: the simulator's BGP objects (mesh switch,
 * route reflector BGPPeer) decide sessions, routes and which pings arrive.
 */
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
const nodeOf = (sim: Sim, pod: string) => sim.pods.find((x) => x.name === pod)!.nodeIndex;
/** Every ordered pair of probe pods on different nodes. */
const crossNode = (sim: Sim) => sim.pods.flatMap((a) => sim.pods.filter((b) => b.nodeIndex !== a.nodeIndex).map((b) => `${a.name} → ${b.name}`));

const BREAKS = {
  'calico-bgp': (sim: Sim) => ({ broken: sim.k.patchMerge(BGP_CONFIGURATION, { spec: { nodeToNodeMeshEnabled: false } }), restored: sim.k.patchMerge(BGP_CONFIGURATION, { spec: { nodeToNodeMeshEnabled: true } }) }),
  'calico-rr': (sim: Sim) => ({ broken: sim.k.deleteObject('bgppeers.crd.projectcalico.org/peer-with-route-reflectors'), restored: null }),
} as const;

describe.each(['calico-bgp', 'calico-rr'] as const)('%s negative control', (name) => {
  /** The control's break lands as usual, and from then on the IPAM block listing answers `listing` (`times` times). */
  const breakThenListBlocks = (sim: Sim, listing: CommandResult, times: number) => {
    const { broken } = BREAKS[name](sim);
    sim.fake.add({
      argv: [broken.file, ...broken.args],
      result: () => {
        Object.assign(sim.bgp, name === 'calico-bgp' ? { mesh: false } : { peer: false });
        sim.fake.add({ argv: ['kubectl', ...sim.k.getJson('blockaffinities.crd.projectcalico.org').args], result: listing, times });
        return ok();
      },
    });
  };

  it('breaks BGP routing, sees every cross-node pair blocked and same-node pairs reach, restores, and passes', async () => {
    const sim = simulate(name);
    const { code, p, matrix, evidence } = await run(sim);
    expect(p.reason).toBeUndefined();
    expect(code).toBe(0);
    const cells = matrix('negative-control')!;
    expect(cells.filter((c) => c.expect === 'block').map((c) => `${c.row} → ${c.col}`).sort()).toEqual(crossNode(sim).sort());
    expect(cells.every((c) => c.pass && c.outcome === (nodeOf(sim, c.row) === nodeOf(sim, c.col) ? 'connected' : 'timeout'))).toBe(true);
    expect(cells.filter((c) => c.expect === 'reach')).toHaveLength(4);
    expect(evidence('negative-control-break')).toMatchObject({ ok: true });
    expect(evidence('negative-control')).toMatchObject({ ok: true, observed: 'as expected: 16 pairs blocked, 4 reached' });
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
    expect(matrix('negative-control-restored')!.every((c) => c.expect === 'reach' && c.pass)).toBe(true);
    // The break, then the restore, then node evidence and pings again, all before the cluster goes.
    const { broken, restored } = BREAKS[name](sim);
    const b = at(sim, broken);
    const r = restored ? at(sim, restored) : lines(sim).findIndex((l, i) => i > b && l.includes(' apply ') && /kind: BGPPeer/.test(sim.fake.calls[i].input ?? ''));
    expect(b).toBeGreaterThan(0);
    expect(r).toBeGreaterThan(b);
    expect(lines(sim).slice(r).filter((l) => l.includes('birdcl'))).toHaveLength(sim.nodes.length);
    expect(lines(sim).findIndex((l) => l.startsWith('kind delete'))).toBeGreaterThan(r);
    expect(sim.bgp).toEqual({ mesh: name === 'calico-bgp', peer: name === 'calico-rr' });
  });

  it('fails naming the pairs when the cross-node pairs still reach with BGP routing gone', async () => {
    const sim = simulate(name);
    sim.reach = () => true;
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(1);
    expect(p.status).toBe('fail');
    expect(p.reason).toMatch(new RegExp(`^evidence contradicts ${sim.profile.mode}: negative-control on cluster: .* observed not blocked: probe-cp-a → probe-w1-a \\(3/3 received\\)`));
    const observed = evidence('negative-control')!.observed;
    for (const pair of crossNode(sim)) expect(observed).toContain(`${pair} (3/3 received)`);
    // The restore still ran and the matrix is whole again.
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
  });

  it('fails naming the pairs when the break also cuts the same-node pairs that must keep reaching', async () => {
    const sim = simulate(name);
    const real = sim.reach;
    const broken = () => (name === 'calico-bgp' ? !sim.bgp.mesh : !sim.bgp.peer);
    // While broken, the two pods of the first worker lose even each other; the second worker's pairs still reach.
    sim.reach = (src, ip, attempt) => !(broken() && src.nodeIndex === 1) && real(src, ip, attempt);
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(1);
    expect(p.status).toBe('fail');
    const observed = evidence('negative-control')!.observed;
    const firstWorker = sim.pods.filter((x) => x.nodeIndex === 1).map((x) => x.name);
    expect(observed).toBe(`did not reach: ${firstWorker[0]} → ${firstWorker[1]} (0/3 received), ${firstWorker[1]} → ${firstWorker[0]} (0/3 received)`);
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
  });

  it('is an error without touching the cluster when no pair is probed, none is expected to fail, or none to keep reaching', async () => {
    for (const [blocked, why] of [[() => null, 'no pair of probe pods to test'], [() => false, 'no pair is expected to fail'], [() => true, 'no pair is expected to keep reaching (no positive control)']] as const) {
      const sim = simulate(name);
      const real = CONTROLS[name]!;
      const { code, p, matrix } = await run(sim, { ...CONTROLS, [name]: (profile: Profile) => ({ ...real(profile), blocked }) });
      expect(code).toBe(2);
      expect(p.status).toBe('error');
      expect(p.reason).toContain(`: ${why}`);
      expect(p.reason).toContain('the cluster was not changed');
      expect(matrix('negative-control')).toBeUndefined();
      expect(at(sim, BREAKS[name](sim).broken)).toBe(-1);
    }
  });

  it('does not take a listing without IPAM blocks for the break landing: nothing left there was never looked at', async () => {
    const sim = simulate(name);
    breakThenListBlocks(sim, ok(JSON.stringify({ items: [] })), Infinity);
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(1);
    expect(p.status).toBe('fail');
    expect(evidence('negative-control-break')).toMatchObject({ ok: false, observed: 'after 90 s still no IPAM block affinity listed' });
  });

  it('restores also when the control itself fails midway', async () => {
    const sim = simulate(name);
    // Reading the node evidence fails once, right after the break.
    breakThenListBlocks(sim, failed(1, 'error: the server is currently unable to handle the request'), 1);
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(2);
    expect(p.reason).toContain('the server is currently unable to handle the request');
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
    expect(sim.bgp).toEqual({ mesh: name === 'calico-bgp', peer: name === 'calico-rr' });
  });
});

describe('a restore that does not bring the cluster back fails the profile', () => {
  it('calico-bgp: the mesh patched back on but no session returns', async () => {
    const sim = simulate('calico-bgp');
    const { restored } = BREAKS['calico-bgp'](sim);
    sim.fake.add({ argv: [restored.file, ...restored.args], result: ok() });
    const { code, p, matrix, evidence } = await run(sim);
    expect(code).toBe(1);
    expect(p.status).toBe('fail');
    expect(p.reason).toMatch(/^negative control not restored after BGPConfiguration nodeToNodeMeshEnabled: true: node evidence not back within 90 s: route on .* expected via 172\.18\.0\.\d dev eth0, observed no route \(\+\d+ more\)$/);
    expect(evidence('negative-control')).toMatchObject({ ok: true });
    expect(evidence('negative-control-restored')).toMatchObject({ ok: false });
    expect(matrix('negative-control-restored')).toBeUndefined();
    expect(lines(sim)).toContain(`kind delete cluster --name ${sim.cluster} --kubeconfig ${sim.kubeconfig}`);
  });

  it('calico-rr: sessions and routes back, but a pair still does not reach', async () => {
    const sim = simulate('calico-rr');
    const [from, to] = [sim.pods.find((x) => x.name === 'probe-w1-a')!, sim.pods.find((x) => x.name === 'probe-w2-b')!];
    const base = sim.reach;
    sim.reach = (src, ip, n) => !(src === from && ip === to.ip && lines(sim).some((l) => l.includes(' delete bgppeers'))) && base(src, ip, n);
    const { code, p, matrix } = await run(sim);
    expect(code).toBe(1);
    expect(p.reason).toBe('negative control not restored after recreate BGPPeer peer-with-route-reflectors: still not reaching: probe-w1-a → probe-w2-b (0/3 received)');
    expect(matrix('negative-control-restored')!.filter((c) => !c.pass)).toEqual([expect.objectContaining({ row: 'probe-w1-a', col: 'probe-w2-b' })]);
  });

  it('calico-crosssubnet: the patch back to ipipMode CrossSubnet does not take, so the pool and the routes stay broken', async () => {
    const sim = simulate('calico-crosssubnet');
    sim.fake.add({ argv: ['kubectl', ...sim.k.patchMerge(DEFAULT_POOL, { spec: { ipipMode: 'CrossSubnet' } }).args], result: ok() });
    const { code, p, evidence, matrix } = await run(sim);
    expect(code).toBe(1);
    expect(p.reason).toMatch(/^negative control not restored after IPPool ipipMode: CrossSubnet: node evidence not back within 90 s: ippool on cluster: expected IPPool 192\.168\.0\.0\/16 ipipMode=CrossSubnet vxlanMode=Never, observed 192\.168\.0\.0\/16 ipipMode=Never/);
    expect(evidence('negative-control')).toMatchObject({ ok: true });
    expect(matrix('negative-control-restored')).toBeUndefined();
  });
});

describe('calico-crosssubnet negative control', () => {
  const crossSubnetPairs = (sim: Sim) => sim.pods.flatMap((a) => sim.pods.filter((b) => !sameSubnet(sim.nodes[a.nodeIndex].ip, sim.nodes[b.nodeIndex].ip, sim.nodes[a.nodeIndex].prefix)).map((b) => `${a.name} → ${b.name}`));
  const pollsAfter = (sim: Sim, spec: CommandSpec) => lines(sim).slice(at(sim, spec)).findIndex((l) => l.endsWith('get ippools.crd.projectcalico.org -o json'));

  it('polls until the pool says Never and no route to the other subnet uses tunl0, then sees exactly the cross-subnet pairs blocked', async () => {
    const sim = simulate('calico-crosssubnet');
    const { code, p, matrix, evidence } = await run(sim);
    expect(p.reason).toBeUndefined();
    expect(code).toBe(0);
    expect(evidence('negative-control-break')).toMatchObject({ ok: true, observed: 'as expected' });
    const cells = matrix('negative-control')!;
    expect(cells.filter((c) => c.expect === 'block').map((c) => `${c.row} → ${c.col}`).sort()).toEqual(crossSubnetPairs(sim).sort());
    expect(cells.every((c) => c.pass)).toBe(true);
    expect(cells.some((c) => c.expect === 'reach')).toBe(true);
    // The nodes are read right after the break, not after a blind wait.
    expect(pollsAfter(sim, sim.k.patchMerge(DEFAULT_POOL, { spec: { ipipMode: 'Never' } }))).toBeGreaterThan(0);
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
  });

  it('names what the nodes still show when the break never lands, and restores', async () => {
    const sim = simulate('calico-crosssubnet');
    // The API accepts the patch but nothing changes: the pool, the routes and the pings stay.
    sim.fake.add({ argv: ['kubectl', ...sim.k.patchMerge(DEFAULT_POOL, { spec: { ipipMode: 'Never' } }).args], result: ok() });
    const { code, p, evidence } = await run(sim);
    expect(code).toBe(1);
    const left = evidence('negative-control-break')!;
    expect(left.ok).toBe(false);
    expect(left.observed).toMatch(/^after 90 s still IPPool default-ipv4-ippool ipipMode CrossSubnet, [\w-]+: route to [\d./]+ \([\w-]+\) via tunl0/);
    expect(evidence('negative-control')).toMatchObject({ ok: false, observed: expect.stringMatching(/^not blocked: /) });
    expect(p.reason).toMatch(/^evidence contradicts crosssubnet: negative-control-break on cluster/);
    expect(evidence('negative-control-restored')).toMatchObject({ ok: true });
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
