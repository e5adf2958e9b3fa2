import { describe, expect, it } from 'vitest';
import type { GithubApi, IssueComment } from './deps.js';
import { commentBody, commentMarker, reportMaxLength, upsertComment, COMMENT_MAX_LENGTH, MAX_COMMENT_PAGES } from './pr-comment.js';

const issue = { owner: 'o', repo: 'r', number: 1 };
const marker = commentMarker('lint');

const BOT = 'github-actions[bot]';
const comment = (id: number, body: string, author: string, authorType = author.endsWith('[bot]') ? 'Bot' : 'User'): IssueComment => ({ id, body, author, authorType });

function api(pages: IssueComment[][], identity: string | null = null) {
  const calls: string[] = [];
  let read = 0;
  const fake: GithubApi = {
    async *issueComments() {
      for (const page of pages) {
        read++;
        yield page;
      }
    },
    createIssueComment: async (_i, body) => {
      calls.push(`create ${body}`);
      return { id: 99 };
    },
    updateIssueComment: async (_r, id, body) => void calls.push(`update ${id} ${body}`),
    async *pullRequestFiles() {},
    pullRequestHead: async () => ({ sha: '' }),
    identity: async () => identity,
  };
  return { fake, calls, pagesRead: () => read };
}

describe('upsertComment', () => {
  it('edits its own comment rather than a person\'s that quotes the marker', async () => {
    const a = api([[comment(1, `${marker}\nquoted`, 'mallory')], [comment(2, `${marker}\nold`, BOT)]]);
    expect(await upsertComment(a.fake, issue, marker, `${marker}\nnew`, { createIfMissing: true })).toEqual({ action: 'updated', id: 2 });
    expect(a.calls).toEqual([`update 2 ${marker}\nnew`]);
  });

  it('never edits a person\'s or another app\'s comment with the marker: it posts its own', async () => {
    const a = api([[comment(1, `${marker}\nmine now`, 'mallory'), comment(2, `${marker}\nother`, 'other-app[bot]')]]);
    expect(await upsertComment(a.fake, issue, marker, `${marker}\nnew`, { createIfMissing: true })).toEqual({ action: 'created', id: 99 });
    expect(a.calls).toEqual([`create ${marker}\nnew`]);
    const clean = api([[comment(1, `${marker}\nmine now`, 'mallory')]]);
    expect((await upsertComment(clean.fake, issue, marker, `${marker}\nall clear`, { createIfMissing: false })).action).toBe('skipped');
    expect(clean.calls).toEqual([]);
  });

  it('knows itself by the token\'s identity: an app or a person posting with their own token', async () => {
    const app = api([[comment(1, `${marker}\nold`, BOT), comment(2, `${marker}\nold`, 'netlint-app[bot]')]], 'netlint-app[bot]');
    expect(await upsertComment(app.fake, issue, marker, `${marker}\nnew`, { createIfMissing: true })).toEqual({ action: 'updated', id: 2 });
    const person = api([[comment(1, `${marker}\nold`, BOT), comment(2, `${marker}\nold`, 'Octocat')]], 'octocat');
    expect(await upsertComment(person.fake, issue, marker, `${marker}\nnew`, { createIfMissing: true })).toEqual({ action: 'updated', id: 2 });
  });

  it('ignores a comment that only mentions the marker later in its body', async () => {
    const a = api([[comment(1, `see ${marker}`, BOT)]]);
    expect(await upsertComment(a.fake, issue, marker, `${marker}\nx`, { createIfMissing: true })).toEqual({ action: 'created', id: 99 });
  });

  it('leaves an identical comment alone and creates none for a clean first run', async () => {
    const same = api([[comment(3, `${marker}\nx`, BOT)]]);
    expect(await upsertComment(same.fake, issue, marker, `${marker}\nx`, { createIfMissing: true })).toEqual({ action: 'unchanged', id: 3 });
    const none = api([[]]);
    expect((await upsertComment(none.fake, issue, marker, 'x', { createIfMissing: false })).action).toBe('skipped');
    expect(none.calls).toEqual([]);
  });

  it('stops paging after 50 pages and then posts nothing rather than a second report', async () => {
    const a = api(Array.from({ length: 80 }, () => [comment(5, 'chatter', 'someone')]));
    const result = await upsertComment(a.fake, issue, marker, 'x', { createIfMissing: true });
    expect(a.pagesRead()).toBe(MAX_COMMENT_PAGES);
    expect(result).toEqual({ action: 'skipped', reason: expect.stringContaining('more than 5000 comments') });
    expect(a.calls).toEqual([]);
  });

  it('finds its report on the last page read, and creates one when there are fewer pages than that', async () => {
    const pages = Array.from({ length: MAX_COMMENT_PAGES }, () => [comment(5, 'chatter', 'someone')]);
    const last = api([...pages.slice(1), [comment(7, `${marker}\nold`, BOT)]]);
    expect(await upsertComment(last.fake, issue, marker, `${marker}\nnew`, { createIfMissing: true })).toEqual({ action: 'updated', id: 7 });
    const exactly = api(pages.slice(1));
    expect(await upsertComment(exactly.fake, issue, marker, 'x', { createIfMissing: true })).toEqual({ action: 'created', id: 99 });
  });
});

describe('comment size', () => {
  it('leaves room for the marker line under GitHub\'s limit', () => {
    const body = commentBody(marker, 'x'.repeat(reportMaxLength(marker)));
    expect(body.length).toBe(COMMENT_MAX_LENGTH);
  });

  it('keys the marker by the modes and strips anything that could end the HTML comment', () => {
    expect(commentMarker('lint+reach')).toBe('<!-- netlint:comment lint+reach -->');
    expect(commentMarker('a --> <b>')).toBe('<!-- netlint:comment a--b -->');
  });
});
