import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  realIo
} from "./chunk-5BSOSASY.js";
import {
  require_node_crypto
} from "./chunk-UKZMQPIU.js";
import {
  collectFiles
} from "./chunk-BOHZHQRB.js";
import "./chunk-O2FCVE3I.js";
import {
  execa,
  require_node_process,
  require_promises
} from "./chunk-2MY4XBR3.js";
import "./chunk-ZN22KTQB.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-2TB3XL2O.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KSTQWAIF.js";

// node-builtin:node:fs/promises
var require_promises2 = __commonJS({
  "node-builtin:node:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// e2e/real-deps.ts
var import_promises = __toESM(require_promises2(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_process = __toESM(require_node_process(), 1);
function execaRunner(env = import_node_process.default.env) {
  const verbose = env.NETLINT_E2E_VERBOSE === "1" ? "short" : "none";
  return async (spec) => {
    const result = await execa(spec.file, [...spec.args], {
      reject: false,
      shell: false,
      timeout: spec.timeoutMs,
      cancelSignal: spec.signal,
      forceKillAfterDelay: 5e3,
      cleanup: true,
      stripFinalNewline: false,
      all: false,
      verbose,
      ...spec.input === void 0 ? { stdin: "ignore" } : { input: spec.input }
    });
    const code = result.code;
    return {
      exitCode: result.exitCode ?? -1,
      stdout: typeof result.stdout === "string" ? result.stdout : "",
      stderr: typeof result.stderr === "string" ? result.stderr : "",
      timedOut: result.timedOut === true,
      ...code === "ENOENT" || code === "EACCES" ? { spawnError: code } : {},
      ...result.isCanceled ? { cancelled: true } : {}
    };
  };
}
function makeRealDeps() {
  return {
    runner: execaRunner(import_node_process.default.env),
    stdout: (t) => void import_node_process.default.stdout.write(t),
    stderr: (t) => void import_node_process.default.stderr.write(t),
    writeFile: (path, data) => (0, import_promises.writeFile)(path, data),
    // `--manifests` paths are read the way `netlint lint` reads its targets.
    readManifests: async (paths) => (await collectFiles(paths, {
      fs: realIo().fs,
      cwd: import_node_process.default.cwd(),
      readStdin: async () => {
        throw new Error("--manifests does not read stdin");
      },
      maxFileBytes: 10 * 1024 * 1024
    })).files,
    mkdirp: async (path) => {
      await (0, import_promises.mkdir)(path, { recursive: true });
    },
    readFile: async (path) => new Uint8Array(await (0, import_promises.readFile)(path)),
    now: () => Date.now(),
    sleep: (ms) => (0, import_promises2.setTimeout)(ms),
    randomId: () => (0, import_node_crypto.randomBytes)(4).toString("hex").slice(0, 6),
    onSignal: (handler) => {
      const onInt = () => handler("SIGINT");
      const onTerm = () => handler("SIGTERM");
      import_node_process.default.on("SIGINT", onInt);
      import_node_process.default.on("SIGTERM", onTerm);
      return () => {
        import_node_process.default.off("SIGINT", onInt);
        import_node_process.default.off("SIGTERM", onTerm);
      };
    },
    env: import_node_process.default.env
  };
}
export {
  execaRunner,
  makeRealDeps
};
