/**
 * External endpoints: the CIDRs that policies mention (ipBlock cidr/except, Calico nets/notNets)
 * nest or are disjoint, so they cut the address space into atoms "a mentioned CIDR minus the
 * mentioned CIDRs nested in it" (plus the rest of each family, rooted at /0). Every address of an
 * atom is treated alike by every policy, so one representative per atom is exact.
 */
import { contains, parseCidr, size } from '../cidr.js';
import type { Cidr } from '../cidr.js';
import type { Atom, ExternalEndpoint, NetworkSet } from './model.js';

function key(c: Cidr): string {
  return `${c.family}:${c.addr}/${c.prefix}`;
}

function root(text: string): Cidr {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(`internal: bad root CIDR ${text}`);
  return parsed.cidr;
}

/**
 * The atoms of the address space that the blocks' CIDRs and the network sets' ranges cut; an atom
 * inside a set's range belongs to that set and is named after it.
 */
export function externalAtoms(blocks: readonly Pick<Extract<Atom, { k: 'block' }>, 'cidr' | 'except'>[], sets: readonly NetworkSet[] = [], moreCuts: readonly Cidr[] = []): ExternalEndpoint[] {
  const all = new Map<string, Cidr>();
  for (const b of blocks) for (const c of [b.cidr, ...b.except]) all.set(key(c), c);
  for (const s of sets) for (const c of s.nets) all.set(key(c), c);
  for (const c of moreCuts) all.set(key(c), c);
  if (all.size === 0) return [];
  for (const family of [4, 6] as const) {
    if ([...all.values()].some((c) => c.family === family)) {
      const r = root(family === 4 ? '0.0.0.0/0' : '::/0');
      all.set(key(r), r);
    }
  }
  const cidrs = [...all.values()].sort((a, b) => a.family - b.family || (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : a.prefix - b.prefix));
  const out: ExternalEndpoint[] = [];
  for (const c of cidrs) {
    const inside = cidrs.filter((o) => o !== c && o.prefix > c.prefix && contains(c, o));
    const maximal = inside.filter((o) => !inside.some((p) => p !== o && p.prefix < o.prefix && contains(p, o)));
    const covered = maximal.reduce((sum, o) => sum + size(o), 0n);
    if (covered === size(c)) continue;
    const text = maximal.length === 0 ? c.text : `${c.text} except ${maximal.map((o) => o.text).join(',')}`;
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
