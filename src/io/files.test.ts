/**
 * Reading the command-line targets: real files once however many links lead to them, no walk
 * that loops, special files refused, byte caps that count what was read. The in-memory io
 * simulates links, FIFOs and unreadable folders; the real adapter is tried on a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { UsageError } from '../cli/io.js';
import type { CliFs } from '../cli/io.js';
import { main } from '../cli/main.js';
import { realIo } from '../cli/real-io.js';
import { memoryIo } from '../cli/testing/memory-io.js';
import type { MemoryIoOptions } from '../cli/testing/memory-io.js';
import { lint as engineLint } from '../engine/run.js';
import type { SourceFile } from '../engine/types.js';
import { collectFiles } from './files.js';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n';
const noStdin = async () => new Uint8Array();

async function collect(fs: CliFs, cwd: string, targets: string[], maxFileBytes = 1024) {
  const { files, targets: out } = await collectFiles(targets, { fs, cwd, readStdin: noStdin, maxFileBytes });
  return { paths: files.map((f) => f.path), sizes: files.map((f) => f.size), targets: out };
}

async function lint(files: Record<string, string>, options: MemoryIoOptions, args: string[] = ['.']) {
  const io = memoryIo(files, options);
  const code = await main(['lint', ...args, '--format', 'json'], io, { builtinRules: BUILTIN_RULES });
  return { code, stdout: io.stdoutText, stderr: io.stderrText };
}

describe('directory links (in memory)', () => {
  it('a link to its own folder lints each file once', async () => {
    const io = memoryIo({ 'a/x.yaml': SERVICE }, { symlinks: { 'a/self': '.' } });
    expect((await collect(io.fs, io.cwd, ['a'])).paths).toEqual(['a/x.yaml']);
  });

  it('two links to the folder do not multiply the walk', async () => {
    const io = memoryIo({ 'a/x.yaml': SERVICE, 'a/b/y.yaml': SERVICE }, { symlinks: { 'a/s1': '.', 'a/s2': '.', 'a/b/up': '..' } });
    expect((await collect(io.fs, io.cwd, ['.'])).paths).toEqual(['a/b/y.yaml', 'a/x.yaml']);
  });

  it('a file reached by a link and by its path is read once, under the path met first', async () => {
    const io = memoryIo({ 'real/x.yaml': SERVICE }, { symlinks: { 'alias': 'real', 'link.yaml': 'real/x.yaml' } });
    const got = await collect(io.fs, io.cwd, ['.', 'real/x.yaml']);
    expect(got.paths).toEqual(['alias/x.yaml']);
    expect(got.targets.map((t) => [t.path, t.files])).toEqual([['.', ['alias/x.yaml']], ['real/x.yaml', ['alias/x.yaml']]]);
  });

  it('a link loop given by name is one clear line, and a dangling link in a folder is skipped', async () => {
    const io = memoryIo({ 'a/x.yaml': SERVICE }, { symlinks: { 'a/loop.yaml': 'loop.yaml', 'a/gone.yaml': 'nowhere.yaml' } });
    expect((await collect(io.fs, io.cwd, ['a'])).paths).toEqual(['a/x.yaml']);
    await expect(collect(io.fs, io.cwd, ['a/loop.yaml'])).rejects.toThrow(new UsageError('a/loop.yaml: no such file or directory'));
  });
});

describe('paths of the files a walk finds', () => {
  it('are relative to the working directory under a relative target, absolute under an absolute one, wherever the folder is', async () => {
    const files = ['/w/sub/a.yaml', '/w/sub/deep/b/c.yaml', '/w/other/d.yaml', '/w/e.yaml'];
    const io = memoryIo(Object.fromEntries(files.map((f) => [f, SERVICE])), { cwd: '/w/sub' });
    const relative = (f: string) => path.relative('/w/sub', f);
    const cases: [string, string[]][] = [
      ['.', files.slice(0, 2).map(relative)],
      ['..', files.map(relative).sort()],
      ['../other', ['../other/d.yaml']],
      ['deep/', ['deep/b/c.yaml']],
      ['/w/other', ['/w/other/d.yaml']],
      ['/', [...files].sort()],
      ['deep/**/*.yaml', ['deep/b/c.yaml']],
      ['../other/*.yaml', ['../other/d.yaml']],
    ];
    for (const [target, want] of cases) {
      const got = await collect(io.fs, io.cwd, [target]);
      expect(got.paths, target).toEqual(want);
      expect(got.targets[0].files, target).toEqual(want);
    }
  });

  it('are matched against ignore patterns relative to the working directory', async () => {
    const io = memoryIo({ '/w/sub/a.yaml': SERVICE, '/w/other/skip/d.yaml': SERVICE, '/w/other/keep.yaml': SERVICE }, { cwd: '/w/sub' });
    const seen: string[] = [];
    const isIgnored = (p: string) => (seen.push(p), p.startsWith('../other/skip/'));
    const { files } = await collectFiles(['/w/other'], { fs: io.fs, cwd: io.cwd, readStdin: noStdin, maxFileBytes: 1024, isIgnored });
    expect(files.map((f) => f.path)).toEqual(['/w/other/keep.yaml']);
    expect(seen.sort()).toEqual(['../other/keep.yaml', '../other/skip/d.yaml']);
  });
});

describe('special and unreadable files (in memory)', () => {
  it('a FIFO or device named on the command line is refused with one line and exit 2', async () => {
    for (const what of ['a FIFO', 'a character device'] as const) {
      const r = await lint({}, { special: { 'p.yaml': what } }, ['p.yaml']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`netlint: p.yaml: ${what}, not a regular file; pipe it to \`netlint lint -\` to read it as standard input\n`);
    }
  });

  it('a FIFO inside a folder is not read', async () => {
    const io = memoryIo({ 'a/x.yaml': SERVICE }, { special: { 'a/p.yaml': 'a FIFO' } });
    expect((await collect(io.fs, io.cwd, ['a'])).paths).toEqual(['a/x.yaml']);
  });

  it('an unreadable folder inside the walk is one clear line and exit 2, not a stack', async () => {
    const r = await lint({ 'a/x.yaml': SERVICE, 'a/locked/y.yaml': SERVICE }, { unreadable: ['a/locked'] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netlint: a/locked: cannot read the folder: EACCES\n');
  });

  it('an unreadable file is one clear line and exit 2', async () => {
    const r = await lint({ 'a/x.yaml': SERVICE }, { unreadable: ['a/x.yaml'] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('netlint: a/x.yaml: cannot read: EACCES\n');
  });

  it('standard input is read up to the cap and no further: over it is an input/too-large finding', async () => {
    let asked: number | undefined;
    const io = memoryIo({}, { stdin: 'x'.repeat(5000) });
    const readStdin = io.readStdin;
    io.readStdin = async (max) => {
      asked = max;
      return readStdin(max);
    };
    const { files } = await collectFiles(['-'], { fs: io.fs, cwd: io.cwd, readStdin: io.readStdin, maxFileBytes: 1024 });
    expect(asked).toBe(1024);
    expect(files).toEqual([{ path: '<stdin>', content: new Uint8Array(0), size: 1025, sizeUnknown: true }]);
    const cli = memoryIo({ '.netlint.yaml': 'limits: { maxFileBytes: 1024 }\n' }, { stdin: 'x'.repeat(5000) });
    expect(await main(['lint', '-', '--format', 'json'], cli, { builtinRules: BUILTIN_RULES })).toBe(1);
    expect(JSON.parse(cli.stdoutText).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`)).toEqual([
      'input/too-large: the file is more than 1024 bytes (read no further); the limit is 1024 bytes',
    ]);
  });
});

describe('content handed to the engine', () => {
  const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
  const BOM = [0xef, 0xbb, 0xbf];
  const read = async (content: Uint8Array) => (await collectFiles(['m.yaml'], { fs: memoryIo({ 'm.yaml': content }).fs, cwd: memoryIo().cwd, readStdin: noStdin, maxFileBytes: 1024 })).files[0];

  it('is text, without its byte-order mark, when the bytes are valid UTF-8 (the bytes are not kept)', async () => {
    expect(await read(bytes(SERVICE))).toEqual({ path: 'm.yaml', content: SERVICE, size: SERVICE.length });
    expect(await read(bytes(BOM, 'kind: Service # é\n'))).toEqual({ path: 'm.yaml', content: 'kind: Service # é\n', size: 22 });
  });

  it('stays bytes when the engine has something to say about them; either way the engine finds the same', async () => {
    const cases: [string, Uint8Array, 'text' | 'bytes'][] = [
      ['NUL', bytes('kind: Service', [0], '\n'), 'bytes'],
      ['invalid UTF-8', bytes('kind: Service # ', [0xc3, 0x28], '\n'), 'bytes'],
      ['two marks (TextDecoder drops one, the engine the other)', bytes(BOM, BOM, SERVICE), 'text'],
      ['three marks', bytes(BOM, BOM, BOM, SERVICE), 'bytes'],
      ['plain', bytes(SERVICE, 'metadata: {labels: {on: yes}}\n'), 'text'],
    ];
    for (const [what, content, handed] of cases) {
      const file = await read(content);
      expect(typeof file.content === 'string' ? 'text' : 'bytes', what).toBe(handed);
      const findings = (f: SourceFile) => engineLint({ files: [f], rules: BUILTIN_RULES }).findings;
      expect(findings(file), what).toEqual(findings({ path: 'm.yaml', content, size: content.byteLength }));
    }
  });
});

describe('the real file system', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'netlint-files-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'a/x.yaml'), SERVICE);
    writeFileSync(path.join(dir, 'a/b/big.yaml'), 'x'.repeat(4096));
    symlinkSync('.', path.join(dir, 'a/s1'));
    symlinkSync('.', path.join(dir, 'a/s2'));
    symlinkSync('..', path.join(dir, 'a/b/up'));
    symlinkSync('/dev/zero', path.join(dir, 'a/zero.yaml'));
    execFileSync('mkfifo', [path.join(dir, 'a/fifo.yaml')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks links once, skips special files, and reports an oversized file by its size without reading it', async () => {
    const got = await collect(realIo().fs, dir, ['a']);
    expect(got.paths).toEqual(['a/b/big.yaml', 'a/x.yaml']);
    expect(got.sizes).toEqual([4096, SERVICE.length]);
  });

  it.each([['/dev/zero', 'a character device'], ['a/fifo.yaml', 'a FIFO'], ['a/zero.yaml', 'a character device']])('refuses %s named on the command line without blocking', async (target, what) => {
    await expect(collect(realIo().fs, dir, [target])).rejects.toThrow(new UsageError(`${target}: ${what}, not a regular file; pipe it to \`netlint lint -\` to read it as standard input`));
  });

  it('counts the bytes of a file whose stat size is 0', async () => {
    const fs = realIo().fs;
    const read = await fs.readCapped('/proc/self/status', 64);
    expect(read.kind).toBe('too-large');
    const whole = await fs.readCapped('/proc/self/status', 1 << 20);
    expect(whole.kind === 'file' && whole.content.byteLength > 64).toBe(true);
  });
});
