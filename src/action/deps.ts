import type { CliIo } from '../cli/io.js';
import type { E2eDeps } from '../../e2e/deps.js';
import type { RunOptions } from '../../e2e/harness.js';
import type { AnnotationProperties } from '../report/index.js';

/**
 * Everything the Action touches outside itself, passed to `run(deps)` as one object: tests hand
 * in recording fakes, `real-deps.ts` builds the real one from `@actions/core`, `@actions/github`,
 * node:fs and the process. Nothing here is read at import time.
 */
export interface ActionDeps {
  core: ActionCore;
  /**
   * File system and working directory (the workspace) for linting and writing reports (folders
   * made as needed, large files appended a piece at a time when `fs.appendFile` is there).
   */
  io: CliIo;
  /** The runner's environment: `GITHUB_*`, `RUNNER_TEMP`. Inputs come through `core.getInput`. */
  env: Readonly<Record<string, string | undefined>>;
  /** A REST client for the repository's API (`GITHUB_API_URL`), built only when needed. */
  github(token: string, apiUrl: string): GithubApi;
  /**
   * What `mode: e2e` runs with: kind, kubectl and docker through execa, and harness options
   * (a work folder under `RUNNER_TEMP`; tests pass a simulated cluster's catalogue).
   */
  e2e(): { deps: E2eDeps; options: Partial<Omit<RunOptions, 'profiles'>> };
}

/** The part of `@actions/core` the Action uses. */
export interface ActionCore {
  /** The trimmed value of input `name`, `''` when unset. */
  getInput(name: string): string;
  setOutput(name: string, value: string | number): void;
  /** Logs an error and makes the step fail (exit code 1). */
  setFailed(message: string): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  /** Appends markdown to the step's job summary (`GITHUB_STEP_SUMMARY`). */
  writeSummary(markdown: string): Promise<void>;
}

/** `owner/name` of a repository. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueRef extends RepoRef {
  number: number;
}

export interface IssueComment {
  id: number;
  body: string;
  /** `Bot` for the workflow token's `github-actions[bot]`, `User` for personal tokens. */
  authorType: string | null;
  /** The author's login as REST gives it (`github-actions[bot]`, `octocat`). */
  author: string | null;
}

export interface PullRequestFile {
  filename: string;
  /** `added`, `modified`, `removed`, `renamed`, `copied`, `changed`, `unchanged`. */
  status: string;
}

/**
 * The few REST calls the Action makes. Listings are async iterables of pages (the adapter follows
 * `Link: rel="next"`), so callers bound how far they read. Failures reject with the client's
 * error (carrying `status` and response headers); `describeApiError` words them.
 */
export interface GithubApi {
  issueComments(issue: IssueRef): AsyncIterable<IssueComment[]>;
  createIssueComment(issue: IssueRef, body: string): Promise<{ id: number }>;
  updateIssueComment(repo: RepoRef, id: number, body: string): Promise<void>;
  pullRequestFiles(pr: IssueRef): AsyncIterable<PullRequestFile[]>;
  /** The PR's current head commit (to check a results file names the PR it claims). */
  pullRequestHead(pr: IssueRef): Promise<{ sha: string }>;
  /**
   * The login the token writes comments as (REST form, `name[bot]` for an app), or null when the
   * API does not say: then it is the workflow token's `github-actions[bot]`.
   */
  identity(): Promise<string | null>;
}
