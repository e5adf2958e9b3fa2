import { describe, expect, it } from 'vitest';
import type { ConnectionDelta } from '../../engine/netpol/diff.js';
import { diffMermaid, label } from './diff-diagram.js';

const delta = (from: string, to: string, port?: number): ConnectionDelta => ({
  from,
  to,
  ...(port === undefined ? {} : { port }),
  protocol: 'TCP',
  before: 'denied',
  after: 'allowed',
  causes: ['NetworkPolicy shop/allow added'],
  attribution: 'isolated',
} as ConnectionDelta);

describe('diffMermaid', () => {
  it('draws opened edges solid and closed edges dotted and red, one node per endpoint', () => {
    const lines = diffMermaid([delta('shop/web', 'shop/db', 5432)], [delta('shop/web', '203.0.113.0/24'), delta('x/a', 'shop/db', 5432)]);
    expect(lines).toEqual([
      '```mermaid',
      'flowchart LR',
      '  n0["shop/web"]',
      '  n1["shop/db"]',
      '  n2["203.0.113.0/24"]',
      '  n3["x/a"]',
      '  n0 -- "5432/TCP" --> n1',
      '  n0 -. "all TCP closed" .-> n2',
      '  n3 -. "5432/TCP closed" .-> n1',
      '  linkStyle 1,2 stroke:#cf222e',
      '```',
    ]);
  });

  it('is null for no change and for more edges than a picture shows well (the table is used)', () => {
    expect(diffMermaid([], [])).toBeNull();
    const many = Array.from({ length: 41 }, (_v, i) => delta(`ns/a${i}`, 'ns/b', 80));
    expect(diffMermaid(many, [])).toBeNull();
    expect(diffMermaid(many.slice(0, 40), [])).not.toBeNull();
  });

  it('keeps hostile names inside their quoted labels', () => {
    expect(label('a"]; click n0 "https://x"\n```<img src=x>#&')).toBe('a#quot;]; click n0 #quot;https://x#quot; #96;#96;#96;#lt;img src=x#gt;#35;#amp;');
    const lines = diffMermaid([delta('ns/"evil"\n```', 'ns/b', 80)], [])!;
    expect(lines.slice(1, -1).join('\n')).not.toMatch(/```|\n[^ ]/);
  });
});
