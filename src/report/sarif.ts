import type { Finding, LintResult, RuleMeta, Severity } from '../engine/types.js';
import type { ReportContext } from './context.js';
import { fnv1a64 } from './hash.js';
import { ITEMS, jsonChunks, mapped } from './json-chunks.js';
import { resourceLabel, wellFormed } from './text.js';

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, real
 * regions, logical locations for the Kubernetes object, and fingerprints that survive moving code.
 *
 * Rule descriptors: every rule in `ctx.rules` (sorted by id), then any rule id that only appears
 * in findings (e.g. a loader's parse error). Listing all rules, not only those that fired, keeps
 * `ruleIndex` and the descriptor list identical between runs with the same rule set (SARIF files
 * diff cleanly) and records what was checked even on a clean run; at tens of rules the size is
 * negligible next to GitHub's 25,000-rules-per-run limit.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our `partialFingerprints` key. GitHub's own `primaryLocationLineHash` is left to upload-sarif. */
export const FINGERPRINT_KEY = 'netlint/v1';
/** GitHub shows at most 1,024 characters of a rule's short and full description. */
const DESCRIPTION_LIMIT = 1024;

/**
 * GitHub code scanning rejects a SARIF run with more results than this (a hard limit: "Analysis
 * SARIF file rejected due to result limits", docs.github.com code scanning, SARIF results exceed
 * limits), and stores only the most severe 5,000.
 */
export const MAX_RESULTS = 25_000;

/**
 * One line for a log when a SARIF report of `count` findings cannot hold them all (the run's
 * notification says the same inside the file, where a terminal or the Action's log never shows
 * it); null when it holds every one.
 */
export function sarifLeftOutNote(count: number): string | null {
  const left = count - MAX_RESULTS;
  return left > 0 ? `the SARIF report holds the ${MAX_RESULTS} most severe of ${count} findings and leaves ${left} out: GitHub code scanning rejects a run with more` : null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings a run can hold, most severe first kept, in their report order; and how many were left out. */
function withinResultLimit(findings: readonly Finding[]): { kept: readonly Finding[]; left: number } {
  if (findings.length <= MAX_RESULTS) return { kept: findings, left: 0 };
  const perRank = [0, 0, 0];
  for (const f of findings) perRank[SEVERITY_RANK[f.severity]]++;
  // Whole ranks fit while room is left; the first rank that does not fit keeps its first findings.
  let room = MAX_RESULTS;
  const quota = perRank.map((n) => {
    const take = Math.min(n, room);
    room -= take;
    return take;
  });
  const kept = findings.filter((f) => quota[SEVERITY_RANK[f.severity]]-- > 0);
  return { kept, left: findings.length - kept.length };
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function renderSarif(result: LintResult, ctx: ReportContext): string {
  return [...renderSarifChunks(result, ctx)].join('');
}

/** renderSarif's text in pieces of about a MiB, each result made only when its piece is taken. */
export function renderSarifChunks(result: LintResult, ctx: ReportContext): Generator<string> {
  const { kept, left } = withinResultLimit(result.findings);
  const rules = ruleDescriptors(result.findings, ctx);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const uris = new Map<string, string>();
  const results = mapped(kept, (f) => {
    const fingerprint = findingFingerprint(f);
    const occurrence = (occurrences.get(fingerprint) ?? 0) + 1;
    occurrences.set(fingerprint, occurrence);
    let uri = uris.get(f.file);
    if (uri === undefined) uris.set(f.file, (uri = fileUri(f.file)));
    return sarifResult(f, ruleIndex.get(f.ruleId) ?? 0, `${fingerprint}:${occurrence}`, uri);
  });
  const driver: Record<string, unknown> = { name: 'netlint', version: ctx.toolVersion };
  if (ctx.informationUri !== undefined) driver.informationUri = ctx.informationUri;
  driver.rules = rules.map((rule) => descriptor(rule, ctx));
  // Columns are offsets in JavaScript strings, i.e. UTF-16 code units; said explicitly so that
  // consumers do not assume code points on lines with emoji or other astral characters.
  const run: Record<string, unknown> = { tool: { driver } };
  if (left > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: 'warning', message: { text: `${left} of ${result.findings.length} results left out, the least severe first: GitHub code scanning rejects a run with more than ${MAX_RESULTS} results (other formats list them all)` } }],
      },
    ];
  }
  Object.assign(run, { columnKind: 'utf16CodeUnits', results: ITEMS });
  const log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
  return jsonChunks(log, results);
}

/** Known rules sorted by id, then ids seen only in findings (described by the id itself). */
function ruleDescriptors(findings: readonly Finding[], ctx: ReportContext): RuleMeta[] {
  const known = [...ctx.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(known.map((rule) => rule.id));
  const unknown = new Map<string, RuleMeta>();
  for (const f of findings) {
    if (ids.has(f.ruleId) || unknown.has(f.ruleId)) continue;
    unknown.set(f.ruleId, {
      id: f.ruleId,
      description: f.ruleId,
      severity: f.severity,
      remediation: f.remediation ?? '',
      kinds: [],
      messages: {},
    });
  }
  return [...known, ...[...unknown.values()].sort((a, b) => (a.id < b.id ? -1 : 1))];
}

function descriptor(rule: RuleMeta, ctx: ReportContext): Record<string, unknown> {
  const helpUri = ctx.docsUrl(rule.id);
  const remediation = rule.remediation === '' ? [] : [rule.remediation];
  const link = helpUri === null ? [] : [helpUri];
  const text = [rule.description, ...remediation.map((r) => `Remediation: ${r}`), ...link.map((u) => `Documentation: ${u}`)];
  const markdown = [
    rule.description,
    ...remediation.map((r) => `**Remediation:** ${r}`),
    ...(rule.docs === undefined || rule.docs.trim() === helpUri ? [] : [rule.docs]),
    ...link.map((u) => `[Documentation](${u})`),
  ];
  const pack = rule.id.includes('/') ? rule.id.slice(0, rule.id.indexOf('/')) : rule.id;
  return {
    id: rule.id,
    shortDescription: { text: cap(rule.description, DESCRIPTION_LIMIT) },
    fullDescription: { text: cap([rule.description, ...remediation].join(' '), DESCRIPTION_LIMIT) },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    ...(helpUri === null ? {} : { helpUri }),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['netlint', pack] },
  };
}

function sarifResult(f: Finding, ruleIndex: number, fingerprint: string, uri: string): Record<string, unknown> {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  const location: Record<string, unknown> = {
    physicalLocation: {
      artifactLocation: uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
      region: { startLine, startColumn, endLine, endColumn },
    },
  };
  if (f.resource !== null) {
    location.logicalLocations = [
      {
        name: f.resource.name,
        fullyQualifiedName: resourceLabel(f.resource),
        kind: 'resource',
        properties: { apiVersion: f.resource.apiVersion },
      },
    ];
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { path: [...f.path] },
  };
}

/**
 * What makes a finding the same finding in the next run: rule, file, object and the path inside
 * it — not the line, so code moving within the file keeps its alert (and its dismissal). Equal
 * keys within one run are told apart by an occurrence suffix (`:1`, `:2`), as GitHub does.
 */
export function findingFingerprint(f: Finding): string {
  const resource = f.resource === null ? null : [f.resource.apiVersion, f.resource.kind, f.resource.namespace, f.resource.name];
  return fnv1a64(JSON.stringify([f.ruleId, f.file, resource, f.path]));
}

/**
 * A relative URI reference, each path segment percent-encoded (spaces, `%`, `#`, `?`, `:`),
 * resolved against `%SRCROOT%`; an absolute path (a file named outside the working folder) is a
 * `file:` URI of its own, which no base applies to.
 */
function fileUri(file: string): string {
  const drive = /^[A-Za-z]:\//.exec(file);
  const encoded = wellFormed(drive === null ? file : file.slice(2)).split('/').map(encodeURIComponent).join('/');
  if (drive !== null) return `file:///${file.slice(0, 2)}${encoded}`;
  return file.startsWith('/') ? `file://${encoded}` : encoded;
}

function cap(text: string, limit: number): string {
  return text.length <= limit ? text : `${wellFormed(text.slice(0, limit - 1))}…`;
}
