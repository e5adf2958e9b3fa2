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

  it('refuses the escapes and repeat counts Go does not know, which JavaScript reads as letters and counts', () => {
    expect(goRegexpProblem('eth\\Z')).toMatch(/\\Z is not an escape Go knows/);
    expect(goRegexpProblem('eth\\y')).toMatch(/\\y is not an escape Go knows/);
    expect(goRegexpProblem('a{2,1001}')).toMatch(/over Go's limit of 1000/);
    expect(goRegexpProblem('a{1001}')).toMatch(/over Go's limit of 1000/);
    // Known escapes, an escaped backslash before a letter, letters in \Q…\E and classes, a count of 1000.
    for (const p of ['\\d+\\s\\w\\b\\A\\z', '\\\\Z', '\\Qa\\Zb\\E', '[{]', 'a{2,1000}', 'a{2,}', '\\x41\\pL', '(?i)ETH0', '(?s:.)']) expect(goRegexpProblem(p), p).toBeNull();
  });
});
