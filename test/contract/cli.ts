/**
 * Runs netlint the way a user does: `node dist/cli.js …` as a child process (dist/ must be built:
 * `npm run docs`). Contract tests talk to the product only through this.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../temp-dirs.js';

export const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function netlint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const once = () =>
    spawnSync(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      input: options.input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      timeout: RUN_TIMEOUT_MS,
    });
  let run = once();
  // Once, in a full test run on Node 20, a lint of one small file never ended: asleep in
  // epoll_wait with the chunk it was importing read to its end and every libuv thread idle (the
  // ES module loader's lost wake-up, not netlint's work). Such a run is tried once more; a CLI
  // that hangs twice fails the test, naming the hang.
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') run = once();
  if (run.error) throw new Error(`netlint ${args.join(' ')}: ${(run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `no exit within ${RUN_TIMEOUT_MS / 1000} s, twice` : run.error.message}`);
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** How long one CLI run of a contract test may take before it is taken for a hang (the slowest take a few seconds). */
const RUN_TIMEOUT_MS = 120_000;

/** A fresh folder holding `files` (relative path → text); returns its absolute path. */
export function folderWith(files: Record<string, string | Buffer>): string {
  const root = tempDir('netlint-contract-');
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** Kubernetes objects as one multi-document YAML stream (each document in JSON form, which is YAML). */
export function yamlStream(objects: unknown[]): string {
  return objects.map((o) => JSON.stringify(o, null, 1)).join('\n---\n') + '\n';
}

/** The lines of a stderr besides reach's `netlint: note:` lines (what an answer takes for granted, e.g. pod addresses). */
export function stderrBesidesNotes(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('netlint: note: '));
}

/** stderr has no JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+[(:]\d+/.test(text) || /\b(TypeError|RangeError|ReferenceError|SyntaxError): /.test(text);
}

/** As netlint(), without blocking, so independent runs overlap. */
export function netlintAsync(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
