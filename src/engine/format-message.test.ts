import { describe, expect, it } from 'vitest';
import { formatMessage } from './rule.js';

describe('formatMessage', () => {
  it('fills every placeholder, strings as written and other values as JSON', () => {
    expect(formatMessage('pool {{name}} has {{ count }} blocks of /{{size}}', { name: 'rack-0', count: 4, size: 26 })).toBe('pool rack-0 has 4 blocks of /26');
    expect(formatMessage('{{a}}{{a}}-{{b}}', { a: 'x', b: ['p', 1] })).toBe('xx-["p",1]');
  });

  it('keeps an unknown placeholder visible and leaves replacement patterns in values alone', () => {
    expect(formatMessage('{{known}} and {{missing}}', { known: '$& $1 $$' })).toBe('$& $1 $$ and {{missing}}');
    expect(formatMessage('no placeholders', { a: 1 })).toBe('no placeholders');
    expect(formatMessage('{{x.y-z}} at end', { 'x.y-z': 'dotted' })).toBe('dotted at end');
  });

  it('gives the same text when a template is filled again with other data', () => {
    const t = 'from {{from}} to {{to}}';
    expect(formatMessage(t, { from: 'a', to: 'b' })).toBe('from a to b');
    expect(formatMessage(t, { from: 'c' })).toBe('from c to {{to}}');
  });
});
