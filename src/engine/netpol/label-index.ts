/**
 * Parties (namespaces, workload endpoints) by label, for questions asked once per policy peer
 * ("which namespaces does this selector match?"): a Kubernetes selector with a `matchLabels`
 * entry is answered from the parties that carry that label, not by testing every party, so a
 * lint's cost grows with the answers rather than with policies × parties.
 */
import { parseCalicoSelector } from '../selector/calico.js';
import type { CalicoSelector } from '../selector/calico.js';
import type { Labels } from '../selector/label.js';
import type { LabelMatch } from './model.js';
import { pushTo } from '../multimap.js';

export class LabelIndex<T> {
  private readonly byLabel = new Map<string, T[]>();
  private readonly byKey = new Map<string, T[]>();

  constructor(
    readonly all: readonly T[],
    labelsOf: (party: T) => Labels,
  ) {
    for (const party of all) {
      const labels = labelsOf(party);
      for (const key in labels) {
        pushTo(this.byLabel, `${key}\0${labels[key]}`, party);
        pushTo(this.byKey, key, party);
      }
    }
  }

  /**
   * The parties `match` can select: those that satisfy the most selective of its requirements
   * that an index answers (a `matchLabels` pair; an `In` or `Exists` expression), or every party
   * when none does (a Calico selector, only `NotIn`/`DoesNotExist`, an empty selector). A
   * superset: callers still test each candidate with `matchLabels`.
   */
  candidates(match: LabelMatch): readonly T[] {
    return this.fewerThan(match, this.all.length) ?? this.all;
  }

  /**
   * The parties a Kubernetes or Calico selector can select, from its most selective indexed
   * requirement (candidates(), calicoCandidates()), or null when none is indexed: callers then test
   * every party. `order` sorts a Calico `in` of several values (see calicoCandidates).
   */
  selectorCandidates(match: LabelMatch, order: (a: T, b: T) => number): readonly T[] | null {
    if (match.k === 'k8s') return this.fewerThan(match, this.all.length);
    if (match.k !== 'calico') return null;
    const parsed = parseCalicoSelector(match.text);
    return parsed.ok ? this.calicoCandidates(parsed.selector, order) : null;
  }

  /**
   * The parties a Calico selector can select, from its most selective requirement an index
   * answers (`rack == 'r1'`, `has(route-reflector)`, `rack in {'r1', 'r2'}`, alone or under `&&`;
   * an `||` whose every operand is answered, as the union of their answers), or null when none is
   * (callers then test every party). A superset, in the order given except for an `in` of several
   * values and an `||`: those lists are joined, and `order` sorts them.
   */
  calicoCandidates(sel: CalicoSelector, order: (a: T, b: T) => number): readonly T[] | null {
    switch (sel.kind) {
      case 'compare':
        return sel.op === '==' ? this.withLabel(sel.label, sel.value) : null;
      case 'has':
        return this.withKey(sel.label);
      case 'set': {
        if (sel.op !== 'in') return null;
        // A party has one value per label: the lists of different values share no party.
        const found = [...new Set(sel.values)].flatMap((v) => this.withLabel(sel.label, v));
        return found.length < 2 ? found : found.sort(order);
      }
      case 'and': {
        let best: readonly T[] | null = null;
        for (const operand of sel.operands) {
          const list = this.calicoCandidates(operand, order);
          if (list !== null && (best === null || list.length < best.length)) best = list;
        }
        return best;
      }
      case 'or': {
        // One pool or peer per pair of racks (`rack == 'r1' || rack == 'r2'`): without this, each
        // such selector tested every node.
        const found = new Set<T>();
        for (const operand of sel.operands) {
          const list = this.calicoCandidates(operand, order);
          if (list === null) return null;
          for (const party of list) found.add(party);
        }
        return found.size < 2 ? [...found] : [...found].sort(order);
      }
      default:
        return null;
    }
  }

  /**
   * candidates(), when its answer holds fewer than `limit` parties, else null: an `In` list is
   * gathered only when it is that small, so a caller that can scan `limit` parties anyway pays no
   * more than that (asked once per peer, gathering a common label's thousands of parties each
   * time cost a 100,000-endpoint lint seconds).
   */
  fewerThan(match: LabelMatch, limit: number): readonly T[] | null {
    if (match.k !== 'k8s') return null;
    let best: readonly T[] | null = null;
    let bound = limit;
    for (const [key, value] of Object.entries(match.selector.matchLabels ?? {})) {
      if (typeof value !== 'string') continue;
      const list = this.withLabel(key, value);
      if (list.length < bound) [best, bound] = [list, list.length];
    }
    for (const e of match.selector.matchExpressions ?? []) {
      if (e.operator === 'Exists') {
        const list = this.withKey(e.key);
        if (list.length < bound) [best, bound] = [list, list.length];
      } else if (e.operator === 'In') {
        const lists = [...new Set(e.values ?? [])].map((v) => this.byLabel.get(`${e.key}\0${v}`) ?? NONE);
        const size = lists.reduce((n, l) => n + l.length, 0);
        if (size < bound) [best, bound] = [lists.flat() as readonly T[], size];
      }
    }
    return best;
  }

  /** The parties that carry label `key`, whatever its value, in the order given. */
  withKey(key: string): readonly T[] {
    return (this.byKey.get(key) ?? NONE) as readonly T[];
  }

  /** The parties whose label `key` is `value`, in the order given. */
  withLabel(key: string, value: string): readonly T[] {
    return (this.byLabel.get(`${key}\0${value}`) ?? NONE) as readonly T[];
  }
}

const NONE: readonly never[] = [];
