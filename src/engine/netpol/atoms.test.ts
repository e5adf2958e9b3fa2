import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtomTable, k8sLabelMatch, labelMatchKey, rawSelectorKey } from './atoms.js';

const text = fc.oneof(fc.constantFrom('app', 'tier', 'web', '', '__proto__', 'a:b', 'L1:x'), fc.string({ maxLength: 4 }));
const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
const selector = fc.oneof(
  fc.constantFrom(undefined, null, 'x', 3, [], {}),
  fc.record({ matchLabels: fc.oneof(fc.dictionary(text, value, { maxKeys: 3 }), fc.dictionary(text, text, { maxKeys: 3 }), fc.constant(null), fc.constant('x')) }, { requiredKeys: [] }),
  fc.record({ matchLabels: fc.dictionary(text, text, { maxKeys: 2 }), matchExpressions: fc.array(fc.record({ key: text, operator: fc.constantFrom('In', 'Exists'), values: fc.array(text, { maxLength: 2 }) }), { maxLength: 2 }) }),
);

describe('labelMatchKey', () => {
  // Atoms are interned by this key: two selectors that select differently must never share one.
  it('tells apart selectors that differ only in their matchExpressions', () => {
    const key = (exprs: unknown[]) => labelMatchKey(k8sLabelMatch({ matchLabels: { team: 'a' }, matchExpressions: exprs }));
    const keys = [
      key([]),
      key([{ key: 'app', operator: 'In', values: ['web'] }]),
      key([{ key: 'app', operator: 'In', values: ['db'] }]),
      key([{ key: 'app', operator: 'NotIn', values: ['web'] }]),
      key([{ key: 'app', operator: 'Exists' }]),
      key([{ key: 'app', operator: 'DoesNotExist' }]),
      key([{ key: 'tier', operator: 'Exists' }]),
      key([{ key: 'app', operator: 'In', values: ['web', 'db'] }]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('and so does the AtomTable: two policies\' selectors of that kind are two atoms', () => {
    const atoms = new AtomTable();
    const web = atoms.kubernetesPods(null, 'team', { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] });
    const db = atoms.kubernetesPods(null, 'team', { matchExpressions: [{ key: 'app', operator: 'In', values: ['db'] }] });
    expect(web).not.toBe(db);
    expect(atoms.atoms).toHaveLength(2);
  });
});

describe('rawSelectorKey', () => {
  it('is the key of the selector as the API reads it, or null (then the selector is built)', () => {
    fc.assert(
      fc.property(selector, (raw) => {
        const key = rawSelectorKey(raw);
        if (key !== null) expect(key).toBe(labelMatchKey(k8sLabelMatch(raw)));
      }),
      { numRuns: 3000 },
    );
    expect(rawSelectorKey({ matchLabels: { app: 'web' } })).toBe(labelMatchKey(k8sLabelMatch({ matchLabels: { app: 'web' } })));
    expect(rawSelectorKey({})).toBe('*');
    expect(rawSelectorKey({ matchLabels: { app: 1 } })).toBeNull();
  });

  it('lets kubernetesPods find the atom that pods() interned for the same selector', () => {
    const atoms = new AtomTable();
    const built = atoms.pods({ k: 'is', name: 'team' }, k8sLabelMatch({ matchLabels: { app: 'web' } }));
    expect(atoms.kubernetesPods(null, 'team', { matchLabels: { app: 'web' } })).toBe(built);
    const viaNs = atoms.kubernetesPods({ matchLabels: { env: 'prod' } }, 'team', undefined);
    expect(atoms.pods({ k: 'labels', match: k8sLabelMatch({ matchLabels: { env: 'prod' } }) }, { k: 'any' })).toBe(viaNs);
    expect(atoms.kubernetesPods({}, 'team', { matchLabels: { app: 1 } })).toBe(atoms.pods({ k: 'any' }, k8sLabelMatch({ matchLabels: { app: '1' } })));
    expect(atoms.atoms).toHaveLength(3);
  });
});
