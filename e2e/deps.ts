import type { SourceFile } from '../src/engine/types.js';
import type { Runner } from './runner.js';

/**
 * Everything the harness touches outside itself. `real-deps.ts` builds it from execa, process
 * and node:fs (downloads are `curl` commands through the runner); tests pass a fake runner, a fixed clock and a recorded file system.
 */
export interface E2eDeps {
  runner: Runner;
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  mkdirp(path: string): Promise<void>;
  /** Reads `--manifests` paths (files, or directories walked for .yaml/.yml/.json); rejects with one clear message. */
  readManifests(paths: string[]): Promise<SourceFile[]>;
  /** Reads a downloaded artifact (or one from the `--artifacts` mirror); rejects with a clear message. */
  readFile(path: string): Promise<Uint8Array>;
  /** Milliseconds; only differences are used (step timings, deadlines). */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Lower-case alphanumerics for unique cluster names. */
  randomId(): string;
  /** Subscribes to SIGINT/SIGTERM; returns the unsubscribe function. */
  onSignal(handler: (signal: 'SIGINT' | 'SIGTERM') => void): () => void;
  env: Readonly<Record<string, string | undefined>>;
}
