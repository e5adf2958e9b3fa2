import { describe, expect, it } from 'vitest';
import { reportContext } from '../cli/lint.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { poolError, result } from '../report/test-fixtures.js';
import type { RunContext } from './event.js';
import { lintOutcome } from './modes.js';

const sha = 'a'.repeat(40);
const ctx: RunContext = {
  eventName: 'pull_request',
  repo: { owner: 'acme', repo: 'platform' },
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runUrl: null,
  sha,
  pullRequest: { owner: 'acme', repo: 'platform', number: 7, headSha: sha, baseSha: null },
  privileged: false,
  headFromFork: false,
};

describe('the lint section of the PR comment', () => {
  it('links each finding to its line at the PR head commit and its rule to the rule docs', () => {
    const text = lintOutcome(result, reportContext(BUILTIN_RULES, false), ctx).section(undefined, 'see the job summary');
    expect(text).toContain(`[${poolError.line}:${poolError.column}](https://github.com/acme/platform/blob/${sha}/manifests/pools.yaml#L${poolError.line})`);
    expect(text).toContain(`https://github.com/acme/platform/blob/${sha}/nets/a%25b%2Cc%3Ad.yaml#L12`);
    expect(text).toContain(`[calico/ippool\\-block\\-size\\-range](https://github.com/netlint/netlint/blob/main/rules/README.md#calicoippool-block-size-range)`);
  });

  it('has no line links outside a repository (a local run)', () => {
    const text = lintOutcome(result, reportContext(BUILTIN_RULES, false), { ...ctx, repo: null, sha: null, pullRequest: null }).section(undefined, '');
    expect(text).not.toContain('/blob/a');
    expect(text).toContain(`| ${poolError.line}:${poolError.column} |`);
  });
});
