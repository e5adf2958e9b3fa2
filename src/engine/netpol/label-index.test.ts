import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LabelSelector } from '../selector/label.js';
import { matchesCalicoSelector, parseCalicoSelector } from '../selector/calico.js';
import { LabelIndex } from './label-index.js';
import { matchLabels } from './match.js';
import type { LabelMatch } from './model.js';

interface Party {
  id: number;
  labels: Record<string, string>;
}

const KEYS = ['app', 'tier', 'team'];
const VALUES = ['a', 'b', 'c', 'd'];
const labelsArb = fc.dictionary(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), { maxKeys: 3 });
const requirementArb = fc.record({
  key: fc.constantFrom(...KEYS),
  operator: fc.constantFrom('In' as const, 'NotIn' as const, 'Exists' as const, 'DoesNotExist' as const),
  values: fc.array(fc.constantFrom(...VALUES), { maxLength: 3 }),
});
const selectorArb: fc.Arbitrary<LabelSelector> = fc.record({ matchLabels: labelsArb, matchExpressions: fc.array(requirementArb, { maxLength: 3 }) }, { requiredKeys: [] });

const k8s = (selector: LabelSelector): LabelMatch => ({ k: 'k8s', selector });

describe('LabelIndex', () => {
  it('never leaves out a party the selector matches', () => {
    fc.assert(
      fc.property(fc.array(labelsArb, { maxLength: 40 }), selectorArb, (labelSets, selector) => {
        const parties: Party[] = labelSets.map((labels, id) => ({ id, labels }));
        const index = new LabelIndex(parties, (p) => p.labels);
        const match = k8s(selector);
        const candidates = new Set(index.candidates(match));
        expect(candidates.size).toBe(index.candidates(match).length);
        for (const p of parties) if (matchLabels(match, p.labels, p.labels)) expect(candidates.has(p)).toBe(true);
      }),
    );
  });

  it('narrows by matchLabels pairs, In values and Exists keys', () => {
    const parties: Party[] = [
      { id: 0, labels: { app: 'a', tier: 'web' } },
      { id: 1, labels: { app: 'b', tier: 'db' } },
      { id: 2, labels: { app: 'c' } },
      { id: 3, labels: { team: 'x' } },
    ];
    const index = new LabelIndex(parties, (p) => p.labels);
    const ids = (m: LabelMatch) => index.candidates(m).map((p) => p.id).sort();
    expect(ids(k8s({ matchLabels: { app: 'b' } }))).toEqual([1]);
    expect(ids(k8s({ matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'c', 'a'] }] }))).toEqual([0, 2]);
    expect(ids(k8s({ matchExpressions: [{ key: 'tier', operator: 'Exists', values: [] }] }))).toEqual([0, 1]);
    expect(ids(k8s({ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] }))).toEqual([0, 1, 2, 3]);
    expect(ids({ k: 'any' })).toEqual([0, 1, 2, 3]);
  });
});

describe('LabelIndex.calicoCandidates', () => {
  // Selectors built from ==, !=, has(), in, not in, !, && and ||, over the same few labels.
  const atom = fc.oneof(
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('==', '!='), fc.constantFrom(...VALUES)).map(([k, op, v]) => `${k} ${op} '${v}'`),
    fc.constantFrom(...KEYS).map((k) => `has(${k})`),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('in', 'not in'), fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 })).map(([k, op, vs]) => `${k} ${op} {${vs.map((v) => `'${v}'`).join(', ')}}`),
  );
  const selectorText: fc.Arbitrary<string> = fc.letrec<{ sel: string }>((tie) => ({
    sel: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      tie('sel').map((s) => `!(${s})`),
      fc.tuple(tie('sel'), fc.constantFrom('&&', '||'), tie('sel')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    ),
  })).sel;

  it('never leaves out a party the selector matches, holds each once, and keeps the order asked for', () => {
    fc.assert(
      fc.property(fc.array(labelsArb, { maxLength: 40 }), selectorText, (labelSets, text) => {
        const parties: Party[] = labelSets.map((labels, id) => ({ id, labels }));
        const index = new LabelIndex(parties, (p) => p.labels);
        const parsed = parseCalicoSelector(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
        const found = index.calicoCandidates(parsed.selector, (a, b) => a.id - b.id);
        if (found === null) return;
        const ids = found.map((p) => p.id);
        expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
        for (const p of parties) if (matchesCalicoSelector(parsed.selector, p.labels)) expect(ids).toContain(p.id);
      }),
      { numRuns: 500 },
    );
  });

  it('answers an || of indexed requirements with the union of their parties', () => {
    const parties: Party[] = [
      { id: 0, labels: { app: 'a' } },
      { id: 1, labels: { app: 'b', tier: 'c' } },
      { id: 2, labels: { app: 'c' } },
      { id: 3, labels: { team: 'd' } },
    ];
    const index = new LabelIndex(parties, (p) => p.labels);
    const ids = (text: string) => {
      const parsed = parseCalicoSelector(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      return index.calicoCandidates(parsed.selector, (a, b) => a.id - b.id)?.map((p) => p.id) ?? null;
    };
    expect(ids("app == 'c' || has(team) || app == 'a'")).toEqual([0, 2, 3]);
    expect(ids("(app == 'b' || tier == 'c') && has(app)")).toEqual([1]);
    // An operand no index answers makes the whole || unanswered: every party is tested.
    expect(ids("app == 'a' || team != 'd'")).toBeNull();
  });
});
