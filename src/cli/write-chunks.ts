/** Writing a large output to a file a piece at a time: shared by `--output` and the Action's report files. */
import path from 'node:path';
import type { CliFs } from './io.js';

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
