import type { Kubectl } from './commands.js';
import type { E2eDeps } from './deps.js';
import { DEFAULT_PROBE_OPTIONS, type ProbeOptions } from './probe.js';
import { PROFILES } from './profiles/index.js';
import type { Profile, ProfileName } from './profiles/types.js';
import type { ProfileReport, StepTiming } from './report-types.js';
import { describeFailure, succeeded, type CommandResult, type CommandSpec } from './runner.js';
import type { Procedure } from './procedures/types.js';
import { DEFAULT_CONFORMANCE_OPTIONS, type ConformanceOptions } from './conformance/run.js';
import type { Scenario } from './conformance/suite.js';
import { CONTROLS } from './controls/index.js';
import type { ControlOf } from './controls/types.js';

/**
 * What every step of a run shares: the options, the per-profile context, and the runner wrappers
 * (cancellation, failures as `StepFailure`, bounded retries, polling, step timings).
 */

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
  /** The negative control of each profile that has one (controls/); tests pass edited copies. */
  controls: Partial<Record<ProfileName, ControlOf>>;
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
  controls: CONTROLS,
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

export const clip = (s: string, n = 4000) => (s.length > n ? `${s.slice(0, n)}\n… (${s.length - n} more characters)` : s);

export interface Ctx {
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

export async function run(ctx: Ctx, spec: CommandSpec): Promise<CommandResult> {
  const interrupted = () => new Interrupted(typeof ctx.signal.reason === 'string' ? ctx.signal.reason : 'a signal');
  if (ctx.signal.aborted) throw interrupted();
  const result = await ctx.deps.runner({ ...spec, signal: ctx.signal });
  if (result.cancelled || ctx.signal.aborted) throw interrupted();
  return result;
}

export async function must(ctx: Ctx, spec: CommandSpec, kind: 'fail' | 'error' = 'error'): Promise<CommandResult> {
  const result = await run(ctx, spec);
  if (!succeeded(result)) throw new StepFailure(kind, describeFailure(spec, result));
  return result;
}

/** Known flaky calls (API server warming up, image registry hiccups): a bounded number of tries. */
export async function retry(ctx: Ctx, spec: CommandSpec, attempts: number, delayMs: number, kind: 'fail' | 'error' = 'error'): Promise<CommandResult> {
  let last: CommandResult | undefined;
  for (let i = 1; i <= attempts; i++) {
    last = await run(ctx, spec);
    if (succeeded(last)) return last;
    if (i < attempts) await ctx.deps.sleep(delayMs);
  }
  throw new StepFailure(kind, `${describeFailure(spec, last!)} (after ${attempts} attempts)`);
}

export async function step<T>(ctx: Ctx, id: string, title: string, fn: () => Promise<T>): Promise<T> {
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

/** Polls `probe` until it yields a value or the evidence deadline passes. */
export async function waitFor<T>(ctx: Ctx, _what: string, probe: () => Promise<T | null>): Promise<T | null> {
  const deadline = ctx.deps.now() + ctx.options.evidenceDeadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (ctx.deps.now() + ctx.options.pollIntervalMs > deadline) return null;
    await ctx.deps.sleep(ctx.options.pollIntervalMs);
  }
}

export interface K8sItem {
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & { nodeName?: string; podCIDR?: string; cidr?: string; node?: string; ipipMode?: string; vxlanMode?: string };
  status?: { podIP?: string };
}

export function itemsOf(json: string): K8sItem[] {
  try {
    return ((JSON.parse(json) as { items?: K8sItem[] }).items ?? []);
  } catch {
    return [];
  }
}
