/**
 * `main(argv, io)` → exit code. Dispatches subcommands; known errors become one line on stderr
 * and exit 2, unknown ones a stack and a request to report it. Only `bin.ts` touches `process`.
 *
 * `netlint` alone prints the overview and exits 0, as `kubectl` and `kube-linter` do with no
 * command: a multi-command tool cannot guess which command was meant, and asking it what it does
 * is not an error. (`netlint lint` with no path lints the current folder, as `eslint` does.)
 */
import type { Rule } from '../engine/rule.js';
import { RuleCrash, RuleFileFault } from '../engine/rule-crash.js';
import { VERSION } from '../version.js';
import { describeParseError, isParseArgsError } from './args.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export interface MainDeps {
  /** The built-in rules, or a loader of them (bin.ts: so `--version` never builds the list). */
  builtinRules: readonly Rule[] | (() => Promise<readonly Rule[]>);
  /** Extra subcommands (reach, diff, e2e) wired by bin.ts. */
  commands?: Readonly<Record<string, Command>>;
}

const HELP_FLAGS = new Set(['--help', '-h']);
const VERSION_FLAGS = new Set(['--version', '-v', '-V', 'version']);

/** `--help` or `-h` among the options (not after `--`, where it would be a path). */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => HELP_FLAGS.has(a));
}

export async function main(argv: string[], io: CliIo, deps: MainDeps): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // The help pages name every e2e profile and scenario: loaded only when asked for.
    const help = () => import('./help.js');
    if (command === undefined || HELP_FLAGS.has(command)) {
      io.stdout((await help()).HELP);
      return EXIT.ok;
    }
    if (command === 'help') {
      const { COMMAND_HELP, HELP } = await help();
      io.stdout(COMMAND_HELP[rest[0]] ?? HELP);
      return EXIT.ok;
    }
    if (VERSION_FLAGS.has(command)) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const extra = deps.commands?.[command];
    if (!extra && command !== 'lint' && command !== 'rules') {
      const what = command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}"`;
      throw new UsageError(`${what} (see 'netlint --help')`);
    }
    if (asksForHelp(rest) && (await help()).COMMAND_HELP[command]) {
      io.stdout((await help()).COMMAND_HELP[command]);
      return EXIT.ok;
    }
    try {
      if (extra) return await extra(rest, io);
      // Imported on use: start-up (and `--version`) pays only for the command it runs.
      const rules = typeof deps.builtinRules === 'function' ? await deps.builtinRules() : deps.builtinRules;
      if (command === 'lint') return await (await import('./lint.js')).lintCommand(rest, io, rules);
      const [{ rulesCommand }, { rulesWithPacks }] = await Promise.all([import('./rules.js'), import('./lint.js')]);
      return await rulesCommand(rest, io, rules, async (packs) => (await rulesWithPacks(io, rules, packs)).rules);
    } catch (error) {
      if (isParseArgsError(error)) throw new UsageError(describeParseError(command, error, rest));
      throw error;
    }
  } catch (error) {
    // A user's rule that cannot be evaluated is a configuration error, not a bug of netlint.
    const fault = error instanceof RuleCrash && error.cause instanceof RuleFileFault ? error.cause : null;
    if (error instanceof UsageError || fault !== null) {
      io.stderr(`netlint: ${(fault ?? (error as Error)).message}\n`);
      return EXIT.error;
    }
    const detail = error instanceof RuleCrash && error.cause instanceof Error ? `${error.message}\n${error.cause.stack}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`netlint: internal error: ${detail}\nThis is a bug in netlint; please report it with the input that caused it.\n`);
    return EXIT.error;
  }
}
