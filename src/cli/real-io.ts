/** The real CliIo: node:fs, process streams and execa. Nothing else in the CLI touches them. */
import { closeSync, constants, fstatSync, openSync, promises as fsp, readSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type { CappedRead, CliIo, DirEntry } from './io.js';

function whatIs(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * One file, read synchronously (for many small files this is several times faster than awaiting
 * fs.promises.readFile one after another) into a buffer sized from fstat, without a copy. Opened
 * non-blocking, so a FIFO cannot stall the open; fstat on the open descriptor decides, so a path
 * swapped between a check and the read cannot slip a special file in. The bytes are counted: a
 * file whose stat size is wrong (0 for /proc files) or that grows stops at the cap.
 */
function readCapped(file: string, maxBytes: number): CappedRead {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'not-a-file', what: whatIs(st) };
    const id = `${st.dev}:${st.ino}`;
    if (st.size > maxBytes) return { kind: 'too-large', id, size: st.size };
    // One byte more than stat promises, so reaching the end needs no second buffer.
    let buf = Buffer.allocUnsafeSlow(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) break;
        const grown = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(grown, 0, 0, n);
        buf = grown;
      }
      const read = readSync(fd, buf, n, buf.length - n, null);
      if (read === 0) break;
      n += read;
    }
    if (n > maxBytes) return { kind: 'too-large', id, size: Math.max(st.size, n) };
    return { kind: 'file', id, content: buf.subarray(0, n) };
  } finally {
    closeSync(fd);
  }
}

function list(dir: string): DirEntry[] {
  return readdirSync(dir, { withFileTypes: true }).map((d) => ({
    name: d.name,
    kind: d.isFile() ? 'file' : d.isDirectory() ? 'directory' : d.isSymbolicLink() ? 'symlink' : 'other',
  }));
}

/** Reads stdin to the end, or stops (and lets go of the stream) after `maxBytes + 1` bytes. */
async function readStdin(maxBytes?: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).byteLength;
    if (maxBytes !== undefined && total > maxBytes) break;
  }
  const all = Buffer.concat(chunks, total);
  return maxBytes !== undefined && total > maxBytes ? all.subarray(0, maxBytes + 1) : all;
}

/** Characters of text written to stdout at once. */
const STDOUT_SLICE = 1 << 20;

/** `text` in slices of at most `size` characters (the whole text when it fits), never splitting a surrogate pair. */
export function* textSlices(text: string, size: number): Generator<string> {
  if (text.length <= size) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff && end - 1 > start) end--;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * The process's I/O. Standard output can stop taking output: `closed` when the reader went away
 * (`netlint lint | head`), not an error of ours, so the command keeps its own exit code (a
 * `set -o pipefail` pipeline must not see findings turn into success); `lost` when a write failed
 * (a full disk, a closed descriptor): said once on stderr, and the process exits 2.
 */
/**
 * Creates `dir` and its missing parents one level at a time, from the deepest that exists. Node
 * 20's `mkdir(…, { recursive: true })` never returns where a parent exists but refuses new
 * entries with ENOENT (e.g. `/proc/nope/x`: it retries the parent forever); here that is the
 * error, and a parent that is a file is ENOTDIR.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = path.resolve(dir); ; ) {
    const found = await fsp.stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return null;
    });
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    await fsp.mkdir(d).catch((error: NodeJS.ErrnoException) => {
      // Made meanwhile by someone else: what was wanted.
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

export function realIo(options: Pick<CliIo, 'afterEachFile'> = {}): CliIo & { readonly stdoutLost: boolean } {
  let stdoutState: 'open' | 'closed' | 'lost' = 'open';
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutState !== 'open') return;
    if (error.code === 'EPIPE') {
      stdoutState = 'closed';
      return;
    }
    stdoutState = 'lost';
    process.stderr.write(`netlint: cannot write to standard output: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
  });
  return {
    get stdoutLost() {
      return stdoutState === 'lost';
    },
    cwd: process.cwd(),
    stdout: (text) => {
      // A large report goes out a slice at a time: its UTF-8 copy is then never made whole beside
      // the report (100,000 findings are 40 MB of text). A slice never ends between the two
      // halves of a surrogate pair.
      for (const slice of textSlices(text, STDOUT_SLICE)) process.stdout.write(slice);
    },
    writeStdout: async (chunk) => {
      if (stdoutState !== 'open') return false;
      // A pipe takes what it can now and queues the rest: wait until it has taken everything (a
      // write error rejects the wait; the listener above has recorded it).
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain').catch(() => undefined);
      return stdoutState === 'open';
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    readStdin,
    ...(options.afterEachFile ? { afterEachFile: options.afterEachFile } : {}),
    fs: {
      stat: async (p) => {
        try {
          const s = statSync(p, { throwIfNoEntry: false });
          return s ? { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, id: `${s.dev}:${s.ino}` } : null;
        } catch {
          return null;
        }
      },
      readdir: (p) => fsp.readdir(p),
      list: async (p) => list(p),
      readFile: (p) => fsp.readFile(p),
      readCapped: async (p, maxBytes) => readCapped(p, maxBytes),
      writeFile: async (p, data) => {
        await fsp.writeFile(p, data);
      },
      mkdir: (p) => makeDirectory(p),
      appendFile: async (p, data) => {
        await fsp.appendFile(p, data);
      },
      mkdtemp: (prefix) => fsp.mkdtemp(path.join(os.tmpdir(), prefix)),
      rm: (p) => fsp.rm(p, { recursive: true, force: true }),
    },
    exec: async (file, args, options) => {
      // Loaded when a command runs one (diff's git): most runs never need execa.
      const { execa } = await import('execa');
      const r = await execa(file, [...args], { cwd: options?.cwd, timeout: options?.timeoutMs ?? 60_000, reject: false, stdin: 'ignore' });
      return { exitCode: r.exitCode ?? (r.failed ? 127 : 0), stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? r.message ?? '') };
    },
  };
}
