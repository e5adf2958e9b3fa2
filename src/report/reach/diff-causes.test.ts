import { describe, expect, it } from 'vitest';
import type { ConnectionDelta } from '../../engine/netpol/diff.js';
import { formatDiffMarkdown, formatDiffText } from './diff.js';

const delta = (extra: Partial<ConnectionDelta>): ConnectionDelta => ({ from: 'ns/a', to: 'ns/b', port: 80, protocol: 'TCP', before: 'allowed', after: 'denied', causes: [], attribution: 'isolated', ...extra });
const line = (d: ConnectionDelta) => formatDiffText({ opened: [], closed: [d], changes: [] }).split('\n')[2];

describe('diff causes as text and markdown', () => {
  it('lists isolated causes as they are', () => {
    expect(line(delta({ causes: ['NetworkPolicy ns/x added'] }))).toBe('  ns/a → ns/b 80/TCP  [allowed → denied] NetworkPolicy ns/x added');
  });

  it('says each alone suffices when every change named gives the head verdict alone, then names the rest as related', () => {
    const both = ['NetworkPolicy ns/b-from-z added', 'NetworkPolicy ns/deny-all added'];
    expect(line(delta({ causes: both, attribution: 'related', eachAlone: both }))).toBe(`  ns/a → ns/b 80/TCP  [allowed → denied] each alone suffices: ${both.join('; ')}`);
    expect(line(delta({ causes: [...both, 'Pod ns/b edited (labels -app=b)'], attribution: 'related', eachAlone: both }))).toBe(
      `  ns/a → ns/b 80/TCP  [allowed → denied] each alone suffices: ${both.join('; ')}; also related: Pod ns/b edited (labels -app=b)`,
    );
    expect(formatDiffMarkdown({ opened: [], closed: [delta({ causes: both, attribution: 'related', eachAlone: both })], changes: [] })).toContain('| each alone suffices: NetworkPolicy ns/b\\-from\\-z added; NetworkPolicy ns/deny\\-all added |');
  });

  it('says only together when no change alone does, and related when the changes were not tried one at a time', () => {
    const two = ['NetworkPolicy ns/a-out added', 'NetworkPolicy ns/b-in added'];
    expect(line(delta({ causes: two, attribution: 'related', eachAlone: [] }))).toBe(`  ns/a → ns/b 80/TCP  [allowed → denied] only together: ${two.join('; ')}`);
    expect(line(delta({ causes: two, attribution: 'related' }))).toBe(`  ns/a → ns/b 80/TCP  [allowed → denied] related: ${two.join('; ')}`);
  });
});
