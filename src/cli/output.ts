/**
 * Where a command's report goes: stdout or `--output FILE`, as one text or, for the reports that
 * grow with the input, a piece at a time (also how the Action writes its report files).
 */
import path from 'node:path';
import { UsageError } from './io.js';
import type { CliFs, CliIo } from './io.js';

/** Writes a report to `--output` (creating missing folders) or stdout. */
export async function emit(io: CliIo, text: string, output: string | undefined): Promise<void> {
  if (!output) return io.stdout(text);
  const file = path.resolve(io.cwd, output);
  await toOutput(output, async () => {
    await io.fs.mkdir(path.dirname(file));
    await io.fs.writeFile(file, text);
  });
}

/** Writes chunks as they come: to stdout (stopping when it takes no more), or to `output` (see writeChunks). */
export async function emitStream(io: CliIo, chunks: Iterable<Uint8Array>, output: string | undefined): Promise<void> {
  if (output === undefined) {
    for (const chunk of chunks) if (!(await io.writeStdout(chunk))) return;
    return;
  }
  await toOutput(output, () => writeChunks(io.fs, path.resolve(io.cwd, output), chunks));
}

/** A failed write to `--output` is a usage error naming the option and the system's code. */
async function toOutput(output: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Writes `chunks` to `file` (absolute) as they come: its folder made, the file emptied, then each
 * chunk appended. A file system without `appendFile` gets the chunks gathered and written once.
 * Errors are thrown as they come (with their `code`), and so are those of the chunks' producer.
 */
export async function writeChunks(fs: CliFs, file: string, chunks: Iterable<Uint8Array>): Promise<void> {
  const append = fs.appendFile;
  await fs.mkdir(path.dirname(file));
  if (append === undefined) {
    const all: Uint8Array[] = [];
    for (const chunk of chunks) all.push(chunk.slice());
    return fs.writeFile(file, Buffer.concat(all));
  }
  await fs.writeFile(file, '');
  for (const chunk of chunks) await append.call(fs, file, chunk);
}

/** Text pieces as UTF-8 (a piece must not end inside a surrogate pair: the reporters' pieces end between items). */
export function* utf8(pieces: Iterable<string>): Generator<Uint8Array> {
  for (const piece of pieces) yield Buffer.from(piece, 'utf8');
}

/**
 * A report's notes (what `reach` or `diff` assumes or leaves out) on stderr, unless the report
 * goes to stdout in a format a person reads there (text, markdown): every format carries them, so
 * only a report written to a file or read by a program needs them repeated.
 */
export function noteOnStderr(io: CliIo, notes: readonly string[], format: string, output: string | undefined): void {
  if (output === undefined && (format === 'text' || format === 'markdown')) return;
  for (const note of notes) io.stderr(`netlint: note: ${note}\n`);
}
