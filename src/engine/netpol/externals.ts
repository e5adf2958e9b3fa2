/**
 * External endpoints: the CIDRs that policies mention (ipBlock cidr/except, Calico nets/notNets)
 * nest or are disjoint, so they cut the address space into atoms "a mentioned CIDR minus the
 * mentioned CIDRs nested in it" (plus the rest of each family, rooted at /0). Every address of an
 * atom is treated alike by every policy, so one representative per atom is exact.
 */
import { cidrBounds, knownCidrs, size } from '../cidr.js';
import type { Cidr } from '../cidr.js';
import type { Atom, ExternalEndpoint, NetworkSet } from './model.js';

function key(c: Cidr): string {
  return `${c.family}:${c.addr}/${c.prefix}`;
}

/** The whole address space of each family. */
const [ROOT_V4, ROOT_V6] = knownCidrs(['0.0.0.0/0', '::/0']);
/** Up to this many holes an external's id names them; past that it counts them. */
const NAMED_HOLES = 8;

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
      const r = family === 4 ? ROOT_V4 : ROOT_V6;
      all.set(key(r), r);
    }
  }
  const cidrs = [...all.values()].sort((a, b) => a.family - b.family || (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : a.prefix - b.prefix));
  // CIDRs nest or are disjoint, so in this order the ones inside a CIDR follow it, one run, and
  // \`after[i]\` is the index past cidrs[i] and everything inside it: one pass finds each CIDR's
  // largest CIDRs inside it (its holes) and the CIDRs it lies in (its ancestors), rather than
  // comparing every pair (8,000 network sets took 40 s).
  const n = cidrs.length;
  const bounds = cidrs.map(cidrBounds);
  const inside = (outer: number, j: number) => bounds[j].family === bounds[outer].family && bounds[j].lo <= bounds[outer].hi;
  const after = new Array<number>(n).fill(n);
  const ancestors: number[][] = new Array(n);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    while (open.length > 0 && !inside(open[open.length - 1], i)) after[open.pop()!] = i;
    ancestors[i] = [...open];
    open.push(i);
  }
  // The sets whose ranges hold each CIDR: those owning it or one of its ancestors, in set order.
  const ownersOf = new Map<string, number[]>();
  sets.forEach((s, index) => {
    for (const c of s.nets) {
      const list = ownersOf.get(key(c));
      if (list === undefined) ownersOf.set(key(c), [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const out: ExternalEndpoint[] = [];
  for (let i = 0; i < n; i++) {
    const c = cidrs[i];
    const maximal: Cidr[] = [];
    for (let j = i + 1; j < n && inside(i, j); j = after[j]) maximal.push(cidrs[j]);
    const covered = maximal.reduce((sum, o) => sum + size(o), 0n);
    if (covered === size(c)) continue;
    // The id names the holes while they are few; past that it counts them (the external's `except`
    // lists them all): every entry toward the range repeats its id, and a remainder such as
    // `0.0.0.0/0 except` thousands of partner ranges made each entry kilobytes long.
    const text = maximal.length === 0 ? c.text : maximal.length <= NAMED_HOLES ? `${c.text} except ${maximal.map((o) => o.text).join(',')}` : `${c.text} except ${maximal.length} ranges`;
    const x: ExternalEndpoint = { type: 'external', id: text, cidr: c, holes: maximal };
    const owning = new Set<number>();
    for (const a of [...ancestors[i], i]) for (const s of ownersOf.get(key(cidrs[a])) ?? []) owning.add(s);
    if (owning.size > 0) {
      const owners = [...owning].sort((a, b) => a - b).map((s) => sets[s]);
      x.sets = owners;
      const own = owners[0];
      x.id = own.nets.length === 1 && maximal.length === 0 && key(own.nets[0]) === key(c) ? own.id : `${own.id}: ${text}`;
    }
    out.push(x);
  }
  return out;
}
