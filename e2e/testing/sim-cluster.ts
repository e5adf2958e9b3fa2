import { createHash } from 'node:crypto';
import { birdProtocols, DEADLINE_S, docker, kind, kubectl, node as nodeCmd } from '../commands.js';
import type { E2eDeps } from '../deps.js';
import { createFakeRunner, type FakeRunner, type FakeStep } from '../fake-runner.js';
import { clusterName, DEFAULT_RUN_OPTIONS, type RunOptions } from '../harness.js';
import { PROBE_NAMESPACE, probePodSpecs, RR_PEER, type ProbePodSpec } from '../manifests.js';
import { BGP_CONFIGURATION } from '../controls/bgp.js';
import { nodeNames, PROFILES } from '../profiles/index.js';
import type { PinnedFile, Profile, ProfileName } from '../profiles/types.js';
import { curlDownload, downloadPath } from '../artifacts.js';
import { imageRef } from '../profiles/pins.js';
import { PROBE_SCRIPT } from '../probe.js';
import { failed, ok, type CommandResult, type CommandSpec } from '../runner.js';
import { sameSubnet } from '../cidr.js';

/**
 * A scripted, healthy kind cluster for one profile: every command the harness may issue, with
 * the output a real cluster in that mode would give (hand-written per mode, not derived from the
 * checker). Tests override single answers to drive failure paths.
 */
export const RUN_ID = 'abc123';
export const WORK = '/tmp/nl';
export const FAKE_TGZ = new TextEncoder().encode('fake cni plugins archive');

export interface SimNode {
  name: string;
  ip: string;
  prefix: number;
  block: string;
  tunnel: string;
  podCIDR: string;
}
export interface SimPod extends ProbePodSpec {
  ip: string;
  flannelIp: string | null;
}

export interface Sim {
  profile: Profile;
  cluster: string;
  kubeconfig: string;
  nodes: SimNode[];
  pods: SimPod[];
  fake: FakeRunner;
  deps: E2eDeps & { out: string[]; err: string[]; files: Map<string, string | Uint8Array>; signals: ((s: 'SIGINT' | 'SIGTERM') => void)[]; unsubscribed: number };
  /**
   * Delivers a signal the way Node does: to the subscribed handlers, or — when none is subscribed —
   * by killing the process (recorded in `killedBy`; the run's result is then 128 + signal number).
   */
  raise(signal: 'SIGINT' | 'SIGTERM'): void;
  killedBy: 'SIGINT' | 'SIGTERM' | null;
  /** Raises `signal` while the n-th command (0-based) runs; that command returns cancelled. */
  interruptAt(n: number, signal?: 'SIGINT' | 'SIGTERM'): void;
  /** Answers every probe exec (ping matrix and shadow pods) before the healthy cluster does: inject failing execs. */
  execFault?: (spec: CommandSpec) => CommandResult | null;
  /**
   * Lazy block allocation, as Calico IPAM does it: a node gets a block when it gets a tunnel address
   * (IPIP/VXLAN modes) or when a pod lands on it. `systemPodNodes`: where CoreDNS and
   * kube-controllers run (node indices; default worker 1 only).
   */
  systemPodNodes: number[];
  /** Node indices that hold a block right now. */
  blockNodes(): number[];
  /** `ip -j -4 route show` of a node now (replace to change what the nodes route). */
  routesFor(n: SimNode): Record<string, unknown>[];
  /** What the node answers when asked whether BIRD's control socket is there (replace to run BIRD where it must not, or to fail the read). */
  birdSocketOn(n: SimNode): CommandResult;
  /** Pods started after the probe pods (procedures): their probe execs are answered like the probe pods'. */
  extraPods: SimPod[];
  /** Set once the probe pods (one per node) are applied. */
  probePodsUp: boolean;
  /** Docker objects named after the cluster that exist now (kind nodes after create, the crossSubnet router and networks). */
  containers: Set<string>;
  networks: Set<string>;
  /** The containers attached to each network (Docker refuses to remove a network while any is). */
  attached: Map<string, Set<string>>;
  /** Files `--manifests` may name (path → YAML). */
  manifestFiles: Map<string, string>;
  /** Simulated wall time of one probe exec (advances the clock; drives the probe time cap). */
  execMs: number;
  /** Shadow-pod probe execs are answered here: set by `withConformance`. */
  shadowExec?: (spec: CommandSpec) => CommandResult | null;
  advance(ms: number): void;
  options: RunOptions;
  /** Set while the crossSubnet negative control has the pool at ipipMode Never. */
  ipipNever: boolean;
  /**
   * Calico's BGP objects as the cluster has them now: the BGPConfiguration mesh switch and whether
   * the route reflector BGPPeer exists. The harness' applies, patches and deletes change them; BGP
   * sessions, routes and pings follow.
   */
  bgp: { mesh: boolean; peer: boolean };
  /** The Established BGP sessions of node `i` now: peer node index and the BIRD protocol prefix. */
  sessions(i: number): { to: number; kind: 'Mesh' | 'Node' }[];
  /** Decides each ping: (source pod, target IP) → reached. Replace to inject failures. */
  reach: (src: SimPod, ip: string, attempt: number) => boolean;
  k: ReturnType<typeof kubectl>;
}

const calicoManifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: calico-node, namespace: kube-system}
spec:
  template:
    spec:
      initContainers:
        - {name: upgrade-ipam, image: quay.io/calico/cni:v3.32.1}
        - {name: install-cni, image: quay.io/calico/cni:v3.32.1}
      containers:
        - name: calico-node
          image: docker.io/calico/node:v3.32.1
          env:
            - {name: CALICO_IPV4POOL_IPIP, value: Always}
            - {name: CALICO_IPV4POOL_VXLAN, value: CrossSubnet}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: calico-kube-controllers, namespace: kube-system}
spec:
  template:
    spec:
      containers:
        - {name: calico-kube-controllers, image: docker.io/calico/kube-controllers:v3.32.1}
`;
const flannelManifest = `apiVersion: v1
kind: ConfigMap
metadata: {name: kube-flannel-cfg, namespace: kube-flannel}
data:
  cni-conf.json: '{}'
  net-conf.json: '{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-flannel-ds, namespace: kube-flannel}
spec:
  template:
    spec:
      initContainers:
        - {name: install-cni-plugin, image: ghcr.io/flannel-io/flannel-cni-plugin:v1.9.1-flannel1}
        - {name: install-cni, image: ghcr.io/flannel-io/flannel:v0.28.4}
      containers:
        - {name: kube-flannel, image: ghcr.io/flannel-io/flannel:v0.28.4}
`;
const multusManifest = `apiVersion: v1
kind: ConfigMap
metadata: {name: multus-daemon-config, namespace: kube-system}
data:
  daemon-config.json: '{"cniVersion": "0.3.1", "logLevel": "verbose"}'
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-multus-ds, namespace: kube-system}
spec:
  template:
    spec:
      containers:
        - name: kube-multus
          image: ghcr.io/k8snetworkplumbingwg/multus-cni:snapshot-thick
          resources: {limits: {cpu: 100m, memory: 50Mi}}
`;
export const DOWNLOADS: Record<string, string | Uint8Array> = {
  'calico.yaml': calicoManifest,
  'calico-vxlan.yaml': calicoManifest,
  'kube-flannel.yml': flannelManifest,
  'multus-daemonset-thick.yml': multusManifest,
  'cni-plugins-linux-amd64-v1.9.1.tgz': FAKE_TGZ,
};

const json = (v: unknown) => ok(JSON.stringify(v));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const bytesOf = (f: string | Uint8Array) => (typeof f === 'string' ? new TextEncoder().encode(f) : f);

/** Every pinned file a profile downloads. */
export const pinnedFiles = (p: Profile): PinnedFile[] => [p.calico.manifest, ...(p.multus ? [p.multus.cniPlugins, p.multus.flannel.manifest, p.multus.multus.manifest] : [])];

/** The real catalogue with every pin swapped for the checksum of the simulator's stand-in file. */
export function testCatalogue(): Record<ProfileName, Profile> {
  const cat = structuredClone(PROFILES);
  for (const p of Object.values(cat)) for (const f of pinnedFiles(p)) f.sha256 = sha(bytesOf(DOWNLOADS[f.url.split('/').pop()!]));
  return cat;
}

function simNodes(profile: Profile, cluster: string): SimNode[] {
  const multus = !!profile.multus;
  return nodeNames(cluster, profile).map((name, i) => {
    const xs = profile.crossSubnet?.attachments[i];
    const blockBase = multus ? `10.244.${128 + i}` : `192.168.${i}`;
    return {
      name,
      ip: xs ? xs.ip : `172.18.0.${2 + i}`,
      prefix: xs ? 24 : 16,
      block: `${blockBase}.0/26`,
      tunnel: `${blockBase}.1`,
      podCIDR: multus ? `10.244.${i}.0/24` : `192.168.${i}.0/24`,
    };
  });
}

const ipOf = (n: SimNode) => n.ip;
const same = (a: SimNode, b: SimNode) => sameSubnet(a.ip, b.ip, a.prefix);

export interface SimBlock {
  cidr: string;
  node: SimNode;
}

/** What a correctly working node of this mode shows in `ip -j -4 route show`, for the blocks that exist. */
export function routesOf(profile: Profile, n: SimNode, blocks: SimBlock[]) {
  const routes: Record<string, unknown>[] = [{ dst: 'default', gateway: '172.18.0.1', dev: 'eth0', flags: [] }];
  for (const b of blocks.filter((x) => x.node === n)) routes.push({ dst: b.cidr, type: 'blackhole', protocol: 'bird', flags: [] });
  for (const { cidr, node: r } of blocks.filter((x) => x.node !== n)) {
    let route: Record<string, unknown>;
    switch (profile.mode) {
      case 'bgp':
      case 'rr':
        route = { dst: cidr, gateway: ipOf(r), dev: 'eth0', protocol: 'bird', flags: [] };
        break;
      case 'vxlan':
        route = { dst: cidr, gateway: r.tunnel, dev: 'vxlan.calico', protocol: '80', flags: ['onlink'] };
        break;
      case 'crosssubnet':
        route = same(n, r) ? { dst: cidr, gateway: ipOf(r), dev: profile.crossSubnet?.interface ?? 'eth0', protocol: 'bird', flags: [] } : { dst: cidr, gateway: ipOf(r), dev: 'tunl0', protocol: 'bird', flags: ['onlink'] };
        break;
      default:
        route = { dst: cidr, gateway: ipOf(r), dev: 'tunl0', protocol: 'bird', flags: ['onlink'] };
    }
    routes.push(route);
  }
  return routes;
}

function linksOf(profile: Profile) {
  const links: Record<string, unknown>[] = [
    { ifname: 'lo', mtu: 65536, flags: ['LOOPBACK', 'UP'] },
    { ifname: 'eth0', mtu: 1500, flags: ['BROADCAST', 'UP'], linkinfo: { info_kind: 'veth' } },
    // The kernel creates tunl0 once the ipip module is loaded, in every mode: its presence proves nothing.
    { ifname: 'tunl0', mtu: 1480, flags: ['NOARP', 'UP'], linkinfo: { info_kind: 'ipip' } },
  ];
  if (profile.crossSubnet) links.push({ ifname: 'eth1', mtu: 1500, flags: ['UP'] });
  if (profile.mode === 'vxlan') links.push({ ifname: 'vxlan.calico', mtu: 1450, flags: ['UP'], linkinfo: { info_kind: 'vxlan', info_data: { id: 4096, port: 4789 } } });
  if (profile.multus) links.push({ ifname: 'flannel.1', mtu: 1450, flags: ['UP'], linkinfo: { info_kind: 'vxlan', info_data: { id: 1, port: 8472 } } });
  return links;
}

function addrsOf(profile: Profile, n: SimNode) {
  const tunnelDev = profile.mode === 'vxlan' ? 'vxlan.calico' : profile.calico.pool.ipipMode !== 'Never' ? 'tunl0' : null;
  const out: Record<string, unknown>[] = [{ ifname: 'eth0', mtu: 1500, addr_info: [{ family: 'inet', local: profile.crossSubnet ? '172.18.0.9' : n.ip, prefixlen: 16 }] }];
  if (tunnelDev) out.push({ ifname: tunnelDev, mtu: tunnelDev === 'tunl0' ? 1480 : 1450, addr_info: [{ family: 'inet', local: n.tunnel, prefixlen: 32 }] });
  return out;
}

export function birdTable(rows: { name: string; info: string }[]): string {
  const lines = ['BIRD v0.3.3+birdv1.6.8 ready.', 'name     proto    table    state  since       info', 'static1  Static   master   up     08:39:41', 'kernel1  Kernel   master   up     08:39:41', 'device1  Device   master   up     08:39:41', 'direct1  Direct   master   up     08:39:41'];
  for (const r of rows) lines.push(`${r.name} BGP      master   up     08:39:49    ${r.info}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Who has a BGP session with whom, from the BGP objects: the mesh joins every pair of nodes that
 * are not route reflectors (confd bgp_processor.go processMeshPeers skips a reflector); the
 * reflector BGPPeer joins each reflector to every other node (its reverse peerings, client.go
 * updatePeersV1).
 */
function sessionsOf(profile: Profile, nodes: SimNode[], bgp: Sim['bgp'], i: number): { to: number; kind: 'Mesh' | 'Node' }[] {
  if (!profile.calico.bird) return [];
  const reflector = (j: number) => !!profile.routeReflector?.reflectors.includes(j);
  const out: { to: number; kind: 'Mesh' | 'Node' }[] = [];
  for (let j = 0; j < nodes.length; j++) {
    if (j === i) continue;
    if (bgp.mesh && !reflector(i) && !reflector(j)) out.push({ to: j, kind: 'Mesh' });
    else if (bgp.peer && (reflector(i) || reflector(j))) out.push({ to: j, kind: 'Node' });
  }
  return out;
}

/** Answers the batched probe exec: parses the targets after the script and frames one block each. */
function probeAnswer(sim: Sim, pod: SimPod, spec: CommandSpec, attempt: number): CommandResult {
  const args = spec.args.slice(spec.args.indexOf(PROBE_SCRIPT) + 3);
  const blocks: string[] = [];
  for (let i = 0; i + 2 < args.length; i += 3) {
    const reached = sim.reach(pod, args[i + 1], attempt);
    const body = `PING ${args[i + 1]} (${args[i + 1]}): 56 data bytes\n\n--- ${args[i + 1]} ping statistics ---\n3 packets transmitted, ${reached ? 3 : 0} packets received, ${reached ? 0 : 100}% packet loss`;
    blocks.push(`@@probe ${i / 3} ${reached ? 0 : 1}\n${body}\n@@end ${i / 3}`);
  }
  return ok(`${blocks.join('\n')}\n`);
}

export function simulate(name: ProfileName, opts: { keepCluster?: boolean; clusterName?: string } = {}): Sim {
  const catalogue = testCatalogue();
  const profile = catalogue[name];
  const cluster = opts.clusterName ?? clusterName(name, RUN_ID);
  const kubeconfig = `${WORK}/${cluster}.kubeconfig`;
  const nodes = simNodes(profile, cluster);
  const k = kubectl(kubeconfig);
  const pods: SimPod[] = probePodSpecs(profile, nodes.map((n) => n.name)).map((s, idx) => {
    const n = nodes[s.nodeIndex];
    const base = n.block.split('.').slice(0, 3).join('.');
    const flannelIp = profile.multus ? `10.244.${s.nodeIndex}.${10 + idx}` : null;
    return { ...s, ip: s.networks === 'flannel' ? flannelIp! : `${base}.${10 + idx}`, flannelIp };
  });
  const fake = createFakeRunner();
  const files = new Map<string, string | Uint8Array>();
  const out: string[] = [];
  const err: string[] = [];
  const signals: ((s: 'SIGINT' | 'SIGTERM') => void)[] = [];
  const handlers = new Set<(s: 'SIGINT' | 'SIGTERM') => void>();
  let clock = 0;
  const deps: Sim['deps'] = {
    runner: fake.run,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    writeFile: async (p, d) => void files.set(p, d),
    mkdirp: async () => {},
    readFile: async (path) => {
      const file = files.get(path);
      if (file === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    now: () => (clock += 250),
    sleep: async (ms) => void (clock += ms),
    randomId: () => RUN_ID,
    readManifests: async (paths) =>
      paths.map((path) => {
        const content = sim.manifestFiles.get(path);
        if (content === undefined) throw new Error(`${path}: no such file or directory`);
        return { path, content };
      }),
    onSignal: (h) => {
      signals.push(h);
      handlers.add(h);
      return () => {
        handlers.delete(h);
        deps.unsubscribed += 1;
      };
    },
    env: {},
    out,
    err,
    files,
    signals,
    unsubscribed: 0,
  };
  const options: RunOptions = { ...DEFAULT_RUN_OPTIONS, profiles: [name], workDir: WORK, keepCluster: opts.keepCluster ?? false, catalogue };
  const tunnelled = profile.calico.pool.ipipMode !== 'Never' || profile.calico.pool.vxlanMode !== 'Never';
  const interrupts = new Map<number, 'SIGINT' | 'SIGTERM'>();
  // Node a has a route to node b's block: a session with b, or with a reflector that has one with b.
  // Without BIRD (VXLAN) Felix programs every route.
  const routed = (a: number, b: number) => {
    if (a === b || !profile.calico.bird) return true;
    const peers = sim.sessions(a).map((x) => x.to);
    return peers.includes(b) || peers.some((x) => !!profile.routeReflector?.reflectors.includes(x) && sim.sessions(x).some((y) => y.to === b));
  };
  const sim: Sim = { profile, cluster, kubeconfig, nodes, pods, fake, deps, options, k, ipipNever: false, manifestFiles: new Map(), execMs: 0, advance: (ms) => void (clock += ms),
  bgp: { mesh: true, peer: false },
  sessions: (i) => sessionsOf(profile, nodes, sim.bgp, i),
  reach: (src, ip) => {
    // An address no pod holds answers nothing: a probe aimed at the wrong address must not pass.
    const all = [...pods, ...sim.extraPods];
    if (!all.some((p) => p.ip === ip || p.flannelIp === ip)) return false;
    // The flannel network (VXLAN between the nodes) always carries; the Calico one follows the routes.
    const dst = all.find((p) => p.ip === ip && p.networks !== 'flannel');
    if (!dst) return true;
    if (sim.ipipNever) return same(nodes[src.nodeIndex], nodes[dst.nodeIndex]);
    return routed(src.nodeIndex, dst.nodeIndex) && routed(dst.nodeIndex, src.nodeIndex);
  },
  killedBy: null,
  raise: (signal) => {
    if (handlers.size) for (const h of [...handlers]) h(signal);
    else sim.killedBy ??= signal;
  },
  interruptAt: (n, signal = 'SIGTERM') => void interrupts.set(n, signal),
  systemPodNodes: [1],
  probePodsUp: false,
  containers: new Set(),
  networks: new Set(),
  attached: new Map(),
  blockNodes: () => nodes.map((_, i) => i).filter((i) => tunnelled || sim.probePodsUp || sim.systemPodNodes.includes(i)),
  birdSocketOn: () => ok(profile.calico.bird ? 'present\n' : 'absent\n'),
  routesFor: (n) => {
    const routes = routesOf(profile, n, sim.blockNodes().filter((i) => routed(nodes.indexOf(n), i)).map((i) => ({ cidr: nodes[i].block, node: nodes[i] })));
    // ipipMode Never (the crossSubnet control): BIRD resolves the other subnet's node addresses
    // through the router, so those blocks leave tunl0 for the node's own network.
    const xs = profile.crossSubnet;
    if (!sim.ipipNever || !xs) return routes;
    const router = xs.networks[xs.attachments[nodes.indexOf(n)].network].routerIp;
    return routes.map((r) => (r.dev === 'tunl0' ? { ...r, gateway: router, dev: xs.interface, flags: [] } : r));
  },
  extraPods: [],
  };

  const always = (spec: CommandSpec, result: FakeStep['result']): FakeStep => ({ argv: [spec.file, ...spec.args], result, times: Infinity });
  const once = (spec: CommandSpec, result: FakeStep['result'] = ok()): FakeStep => ({ argv: [spec.file, ...spec.args], result });

  fake.add(
    always({ file: 'docker', args: ['version', '--format', '{{.Server.Version}}'], timeoutMs: 1 }, ok('27.5.1\n')),
    always(kind.version(), ok('kind v0.32.0 go1.25.1 linux/amd64\n')),
    always({ file: 'curl', args: ['--version'], timeoutMs: 1 }, ok('curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.13\nRelease-Date: 2023-12-06\n')),
    ...pinnedFiles(profile).map((f) => {
      const dest = downloadPath(`${WORK}/${cluster}/downloads`, f.url);
      return always(curlDownload(f.url, dest), () => (files.set(dest, DOWNLOADS[f.url.split('/').pop()!]), ok()));
    }),
    always({ file: 'kubectl', args: ['version', '--client', '-o', 'json'], timeoutMs: 1 }, ok(JSON.stringify({ clientVersion: { gitVersion: 'v1.36.1' } }))),
    once(kind.create(cluster, kubeconfig, '')),
    always(kind.getNodes(cluster), ok(`${nodes.map((n) => n.name).join('\n')}\n`)),
    once(kind.delete(cluster, kubeconfig), ok('Deleting cluster ...\n')),
    always(k.rollout('kube-system', 'ds/calico-node'), ok('daemon set "calico-node" successfully rolled out\n')),
    always(k.rollout('kube-system', 'deploy/calico-kube-controllers'), ok('deployment "calico-kube-controllers" successfully rolled out\n')),
    always(k.nodesReady(), ok(nodes.map((n) => `node/${n.name} condition met`).join('\n'))),
    always(k.rollout('kube-system', 'deploy/coredns', DEADLINE_S.coredns), ok('deployment "coredns" successfully rolled out\n')),
    always(k.getJson('nodes'), () =>
      json({
        items: nodes.map((n, i) => ({
          metadata: {
            name: n.name,
            annotations: {
              'projectcalico.org/IPv4Address': `${n.ip}/${n.prefix}`,
              ...(profile.mode === 'vxlan' ? { 'projectcalico.org/IPv4VXLANTunnelAddr': n.tunnel } : profile.calico.pool.ipipMode !== 'Never' ? { 'projectcalico.org/IPv4IPIPTunnelAddr': n.tunnel } : {}),
              ...(profile.routeReflector?.reflectors.includes(i) ? { 'projectcalico.org/RouteReflectorClusterID': profile.routeReflector.clusterId } : {}),
            },
          },
          spec: { podCIDR: n.podCIDR },
        })),
      }),
    ),
    always(k.getJson('blockaffinities.crd.projectcalico.org'), () => json({ items: sim.blockNodes().map((i) => nodes[i]).map((n) => ({ metadata: { name: `${n.name}-x` }, spec: { cidr: n.block, node: n.name, state: 'confirmed' } })) })),
    always(k.getJson('ippools.crd.projectcalico.org'), () => json({ items: [{ metadata: { name: 'default-ipv4-ippool' }, spec: { cidr: profile.calico.pool.cidr, ipipMode: sim.ipipNever ? 'Never' : profile.calico.pool.ipipMode, vxlanMode: profile.calico.pool.vxlanMode } }] })),
    always(k.getJson('pods', 'kube-system', 'k8s-app=calico-node'), json({ items: nodes.map((n, i) => ({ metadata: { name: `calico-node-${i}` }, spec: { nodeName: n.name } })) })),
    always(k.podsReady(PROBE_NAMESPACE), ok(pods.map((p) => `pod/${p.name} condition met`).join('\n'))),
    always(k.getJson('pods', PROBE_NAMESPACE), () =>
      json({
        items: [...pods, ...sim.extraPods].map((p) => ({
          metadata: {
            name: p.name,
            annotations: p.networks === 'dual' ? { 'k8s.v1.cni.cncf.io/network-status': JSON.stringify([{ name: 'k8s-pod-network', ips: [p.ip], default: true }, { name: `${PROBE_NAMESPACE}/flannel-net`, interface: 'net1', ips: [p.flannelIp] }]) } : {},
          },
          spec: { nodeName: p.node },
          status: { podIP: p.ip },
        })),
      }),
    ),
    { argv: ['kubectl', '--kubeconfig', kubeconfig, 'apply', '--server-side', '--force-conflicts', '-f', '-'], result: ok('applied\n'), times: Infinity },
  );
  for (const [i, n] of nodes.entries()) {
    fake.add(always(nodeCmd.routes(n.name), () => json(sim.routesFor(n))), always(nodeCmd.links(n.name), json(linksOf(profile))), always(nodeCmd.addrs(n.name), json(addrsOf(profile, n))));
    if (profile.calico.bird) fake.add(always(birdProtocols(k, `calico-node-${i}`), () => ok(birdTable(sim.sessions(i).map((x) => ({ name: `${x.kind}_${nodes[x.to].ip.replace(/\./g, '_')}`, info: 'Established' }))))));
    else fake.add(always(nodeCmd.birdSocket(n.name), () => sim.birdSocketOn(n)));
    fake.add(always(docker.exec(n.name, ['ip', '-d', 'addr']), ok('diag addr')), always(docker.exec(n.name, ['ip', '-4', 'route', 'show', 'table', 'all']), ok('diag routes')));
  }
  fake.add(always(k.podsWide(), ok('NAMESPACE NAME READY')), always(k.events(), ok('events')), always(k.describePods(PROBE_NAMESPACE), ok('describe')), always(kind.exportLogs(cluster, `${WORK}/${cluster}/logs`), ok('exported')));
  for (const p of pods) {
    const mtu = profile.mode === 'vxlan' ? 1450 : profile.calico.pool.ipipMode !== 'Never' ? 1480 : 1500;
    const ifaces: Record<string, unknown>[] = [{ ifname: 'eth0', mtu: p.networks === 'flannel' ? 1450 : mtu, addr_info: [{ local: p.ip, prefixlen: 32 }] }];
    if (p.networks === 'dual') ifaces.push({ ifname: 'net1', mtu: 1450, addr_info: [{ local: p.flannelIp, prefixlen: 24 }] });
    fake.add(always(k.exec(PROBE_NAMESPACE, p.name, 'probe', ['ip', '-j', '-4', 'addr', 'show']), json(ifaces)));
  }
  const left = docker.leftovers(cluster);
  const listing = (names: Set<string>) => () => ok([...names].map((x) => `${x}\n`).join(''));
  fake.add(always(left.containers, listing(sim.containers)), always(left.networks, listing(sim.networks)));
  // Probe execs: any argv starting with the exec prefix of a pod is answered by the reach function.
  const baseRun = fake.run;
  let callNo = 0;
  fake.run = async (spec) => {
    const n = callNo++;
    const sig = interrupts.get(n);
    if (sig) {
      fake.calls.push(spec);
      sim.raise(sig);
      return { exitCode: 130, stdout: '', stderr: '', timedOut: false, cancelled: true };
    }
    if (spec.file === 'kubectl' && spec.args.includes('apply') && spec.input?.includes(`namespace: ${PROBE_NAMESPACE}`) && spec.input.includes('kind: Pod')) sim.probePodsUp = true;
    const fault = spec.args.includes(PROBE_SCRIPT) ? sim.execFault?.(spec) : null;
    if (fault) {
      fake.calls.push(spec);
      return fault;
    }
    const pod = [...pods, ...sim.extraPods].find((p) => spec.file === 'kubectl' && spec.args.includes('exec') && spec.args.includes(p.name) && spec.args.includes('sh'));
    if (pod) {
      fake.calls.push(spec);
      probeAttempts.set(pod.name, (probeAttempts.get(pod.name) ?? 0) + 1);
      return probeAnswer(sim, pod, spec, probeAttempts.get(pod.name)!);
    }
    const shadow = sim.shadowExec?.(spec);
    if (shadow) {
      fake.calls.push(spec);
      clock += sim.execMs;
      return shadow;
    }
    const result = await baseRun(spec);
    trackDocker(spec, result);
    trackBgp(spec, result);
    return result;
  };
  /** The BGP objects a successful server-side apply creates or changes. */
  const trackBgp = (spec: CommandSpec, result: CommandResult) => {
    if (result.exitCode !== 0 || !spec.args.includes('apply') || !spec.input) return;
    if (/^kind: BGPPeer$/m.test(spec.input)) sim.bgp.peer = true;
    const mesh = /^kind: BGPConfiguration$/m.test(spec.input) ? /nodeToNodeMeshEnabled: (true|false)/.exec(spec.input) : null;
    if (mesh) sim.bgp.mesh = mesh[1] === 'true';
  };
  /** What exists in Docker after a successful create/run/delete. */
  const trackDocker = (spec: CommandSpec, result: CommandResult) => {
    if (result.exitCode !== 0) return;
    const [a, b] = spec.args;
    if (spec.file === 'kind' && a === 'create') for (const n of nodes) sim.containers.add(n.name);
    const detach = (container: string) => {
      for (const on of sim.attached.values()) on.delete(container);
    };
    if (spec.file === 'kind' && a === 'delete') for (const n of nodes) (sim.containers.delete(n.name), detach(n.name));
    if (spec.file !== 'docker') return;
    if (a === 'run') sim.containers.add(spec.args[spec.args.indexOf('--name') + 1]);
    if (a === 'rm') (sim.containers.delete(spec.args.at(-1)!), detach(spec.args.at(-1)!));
    if (a === 'network' && b === 'create') sim.networks.add(spec.args.at(-1)!);
    if (a === 'network' && b === 'rm') for (const x of spec.args.slice(2)) sim.networks.delete(x);
    if (a === 'network' && (b === 'connect' || b === 'disconnect')) {
      const [net, container] = spec.args.slice(-2);
      if (b === 'connect') sim.attached.set(net, (sim.attached.get(net) ?? new Set()).add(container));
      else sim.attached.get(net)?.delete(container);
    }
  };
  const probeAttempts = new Map<string, number>();
  deps.runner = (spec) => fake.run(spec);

  if (profile.crossSubnet) {
    const xs = profile.crossSubnet;
    const nets = xs.networks.map((n) => ({ ...n, name: `${cluster}-${n.name.replace(/^netlint-/, '')}` }));
    const router = `${cluster}-router`;
    fake.add(...nets.map((n) => once(docker.networkCreate(n.name, n.subnet, n.gateway), ok('netid\n'))));
    fake.add(once(docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRef(xs.routerImage)), ok('cid\n')));
    fake.add(once(docker.networkConnect(nets[1].name, router, nets[1].routerIp)));
    nodes.forEach((n, i) => {
      const a = xs.attachments[i];
      fake.add(once(docker.networkConnect(nets[a.network].name, n.name, a.ip)), once(nodeCmd.addRoute(n.name, nets[1 - a.network].subnet, nets[a.network].routerIp, xs.interface)));
    });
    // Docker refuses to remove a network that containers are still attached to.
    const inUse = () => nets.find((n) => (sim.attached.get(n.name)?.size ?? 0) > 0);
    fake.add(once(docker.rmForce(router)), ...nodes.map((n, i) => once(docker.networkDisconnect(nets[xs.attachments[i].network].name, n.name))));
    fake.add(once(docker.networkRm(nets.map((n) => n.name)), () => (inUse() ? failed(1, `Error response from daemon: error while removing network: network ${inUse()!.name} has active endpoints`) : ok())));
    const pool = 'ippools.crd.projectcalico.org/default-ipv4-ippool';
    fake.add(once(k.patchMerge(pool, { spec: { ipipMode: 'Never' } }), () => ((sim.ipipNever = true), ok())), once(k.patchMerge(pool, { spec: { ipipMode: 'CrossSubnet' } }), () => ((sim.ipipNever = false), ok())));
  }
  if (profile.routeReflector) {
    const rr = profile.routeReflector;
    for (const i of rr.reflectors) fake.add(once(k.label(nodes[i].name, `${rr.label.key}=${rr.label.value}`)), once(k.annotate(nodes[i].name, `projectcalico.org/RouteReflectorClusterID=${rr.clusterId}`)));
    // The negative control deletes the BGPPeer (and applies it again: trackBgp).
    fake.add(once(k.deleteObject(`bgppeers.crd.projectcalico.org/${RR_PEER}`), () => ((sim.bgp.peer = false), ok())));
  }
  if (profile.mode === 'bgp') {
    const mesh = (on: boolean) => once(k.patchMerge(BGP_CONFIGURATION, { spec: { nodeToNodeMeshEnabled: on } }), () => ((sim.bgp.mesh = on), ok()));
    fake.add(mesh(false), mesh(true));
  }
  if (profile.multus) {
    for (const [i, n] of nodes.entries()) {
      fake.add(once(docker.cp(downloadPath(`${WORK}/${cluster}/downloads`, profile.multus.cniPlugins.url), `${n.name}:/tmp/cni-plugins.tgz`)), once(nodeCmd.untar(n.name, '/tmp/cni-plugins.tgz', '/opt/cni/bin', ['./bridge'])));
      fake.add(always(nodeCmd.flannelEnv(n.name), ok(`FLANNEL_NETWORK=10.244.0.0/17\nFLANNEL_SUBNET=10.244.${i}.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n`)));
      fake.add(always(nodeCmd.cniConfDir(n.name), ok('00-multus.conf\n10-calico.conflist\nmultus.d\n')));
    }
    fake.add(always(k.rollout('kube-flannel', 'ds/kube-flannel-ds'), ok('rolled out')), always(k.rollout('kube-system', 'ds/kube-multus-ds'), ok('rolled out')));
  }
  return sim;
}

/** Kubectl/kind/docker failure result helper for tests. */
export { failed, ok };
