/**
 * The results file: what a first-stage run (`pull_request`, read-only token) hands, as an
 * artifact, to a second-stage run (`workflow_run`, allowed to comment) in the fork workflow.
 *
 * The second stage must treat it as untrusted: a fork's PR can change the first stage's workflow
 * and upload anything. So it carries data, never markdown: the second stage validates it against
 * a closed schema with size caps, re-renders the report itself (escaping every string), and
 * checks the PR number against the trusted event before posting.
 */
import { errorPath, formatPath, trustedAjv } from '../engine/ajv.js';
import type { Finding, LintResult } from '../engine/types.js';
import { summarize } from '../engine/types.js';
import { jsonDocument } from '../report/json.js';
import { jsonChunks } from '../report/json-chunks.js';
import { MODES, type Mode } from './inputs.js';

export interface Results {
  version: 1;
  modes: Mode[];
  pullRequest: { number: number; headSha: string } | null;
  lint: LintResult | null;
}

/** A full commit id: SHA-1, or SHA-256 in repositories that use it. */
export const COMMIT_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** A results file bigger than this is refused unread. */
export const MAX_RESULTS_BYTES = 16 * 1024 * 1024;
const MAX_FINDINGS = 25_000;

const text = (maxLength: number) => ({ type: 'string', maxLength });
const count = { type: 'integer', minimum: 0, maximum: 1_000_000_000 };
const position = { type: 'integer', minimum: 1, maximum: 100_000_000 };

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'modes', 'pullRequest', 'lint'],
  properties: {
    version: { const: 1 },
    netlint: text(64),
    modes: { type: 'array', items: { enum: [...MODES] }, minItems: 1, maxItems: MODES.length, uniqueItems: true },
    pullRequest: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['number', 'headSha'],
          properties: { number: { type: 'integer', minimum: 1, maximum: 1e12 }, headSha: { type: 'string', pattern: COMMIT_SHA.source } },
        },
      ],
    },
    lint: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['version', 'findings', 'summary'],
          properties: {
            version: { const: 1 },
            summary: {
              type: 'object',
              additionalProperties: false,
              required: ['files', 'resources', 'errors', 'warnings', 'infos'],
              properties: { files: count, resources: count, errors: count, warnings: count, infos: count },
            },
            findings: {
              type: 'array',
              maxItems: MAX_FINDINGS,
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'path'],
                properties: {
                  ruleId: text(200),
                  severity: { enum: ['error', 'warning', 'info'] },
                  message: text(4_000),
                  file: text(1_000),
                  line: position,
                  column: position,
                  endLine: position,
                  endColumn: position,
                  remediation: text(4_000),
                  path: { type: 'array', maxItems: 64, items: { anyOf: [text(500), count] } },
                  resource: {
                    anyOf: [
                      { type: 'null' },
                      {
                        type: 'object',
                        additionalProperties: false,
                        required: ['apiVersion', 'kind', 'name', 'namespace'],
                        properties: { apiVersion: text(300), kind: text(300), name: text(1_000), namespace: { anyOf: [{ type: 'null' }, text(1_000)] } },
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      ],
    },
  },
} as const;

const validate = trustedAjv().compile(SCHEMA);

export class ResultsError extends Error {
  override readonly name = 'ResultsError';
}

/**
 * The results document of a run, as written to `netlint-results.json`: compact JSON and a newline,
 * `lint` being the `lint --format json` document. In pieces of about a MiB, each finding rebuilt
 * only when its piece is taken.
 */
export function renderResults(results: Results, version: string): Iterable<string> {
  const head = { version: 1, netlint: version, modes: results.modes, pullRequest: results.pullRequest };
  if (results.lint === null) return [`${JSON.stringify({ ...head, lint: null })}\n`];
  const { skeleton, findings } = jsonDocument(results.lint);
  return jsonChunks({ ...head, lint: skeleton }, findings, 0);
}

/**
 * Validates an untrusted results file. The lint summary is recomputed from the findings, so the
 * counts in the comment always match its rows whatever the file claims.
 */
export function parseResults(bytes: Uint8Array): Results {
  if (bytes.byteLength > MAX_RESULTS_BYTES) throw new ResultsError(`the results file is larger than ${MAX_RESULTS_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ResultsError(`the results file is not UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const where = first ? formatPath(errorPath(first)) || '(top)' : '(top)';
    throw new ResultsError(`the results file is not a netlint results document: ${where}: ${first?.message ?? 'invalid'}`);
  }
  const doc = data as unknown as Omit<Results, 'lint'> & { lint: (LintResult & { version: 1 }) | null };
  const lint = doc.lint === null ? null : { findings: doc.lint.findings.map(cleanFinding), summary: doc.lint.summary };
  return {
    version: 1,
    modes: MODES.filter((m) => doc.modes.includes(m)),
    pullRequest: doc.pullRequest,
    lint: lint && { findings: lint.findings, summary: summarize(lint.findings, lint.summary.files, lint.summary.resources) },
  };
}

function cleanFinding(f: Finding): Finding {
  const { ruleId, severity, message, file, line, column, endLine, endColumn, resource, path, remediation } = f;
  return { ruleId, severity, message, file, line, column, endLine, endColumn, resource, path, ...(remediation === undefined ? {} : { remediation }) };
}
