import { docker } from '../commands.js';
import { must, retry, run, step, waitFor, type Ctx } from '../context.js';
import { nodeChecks, type EvidenceCheck, type PodFacts } from '../evidence.js';
import { collectNodeFacts, pairProbes, probeMatrix, readNodes } from '../node-facts.js';
import { succeeded } from '../runner.js';
import { runGuideStep, type GuideEnv } from './steps.js';
import type { Procedure } from './types.js';


/** What the guide's step kinds get from the harness; evidence ids and matrices are tagged with `name`. */
export function guideEnv(ctx: Ctx, name: string, pods: PodFacts[]): GuideEnv {
  const tag = (checks: EvidenceCheck[]) => checks.map((c) => ({ ...c, id: `${name}: ${c.id}` }));
  const env: GuideEnv = {
    k: ctx.k,
    cluster: ctx.cluster,
    nodes: ctx.nodes,
    profile: ctx.profile,
    run: (spec) => run(ctx, spec),
    must: (spec) => must(ctx, spec, 'fail'),
    retry: (spec) => retry(ctx, spec, 3, 5_000),
    waitFor: (probe) => waitFor(ctx, name, probe),
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
      await probeMatrix(ctx, `${name}-${id}`, `${name}: ${title}`, pairProbes(members.map((p) => ({ pod: p, ip: p.ip }))), members.map((p) => p.name));
    },
    record: (checks) => ctx.report.evidence.push(...tag(checks)),
    cleanup: (fn) => ctx.cleanups.push(fn),
    removeContainer: async (name) => (succeeded(await ctx.deps.runner(docker.rmForce(name))) ? [] : [`docker container ${name}`]),
  };
  return env;
}

/** One of the guide's procedures, step by step over the runner; evidence and matrices land in the report. */
export async function runProcedure(ctx: Ctx, procedure: Procedure, pods: PodFacts[]): Promise<void> {
  const env = guideEnv(ctx, procedure.name, pods);
  for (const [i, s] of procedure.steps.entries()) await step(ctx, `${procedure.name}-${i + 1}`, `${procedure.name}: ${s.title}`, () => runGuideStep(env, s));
}
