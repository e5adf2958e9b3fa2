import { birdProtocols, DEADLINE_S, docker, kind, kubectl, node as nodeCmd } from './commands.js';
import { clusterName, type RunOptions } from './harness.js';
import {
  bgpConfigurationMeshOff,
  bgpPeerToReflectors,
  kindConfig,
  PROBE_NAMESPACE,
  probeManifests,
  probePodSpecs,
  toYaml,
} from './manifests.js';
import { probeArgv, singleProbeArgv, type ProbeTarget } from './probe.js';
import { nodeNames } from './profiles/index.js';
import { imageRef } from './profiles/pins.js';
import type { PinnedFile, Profile, ProfileName } from './profiles/types.js';
import { curlDownload, downloadPath, mirrorPath, pinText } from './artifacts.js';
import { preflightCommands, REQUIRED_TOOLS, unpinnedArtifacts } from './preflight.js';
import { argvOf, formatArgv, type CommandSpec } from './runner.js';
import { nothingToProbe, planScenario, probeBudgetMs, scenarioCells, scenarioProbes, serviceProbes } from './conformance/run.js';
import type { Kubectl } from './commands.js';
import type { Procedure } from './procedures/types.js';
import { guideCommands, planGuideStep, type StepPlan } from './procedures/steps.js';
import { controlTitle, planControl } from './controls/run.js';
import { nodeFactsCommands } from './node-facts.js';
import type { Scenario } from './conformance/suite.js';
import type { ShadowPod } from './conformance/shadow.js';
import type { PlannedCell } from './conformance/reach.js';

/**
 * `--dry-run`: the ordered plan of one profile — every command's argv (with `<…>` where a value is
 * only known at run time: a pod name, a pod IP) and every manifest the harness generates. Built
 * from the same argv builders the harness runs.
 */
export interface PlannedCommand {
  argv: string[];
  timeoutMs: number;
  /** Name of the manifest in this step fed on stdin, if any. */
  stdin?: string;
  note?: string;
}
export interface PlanStep {
  id: string;
  title: string;
  commands: PlannedCommand[];
  manifests: { name: string; yaml: string }[];
  notes: string[];
}
export interface ProfilePlan {
  profile: ProfileName;
  /** Set for one of the Calico guide's procedures (run on this profile's cluster). */
  procedure?: string;
  mode: Profile['mode'];
  summary: string;
  cluster: string;
  unpinned: string[];
  steps: PlanStep[];
}

const RUN_ID = '<run-id>';
const c = (spec: CommandSpec, extra: Partial<PlannedCommand> = {}): PlannedCommand => ({ argv: argvOf(spec), timeoutMs: spec.timeoutMs, ...extra });

export function buildPlan(name: ProfileName, options: Pick<RunOptions, 'workDir' | 'artifactsDir' | 'keepCluster' | 'evidenceDeadlineMs' | 'pollIntervalMs' | 'probe' | 'catalogue' | 'scenarios' | 'conformance' | 'controls'>, procedure?: Procedure): ProfilePlan {
  const profile = options.catalogue[name];
  const cluster = clusterName(procedure ? `calico-${procedure.name}` : name, RUN_ID);
  const kubeconfig = `${options.workDir}/${cluster}.kubeconfig`;
  const nodes = nodeNames(cluster, profile);
  const k = kubectl(kubeconfig);
  const steps: PlanStep[] = [];
  const add = (id: string, title: string, commands: PlannedCommand[], manifests: PlanStep['manifests'] = [], notes: string[] = []) =>
    steps.push({ id, title, commands, manifests, notes });
  const downloads = `${options.workDir}/${cluster}/downloads`;
  const poll = `repeated every ${options.pollIntervalMs / 1000} s until the evidence matches, at most ${options.evidenceDeadlineMs / 1000} s`;

  add('preflight', 'tools present and recent enough', Object.entries(preflightCommands()).filter(([tool]) => tool !== 'curl' || !options.artifactsDir).map(([, s]) => c(s)), [], REQUIRED_TOOLS.filter((t) => t.name !== 'curl' || !options.artifactsDir).map((t) => `${t.name} ≥ ${t.min}`));
  const config = toYaml([kindConfig(profile, cluster)]);
  add('create-cluster', 'create kind cluster (default CNI off)', [c(kind.create(cluster, kubeconfig, config), { stdin: 'kind-config.yaml' }), c(kind.getNodes(cluster), { note: `expects ${nodes.join(', ')}` })], [{ name: 'kind-config.yaml', yaml: config }], ['on failure: kind export logs, kind delete cluster, one retry']);

  const xs = profile.crossSubnet;
  if (xs) {
    const nets = xs.networks.map((n) => ({ ...n, name: `${cluster}-${n.name.replace(/^netlint-/, '')}` }));
    const router = `${cluster}-router`;
    add('topology', 'two Docker networks and a router (real subnet boundary)', [
      ...nets.map((n) => c(docker.networkCreate(n.name, n.subnet, n.gateway))),
      c(docker.runRouter(router, nets[0].name, nets[0].routerIp, imageRef(xs.routerImage))),
      c(docker.networkConnect(nets[1].name, router, nets[1].routerIp)),
      ...nodes.flatMap((n, i) => {
        const a = xs.attachments[i];
        const other = nets[1 - a.network];
        return [c(docker.networkConnect(nets[a.network].name, n, a.ip)), c(nodeCmd.addRoute(n, other.subnet, nets[a.network].routerIp, xs.interface))];
      }),
    ]);
  }

  const env = Object.entries(profile.calico.env).map(([key, v]) => `${key}=${v}`).join(', ');
  const fetch = (file: PinnedFile) => (options.artifactsDir ? [] : [c(curlDownload(file.url, downloadPath(downloads, file.url)), { note: pinText(file) })]);
  const fetchNote = (file: PinnedFile) => `${options.artifactsDir ? `read ${mirrorPath(options.artifactsDir, file.url)}` : `download ${file.url}`}, verified: ${pinText(file)} (${file.source})`;
  add('install-calico', `install Calico ${profile.calico.manifest.version}`, [...fetch(profile.calico.manifest), c(k.apply('<calico manifest>'), { stdin: 'calico manifest (downloaded, edited)' })], [], [
    fetchNote(profile.calico.manifest),
    `calico-node env: ${env}; images pinned to ${profile.calico.images.map(imageRef).join(', ')}`,
    'server-side apply, up to 3 attempts 5 s apart',
  ]);
  add('wait-calico', 'wait for calico-node, kube-controllers, nodes Ready, CoreDNS', [
    c(k.rollout('kube-system', 'ds/calico-node')),
    c(k.rollout('kube-system', 'deploy/calico-kube-controllers')),
    c(k.nodesReady()),
    c(k.rollout('kube-system', 'deploy/coredns', DEADLINE_S.coredns)),
  ]);

  const m = profile.multus;
  if (m) {
    const archive = options.artifactsDir ? mirrorPath(options.artifactsDir, m.cniPlugins.url) : downloadPath(downloads, m.cniPlugins.url);
    add('install-multus-flannel', 'CNI plugins, flannel (secondary), Multus thick', [
      ...fetch(m.cniPlugins),
      ...fetch(m.flannel.manifest),
      ...fetch(m.multus.manifest),
      ...nodes.flatMap((n) => [c(docker.cp(archive, `${n}:/tmp/cni-plugins.tgz`)), c(nodeCmd.untar(n, '/tmp/cni-plugins.tgz', '/opt/cni/bin', ['./bridge']))]),
      c(k.apply('<flannel manifest>'), { stdin: 'flannel manifest (downloaded, edited)' }),
      c(k.rollout('kube-flannel', 'ds/kube-flannel-ds')),
      c(k.apply('<multus manifest>'), { stdin: 'multus manifest (downloaded, edited)' }),
      c(k.rollout('kube-system', 'ds/kube-multus-ds')),
      ...nodes.map((n) => c(nodeCmd.cniConfDir(n), { note: 'polled until 00-multus.conf is listed first (the thick DaemonSet has no readiness probe)' })),
    ], [], [
      fetchNote(m.cniPlugins),
      `${fetchNote(m.flannel.manifest)}: net-conf Network ${m.flannel.network} backend ${m.flannel.backend}, install-cni init container and cni-conf.json removed, images ${imageRef(m.flannel.image)}, ${imageRef(m.flannel.cniPluginImage)}`,
      `${fetchNote(m.multus.manifest)}: image ${imageRef(m.multus.image)}, memory ${m.multus.memoryLimit}, chrootDir /hostroot`,
    ]);
  }

  const rr = profile.routeReflector;
  if (rr) {
    const peer = toYaml([bgpPeerToReflectors(profile)]);
    const mesh = toYaml([bgpConfigurationMeshOff()]);
    add('route-reflectors', 'reflector label + cluster ID, BGPPeer, mesh off', [
      ...rr.reflectors.flatMap((i) => [c(k.label(nodes[i], `${rr.label.key}=${rr.label.value}`)), c(k.annotate(nodes[i], `projectcalico.org/RouteReflectorClusterID=${rr.clusterId}`))]),
      c(k.apply(peer), { stdin: 'bgppeer.yaml' }),
      c(k.getJson('nodes'), { note: poll }),
      c(k.getJson('pods', 'kube-system', 'k8s-app=calico-node'), { note: poll }),
      ...nodes.map((n) => c(birdProtocols(k, `<calico-node pod on ${n}>`), { note: `until a Node_<reflector IP> session to every reflector but itself is Established; ${poll}` })),
      c(k.apply(mesh), { stdin: 'bgpconfiguration.yaml' }),
    ], [{ name: 'bgppeer.yaml', yaml: peer }, { name: 'bgpconfiguration.yaml', yaml: mesh }]);
  }

  const probes = toYaml(probeManifests(profile, nodes));
  const pods = probePodSpecs(profile, nodes);
  add('probe-pods', 'start probe pods on every node', [
    c(k.apply(probes), { stdin: 'probe-pods.yaml' }),
    c(k.podsReady(PROBE_NAMESPACE)),
    c(k.getJson('pods', PROBE_NAMESPACE)),
    ...pods.map((p) => c(k.exec(PROBE_NAMESPACE, p.name, 'probe', ['ip', '-j', '-4', 'addr', 'show']))),
  ], [{ name: 'probe-pods.yaml', yaml: probes }]);

  add('node-evidence', 'collect node evidence until it converges', nodeFactsCommands(k, nodes, profile).map((s, i) => c(s, i ? {} : { note: poll })), [], [evidenceSummary(profile)]);

  const planes = m ? ['eth0 (Calico)', 'net1 (flannel)'] : ['pod IPs'];
  add('ping-matrix', 'ping matrix (all pairs, same-node and cross-node)', pods
    .filter((p) => p.networks !== 'flannel' || m)
    .map((p) => c(k.exec(PROBE_NAMESPACE, p.name, 'probe', probeArgv([{ ip: '<ip of every other probe pod>', protocol: 'icmp' }])), { note: `one exec per source pod, all its probes concurrently; per plane: ${planes.join(', ')}` })), [], [
    `mismatching cells re-probed up to ${options.probe.retries} times, ${options.probe.retryDelayMs / 1000} s apart; a cell that recovers is reported flaky`,
  ]);

  const fromStepPlan = (id: string, title: string, p: StepPlan) => add(id, title, p.commands.map((x) => c(x.spec, { ...(x.stdin ? { stdin: x.stdin } : {}), ...(x.note ? { note: x.note } : {}) })), p.manifests, p.notes);
  const control = options.controls[name]?.(profile);
  if (control) fromStepPlan('negative-control', controlTitle(control), planControl(k, cluster, nodes, profile, control, poll));
  procedure?.steps.forEach((st, i) => fromStepPlan(`${procedure.name}-${i + 1}`, `${procedure.name}: ${st.title}`, planGuideStep(k, cluster, nodes, profile, st)));
  for (const scenario of options.scenarios) steps.push(conformanceStep(scenario, profile, nodes, k, options));

  add('on-failure', 'diagnostics and logs (only when the profile fails)', [
    c(k.podsWide()),
    c(k.events()),
    c(k.describePods(PROBE_NAMESPACE)),
    ...nodes.map((n) => c(docker.exec(n, ['ip', '-d', 'addr']))),
    ...nodes.map((n) => c(docker.exec(n, ['ip', '-4', 'route', 'show', 'table', 'all']))),
    c(kind.exportLogs(cluster, `${options.workDir}/${cluster}/logs`)),
  ]);
  add('cleanup', options.keepCluster ? 'cleanup skipped (--keep-cluster)' : 'delete everything (also on failure, timeout, SIGINT/SIGTERM)', options.keepCluster ? [] : [
    ...(procedure?.steps.some((st) => st.do === 'source-address') ? [c(docker.rmForce(guideCommands.external(cluster)))] : []),
    ...(xs
      ? [
          c(docker.rmForce(`${cluster}-router`)),
          // The nodes are still on the networks (kind deletes them below): Docker removes no network with containers attached.
          ...nodes.map((n, i) => c(docker.networkDisconnect(`${cluster}-${xs.networks[xs.attachments[i].network].name.replace(/^netlint-/, '')}`, n))),
          c(docker.networkRm(xs.networks.map((n) => `${cluster}-${n.name.replace(/^netlint-/, '')}`))),
        ]
      : []),
    c(kind.delete(cluster, kubeconfig)),
    c(docker.leftovers(cluster).containers, { note: 'anything listed has leaked: the run becomes an error naming it' }),
    c(docker.leftovers(cluster).networks),
  ]);
  return { profile: name, mode: profile.mode, ...(procedure ? { procedure: procedure.name } : {}), summary: procedure ? `${procedure.title} (${procedure.source})` : profile.summary, cluster, unpinned: unpinnedArtifacts(profile), steps };
}

/** reach's ping predictions in one line: the smaller side listed pair by pair, the other side as "every other pair". */
export function icmpPredictions(icmp: readonly PlannedCell[]): string {
  const allowed = icmp.filter((x) => x.allowed);
  const blocked = icmp.filter((x) => !x.allowed);
  const head = `ICMP predicted by netlint reach: ${allowed.length} allowed, ${blocked.length} blocked`;
  if (!allowed.length || !blocked.length) return `${head} (every pair ${allowed.length ? 'allowed' : 'blocked'})`;
  const [few, verdict, rest] = allowed.length <= blocked.length ? [allowed, 'allowed', 'blocked'] : [blocked, 'blocked', 'allowed'];
  return `${head}: ${verdict} ${few.map((x) => `${x.from} → ${x.to}`).join(', ')}; every other pair ${rest}`;
}

/** One policy conformance scenario: shadow manifests, the policies as applied, every probe exec, teardown. */
function conformanceStep(scenario: Scenario, profile: Profile, nodes: string[], k: Kubectl, options: Pick<RunOptions, 'conformance'>): PlanStep {
  const plan = planScenario(scenario, profile, nodes);
  const empty = nothingToProbe(plan);
  if (empty) return { id: `conformance-${scenario.name}`, title: `policy conformance: ${scenario.title}`, commands: [], manifests: [], notes: [empty, ...plan.notes] };
  const { probe, settleMs } = options.conformance;
  const setup = toYaml(plan.setup);
  const policies = toYaml(plan.policies);
  const teardown = toYaml(plan.teardown);
  const namespaces = [...new Set(plan.pods.map((p) => p.namespace))];
  // One exec per source pod running all its probes of a matrix, as runProbes does.
  const execsOf = (list: readonly { probe: { target: ProbeTarget }; src: ShadowPod }[], what: (src: ShadowPod, cells: string) => string) => {
    const bySource = new Map<ShadowPod, ProbeTarget[]>();
    for (const { probe: p, src } of list) bySource.set(src, [...(bySource.get(src) ?? []), p.target]);
    return [...bySource].map(([src, targets]) => c(k.exec(src.namespace, src.name, src.container, probeArgv(targets, probe.connectTimeoutS)), { note: what(src, `${targets.length} cell${targets.length === 1 ? '' : 's'}`) }));
  };
  const execs = (network: 'eth0' | 'net1') =>
    execsOf(scenarioProbes(plan, (d) => `<${network === 'net1' ? 'net1 ' : ''}ip of ${d.id}>`), (src, cells) => `${network}: ${src.id} probes ${cells} concurrently in one exec`);
  const cells = scenarioCells(plan).filter((x) => plan.pods.some((p) => p.id === x.from) && plan.pods.some((p) => p.id === x.to) && x.from !== x.to);
  const icmp = cells.filter((x) => x.protocol === 'ICMP');
  // Through each Service's ClusterIP, after the pod matrix (run.ts serviceProbes).
  const viaServices = serviceProbes(plan, (id) => `<ClusterIP of ${id.slice('svc:'.length)}>`);
  const serviceExecs = () => execsOf(viaServices, (src, cells) => `Services: ${src.id} probes ${cells} through ClusterIPs in one exec`);
  const serviceNamespaces = [...new Set(plan.services.map((sv) => sv.namespace))];
  const servicesYaml = toYaml(plan.services.map((sv) => sv.manifest));
  return {
    id: `conformance-${scenario.name}`,
    title: `policy conformance: ${scenario.title}`,
    commands: [
      c(k.apply(setup), { stdin: `shadow-${scenario.name}.yaml` }),
      ...namespaces.flatMap((ns) => [c(k.podsReady(ns)), c(k.getJson('pods', ns), { note: 'shadow pod IPs (and net1 IPs from network-status)' })]),
      ...(plan.services.length ? [c(k.apply(servicesYaml), { stdin: `services-${scenario.name}.yaml`, note: 'on their own: one the API server refuses leaves the pod matrix standing' })] : []),
      ...serviceNamespaces.map((ns) => c(k.getJson('services', ns), { note: 'the ClusterIP of each Service probed' })),
      ...(plan.policies.length ? [c(k.apply(policies), { stdin: `policies-${scenario.name}.yaml` })] : []),
      ...execs('eth0'),
      ...(profile.multus ? execs('net1') : []),
      ...serviceExecs(),
      c(k.deleteManifest(teardown), { stdin: `teardown-${scenario.name}.yaml`, note: 'always, also when a step fails' }),
    ],
    manifests: [
      { name: `shadow-${scenario.name}.yaml`, yaml: setup },
      ...(plan.services.length ? [{ name: `services-${scenario.name}.yaml`, yaml: servicesYaml }] : []),
      ...(plan.policies.length ? [{ name: `policies-${scenario.name}.yaml`, yaml: policies }] : []),
      { name: `teardown-${scenario.name}.yaml`, yaml: teardown },
    ],
    notes: [
      `${plan.pods.length} shadow pods (${scenario.members === 'all' ? 'one per workload' : 'one or two per equivalence class'}) over ${nodes.length} nodes; ${cells.length} cells predicted by netlint reach${scenario.truth ? ', checked against a hand-written truth table' : ''}`,
      `after the policies: settle ${settleMs / 1000} s; agnhost connect --timeout=${probe.connectTimeoutS}s; ${probe.concurrency} source pods at a time; mismatches re-probed up to ${probe.retries} times ${probe.retryDelayMs / 1000} s apart; hard cap ${probe.capMs / 1000} s per matrix (worst case on paper for ${plan.pods.length} sources: ${probeBudgetMs(plan.pods.length, probe) / 1000} s)`,
      ...(icmp.length ? [`ICMP: ${icmp.length} ping cells (${formatArgv(singleProbeArgv({ ip: '<ip>', protocol: 'icmp' }, probe.connectTimeoutS))}) between every ordered pair of shadow pods, expected from netlint reach${scenario.truth ? ' and checked against the hand-written truth table' : ''}; blocked only when ping reports its statistics with nothing received`, icmpPredictions(icmp)] : []),
      ...(profile.multus ? ['net1: policies apply on the default network only; every net1 cell is expected to connect'] : []),
      ...(viaServices.length
        ? [`Services: ${viaServices.length} cells through ${plan.services.map((sv) => sv.id).join(', ')}: each shadow pod not behind a Service connects to its ClusterIP on the Service port, predicted from netlint reach's cells toward its pods on the targetPort (kube-proxy translates before policy sees the connection); ${viaServices.filter((x) => x.cell.allowed).length} predicted allowed`]
        : []),
      ...plan.notes,
    ],
  };
}

function evidenceSummary(profile: Profile): string {
  const parts: Record<Profile['mode'], string> = {
    ipip: 'pool ipipMode Always; remote blocks via tunl0 to the node IP; tunl0 UP with its tunnel address, MTU ≤ eth0 − 20; BGP full mesh (Mesh_*) Established',
    bgp: 'pool without encapsulation; remote blocks via eth0 to the node IP; BGP full mesh (Mesh_*) Established',
    crosssubnet: 'node addresses /24 on the two subnets; same-subnet blocks via eth1, other-subnet blocks via tunl0; BGP mesh across the router Established',
    rr: 'reflector carries the cluster ID; clients have only Node_<reflector> sessions, no Mesh_*; remote blocks via eth0 to the originating node',
    vxlan: 'pool vxlanMode Always; remote blocks via vxlan.calico to the remote VTEP address; vxlan.calico UP, MTU ≤ eth0 − 50',
    'multus-flannel': 'Calico IPIP evidence, plus flannel subnet.env inside each podCIDR, flannel.1 VXLAN with FLANNEL_MTU, 00-multus.conf first; pods: net1 in the node flannel subnet',
  };
  return `expected: ${parts[profile.mode]}`;
}

export function renderPlanText(plans: ProfilePlan[]): string {
  const out: string[] = [];
  // Arguments too long for a command line of the plan (the probe script run with sh -c), printed once at the end.
  const long: string[] = [];
  const shown = (a: string): string => {
    if (a.length <= 200) return a;
    if (!long.includes(a)) long.push(a);
    return `<script ${long.indexOf(a) + 1}, printed at the end>`;
  };
  for (const plan of plans) {
    out.push(`# netlint e2e plan: ${plan.procedure ? `procedure ${plan.procedure} on ` : ''}${plan.profile} (${plan.mode})`, plan.summary, `cluster: ${plan.cluster} (<run-id> is random per run)`);
    out.push(plan.unpinned.length ? `unpinned (refused without --allow-unpinned): ${plan.unpinned.join('; ')}` : 'every download is pinned by sha256 (listed per step); images by digest or by the tag a verified manifest names');
    plan.steps.forEach((s, i) => {
      out.push('', `## ${i + 1}. ${s.title} [${s.id}]`);
      for (const n of s.notes) out.push(`   - ${n}`);
      for (const cmd of s.commands) {
        const extras = [`timeout ${Math.round(cmd.timeoutMs / 1000)}s`, cmd.stdin ? `stdin: ${cmd.stdin}` : '', cmd.note ?? ''].filter(Boolean).join('; ');
        out.push(`   $ ${formatArgv(cmd.argv.map(shown))}    # ${extras}`);
      }
      for (const mf of s.manifests) out.push('', `   --- ${mf.name}`, ...mf.yaml.trimEnd().split('\n').map((l) => `   ${l}`));
    });
    out.push('');
  }
  long.forEach((script, i) => out.push(`# script ${i + 1} (run as sh -c SCRIPT probe TIMEOUT then PROTOCOL IP PORT per target)`, ...script.trimEnd().split('\n').map((l) => `   ${l}`), ''));
  return out.join('\n');
}
