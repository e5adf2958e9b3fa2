/**
 * Everything a CLI command may touch outside the engine, passed in as one object so that tests
 * give in-memory fakes (buffers, a fixed cwd, a virtual file system) and never mock modules.
 * `bin.ts` builds the real one from `process` and `node:fs`.
 */
export interface CliIo {
  /** Absolute working directory; finding paths are made relative to it. */
  cwd: string;
  stdout(text: string): void;
  /**
   * Writes one chunk of a large streamed output (UTF-8) to stdout; resolves when the next may be
   * written, so that a slow reader (a pipe into jq) holds back the writer instead of the chunks
   * piling up in memory. Resolves to false once stdout takes nothing more (the reader closed the
   * pipe, a write failed): the caller stops producing.
   */
  writeStdout(chunk: Uint8Array): Promise<boolean>;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour in the stylish format only then). */
  isTTY: boolean;
  /** The terminal's width in columns when stdout is one (stylish wraps to it; 80 otherwise). */
  columns?: number;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Reads standard input (for `-`) to the end, or stops after `maxBytes + 1` bytes when a limit
   * is given: more than `maxBytes` bytes back means "too large", and nothing more is read.
   */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
  /**
   * Called after each input file is read and after each is parsed, when set: the process adapts
   * its heap there (bin.ts caps V8's young generation on a lint, see io/v8-tuning.ts). Tests leave it unset.
   */
  afterEachFile?: () => void;
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
  /** Identity of the file behind every path and link to it (device and inode). */
  id?: string;
}

/** A directory entry as listed, without following it: a link's kind is known only by `stat`. */
export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'symlink' | 'other';
}

/** What a byte-capped read found; errors (EACCES, ENOENT, ...) are thrown with their `code`. */
export type CappedRead =
  | { kind: 'file'; id: string; content: Uint8Array }
  /** More than the cap: only the cap was read; `size` is the size on disk. */
  | { kind: 'too-large'; id: string; size: number }
  /** A FIFO, device, socket or directory: never read, so a path cannot block or stream forever. */
  | { kind: 'not-a-file'; what: string };

/** The file system as the CLI sees it; paths are absolute. */
export interface CliFs {
  /** Follows links; null when nothing is there (or it cannot be reached). */
  stat(path: string): Promise<FileStat | null>;
  readdir(path: string): Promise<string[]>;
  /** The entries of a directory with their kinds (no stat per entry); throws when unreadable. */
  list(path: string): Promise<DirEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Reads a regular file of at most `maxBytes` bytes, counting what it reads (a size of 0 from stat is not trusted). */
  readCapped(path: string, maxBytes: number): Promise<CappedRead>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Creates a folder and its missing parents (no error when it exists). */
  mkdir(path: string): Promise<void>;
  /** Appends to a file (for output written as a stream); without it, streamed output is gathered and written once. */
  appendFile?(path: string, data: Uint8Array): Promise<void>;
  mkdtemp(prefix: string): Promise<string>;
  rm(path: string): Promise<void>;
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A known, user-facing error: printed as one line on stderr, exit 2, no stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The usage error for a `--format` a command does not have. A command's terminal format has a
 * different name in lint (`stylish`, as ESLint calls it) than in reach and diff (`text`): asking one
 * for the other's, or for a format in capitals, says which to use.
 */
export function unknownFormat(given: string, formats: readonly string[]): UsageError {
  const terminal = formats.find((f) => f === 'stylish' || f === 'text');
  const hint = formats.includes(given.toLowerCase())
    ? `; formats are lower case: ${given.toLowerCase()}`
    : terminal !== undefined && (given === 'stylish' || given === 'text')
      ? `; this command's terminal format is ${terminal}`
      : '';
  return new UsageError(`--format must be one of ${formats.join(', ')} (got "${given}"${hint})`);
}
