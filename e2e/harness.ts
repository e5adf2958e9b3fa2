import { curlDownload, downloadPath, mirrorPath, sha256Hex } from './artifacts.js';
import { birdProtocols, DEADLINE_S, docker, kind, kubectl, node as nodeCmd, type Kubectl } from './commands.js';
import type { E2eDeps } from './deps.js';
import { nodeChecks, parseBirdProtocols, parseEnvFile, parseJsonArray, podChecks, type EvidenceCheck, type Facts, type LinkEntry, type NodeFacts, type PodFacts, type RouteEntry } from './evidence.js';
import {
  bgpConfigurationMeshOff,
  bgpPeerToReflectors,
  editCalicoManifest,
  editFlannelManifest,
  editMultusManifest,
  kindConfig,
  PROBE_NAMESPACE,
  probeManifests,
  probePodSpecs,
  toYaml,
  type ProbePodSpec,
} from './manifests.js';
import { DEFAULT_PROBE_OPTIONS, runProbes, type Probe, type ProbeOptions } from './probe.js';
import { nodeNames, PROFILES } from './profiles/index.js';
import type { PinnedFile, Profile, ProfileName } from './profiles/types.js';
import type { E2eReport, Matrix, ProfileReport, StepTiming } from './report-types.js';
import { checkTools, refuseUnpinned, unpinnedArtifacts } from './preflight.js';
import { describeFailure, failed, formatArgv, argvOf, succeeded, type CommandResult, type CommandSpec, type Runner } from './runner.js';
import { judge } from './verdict.js';
import type { Procedure } from './procedures/types.js';
import { runGuideStep, type GuideEnv } from './procedures/steps.js';
import { sameSubnet } from './cidr.js';
import { DEFAULT_CONFORMANCE_OPTIONS, runScenario, type ConformanceOptions } from './conformance/run.js';
import type { Scenario } from './conformance/suite.js';

export interface RunOptions {
  profiles: ProfileName[];
  keepCluster: boolean;
  allowUnpinned: boolean;
  /** Kubeconfigs, downloaded archives and exported logs go under here. */
  workDir: string;
  probe: ProbeOptions;
  /** How long node evidence may take to converge (G4–G6 of the research plan). */
  evidenceDeadlineMs: number;
  pollIntervalMs: number;
  /** Where profile names resolve; tests pass edited copies (e.g. a checksum of a fake archive). */
  catalogue: Record<ProfileName, Profile>;
  /** Read pinned artifacts from this mirror instead of downloading them (air-gapped runners). */
  artifactsDir?: string;
  /** The Calico guide's procedures, each on a fresh cluster of its base profile after that profile's steps. */
  procedures: Procedure[];
  /** Policy conformance scenarios run after the profile's own steps, on the same cluster. */
  scenarios: Scenario[];
  conformance: ConformanceOptions;
}

export const DEFAULT_RUN_OPTIONS: Omit<RunOptions, 'profiles'> = {
  keepCluster: false,
  allowUnpinned: false,
  workDir: '.netlint-tmp/e2e',
  probe: DEFAULT_PROBE_OPTIONS,
  evidenceDeadlineMs: 90_000,
  pollIntervalMs: 5_000,
  catalogue: PROFILES,
  scenarios: [],
  procedures: [],
  conformance: DEFAULT_CONFORMANCE_OPTIONS,
};

/** A step failed: `fail` = the profile did not prove its mode; `error` = infrastructure. */
export class StepFailure extends Error {
  override readonly name = 'StepFailure';
  constructor(
    readonly kind: 'fail' | 'error',
    message: string,
  ) {
    super(message);
  }
}
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

/** Unique per run: parallel jobs and reruns on a warm machine never collide. */
export function clusterName(profile: string, id: string): string {
  return `nl-${profile.replace(/^calico-/, '')}-${id}`.slice(0, 40);
}

const clip = (s: string, n = 4000) => (s.length > n ? `${s.slice(0, n)}\n… (${s.length - n} more characters)` : s);

interface Ctx {
  profile: Profile;
  cluster: string;
  kubeconfig: string;
  nodes: string[];
  k: Kubectl;
  deps: E2eDeps;
  options: RunOptions;
  signal: AbortSignal;
  report: ProfileReport;
  /** Registered as soon as something exists that must be removed; each returns what it could not remove. */
  cleanups: (() => Promise<string[]>)[];
}

async function run(ctx: Ctx, spec: CommandSpec): Promise<CommandResult> {
  const interrupted = () => new Interrupted(typeof ctx.signal.reason === 'string' ? ctx.signal.reason : 'a signal');
  if (ctx.signal.aborted) throw interrupted();
  const result = await ctx.deps.runner({ ...spec, signal: ctx.signal });
  if (result.cancelled || ctx.signal.aborted) throw interrupted();
  return result;
}

async function must(ctx: Ctx, spec: CommandSpec, kind: 'fail' | 'error' = 'error'): Promise<CommandResult> {
  const result = await run(ctx, spec);
  if (!succeeded(result)) throw new StepFailure(kind, describeFailure(spec, result));
  return result;
}

/** Known flaky calls (API server warming up, image registry hiccups): a bounded number of tries. */
async function retry(ctx: Ctx, spec: CommandSpec, attempts: number, delayMs: number, kind: 'fail' | 'error' = 'error'): Promise<CommandResult> {
  let last: CommandResult | undefined;
  for (let i = 1; i <= attempts; i++) {
    last = await run(ctx, spec);
    if (succeeded(last)) return last;
    if (i < attempts) await ctx.deps.sleep(delayMs);
  }
  throw new StepFailure(kind, `${describeFailure(spec, last!)} (after ${attempts} attempts)`);
}

async function step<T>(ctx: Ctx, id: string, title: string, fn: () => Promise<T>): Promise<T> {
  const start = ctx.deps.now();
  const timing: StepTiming = { id, title, ms: 0, status: 'ok' };
  ctx.report.steps.push(timing);
  try {
    return await fn();
  } catch (e) {
    timing.status = 'failed';
    timing.detail = e instanceof Error ? e.message : String(e);
    throw e;
  } finally {
    timing.ms = ctx.deps.now() - start;
  }
}

// ---- steps ----------------------------------------------------------------------------------

async function createCluster(ctx: Ctx): Promise<void> {
  const config = toYaml([kindConfig(ctx.profile, ctx.cluster)]);
  ctx.cleanups.push(async () => (succeeded(await ctx.deps.runner(kind.delete(ctx.cluster, ctx.kubeconfig))) ? [] : [`kind cluster ${ctx.cluster}`]));
  // --retain keeps failed nodes for `kind export logs`; one retry after a clean delete.
  const create = kind.create(ctx.cluster, ctx.kubeconfig, config);
  let result = await run(ctx, create);
  if (!succeeded(result)) {
    await exportLogs(ctx);
    await run(ctx, kind.delete(ctx.cluster, ctx.kubeconfig));
    result = await run(ctx, create);
    if (!succeeded(result)) throw new StepFailure('error', `cluster creation failed: ${describeFailure(create, result)}`);
  }
  const listed = (await must(ctx, kind.getNodes(ctx.cluster))).stdout.split('\n').map((s) => s.trim()).filter(Boolean);
  const missing = ctx.nodes.filter((n) => !listed.includes(n));
  if (missing.length) throw new StepFailure('error', `kind did not create ${missing.join(', ')}`);
}

async function buildCrossSubnet(ctx: Ctx): Promise<void> {
  const xs = ctx.profile.crossSubnet!;
  const nets = xs.networks.map((n) => ({ ...n, name: `${ctx.cluster}-${n.name.replace(/^netlint-/, '')}` }));
  const router = `${ctx.cluster}-router`;
  ctx.cleanups.push(async () => [
    ...(succeeded(await ctx.deps.runner(docker.rmForce(router))) ? [] : [`docker container ${router}`]),
    ...(succeeded(await ctx.deps.runner(docker.networkRm(nets.map((n) => n.name)))) ? [] : nets.map((n) => `docker network ${n.name}`)),
  ]);
  for (const n of nets) await must(ctx, docker.networkCreate(n.name, n.subnet, n.gateway));
  await must(ctx, docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRefOf(xs.routerImage)));
  await must(ctx, docker.networkConnect(nets[1].name, router, nets[1].routerIp));
  for (const [i, nodeName] of ctx.nodes.entries()) {
    const a = xs.attachments[i];
    await must(ctx, docker.networkConnect(nets[a.network].name, nodeName, a.ip));
    const other = nets[1 - a.network];
    await must(ctx, nodeCmd.addRoute(nodeName, other.subnet, nets[a.network].routerIp, xs.interface));
  }
}

const imageRefOf = (i: { repository: string; tag: string; digest: string | null }) => `${i.repository}:${i.tag}${i.digest ? `@${i.digest}` : ''}`;

/**
 * A pinned artifact: downloaded with curl through the runner into the work directory, or read
 * from the `--artifacts` mirror; either way its sha256 must equal the pin. Unpinned ones (only
 * with --allow-unpinned) record what they got.
 */
async function fetchPinned(ctx: Ctx, file: PinnedFile): Promise<{ bytes: Uint8Array; path: string }> {
  const mirror = ctx.options.artifactsDir;
  const path = mirror ? mirrorPath(mirror, file.url) : downloadPath(`${ctx.options.workDir}/${ctx.cluster}/downloads`, file.url);
  if (!mirror) await retry(ctx, curlDownload(file.url, path), 2, 5_000);
  let bytes: Uint8Array;
  try {
    bytes = await ctx.deps.readFile(path);
  } catch (e) {
    throw new StepFailure('error', `cannot read ${path}${mirror ? ` (the --artifacts mirror has no ${file.url})` : ''}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const sha = sha256Hex(bytes);
  if (file.sha256 && sha !== file.sha256) throw new StepFailure('error', `checksum mismatch for ${file.url}${mirror ? ` (from ${path})` : ''}: expected ${file.sha256}, got ${sha}`);
  if (!file.sha256) ctx.report.observedSha256[file.url] = sha;
  return { bytes, path };
}
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function installCalico(ctx: Ctx): Promise<void> {
  const manifest = editCalicoManifest(text((await fetchPinned(ctx, ctx.profile.calico.manifest)).bytes), ctx.profile);
  await retry(ctx, ctx.k.apply(manifest), 3, 5_000);
}

async function waitCalico(ctx: Ctx): Promise<void> {
  await must(ctx, ctx.k.rollout('kube-system', 'ds/calico-node'), 'fail');
  await must(ctx, ctx.k.rollout('kube-system', 'deploy/calico-kube-controllers'), 'fail');
  await must(ctx, ctx.k.nodesReady(), 'fail');
  await must(ctx, ctx.k.rollout('kube-system', 'deploy/coredns', DEADLINE_S.coredns), 'fail');
}

async function installMultusFlannel(ctx: Ctx): Promise<void> {
  const m = ctx.profile.multus!;
  const { path: archive } = await fetchPinned(ctx, m.cniPlugins);
  for (const n of ctx.nodes) {
    await must(ctx, docker.cp(archive, `${n}:/tmp/cni-plugins.tgz`));
    await must(ctx, nodeCmd.untar(n, '/tmp/cni-plugins.tgz', '/opt/cni/bin', ['./bridge']));
  }
  await retry(ctx, ctx.k.apply(editFlannelManifest(text((await fetchPinned(ctx, m.flannel.manifest)).bytes), ctx.profile)), 3, 5_000);
  await must(ctx, ctx.k.rollout('kube-flannel', 'ds/kube-flannel-ds'), 'fail');
  await retry(ctx, ctx.k.apply(editMultusManifest(text((await fetchPinned(ctx, m.multus.manifest)).bytes), ctx.profile)), 3, 5_000);
  await must(ctx, ctx.k.rollout('kube-system', 'ds/kube-multus-ds'), 'fail');
}

async function calicoNodePods(ctx: Ctx): Promise<Map<string, string>> {
  const res = await must(ctx, ctx.k.getJson('pods', 'kube-system', 'k8s-app=calico-node'));
  const items = itemsOf(res.stdout);
  return new Map(items.map((p) => [String(p.spec?.nodeName), String(p.metadata?.name)]));
}

interface K8sItem {
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & { nodeName?: string; podCIDR?: string; cidr?: string; node?: string; ipipMode?: string; vxlanMode?: string };
  status?: { podIP?: string };
}
function itemsOf(json: string): K8sItem[] {
  try {
    return ((JSON.parse(json) as { items?: K8sItem[] }).items ?? []);
  } catch {
    return [];
  }
}

async function configureRouteReflectors(ctx: Ctx): Promise<void> {
  const rr = ctx.profile.routeReflector!;
  for (const i of rr.reflectors) {
    await must(ctx, ctx.k.label(ctx.nodes[i], `${rr.label.key}=${rr.label.value}`));
    await must(ctx, ctx.k.annotate(ctx.nodes[i], `projectcalico.org/RouteReflectorClusterID=${rr.clusterId}`));
  }
  await retry(ctx, ctx.k.apply(toYaml([bgpPeerToReflectors(ctx.profile)])), 3, 5_000);
  // Order from Calico's bgp doc: sessions to the reflectors first, then the mesh off.
  const reflectorIps = await waitFor(ctx, 'sessions to the route reflectors', async () => {
    const facts = await readNodes(ctx);
    const pods = await calicoNodePods(ctx);
    const ips = rr.reflectors.map((i) => facts[i].ip);
    for (const n of facts) {
      const pod = pods.get(n.name);
      if (!pod) return null;
      const rows = parseBirdProtocols((await run(ctx, birdProtocols(ctx.k, pod))).stdout);
      for (const ip of ips) if (ip && ip !== n.ip && !rows.some((r) => r.name === `Node_${ip.replace(/\./g, '_')}` && r.info.startsWith('Established'))) return null;
    }
    return ips;
  });
  if (!reflectorIps) throw new StepFailure('fail', 'BGP sessions to the route reflectors never became Established');
  await retry(ctx, ctx.k.apply(toYaml([bgpConfigurationMeshOff()])), 3, 5_000);
}

/** Polls `probe` until it yields a value or the evidence deadline passes. */
async function waitFor<T>(ctx: Ctx, _what: string, probe: () => Promise<T | null>): Promise<T | null> {
  const deadline = ctx.deps.now() + ctx.options.evidenceDeadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (ctx.deps.now() + ctx.options.pollIntervalMs > deadline) return null;
    await ctx.deps.sleep(ctx.options.pollIntervalMs);
  }
}

async function readNodes(ctx: Ctx): Promise<NodeFacts[]> {
  const items = itemsOf((await must(ctx, ctx.k.getJson('nodes'))).stdout);
  return ctx.nodes.map((name, index) => {
    const item = items.find((i) => i.metadata?.name === name);
    const annotations = item?.metadata?.annotations ?? {};
    const addr = annotations['projectcalico.org/IPv4Address'];
    const [ip, len] = addr ? addr.split('/') : [null, null];
    return { name, index, ip: ip ?? null, prefixLen: len ? Number(len) : null, annotations, podCIDR: item?.spec?.podCIDR ?? null, routes: [], links: [], addrs: [], bgp: null };
  });
}

/** Reads everything the nodes show: routes, links, addresses, BGP sessions, flannel state. */
async function collectNodeFacts(ctx: Ctx): Promise<Facts> {
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
    }
    if (ctx.profile.multus) {
      const env = await run(ctx, nodeCmd.flannelEnv(n.name));
      n.flannelEnv = succeeded(env) ? parseEnvFile(env.stdout) : null;
      n.cniConfFiles = (await run(ctx, nodeCmd.cniConfDir(n.name))).stdout.split('\n').map((s) => s.trim()).filter(Boolean).sort();
    }
  }
  return { nodes, blocks, pools, pods: [] };
}

async function startProbePods(ctx: Ctx): Promise<PodFacts[]> {
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
const flannelIp = (p: PodFacts) => p.interfaces.find((l) => l.ifname === (p.networks === 'flannel' ? 'eth0' : 'net1'))?.addr_info?.[0]?.local ?? null;

/** Ping planes: Calico pod IPs; for multus also the flannel plane. */
export function pingPlanes(profile: Profile, pods: PodFacts[]): { id: string; title: string; members: { pod: PodFacts; ip: string | null }[] }[] {
  const calicoPods = pods.filter((p) => p.networks !== 'flannel');
  const planes = [{ id: 'ping-eth0', title: profile.multus ? 'ping, Calico network (eth0)' : 'ping, pod IPs', members: calicoPods.map((pod) => ({ pod, ip: pod.ip })) }];
  if (profile.multus) planes.push({ id: 'ping-net1', title: 'ping, flannel network (net1)', members: pods.map((pod) => ({ pod, ip: flannelIp(pod) })) });
  return planes;
}

export function pairProbes<P extends { name: string }>(members: { pod: P; ip: string | null }[], expect: (src: P, dst: P) => 'reach' | 'block' = () => 'reach'): Probe[] {
  const out: Probe[] = [];
  for (const s of members)
    for (const d of members)
      if (s !== d)
        out.push({
          row: s.pod.name,
          col: d.pod.name,
          source: { namespace: PROBE_NAMESPACE, pod: s.pod.name, container: 'probe' },
          target: { ip: d.ip ?? '0.0.0.0', protocol: 'icmp' },
          expect: expect(s.pod, d.pod),
        });
  return out;
}

async function probeMatrix(ctx: Ctx, id: string, title: string, probes: Probe[], labels: string[]): Promise<Matrix> {
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

/** crossSubnet negative control: without IPIP only same-subnet pairs may work (the router has no pod routes). */
async function negativeControl(ctx: Ctx, facts: Facts, pods: PodFacts[]): Promise<void> {
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

/** One of the guide's procedures, step by step over the runner; evidence and matrices land in the report. */
async function runProcedure(ctx: Ctx, procedure: Procedure, pods: PodFacts[]): Promise<void> {
  const tag = (checks: EvidenceCheck[]) => checks.map((c) => ({ ...c, id: `${procedure.name}: ${c.id}` }));
  const env: GuideEnv = {
    k: ctx.k,
    cluster: ctx.cluster,
    nodes: ctx.nodes,
    profile: ctx.profile,
    run: (spec) => run(ctx, spec),
    must: (spec) => must(ctx, spec, 'fail'),
    retry: (spec) => retry(ctx, spec, 3, 5_000),
    waitFor: (probe) => waitFor(ctx, procedure.name, probe),
    evidence: async (view, label) => {
      let last: EvidenceCheck[] = [];
      await waitFor(ctx, label, async () => {
        last = nodeChecks(view, await collectNodeFacts(ctx));
        return last.every((c) => c.ok) ? last : null;
      });
      ctx.report.evidence.push(...tag(last));
    },
    pods: pods.filter((p) => p.networks !== 'flannel' && p.ip).map((p) => ({ name: p.name, node: p.node, ip: p.ip! })),
    nodeIp: async (name) => (await readNodes(ctx)).find((n) => n.name === name)?.ip ?? null,
    ping: async (id, title) => {
      const members = env.pods.filter((p) => ctx.nodes.includes(p.node));
      await probeMatrix(ctx, `${procedure.name}-${id}`, `${procedure.name}: ${title}`, pairProbes(members.map((p) => ({ pod: p, ip: p.ip }))), members.map((p) => p.name));
    },
    record: (checks) => ctx.report.evidence.push(...tag(checks)),
    cleanup: (fn) => ctx.cleanups.push(fn),
    removeContainer: async (name) => (succeeded(await ctx.deps.runner(docker.rmForce(name))) ? [] : [`docker container ${name}`]),
  };
  for (const [i, s] of procedure.steps.entries()) await step(ctx, `${procedure.name}-${i + 1}`, `${procedure.name}: ${s.title}`, () => runGuideStep(env, s));
}

async function diagnostics(ctx: Ctx): Promise<void> {
  const specs = [ctx.k.podsWide(), ctx.k.events(), ctx.k.describePods(PROBE_NAMESPACE), ...ctx.nodes.map((n) => docker.exec(n, ['ip', '-d', 'addr'])), ...ctx.nodes.map((n) => docker.exec(n, ['ip', '-4', 'route', 'show', 'table', 'all']))];
  for (const spec of specs) {
    const res = await ctx.deps.runner(spec);
    ctx.report.diagnostics.push({ command: formatArgv(argvOf(spec)), output: clip(`${res.stdout}${res.stderr ? `\n${res.stderr}` : ''}`.trim()) });
  }
}

async function exportLogs(ctx: Ctx): Promise<void> {
  const dir = `${ctx.options.workDir}/${ctx.cluster}/logs`;
  const res = await ctx.deps.runner(kind.exportLogs(ctx.cluster, dir));
  if (succeeded(res)) ctx.report.logsDir = dir;
}

// ---- the profile run --------------------------------------------------------------------------

function newReport(profile: Profile, cluster: string): ProfileReport {
  return {
    profile: profile.name,
    mode: profile.mode,
    summary: profile.summary,
    cluster,
    status: 'pass',
    evidence: [],
    matrices: [],
    steps: [],
    durationMs: 0,
    unpinned: unpinnedArtifacts(profile),
    observedSha256: {},
    diagnostics: [],
    clusterKept: false,
  };
}

export async function runProfile(profile: Profile, options: RunOptions, deps: E2eDeps, signal: AbortSignal, procedure?: Procedure): Promise<ProfileReport> {
  const cluster = clusterName(procedure ? `calico-${procedure.name}` : profile.name, deps.randomId());
  const kubeconfig = `${options.workDir}/${cluster}.kubeconfig`;
  const report = newReport(profile, cluster);
  if (procedure) Object.assign(report, { procedure: procedure.name, summary: `${procedure.title} (on ${profile.name}; ${procedure.source})` });
  const ctx: Ctx = { profile, cluster, kubeconfig, nodes: nodeNames(cluster, profile), k: kubectl(kubeconfig), deps, options, signal, report, cleanups: [] };
  const started = deps.now();
  try {
    await deps.mkdirp(options.workDir);
    await step(ctx, 'create-cluster', 'create kind cluster (default CNI off)', () => createCluster(ctx));
    if (profile.crossSubnet) await step(ctx, 'topology', 'two Docker networks and a router (real subnet boundary)', () => buildCrossSubnet(ctx));
    await step(ctx, 'install-calico', `install Calico ${profile.calico.manifest.version}`, () => installCalico(ctx));
    await step(ctx, 'wait-calico', 'wait for calico-node, kube-controllers, nodes Ready, CoreDNS', () => waitCalico(ctx));
    if (profile.multus) await step(ctx, 'install-multus-flannel', 'CNI plugins, flannel (secondary), Multus thick', () => installMultusFlannel(ctx));
    if (profile.routeReflector) await step(ctx, 'route-reflectors', 'reflector label + cluster ID, BGPPeer, mesh off', () => configureRouteReflectors(ctx));
    // Probe pods first: one on every node (control plane included) gives every node a Calico block
    // even in modes without a tunnel address, whatever node the system pods landed on.
    const pods = await step(ctx, 'probe-pods', 'start probe pods on every node', () => startProbePods(ctx));
    const facts = await step(ctx, 'node-evidence', 'collect node evidence until it converges', async () => {
      let last: { facts: Facts; checks: EvidenceCheck[] } | null = null;
      await waitFor(ctx, 'node evidence', async () => {
        const f = await collectNodeFacts(ctx);
        last = { facts: f, checks: nodeChecks(profile, f) };
        return last.checks.every((c) => c.ok) ? last : null;
      });
      const final = last as unknown as { facts: Facts; checks: EvidenceCheck[] };
      report.evidence.push(...final.checks);
      return final.facts;
    });
    facts.pods = pods;
    report.evidence.push(...podChecks(profile, facts));
    await step(ctx, 'ping-matrix', 'ping matrix (all pairs, same-node and cross-node)', async () => {
      for (const plane of pingPlanes(profile, pods)) await probeMatrix(ctx, plane.id, plane.title, pairProbes(plane.members), plane.members.map((m) => m.pod.name));
    });
    if (profile.crossSubnet) await step(ctx, 'negative-control', 'negative control: ipipMode Never', () => negativeControl(ctx, facts, pods));
    if (procedure) await runProcedure(ctx, procedure, pods);
    for (const scenario of options.scenarios) {
      await step(ctx, `conformance-${scenario.name}`, `policy conformance: ${scenario.title}`, async () => {
        const results = await runScenario(
          {
            k: ctx.k,
            profile,
            nodes: ctx.nodes,
            run: (spec) => run(ctx, spec),
            must: (spec) => must(ctx, spec, 'fail'),
            retry: (spec) => retry(ctx, spec, 3, 5_000),
            sleep: (ms) => deps.sleep(ms),
            now: () => deps.now(),
            failure: (message) => new StepFailure('fail', message),
            options: options.conformance,
          },
          scenario,
        );
        (report.conformance ??= []).push(...results);
      });
    }
    Object.assign(report, judge(report));
  } catch (e) {
    report.status = e instanceof StepFailure && e.kind === 'fail' ? 'fail' : 'error';
    report.reason = e instanceof Interrupted ? `interrupted by ${e.message} during ${report.steps.at(-1)?.id ?? 'start'}; cleaned up` : e instanceof Error ? e.message : String(e);
    if (!(e instanceof StepFailure) && !(e instanceof Interrupted) && e instanceof Error && e.name !== 'UnexpectedCommandError') report.reason = `internal error: ${e.stack ?? e.message}`;
  } finally {
    if (report.status !== 'pass' && ctx.cleanups.length) {
      await safely(() => diagnostics(ctx));
      await safely(() => exportLogs(ctx));
    }
    if (options.keepCluster) report.clusterKept = ctx.cleanups.length > 0;
    else if (ctx.cleanups.length) leakCheck(report, await cleanUp(ctx));
    report.durationMs = deps.now() - started;
  }
  return report;
}

async function safely(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch {
    // Diagnostics are best effort.
  }
}

/** Runs every cleanup (one failure never stops the rest), then lists what still carries the cluster's name. */
async function cleanUp(ctx: Ctx): Promise<string[]> {
  const leaked: string[] = [];
  for (const cleanup of [...ctx.cleanups].reverse()) {
    try {
      leaked.push(...(await cleanup()));
    } catch (e) {
      leaked.push(`cleanup step failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const left = docker.leftovers(ctx.cluster);
  for (const [what, spec] of [['docker container', left.containers], ['docker network', left.networks]] as const) {
    const res = await ctx.deps.runner(spec).catch((e: unknown) => ({ ...failed(-1, String(e)) }));
    if (!succeeded(res)) leaked.push(`unverified (${describeFailure(spec, res)})`);
    else leaked.push(...res.stdout.split('\n').map((x) => x.trim()).filter(Boolean).map((name) => `${what} ${name}`));
  }
  return [...new Set(leaked)];
}

/** A leak turns any result into an infrastructure error that names what is left. */
function leakCheck(report: ProfileReport, leaked: string[]): void {
  if (!leaked.length) return;
  report.leaked = leaked;
  const why = `cleanup failed, leaked: ${leaked.join(', ')}`;
  report.reason = report.status === 'pass' ? why : `${report.reason ?? report.status}; ${why}`;
  report.status = 'error';
}

/**
 * Runs profiles one after another (each on its own cluster). Preflight errors throw
 * `PreflightError`; everything else ends up in the report. SIGINT/SIGTERM are handled from the
 * first command on (preflight included): the running command is cancelled, the current cluster
 * is still deleted, the remaining profiles are skipped, and the report says where it stopped.
 */
export async function runProfiles(options: RunOptions, deps: E2eDeps): Promise<E2eReport> {
  const units: { profile: Profile; procedure?: Procedure }[] = [...options.profiles.map((p) => ({ profile: options.catalogue[p] })), ...options.procedures.map((procedure) => ({ profile: options.catalogue[procedure.profile], procedure }))];
  const profiles = units.map((u) => u.profile);
  const controller = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const unsubscribe = deps.onSignal((sig) => {
    deps.stderr(`netlint e2e: ${sig} received, cleaning up\n`);
    received ??= sig;
    controller.abort(sig);
  });
  const reports: ProfileReport[] = [];
  try {
    refuseUnpinned(profiles, options.allowUnpinned);
    const preflight: Runner = async (spec) => {
      const result = controller.signal.aborted ? null : await deps.runner({ ...spec, signal: controller.signal });
      if (!result || result.cancelled || controller.signal.aborted) throw new Interrupted(received ?? 'signal');
      return result;
    };
    try {
      await checkTools(preflight, { download: !options.artifactsDir });
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      const reason = `interrupted by ${e.message} during preflight; nothing was created`;
      return { version: 1, ok: false, interrupted: { signal: received ?? 'SIGTERM', during: 'preflight' }, profiles: profiles.map((p) => ({ ...newReport(p, '-'), status: 'error' as const, reason })) };
    }
    for (const { profile, procedure } of units) {
      if (controller.signal.aborted) break;
      const name = procedure ? `${procedure.name} (on ${profile.name})` : profile.name;
      deps.stderr(`netlint e2e: ${name} …\n`);
      const r = await runProfile(profile, options, deps, controller.signal, procedure);
      deps.stderr(`netlint e2e: ${name} ${r.status}${r.reason ? `: ${r.reason.split('\n')[0]}` : ''}\n`);
      reports.push(r);
    }
  } finally {
    unsubscribe();
  }
  const during = reports.at(-1)?.steps.at(-1)?.id ?? 'start';
  return { version: 1, ok: !received && reports.length === profiles.length && reports.every((r) => r.status === 'pass'), ...(received ? { interrupted: { signal: received, during } } : {}), profiles: reports };
}
