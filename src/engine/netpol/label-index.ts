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

  constructor(
    readonly all: readonly T[],
    labelsOf: (party: T) => Labels,
  ) {
    for (const party of all) {
      const labels = labelsOf(party);
      for (const key in labels) {
        const slot = `${key}\0${labels[key]}`;
        const list = this.byLabel.get(slot);
        if (list) list.push(party);
        else this.byLabel.set(slot, [party]);
      }
    }
  }

  /**
   * The parties `match` can select: those carrying the rarest of its `matchLabels` pairs, or every
   * party when it has none (a Calico selector, an expression-only or empty selector). A superset:
   * callers still test each candidate with `matchLabels`.
   */
  candidates(match: LabelMatch): readonly T[] {
    if (match.k !== 'k8s' || !match.selector.matchLabels) return this.all;
    let best: readonly T[] = this.all;
    for (const [key, value] of Object.entries(match.selector.matchLabels)) {
      if (typeof value !== 'string') continue;
      const list = this.byLabel.get(`${key}\0${value}`) ?? NONE;
      if (list.length < best.length) best = list as readonly T[];
    }
    return best;
  }
}

const NONE: readonly never[] = [];
