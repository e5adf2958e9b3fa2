/**
 * The one runner that starts real programs (real-deps.ts, execa), run here against real
 * processes: node itself stands in for docker, kind and kubectl. Every other e2e test goes
 * through the fake runner, so what the harness believes of a command's result rests on this.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { afterAll, describe, expect, it } from 'vitest';
import { execaRunner, makeRealDeps } from './real-deps.js';
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

describe('the real file and process dependencies', () => {
  const deps = makeRealDeps();
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'netlint-deps-'));
    dirs.push(dir);
    return dir;
  };

  it('--manifests reads a folder as netlint lint walks it: manifests only, hidden folders skipped; an empty folder gives nothing; stdin is refused', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'policy.yaml'), 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: {}}\n');
    await writeFile(path.join(dir, 'notes.md'), '# not a manifest\n');
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git', 'hidden.yaml'), 'kind: Pod\n');
    await mkdir(path.join(dir, 'apps'));
    await writeFile(path.join(dir, 'apps', 'pod.yml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\n');
    const files = await deps.readManifests([dir]);
    expect(files.map((f) => path.basename(f.path)).sort()).toEqual(['pod.yml', 'policy.yaml']);
    expect(files.find((f) => f.path.endsWith('pod.yml'))!.content).toContain('kind: Pod');
    expect(await deps.readManifests([await tempDir()])).toEqual([]);
    await expect(deps.readManifests(['-'])).rejects.toThrow('--manifests does not read stdin');
  });

  it('writes, creates folders and reads back bytes; run ids are six hex digits; signal handlers come off again', async () => {
    const dir = path.join(await tempDir(), 'a', 'b');
    await deps.mkdirp(dir);
    await deps.writeFile(path.join(dir, 'report.json'), '{"ok":true}\n');
    expect(new TextDecoder().decode(await deps.readFile(path.join(dir, 'report.json')))).toBe('{"ok":true}\n');
    expect(deps.randomId()).toMatch(/^[0-9a-f]{6}$/);
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const seen: string[] = [];
    const off = deps.onSignal((s) => seen.push(s));
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual([before[0] + 1, before[1] + 1]);
    process.emit('SIGTERM');
    off();
    expect(seen).toEqual(['SIGTERM']);
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
