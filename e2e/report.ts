import type { ConformanceCell, ConformanceResult, E2eReport, Matrix, ProfileReport } from './report-types.js';
import { describeWhy, MISMATCH_TEXT } from './conformance/compare.js';
import { portLabel } from './conformance/reach.js';
import { escapeInlineCode, escapeMarkdown } from '../src/report/markdown-escape.js';

/** Pure renderers of an e2e report: markdown (PR comment / job summary), JSON, JUnit, text. */

const ICON = { pass: '✅', fail: '❌', error: '⚠️' } as const;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
// The markdown goes into PR comments and job summaries, and a PR controls much of its text (file
// paths, object and policy names, what kubectl says of them): text is escaped as the lint report's
// is (no markup, no HTML, no mention, no link, one line), commands and paths are code spans.
const esc = escapeMarkdown;
const code = (s: string) => escapeInlineCode(s);
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function matrixCounts(m: Matrix): { pass: number; total: number; flaky: number } {
  return { pass: m.cells.filter((c) => c.pass).length, total: m.cells.length, flaky: m.cells.filter((c) => c.flaky).length };
}

/**
 * A grid of any cells: `.` reached as expected, `X` blocked as expected, `~` flaky (recovered on a
 * re-probe), `!` wrong, `-` not probed (the diagonal).
 */
export function renderMatrixGrid(m: Matrix): string {
  const cell = new Map(m.cells.map((c) => [`${c.row}\u0000${c.col}`, c]));
  const sym = (r: string, col: string) => {
    const c = cell.get(`${r}\u0000${col}`);
    if (!c) return '-';
    if (!c.pass) return '!';
    if (c.flaky) return '~';
    return c.reached ? '.' : 'X';
  };
  const width = Math.max(...m.rows.map((r) => r.length), 4);
  const colIdx = m.cols.map((_, i) => String(i + 1).padStart(2));
  const lines = [`${''.padEnd(width)} ${colIdx.join(' ')}`];
  m.rows.forEach((r) => lines.push(`${r.padEnd(width)} ${m.cols.map((col) => sym(r, col).padStart(2)).join(' ')}`));
  lines.push('', ...m.cols.map((col, i) => `${String(i + 1).padStart(2)} = ${col}`));
  return lines.join('\n');
}

export function conformanceCounts(r: ConformanceResult): { pass: number; total: number; flaky: number; mismatches: number } {
  return { pass: r.cells.filter((c) => c.pass).length, total: r.cells.length, flaky: r.cells.filter((c) => c.flaky).length, mismatches: r.cells.filter((c) => !c.pass).length };
}

const FLAKY_TEXT = 'as predicted only on a re-probe (transient: policy programming lag or a lost packet)';
const cellIcon = (c: ConformanceCell | undefined) => (!c ? '·' : c.capped && !c.pass ? '⏱' : !c.pass ? '❌' : c.flaky ? '🔁' : '✅');
const verdict = (b: boolean) => (b ? 'allowed' : 'blocked');

/** A markdown grid: one row per source, one column per destination, one icon per port/protocol. */
export function renderConformanceGrid(r: ConformanceResult): string {
  const at = new Map(r.cells.map((c) => [`${c.from}\u0000${c.to}\u0000${portLabel(c)}`, c]));
  const cell = (e: string) => escapeInlineCode(e, { inTable: true });
  // Columns: the endpoints, or the Services probed through their ClusterIP.
  const columns = r.targets ?? r.endpoints;
  const out = [`| from \\ to | ${columns.map(cell).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`];
  for (const from of r.endpoints)
    out.push(`| ${cell(from)} | ${columns.map((to) => (to === from ? '—' : r.ports.map((p) => cellIcon(at.get(`${from}\u0000${to}\u0000${p}`))).join(''))).join(' | ')} |`);
  return out.join('\n');
}

function conformanceSection(r: ConformanceResult): string {
  const n = conformanceCounts(r);
  const out = [
    `<details${n.mismatches || n.flaky ? ' open' : ''}><summary>${n.mismatches ? '❌' : '✅'} <b>Policy conformance: ${esc(r.title)}</b> (<code>${r.scenario}</code>, ${r.network} network): ${n.pass}/${n.total} cells as predicted${n.flaky ? `, ${n.flaky} flaky` : ''}; probing ${secs(r.probeMs)}</summary>`,
    '',
    `Icons per cell, in the order ${r.ports.join(' ')}: ✅ as predicted · ❌ mismatch · 🔁 matched on a re-probe · ⏱ not probed (time cap) · \`·\` ${r.targets ? 'not probed (a pod behind that Service, a port it does not have, or one left out: see the notes)' : 'port not declared'}.`,
    '',
    renderConformanceGrid(r),
    '',
  ];
  for (const note of r.notes) out.push(`> ${esc(note)}`);
  if (r.notes.length) out.push('');
  const bad = r.cells.filter((c) => !c.pass || c.flaky);
  for (const c of bad.slice(0, 25)) {
    const pair = `${esc(c.from)} → ${esc(c.to)} ${portLabel(c)}`;
    const head = c.pass ? `🔁 flaky: **${pair}**` : `❌ **${pair}**`;
    out.push(
      `- ${head}: predicted ${verdict(c.expected)}${c.truth !== undefined ? `, truth table ${verdict(c.truth)}` : ''}, observed ${verdict(c.observed)} (${esc(c.detail)}, ${c.attempts} attempt${c.attempts === 1 ? '' : 's'}) — ${c.mismatch ? MISMATCH_TEXT[c.mismatch] : FLAKY_TEXT}`,
      r.network === 'net1'
        ? '  - deciding rules: none on net1 (policies apply on the default network only)'
        : `  - deciding rules (reach --explain): ${esc(describeWhy('egress', c.egress))}; ${esc(describeWhy('ingress', c.ingress))}`,
      ...(c.reproduce ? [`  - reproduce: ${code(c.reproduce)}`] : []),
      ...(c.explain ? [`  - static side: ${code(c.explain)}`] : []),
    );
  }
  if (bad.length > 25) out.push(`- … ${bad.length - 25} more in the JSON report`);
  out.push('', '</details>', '');
  return out.join('\n');
}

function profileSection(p: ProfileReport): string {
  const out: string[] = [];
  out.push(`<details${p.status === 'pass' ? '' : ' open'}><summary><b>${ICON[p.status]} ${p.profile}</b> — ${p.status}${p.reason ? `: ${esc(p.reason.split('\n')[0].slice(0, 300))}` : ''}</summary>`, '');
  out.push(p.summary, '');
  if (p.evidence.length) {
    out.push(`**Evidence for ${p.mode}**`, '', '| | check | where | expected | observed |', '|---|---|---|---|---|');
    for (const c of p.evidence) out.push(`| ${c.ok ? '✓' : '✗'} | ${c.id} | ${esc(c.scope)} | ${esc(c.expected)} | ${esc(c.observed)} |`);
    out.push('');
  }
  for (const m of p.matrices) {
    const n = matrixCounts(m);
    out.push(`**${m.title}**: ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ''}`, '', '```', renderMatrixGrid(m), '```');
    const bad = m.cells.filter((c) => !c.pass || c.flaky);
    for (const c of bad.slice(0, 20)) out.push(`- ${c.pass ? 'flaky' : 'wrong'}: ${esc(c.row)} → ${esc(c.col)}: expected ${c.expect}, ${esc(c.detail)} (${c.attempts} attempts)`);
    out.push('');
  }
  for (const r of p.conformance ?? []) out.push(conformanceSection(r));
  out.push('**Timings**', '', '| step | time | |', '|---|---|---|');
  for (const s of p.steps) out.push(`| ${s.title} | ${secs(s.ms)} | ${s.status === 'ok' ? '' : esc(`${s.status}${s.detail ? `: ${s.detail}` : ''}`.slice(0, 200))} |`);
  out.push(`| **total** | ${secs(p.durationMs)} | |`, '');
  if (p.unpinned.length) out.push(`Unpinned artifacts: ${p.unpinned.map(code).join(', ')}`, '');
  for (const [url, sha] of Object.entries(p.observedSha256)) out.push(`- downloaded ${code(url)} sha256 ${code(sha)}`);
  if (p.logsDir) out.push(`Cluster logs: ${code(p.logsDir)}`);
  if (p.clusterKept) out.push(`Cluster kept: ${code(p.cluster)}`);
  out.push('', '</details>', '');
  return out.join('\n');
}

export function renderE2eMarkdown(report: E2eReport): string {
  const out = [`### netlint e2e ${report.ok ? '✅' : '❌'}`, '', '| profile | mode | evidence | ping | policy | time |', '|---|---|---|---|---|---|'];
  for (const p of report.profiles) {
    const ev = `${p.evidence.filter((c) => c.ok).length}/${p.evidence.length}`;
    const pings = p.matrices.filter((m) => m.id.startsWith('ping'));
    const ping = pings.length ? pings.map((m) => `${matrixCounts(m).pass}/${matrixCounts(m).total}`).join(' + ') : '—';
    const conf = p.conformance ?? [];
    const policy = conf.length ? `${conf.reduce((a, r) => a + conformanceCounts(r).pass, 0)}/${conf.reduce((a, r) => a + conformanceCounts(r).total, 0)}` : '—';
    out.push(`| ${ICON[p.status]} ${p.profile} | ${p.mode} | ${ev} | ${ping} | ${policy} | ${secs(p.durationMs)} |`);
  }
  out.push('', ...report.profiles.map(profileSection));
  return out.join('\n');
}

export const renderE2eJson = (report: E2eReport): string => `${JSON.stringify(report, null, 2)}\n`;

/** One testsuite per profile; a testcase per step, per evidence check and per matrix cell. */
export function renderE2eJunit(report: E2eReport): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<testsuites name="netlint e2e">'];
  for (const p of report.profiles) {
    const cases: string[] = [];
    const tc = (name: string, ms: number, failure?: string, skipped = false) =>
      cases.push(`    <testcase classname="${xml(p.profile)}" name="${xml(name)}" time="${(ms / 1000).toFixed(3)}">${skipped ? '<skipped/>' : ''}${failure ? `<failure message="${xml(failure.slice(0, 500))}"/>` : ''}</testcase>`);
    for (const s of p.steps) tc(`step: ${s.title}`, s.ms, s.status === 'failed' ? (s.detail ?? 'failed') : undefined, s.status === 'skipped');
    for (const c of p.evidence) tc(`evidence: ${c.id} ${c.scope}`, 0, c.ok ? undefined : `expected ${c.expected}, observed ${c.observed}`);
    for (const m of p.matrices) for (const c of m.cells) tc(`${m.id}: ${c.row} -> ${c.col}`, 0, c.pass ? undefined : `expected ${c.expect}: ${c.detail}`);
    for (const r of p.conformance ?? [])
      for (const c of r.cells)
        tc(
          `policy ${r.scenario} [${r.network}]: ${c.from} -> ${c.to} ${portLabel(c)}`,
          0,
          c.pass ? undefined : `predicted ${verdict(c.expected)}, observed ${verdict(c.observed)} (${c.detail}); ${c.mismatch ? MISMATCH_TEXT[c.mismatch] : ''}; ${describeWhy('egress', c.egress)}; ${describeWhy('ingress', c.ingress)}; reproduce: ${c.reproduce ?? ''}`,
        );
    if (p.status === 'error' && !p.steps.some((s) => s.status === 'failed')) tc('profile', p.durationMs, p.reason ?? 'error');
    const failures = cases.filter((x) => x.includes('<failure')).length;
    out.push(`  <testsuite name="${xml(p.profile)}" tests="${cases.length}" failures="${failures}" errors="0" time="${(p.durationMs / 1000).toFixed(3)}">`, ...cases, '  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

export function renderE2eText(report: E2eReport): string {
  const out: string[] = [];
  for (const p of report.profiles) {
    out.push(`${p.status.toUpperCase().padEnd(5)} ${p.profile} (${p.mode}) ${secs(p.durationMs)}${p.reason ? ` — ${p.reason.split('\n')[0]}` : ''}`);
    for (const c of p.evidence.filter((e) => !e.ok)) out.push(`  ✗ ${c.id} ${c.scope}: expected ${c.expected}; observed ${c.observed}`);
    for (const m of p.matrices) {
      const n = matrixCounts(m);
      out.push(`  ${m.title}: ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ''}`);
    }
    for (const r of p.conformance ?? []) {
      const n = conformanceCounts(r);
      out.push(`  policy ${r.scenario} (${r.network}): ${n.pass}/${n.total}${n.flaky ? ` (${n.flaky} flaky)` : ''}`);
      for (const c of r.cells.filter((x) => !x.pass).slice(0, 10)) out.push(`    ✗ ${c.from} → ${c.to} ${portLabel(c)}: predicted ${verdict(c.expected)}, observed ${verdict(c.observed)} (${c.mismatch}); reproduce: ${c.reproduce}`);
    }
  }
  out.push(report.ok ? 'all profiles passed' : 'some profiles did not pass', '');
  return out.join('\n');
}
