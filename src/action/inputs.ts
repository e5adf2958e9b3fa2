import { FAIL_ON_VALUES } from '../cli/lint.js';
import type { FailOn } from '../engine/types.js';
import { PROFILE_NAMES, isProfileName } from '../../e2e/profiles/index.js';
import type { ProfileName } from '../../e2e/profiles/types.js';

/** What the Action can do in one step; several at once with `mode: lint,reach`. */
export const MODES = ['lint', 'reach', 'e2e'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  /** In the order of `MODES`, whatever order the user wrote them in, without repeats. */
  modes: Mode[];
  paths: string[];
  config: string | undefined;
  rules: string[];
  failOn: FailOn;
  comment: boolean;
  sarifFile: string;
  token: string;
  changedOnly: boolean;
  profiles: ProfileName[];
  /** e2e: run profiles whose manifests or images have no pinned checksum or digest yet. */
  allowUnpinned: boolean;
  /** A results file from a first-stage run to post as the PR comment (fork workflow, second stage). */
  resultsFile: string | undefined;
  /** The repository's checkout folder, relative to the workspace, when it is not the workspace itself. */
  workingDirectory: string | undefined;
}

/** All the problems with the inputs at once, as one failure message. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Splits a list input written with commas, newlines or both (a YAML block scalar). */
export function listInput(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

// YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Reads and validates every input before any work starts. Defaults match `action.yml`, so a
 * step that omits an input and a local run without `INPUT_*` variables behave the same.
 */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = getInput(name) || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = getInput(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  };

  const modeItems = listInput(getInput('mode') || 'lint');
  for (const m of modeItems) {
    if (!(MODES as readonly string[]).includes(m)) problems.push(`mode must be one or more of ${MODES.join(', ')} (got "${m}")`);
  }
  const modes = MODES.filter((m) => modeItems.includes(m));
  if (modeItems.length === 0) problems.push(`mode must be one or more of ${MODES.join(', ')}`);

  const profileItems = listInput(getInput('profiles'));
  const expanded = profileItems.includes('all') ? [...PROFILE_NAMES] : profileItems;
  for (const p of expanded) {
    if (!isProfileName(p)) problems.push(`profiles: unknown profile "${p}" (known: ${PROFILE_NAMES.join(', ')}, all)`);
  }
  const profiles = [...new Set(expanded.filter(isProfileName))];
  if (modes.includes('e2e') && expanded.length === 0) problems.push('profiles is required with mode e2e');
  if (!modes.includes('e2e') && expanded.length > 0) problems.push('profiles only applies to mode e2e');

  const inputs: ActionInputs = {
    modes,
    paths: listInput(getInput('paths') || '.'),
    config: getInput('config') || undefined,
    rules: listInput(getInput('rules')),
    failOn: oneOf('fail-on', FAIL_ON_VALUES, 'error'),
    comment: flag('comment', true),
    sarifFile: getInput('sarif-file') || 'netlint.sarif',
    token: getInput('github-token'),
    changedOnly: flag('changed-only', false),
    profiles,
    allowUnpinned: flag('allow-unpinned', false),
    resultsFile: getInput('results-file') || undefined,
    workingDirectory: getInput('working-directory') || undefined,
  };
  if (inputs.resultsFile !== undefined && !inputs.comment) problems.push('results-file posts a PR comment: it cannot be used with comment: false');
  if (problems.length > 0) throw new InputError(`invalid input: ${problems.join('; ')}`);
  return inputs;
}
