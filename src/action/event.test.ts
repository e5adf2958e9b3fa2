import { describe, expect, it } from 'vitest';
import { readRunContext } from './event.js';

const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_SHA: 'f'.repeat(40), GITHUB_API_URL: 'https://ghe.example/api/v3/' };
const pr = (headRepo: string | null) => ({
  pull_request: { number: 5, head: { sha: 'a'.repeat(40), repo: headRepo === null ? null : { full_name: headRepo } }, base: { sha: 'b'.repeat(40) } },
});

describe('readRunContext', () => {
  it('reads a same-repository pull request: head and base commits, run URL, API URL without a trailing slash', () => {
    expect(readRunContext(env, pr('o/r'))).toEqual({
      eventName: 'pull_request',
      repo: { owner: 'o', repo: 'r' },
      serverUrl: 'https://github.com',
      apiUrl: 'https://ghe.example/api/v3',
      runUrl: 'https://github.com/o/r/actions/runs/7',
      sha: 'a'.repeat(40),
      pullRequest: { owner: 'o', repo: 'r', number: 5, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) },
      privileged: false,
      headFromFork: false,
    });
  });

  it('marks a fork (or a deleted head repository) and privileged events', () => {
    expect(readRunContext(env, pr('someone/r')).headFromFork).toBe(true);
    expect(readRunContext(env, pr(null)).headFromFork).toBe(true);
    const target = readRunContext({ ...env, GITHUB_EVENT_NAME: 'pull_request_target' }, pr('someone/r'));
    expect([target.privileged, target.headFromFork, target.pullRequest?.number]).toEqual([true, true, 5]);
  });

  it('links a re-run attempt', () => {
    expect(readRunContext({ ...env, GITHUB_RUN_ATTEMPT: '3' }, {}).runUrl).toBe('https://github.com/o/r/actions/runs/7/attempts/3');
  });

  it('reads workflow_run: the triggering head commit, the PR when GitHub lists it', () => {
    const run = (prs: unknown[]) => ({ workflow_run: { head_sha: 'c'.repeat(40), head_repository: { full_name: 'o/r' }, pull_requests: prs } });
    const listed = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, run([{ number: 9 }]));
    expect([listed.privileged, listed.sha, listed.pullRequest?.number, listed.headFromFork]).toEqual([true, 'c'.repeat(40), 9, false]);
    const fork = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' }, run([]));
    expect([fork.sha, fork.pullRequest]).toEqual(['c'.repeat(40), null]);
  });

  it('knows nothing of a pull request on push or without a repository', () => {
    expect(readRunContext({ ...env, GITHUB_EVENT_NAME: 'push' }, {}).pullRequest).toBeNull();
    const bare = readRunContext({}, {});
    expect([bare.repo, bare.runUrl, bare.sha, bare.apiUrl]).toEqual([null, null, null, 'https://api.github.com']);
  });

  it('takes commit ids from the payload only as 40 or 64 hex digits: anything else is no commit', () => {
    for (const bad of ['--upload-pack=touch /tmp/pwned', 'HEAD', 'b'.repeat(39), `${'b'.repeat(40)} `, 'B'.repeat(40), 'main']) {
      const payload = { pull_request: { number: 5, head: { sha: bad, repo: { full_name: 'o/r' } }, base: { sha: bad } } };
      const context = readRunContext({ ...env, GITHUB_SHA: bad }, payload);
      expect([context.sha, context.pullRequest?.headSha, context.pullRequest?.baseSha]).toEqual([null, null, null]);
    }
    const sha256 = readRunContext(env, { pull_request: { number: 5, head: { sha: 'c'.repeat(64) }, base: { sha: 'd'.repeat(64) } } });
    expect([sha256.pullRequest?.headSha, sha256.pullRequest?.baseSha]).toEqual(['c'.repeat(64), 'd'.repeat(64)]);
  });
});
