import { describe, expect, it } from 'vitest';
import { userAjv } from './ajv.js';
import { refProblems } from './assert-refs.js';
import type { RefSetEntry } from './assert-refs.js';

const resolver = userAjv().opts.uriResolver;
const check = (entries: RefSetEntry[]) => refProblems(entries, (base, ref) => resolver.resolve(base, ref));
/** n files, each applying the next in place (allOf); the last applies the first when `ring`. */
const chain = (n: number, ring: boolean): RefSetEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `p/team/r${i}.yaml`,
    assert: i === n - 1 && !ring ? { $id: `https://example.com/r${i}`, required: ['spec'] } : { $id: `https://example.com/r${i}`, allOf: [{ $ref: `https://example.com/r${(i + 1) % n}` }] },
  }));

describe('the $refs of a set of rule files', () => {
  it('follows a chain of in-place $refs through thousands of files without running out of stack', () => {
    const { problems, reaches } = check(chain(5000, false));
    expect(problems.flat()).toEqual([]);
    expect(reaches[0]).toEqual([1]);
    expect(reaches[4999]).toEqual([]);
  });

  it('finds a loop through thousands of files once, at a $ref of it, and refuses the files that lead into it', () => {
    const { problems } = check(chain(5000, true));
    const loops = problems.flat().filter((p) => p.message.includes('leads back'));
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toBe(
      '"https://example.com/r0" leads back to the assert of p/team/r0.yaml (through p/team/r1.yaml, p/team/r2.yaml, p/team/r3.yaml and 4995 more files) without descending into a property or item, so validating any value would recurse without end',
    );
    // Every other file of the loop reaches a refused one, and says so.
    expect(problems.filter((p) => p.length === 1)).toHaveLength(5000);
    expect(problems[4998][0].message).toBe('"https://example.com/r4999" reaches the assert of p/team/r4999.yaml, which is refused (its own error says why)');
  });
});
