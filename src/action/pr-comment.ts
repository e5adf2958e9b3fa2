import type { GithubApi, IssueComment, IssueRef } from './deps.js';

/**
 * GitHub rejects a comment body over 65,536 characters ("Body is too long"). Bodies are measured
 * in UTF-16 code units here, never fewer than characters, so this budget is safe.
 */
export const COMMENT_MAX_LENGTH = 65_536;

/**
 * How many pages of 100 comments are searched for the previous report (a PR rarely has more). A
 * search that stops there without finding it posts nothing, so an earlier report beyond the pages
 * read is never duplicated by a second one on every push.
 */
export const MAX_COMMENT_PAGES = 50;

/**
 * The hidden first line that identifies netlint's comment on a PR. It is keyed by what the step
 * runs (`lint`, `lint+reach`, …) so two netlint steps with different modes keep one comment each.
 */
export function commentMarker(key: string): string {
  return `<!-- netlint:comment ${key.replace(/[^a-z0-9+_-]/gi, '')} -->`;
}

/** The body posted: the marker, then the report. `reportMaxLength` is what the report may use. */
export function commentBody(marker: string, report: string): string {
  return `${marker}\n${report}`;
}

export function reportMaxLength(marker: string): number {
  return COMMENT_MAX_LENGTH - marker.length - 1;
}

export type UpsertResult =
  | { action: 'created'; id: number }
  | { action: 'updated'; id: number }
  | { action: 'unchanged'; id: number }
  | { action: 'skipped'; reason: string };

/** Who writes with the workflow's GITHUB_TOKEN (the `github-actions` app's bot user). */
export const WORKFLOW_TOKEN_AUTHOR = 'github-actions[bot]';

/**
 * Creates the PR's netlint comment or edits it in place. The previous comment is the first one
 * whose body starts with the marker *and* that the token's own identity wrote (`api.identity()`,
 * the workflow token's `github-actions[bot]` when the API does not say): a person or another app
 * that posts the marker never gets its comment edited, and cannot take the verdict over. With
 * `createIfMissing: false` (a clean run on a PR netlint never commented on) nothing is posted: no
 * noise for a clean PR, yet a report that was there is turned into an all-clear. API errors
 * propagate to the caller.
 */
export async function upsertComment(
  api: GithubApi,
  issue: IssueRef,
  marker: string,
  body: string,
  options: { createIfMissing: boolean },
): Promise<UpsertResult> {
  const { previous, complete } = await findComment(api, issue, marker);
  if (previous === null) {
    if (!options.createIfMissing) return { action: 'skipped', reason: 'no problems and no earlier netlint comment' };
    if (!complete) {
      return { action: 'skipped', reason: `the pull request has more than ${MAX_COMMENT_PAGES * 100} comments and netlint's earlier comment was not among the first ${MAX_COMMENT_PAGES * 100}, so none is posted rather than a second one` };
    }
    const created = await api.createIssueComment(issue, body);
    return { action: 'created', id: created.id };
  }
  if (previous.body === body) return { action: 'unchanged', id: previous.id };
  await api.updateIssueComment(issue, previous.id, body);
  return { action: 'updated', id: previous.id };
}

/** The previous report, and whether every comment was looked at (false when the page limit stopped the search). */
async function findComment(api: GithubApi, issue: IssueRef, marker: string): Promise<{ previous: IssueComment | null; complete: boolean }> {
  // Asked only once a comment carries the marker: a PR netlint never commented on costs no call.
  let self: string | undefined;
  let pages = 0;
  for await (const page of api.issueComments(issue)) {
    for (const comment of page) {
      if (!comment.body.startsWith(marker)) continue;
      self ??= ((await api.identity()) ?? WORKFLOW_TOKEN_AUTHOR).toLowerCase();
      // Logins are case-insensitive on GitHub.
      if (comment.author?.toLowerCase() === self) return { previous: comment, complete: true };
    }
    if (++pages >= MAX_COMMENT_PAGES) return { previous: null, complete: false };
  }
  return { previous: null, complete: true };
}
