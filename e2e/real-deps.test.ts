/**
 * The one runner that starts real programs (real-deps.ts, execa), run here against real
 * processes: node itself stands in for docker, kind and kubectl. Every other e2e test goes
 * through the fake runner, so what the harness believes of a command's result rests on this.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { afterAll, describe, expect, it } from 'vitest';
import { execaRunner } from './real-deps.js';
import type { CommandSpec } from './runner.js';

const run = execaRunner({});
const node = (script: string, extra: Partial<CommandSpec> = {}, ...args: string[]): CommandSpec => ({ file: process.execPath, args: ['-e', script, ...args], timeoutMs: 20_000, ...extra });
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('execaRunner against real processes', () => {
  it('returns the exit code and both streams as printed, final line breaks included', async () => {
    const result = await run(node("process.stdout.write('out\\n'); process.stderr.write('err\\n'); process.exitCode = 3"));
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });

  it('passes each argument as it is: no shell reads it', async () => {
    const arg = 'a;echo b $(whoami) `id` > /tmp/x | c';
    const result = await run(node('console.log(process.argv[1])', {}, arg));
    expect(result.stdout).toBe(`${arg}\n`);
  });

  it('writes the input to stdin, and without input the program reads end of file at once', async () => {
    const echo = "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => console.log(JSON.stringify(s)))";
    expect((await run(node(echo, { input: 'kind: Pod\n' }))).stdout).toBe('"kind: Pod\\n"\n');
    const started = Date.now();
    expect((await run(node(echo, { timeoutMs: 15_000 }))).stdout).toBe('""\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a program past its timeout is killed and reported as timed out', async () => {
    const started = Date.now();
    const result = await run(node('setTimeout(() => {}, 60_000)', { timeoutMs: 300 }));
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a program that cannot start says why: ENOENT when missing, EACCES when not executable', async () => {
    const missing = await run({ file: '/nonexistent/netlint-no-such-tool', args: ['version'], timeoutMs: 5_000 });
    expect(missing).toMatchObject({ exitCode: -1, spawnError: 'ENOENT', timedOut: false });
    const dir = await mkdtemp(path.join(tmpdir(), 'netlint-runner-'));
    dirs.push(dir);
    const file = path.join(dir, 'kind');
    await writeFile(file, '#!/bin/sh\necho never\n');
    await chmod(file, 0o644);
    expect(await run({ file, args: ['version'], timeoutMs: 5_000 })).toMatchObject({ exitCode: -1, spawnError: 'EACCES', stdout: '' });
  });

  it('a cancelled call ends at once and says so (SIGINT or SIGTERM reached the harness)', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = run(node('setTimeout(() => {}, 60_000)', { signal: controller.signal }));
    setTimeout(() => controller.abort('SIGTERM'), 200);
    const result = await pending;
    expect(result.cancelled).toBe(true);
    expect(result.timedOut).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
