/** Command-line parsing errors as one clear line, instead of `node:util` parseArgs' raw text. */
import { createRequire } from 'node:module';
import { UsageError } from './io.js';

/**
 * Node's `util.parseArgs`, taken from node:util by name. Written `import { parseArgs } from
 * 'node:util'`, the bundle copies the descriptor of every export of node:util, and reading those
 * loads the modules behind its lazy exports (worker_threads, net, the streams, the diff of
 * util.diff, …): 1.8 ms of a one-file lint's CPU on Node 24.
 */
export const parseArgs: typeof import('node:util').parseArgs = (createRequire(import.meta.url)('node:util') as typeof import('node:util')).parseArgs;

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

/**
 * `--from SEL --to SEL --port P` of `reach` and `diff`, taken as lists so that a repeat is seen: a
 * query has one of each (several would be an OR that the query does not compute), and silently
 * keeping the last would answer another question.
 */
export const QUERY_OPTIONS = {
  from: { type: 'string', multiple: true },
  to: { type: 'string', multiple: true },
  port: { type: 'string', multiple: true },
} as const;

/** The query of parsed `QUERY_OPTIONS`; a repeated option is a usage error. */
export function queryOf(values: { from?: string[]; to?: string[]; port?: string[] }): { from?: string; to?: string; port?: string } {
  const query: { from?: string; to?: string; port?: string } = {};
  for (const key of ['from', 'to', 'port'] as const) {
    const given = values[key] ?? [];
    if (given.length > 1) throw new UsageError(`--${key} given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(', ')}): a query takes one --${key}; run one query per value`);
    if (given.length === 1) query[key] = given[0];
  }
  return query;
}
