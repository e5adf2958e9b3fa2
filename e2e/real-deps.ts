import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import process from 'node:process';
import { execa } from 'execa';
import { realIo } from '../src/cli/real-io.js';
import { collectFiles } from '../src/io/files.js';
import type { E2eDeps } from './deps.js';
import type { Runner } from './runner.js';

/**
 * The only file that touches execa, process and node:fs (downloads run `curl` through the runner). Bound execa options live here:
 * argv arrays (no shell), `reject: false`, a timeout on every call, the whole process tree
 * killed on timeout or cancellation, output captured. `NETLINT_E2E_VERBOSE=1` logs each command.
 */
export function execaRunner(env: Readonly<Record<string, string | undefined>> = process.env): Runner {
  const verbose = env.NETLINT_E2E_VERBOSE === '1' ? 'short' : 'none';
  return async (spec) => {
    const result = await execa(spec.file, [...spec.args], {
      reject: false,
      shell: false,
      timeout: spec.timeoutMs,
      cancelSignal: spec.signal,
      forceKillAfterDelay: 5_000,
      cleanup: true,
      stripFinalNewline: false,
      all: false,
      verbose,
      ...(spec.input === undefined ? { stdin: 'ignore' as const } : { input: spec.input }),
    });
    const code = (result as { code?: string }).code;
    return {
      exitCode: result.exitCode ?? -1,
      stdout: typeof result.stdout === 'string' ? result.stdout : '',
      stderr: typeof result.stderr === 'string' ? result.stderr : '',
      timedOut: result.timedOut === true,
      ...(code === 'ENOENT' || code === 'EACCES' ? { spawnError: code } : {}),
      ...(result.isCanceled ? { cancelled: true } : {}),
    };
  };
}

export function makeRealDeps(): E2eDeps {
  return {
    runner: execaRunner(process.env),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    writeFile: (path, data) => writeFile(path, data),
    // `--manifests` paths are read the way `netlint lint` reads its targets.
    readManifests: async (paths) =>
      (
        await collectFiles(paths, {
          fs: realIo().fs,
          cwd: process.cwd(),
          readStdin: async () => {
            throw new Error('--manifests does not read stdin');
          },
          maxFileBytes: 10 * 1024 * 1024,
        })
      ).files,
    mkdirp: async (path) => {
      await mkdir(path, { recursive: true });
    },
    readFile: async (path) => new Uint8Array(await readFile(path)),
    now: () => Date.now(),
    sleep: (ms) => delay(ms),
    randomId: () => randomBytes(4).toString('hex').slice(0, 6),
    onSignal: (handler) => {
      const onInt = () => handler('SIGINT');
      const onTerm = () => handler('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      return () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      };
    },
    env: process.env,
  };
}
