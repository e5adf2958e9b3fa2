import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, typoDistance } from './did-you-mean.js';

describe('typoDistance', () => {
  it('counts a swap of neighbouring letters as one edit, as Levenshtein counts two', () => {
    expect(typoDistance('mdoe', 'mode')).toBe(1);
    expect(editDistance('mdoe', 'mode')).toBe(2);
    expect(typoDistance('cniverison', 'cniversion')).toBe(1);
  });
  it('counts insertions, deletions and substitutions as Levenshtein does', () => {
    expect(typoDistance('mater', 'master')).toBe(1);
    expect(typoDistance('vlan', 'vlanid')).toBe(2);
    expect(typoDistance('mtu', 'mac')).toBe(2);
    expect(typoDistance('', 'abc')).toBe(3);
    expect(typoDistance('same', 'same')).toBe(0);
  });
});

describe('didYouMean', () => {
  it('prefers the same name in another case, then a close spelling, else nothing', () => {
    expect(didYouMean('LABELS', ['labels', 'annotations'])).toBe('labels');
    expect(didYouMean('anotations', ['labels', 'annotations'])).toBe('annotations');
    expect(didYouMean('spec', ['labels', 'annotations'])).toBeNull();
  });
});
