import type { IssueRef, RepoRef } from './deps.js';
import { getIn } from '../engine/values.js';

/**
 * What the Action needs to know about the workflow run, read from the runner's environment and
 * the webhook payload at `GITHUB_EVENT_PATH` inside `run()` (not at import time, as
 * `@actions/github`'s `context` does), so tests control it completely.
 */
export interface RunContext {
  eventName: string;
  repo: RepoRef | null;
  /** e.g. `https://github.com`. */
  serverUrl: string;
  /** e.g. `https://api.github.com`. */
  apiUrl: string;
  /** The run's page (its job summaries), or null outside Actions. */
  runUrl: string | null;
  /**
   * The commit under test: the PR head when there is one, the triggering run's head on
   * `workflow_run`, else `GITHUB_SHA`.
   */
  sha: string | null;
  pullRequest: PullRequestInfo | null;
  /**
   * `pull_request_target` and `workflow_run` run with the base repository's write token and
   * secrets, whatever the PR contains.
   */
  privileged: boolean;
  /**
   * The code under test comes from another repository: a fork's PR, or a `workflow_run` started
   * by one. Unknown counts as a fork.
   */
  headFromFork: boolean;
}

export interface PullRequestInfo extends IssueRef {
  headSha: string | null;
  /** The base branch's commit the PR is compared with (for the reach diff); null on workflow_run. */
  baseSha: string | null;
}

export const PRIVILEGED_EVENTS: readonly string[] = ['pull_request_target', 'workflow_run'];

export function readRunContext(env: Readonly<Record<string, string | undefined>>, payload: unknown): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repo = parseRepo(env.GITHUB_REPOSITORY) ?? parseRepo(str(getIn(payload, ['repository', 'full_name'])));
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  const runUrl =
    repo && runId
      ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : null;
  const pullRequest = repo ? pullRequestOf(eventName, payload, repo) : null;
  return {
    eventName,
    repo,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    runUrl,
    sha: pullRequest?.headSha ?? (eventName === 'workflow_run' ? commitId(getIn(payload, ['workflow_run', 'head_sha'])) : null) ?? commitId(env.GITHUB_SHA),
    pullRequest,
    privileged: PRIVILEGED_EVENTS.includes(eventName),
    headFromFork: headFromFork(eventName, payload, repo),
  };
}

/** A commit id as git prints it (SHA-1 or SHA-256): only then may it reach a git command line. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function commitId(value: unknown): string | null {
  return typeof value === 'string' && COMMIT_ID.test(value) ? value : null;
}

function pullRequestOf(eventName: string, payload: unknown, repo: RepoRef): PullRequestInfo | null {
  if (eventName === 'workflow_run') {
    // `workflow_run.pull_requests` is empty when the head is a fork: the PR is then unknown here.
    const run = getIn(payload, ['workflow_run']);
    const pr = arr(getIn(run, ['pull_requests']))[0];
    const number = num(getIn(pr, ['number']));
    if (number === null) return null;
    return { ...repo, number, headSha: commitId(getIn(run, ['head_sha'])), baseSha: null };
  }
  const pr = getIn(payload, ['pull_request']);
  const number = num(getIn(pr, ['number'])) ?? num(getIn(payload, ['number']));
  if (pr === undefined || number === null) return null;
  return { ...repo, number, headSha: commitId(getIn(pr, ['head', 'sha'])), baseSha: commitId(getIn(pr, ['base', 'sha'])) };
}

function headFromFork(eventName: string, payload: unknown, repo: RepoRef | null): boolean {
  const base = repo ? `${repo.owner}/${repo.repo}` : null;
  if (eventName === 'workflow_run') return str(getIn(payload, ['workflow_run', 'head_repository', 'full_name'])) !== base;
  if (eventName.startsWith('pull_request')) return str(getIn(payload, ['pull_request', 'head', 'repo', 'full_name'])) !== base;
  return false;
}

function parseRepo(fullName: string | null | undefined): RepoRef | null {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName ?? '');
  return match ? { owner: match[1], repo: match[2] } : null;
}


const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
