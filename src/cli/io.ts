/**
 * Everything a CLI command may touch outside the engine, passed in as one object so that tests
 * give in-memory fakes (buffers, a fixed cwd, a virtual file system) and never mock modules.
 * `bin.ts` builds the real one from `process` and `node:fs`.
 */
export interface CliIo {
  /** Absolute working directory; finding paths are made relative to it. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour in the stylish format only then). */
  isTTY: boolean;
  /** The terminal's width in columns when stdout is one (stylish wraps to it; 80 otherwise). */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads standard input to the end (for `-`). */
  readStdin(): Promise<Uint8Array>;
  fs: CliFs;
  /** Runs a program with an argument array (used for `git` by `netlint diff`); never a shell string. */
  exec(file: string, args: readonly string[], options?: { cwd?: string; timeoutMs?: number }): Promise<ExecResult>;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}

/** The file system as the CLI sees it; paths are absolute. */
export interface CliFs {
  stat(path: string): Promise<FileStat | null>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string): Promise<void>;
  /** Creates a folder and its missing parents (no error when it exists). */
  mkdir(path: string): Promise<void>;
  /** Appends to a file (for output written as a stream); without it, streamed output is gathered and written once. */
  appendFile?(path: string, data: string): Promise<void>;
  mkdtemp(prefix: string): Promise<string>;
  rm(path: string): Promise<void>;
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A known, user-facing error: printed as one line on stderr, exit 2, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
