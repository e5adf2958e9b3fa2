import type { Finding, LintResult, LintSummary } from '../engine/types.js';
import { ITEMS, jsonChunks, mapped } from './json-chunks.js';

/**
 * `lint --format json`: the stable contract in DESIGN.md. Objects are rebuilt field by field so
 * the key order never depends on how the engine happened to build a finding, and fields outside
 * the contract never leak out. Findings keep the order given (the engine sorts them).
 * Indented with two spaces, ending with a newline.
 */
export function renderJson(result: LintResult): string {
  return [...renderJsonChunks(result)].join('');
}

/** renderJson's text in pieces of about a MiB, each finding rebuilt only when its piece is taken. */
export function renderJsonChunks(result: LintResult): Generator<string> {
  const { skeleton, findings } = jsonDocument(result);
  return jsonChunks(skeleton, findings);
}

/**
 * renderJson's document as jsonChunks takes it: the skeleton, with ITEMS where the findings go,
 * and the findings, each rebuilt only when it is taken. Other documents embed the skeleton to
 * carry the same contract (the Action's results file).
 */
export function jsonDocument(result: LintResult): { skeleton: { version: 1; findings: typeof ITEMS; summary: LintSummary }; findings: Iterable<Record<string, unknown>> } {
  return { skeleton: { version: 1, findings: ITEMS, summary: contractSummary(result.summary) }, findings: mapped(result.findings, contractFinding) };
}

function contractFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource:
      f.resource === null
        ? null
        : {
            apiVersion: f.resource.apiVersion,
            kind: f.resource.kind,
            name: f.resource.name,
            namespace: f.resource.namespace,
          },
    path: [...f.path],
  };
  if (f.remediation !== undefined) out.remediation = f.remediation;
  return out;
}

function contractSummary(s: LintSummary): LintSummary {
  return { files: s.files, resources: s.resources, errors: s.errors, warnings: s.warnings, infos: s.infos };
}
