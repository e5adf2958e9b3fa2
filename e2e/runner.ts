/**
 * The one seam between the harness and the outside world's programs (kind, kubectl, docker,
 * curl for pinned downloads, see artifacts.ts). A Runner runs a file with an
 * argument array — never a shell string — with a mandatory timeout, captures output, and
 * resolves for every outcome (execa's `reject: false` style): a non-zero exit, a timeout and a
 * program that cannot start are all results, never exceptions, so cleanup logic stays linear.
 */
export interface CommandSpec {
  file: string;
  args: readonly string[];
  /** Written to the program's stdin (kind configs, manifests for `kubectl create -f -`). */
  input?: string;
  /** Every call has one; the real runner kills the process group when it expires. */
  timeoutMs: number;
  /** Cancels the call (SIGINT/SIGTERM arrived); the cleanup calls never receive it. */
  signal?: AbortSignal;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the program could not start at all (`ENOENT` for a missing binary). */
  spawnError?: string;
  /** The call was cancelled through `signal`. */
  cancelled?: boolean;
}

export type Runner = (spec: CommandSpec) => Promise<CommandResult>;

export const ok = (stdout = '', stderr = ''): CommandResult => ({ exitCode: 0, stdout, stderr, timedOut: false });
export const failed = (exitCode: number, stderr: string, stdout = ''): CommandResult => ({
  exitCode,
  stdout,
  stderr,
  timedOut: false,
});

export const argvOf = (spec: Pick<CommandSpec, 'file' | 'args'>): string[] => [spec.file, ...spec.args];

/** Readable rendering for plans and logs; quoting is for humans, nothing is ever run through a shell. */
export function formatArgv(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./<>{}-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function succeeded(result: CommandResult): boolean {
  return result.exitCode === 0 && !result.timedOut && result.spawnError === undefined && !result.cancelled;
}

/** One line explaining why a command failed, for reports and stderr. */
export function describeFailure(spec: Pick<CommandSpec, 'file' | 'args' | 'timeoutMs'>, result: CommandResult): string {
  const cmd = formatArgv(argvOf(spec));
  if (result.spawnError) return `${cmd}: could not start (${result.spawnError})`;
  if (result.cancelled) return `${cmd}: cancelled`;
  if (result.timedOut) return `${cmd}: timed out after ${Math.round(spec.timeoutMs / 1000)} s`;
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' | ');
  return `${cmd}: exit ${result.exitCode}${detail ? `: ${detail}` : ''}`;
}
