import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  realIo
} from "./chunk-J6QVJCSJ.js";
import {
  collectFiles
} from "./chunk-GEJZGGV4.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import {
  execa
} from "./chunk-PNWYYDKQ.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-RUZUJFI3.js";
import "./chunk-B635NA7X.js";
import "./chunk-KSTQWAIF.js";

// e2e/real-deps.ts
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";
import { randomBytes } from "node:crypto";
import process from "node:process";
function execaRunner(env = process.env) {
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
    runner: execaRunner(process.env),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    writeFile: (path, data) => writeFile(path, data),
    // `--manifests` paths are read the way `netlint lint` reads its targets.
    readManifests: async (paths) => (await collectFiles(paths, {
      fs: realIo().fs,
      cwd: process.cwd(),
      readStdin: async () => {
        throw new Error("--manifests does not read stdin");
      },
      maxFileBytes: 10 * 1024 * 1024
    })).files,
    mkdirp: async (path) => {
      await mkdir(path, { recursive: true });
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    now: () => Date.now(),
    sleep: (ms) => delay(ms),
    randomId: () => randomBytes(4).toString("hex").slice(0, 6),
    onSignal: (handler) => {
      const onInt = () => handler("SIGINT");
      const onTerm = () => handler("SIGTERM");
      process.on("SIGINT", onInt);
      process.on("SIGTERM", onTerm);
      return () => {
        process.off("SIGINT", onInt);
        process.off("SIGTERM", onTerm);
      };
    },
    env: process.env
  };
}
export {
  execaRunner,
  makeRealDeps
};
