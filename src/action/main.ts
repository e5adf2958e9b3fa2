/**
 * The GitHub Action: inputs → lint / reach / e2e → annotations, job summary, SARIF, outputs, PR
 * comment → verdict. The verdict comes from `fail-on` alone: a comment or summary that cannot be
 * written (a fork's read-only token, an API outage) is a warning, never a different exit status.
 */
import path from 'node:path';
import { UsageError } from '../cli/io.js';
import { renderLintChunks, sarifLeftOutNote } from '../report/index.js';
import { plural } from '../report/text.js';
import { VERSION } from '../version.js';
import { emitAnnotations } from './annotations.js';
import { changedManifests } from './changed-files.js';
import type { ActionDeps, GithubApi } from './deps.js';
import { readRunContext, type RunContext } from './event.js';
import { describeApiError } from './github-api.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { runE2eMode, runLintMode, type ModeOutcome } from './modes.js';
import { publishResults } from './publish.js';
import { runReachMode } from './reach-mode.js';
import { attempt, report, runnerTempFile, writeFileIn } from './reporting.js';
import { COMMIT_SHA, renderResults, ResultsError, type Results } from './results.js';

export async function run(deps: ActionDeps): Promise<void> {
  const { core } = deps;
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const inRepository = inputs.workingDirectory === undefined ? deps : await inWorkingDirectory(deps, inputs.workingDirectory);
    // `${{ github.workspace }}/deploy` names a folder of the workspace: findings, the summary's and
    // the comment's links (blob/<sha>/<path>) and annotations need it relative to the workspace.
    inputs.paths = inputs.paths.map((p) => (path.isAbsolute(p) ? withinWorkspace(inRepository.io.cwd, p) : p));
    await runWith(inRepository, inputs);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || error instanceof ResultsError) {
      core.setFailed(`netlint: ${error.message}`);
    } else {
      core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
      core.setFailed(`netlint: internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the step's log)`);
    }
  }
}

/**
 * `deps` working in the repository's checkout folder `dir` (the `working-directory` input, relative
 * to the workspace): everything relative is read from there and files are named from there, which
 * is what annotations (the runner passes `file=` on as written), the comment's blob links and code
 * scanning (relative to upload-sarif's `checkout_path`) take as the repository's paths (as
 * `netlint diff` reads each side from its root: cli/diff-deps.ts).
 */
async function inWorkingDirectory(deps: ActionDeps, dir: string): Promise<ActionDeps> {
  const cwd = path.resolve(deps.io.cwd, dir);
  const found = await deps.io.fs.stat(cwd);
  if (found === null || !found.isDirectory) throw new InputError(`invalid input: working-directory ${dir}: no such folder in the workspace (${cwd})`);
  return { ...deps, io: { ...deps.io, cwd } };
}

/** An absolute path inside the workspace, relative to it (`.` for the workspace itself); one outside it, as given. */
function withinWorkspace(workspace: string, p: string): string {
  const rel = path.relative(workspace, p);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
}

async function runWith(deps: ActionDeps, inputs: ActionInputs): Promise<void> {
  const ctx = readRunContext(deps.env, await readEvent(deps));
  let api: GithubApi | null = null;
  const github = () => (api ??= deps.github(inputs.token, ctx.apiUrl));
  if (inputs.resultsFile !== undefined) await publishResults(deps, inputs, inputs.resultsFile, ctx, github);
  else await analyse(deps, inputs, ctx, github);
}

/** The usual run: lint / reach / e2e on the workspace, then every report, then the verdict. */
async function analyse(given: ActionDeps, inputs: ActionInputs, ctx: RunContext, github: () => GithubApi): Promise<void> {
  // The Action's own warnings are counted, so that the findings' annotations leave them room.
  let ownWarnings = 0;
  const deps: ActionDeps = { ...given, core: { ...given.core, warning: (message, properties) => (ownWarnings++, given.core.warning(message, properties)) } };
  const { core, io } = deps;
  if (inputs.modes.includes('e2e') && ctx.privileged && ctx.headFromFork) {
    throw new InputError(
      `refusing mode e2e on a ${ctx.eventName} event for code from a fork: it would run untrusted manifests with the base repository's token and secrets; run e2e on pull_request instead`,
    );
  }
  const onlyFiles = inputs.changedOnly ? await changedScope(deps, ctx, inputs, github) : undefined;
  const outcomes: ModeOutcome[] = [];
  // Display order: the connectivity diff at the top, then lint findings, then e2e.
  if (inputs.modes.includes('reach')) outcomes.push(await runReachMode(deps, inputs, ctx));
  const lint = inputs.modes.includes('lint') ? await runLintMode(deps, inputs, ctx, onlyFiles) : null;
  if (lint) outcomes.push(lint);
  if (inputs.modes.includes('e2e')) outcomes.push(await runE2eMode(deps, inputs, onlyFiles));
  const failures = outcomes.flatMap((o) => (o.failure ? [o.failure] : []));

  // Room for the warnings already given, and one to come (a comment that cannot be posted).
  if (lint) emitAnnotations(core, lint.annotations, { reserveError: failures.length > 0, reserveWarnings: ownWarnings + 1 });
  let sarifFile = '';
  if (lint) {
    const target = path.resolve(io.cwd, inputs.sarifFile);
    if (await attempt(core, `cannot write the SARIF file ${target}`, () => writeFileIn(deps, target, renderLintChunks('sarif', lint.result, lint.report)))) sarifFile = target;
    const leftOut = sarifLeftOutNote(lint.result.findings.length);
    if (sarifFile !== '' && leftOut !== null) core.info(`netlint: ${leftOut} (the results file lists them all)`);
  }
  core.setOutput('sarif-file', sarifFile);
  const results: Results = { version: 1, modes: inputs.modes, pullRequest: resultsPullRequest(ctx), lint: lint?.result ?? null };
  const resultsFile = runnerTempFile(deps, 'netlint-results.json');
  const resultsWritten = await attempt(core, `cannot write ${resultsFile}`, () => writeFileIn(deps, resultsFile, renderResults(results, VERSION)));
  core.setOutput('results-file', resultsWritten ? resultsFile : '');

  await report(deps, inputs, ctx, github, outcomes, lint?.counts ?? null);
  if (failures.length > 0) core.setFailed(`netlint: ${failures.join('; ')}`);
  else core.info(`netlint: nothing at or above fail-on "${inputs.failOn}"`);
}

function resultsPullRequest(ctx: RunContext): Results['pullRequest'] {
  const pr = ctx.pullRequest;
  return pr && pr.headSha && COMMIT_SHA.test(pr.headSha) ? { number: pr.number, headSha: pr.headSha } : null;
}

async function readEvent(deps: ActionDeps): Promise<unknown> {
  const file = deps.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return JSON.parse(new TextDecoder().decode(await deps.io.fs.readFile(file))) as unknown;
  } catch (error) {
    deps.core.warning(`netlint: cannot read the event payload ${file}: ${error instanceof Error ? error.message : String(error)}; treating the run as not being for a pull request`);
    return {};
  }
}

async function changedScope(deps: ActionDeps, ctx: RunContext, inputs: ActionInputs, github: () => GithubApi): Promise<ReadonlySet<string> | undefined> {
  const everything = (why: string) => {
    deps.core.warning(`netlint: changed-only: ${why}; linting every file`);
    return undefined;
  };
  if (!ctx.pullRequest) return everything(`the ${ctx.eventName || 'current'} event is not about a pull request`);
  if (!inputs.token) return everything('github-token is empty');
  try {
    const changed = await changedManifests(github(), ctx.pullRequest);
    if (changed.files === null) return everything(changed.reason);
    deps.core.info(`netlint: changed-only: ${plural(changed.files.size, 'changed manifest')}`);
    return changed.files;
  } catch (error) {
    return everything(`cannot list the pull request's files: ${describeApiError(error)}`);
  }
}

