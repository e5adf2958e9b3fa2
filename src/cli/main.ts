/**
 * `main(argv, io)` → exit code. Dispatches subcommands; known errors become one line on stderr
 * and exit 2, unknown ones a stack and a request to report it. Only `bin.ts` touches `process`.
 */
import type { Rule } from '../engine/rule.js';
import { RuleCrash } from '../engine/rule-crash.js';
import { VERSION } from '../version.js';
import { HELP } from './help.js';
import { EXIT, UsageError } from './io.js';
import type { CliIo } from './io.js';

export type Command = (argv: string[], io: CliIo) => Promise<number>;

export interface MainDeps {
  /** The built-in rules, or a loader of them (bin.ts: so `--version` never builds the list). */
  builtinRules: readonly Rule[] | (() => Promise<readonly Rule[]>);
  /** Extra subcommands (reach, diff, e2e) wired by bin.ts. */
  commands?: Readonly<Record<string, Command>>;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && (error as unknown as { code: string }).code.startsWith('ERR_PARSE_ARGS');
}

export async function main(argv: string[], io: CliIo, deps: MainDeps): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout(HELP);
      return command === undefined ? EXIT.error : EXIT.ok;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const extra = deps.commands?.[command];
    if (extra) return await extra(rest, io);
    if (command !== 'lint' && command !== 'rules') throw new UsageError(`unknown command "${command}" (try netlint --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    // Imported on use: start-up (and `--version`) pays only for the command it runs.
    const rules = typeof deps.builtinRules === 'function' ? await deps.builtinRules() : deps.builtinRules;
    if (command === 'lint') return await (await import('./lint.js')).lintCommand(rest, io, rules);
    return await (await import('./rules.js')).rulesCommand(rest, io, rules);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`netlint: ${error.message}\n`);
      return EXIT.error;
    }
    const detail = error instanceof RuleCrash && error.cause instanceof Error ? `${error.message}\n${error.cause.stack}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`netlint: internal error: ${detail}\nThis is a bug in netlint; please report it with the input that caused it.\n`);
    return EXIT.error;
  }
}
