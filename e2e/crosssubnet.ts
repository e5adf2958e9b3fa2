import { docker, node as nodeCmd } from './commands.js';
import { must, type Ctx } from './context.js';
import { imageRef } from './profiles/pins.js';
import { succeeded } from './runner.js';

/** The crossSubnet profile's real subnet boundary: two Docker networks and a router (its negative control is controls/crosssubnet.ts). */

export async function buildCrossSubnet(ctx: Ctx): Promise<void> {
  const xs = ctx.profile.crossSubnet!;
  const nets = xs.networks.map((n) => ({ ...n, name: `${ctx.cluster}-${n.name.replace(/^netlint-/, '')}` }));
  const router = `${ctx.cluster}-router`;
  ctx.cleanups.push(async () => {
    const leaked = succeeded(await ctx.deps.runner(docker.rmForce(router))) ? [] : [`docker container ${router}`];
    // Cleanups run last first, so the kind nodes, which `kind delete cluster` removes later, are
    // still attached here, and Docker refuses to remove a network with containers on it ("error
    // while removing network: … has active endpoints"); kind deletes its nodes only (kind
    // pkg/cluster/internal/delete/delete.go), never these networks. Detach the nodes first (a node
    // never attached, after a failed build, is no error).
    for (const [i, nodeName] of ctx.nodes.entries()) await ctx.deps.runner(docker.networkDisconnect(nets[xs.attachments[i].network].name, nodeName));
    return succeeded(await ctx.deps.runner(docker.networkRm(nets.map((n) => n.name)))) ? leaked : [...leaked, ...nets.map((n) => `docker network ${n.name}`)];
  });
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
