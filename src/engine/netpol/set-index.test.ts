/**
 * A Calico selector in a rule picks the external ranges held by the network sets it selects, and
 * an ipBlock or `nets` the ranges inside its CIDR. The matrix finds those sets through a label
 * index where the selector has an indexed requirement (`==`, `has`, `in`, under `&&`), and the
 * ranges inside a CIDR by address, instead of testing every range: the ranges each rule peer and
 * policy subject admits must be exactly those testing every range finds (match.ts matchAtom), on
 * namespaced and global sets, overlapping and nested ranges, blocks with and without exceptions,
 * and selectors of every shape.
 */
import { describe, expect, it } from 'vitest';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { prng } from './bench.js';
import { buildCluster } from './cluster.js';
import { computeMatrix } from './matrix.js';
import { evalCond, matchAtom } from './match.js';
import type { Cond } from './model.js';

const SELECTORS = [
  (r: () => number) => `partner == 'p${Math.floor(r() * 40)}'`,
  (r: () => number) => `zone in {'z${Math.floor(r() * 6)}', 'z${Math.floor(r() * 6)}'}`,
  () => 'has(zone)',
  (r: () => number) => `zone == 'z${Math.floor(r() * 6)}' && has(partner)`,
  (r: () => number) => `partner == 'p${Math.floor(r() * 40)}' || zone == 'z${Math.floor(r() * 6)}'`,
  () => '!has(partner)',
  (r: () => number) => `zone != 'z${Math.floor(r() * 6)}'`,
  () => 'all()',
];

function cluster(seed: number): unknown[] {
  const r = prng(seed);
  const objects: unknown[] = [];
  for (const ns of ['a', 'b']) objects.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: ns, labels: { zone: 'z1', partner: 'p1' } }, spec: { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80 }] }] } });
  for (let s = 0; s < 160; s++) {
    const labels: Record<string, string> = {};
    if (r() < 0.8) labels.partner = `p${Math.floor(r() * 40)}`;
    if (r() < 0.7) labels.zone = `z${Math.floor(r() * 6)}`;
    // Some ranges nest in others (a /24 inside a /16), some repeat another set's.
    const net = r() < 0.2 ? `10.${s % 8}.0.0/16` : `10.${s % 8}.${Math.floor(r() * 40)}.0/24`;
    const global = r() < 0.6;
    objects.push({ apiVersion: 'projectcalico.org/v3', kind: global ? 'GlobalNetworkSet' : 'NetworkSet', metadata: { name: `s${s}`, ...(global ? {} : { namespace: r() < 0.5 ? 'a' : 'b' }), labels }, spec: { nets: [net] } });
  }
  // Blocks: a set's /16 or /24, a /32 inside one, ranges outside every set, the whole space, with exceptions.
  const block = (): { cidr: string; except?: string[] } => {
    const x = Math.floor(r() * 8);
    switch (Math.floor(r() * 5)) {
      case 0:
        return { cidr: `10.${x}.0.0/16`, except: [`10.${x}.${Math.floor(r() * 40)}.0/24`] };
      case 1:
        return { cidr: `10.${x}.${Math.floor(r() * 40)}.${Math.floor(r() * 256)}/32` };
      case 2:
        return { cidr: `192.168.${Math.floor(r() * 4)}.0/24` };
      case 3:
        return { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] };
      default:
        return { cidr: `10.${x}.${Math.floor(r() * 40)}.0/24` };
    }
  };
  for (let p = 0; p < 20; p++) {
    objects.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `k${p}`, namespace: 'a' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{ from: [{ ipBlock: block() }] }], egress: [{ to: [{ ipBlock: block() }, { ipBlock: block() }] }] } });
    objects.push({ apiVersion: 'projectcalico.org/v3', kind: 'GlobalNetworkPolicy', metadata: { name: `nets${p}` }, spec: { selector: 'all()', types: ['Egress'], egress: [{ action: 'Deny', destination: { nets: [block().cidr, block().cidr], notNets: [block().cidr] } }] } });
  }
  for (let p = 0; p < 30; p++) {
    const pick = () => SELECTORS[Math.floor(r() * SELECTORS.length)](r);
    const peer = (): Record<string, string> => (r() < 0.5 ? { selector: pick(), namespaceSelector: 'global()' } : { selector: pick() });
    const global = r() < 0.3;
    objects.push({
      apiVersion: 'projectcalico.org/v3',
      kind: global ? 'GlobalNetworkPolicy' : 'NetworkPolicy',
      metadata: { name: `pol${p}`, ...(global ? {} : { namespace: r() < 0.5 ? 'a' : 'b' }) },
      spec: { selector: 'all()', types: ['Ingress', 'Egress'], ingress: [{ action: 'Allow', source: peer() }], egress: [{ action: 'Allow', destination: peer() }, { action: 'Deny', destination: { ...peer(), notSelector: pick() } }] },
    });
  }
  return objects;
}

describe('external ranges found by index (network sets by label, blocks by address)', () => {
  it.each([
    [1, 'in address order'],
    [2, 'in address order'],
    [3, 'in address order'],
    [4, 'in address order'],
    [5, 'shuffled'],
    [6, 'shuffled'],
  ])('seed %i, ranges %s: every rule peer admits exactly the ranges testing each range admits', (seed, order) => {
    const c = buildCluster(objectsToResources(cluster(seed)));
    const r = prng(seed + 100);
    const shuffled = c.externals.map((x) => ({ x, k: r() })).sort((a, b) => a.k - b.k).map((e) => e.x);
    const m = computeMatrix(c, order === 'shuffled' ? { externals: shuffled } : {});
    const conds: Cond[] = c.policies.flatMap((p) => [p.subject, ...[...(p.ingress ?? []), ...(p.egress ?? [])].flatMap((rule) => [rule.peer, rule.local])]);
    let admitted = 0;
    expect(m.externals.length).toBeGreaterThan(100);
    for (const cond of conds) {
      const bits = m.byClass.bits.of(cond);
      m.externals.forEach((x, i) => {
        const want = evalCond(cond, (a) => matchAtom(a, x, c.namespaces));
        expect(bits.has(m.classes.length + i), `${JSON.stringify(cond, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)).slice(0, 200)} on ${x.id}`).toBe(want);
        if (want) admitted++;
      });
    }
    expect(admitted).toBeGreaterThan(100);
  });
});
