/**
 * Parties (namespaces, workload endpoints) by label, for questions asked once per policy peer
 * ("which namespaces does this selector match?"): a Kubernetes selector with a `matchLabels`
 * entry is answered from the parties that carry that label, not by testing every party, so a
 * lint's cost grows with the answers rather than with policies × parties.
 */
import type { Labels } from '../selector/label.js';
import type { LabelMatch } from './model.js';

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
        add(this.byLabel, `${key}\0${labels[key]}`, party);
        add(this.byKey, key, party);
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
    if (match.k !== 'k8s') return this.all;
    let best: readonly T[] = this.all;
    for (const [key, value] of Object.entries(match.selector.matchLabels ?? {})) {
      if (typeof value !== 'string') continue;
      const list = this.withLabel(key, value);
      if (list.length < best.length) best = list;
    }
    for (const e of match.selector.matchExpressions ?? []) {
      if (e.operator === 'Exists') {
        const list = this.withKey(e.key);
        if (list.length < best.length) best = list;
      } else if (e.operator === 'In') {
        // A party has one value per key: the lists of different values never share a party.
        const lists = [...new Set(e.values ?? [])].map((v) => this.byLabel.get(`${e.key}\0${v}`) ?? NONE);
        const size = lists.reduce((n, l) => n + l.length, 0);
        if (size < best.length) best = lists.flat() as readonly T[];
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

function add<T>(index: Map<string, T[]>, slot: string, party: T): void {
  const list = index.get(slot);
  if (list) list.push(party);
  else index.set(slot, [party]);
}

const NONE: readonly never[] = [];
