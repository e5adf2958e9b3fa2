import { loadSources } from '../../src/engine/load.js';
import { plannedCells, portLabel, type PlannedCell } from './reach.js';
import type { SourceFile } from '../../src/engine/types.js';
import type { Kubectl } from '../commands.js';
import { toYaml } from '../manifests.js';
import { PING_DEADLINE_S, runProbes, singleProbeArgv, type Probe, type ProbeOptions, type ProbeTarget } from '../probe.js';
import type { Profile } from '../profiles/types.js';
import type { ConformanceResult } from '../report-types.js';
import { argvOf, formatArgv, type CommandResult, type CommandSpec } from '../runner.js';
import { compareCells, type ProbedCell } from './compare.js';
import { clusterIps, serviceCells } from './services.js';
import { buildShadow, type ShadowPlan, type ShadowPod } from './shadow.js';
import type { Scenario } from './suite.js';

/**
 * Runs scenarios on a cluster that already passed its profile's own steps: shadow pods up, the
 * scenario's policies applied, a settle pause, one exec per source pod probing every declared
 * port of every other shadow pod, comparison with reach, teardown.
 */
export interface ConformanceOptions {
  probe: ProbeOptions;
  /** Pause after applying policies before the first probe (mismatches are re-probed anyway). */
  settleMs: number;
}

/**
 * Budget (README): 9 sources in parallel, each one exec running its 32 probes concurrently; a
 * pass lasts about one connect timeout (2 s) plus exec overhead; two re-probe rounds 2 s apart;
 * the cap bounds the whole matrix at 30 s.
 */
export const DEFAULT_CONFORMANCE_OPTIONS: ConformanceOptions = {
  probe: { retries: 2, retryDelayMs: 2000, concurrency: 9, connectTimeoutS: 2, capMs: 30_000 },
  settleMs: 5000,
};

/** Assumed `kubectl exec` overhead (API server → kubelet → CRI) per call, for the budget on paper. [estimate] */
export const EXEC_OVERHEAD_MS = 1000;

/**
 * Worst-case probe wall time of one matrix without the cap: waves of `concurrency` execs, each
 * about one connect timeout (a dropped cell waits the whole timeout; the in-pod probes run
 * concurrently) plus exec overhead; then each re-probe round (pause + one wave, as only
 * mismatching cells are re-probed). The cap bounds whatever reality adds.
 */
export function probeBudgetMs(sources: number, probe: ProbeOptions, execOverheadMs: number = EXEC_OVERHEAD_MS): number {
  const wave = Math.max(probe.connectTimeoutS, PING_DEADLINE_S) * 1000 + execOverheadMs;
  return Math.ceil(sources / probe.concurrency) * wave + probe.retries * (probe.retryDelayMs + wave);
}

export interface ConformanceEnv {
  k: Kubectl;
  profile: Profile;
  nodes: string[];
  run(spec: CommandSpec): Promise<CommandResult>;
  /** Throws a step failure when the command does not succeed. */
  must(spec: CommandSpec): Promise<CommandResult>;
  retry(spec: CommandSpec): Promise<CommandResult>;
  sleep(ms: number): Promise<void>;
  now(): number;
  /** The harness' failure type for "the cluster did not do what the scenario needs" (exit 1). */
  failure(message: string): Error;
  options: ConformanceOptions;
}

/** The PR's files as a scenario: one or two shadow pods per equivalence class, no truth table. */
export function manifestsScenario(files: SourceFile[]): Scenario {
  return { name: 'manifests', title: `the given manifests (${files.length} file${files.length === 1 ? '' : 's'})`, members: 'classes', sources: files };
}

/**
 * A control endpoint for scenarios whose predicted matrix allows nothing (a namespace-wide
 * default deny): a pod in its own namespace that no policy of the scenario selects, so reach
 * predicts cells to and from it and the matrix carries positive controls that must connect.
 */
export const CONTROL_SOURCE: SourceFile = {
  path: 'netlint/positive-control.yaml',
  content: `apiVersion: v1
kind: Namespace
metadata:
  name: netlint-control
  labels: {netlint.io/role: positive-control}
---
apiVersion: v1
kind: Pod
metadata:
  name: control
  namespace: netlint-control
  labels: {netlint.io/role: positive-control}
spec:
  containers:
    - name: control
      image: registry.example/control:1
      ports:
        - {containerPort: 80, protocol: TCP}
`,
};

const hasPositive = (plan: ShadowPlan) => plan.expected.cells.some((c) => c.allowed && c.from !== c.to && plan.pods.some((p) => p.id === c.from) && plan.pods.some((p) => p.id === c.to));

export function planScenario(scenario: Scenario, profile: Profile, nodes: string[]): ShadowPlan {
  const plan = buildShadow(scenario, loadSources(scenario.sources).resources, profile, nodes);
  if (hasPositive(plan) || plan.pods.length === 0) return plan;
  const withControl = { ...scenario, sources: [...scenario.sources, CONTROL_SOURCE] };
  const controlled = buildShadow(withControl, loadSources(withControl.sources).resources, profile, nodes);
  controlled.notes.push('no cell of the scenario is predicted to connect: a positive-control pod (netlint-control/control, selected by no policy) was added so that blocked cells are only trusted next to cells that connect');
  return controlled;
}

export const protocolOf = (c: PlannedCell) => c.protocol.toLowerCase() as ProbeTarget['protocol'];

/**
 * The cells a scenario probes, each predicted by reach: the destination's ports and ping (ICMP)
 * between every ordered pair of shadow pods.
 */
export function scenarioCells(plan: ShadowPlan): PlannedCell[] {
  return plannedCells(plan.expected, plan.pods.map((p) => p.id));
}

/** Every probe of a scenario: ordered pairs of different shadow pods × the destination's declared ports, and ICMP. */
export function scenarioProbes(plan: ShadowPlan, ipOf: (p: ShadowPod) => string): { probe: Probe; cell: PlannedCell; src: ShadowPod }[] {
  const byId = new Map(plan.pods.map((p) => [p.id, p]));
  const out: { probe: Probe; cell: PlannedCell; src: ShadowPod }[] = [];
  for (const cell of scenarioCells(plan)) {
    const src = byId.get(cell.from);
    const dst = byId.get(cell.to);
    if (!src || !dst || src === dst) continue;
    out.push({ src, cell, probe: probeOf(src, cell, ipOf(dst)) });
  }
  return out;
}

/** The probe of one planned cell from a shadow pod to an address (a pod's, or a Service's ClusterIP). */
function probeOf(src: ShadowPod, cell: PlannedCell, ip: string): Probe {
  return {
    row: cell.from,
    col: cell.to,
    source: { namespace: src.namespace, pod: src.name, container: src.container },
    target: cell.protocol === 'ICMP' ? { ip, protocol: 'icmp' } : { ip, protocol: protocolOf(cell), port: cell.port },
    expect: cell.allowed ? 'reach' : 'block',
  };
}

interface PodItem {
  metadata?: { name?: string; annotations?: Record<string, string> };
  status?: { podIP?: string };
}

/** eth0 IP from status, net1 IP from the multus network-status annotation. */
export function podAddresses(json: string): Map<string, { ip: string | null; net1: string | null }> {
  let items: PodItem[] = [];
  try {
    items = (JSON.parse(json) as { items?: PodItem[] }).items ?? [];
  } catch {
    items = [];
  }
  const out = new Map<string, { ip: string | null; net1: string | null }>();
  for (const i of items) {
    let net1: string | null = null;
    try {
      const status = JSON.parse(i.metadata?.annotations?.['k8s.v1.cni.cncf.io/network-status'] ?? '[]') as { interface?: string; ips?: string[] }[];
      net1 = status.find((s) => s.interface === 'net1')?.ips?.[0] ?? null;
    } catch {
      net1 = null;
    }
    out.set(String(i.metadata?.name), { ip: i.status?.podIP ?? null, net1 });
  }
  return out;
}

/** Every probe through a Service: each shadow pod not behind it → its ClusterIP and port, predicted as serviceCells says. */
export function serviceProbes(plan: ShadowPlan, clusterIpOf: (serviceId: string) => string): { probe: Probe; cell: PlannedCell; src: ShadowPod }[] {
  const byId = new Map(plan.pods.map((p) => [p.id, p]));
  return serviceCells(plan.services, plan.pods, plan.expected, []).map((cell) => {
    const src = byId.get(cell.from)!;
    return { src, cell, probe: probeOf(src, cell, clusterIpOf(cell.to)) };
  });
}

async function probeAndCompare(env: ConformanceEnv, plan: ShadowPlan, network: 'default' | 'net1', ipOf: (p: ShadowPod) => string, services?: (serviceId: string) => string): Promise<ConformanceResult> {
  const list = services ? serviceProbes(plan, services) : scenarioProbes(plan, ipOf);
  // On net1 no policy applies (no MultiNetworkPolicy controller): every cell is expected to connect.
  const probes = list.map((x) => (network === 'net1' ? { ...x.probe, expect: 'reach' as const } : x.probe));
  const started = env.now();
  const results = await runProbes(probes, { command: (s, argv) => env.k.exec(s.namespace, s.pod, s.container, argv), run: (spec) => env.run(spec), sleep: (ms) => env.sleep(ms), now: () => env.now() }, env.options.probe);
  const probeMs = env.now() - started;
  const probed: ProbedCell[] = list.map((x, i) => ({
    cell: x.cell,
    result: results[i],
    reproduce: formatArgv(argvOf(env.k.exec(x.src.namespace, x.src.name, x.src.container, singleProbeArgv(probes[i].target, env.options.probe.connectTimeoutS)))),
  }));
  const ports = [...new Set(list.map((x) => portLabel(x.cell)))].sort((a, b) => (parseInt(a) || Infinity) - (parseInt(b) || Infinity) || a.localeCompare(b));
  const notes = services ? [] : [...plan.notes];
  if (network === 'net1') notes.push('net1 (flannel via multus): Kubernetes and Calico policies apply on the default network only; without a MultiNetworkPolicy controller every net1 cell is expected to connect');
  if (services) {
    serviceCells(plan.services, plan.pods, plan.expected, notes);
    notes.unshift("through each Service's ClusterIP: kube-proxy sends the connection to one of its pods on the port's targetPort, and policy decides on that port (reach --to svc:NS/NAME --port P)");
  }
  const result: ConformanceResult = {
    scenario: plan.scenario.name,
    title: services ? `${plan.scenario.title}, through its Services` : plan.scenario.title,
    source: plan.scenario.truth ? 'builtin' : 'manifests',
    network,
    endpoints: plan.pods.map((p) => p.id),
    ...(services ? { targets: plan.services.map((sv) => sv.id) } : {}),
    ports,
    cells: compareCells(probed, network === 'net1' ? undefined : plan.scenario.truth, network === 'net1' ? true : undefined),
    probeMs,
    notes,
  };
  if (!plan.scenario.truth) {
    const base = ['netlint', 'reach', '--explain', '--format', 'text', ...plan.scenario.sources.map((s) => s.path)];
    result.explain = formatArgv(base);
    for (const c of result.cells) if (c.mismatch) c.explain = formatArgv([...base, '--from', c.from, '--to', c.to, '--port', portLabel(c)]);
  }
  return result;
}

/** Fewer than two shadow pods, or no declared port: no cell can be probed. */
export function nothingToProbe(plan: ShadowPlan): string | null {
  if (plan.pods.length < 2 || !scenarioProbes(plan, () => '').length)
    return `nothing to probe: the manifests declare ${plan.pods.length} workload endpoint(s)${plan.pods.length >= 2 ? ' and no container ports' : ''}; policies were not applied`;
  return null;
}

const ADDRESS_NAME = { ip: 'an IP', net1: 'a net1 address (Multus network-status annotation)' } as const;

/** One scenario end to end; teardown always runs (a leftover default-deny would poison the next one). */
export async function runScenario(env: ConformanceEnv, scenario: Scenario): Promise<ConformanceResult[]> {
  const plan = planScenario(scenario, env.profile, env.nodes);
  const empty = nothingToProbe(plan);
  if (empty)
    return [{ scenario: scenario.name, title: scenario.title, source: scenario.truth ? 'builtin' : 'manifests', network: 'default', endpoints: plan.pods.map((p) => p.id), ports: [], cells: [], probeMs: 0, notes: [empty, ...plan.notes] }];
  let failed = false;
  try {
    await env.retry(env.k.apply(toYaml(plan.setup)));
    const addresses = new Map<string, { ip: string | null; net1: string | null }>();
    for (const ns of [...new Set(plan.pods.map((p) => p.namespace))]) {
      await env.must(env.k.podsReady(ns));
      for (const [name, a] of podAddresses((await env.must(env.k.getJson('pods', ns))).stdout)) addresses.set(`${ns}/${name}`, a);
    }
    const address = (p: ShadowPod, network: 'ip' | 'net1') => addresses.get(`${p.namespace}/${p.name}`)?.[network] ?? null;
    // Every probed pod needs its address: a probe of an empty or 0.0.0.0 address would reach the
    // source pod itself (Linux takes 0.0.0.0 as the local host) and pass without testing the network.
    for (const network of env.profile.multus ? (['ip', 'net1'] as const) : (['ip'] as const)) {
      const missing = plan.pods.filter((p) => !address(p, network));
      if (missing.length) throw env.failure(`shadow pods without ${ADDRESS_NAME[network]}: ${missing.map((p) => `${p.namespace}/${p.name}`).join(', ')}`);
    }
    // The Services on their own: one the API server refuses (the input's own mistake) leaves the
    // pod matrix standing and is said; each Service's ClusterIP is given when it is created.
    const serviceIps = new Map<string, string>();
    const serviceNotes: string[] = [];
    if (plan.services.length) {
      const applied = await env.run(env.k.apply(toYaml(plan.services.map((sv) => sv.manifest))));
      if (applied.exitCode !== 0) serviceNotes.push(`the Services were not applied, so nothing was probed through them: ${(applied.stderr.trim().split('\n').at(-1) ?? '') || `kubectl exited with ${applied.exitCode}`}`);
      else {
        for (const ns of [...new Set(plan.services.map((sv) => sv.namespace))]) {
          for (const [name, ip] of clusterIps((await env.must(env.k.getJson('services', ns))).stdout)) serviceIps.set(`svc:${ns}/${name}`, ip);
        }
        const noAddress = plan.services.filter((sv) => !serviceIps.has(sv.id));
        if (noAddress.length) throw env.failure(`Services without a ClusterIP: ${noAddress.map((sv) => `${sv.namespace}/${sv.name}`).join(', ')}`);
      }
    }
    if (plan.policies.length) await env.retry(env.k.apply(toYaml(plan.policies)));
    await env.sleep(env.options.settleMs);
    const out = [await probeAndCompare(env, plan, 'default', (p) => address(p, 'ip')!)];
    out[0].notes.push(...serviceNotes);
    if (env.profile.multus) out.push(await probeAndCompare(env, plan, 'net1', (p) => address(p, 'net1')!));
    // Last, as the dry-run lists it: through each Service's ClusterIP (on the default network).
    if (serviceIps.size && serviceProbes(plan, () => '').length) out.push(await probeAndCompare(env, plan, 'default', (p) => address(p, 'ip')!, (id) => serviceIps.get(id)!));
    return out;
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // A failed teardown fails the scenario (the next one would inherit its policies), unless it already failed.
    const teardown = env.k.deleteManifest(toYaml(plan.teardown));
    if (failed) await env.run(teardown);
    else await env.must(teardown);
  }
}
