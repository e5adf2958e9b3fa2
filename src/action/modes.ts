/** The Action's three modes, each turned into a report section and a verdict. */
import { lintResult, reportContext } from '../cli/lint.js';
import { UsageError } from '../cli/io.js';
import { reaches, type LintResult } from '../engine/types.js';
import { markdownRenderer, toAnnotations, type Annotation, type ReportContext } from '../report/index.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { DEFAULT_RUN_OPTIONS, manifestsScenario, runProfiles, renderE2eMarkdown } from '../../e2e/cli.js';
import { PreflightError } from '../../e2e/preflight.js';
import { plural, severityCounts } from '../report/text.js';
import type { ActionDeps } from './deps.js';
import type { RunContext } from './event.js';
import { truncateMarkdown, type Section } from './fit.js';
import type { ActionInputs } from './inputs.js';

export interface ModeOutcome {
  section: Section;
  /** Why this mode fails the step (at or above `fail-on`), or null. */
  failure: string | null;
  /** Nothing to report: a clean run does not open a new PR comment. */
  clean: boolean;
}

export interface LintOutcome extends ModeOutcome {
  annotations: Annotation[];
  /** The findings and summary, for the SARIF and results files (rendered a piece at a time as they are written). */
  result: LintResult;
  /** What the SARIF file is rendered with. */
  report: ReportContext;
  counts: { errors: number; warnings: number; findings: number };
}

export async function runLintMode(
  deps: ActionDeps,
  inputs: ActionInputs,
  ctx: RunContext,
  onlyFiles: ReadonlySet<string> | undefined,
): Promise<LintOutcome> {
  const { output, rules } = await lintResult(deps.io, BUILTIN_RULES, { paths: inputs.paths, config: inputs.config, rules: inputs.rules, onlyFiles });
  const report = reportContext(rules, false, { documented: BUILTIN_RULES });
  const { summary } = output;
  const failing = output.findings.filter((f) => reaches(f.severity, inputs.failOn)).length;
  deps.core.info(`netlint: lint checked ${plural(summary.files, 'file')}: ${severityCounts(summary)}`);
  return {
    ...lintOutcome(output, report, ctx),
    failure: failing > 0 ? `${plural(failing, 'finding')} at or above fail-on "${inputs.failOn}"` : null,
    annotations: toAnnotations(output),
    result: output,
    report,
  };
}

/** The report section and counts of a lint result (from this run, or from a results file). */
export function lintOutcome(result: LintResult, report: ReportContext, ctx: RunContext): Omit<LintOutcome, 'annotations' | 'result' | 'report'> {
  const sourceUrl = blobUrl(ctx);
  let render: ReturnType<typeof markdownRenderer> | undefined;
  return {
    section: (maxLength, truncationHint) => (render ??= markdownRenderer(result, report, sourceUrl ? { sourceUrl } : {}))(maxLength, truncationHint),
    failure: null,
    clean: result.findings.length === 0,
    counts: { errors: result.summary.errors, warnings: result.summary.warnings, findings: result.findings.length },
  };
}

export async function runE2eMode(deps: ActionDeps, inputs: ActionInputs, onlyFiles?: ReadonlySet<string>): Promise<ModeOutcome> {
  let report;
  const e2e = deps.e2e();
  // Policy conformance on the PR's own manifests: shadow workloads with their labels, their
  // policies applied, every cell probed and compared with what reach predicts. With
  // changed-only, the manifests the pull request adds or changes.
  let files;
  try {
    files = await e2e.deps.readManifests(inputs.paths);
  } catch (error) {
    throw new UsageError(`e2e: paths: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (onlyFiles !== undefined) files = files.filter((f) => onlyFiles.has(f.path));
  const scenarios = files.length > 0 ? [manifestsScenario(files)] : [];
  if (scenarios.length === 0) deps.core.info(`netlint: e2e: no ${onlyFiles === undefined ? '' : 'changed '}manifests under ${inputs.paths.join(', ')}: the profiles' own checks only`);
  try {
    report = await runProfiles({ ...DEFAULT_RUN_OPTIONS, ...e2e.options, profiles: inputs.profiles, scenarios, ...(inputs.allowUnpinned ? { allowUnpinned: true } : {}) }, e2e.deps);
  } catch (error) {
    if (error instanceof PreflightError) throw new UsageError(`e2e: ${error.message}`);
    throw error;
  }
  const failed = report.profiles.filter((p) => p.status !== 'pass').map((p) => p.profile);
  const incomplete = report.profiles.length < inputs.profiles.length;
  const bad = !report.ok || failed.length > 0 || incomplete;
  return {
    section: (maxLength, hint) => {
      const text = renderE2eMarkdown(report);
      return maxLength === undefined ? text : truncateMarkdown(text, maxLength, hint);
    },
    failure: bad && inputs.failOn !== 'never' ? `e2e failed: ${failed.length > 0 ? failed.join(', ') : 'interrupted'}` : null,
    clean: !bad,
  };
}

/** Links a finding's lines on the commit under test, when the run knows it. */
function blobUrl(ctx: RunContext): ((file: string, line: number, endLine: number) => string) | null {
  if (!ctx.repo || !ctx.sha) return null;
  const base = `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}/blob/${ctx.sha}`;
  return (file, line, endLine) => `${base}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}${endLine > line ? `-L${endLine}` : ''}`;
}
