/**
 * An in-memory CliIo for tests: a virtual file system (absolute POSIX paths), captured stdout and
 * stderr, scripted stdin and exec. No module mocking: commands receive it as their `io`.
 */
import path from 'node:path';
import type { CappedRead, CliIo, DirEntry, ExecResult } from '../io.js';

export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
  files: Map<string, Uint8Array>;
  /** The path of each `fs.appendFile` call, in order (with the `appendFile` option). */
  appends: string[];
  readonly stdoutText: string;
  readonly stderrText: string;
  text(path: string): string;
}

export interface MemoryIoOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
  exec?: (file: string, args: readonly string[]) => ExecResult;
  /** Symbolic links: link path → target, a target relative to the link's folder as on disk. */
  symlinks?: Record<string, string>;
  /** Paths that exist but are not regular files (a FIFO, a device). */
  special?: Record<string, 'a FIFO' | 'a character device'>;
  /** Files and folders that exist but cannot be read or listed (EACCES). */
  unreadable?: string[];
  /** Gives `fs.appendFile`, as the real file system has (without it, streamed output is gathered and written once). */
  appendFile?: boolean;
}

const errno = (code: string, p: string) => Object.assign(new Error(`${code}: ${p}`), { code });

export function memoryIo(files: Record<string, string | Uint8Array> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const cwd = options.cwd ?? '/work';
  const store = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  // Streamed stdout arrives in byte chunks that may split a character.
  const stdoutDecoder = new TextDecoder();
  for (const [p, content] of Object.entries(files)) store.set(path.resolve(cwd, p), typeof content === 'string' ? enc.encode(content) : content);
  const made = new Set<string>();
  const links = new Map(Object.entries(options.symlinks ?? {}).map(([link, target]) => [path.resolve(cwd, link), target]));
  const special = new Map(Object.entries(options.special ?? {}).map(([p, what]) => [path.resolve(cwd, p), what]));
  const unreadable = new Set((options.unreadable ?? []).map((p) => path.resolve(cwd, p)));
  const dirs = () => {
    const set = new Set<string>(['/']);
    for (const p of [...store.keys(), ...[...made].map((d) => path.join(d, '_')), ...links.keys(), ...special.keys(), ...unreadable]) for (let d = path.dirname(p); ; d = path.dirname(d)) {
      set.add(d);
      if (d === '/') break;
    }
    for (const p of unreadable) if (!store.has(p)) set.add(p);
    return set;
  };
  /** The path with every link resolved, as realpath does; ELOOP after 40 links. */
  const real = (p: string): string => {
    let hops = 0;
    let done = '/';
    const rest = p.split('/').filter(Boolean);
    while (rest.length > 0) {
      const next = path.join(done, rest.shift()!);
      const target = links.get(next);
      if (target === undefined) {
        done = next;
        continue;
      }
      if (++hops > 40) throw errno('ELOOP', p);
      rest.unshift(...path.resolve(done, target).split('/').filter(Boolean));
      done = '/';
    }
    return done;
  };
  const resolved = (p: string): string | null => {
    try {
      return real(p);
    } catch {
      return null;
    }
  };
  let tmp = 0;
  const io: MemoryIo = {
    cwd,
    out: [],
    err: [],
    files: store,
    appends: [],
    get stdoutText() {
      return this.out.join('');
    },
    get stderrText() {
      return this.err.join('');
    },
    text: (p) => new TextDecoder().decode(store.get(path.resolve(cwd, p)) ?? new Uint8Array()),
    stdout: (t) => void io.out.push(t),
    writeStdout: async (chunk) => (io.out.push(stdoutDecoder.decode(chunk, { stream: true })), true),
    stderr: (t) => void io.err.push(t),
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    env: options.env ?? {},
    readStdin: async (maxBytes) => {
      const bytes = typeof options.stdin === 'string' ? enc.encode(options.stdin) : (options.stdin ?? new Uint8Array());
      return maxBytes !== undefined && bytes.byteLength > maxBytes ? bytes.subarray(0, maxBytes + 1) : bytes;
    },
    fs: {
      stat: async (link) => {
        const p = resolved(link);
        if (p === null) return null;
        const file = store.get(p);
        if (file) return { isFile: true, isDirectory: false, size: file.byteLength, id: p };
        if (special.has(p)) return { isFile: false, isDirectory: false, size: 0, id: p };
        return dirs().has(p) ? { isFile: false, isDirectory: true, size: 0, id: p } : null;
      },
      readdir: async (p) => (await io.fs.list(p)).map((e) => e.name),
      list: async (link) => {
        const p = real(link);
        if (unreadable.has(p)) throw errno('EACCES', p);
        if (!dirs().has(p)) throw errno(store.has(p) ? 'ENOTDIR' : 'ENOENT', p);
        const all = dirs();
        const entries = new Map<string, DirEntry['kind']>();
        for (const d of [...store.keys(), ...all, ...links.keys(), ...special.keys()]) {
          if (d === p || path.dirname(d) !== p) continue;
          entries.set(path.basename(d), links.has(d) ? 'symlink' : store.has(d) ? 'file' : all.has(d) ? 'directory' : 'other');
        }
        return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, kind]) => ({ name, kind }));
      },
      readFile: async (link) => {
        const p = real(link);
        const f = store.get(p);
        if (unreadable.has(p)) throw errno('EACCES', p);
        if (!f) throw errno('ENOENT', p);
        return f;
      },
      readCapped: async (link, maxBytes): Promise<CappedRead> => {
        const p = real(link);
        if (unreadable.has(p)) throw errno('EACCES', p);
        const what = special.get(p);
        if (what) return { kind: 'not-a-file', what };
        const f = store.get(p);
        if (!f) {
          if (dirs().has(p)) return { kind: 'not-a-file', what: 'a directory' };
          throw errno('ENOENT', p);
        }
        return f.byteLength > maxBytes ? { kind: 'too-large', id: p, size: f.byteLength } : { kind: 'file', id: p, content: f };
      },
      writeFile: async (p, data) => {
        if (!dirs().has(path.dirname(p))) throw errno('ENOENT', p);
        store.set(p, typeof data === 'string' ? enc.encode(data) : data.slice());
      },
      ...(options.appendFile
        ? {
            appendFile: async (p: string, data: Uint8Array) => {
              if (!dirs().has(path.dirname(p))) throw errno('ENOENT', p);
              store.set(p, Buffer.concat([store.get(p) ?? new Uint8Array(), data]));
              io.appends.push(p);
            },
          }
        : {}),
      mkdir: async (p) => {
        if (store.has(p)) throw Object.assign(new Error(`EEXIST: ${p}`), { code: 'EEXIST' });
        made.add(p);
      },
      mkdtemp: async (prefix) => {
        const d = `/tmp/${prefix}${++tmp}`;
        store.set(`${d}/.keep`, new Uint8Array());
        return d;
      },
      rm: async (p) => {
        for (const k of [...store.keys()]) if (k === p || k.startsWith(`${p}/`)) store.delete(k);
      },
    },
    exec: async (file, args) => options.exec?.(file, args) ?? { exitCode: 127, stdout: '', stderr: `${file}: not available in tests` },
  };
  return io;
}
