import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../engine/types.js';
import { renderLint } from '../report/index.js';
import { clean, ctx, finding, poolError, result } from '../report/test-fixtures.js';
import { parseResults, renderResults, type Results } from './results.js';

const headSha = 'c'.repeat(40);
const of = (lint: LintResult | null): Results => ({ version: 1, modes: ['lint'], pullRequest: { number: 7, headSha }, lint });

/** The results file as it was made from one whole string: the `--format json` report parsed into the document, stringified compact. */
const wholeString = (results: Results, version: string) =>
  `${JSON.stringify({ version: 1, netlint: version, modes: results.modes, pullRequest: results.pullRequest, lint: results.lint === null ? null : (JSON.parse(renderLint('json', results.lint, ctx)) as unknown) })}\n`;

const written = (results: Results) => [...renderResults(results, '1.2.3')].join('');

// Findings with any text where a finding has text: line breaks, quotes, lone surrogates, astral characters.
const text = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '"', '\\', '\u2028', '\u0000', '\ud800', '\udc00', '😀', 'ü'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) });
const position = fc.integer({ min: 1, max: 1_000_000 });
const anyFinding: fc.Arbitrary<Finding> = fc.record(
  {
    ruleId: text,
    severity: fc.constantFrom('error', 'warning', 'info'),
    message: text,
    file: text,
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    resource: fc.option(fc.record({ apiVersion: text, kind: text, name: text, namespace: fc.option(text) })),
    path: fc.array(fc.oneof(text, fc.nat()), { maxLength: 4 }),
    remediation: text,
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'path'] },
);

describe('renderResults', () => {
  it('is byte for byte the document with the lint JSON report parsed into it, stringified compact', () => {
    // Fields outside the JSON contract, on a finding and in the summary, are left out either way.
    const extra = { findings: [finding(poolError, { extra: 'not in the contract' } as Partial<Finding>), ...result.findings], summary: { ...result.summary, skippedFiles: 2 } };
    for (const lint of [result, clean, extra, null]) expect(written(of(lint))).toBe(wholeString(of(lint), '1.2.3'));
    expect(written({ version: 1, modes: ['reach', 'lint'], pullRequest: null, lint: result })).toBe(wholeString({ version: 1, modes: ['reach', 'lint'], pullRequest: null, lint: result }, '1.2.3'));
  });

  it('is byte for byte the document made the old way for any findings', () => {
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 6 }), (findings) => {
        const lint = { findings, summary: { files: 1, resources: 2, errors: 3, warnings: 4, infos: 5 } };
        expect(written(of(lint))).toBe(wholeString(of(lint), '1.2.3'));
      }),
      { numRuns: 300 },
    );
  });

  it('is made in pieces of about a MiB for a large run, adding up to the same bytes', () => {
    const many = { findings: Array.from({ length: 6_000 }, (_, i) => finding(poolError, { line: i + 1, message: `blockSize ${i} is out of range – ü 😀` })), summary: result.summary };
    const pieces = [...renderResults(of(many), '1.2.3')];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(1 << 20);
    expect(pieces.join('')).toBe(wholeString(of(many), '1.2.3'));
  });

  it('is read back by parseResults as the same results', () => {
    for (const lint of [result, clean, null]) {
      const bytes = new TextEncoder().encode(written(of(lint)));
      expect(parseResults(bytes)).toEqual(of(lint));
    }
  });
});
