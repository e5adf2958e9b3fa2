/**
 * What every run ends with, whatever it ran: the job summary, the report file, the counts and the
 * sticky PR comment. Each is attempted on its own; a failure is a warning, never the verdict.
 */
import path from 'node:path';
import { utf8, writeChunks } from '../cli/output.js';
import { escapeUrl } from '../report/index.js';
import { VERSION } from '../version.js';
import type { ActionDeps, GithubApi } from './deps.js';
import type { RunContext } from './event.js';
import { fitBytes, fitSections } from './fit.js';
import { describeApiError } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { LintOutcome, ModeOutcome } from './modes.js';
import { commentBody, commentMarker, reportMaxLength, upsertComment } from './pr-comment.js';

/** GitHub accepts 1 MiB of job summary per step; a little is left for other steps' headings. */
export const SUMMARY_MAX_BYTES = 1024 * 1024 - 4096;

/** Job summary, report file, counts and PR comment: shared by both kinds of run. */
export async function report(
  deps: ActionDeps,
  inputs: ActionInputs,
  ctx: RunContext,
  github: () => GithubApi,
  outcomes: readonly ModeOutcome[],
  counts: LintOutcome['counts'] | null,
): Promise<void> {
  const { core } = deps;
  const sections = outcomes.map((o) => o.section);
  const footer = footerLine(ctx);
  // The SARIF file holds at most 25,000 findings, the most severe (src/report/sarif.ts), so a
  // larger report is only whole from a run of the CLI.
  const full = fitBytes((maxLength) => `${fitSections(sections, maxLength - footer.length, 'see the SARIF file (up to 25,000 findings), or run `netlint lint` for all')}${footer}`, SUMMARY_MAX_BYTES);
  await attempt(core, 'cannot write the job summary', () => core.writeSummary(full));
  const reportFile = runnerTempFile(deps, 'netlint-report.md');
  const reportWritten = await attempt(core, `cannot write ${reportFile}`, () => writeFileIn(deps, reportFile, [full]));

  core.setOutput('errors', counts?.errors ?? 0);
  core.setOutput('warnings', counts?.warnings ?? 0);
  core.setOutput('findings', counts?.findings ?? 0);
  core.setOutput('report', reportWritten ? reportFile : '');

  if (inputs.comment) {
    const clean = outcomes.every((o) => o.clean);
    await postComment(deps, inputs, ctx, github, sections, footer, clean);
  }
}

async function postComment(
  deps: ActionDeps,
  inputs: ActionInputs,
  ctx: RunContext,
  github: () => GithubApi,
  sections: ModeOutcome['section'][],
  footer: string,
  clean: boolean,
): Promise<void> {
  const { core } = deps;
  if (!ctx.pullRequest) {
    core.info(`netlint: no pull request in the ${ctx.eventName || 'current'} event: no comment`);
    return;
  }
  if (!inputs.token) {
    core.warning('netlint: github-token is empty: no PR comment (the job summary has the report)');
    return;
  }
  const marker = commentMarker(inputs.modes.join('+'));
  const hint = ctx.runUrl ? `see the [job summary](${escapeUrl(ctx.runUrl)})` : 'see the job summary';
  const report = `${fitSections(sections, reportMaxLength(marker) - footer.length, hint)}${footer}`;
  const pr = ctx.pullRequest;
  await attempt(core, `cannot comment on pull request #${pr.number}`, async () => {
    const result = await upsertComment(github(), pr, marker, commentBody(marker, report), { createIfMissing: !clean });
    if (result.action !== 'skipped') core.info(`netlint: PR comment ${result.action} (id ${result.id})`);
    // A report with something to say that was not posted is worth a warning; a clean run's is not.
    else if (clean) core.info(`netlint: PR comment not posted (${result.reason})`);
    else core.warning(`netlint: PR comment not posted (${result.reason}); the job summary has the report`);
  });
}

/** A line under the report naming the version and the commit it is about. */
function footerLine(ctx: RunContext): string {
  const sha = ctx.sha && /^[0-9a-f]{7,40}$/i.test(ctx.sha) ? ` for ${ctx.sha.slice(0, 7)}` : '';
  return `\n<sub>netlint ${VERSION}${sha}</sub>\n`;
}

/** Runs a reporting step; a failure becomes a warning (the verdict never depends on reporting). */
export async function attempt(core: ActionDeps['core'], what: string, step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    core.warning(`netlint: ${what}: ${describeApiError(error)}`);
    return false;
  }
}

export function runnerTempFile(deps: ActionDeps, name: string): string {
  return path.resolve(deps.io.cwd, deps.env.RUNNER_TEMP || '.', name);
}

/** Writes text, given in pieces, to `file` a piece at a time, making its folder. */
export async function writeFileIn(deps: ActionDeps, file: string, pieces: Iterable<string>): Promise<void> {
  await writeChunks(deps.io.fs, file, utf8(pieces));
}
