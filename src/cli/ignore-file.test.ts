import { describe, expect, it } from 'vitest';
import { rebaseGlob } from './config-file.js';
import { compileIgnore } from './ignore-file.js';

describe('compileIgnore (the gitignore subset of .netlintignore)', () => {
  it('matches names at any depth, anchors patterns with a slash, and re-includes with !', () => {
    const ignored = compileIgnore(['# comment', '', 'build', '/top.yaml', 'charts/*/templates/', '*.tmp.yaml', '!keep.tmp.yaml', '\\#odd.yaml']);
    const cases: [string, boolean][] = [
      ['build/a.yaml', true],
      ['x/build/a.yaml', true],
      ['buildx/a.yaml', false],
      ['top.yaml', true],
      ['x/top.yaml', false],
      ['charts/web/templates/d.yaml', true],
      ['charts/web/templates', false],
      ['x/charts/web/templates/d.yaml', false],
      ['a/b.tmp.yaml', true],
      ['a/keep.tmp.yaml', false],
      ['#odd.yaml', true],
      ['ok.yaml', false],
    ];
    for (const [p, want] of cases) expect(ignored(p), p).toBe(want);
  });

  it('the last matching pattern wins', () => {
    expect(compileIgnore(['*.yaml', '!a.yaml', 'a.yaml'])('a.yaml')).toBe(true);
    expect(compileIgnore(['*.yaml', '!a.yaml'])('a.yaml')).toBe(false);
    expect(compileIgnore([])('a.yaml')).toBe(false);
  });
});

describe('rebaseGlob', () => {
  it('moves a pattern of a config found above the working folder onto the working folder', () => {
    expect(rebaseGlob('apps/web/gen/**', 'apps/web')).toBe('gen/**');
    expect(rebaseGlob('./apps/web/', 'apps/web')).toBe('**');
    expect(rebaseGlob('**/vendor/', 'apps/web')).toBe('**/vendor/');
    expect(rebaseGlob('infra/x.yaml', 'apps/web')).toBe('../../infra/x.yaml');
  });
});
