/**
 * V8 settings for a process that runs one command and exits (the CLI and the Action).
 *
 * A lint of 10,000 documents runs a few hundred functions hot once; V8's optimizing compiler
 * (TurboFan) then spends about as much CPU on its background threads compiling them as the main
 * thread spends running them, most of it inlining callees into each rule's `check` (measured with
 * `--trace-opt` and `perf` by thread). Without inlining the compiles are small: whole-process CPU of
 * that lint falls by about a fifth on Node 20 and a tenth on Node 24, wall time falls too, and the
 * 100,000-document lint and the 100,000-endpoint reach are as fast as before (README, Performance).
 *
 * Node 20's V8 (11.3) also tiers a function up to TurboFan after a fixed budget of executed
 * bytecode (`--interrupt-budget`, 66 KiB). A rule's `check` runs a few thousand times in such a
 * lint, just enough to be compiled and too few for the compile to pay back; three times the budget
 * compiles only the truly hot code (the parser, the model's loops): whole-process CPU of the
 * 10,000-document lints fell by about a tenth and wall time by a few per cent, the 100,000-document
 * lint stayed within its noise (README, Performance). Node 24's V8 counts invocations instead
 * (`--invocation-count-for-maglev`/`-turbofan`); raising those saved no CPU there, so it keeps them.
 *
 * Both are V8 flags (v8/src/flags/flag-definitions.h) that V8 reads when it compiles or resets a
 * budget, so setting them when the process starts applies to everything netlint runs. An unknown
 * flag would print an error line on stderr, so each is set only on the Node majors it was measured
 * on. `NETLINT_V8_DEFAULTS=1` keeps V8's own defaults (for comparing the two).
 */

import v8 from 'node:v8';

/** The flags set on each Node major they were measured on; other majors keep V8's defaults. */
export const ONE_SHOT_V8_FLAGS: Readonly<Record<number, string>> = {
  20: '--no-turbo-inlining --interrupt-budget=202752',
  21: '--no-turbo-inlining',
  22: '--no-turbo-inlining',
  23: '--no-turbo-inlining',
  24: '--no-turbo-inlining',
};

export interface V8TuningDeps {
  /** `v8.setFlagsFromString`. */
  setFlags(flags: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** `process.versions.node`. */
  nodeVersion: string;
}

/** Sets this Node major's {@link ONE_SHOT_V8_FLAGS} unless opted out or unmeasured; says whether it did. */
export function tuneV8ForOneShotRun(deps: V8TuningDeps): boolean {
  if (deps.env.NETLINT_V8_DEFAULTS === '1') return false;
  const flags = ONE_SHOT_V8_FLAGS[Number.parseInt(deps.nodeVersion, 10)];
  if (flags === undefined) return false;
  deps.setFlags(flags);
  return true;
}

/** {@link tuneV8ForOneShotRun} for this process: the CLI's and the Action's first statement. */
export function tuneV8ForThisProcess(): boolean {
  return tuneV8ForOneShotRun({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node });
}
