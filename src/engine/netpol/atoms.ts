/**
 * The atom table: every leaf condition of every policy gets an id, so that endpoints can be
 * grouped by the set of atoms they satisfy (two endpoints that satisfy the same atoms and declare
 * the same ports are indistinguishable to every policy).
 */
import type { Cidr } from '../cidr.js';
import type { LabelSelector } from '../selector/label.js';
import { asArray, asRecord, labelsOf } from './endpoints.js';
import type { Atom, Cond, LabelMatch, NamespaceMatch } from './model.js';

/** A structural key of a label map (insertion order), length-prefixed so that no text collides. */
export function labelsKey(labels: Readonly<Record<string, string>>): string {
  let key = '';
  for (const k in labels) key += `L${k.length}:${k}${labels[k].length}:${labels[k]}`;
  return key;
}

/** A structural key of a label match, so identical selectors written in many policies share one atom. */
export function labelMatchKey(m: LabelMatch): string {
  if (m.k === 'any') return '*';
  if (m.k === 'calico') return `calico:${m.text}`;
  // Every piece is length-prefixed, so no label text can make two selectors collide; cheaper
  // than JSON.stringify on the many small selector objects of a large input.
  let key = 'k8s:';
  const labels = m.selector.matchLabels;
  if (labels) key += labelsKey(labels);
  const exprs = m.selector.matchExpressions;
  if (exprs) {
    for (const e of exprs) {
      key += `E${e.key.length}:${e.key}${e.operator.length}:${e.operator}`;
      if (e.values === undefined) key += '-';
      else for (const v of e.values) key += `V${v.length}:${v}`;
      key += ';';
    }
  }
  return key;
}

/** A structural key of a namespace match (see labelMatchKey). */
export function nsKey(m: NamespaceMatch): string {
  return m.k === 'any' ? '*' : m.k === 'global' ? 'global()' : m.k === 'is' ? `is:${m.name}` : `labels:${labelMatchKey(m.match)}`;
}

export class AtomTable {
  readonly atoms: Atom[] = [];
  private readonly byKey = new Map<string, Atom>();

  /** How many atoms the table holds: a mark to {@link rollback} to. */
  get size(): number {
    return this.atoms.length;
  }

  /** Forgets the atoms interned since `mark` (a policy left out after it was read). */
  rollback(mark: number): void {
    for (const [key, atom] of this.byKey) if (atom.id >= mark) this.byKey.delete(key);
    this.atoms.length = mark;
  }

  private intern(key: string, make: (id: number) => Atom): Atom {
    const found = this.byKey.get(key);
    if (found) return found;
    const atom = make(this.atoms.length);
    this.atoms.push(atom);
    this.byKey.set(key, atom);
    return atom;
  }

  pods(ns: NamespaceMatch, pods: LabelMatch): Atom {
    return this.intern(`pods|${nsKey(ns)}|${labelMatchKey(pods)}`, (id) => ({ k: 'pods', id, ns, pods }));
  }

  /**
   * `pods` for Kubernetes selectors as written (`podSelector`, `namespaceSelector`; null for no
   * namespace selector, i.e. the policy's namespace `ownNamespace`). Policies repeat the same
   * selectors: a repeated one is found by its key without building the selector objects.
   */
  kubernetesPods(namespaceSelector: unknown | null, ownNamespace: string, podSelector: unknown): Atom {
    const podKey = rawSelectorKey(podSelector);
    const nsPart = namespaceSelector === null ? `is:${ownNamespace}` : rawSelectorKey(namespaceSelector);
    if (podKey !== null && nsPart !== null) {
      const found = this.byKey.get(`pods|${nsPart === '*' || nsPart.startsWith('is:') ? nsPart : `labels:${nsPart}`}|${podKey}`);
      if (found) return found;
    }
    const nsMatch: NamespaceMatch = namespaceSelector === null ? { k: 'is', name: ownNamespace } : anyOrLabels(k8sLabelMatch(namespaceSelector));
    return this.pods(nsMatch, k8sLabelMatch(podSelector));
  }

  serviceAccount(ns: NamespaceMatch, names: string[] | null, selector: LabelMatch): Atom {
    return this.intern(`sa|${nsKey(ns)}|${JSON.stringify(names)}|${labelMatchKey(selector)}`, (id) => ({ k: 'serviceAccount', id, ns, names, selector }));
  }

  block(cidr: Cidr, except: Cidr[]): Atom {
    return this.intern(`block|${cidr.text}|${except.map((c) => c.text).join(',')}`, (id) => ({ k: 'block', id, cidr, except }));
  }
}

export function and(cs: Cond[]): Cond {
  const kept = cs.filter((c) => c.k !== 'all');
  if (kept.some((c) => c.k === 'none')) return { k: 'none' };
  if (kept.length === 0) return { k: 'all' };
  return kept.length === 1 ? kept[0] : { k: 'and', cs: kept };
}

export function or(cs: Cond[]): Cond {
  const kept = cs.filter((c) => c.k !== 'none');
  if (kept.some((c) => c.k === 'all')) return { k: 'all' };
  if (kept.length === 0) return { k: 'none' };
  return kept.length === 1 ? kept[0] : { k: 'or', cs: kept };
}

export function not(c: Cond): Cond {
  if (c.k === 'all') return { k: 'none' };
  if (c.k === 'none') return { k: 'all' };
  return { k: 'not', c };
}

/** A Kubernetes LabelSelector as the API would hold it (label values are strings). */
export function labelSelector(v: unknown): LabelSelector {
  const rec = asRecord(v) ?? {};
  const sel: { matchLabels?: Record<string, string>; matchExpressions?: LabelSelector['matchExpressions'] } = {};
  if (rec.matchLabels !== undefined) sel.matchLabels = labelsOf(rec.matchLabels);
  if (rec.matchExpressions !== undefined) {
    sel.matchExpressions = asArray(rec.matchExpressions).map((e) => {
      const er = asRecord(e) ?? {};
      return {
        key: String(er.key ?? ''),
        operator: String(er.operator ?? '') as 'In',
        // A null item decodes as "" in Go's []string.
        values: asArray(er.values).map((x) => (x === null ? '' : String(x))),
      };
    });
  }
  return sel;
}

function anyOrLabels(match: LabelMatch): NamespaceMatch {
  return match.k === 'any' ? { k: 'any' } : { k: 'labels', match };
}

/**
 * `labelMatchKey(k8sLabelMatch(raw))` without building anything, for the common selectors: only
 * `matchLabels` with string values (or nothing: "any"). Null for anything else (then the caller
 * builds the selector). A property test holds the two to the same key.
 */
export function rawSelectorKey(raw: unknown): string | null {
  if (raw === undefined || raw === null) return '*';
  if (typeof raw !== 'object' || Array.isArray(raw)) return null;
  const sel = raw as Record<string, unknown>;
  if (sel.matchExpressions !== undefined) return null;
  const labels = sel.matchLabels;
  if (labels === undefined) return '*';
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) return null;
  // Only string values survive labelsOf unchanged, and a `__proto__` label not at all: leave
  // such a selector to the slow path.
  for (const k in labels) {
    if (k === '__proto__' || !Object.prototype.hasOwnProperty.call(labels, k) || typeof (labels as Record<string, unknown>)[k] !== 'string') return null;
  }
  const key = labelsKey(labels as Record<string, string>);
  return key === '' ? '*' : `k8s:${key}`;
}

/** `{}` (or a selector with no requirements) is "any"; that lets the matrix skip work. */
export function k8sLabelMatch(v: unknown): LabelMatch {
  const selector = labelSelector(v);
  const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
  return empty ? { k: 'any' } : { k: 'k8s', selector };
}
