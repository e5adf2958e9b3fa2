/**
 * One mutated input through the whole CLI pipeline in process (`main(argv, io)` with the
 * in-memory io: load → lint → a reporter), judged by what netlint guarantees: exit 0, 1 or 2; no
 * internal error or stack trace; every position inside the file (1 ≤ line ≤ endLine ≤ lines, in
 * the JSON report and in SARIF regions).
 */
import { BUILTIN_RULES } from '../../rules/index.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../../src/cli/testing/memory-io.js';

export const OTHER_FORMATS = ['stylish', 'sarif', 'github', 'markdown', 'junit'] as const;

export interface Verdict {
  problems: string[];
  ms: number;
  findings: number;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const inside = (lines: number, line: number, endLine: number) => Number.isInteger(line) && Number.isInteger(endLine) && 1 <= line && line <= endLine && endLine <= lines;

export async function judge(name: string, text: string, otherFormat: (typeof OTHER_FORMATS)[number]): Promise<Verdict> {
  const problems: string[] = [];
  const lines = lineCount(text);
  const started = performance.now();
  let findings = 0;
  for (const format of ['json', otherFormat]) {
    const io = memoryIo({ [name]: text });
    const code = await main(['lint', name, '--format', format, '--fail-on', 'warning'], io, { builtinRules: BUILTIN_RULES });
    if (code !== 0 && code !== 1 && code !== 2) problems.push(`${format}: exit ${code}`);
    if (/internal error|\n\s+at /.test(io.stderrText)) problems.push(`${format}: crash: ${io.stderrText.split('\n').slice(0, 3).join(' | ')}`);
    if (code === 2) {
      if (io.stderrText.trim().split('\n').length !== 1) problems.push(`${format}: exit 2 without one clear line: ${io.stderrText.slice(0, 200)}`);
      continue;
    }
    if (format === 'json') {
      const report = JSON.parse(io.stdoutText) as { findings: { ruleId: string; line: number; endLine: number }[] };
      findings = report.findings.length;
      for (const f of report.findings) if (!inside(lines, f.line, f.endLine)) problems.push(`json: ${f.ruleId} at ${f.line}-${f.endLine} of ${lines} lines`);
    }
    if (format === 'sarif') {
      const sarif = JSON.parse(io.stdoutText) as { runs: { results: { ruleId: string; locations?: { physicalLocation?: { region?: { startLine: number; endLine?: number } } }[] }[] }[] };
      for (const r of sarif.runs[0].results) {
        const region = r.locations?.[0]?.physicalLocation?.region;
        if (region && !inside(lines, region.startLine, region.endLine ?? region.startLine)) problems.push(`sarif: ${r.ruleId} at ${region.startLine}-${region.endLine} of ${lines} lines`);
      }
    }
  }
  return { problems, ms: performance.now() - started, findings };
}
