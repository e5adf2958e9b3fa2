import { SEVERITY_RANK, reaches, type FailOn, type Finding, type LintResult } from '../engine/types.js';
import { groupByFile, plural, resourceLabel, wellFormed } from './text.js';

/**
 * JUnit XML for CI test-report viewers: one `<testsuite>` per file, one `<testcase>` per rule ×
 * object in it. A case fails when its most severe finding reaches `failOn` (the `--fail-on` of
 * the run, so the report agrees with the exit code: info advice is not a failed test), with
 * `type` = that severity and every finding of the case in the body; a case below it passes and
 * lists its findings in `<system-out>`. A clean run is one passing suite named `netlint`, so
 * viewers show a green test instead of an empty report.
 */
export function renderJunit(result: LintResult, failOn: FailOn = 'error'): string {
  const { findings, summary } = result;
  if (findings.length === 0) {
    const name = `lint (${plural(summary.files, 'file')}, ${plural(summary.resources, 'resource')})`;
    const suite =
      `  <testsuite name="netlint" tests="1" failures="0" errors="0" skipped="0">\n` +
      `    <testcase classname="netlint" name="${xmlAttribute(name)}"/>\n` +
      `  </testsuite>`;
    return document(1, 0, [suite]);
  }
  let tests = 0;
  let failures = 0;
  const suites = groupByFile(findings).map((group) => {
    const testcases = testcasesOf(group.items);
    const failing = testcases.filter((c) => reaches(worstOf(c.findings).severity, failOn)).length;
    tests += testcases.length;
    failures += failing;
    const file = xmlAttribute(group.file);
    const body = testcases.map((c) => testcase(file, c.name, c.findings, failOn)).join('\n');
    const counts = `tests="${testcases.length}" failures="${failing}" errors="0" skipped="0"`;
    return `  <testsuite name="${file}" ${counts}>\n${body}\n  </testsuite>`;
  });
  return document(tests, failures, suites);
}

function document(tests: number, failures: number, suites: readonly string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="netlint" tests="${tests}" failures="${failures}" errors="0">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}

interface Case {
  name: string;
  findings: Finding[];
}

/** Findings of one file grouped by rule and object, in first-seen order. */
function testcasesOf(findings: readonly Finding[]): Case[] {
  const cases = new Map<string, Case>();
  for (const f of findings) {
    const name = f.resource === null ? f.ruleId : `${f.ruleId} ${resourceLabel(f.resource)}`;
    const key = JSON.stringify([f.ruleId, f.resource && [f.resource.apiVersion, resourceLabel(f.resource)]]);
    const existing = cases.get(key);
    if (existing) existing.findings.push(f);
    else cases.set(key, { name, findings: [f] });
  }
  return [...cases.values()];
}

function worstOf(findings: readonly Finding[]): Finding {
  return findings.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
}

function testcase(classname: string, name: string, findings: readonly Finding[], failOn: FailOn): string {
  const worst = worstOf(findings);
  const message = findings.length === 1 ? worst.message : `${plural(findings.length, 'problem')}: ${worst.message}`;
  const details = findings
    .map((f) => {
      const where = `${f.file}:${f.line}:${f.column}`;
      const remediation = f.remediation === undefined ? '' : `\nRemediation: ${f.remediation}`;
      return `${where} ${f.severity} ${f.message} [${f.ruleId}]${remediation}`;
    })
    .join('\n');
  const body = reaches(worst.severity, failOn)
    ? `      <failure type="${worst.severity}" message="${xmlAttribute(message)}">${xmlText(details)}</failure>\n`
    : `      <system-out>${xmlText(details)}</system-out>\n`;
  return `    <testcase classname="${classname}" name="${xmlAttribute(name)}">\n${body}    </testcase>`;
}

/**
 * XML 1.0 text content: markup characters become entities, CR a character reference (a parser
 * would turn a literal one into LF), and characters XML 1.0 cannot carry at all (most C0
 * controls, U+FFFE/U+FFFF, lone surrogates) become U+FFFD.
 */
export function xmlText(text: string): string {
  if (!XML_TEXT_CHANGES.test(text)) return text;
  return wellFormed(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[&<>\r]/g, (c) => XML_ENTITY[c]);
}

/** Characters `xmlText` rewrites (any surrogate, since a lone one is): most text has none. */
const XML_TEXT_CHANGES = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** An XML 1.0 attribute value: as text, plus quotes, and LF and tab (a parser folds them to spaces). */
export function xmlAttribute(text: string): string {
  const escaped = xmlText(text);
  return /["'\n\t]/.test(escaped) ? escaped.replace(/["'\n\t]/g, (c) => XML_ENTITY[c]) : escaped;
}

const XML_ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};
