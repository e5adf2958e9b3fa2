import { docker, node as nodeCmd } from './commands.js';
import { sameSubnet } from './cidr.js';
import { must, type Ctx } from './context.js';
import type { Facts, PodFacts } from './evidence.js';
import { pairProbes, pingPlanes, probeMatrix } from './node-facts.js';
import { imageRef } from './profiles/pins.js';
import { succeeded } from './runner.js';

/** The crossSubnet profile's real subnet boundary (two Docker networks and a router) and its negative control. */

export async function buildCrossSubnet(ctx: Ctx): Promise<void> {
  const xs = ctx.profile.crossSubnet!;
  const nets = xs.networks.map((n) => ({ ...n, name: `${ctx.cluster}-${n.name.replace(/^netlint-/, '')}` }));
  const router = `${ctx.cluster}-router`;
  ctx.cleanups.push(async () => [
    ...(succeeded(await ctx.deps.runner(docker.rmForce(router))) ? [] : [`docker container ${router}`]),
    ...(succeeded(await ctx.deps.runner(docker.networkRm(nets.map((n) => n.name)))) ? [] : nets.map((n) => `docker network ${n.name}`)),
  ]);
  for (const n of nets) await must(ctx, docker.networkCreate(n.name, n.subnet, n.gateway));
  await must(ctx, docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRef(xs.routerImage)));
  await must(ctx, docker.networkConnect(nets[1].name, router, nets[1].routerIp));
  for (const [i, nodeName] of ctx.nodes.entries()) {
    const a = xs.attachments[i];
    await must(ctx, docker.networkConnect(nets[a.network].name, nodeName, a.ip));
    const other = nets[1 - a.network];
    await must(ctx, nodeCmd.addRoute(nodeName, other.subnet, nets[a.network].routerIp, xs.interface));
  }
}

/** crossSubnet negative control: without IPIP only same-subnet pairs may work (the router has no pod routes). */
export async function negativeControl(ctx: Ctx, facts: Facts, pods: PodFacts[]): Promise<void> {
  const poolName = facts.pools[0]?.name ?? 'default-ipv4-ippool';
  const pool = `ippools.crd.projectcalico.org/${poolName}`;
  await must(ctx, ctx.k.patchMerge(pool, { spec: { ipipMode: 'Never' } }));
  try {
    await ctx.deps.sleep(ctx.options.pollIntervalMs * 2);
    const ipOf = (p: PodFacts) => facts.nodes.find((n) => n.name === p.node);
    const same = (a: PodFacts, b: PodFacts) => {
      const na = ipOf(a);
      const nb = ipOf(b);
      return !!na?.ip && !!nb?.ip && na.prefixLen !== null && sameSubnet(na.ip, nb.ip, na.prefixLen);
    };
    const members = pingPlanes(ctx.profile, pods)[0].members;
    const m = await probeMatrix(ctx, 'negative-control', 'negative control: ipipMode Never (cross-subnet must fail)', pairProbes(members, (s, d) => (same(s, d) ? 'reach' : 'block')), members.map((x) => x.pod.name));
    const bad = m.cells.filter((c) => !c.pass);
    ctx.report.evidence.push({
      id: 'negative-control',
      scope: 'cluster',
      ok: bad.length === 0,
      expected: 'with ipipMode Never: same-subnet pairs reach, cross-subnet pairs blocked',
      observed: bad.length ? `${bad.length} cells disagree (e.g. ${bad[0].row} → ${bad[0].col}: ${bad[0].detail})` : 'as expected',
    });
  } finally {
    await must(ctx, ctx.k.patchMerge(pool, { spec: { ipipMode: 'CrossSubnet' } }));
  }
}
