/**
 * V8 settings for a process that runs one command and exits (the CLI and the Action).
 *
 * A lint of 10,000 documents runs a few hundred functions hot once; V8's optimizing compiler
 * (TurboFan) then spends about as much CPU on its background threads compiling them as the main
 * thread spends running them, most of it inlining callees into each rule's `check` (measured with
 * `--trace-opt` and `perf` by thread). Without inlining the compiles are small: whole-process CPU of
 * that lint falls by about a fifth on Node 20 and a tenth on Node 24, wall time falls too, and the
 * 100,000-document lint and the 100,000-endpoint reach are as fast as before (bench/HISTORY.md).
 *
 * Node 20's V8 (11.3) also tiers a function up to TurboFan after a fixed budget of executed
 * bytecode (`--interrupt-budget`, 66 KiB). A rule's `check` runs a few thousand times in such a
 * lint, just enough to be compiled and too few for the compile to pay back; three times the budget
 * compiles only the truly hot code (the parser, the model's loops): whole-process CPU of the
 * 10,000-document lints fell by about a tenth and wall time by a few per cent, the 100,000-document
 * lint stayed within its noise (bench/HISTORY.md). Node 24's V8 counts invocations instead
 * (`--invocation-count-for-maglev`/`-turbofan`); raising those saved no CPU there, so it keeps them.
 *
 * A lint on Node 24 also runs in V8's battery-saver mode (`--battery-saver-mode`): V8's tiering
 * manager then never tiers a function up to TurboFan and never OSRs out of Maglev
 * (v8/src/execution/tiering-manager.cc, ShouldOptimize and MaybeOptimizeFrame), and the heap
 * optimizes for battery (Heap::ShouldOptimizeForBattery: fewer parallel GC tasks). A lint's hot
 * code is a few hundred rule functions each run a few thousand times, which Maglev compiles well
 * enough; TurboFan's compiles were about a sixth of the process's CPU and never paid back. Whole-
 * process CPU of the 10,000-document lints fell by about a fifth, wall time by a tenth
 * (bench/HISTORY.md). `reach` and `diff` keep TurboFan: the 100,000-endpoint reach runs its evaluator
 * long enough to gain from it (about a sixth more CPU without).
 *
 * Maglev, which then compiles the hot code, inlines one level of calls only
 * (`--max-maglev-inline-depth=0`): the function it compiles still takes in the callees it inlines
 * (up to 460 bytes of bytecode each), and those inline only tiny functions of their own
 * (maglev-graph-builder's depth check counts from the function compiled; the default 1 goes one
 * level further). As with TurboFan, the bigger compiles cost more than they saved (with the
 * new-space cap below, perf stat in turns on Node 24.21): the clean 10,000-document lint took 531
 * against 546-582 ms of CPU, the findings-heavy one 2.6 % less, the 100,000-document ones 0.3 %
 * more (clean) and 1.5 % less (findings-heavy), a lint of examples/ and the official manifests 1 %
 * more. No Maglev inlining at all saved more at
 * 10,000 documents (512 ms) but cost 2 % at 100,000 and 5 % on the small lint.
 *
 * Maglev also compiles a loop without peeling its first iteration off (`--no-maglev-loop-peeling`;
 * peeling copies the loop's body so the copy can specialise on what the first pass learns,
 * maglev-graph-builder's PeelLoop): the compiles are smaller and a lint's loops run a few
 * iterations each. Measured in turns with `perf stat` on Node 24.21 (median task-clock): the clean
 * 10,000-document lint 621 → 597 ms, the findings-heavy one 897 → 872 ms, the 100,000-document
 * ones 3,201 → 3,149 and 5,474 → 5,332 ms, a lint of examples/ and the official manifests 262 →
 * 258 ms. (`--no-maglev-osr` as well saved more on the findings-heavy 10,000 but cost 3.5 % on the
 * clean 100,000.)
 *
 * A lint on Node 24 also keeps V8's young generation (new space: two semi-spaces) at 16 MiB. V8
 * sizes its limit from the old generation's (Heap::YoungGenerationSizeFromOldGenerationSize, capped
 * by --scavenger-max-new-space-capacity-mb, doubled in a build without pointer compression, which
 * Node is): on a machine with a few GiB the new space grows to 128 MiB while the files are read and
 * parsed, since every document stays alive. Each scavenge then works through memory no cache holds
 * and every new page is a fault. With 16 MiB (`--max-semi-space-size=8` on the command line) the
 * clean 10,000-document lint took 13 % less CPU, the findings-heavy one 7 %, the clean 100,000-
 * document one 8 % (whole process, runs in turns; the main thread's scavenge time stayed the
 * same: the saving is the kernel's and the caches'). Node 20's limit is 32 MiB already and gained
 * nothing. The limit itself cannot be changed once the heap exists, but the growth factor is read
 * at each growth (`--semi-space-growth-factor`, NewSpace::Grow): the CLI polls the new space's
 * size after each file read and parsed (v8.getHeapSpaceStatistics, a few microseconds) and sets the
 * factor to 1 once it has reached the cap, so it grows no further. So it holds for an input of many
 * files (a repository); one large file or standard input (`kustomize build | netlint lint -`) grows
 * the new space while it is parsed, before the first checkpoint, as without the cap.
 *
 * All are V8 flags (v8/src/flags/flag-definitions.h) that V8 reads when it compiles, tiers up or
 * resets a budget, so setting them when the process starts applies to everything netlint runs. An
 * unknown flag would print an error line on stderr, so each is set only on the Node majors it was
 * measured on. `NETLINT_V8_DEFAULTS=1` keeps V8's own defaults (for comparing the two).
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

/** Flags for a process that only lints, on each Node major they were measured on (added to {@link ONE_SHOT_V8_FLAGS}). */
export const LINT_ONLY_V8_FLAGS: Readonly<Record<number, string>> = {
  24: '--battery-saver-mode --max-maglev-inline-depth=0 --no-maglev-loop-peeling',
};

/**
 * On each Node major it was measured on, the size (MiB) of V8's new space (both semi-spaces, as
 * `v8.getHeapSpaceStatistics()` reports `new_space`) past which a lint-only process stops it growing.
 */
export const LINT_NEW_SPACE_CAP_MIB: Readonly<Record<number, number>> = {
  24: 16,
};

export interface V8TuningDeps {
  /** `v8.setFlagsFromString`. */
  setFlags(flags: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** `process.versions.node`. */
  nodeVersion: string;
  /** What the process will run: the CLI's command, or the Action's modes. */
  commands: readonly string[];
}

/** Sets this Node major's {@link ONE_SHOT_V8_FLAGS} (and {@link LINT_ONLY_V8_FLAGS} for a lint) unless opted out or unmeasured; says whether it did. */
export function tuneV8ForOneShotRun(deps: V8TuningDeps): boolean {
  if (deps.env.NETLINT_V8_DEFAULTS === '1') return false;
  const major = Number.parseInt(deps.nodeVersion, 10);
  const lintOnly = deps.commands.length > 0 && deps.commands.every((c) => c === 'lint');
  const flags = [ONE_SHOT_V8_FLAGS[major], lintOnly ? LINT_ONLY_V8_FLAGS[major] : undefined].filter((f) => f !== undefined);
  if (flags.length === 0) return false;
  deps.setFlags(flags.join(' '));
  return true;
}

/** {@link tuneV8ForOneShotRun} for this process, which will run `commands`: the CLI's and the Action's first statement. */
export function tuneV8ForThisProcess(commands: readonly string[]): boolean {
  return tuneV8ForOneShotRun({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node, commands });
}

export interface NewSpaceCapDeps extends V8TuningDeps {
  /** The new space's size in bytes now (`new_space` of `v8.getHeapSpaceStatistics()`). */
  newSpaceBytes(): number;
}

/**
 * For a lint-only process on a Node major with a {@link LINT_NEW_SPACE_CAP_MIB}: a checkpoint to call
 * after each file is read and parsed, which stops the new space growing once it has reached the
 * cap (the growth factor set to 1) and does nothing after that. Otherwise undefined (and nothing set).
 */
export function newSpaceCap(deps: NewSpaceCapDeps): (() => void) | undefined {
  if (deps.env.NETLINT_V8_DEFAULTS === '1') return undefined;
  const capMib = LINT_NEW_SPACE_CAP_MIB[Number.parseInt(deps.nodeVersion, 10)];
  const lintOnly = deps.commands.length > 0 && deps.commands.every((c) => c === 'lint');
  if (capMib === undefined || !lintOnly) return undefined;
  const capBytes = capMib * 1024 * 1024;
  let capped = false;
  return () => {
    if (capped || deps.newSpaceBytes() < capBytes) return;
    deps.setFlags('--semi-space-growth-factor=1');
    capped = true;
  };
}

/** {@link newSpaceCap} for this process, which will run `commands`. */
export function newSpaceCapForThisProcess(commands: readonly string[]): (() => void) | undefined {
  const newSpaceBytes = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  return newSpaceCap({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node, commands, newSpaceBytes });
}
