import { docker, kind } from './commands.js';
import { clip, type Ctx } from './context.js';
import { PROBE_NAMESPACE } from './manifests.js';
import type { ProfileReport } from './report-types.js';
import { argvOf, describeFailure, failed, formatArgv, succeeded } from './runner.js';

/** After a run: diagnostics on failure, and cleanup whose failures (leaks) are errors. */

export async function diagnostics(ctx: Ctx): Promise<void> {
  const specs = [ctx.k.podsWide(), ctx.k.events(), ctx.k.describePods(PROBE_NAMESPACE), ...ctx.nodes.map((n) => docker.exec(n, ['ip', '-d', 'addr'])), ...ctx.nodes.map((n) => docker.exec(n, ['ip', '-4', 'route', 'show', 'table', 'all']))];
  for (const spec of specs) {
    const res = await ctx.deps.runner(spec);
    ctx.report.diagnostics.push({ command: formatArgv(argvOf(spec)), output: clip(`${res.stdout}${res.stderr ? `\n${res.stderr}` : ''}`.trim()) });
  }
}

export async function exportLogs(ctx: Ctx): Promise<void> {
  const dir = `${ctx.options.workDir}/${ctx.cluster}/logs`;
  const res = await ctx.deps.runner(kind.exportLogs(ctx.cluster, dir));
  if (succeeded(res)) ctx.report.logsDir = dir;
}

// ---- the profile run --------------------------------------------------------------------------

export async function safely(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch {
    // Diagnostics are best effort.
  }
}

/** Runs every cleanup (one failure never stops the rest), then lists what still carries the cluster's name. */
export async function cleanUp(ctx: Ctx): Promise<string[]> {
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
export function leakCheck(report: ProfileReport, leaked: string[]): void {
  if (!leaked.length) return;
  report.leaked = leaked;
  const why = `cleanup failed, leaked: ${leaked.join(', ')}`;
  report.reason = report.status === 'pass' ? why : `${report.reason ?? report.status}; ${why}`;
  report.status = 'error';
}
