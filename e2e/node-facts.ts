import { birdProtocols, node as nodeCmd, type Kubectl } from './commands.js';
import { must, retry, run, StepFailure, itemsOf, type Ctx } from './context.js';
import { parseBirdProtocols, parseEnvFile, parseJsonArray, type Facts, type LinkEntry, type NodeFacts, type PodFacts, type RouteEntry } from './evidence.js';
import { PROBE_NAMESPACE, probeManifests, probePodSpecs, toYaml } from './manifests.js';
import { runProbes, type Probe } from './probe.js';
import type { Profile } from './profiles/types.js';
import type { Matrix } from './report-types.js';
import { succeeded, type CommandSpec } from './runner.js';

/** What the nodes and pods show (read through the runner), and probing between probe pods. */

export async function calicoNodePods(ctx: Ctx): Promise<Map<string, string>> {
  const res = await must(ctx, ctx.k.getJson('pods', 'kube-system', 'k8s-app=calico-node'));
  const items = itemsOf(res.stdout);
  return new Map(items.map((p) => [String(p.spec?.nodeName), String(p.metadata?.name)]));
}

export async function readNodes(ctx: Ctx): Promise<NodeFacts[]> {
  const items = itemsOf((await must(ctx, ctx.k.getJson('nodes'))).stdout);
  return ctx.nodes.map((name, index) => {
    const item = items.find((i) => i.metadata?.name === name);
    const annotations = item?.metadata?.annotations ?? {};
    const addr = annotations['projectcalico.org/IPv4Address'];
    const [ip, len] = addr ? addr.split('/') : [null, null];
    return { name, index, ip: ip ?? null, prefixLen: len ? Number(len) : null, annotations, podCIDR: item?.spec?.podCIDR ?? null, routes: [], links: [], addrs: [], bgp: null };
  });
}

/** The commands `collectNodeFacts` runs, for the dry-run (`<…>` for the calico-node pod names). */
export function nodeFactsCommands(k: Kubectl, nodes: string[], profile: Profile): CommandSpec[] {
  return [
    k.getJson('nodes'),
    k.getJson('blockaffinities.crd.projectcalico.org'),
    k.getJson('ippools.crd.projectcalico.org'),
    ...(profile.calico.bird ? [k.getJson('pods', 'kube-system', 'k8s-app=calico-node')] : []),
    ...nodes.flatMap((n) => [
      nodeCmd.routes(n),
      nodeCmd.links(n),
      nodeCmd.addrs(n),
      ...(profile.calico.bird ? [birdProtocols(k, `<calico-node pod on ${n}>`)] : [nodeCmd.birdSocket(n)]),
      ...(profile.multus ? [nodeCmd.flannelEnv(n), nodeCmd.cniConfDir(n)] : []),
    ]),
  ];
}

/** Reads everything the nodes show: routes, links, addresses, BGP sessions, flannel state. */
export async function collectNodeFacts(ctx: Ctx): Promise<Facts> {
  const nodes = await readNodes(ctx);
  const blocks = itemsOf((await must(ctx, ctx.k.getJson('blockaffinities.crd.projectcalico.org'))).stdout).map((b) => ({ cidr: String(b.spec?.cidr), node: String(b.spec?.node) }));
  const pools = itemsOf((await must(ctx, ctx.k.getJson('ippools.crd.projectcalico.org'))).stdout).map((p) => ({
    name: String(p.metadata?.name),
    cidr: String(p.spec?.cidr),
    ipipMode: String(p.spec?.ipipMode ?? 'Never'),
    vxlanMode: String(p.spec?.vxlanMode ?? 'Never'),
  }));
  const pods = ctx.profile.calico.bird ? await calicoNodePods(ctx) : new Map<string, string>();
  for (const n of nodes) {
    n.routes = parseJsonArray<RouteEntry>((await must(ctx, nodeCmd.routes(n.name))).stdout);
    n.links = parseJsonArray<LinkEntry>((await must(ctx, nodeCmd.links(n.name))).stdout);
    n.addrs = parseJsonArray<LinkEntry>((await must(ctx, nodeCmd.addrs(n.name))).stdout);
    if (ctx.profile.calico.bird) {
      const pod = pods.get(n.name);
      const res = pod ? await run(ctx, birdProtocols(ctx.k, pod)) : null;
      n.bgp = res && succeeded(res) ? parseBirdProtocols(res.stdout) : null;
    } else {
      const res = await run(ctx, nodeCmd.birdSocket(n.name));
      const said = res.stdout.trim();
      n.birdSocket = succeeded(res) && (said === 'present' || said === 'absent') ? said : null;
    }
    if (ctx.profile.multus) {
      const env = await run(ctx, nodeCmd.flannelEnv(n.name));
      n.flannelEnv = succeeded(env) ? parseEnvFile(env.stdout) : null;
      n.cniConfFiles = (await run(ctx, nodeCmd.cniConfDir(n.name))).stdout.split('\n').map((s) => s.trim()).filter(Boolean).sort();
    }
  }
  return { nodes, blocks, pools, pods: [] };
}

export async function startProbePods(ctx: Ctx): Promise<PodFacts[]> {
  await retry(ctx, ctx.k.apply(toYaml(probeManifests(ctx.profile, ctx.nodes))), 3, 5_000);
  await must(ctx, ctx.k.podsReady(PROBE_NAMESPACE), 'fail');
  const items = itemsOf((await must(ctx, ctx.k.getJson('pods', PROBE_NAMESPACE))).stdout);
  const specs = probePodSpecs(ctx.profile, ctx.nodes);
  const pods: PodFacts[] = [];
  for (const spec of specs) {
    const item = items.find((i) => i.metadata?.name === spec.name);
    const status = item?.metadata?.annotations?.['k8s.v1.cni.cncf.io/network-status'];
    const res = await run(ctx, ctx.k.exec(PROBE_NAMESPACE, spec.name, 'probe', ['ip', '-j', '-4', 'addr', 'show']));
    pods.push({
      name: spec.name,
      node: spec.node,
      ip: item?.status?.podIP ?? null,
      networks: spec.networks,
      networkStatus: status ? parseJsonArray(status) : [],
      interfaces: parseJsonArray<LinkEntry>(res.stdout),
    });
  }
  const missing = pods.filter((p) => !p.ip).map((p) => p.name);
  if (missing.length) throw new StepFailure('fail', `probe pods without an IP: ${missing.join(', ')}`);
  return pods;
}

/** The flannel-side address of a pod: net1 for dual-NIC pods, eth0 for flannel-primary ones. */
export const flannelIp = (p: PodFacts) => p.interfaces.find((l) => l.ifname === (p.networks === 'flannel' ? 'eth0' : 'net1'))?.addr_info?.[0]?.local ?? null;

/** Ping planes: Calico pod IPs; for multus also the flannel plane. */
export function pingPlanes(profile: Profile, pods: PodFacts[]): { id: string; title: string; members: { pod: PodFacts; ip: string | null }[] }[] {
  const calicoPods = pods.filter((p) => p.networks !== 'flannel');
  const planes = [{ id: 'ping-eth0', title: profile.multus ? 'ping, Calico network (eth0)' : 'ping, pod IPs', members: calicoPods.map((pod) => ({ pod, ip: pod.ip })) }];
  if (profile.multus) planes.push({ id: 'ping-net1', title: 'ping, flannel network (net1)', members: pods.map((pod) => ({ pod, ip: flannelIp(pod) })) });
  return planes;
}

/** Every ordered pair of distinct members, with what it must do; a pair `expect` answers null for is left out. */
export function pairProbes<P extends { name: string }>(members: { pod: P; ip: string | null }[], expect: (src: P, dst: P) => 'reach' | 'block' | null = () => 'reach'): Probe[] {
  const out: Probe[] = [];
  for (const s of members)
    for (const d of members) {
      const want = s === d ? null : expect(s.pod, d.pod);
      if (want)
        out.push({
          row: s.pod.name,
          col: d.pod.name,
          source: { namespace: PROBE_NAMESPACE, pod: s.pod.name, container: 'probe' },
          target: { ip: d.ip ?? '0.0.0.0', protocol: 'icmp' },
          expect: want,
        });
    }
  return out;
}

export async function probeMatrix(ctx: Ctx, id: string, title: string, probes: Probe[], labels: string[]): Promise<Matrix> {
  const results = await runProbes(
    probes,
    {
      command: (source, argv) => ctx.k.exec(source.namespace, source.pod, source.container, argv),
      run: (spec) => run(ctx, spec),
      sleep: (ms) => ctx.deps.sleep(ms),
      now: () => ctx.deps.now(),
    },
    ctx.options.probe,
  );
  const matrix: Matrix = {
    id,
    title,
    rows: labels,
    cols: labels,
    cells: results.map((r) => ({ row: r.probe.row, col: r.probe.col, expect: r.probe.expect, reached: r.reached, outcome: r.outcome, pass: r.pass, flaky: r.flaky, attempts: r.attempts, detail: r.detail })),
  };
  ctx.report.matrices.push(matrix);
  return matrix;
}
