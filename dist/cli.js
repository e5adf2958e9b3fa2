#!/usr/bin/env node
import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  realIo
} from "./chunks/chunk-LEVB2QWH.js";
import {
  E2E_HELP,
  describeParseError,
  isParseArgsError
} from "./chunks/chunk-GA5UZBPU.js";
import "./chunks/chunk-YRJ7BUZ4.js";
import {
  VERSION
} from "./chunks/chunk-I6ROTKVK.js";
import {
  RuleCrash
} from "./chunks/chunk-4V3GVUVD.js";
import "./chunks/chunk-DELKLYUI.js";
import {
  EXIT,
  UsageError
} from "./chunks/chunk-VYFUFD4L.js";
import "./chunks/chunk-5YVOR44Q.js";
import "./chunks/chunk-AUIH2O5L.js";
import "./chunks/chunk-KSTQWAIF.js";

// src/cli/help.ts
var HELP = `netlint — lint, reachability and kind conformance for Kubernetes networking

Usage:
  netlint lint [paths...]           lint manifests (files, folders, globs, - for stdin)
  netlint reach [paths...]          who can talk to whom under NetworkPolicy and Calico policy
  netlint diff BASE HEAD            what a change opened, closed, added or fixed (dirs or git refs)
  netlint e2e --profile NAME...     kind clusters per CNI mode, evidence and ping matrices
  netlint rules [ID]                the rule catalogue, or one rule's documentation

Global options:
  -h, --help              this text; 'netlint <command> --help' for a command's options
  -v, -V, --version       print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage, configuration or I/O error.

Run 'netlint <command> --help' for a command's options.
`;
var LINT_HELP = `Usage: netlint lint [options] [paths...]

Lints manifests. A path is a file, a folder (walked recursively for .yaml, .yml, .json, .conf and
.conflist files; hidden files and folders are skipped unless named), a glob in quotes
('deploy/**/*.yaml': * within a folder name, ** across folders, ? one character), or - for stdin.
No path: the current folder. In a folder walk, files that are not Kubernetes objects
(package.json, Chart.yaml, values.yaml, ...) are counted and skipped; a file named on its own is
reported when it is not one.

Options:
  -f, --format FORMAT        stylish (default), json, sarif, github, markdown, junit
  -o, --output FILE          write the report to FILE (missing folders are created)
      --fail-on LEVEL        exit 1 on findings at or above LEVEL: error (default), warning,
                             info, never
      --max-warnings N       also exit 1 when there are more than N warnings
  -q, --quiet                report errors only (the exit code still counts every finding)
      --fail-if-no-objects   exit 1 when the paths hold no Kubernetes object at all
  -c, --config FILE          configuration (default: the nearest .netlint.yaml from the working
                             folder up to the repository root, the folder holding .git)
      --print-config         print the configuration in effect as JSON and exit
      --rules DIR            extra rule pack (repeatable)
      --disable ID           turn a rule off (repeatable, comma-separated)
      --enable ID            turn a rule on, also one that is off by default
      --ignore-pattern GLOB  skip paths matching GLOB, relative to the working folder
                             (repeatable); .netlintignore in the working folder is read too
      --stdin-filename NAME  the file name reported for input read from -
  -h, --help                 this text

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage, configuration or I/O error.
`;
var REACH_HELP = `Usage: netlint reach [options] [paths...]

Computes from the manifests which workload may talk to which, on which port, under Kubernetes
NetworkPolicy and Calico policy. Paths as for 'netlint lint' (default: the current folder).

Options:
  -f, --format FORMAT   text (default), json, markdown, mermaid, dot
  -o, --output FILE     write the report to FILE (missing folders are created)
      --from SEL        only connections from these endpoints (namespace/name, or a namespace)
      --to SEL          only connections to these endpoints
      --port P          only this port (number or name)
      --explain         name the deciding policy and rule per direction, list denied connections
  -h, --help            this text

Exit codes: 0 report written, 2 usage, configuration or I/O error.
`;
var DIFF_HELP = `Usage: netlint diff [options] BASE HEAD

Compares two versions of the manifests: connections opened and closed (each with the change
that caused it) and findings added and removed. BASE and HEAD are folders or git revisions
(read with git archive into a temporary folder that is always removed).

Options:
  -f, --format FORMAT   text (default), json, markdown
  -o, --output FILE     write the report to FILE (missing folders are created)
      --path PATH       compare only PATH inside each side (repeatable; default: everything)
  -h, --help            this text

Exit codes: 0 report written (a diff is a report, not a gate), 2 usage or I/O error.
`;
var RULES_HELP = `Usage: netlint rules [options] [ID]

Prints the rule catalogue, generated from the rules themselves (rules/README.md is its markdown
output). With a rule id (e.g. calico/ippool-blocksize-range), prints that rule's documentation.

Options:
  -f, --format FORMAT   markdown (default), json; with an ID: text (default), markdown, json
  -o, --output FILE     write to FILE (missing folders are created)
  -h, --help            this text

Exit codes: 0 printed, 2 unknown rule id or usage error.
`;
var COMMAND_HELP = {
  lint: LINT_HELP,
  reach: REACH_HELP,
  diff: DIFF_HELP,
  e2e: E2E_HELP,
  rules: RULES_HELP
};

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
    if (command === void 0 || HELP_FLAGS.has(command)) {
      io2.stdout(HELP);
      return EXIT.ok;
    }
    if (command === "help") {
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
    if (asksForHelp(rest) && COMMAND_HELP[command]) {
      io2.stdout(COMMAND_HELP[command]);
      return EXIT.ok;
    }
    try {
      if (extra) return await extra(rest, io2);
      const rules = typeof deps.builtinRules === "function" ? await deps.builtinRules() : deps.builtinRules;
      if (command === "lint") return await (await import("./chunks/lint-P6AG5WET.js")).lintCommand(rest, io2, rules);
      return await (await import("./chunks/rules-UXUILW7P.js")).rulesCommand(rest, io2, rules);
    } catch (error) {
      if (isParseArgsError(error)) throw new UsageError(describeParseError(command, error));
      throw error;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io2.stderr(`netlint: ${error.message}
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

// src/cli/bin.ts
var io = realIo();
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});
var builtinRules = async () => (await import("./chunks/rules-X2VCQXWY.js")).BUILTIN_RULES;
var commands = {
  e2e: async (argv) => {
    const [{ e2eMain }, { makeRealDeps }] = await Promise.all([import("./chunks/cli-CR7MFXND.js"), import("./chunks/real-deps-KF7AIBUH.js")]);
    return e2eMain(argv, makeRealDeps());
  },
  diff: async (argv, cliIo) => {
    const [{ diffCommand }, { cliDiffDeps }] = await Promise.all([import("./chunks/diff-G2VV6YHF.js"), import("./chunks/diff-deps-FKUQ6NMN.js")]);
    return diffCommand(argv, cliIo, cliDiffDeps(cliIo, await builtinRules()));
  },
  reach: async (argv, cliIo) => {
    const [{ reachCommand }, { loadResources }, { loadConfigFile }] = await Promise.all([import("./chunks/reach-TBHMAK6Z.js"), import("./chunks/load-resources-3IZFVY7G.js"), import("./chunks/config-file-GLZBJ62S.js")]);
    return reachCommand(argv, cliIo, async (paths) => loadResources(cliIo, paths, (await loadConfigFile(cliIo, void 0)).config));
  }
};
main(process.argv.slice(2), io, { builtinRules, commands }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`netlint: internal error: ${error instanceof Error ? error.stack : String(error)}
`);
    process.exitCode = 2;
  }
);
