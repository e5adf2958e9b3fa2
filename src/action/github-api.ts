import type { getOctokit } from '@actions/github';
import type { GithubApi, IssueComment } from './deps.js';
import type { Retry } from './retry.js';

type Octokit = ReturnType<typeof getOctokit>;

/** GitHub's REST page size maximum: fewest requests. */
const PER_PAGE = 100;

/** How long one request may take before it is abandoned (Octokit sets no timeout of its own). */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * `GithubApi` over `@actions/github`'s Octokit. Every request carries its own timeout, so an API
 * that stops answering costs a warning, not a job that hangs until the runner kills it, and goes
 * through `retry` (transient errors and rate limits, see retry.ts), page by page.
 */
export function octokitApi(octokit: Octokit, timeoutMs = REQUEST_TIMEOUT_MS, retry: Retry = (call) => call()): GithubApi {
  const request = () => ({ signal: AbortSignal.timeout(timeoutMs) });
  return {
    async *issueComments(issue) {
      const list = (page: number) =>
        retry(() => octokit.rest.issues.listComments({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, per_page: PER_PAGE, page, request: request() }));
      for await (const data of pages(list)) {
        yield data.map((c): IssueComment => ({ id: c.id, body: c.body ?? '', authorType: c.user?.type ?? null, author: c.user?.login ?? null }));
      }
    },
    async createIssueComment(issue, body) {
      const response = await retry(() => octokit.rest.issues.createComment({ owner: issue.owner, repo: issue.repo, issue_number: issue.number, body, request: request() }));
      return { id: response.data.id };
    },
    async updateIssueComment(repo, id, body) {
      await retry(() => octokit.rest.issues.updateComment({ owner: repo.owner, repo: repo.repo, comment_id: id, body, request: request() }));
    },
    async *pullRequestFiles(pr) {
      const list = (page: number) => retry(() => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: PER_PAGE, page, request: request() }));
      for await (const data of pages(list)) yield data.map((f) => ({ filename: f.filename, status: f.status }));
    },
    async pullRequestHead(pr) {
      const response = await retry(() => octokit.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, request: request() }));
      return { sha: response.data.head.sha };
    },
    identity: () => tokenIdentity(octokit, request, retry),
  };
}

const status = (error: unknown) => (error as { status?: unknown })?.status;

/**
 * Who the token writes as. `GET /user` answers for a personal or user-to-server token; an app's
 * installation token (the workflow's GITHUB_TOKEN is one, of the `github-actions` app) gets 403
 * "Resource not accessible by integration" there, and GraphQL's `viewer` names the app's bot
 * (GraphQL logins carry no `[bot]`, REST's do). Null when neither says: the caller assumes the
 * workflow token.
 */
async function tokenIdentity(octokit: Octokit, request: () => { signal: AbortSignal }, retry: Retry): Promise<string | null> {
  try {
    return (await retry(() => octokit.rest.users.getAuthenticated({ request: request() }))).data.login;
  } catch (error) {
    if (status(error) !== 403 && status(error) !== 404) throw error;
  }
  try {
    const answer = await retry(() => octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', { request: request() }));
    const login = answer.viewer?.login;
    return typeof login === 'string' && login !== '' ? (login.endsWith('[bot]') ? login : `${login}[bot]`) : null;
  } catch (error) {
    if (status(error) !== 403 && status(error) !== 404 && status(error) !== undefined) throw error;
    return null;
  }
}

/**
 * Pages of a listing, following GitHub's `Link: rel="next"`. Written out rather than Octokit's
 * `paginate`, which drops per-request options such as the timeout's signal.
 * Callers bound how many pages they read.
 */
async function* pages<T>(list: (page: number) => Promise<{ data: T[]; headers: { link?: string } }>): AsyncGenerator<T[]> {
  for (let page = 1; ; page++) {
    const response = await list(page);
    yield response.data;
    if (!/\brel="next"/.test(response.headers.link ?? '')) return;
  }
}

/**
 * One line saying why a REST call failed, with what to do about it. Reads the error structurally
 * (`status`, `response.headers`, `message`), as Octokit's RequestError carries them.
 */
export function describeApiError(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } };
  const status = typeof e?.status === 'number' ? e.status : null;
  const message = firstLine(typeof e?.message === 'string' ? e.message : String(error));
  const headers = e?.response?.headers ?? {};
  if ((status === 403 || status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined)) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `rate limited by the GitHub API${when} (HTTP ${status}: ${message})`;
  }
  // Octokit reports an aborted fetch (our timeout) as a 500 with the abort's message.
  if (/operation was aborted|aborted due to timeout/i.test(message)) return `the GitHub API did not answer within the request timeout (${message})`;
  // So does a connection that never opened: no HTTP response came back, whatever the status says.
  if (/\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT)\b/.test(message)) return `the GitHub API could not be reached (${message})`;
  switch (status) {
    case 401:
      return `the token was rejected (HTTP 401: ${message})`;
    case 403:
      return `the token may not do this (HTTP 403: ${message}); a pull request from a fork gets a read-only token: see the two-stage workflow in docs/github-action.md, or give the job "permissions: pull-requests: write"`;
    case 404:
      return `not found (HTTP 404: ${message}); the pull request or repository is gone, or the token cannot see it`;
    case 422:
      return `GitHub rejected the request (HTTP 422: ${message})`;
    case null:
      return message;
    default:
      return status >= 500 ? `GitHub API error (HTTP ${status}: ${message}); try re-running the job` : `HTTP ${status}: ${message}`;
  }
}

/** The message's first line, without the documentation link Octokit appends (` - https://docs.github.com/…`). */
function firstLine(text: string): string {
  const line = text.split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
