/** Command-line parsing errors as one clear line, instead of `node:util` parseArgs' raw text. */

/** The error codes `parseArgs` throws (Node's `ERR_PARSE_ARGS_*`). */
export function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * `unknown option --bogus (see 'netlint lint --help')`. Node's messages quote the option in
 * single quotes (`Unknown option '--bogus'. To specify a positional argument…`); the option is
 * taken from there, and the rest of Node's advice is dropped.
 */
export function describeParseError(command: string, error: Error & { code: string }, argv: readonly string[] = []): string {
  const hint = `see 'netlint ${command} --help'`;
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? error.message} for netlint ${command} (${hint})`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted?.replace(/ <value>$/, '').split(', ').pop() ?? '';
      // `--port -1`: Node will not take a value that starts with a dash from the next argument.
      if (/argument is ambiguous/.test(error.message)) {
        const value = argv[argv.indexOf(option) + 1] ?? '-…';
        return `option ${option} needs a value; one that starts with "-" is written ${option}=${value} (${hint})`;
      }
      return /argument missing/.test(error.message)
        ? `option ${option} needs a value (${hint})`
        : `option ${option} takes no value (${hint})`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted ?? ''} for netlint ${command} (${hint})`;
    default:
      return `${error.message} (${hint})`;
  }
}
