import { describe, expect, it } from 'vitest';
import { andList, firstOf, plural } from './plural.js';

describe('message wording helpers', () => {
  it('counts a word, with its own plural where it is not -s', () => {
    expect([plural(1, 'error'), plural(2, 'error'), plural(0, 'warning'), plural(3, 'info', 'info')]).toEqual(['1 error', '2 errors', '0 warnings', '3 info']);
  });

  it('lists the first items and counts the rest', () => {
    expect([firstOf(['a'], 3), firstOf(['a', 'b', 'c'], 3), firstOf(['a', 'b', 'c', 'd', 'e'], 2)]).toEqual(['a', 'a, b, c', 'a, b and 3 more']);
  });

  it('lists items as a sentence does', () => {
    expect([andList([]), andList(['a']), andList(['a', 'b']), andList(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
