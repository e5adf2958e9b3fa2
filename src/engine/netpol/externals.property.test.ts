/**
 * externalAtoms finds each CIDR's holes and owning network sets in one ordered pass; it must give
 * exactly what the definition gives pair by pair: an atom per mentioned CIDR not covered whole by
 * the CIDRs inside it, its holes the largest of those, and the sets whose ranges hold it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, network, parseCidr, size } from '../cidr.js';
import type { Cidr } from '../cidr.js';
import { externalAtoms } from './externals.js';
import type { ExternalEndpoint, NetworkSet } from './model.js';

function cidr(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return network(parsed.cidr);
}

/** The definition, pair by pair (the way externalAtoms was first written). */
function byDefinition(blocks: { cidr: Cidr; except: Cidr[] }[], sets: NetworkSet[]): ExternalEndpoint[] {
  const key = (c: Cidr) => `${c.family}:${c.addr}/${c.prefix}`;
  const all = new Map<string, Cidr>();
  for (const b of blocks) for (const c of [b.cidr, ...b.except]) all.set(key(c), c);
  for (const s of sets) for (const c of s.nets) all.set(key(c), c);
  if (all.size === 0) return [];
  for (const [family, text] of [[4, '0.0.0.0/0'], [6, '::/0']] as const) if ([...all.values()].some((c) => c.family === family)) all.set(key(cidr(text)), cidr(text));
  const cidrs = [...all.values()].sort((a, b) => a.family - b.family || (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : a.prefix - b.prefix));
  const out: ExternalEndpoint[] = [];
  for (const c of cidrs) {
    const inside = cidrs.filter((o) => o !== c && o.prefix > c.prefix && contains(c, o));
    const maximal = inside.filter((o) => !inside.some((p) => p !== o && p.prefix < o.prefix && contains(p, o)));
    if (maximal.reduce((sum, o) => sum + size(o), 0n) === size(c)) continue;
    // The id names up to eight holes, and counts more.
    const text = maximal.length === 0 ? c.text : maximal.length <= 8 ? `${c.text} except ${maximal.map((o) => o.text).join(',')}` : `${c.text} except ${maximal.length} ranges`;
    const x: ExternalEndpoint = { type: 'external', id: text, cidr: c, holes: maximal };
    const owners = sets.filter((s) => s.nets.some((n) => contains(n, c)));
    if (owners.length > 0) {
      x.sets = owners;
      const own = owners[0];
      x.id = own.nets.length === 1 && maximal.length === 0 && key(own.nets[0]) === key(c) ? own.id : `${own.id}: ${text}`;
    }
    out.push(x);
  }
  return out;
}

// Nested and disjoint ranges of both families, few enough values that they collide and nest often.
const v4 = fc.tuple(fc.constantFrom(10, 192), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(8, 16, 24, 25, 26, 32)).map(([a, b, c, p]) => cidr(`${a}.${b}.${c}.${p === 32 ? 7 : 0}/${p}`));
const v6 = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom(16, 32, 48, 64, 128)).map(([a, p]) => cidr(`fd00:${a}::${p === 128 ? 1 : 0}/${p}`));
const anyCidr = fc.oneof(v4, v4, v6);
const block = fc.record({ cidr: anyCidr, except: fc.array(anyCidr, { maxLength: 2 }) });
const sets = fc.array(fc.array(anyCidr, { minLength: 1, maxLength: 3 }), { maxLength: 4 }).map((lists) => lists.map((nets, i): NetworkSet => ({ id: `NetworkSet ns/set-${i}`, namespace: 'ns', labels: {}, nets })));

describe('externalAtoms', () => {
  it('gives the atoms, holes and owning sets the pairwise definition gives', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), sets, (blocks, netSets) => {
        expect(externalAtoms(blocks, netSets)).toEqual(byDefinition(blocks, netSets));
      }),
      { numRuns: 400 },
    );
  });

  it('names each range after its network set, for thousands of sets', () => {
    const many: NetworkSet[] = Array.from({ length: 2_000 }, (_, i) => ({ id: `NetworkSet ns/s${i}`, namespace: 'ns', labels: {}, nets: [cidr(`10.${i >> 8}.${i & 255}.0/24`), cidr(`172.16.${i >> 8}.${i & 255}/32`)] }));
    const atoms = externalAtoms([{ cidr: cidr('10.0.0.0/8'), except: [] }], many);
    // Each /24 and each /32 is an atom named after its one set; the /8 and /0 keep the rest.
    expect(atoms.filter((a) => a.sets?.length === 1 && a.id.startsWith(`${a.sets[0].id}: `))).toHaveLength(4_000);
    expect(atoms.find((a) => a.cidr.text === '10.0.0.0/8')?.holes).toHaveLength(2_000);
    // Its id counts the holes rather than naming 2,000 of them in every entry toward it.
    expect(atoms.find((a) => a.cidr.text === '10.0.0.0/8')?.id).toBe('10.0.0.0/8 except 2000 ranges');
  });
});
