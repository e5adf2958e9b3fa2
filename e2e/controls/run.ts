import type { Kubectl } from '../commands.js';
import { Interrupted, step, StepFailure, waitFor, type Ctx } from '../context.js';
import { nodeChecks, type EvidenceCheck, type Facts, type PodFacts } from '../evidence.js';
import { PROBE_NAMESPACE, probePodSpecs } from '../manifests.js';
import { collectNodeFacts, nodeFactsCommands, pairProbes, pingPlanes, probeMatrix } from '../node-facts.js';
import { probeArgv, type Probe } from '../probe.js';
import { guideEnv } from '../procedures/run.js';
import { planGuideStep, runGuideStep, type GuideEnv, type StepPlan } from '../procedures/steps.js';
import type { Profile } from '../profiles/types.js';
import type { MatrixCell } from '../report-types.js';
import { judge, probeInfraError } from '../verdict.js';
import type { NegativeControl } from './types.js';

/**
 * Runs a negative control (types.ts) after the profile's ping matrix: break, wait until the nodes
 * show it, probe every pair with the control's expectation, then always restore and prove the
 * mode's node evidence and the whole matrix back. A control that could pass without testing
 * anything is a harness error before the cluster is touched.
 */
const ID = 'negative-control';
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const list = (items: string[], n = 8) => `${items.slice(0, n).join(', ')}${items.length > n ? ` (+${items.length - n} more)` : ''}`;
const pairs = (cells: MatrixCell[]) => list(cells.map((c) => `${c.row} → ${c.col} (${c.detail})`), 50);
const check = (id: string, ok: boolean, expected: string, observed: string): EvidenceCheck => ({ id, scope: 'cluster', ok, expected, observed });

/** The control's probes over the profile's first ping plane; a pair the control cannot judge is left out. */
export function controlProbes(control: NegativeControl, facts: Facts, members: { pod: PodFacts; ip: string | null }[]): Probe[] {
  const nodeOf = new Map(facts.nodes.map((n) => [n.name, n]));
  return pairProbes(members, (s, d) => {
    const a = nodeOf.get(s.node);
    const b = nodeOf.get(d.node);
    const blocked = a && b ? control.blocked(a, b) : null;
    return blocked === null ? null : blocked ? 'block' : 'reach';
  });
}

/** Why these probes could not prove anything, or null. */
function vacuous(probes: Probe[]): string | null {
  if (!probes.length) return 'no pair of probe pods to test';
  if (!probes.some((p) => p.expect === 'block')) return 'no pair is expected to fail, so passing would prove nothing';
  if (!probes.some((p) => p.expect === 'reach')) return 'no pair is expected to keep reaching (no positive control)';
  return null;
}

export const controlTitle = (control: NegativeControl) => `negative control: ${control.title}`;

/**
 * The control as a step of the profile run. Only on a cluster that has proven its mode so far: on
 * one whose evidence or pings already failed, breaking and restoring it would prove nothing (and
 * the restore could never match the mode); the step is then recorded as skipped.
 */
export async function controlStep(ctx: Ctx, control: NegativeControl, facts: Facts, pods: PodFacts[]): Promise<void> {
  const before = judge(ctx.report);
  if (before.status !== 'pass') ctx.report.steps.push({ id: ID, title: controlTitle(control), ms: 0, status: 'skipped', detail: `not run: the profile had already not passed: ${before.reason}` });
  else await step(ctx, ID, controlTitle(control), () => runControl(ctx, control, facts, pods));
}

async function runControl(ctx: Ctx, control: NegativeControl, facts: Facts, pods: PodFacts[]): Promise<void> {
  const members = pingPlanes(ctx.profile, pods)[0].members;
  const labels = members.map((m) => m.pod.name);
  const probes = controlProbes(control, facts, members);
  const why = vacuous(probes);
  if (why) throw new StepFailure('error', `negative control (${control.title}): ${why}; the cluster was not changed`);
  const env = guideEnv(ctx, ID, pods);
  let failed: unknown = null;
  try {
    for (const s of control.break) await runGuideStep(env, s);
    await settle(ctx, control);
    const m = await probeMatrix(ctx, ID, `negative control: ${control.title} (${control.expect})`, probes, labels);
    const still = m.cells.filter((c) => !c.pass && c.expect === 'block');
    const lost = m.cells.filter((c) => !c.pass && c.expect === 'reach');
    const observed = [still.length ? `not blocked: ${pairs(still)}` : '', lost.length ? `did not reach: ${pairs(lost)}` : ''].filter(Boolean).join('; ');
    ctx.report.evidence.push(check(ID, !observed, `${control.title}: ${control.expect}`, observed || `as expected: ${m.cells.filter((c) => c.expect === 'block').length} pairs blocked, ${m.cells.filter((c) => c.expect === 'reach').length} reached`));
  } catch (e) {
    if (e instanceof Interrupted) throw e;
    failed = e;
  }
  await restore(ctx, control, env, members, failed);
  if (failed) throw failed;
}

/**
 * What node facts must hold before "nothing left" means anything: every control judges its break
 * by the nodes' routes to each other's IPAM blocks, so facts without a node, without a block (an
 * empty listing) or with a node that lists no route at all (every kind node has its default route
 * via eth0; an unreadable `ip -j route` reads as none) would show nothing left without having looked.
 */
export function unseen(facts: Facts): string[] {
  return [
    ...(facts.nodes.length ? [] : ['no node read']),
    ...(facts.blocks.length ? [] : ['no IPAM block affinity listed']),
    ...facts.nodes.filter((n) => !n.routes.length).map((n) => `${n.name}: no route listed, not even its default route`),
  ];
}

/** Waits until the nodes show the break (bounded by the evidence deadline); the evidence says whether they did. */
async function settle(ctx: Ctx, control: NegativeControl): Promise<void> {
  const remaining = control.remaining;
  let left: string[] = [];
  await waitFor(ctx, 'the break', async () => {
    const facts = await collectNodeFacts(ctx);
    left = [...unseen(facts), ...remaining.of(facts)];
    return left.length ? null : left;
  });
  ctx.report.evidence.push(check(`${ID}-break`, !left.length, remaining.expect, left.length ? `after ${seconds(ctx.options.evidenceDeadlineMs)} still ${list(left)}` : 'as expected'));
}

/**
 * Undoes the break, then waits (bounded) for the mode's node evidence and probes every pair. Any
 * failure here fails the profile: the cluster is not what the profile claims any more.
 */
async function restore(ctx: Ctx, control: NegativeControl, env: GuideEnv, members: { pod: PodFacts; ip: string | null }[], earlier: unknown): Promise<void> {
  const what = control.restore.map((s) => s.title).join(', ');
  const expected = `after ${what}: the node evidence of ${ctx.profile.mode} and every pair reaching again`;
  let kind: 'fail' | 'error' = 'fail';
  try {
    for (const s of control.restore) await runGuideStep(env, s);
    let last: EvidenceCheck[] = [];
    const back = await waitFor(ctx, 'the restore', async () => {
      last = nodeChecks(ctx.profile, await collectNodeFacts(ctx));
      return last.every((c) => c.ok) ? last : null;
    });
    const bad = last.filter((c) => !c.ok);
    if (!back) throw new Error(`node evidence not back within ${seconds(ctx.options.evidenceDeadlineMs)}: ${bad[0].id} on ${bad[0].scope}: expected ${bad[0].expected}, observed ${bad[0].observed}${bad.length > 1 ? ` (+${bad.length - 1} more)` : ''}`);
    const m = await probeMatrix(ctx, `${ID}-restored`, `after the negative control: ${what} (every pair reaches)`, pairProbes(members), members.map((x) => x.pod.name));
    const lost = m.cells.filter((c) => !c.pass);
    const infra = lost.length ? probeInfraError(ctx.report) : null;
    if (infra) kind = 'error';
    if (lost.length) throw new Error(infra ?? `still not reaching: ${pairs(lost)}`);
    ctx.report.evidence.push(check(`${ID}-restored`, true, expected, `node evidence back, all ${m.cells.length} pairs reach`));
  } catch (e) {
    if (e instanceof Interrupted) throw e;
    const observed = e instanceof Error ? e.message : String(e);
    ctx.report.evidence.push(check(`${ID}-restored`, false, expected, observed));
    const before = earlier instanceof Error ? `; the control had already failed: ${earlier.message}` : '';
    throw new StepFailure(kind, `negative control not restored after ${what}: ${observed}${before}`);
  }
}

/** The same control in the dry-run: every command in order, with what is polled and checked. */
export function planControl(k: Kubectl, cluster: string, nodes: string[], profile: Profile, control: NegativeControl, poll: string): StepPlan {
  const steps = (list: NegativeControl['break']) => list.map((s) => planGuideStep(k, cluster, nodes, profile, s));
  const evidence = (note: string) => nodeFactsCommands(k, nodes, profile).map((spec, i) => ({ spec, ...(i ? {} : { note }) }));
  const pings = (note: string) =>
    probePodSpecs(profile, nodes)
      .filter((p) => p.networks !== 'flannel')
      .map((p) => ({ spec: k.exec(PROBE_NAMESPACE, p.name, 'probe', probeArgv([{ ip: '<ip of every other probe pod>', protocol: 'icmp' }])), note }));
  const broken = steps(control.break);
  const restored = steps(control.restore);
  return {
    commands: [
      ...broken.flatMap((p) => p.commands),
      ...evidence(`until ${control.remaining.expect}; ${poll}`),
      ...pings(control.expect),
      ...restored.flatMap((p) => p.commands),
      ...evidence(`until the node evidence of ${profile.mode} holds again; ${poll}`),
      ...pings('after the restore: every pair must reach'),
    ],
    manifests: [...broken, ...restored].flatMap((p) => p.manifests),
    notes: [
      `break: ${control.break.map((s) => s.title).join(', ')}; then ${control.expect} (${control.source})`,
      `restore (always, also when the check fails): ${control.restore.map((s) => s.title).join(', ')}; a restore that does not bring back the node evidence and every pair fails the profile`,
      'no pair expected to fail, or none expected to reach: a harness error before anything is changed',
    ],
  };
}
