/**
 * An in-memory CliIo for tests: a virtual file system (absolute POSIX paths), captured stdout and
 * stderr, scripted stdin and exec. No module mocking: commands receive it as their `io`.
 */
import path from 'node:path';
import type { CliIo, ExecResult } from '../io.js';

export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
  files: Map<string, Uint8Array>;
  readonly stdoutText: string;
  readonly stderrText: string;
  text(path: string): string;
}

export function memoryIo(
  files: Record<string, string | Uint8Array> = {},
  options: { cwd?: string; stdin?: string | Uint8Array; isTTY?: boolean; columns?: number; env?: Record<string, string>; exec?: (file: string, args: readonly string[]) => ExecResult } = {},
): MemoryIo {
  const cwd = options.cwd ?? '/work';
  const store = new Map<string, Uint8Array>();
  const enc = new TextEncoder();
  for (const [p, content] of Object.entries(files)) store.set(path.resolve(cwd, p), typeof content === 'string' ? enc.encode(content) : content);
  const made = new Set<string>();
  const dirs = () => {
    const set = new Set<string>(['/']);
    for (const p of [...store.keys(), ...[...made].map((d) => path.join(d, '_'))]) for (let d = path.dirname(p); ; d = path.dirname(d)) {
      set.add(d);
      if (d === '/') break;
    }
    return set;
  };
  let tmp = 0;
  const io: MemoryIo = {
    cwd,
    out: [],
    err: [],
    files: store,
    get stdoutText() {
      return this.out.join('');
    },
    get stderrText() {
      return this.err.join('');
    },
    text: (p) => new TextDecoder().decode(store.get(path.resolve(cwd, p)) ?? new Uint8Array()),
    stdout: (t) => void io.out.push(t),
    stderr: (t) => void io.err.push(t),
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    env: options.env ?? {},
    readStdin: async () => (typeof options.stdin === 'string' ? enc.encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    fs: {
      stat: async (p) => {
        const file = store.get(p);
        if (file) return { isFile: true, isDirectory: false, size: file.byteLength };
        return dirs().has(p) ? { isFile: false, isDirectory: true, size: 0 } : null;
      },
      readdir: async (p) => {
        const names = new Set<string>();
        for (const d of [...store.keys(), ...dirs()]) if (d !== p && path.dirname(d) === p) names.add(path.basename(d));
        return [...names].sort();
      },
      readFile: async (p) => {
        const f = store.get(p);
        if (!f) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
        return f;
      },
      writeFile: async (p, data) => {
        if (!dirs().has(path.dirname(p))) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
        store.set(p, enc.encode(data));
      },
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
