import { describeParseError, isParseArgsError, parseArgs } from '../src/cli/args.js';
import type { E2eDeps } from './deps.js';
import { DEFAULT_RUN_OPTIONS, runProfiles, type RunOptions } from './harness.js';
import { buildPlan, renderPlanText } from './plan.js';
import { PreflightError } from './preflight.js';
import { isProfileName, PROFILE_NAMES } from './profiles/index.js';
import type { ProfileName } from './profiles/types.js';
import { renderE2eJson, renderE2eJunit, renderE2eMarkdown, renderE2eText } from './report.js';
import type { E2eReport } from './report-types.js';
import { manifestsScenario } from './conformance/run.js';
import { BUILTIN_NAMES, selectSuite, type Scenario } from './conformance/suite.js';
import { PROCEDURE_NAMES, selectProcedures } from './procedures/index.js';
import type { Procedure } from './procedures/types.js';

export type { E2eDeps } from './deps.js';
export { runProfiles, DEFAULT_RUN_OPTIONS, type RunOptions } from './harness.js';
export { renderE2eMarkdown, renderE2eJson, renderE2eJunit, renderE2eText } from './report.js';
export type { E2eReport, ProfileReport, ConformanceResult } from './report-types.js';
/** For the Action: policy conformance on the PR's files, or the built-in suite. */
export { manifestsScenario } from './conformance/run.js';
export { BUILTIN_SUITE, selectSuite, type Scenario } from './conformance/suite.js';

/** `--suite` / `--manifests` without `--profile` run here. */
export const DEFAULT_POLICY_PROFILE: ProfileName = 'calico-ipip';

export const E2E_HELP = `Usage: netlint e2e --profile NAME[,NAME...] [options]

Creates a kind cluster per profile, installs the CNI in that mode, proves the mode from the
nodes' routes, tunnels, MTUs and BGP sessions, runs a ping matrix, reports, deletes the cluster.

Profiles: ${PROFILE_NAMES.join(', ')}, or "all"

Options:
  --profile NAME      repeatable or comma-separated
  --dry-run           print the ordered plan (argv of every command, every generated manifest); runs nothing
  --format FMT        report on stdout: text (default), markdown, json, junit;
                      with --dry-run: text (default) or json
  --report FILE       also write the report to FILE, repeatable (format from the extension: .md, .json, .xml; else --format)
  --keep-cluster      do not delete clusters (for debugging); printed in the report
  --allow-unpinned    run profiles with an artifact that has no pin yet (the report records its sha256)
  --work-dir DIR      kubeconfigs, downloads and exported logs (default ${DEFAULT_RUN_OPTIONS.workDir})
  --artifacts DIR     read the pinned files from a local mirror (DIR/<url without https://>) instead of
                      downloading them; checked against the same sha256 pins
  --suite NAME        policy conformance after the profile's own steps: "builtin" (every scenario) or
                      scenario names, repeatable or comma-separated: ${BUILTIN_NAMES.join(', ')};
                      without --profile it runs on ${DEFAULT_POLICY_PROFILE} (as does --manifests)
  --procedure NAME    one of the Calico guide's procedures on a fresh cluster of its base profile, proven
                      from node evidence and connectivity before and after: "guide" (all) or
                      ${PROCEDURE_NAMES.join(', ')}
  --manifests PATH    policy conformance on your files (repeatable; files or directories): shadow
                      pods (agnhost) stand in for your workloads, your NetworkPolicies and Calico
                      policies are applied unchanged, the real matrix is compared with netlint reach

Exit codes: 0 all profiles pass; 1 a profile failed (evidence or connectivity); 2 usage, preflight or infrastructure error.
`;

type Format = 'text' | 'markdown' | 'json' | 'junit';
const RENDER: Record<Format, (r: E2eReport) => string> = { text: renderE2eText, markdown: renderE2eMarkdown, json: renderE2eJson, junit: renderE2eJunit };

class Usage extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      profile: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      format: { type: 'string' },
      'plan-format': { type: 'string' },
      report: { type: 'string', multiple: true },
      'keep-cluster': { type: 'boolean' },
      'allow-unpinned': { type: 'boolean' },
      'work-dir': { type: 'string' },
      artifacts: { type: 'string' },
      suite: { type: 'string', multiple: true },
      procedure: { type: 'string', multiple: true },
      manifests: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const names = (values.profile ?? []).flatMap((p) => p.split(',')).map((s) => s.trim()).filter(Boolean);
  const expanded = names.includes('all') ? [...PROFILE_NAMES] : names;
  for (const n of expanded) if (!isProfileName(n)) throw new Usage(`unknown profile "${n}" (known: ${PROFILE_NAMES.join(', ')})`);
  const format = values.format ?? values['plan-format'] ?? 'text';
  const dryRun = values['dry-run'] ?? false;
  const allowed = dryRun ? ['text', 'json'] : Object.keys(RENDER);
  if (!allowed.includes(format)) throw new Usage(`--format ${format} is not one of ${allowed.join(', ')}${dryRun ? ' (with --dry-run)' : ''}`);
  const procedureNames = (values.procedure ?? []).flatMap((p) => p.split(',')).map((x) => x.trim()).filter(Boolean);
  let procedures: Procedure[];
  try {
    procedures = selectProcedures(procedureNames);
  } catch (e) {
    throw new Usage(e instanceof Error ? e.message : String(e));
  }
  // Policy conformance alone runs on the profile the PR lane uses.
  const policyOnly = !expanded.length && !procedures.length && !!(values.suite?.length || values.manifests?.length);
  if (policyOnly) expanded.push(DEFAULT_POLICY_PROFILE);
  if (!values.help && !expanded.length && !procedures.length) throw new Usage('--profile (or --procedure, --suite, --manifests) is required');
  const suiteNames = (values.suite ?? []).flatMap((p) => p.split(',')).map((x) => x.trim()).filter(Boolean);
  let suite: Scenario[];
  try {
    suite = suiteNames.length ? selectSuite(suiteNames) : [];
  } catch (e) {
    throw new Usage(e instanceof Error ? e.message : String(e));
  }
  return { values, profiles: [...new Set(expanded)] as ProfileName[], format: format as Format, dryRun, suite, procedures };
}

function reportFormat(file: string, fallback: Format): Format {
  if (file.endsWith('.md')) return 'markdown';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.xml')) return 'junit';
  return fallback;
}

/**
 * `netlint e2e …`: returns the exit code of the CLI contract. `overrides` is for tests and the
 * Action (catalogue, probe retries, deadlines); the CLI passes none.
 */
export async function e2eMain(argv: string[], deps: E2eDeps, overrides: Partial<Omit<RunOptions, 'profiles'>> = {}): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    if (isParseArgsError(e)) {
      deps.stderr(`netlint: ${describeParseError('e2e', e, argv)}\n`);
      return 2;
    }
    deps.stderr(`netlint e2e: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values, profiles, format, dryRun, suite, procedures } = parsed;
  if (values.help) {
    deps.stdout(E2E_HELP);
    return 0;
  }
  const scenarios = [...suite];
  if (values.manifests?.length) {
    try {
      const files = await deps.readManifests(values.manifests);
      if (!files.length) throw new Error(`no manifest files under ${values.manifests.join(', ')}`);
      scenarios.push(manifestsScenario(files));
    } catch (e) {
      deps.stderr(`netlint e2e: --manifests: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const options: RunOptions = {
    ...DEFAULT_RUN_OPTIONS,
    ...overrides,
    profiles,
    keepCluster: values['keep-cluster'] ?? false,
    allowUnpinned: values['allow-unpinned'] ?? false,
    workDir: values['work-dir'] ?? overrides.workDir ?? DEFAULT_RUN_OPTIONS.workDir,
    ...(values.artifacts ? { artifactsDir: values.artifacts } : {}),
    scenarios: [...(overrides.scenarios ?? []), ...scenarios],
    procedures: [...(overrides.procedures ?? []), ...procedures],
  };
  if (dryRun) {
    const plans = [...profiles.map((p) => buildPlan(p, options)), ...options.procedures.map((x) => buildPlan(x.profile, options, x))];
    deps.stdout(format === 'json' ? `${JSON.stringify({ version: 1, plans }, null, 2)}\n` : renderPlanText(plans));
    return 0;
  }
  let report: E2eReport;
  try {
    report = await runProfiles(options, deps);
  } catch (e) {
    if (e instanceof PreflightError) {
      deps.stderr(`netlint e2e: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  deps.stdout(RENDER[format](report));
  for (const file of values.report ?? []) {
    try {
      await deps.writeFile(file, RENDER[reportFormat(file, format)](report));
    } catch (e) {
      deps.stderr(`netlint e2e: cannot write ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  if (report.interrupted || report.profiles.some((p) => p.status === 'error') || report.profiles.length < profiles.length + options.procedures.length) {
    const first = report.profiles.find((p) => p.status === 'error');
    deps.stderr(`netlint e2e: ${first ? `${first.profile}: ${first.reason?.split('\n')[0] ?? 'error'}` : `interrupted by ${report.interrupted?.signal ?? 'a signal'} during ${report.interrupted?.during ?? 'the run'}`}\n`);
    return 2;
  }
  return report.ok ? 0 : 1;
}
