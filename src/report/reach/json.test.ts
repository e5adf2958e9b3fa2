import { describe, expect, it } from 'vitest';
import { reachCorpus } from '../../../bench/reach-corpus.js';
import { manifests, sampleCluster } from '../../../test/contract/cluster-gen.js';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { loadSources } from '../../engine/load.js';
import { reach, type ReachConnection } from '../../engine/netpol/reach.js';
import type { Resource } from '../../engine/types.js';
import { ConnectionWriter, formatReachJson, formatReachJsonBytes } from './json.js';

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

/** Generated clusters: the bench corpus at a few small sizes (externals, port ranges, ICMP, lone endpoints) and contract clusters with Calico policies. */
const clusters: [string, () => Resource[]][] = [
  ...[
    [60, 20, 3],
    [150, 40, 5],
    [400, 80, 11],
    [5000, 600, 7],
  ].map(([endpoints, policies, seed]): [string, () => Resource[]] => [
    `bench corpus ${endpoints} x ${policies} (seed ${seed})`,
    () => loadSources(reachCorpus({ endpoints, policies, seed }).map((f) => ({ path: f.path, content: f.text }))).resources,
  ]),
  ...[1, 2, 3, 4].map((seed): [string, () => Resource[]] => [`contract cluster with Calico (seed ${seed})`, () => objectsToResources(manifests(sampleCluster({ maxEndpoints: 12, maxPolicies: 6, calico: true }, seed)))]),
];

describe('formatReachJsonBytes on a lazy report (entries copied from bytes made per source and per target)', () => {
  const seen = { icmp: 0, externalRange: 0, externalAllPorts: 0, fromLoneEndpoint: 0, chunks: 0 };

  it.each(clusters)('writes the bytes of the general path, one JSON.stringify per entry: %s', (_name, resources) => {
    const input = resources();
    const general = reach(input);
    const lazy = reach(input, {}, { lazy: true });
    expect(lazy.rows).toBeDefined();
    // Chunks are valid until the next is asked for: keep copies.
    const chunks: Uint8Array[] = [];
    for (const chunk of formatReachJsonBytes(lazy)) chunks.push(chunk.slice());
    seen.chunks = Math.max(seen.chunks, chunks.length);
    const text = new TextDecoder().decode(Buffer.concat(chunks));
    const lines = general.allowed.map((c) => JSON.stringify(c));
    const allowed = `  "allowed": [${lines.length === 0 ? '' : `\n    ${lines.join(',\n    ')}\n  `}],\n`;
    expect(formatReachJson(general)).toContain(allowed);
    expect(text).toBe(formatReachJson(general));
    expect(lazy.summary).toEqual(general.summary);

    const externals = new Set(general.externals.map((x) => x.id));
    const lone = new Set(general.groups.filter((g) => g.members.length === 1).map((g) => g.id));
    seen.icmp += general.allowed.filter((c) => c.protocol === 'ICMP').length;
    seen.externalRange += general.allowed.filter((c) => externals.has(c.to) && c.endPort !== undefined).length;
    seen.externalAllPorts += general.allowed.filter((c) => externals.has(c.to) && c.port === undefined && c.protocol !== 'ICMP').length;
    seen.fromLoneEndpoint += general.allowed.filter((c) => lone.has(c.from) && !externals.has(c.to)).length;
  });

  it('the clusters above hold ICMP entries, port ranges and all-port entries toward externals, lone endpoints, several chunks', () => {
    expect(seen.icmp).toBeGreaterThan(0);
    expect(seen.externalRange).toBeGreaterThan(0);
    expect(seen.externalAllPorts).toBeGreaterThan(0);
    expect(seen.fromLoneEndpoint).toBeGreaterThan(0);
    expect(seen.chunks).toBeGreaterThan(1);
  });
});
