#!/usr/bin/env node
import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  realIo
} from "./chunks/chunk-5BSOSASY.js";
import {
  VERSION
} from "./chunks/chunk-I6ROTKVK.js";
import {
  describeParseError,
  isParseArgsError,
  require_node_module
} from "./chunks/chunk-DHJD67KQ.js";
import {
  EXIT,
  UsageError
} from "./chunks/chunk-O2FCVE3I.js";
import "./chunks/chunk-ZN22KTQB.js";
import "./chunks/chunk-LTHQ6PXO.js";
import {
  RuleCrash,
  RuleFileFault
} from "./chunks/chunk-D6M6637M.js";
import {
  __toESM
} from "./chunks/chunk-KSTQWAIF.js";

// src/cli/bin.ts
var import_node_module = __toESM(require_node_module(), 1);

// src/cli/main.ts
var HELP_FLAGS = /* @__PURE__ */ new Set(["--help", "-h"]);
var VERSION_FLAGS = /* @__PURE__ */ new Set(["--version", "-v", "-V", "version"]);
function asksForHelp(argv) {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.has(a));
}
async function main(argv, io2, deps) {
  const [command, ...rest] = argv;
  try {
    const help = () => import("./chunks/help-AHVTXLTY.js");
    if (command === void 0 || HELP_FLAGS.has(command)) {
      io2.stdout((await help()).HELP);
      return EXIT.ok;
    }
    if (command === "help") {
      const { COMMAND_HELP, HELP } = await help();
      io2.stdout(COMMAND_HELP[rest[0]] ?? HELP);
      return EXIT.ok;
    }
    if (VERSION_FLAGS.has(command)) {
      io2.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const extra = deps.commands?.[command];
    if (!extra && command !== "lint" && command !== "rules") {
      const what = command.startsWith("-") ? `unknown option ${command}` : `unknown command "${command}"`;
      throw new UsageError(`${what} (see 'netlint --help')`);
    }
    if (asksForHelp(rest) && (await help()).COMMAND_HELP[command]) {
      io2.stdout((await help()).COMMAND_HELP[command]);
      return EXIT.ok;
    }
    try {
      if (extra) return await extra(rest, io2);
      const rules = typeof deps.builtinRules === "function" ? await deps.builtinRules() : deps.builtinRules;
      if (command === "lint") return await (await import("./chunks/lint-TK4D7266.js")).lintCommand(rest, io2, rules);
      const [{ rulesCommand }, { rulesWithPacks }] = await Promise.all([import("./chunks/rules-Z7CCQM2B.js"), import("./chunks/lint-TK4D7266.js")]);
      return await rulesCommand(rest, io2, rules, async (packs) => (await rulesWithPacks(io2, rules, packs)).rules);
    } catch (error) {
      if (isParseArgsError(error)) throw new UsageError(describeParseError(command, error, rest));
      throw error;
    }
  } catch (error) {
    const fault = error instanceof RuleCrash && error.cause instanceof RuleFileFault ? error.cause : null;
    if (error instanceof UsageError || fault !== null) {
      io2.stderr(`netlint: ${(fault ?? error).message}
`);
      return EXIT.error;
    }
    const detail = error instanceof RuleCrash && error.cause instanceof Error ? `${error.message}
${error.cause.stack}` : error instanceof Error ? error.stack ?? error.message : String(error);
    io2.stderr(`netlint: internal error: ${detail}
This is a bug in netlint; please report it with the input that caused it.
`);
    return EXIT.error;
  }
}

// src/io/v8-tuning.ts
import v8 from "node:v8";
var ONE_SHOT_V8_FLAGS = {
  20: "--no-turbo-inlining --interrupt-budget=202752",
  21: "--no-turbo-inlining",
  22: "--no-turbo-inlining",
  23: "--no-turbo-inlining",
  24: "--no-turbo-inlining"
};
var LINT_ONLY_V8_FLAGS = {
  24: "--battery-saver-mode --max-maglev-inline-depth=0 --no-maglev-loop-peeling"
};
var LINT_NEW_SPACE_CAP_MIB = {
  24: 16
};
function tuneV8ForOneShotRun(deps) {
  if (deps.env.NETLINT_V8_DEFAULTS === "1") return false;
  const major = Number.parseInt(deps.nodeVersion, 10);
  const lintOnly = deps.commands.length > 0 && deps.commands.every((c) => c === "lint");
  const flags = [ONE_SHOT_V8_FLAGS[major], lintOnly ? LINT_ONLY_V8_FLAGS[major] : void 0].filter((f) => f !== void 0);
  if (flags.length === 0) return false;
  deps.setFlags(flags.join(" "));
  return true;
}
function tuneV8ForThisProcess(commands2) {
  return tuneV8ForOneShotRun({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node, commands: commands2 });
}
function newSpaceCap(deps) {
  if (deps.env.NETLINT_V8_DEFAULTS === "1") return void 0;
  const capMib = LINT_NEW_SPACE_CAP_MIB[Number.parseInt(deps.nodeVersion, 10)];
  const lintOnly = deps.commands.length > 0 && deps.commands.every((c) => c === "lint");
  if (capMib === void 0 || !lintOnly) return void 0;
  const capBytes = capMib * 1024 * 1024;
  let capped = false;
  return () => {
    if (capped || deps.newSpaceBytes() < capBytes) return;
    deps.setFlags("--semi-space-growth-factor=1");
    capped = true;
  };
}
function newSpaceCapForThisProcess(commands2) {
  const newSpaceBytes = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
  return newSpaceCap({ setFlags: v8.setFlagsFromString, env: process.env, nodeVersion: process.versions.node, commands: commands2, newSpaceBytes });
}

// src/cli/bin.ts
tuneV8ForThisProcess(process.argv.slice(2, 3));
import_node_module.default.enableCompileCache?.();
var io = realIo({ afterEachFile: newSpaceCapForThisProcess(process.argv.slice(2, 3)) });
var builtinRules = async () => (await import("./chunks/rules-VKTHM2LN.js")).BUILTIN_RULES;
var commands = {
  e2e: async (argv) => {
    const [{ e2eMain }, { makeRealDeps }] = await Promise.all([import("./chunks/cli-T7PXIEXW.js"), import("./chunks/real-deps-INW6VXW7.js")]);
    return e2eMain(argv, makeRealDeps());
  },
  diff: async (argv, cliIo) => {
    const [{ diffCommand }, { cliDiffDeps }] = await Promise.all([import("./chunks/diff-4IAC57L6.js"), import("./chunks/diff-deps-S52X6BBI.js")]);
    return diffCommand(argv, cliIo, cliDiffDeps(cliIo, await builtinRules()));
  },
  reach: async (argv, cliIo) => {
    const [{ reachCommand }, { loadReadableResources }, { loadConfigFile }] = await Promise.all([import("./chunks/reach-5CJR6GPD.js"), import("./chunks/load-resources-BQ47DZJC.js"), import("./chunks/config-file-MTN7AUU4.js")]);
    const { config } = await loadConfigFile(cliIo, void 0);
    return reachCommand(argv, cliIo, async (paths, again) => loadReadableResources(cliIo, paths, config, void 0, again), config.cluster);
  }
};
main(process.argv.slice(2), io, { builtinRules, commands }).then(
  (code) => {
    process.exitCode = io.stdoutLost ? 2 : code;
  },
  (error) => {
    process.stderr.write(`netlint: internal error: ${error instanceof Error ? error.stack : String(error)}
`);
    process.exitCode = 2;
  }
);
