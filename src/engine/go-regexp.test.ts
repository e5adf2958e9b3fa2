import { describe, expect, it } from 'vitest';
import { goRegexpProblem } from './go-regexp.js';

describe('goRegexpProblem', () => {
  it('takes what RE2 takes, named groups in both spellings and RE2-only syntax included', () => {
    for (const p of ['^eth[0-9]+$', '(?P<nic>eth)[0-9]+', '(?<nic>eth)[0-9]+', '(?i)^ENS', '\\pL+', '[[:alpha:]]+', 'a\\z']) expect(goRegexpProblem(p), p).toBeNull();
  });

  it('refuses lookaround, backreferences and what no engine compiles', () => {
    expect(goRegexpProblem('eth(?=0)')).toMatch(/lookaround or a backreference/);
    expect(goRegexpProblem('(?<!x)eth')).toMatch(/lookaround or a backreference/);
    expect(goRegexpProblem('(a)\\1')).toMatch(/lookaround or a backreference/);
    expect(goRegexpProblem('eth[0-')).not.toBeNull();
  });
});
