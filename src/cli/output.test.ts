import { describe, expect, it } from 'vitest';
import { memoryIo } from './testing/memory-io.js';
import { utf8, writeChunks } from './output.js';

const PIECES = ['{"a":', '"😀 ü', '"}\n'];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('writeChunks', () => {
  it('empties the file, then appends each chunk as it is taken, making the folder first', async () => {
    const io = memoryIo({ '/out/old/r.json': 'what a previous run left, longer than the new text' }, { appendFile: true });
    let taken = 0;
    const chunks = (function* () {
      for (const chunk of utf8(PIECES)) {
        // Each chunk is appended before the next is made.
        expect(io.appends).toHaveLength(taken);
        taken++;
        yield chunk;
      }
    })();
    await writeChunks(io.fs, '/out/new/deeper/r.json', chunks);
    expect(io.text('/out/new/deeper/r.json')).toBe(PIECES.join(''));
    expect(io.appends).toEqual(['/out/new/deeper/r.json', '/out/new/deeper/r.json', '/out/new/deeper/r.json']);

    await writeChunks(io.fs, '/out/old/r.json', utf8(['x\n']));
    expect(io.text('/out/old/r.json')).toBe('x\n');
  });

  it('gathers the chunks and writes once on a file system that cannot append', async () => {
    const io = memoryIo();
    const writes: string[] = [];
    const writeFile = io.fs.writeFile;
    io.fs.writeFile = async (p, data) => {
      writes.push(p);
      await writeFile(p, data);
    };
    // The producer may reuse its buffer: what was taken is copied.
    const reused = new Uint8Array(4);
    const chunks = (function* () {
      for (const text of ['abcd', 'efgh']) {
        reused.set(bytes(text));
        yield reused;
      }
    })();
    await writeChunks(io.fs, '/work/a/b.txt', chunks);
    expect(io.text('/work/a/b.txt')).toBe('abcdefgh');
    expect(writes).toEqual(['/work/a/b.txt']);
  });

  it('throws the file system error with its code, and the producer error as it is', async () => {
    const io = memoryIo({ '/work/file': 'x' }, { appendFile: true });
    await expect(writeChunks(io.fs, '/work/file/r.json', utf8(['x']))).rejects.toMatchObject({ code: 'EEXIST' });
    const failing = (function* () {
      yield bytes('x');
      throw new Error('render failed');
    })();
    await expect(writeChunks(io.fs, '/work/r.json', failing)).rejects.toThrow('render failed');
  });
});
