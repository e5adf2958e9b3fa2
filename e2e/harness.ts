import { curlDownload, downloadPath, mirrorPath, sha256Hex } from './artifacts.js';
import { cleanUp, diagnostics, exportLogs, leakCheck, safely } from './cleanup.js';
import { birdProtocols, DEADLINE_S, docker, kind, kubectl, node as nodeCmd } from './commands.js';
import { clusterName, Interrupted, must, retry, run, step, StepFailure, waitFor, type Ctx, type RunOptions } from './context.js';
import { buildCrossSubnet } from './crosssubnet.js';
import { controlStep } from './controls/run.js';
import type { E2eDeps } from './deps.js';
import { nodeChecks, parseBirdProtocols, podChecks, type EvidenceCheck, type Facts } from './evidence.js';
import { bgpConfigurationMeshOff, bgpPeerToReflectors, editCalicoManifest, editFlannelManifest, editMultusManifest, kindConfig, toYaml } from './manifests.js';
import { calicoNodePods, collectNodeFacts, pingPlanes, pairProbes, probeMatrix, readNodes, startProbePods } from './node-facts.js';
import { checkTools, refuseUnpinned, unpinnedArtifacts } from './preflight.js';
import { runProcedure } from './procedures/run.js';
import type { Procedure } from './procedures/types.js';
import { nodeNames } from './profiles/index.js';
import type { PinnedFile, Profile } from './profiles/types.js';
import type { E2eReport, ProfileReport } from './report-types.js';
import { describeFailure, succeeded, type Runner } from './runner.js';
import { judge } from './verdict.js';
import { runScenario } from './conformance/run.js';

/**
 * One profile run end to end (create, install, prove, probe, clean up) and the sequence of runs
 * with signal handling. Steps share context.ts; node facts, crossSubnet, cleanup, the negative
 * controls and the guide's procedures live beside this file.
 */
export { clusterName, DEFAULT_RUN_OPTIONS, Interrupted, StepFailure, type RunOptions } from './context.js';
export { pairProbes, pingPlanes } from './node-facts.js';

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
  // The thick DaemonSet has no readiness probe: rolled out, its daemon may not yet have written
  // 00-multus.conf (multus-cni pkg/server/config/manager.go), and a pod started before that gets
  // Calico alone, no net1. Wait until every node lists it first in /etc/cni/net.d.
  const waiting = await waitFor(ctx, '00-multus.conf on every node', async () => {
    for (const n of ctx.nodes) {
      const first = (await run(ctx, nodeCmd.cniConfDir(n))).stdout.split('\n').map((x) => x.trim()).filter(Boolean).sort()[0];
      if (first !== '00-multus.conf') return null;
    }
    return true;
  });
  if (waiting === null) throw new StepFailure('fail', 'Multus rolled out but did not write 00-multus.conf first in /etc/cni/net.d on every node: pods would get no secondary network');
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
      const rows = parseBirdProtocols((await run(ctx, birdProtocols(ctx.k, pod))).stdout) ?? [];
      for (const ip of ips) if (ip && ip !== n.ip && !rows.some((r) => r.name === `Node_${ip.replace(/\./g, '_')}` && r.info.startsWith('Established'))) return null;
    }
    return ips;
  });
  if (!reflectorIps) throw new StepFailure('fail', 'BGP sessions to the route reflectors never became Established');
  await retry(ctx, ctx.k.apply(toYaml([bgpConfigurationMeshOff()])), 3, 5_000);
}

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
    const control = options.controls[profile.name]?.(profile);
    if (control) await controlStep(ctx, control, facts, pods);
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
  return { version: 1, ok: runPassed(reports, units.length, received), ...(received ? { interrupted: { signal: received, during } } : {}), profiles: reports };
}

/** A run passes only when no signal stopped it, every profile and procedure ran, and each one passed. */
export function runPassed(reports: readonly ProfileReport[], units: number, received: string | null): boolean {
  return !received && reports.length === units && reports.every((r) => r.status === 'pass');
}
