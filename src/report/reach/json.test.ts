import { describe, expect, it } from 'vitest';
import type { ReachConnection } from '../../engine/netpol/reach.js';
import { ConnectionWriter } from './json.js';

const entries: ReachConnection[] = [
  { from: 'g1', to: 'g2', port: 80, protocol: 'TCP' },
  { from: 'g3', to: 'g2', port: 80, protocol: 'TCP' },
  { from: 'g1', to: 'g2', port: 53, protocol: 'UDP' },
  { from: 'g1', to: 'g2', protocol: 'ICMP' },
  { from: 'x/"quoted"\\pod', to: 'ns/ü-\u0001', port: 8080, protocol: 'SCTP' },
  { from: 'g1', to: '203.0.113.0/24', port: 1000, endPort: 2000, protocol: 'TCP' },
  { from: 'g1', to: '203.0.113.0/24', protocol: 'UDP' },
  { from: 'g1', to: 'g2', port: 80, protocol: 'TCP', egress: { verdict: 'allow', reason: 'no-policy' } as ReachConnection['egress'] },
  // Same destination port, fields in another order: must not reuse the cached tail.
  { to: 'g2', from: 'g4', protocol: 'TCP', port: 80 } as ReachConnection,
  { from: 'g5', to: 'g6', protocol: 'TCP', port: 443 } as ReachConnection,
  { from: 'g5', to: 'g6', port: 443, protocol: 'TCP' },
  { from: 'g7', to: 'g6', port: undefined, protocol: 'TCP' },
  { from: 'g8', to: 'g6', port: Number.NaN, protocol: 'TCP' },
];

describe('ConnectionWriter', () => {
  it('writes every entry exactly as JSON.stringify does, on first sight and from its cache', () => {
    const writer = new ConnectionWriter();
    for (let round = 0; round < 3; round++) {
      for (const e of entries) expect(writer.json(e)).toBe(JSON.stringify(e));
    }
  });
});
