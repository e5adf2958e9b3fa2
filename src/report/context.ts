import type { FailOn, RuleMeta } from '../engine/types.js';

/**
 * Everything a lint reporter needs besides the result. Reporters are pure functions of
 * `(result, ctx)`: they read no `process.cwd()`, environment, clock or file, so the adapters
 * (CLI, Action) build this once and tests pass a fixed one.
 *
 * Finding paths arrive relative to the working directory with `/` separators; reporters print
 * them as they are.
 */
export interface ReportContext {
  /** netlint's own version, e.g. `0.1.0` (SARIF `tool.driver.version`). */
  toolVersion: string;
  /**
   * The rules that ran. SARIF lists every one of them as a rule descriptor; other reporters
   * use them for descriptions. A finding whose rule is missing here (e.g. a loader finding such
   * as a parse error) still renders, with its id as description.
   */
  rules: readonly RuleMeta[];
  /** Emit ANSI colour (stylish only). The CLI decides from the TTY and `NO_COLOR`/`FORCE_COLOR`. */
  color: boolean;
  /** Documentation URL of a rule (SARIF `helpUri`, markdown rule links); null for a rule netlint does not document (a user's rule pack). */
  docsUrl: (ruleId: string) => string | null;
  /** The run's `--fail-on`: JUnit fails only the cases that reach it (default `error`). */
  failOn?: FailOn;
  /** Findings `--quiet` left out of the result (stylish says so instead of "No problems found"). */
  /** `fails`: the hidden findings fail the run (--fail-on warning, --max-warnings), so no check mark is shown. */
  hiddenByQuiet?: { warnings: number; infos: number; fails?: boolean };
  /** Terminal width the stylish report wraps to (default 80). */
  columns?: number;
  /** Project home page (SARIF `tool.driver.informationUri`); omitted from SARIF when absent. */
  informationUri?: string;
}
