import { docker, node as nodeCmd } from './commands.js';
import { must, type Ctx } from './context.js';
import { imageRef } from './profiles/pins.js';
import { succeeded } from './runner.js';

/** The crossSubnet profile's real subnet boundary: two Docker networks and a router (its negative control is controls/crosssubnet.ts). */

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
