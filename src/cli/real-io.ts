/** The real CliIo: node:fs, process streams and execa. Nothing else in the CLI touches them. */
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { CliIo } from './io.js';

export function realIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    fs: {
      stat: async (p) => {
        try {
          const s = await stat(p);
          return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size };
        } catch {
          return null;
        }
      },
      readdir: (p) => readdir(p),
      readFile: async (p) => new Uint8Array(await readFile(p)),
      writeFile: async (p, data) => {
        await writeFile(p, data);
      },
      mkdir: async (p) => {
        await mkdir(p, { recursive: true });
      },
      appendFile: async (p, data) => {
        await appendFile(p, data);
      },
      mkdtemp: (prefix) => mkdtemp(path.join(os.tmpdir(), prefix)),
      rm: (p) => rm(p, { recursive: true, force: true }),
    },
    exec: async (file, args, options) => {
      const r = await execa(file, [...args], { cwd: options?.cwd, timeout: options?.timeoutMs ?? 60_000, reject: false, stdin: 'ignore' });
      return { exitCode: r.exitCode ?? (r.failed ? 127 : 0), stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? r.message ?? '') };
    },
  };
}
