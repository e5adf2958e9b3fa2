/**
 * The shared harness of the tests that retell Calico's own test tables as one-object manifests
 * (kept out of the rule files): a case is a `projectcalico.org/v3` object and whether upstream
 * accepts it or refuses one field. Every built-in rule runs, as `netlint lint` runs them; an
 * accepted case must get no error from any rule and no unknown-field warning, a refused case an
 * error at its field.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/engine/run.js';
import { BUILTIN_RULES } from '../../index.js';

export type Line = number | number[];

export interface ManifestCase {
  /** The line of upstream's `Entry(` (or lines, when upstream repeats the same input). */
  line: Line;
  /** What upstream's entry checks, in our words. */
  name: string;
  kind: string;
  metadata: string;
  spec: string;
  status?: string;
  /** The field upstream refuses (`spec.x[0].y`); absent when upstream accepts the object. */
  rejectAt?: string;
  /**
   * For an object upstream's validator accepts but a component refuses when it reads it (Felix
   * stops on a failsafe port of protocol SCTP): the rule whose error says so and the field it names.
   * That error is then expected, and no other.
   */
  failsAtRunTime?: { rule: string; at: string };
}

const indent = (text: string) => text.replace(/^/gm, '  ');

/** The object as the API server would see it. */
export const manifestOf = (c: ManifestCase) =>
  `apiVersion: projectcalico.org/v3\nkind: ${c.kind}\nmetadata: ${c.metadata}\nspec:\n${indent(c.spec)}\n${c.status ? `status:\n${indent(c.status)}\n` : ''}`;

/** A path as upstream's errors name a field: `spec.ingress[0].ports[1]`. */
export const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);

export function manifestFindings(c: ManifestCase) {
  return lint({ files: [{ path: 'case.yaml', content: manifestOf(c) }], rules: BUILTIN_RULES }).findings;
}

/** The upstream line (or lines) a case restates, as a test title shows them. */
export const lineLabel = (c: { line: Line }) => (Array.isArray(c.line) ? c.line.join(', ') : String(c.line));

/** One test per case (upstream's answer must hold), and one that each upstream line is named once. */
export function describeManifestCases(title: string, cases: readonly ManifestCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(`${lineLabel(c)} ${c.kind}: ${c.name} → ${c.rejectAt ? `refused at ${c.rejectAt}` : c.failsAtRunTime ? `accepted, refused at run time at ${c.failsAtRunTime.at}` : 'accepted'}`, () => {
        const found = manifestFindings(c);
        const errors = found.filter((f) => f.severity === 'error');
        if (!c.rejectAt) {
          const expected = c.failsAtRunTime ? [`${c.failsAtRunTime.rule} ${c.failsAtRunTime.at}`] : [];
          expect(found.filter((f) => f.severity === 'error' || f.messageId === 'unknownField').map((f) => `${f.ruleId} ${pathText(f.path)}`), found.map((f) => f.message).join('\n')).toEqual(expected);
        } else {
          expect(errors.map((f) => pathText(f.path)), errors.map((f) => `${f.ruleId}: ${f.message}`).join('\n')).toContain(c.rejectAt);
        }
      });
    }

    it('names each upstream entry once', () => {
      const all = cases.flatMap((c) => (Array.isArray(c.line) ? c.line : [c.line]));
      expect(new Set(all).size).toBe(all.length);
    });
  });
}
