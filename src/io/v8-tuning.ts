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
 * `--turbo-inlining` is a V8 flag (v8/src/flags/flag-definitions.h); V8 reads it each time it
 * compiles, so setting it when the process starts applies to everything netlint runs. An unknown
 * flag would print an error line on stderr, so it is set only on the Node majors it was measured
 * on. `NETLINT_V8_DEFAULTS=1` keeps V8's own defaults (for comparing the two).
 */

import v8 from 'node:v8';

export const ONE_SHOT_V8_FLAGS = '--no-turbo-inlining';

/** The Node majors whose V8 has the flags above and where they were measured to pay. */
const MEASURED_NODE_MAJORS = { from: 20, to: 24 };

export interface V8TuningDeps {
  /** `v8.setFlagsFromString`. */
  setFlags(flags: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** `process.versions.node`. */
  nodeVersion: string;
}

/** Sets {@link ONE_SHOT_V8_FLAGS} unless opted out or on an unmeasured Node; says whether it did. */
export function tuneV8ForOneShotRun(deps: V8TuningDeps): boolean {
  if (deps.env.NETLINT_V8_DEFAULTS === '1') return false;
  const major = Number.parseInt(deps.nodeVersion, 10);
  if (!(major >= MEASURED_NODE_MAJORS.from && major <= MEASURED_NODE_MAJORS.to)) return false;
  deps.setFlags(ONE_SHOT_V8_FLAGS);
  return true;
}

/** {@link tuneV8ForOneShotRun} for this process: the CLI's and the Action's first statement. */
export function tuneV8ForThisProcess(): boolean {
  return tuneV8ForOneShotRun({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node });
}
