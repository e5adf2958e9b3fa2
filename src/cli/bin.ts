#!/usr/bin/env node
/**
 * The process entry: builds the real I/O, runs main, and sets the exit code (never exits early).
 * Commands, the rule list and their libraries are imported when a command runs, so start-up
 * (`netlint --version`) costs little more than Node's own.
 */
import module from 'node:module';
import type { Rule } from '../engine/rule.js';
import { main } from './main.js';
import type { Command } from './main.js';
import { newSpaceCapForThisProcess, tuneV8ForThisProcess } from '../io/v8-tuning.js';
import { realIo } from './real-io.js';

// Before any command code runs hot: see v8-tuning.ts. The command is the first argument.
tuneV8ForThisProcess(process.argv.slice(2, 3));

// On Node >= 22.1, V8 keeps the compiled code of the modules a command loads in a cache on disk
// (`<os.tmpdir()>/node-compile-cache`, see Node's "Module compile cache" docs), so later runs skip
// parsing and compiling the command chunks again; `NODE_DISABLE_COMPILE_CACHE=1` turns it off.
// Node 20 has no such API and runs as before.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const io = realIo({ afterEachFile: newSpaceCapForThisProcess(process.argv.slice(2, 3)) });
const builtinRules = async (): Promise<readonly Rule[]> => (await import('../../rules/index.js')).BUILTIN_RULES;
const commands: Record<string, Command> = {
  e2e: async (argv) => {
    const [{ e2eMain }, { makeRealDeps }] = await Promise.all([import('../../e2e/cli.js'), import('../../e2e/real-deps.js')]);
    return e2eMain(argv, makeRealDeps());
  },
  diff: async (argv, cliIo) => {
    const [{ diffCommand }, { cliDiffDeps }] = await Promise.all([import('./diff.js'), import('./diff-deps.js')]);
    return diffCommand(argv, cliIo, cliDiffDeps(cliIo, await builtinRules()));
  },
  reach: async (argv, cliIo) => {
    const [{ reachCommand }, { loadReadableResources }, { loadConfigFile }] = await Promise.all([import('./reach.js'), import('./load-resources.js'), import('./config-file.js')]);
    const { config } = await loadConfigFile(cliIo, undefined);
    return reachCommand(argv, cliIo, async (paths, again) => loadReadableResources(cliIo, paths, config, undefined, again), config.cluster);
  },
};
main(process.argv.slice(2), io, { builtinRules, commands }).then(
  (code) => {
    // Output that could not be written is an error whatever the command found (see realIo).
    process.exitCode = io.stdoutLost ? 2 : code;
  },
  (error: unknown) => {
    process.stderr.write(`netlint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
