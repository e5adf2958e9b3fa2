/**
 * Upstream projects' own test inputs, retold as files and linted with the whole rule set, as
 * `netlint lint` runs it: a case upstream accepts must get no error from the packs concerned, a
 * case upstream refuses must get an error from the named rule at the named path (and file).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../run.js';
import type { Rule } from '../rule.js';
import type { Path } from '../types.js';

export interface UpstreamCase {
  /** What upstream's test checks, in our words, with its file line. */
  name: string;
  /** File path → content. */
  files: Record<string, string>;
  /** Absent when upstream accepts the input. `file` defaults to any file. */
  refused?: { rule: string; path: Path; file?: string };
}

export interface UpstreamCaseOptions {
  rules: readonly Rule[];
  /** The rule ids judged (the packs the cases speak to). */
  concerned: (ruleId: string) => boolean;
  /** The text linted for a file (e.g. dedented YAML). Default: the content as given. */
  content?: (path: string, content: string) => string;
}

/** One `describe` per group of cases, one test per case. */
export function describeUpstreamCases(groups: readonly (readonly [source: string, cases: readonly UpstreamCase[]])[], options: UpstreamCaseOptions): void {
  const content = options.content ?? ((_path: string, text: string) => text);
  const findings = (c: UpstreamCase) => {
    const files = Object.entries(c.files).map(([path, text]) => ({ path, content: content(path, text) }));
    return lint({ files, rules: options.rules }).findings.filter((f) => options.concerned(f.ruleId));
  };
  const show = (fs: ReturnType<typeof findings>) => fs.map((f) => `${f.severity} ${f.ruleId} ${f.file}:${f.line}:${f.column} ${JSON.stringify(f.path)} ${f.message}`);
  describe.each(groups.map(([source, cases]) => [source, cases] as const))('%s', (_source, cases) => {
    it.each(cases)('$name', (c) => {
      const found = findings(c);
      const errors = found.filter((f) => f.severity === 'error');
      if (!c.refused) {
        expect(show(errors)).toEqual([]);
        return;
      }
      const { rule, path, file } = c.refused;
      const hit = errors.filter((f) => f.ruleId === rule && JSON.stringify(f.path) === JSON.stringify(path) && (file === undefined || f.file === file));
      expect(hit.length, show(found).join('\n')).toBeGreaterThan(0);
    });
  });
}
