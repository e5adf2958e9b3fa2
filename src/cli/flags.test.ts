/** The command line as ESLint and kube-linter users expect it: help, flags, ignores, globs, config discovery. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { e2eMain } from '../../e2e/cli.js';
import { COMMAND_HELP } from './help.js';
import { loadReadableResources } from './load-resources.js';
import { main } from './main.js';
import type { Command } from './main.js';
import { reachCommand } from './reach.js';
import { diffCommand } from './diff.js';
import { memoryIo } from './testing/memory-io.js';
import type { MemoryIo } from './testing/memory-io.js';

const BAD_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec:\n  cidr: 10.0.0.0/16\n  blockSize: 18\n  natOutgoing: true\n';
const GOOD_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p }\nspec:\n  cidr: 10.0.0.0/16\n  natOutgoing: true\n';
/** An info finding (calico/ippool-nat-outgoing-disabled) and nothing else. */
const INFO_POOL = 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: q }\nspec:\n  cidr: 10.1.0.0/16\n  natOutgoing: false\n';

const commands: Record<string, Command> = {
  reach: (argv, io) => reachCommand(argv, io, (paths) => loadReadableResources(io, paths)),
  diff: (argv, io) => diffCommand(argv, io, { load: async () => [] }),
  // Its help is printed by main; running it needs a container runtime, so it is never run here.
  e2e: async () => {
    throw new Error('e2e must not run in this test');
  },
};
const run = (argv: string[], io: MemoryIo = memoryIo()) => main(argv, io, { builtinRules: BUILTIN_RULES, commands }).then((code) => ({ code, io, out: io.stdoutText, err: io.stderrText }));
const json = (out: string) => JSON.parse(out) as { findings: { ruleId: string; file: string; severity: string }[]; summary: Record<string, number> };

describe('help and version', () => {
  it('netlint alone prints the overview and exits 0; -v, -V and --version print the version', async () => {
    const bare = await run([]);
    expect(bare.code).toBe(0);
    expect(bare.out).toContain('Usage:');
    for (const flag of ['-v', '-V', '--version']) {
      const r = await run([flag]);
      expect([r.code, r.out], flag).toEqual([0, expect.stringMatching(/^\d+\.\d+\.\d+.*\n$/)]);
    }
  });

  it.each(['lint', 'reach', 'diff', 'rules', 'e2e'])('netlint %s --help exits 0 with that command\'s own options', async (command) => {
    for (const argv of [[command, '--help'], [command, '-h'], ['help', command], [command, 'x', '--help']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out, argv.join(' ')).toBe(COMMAND_HELP[command]);
      expect(r.err).toBe('');
    }
    expect(COMMAND_HELP[command]).toContain(`netlint ${command}`);
  });

  it('documents reach, diff and lint options that exist', () => {
    for (const opt of ['--from', '--to', '--port', '--explain']) expect(COMMAND_HELP.reach).toContain(opt);
    expect(COMMAND_HELP.diff).toContain('--path');
    for (const opt of ['--quiet', '--max-warnings', '--ignore-pattern', '--print-config', '--stdin-filename', '--fail-if-no-objects']) expect(COMMAND_HELP.lint).toContain(opt);
  });

  it.each(['lint', 'rules', 'reach'])('every option on the %s help page is accepted by the command', async (command) => {
    const options = [...new Set(COMMAND_HELP[command].match(/--[a-z][a-z-]+/g))].filter((o) => o !== '--help');
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) {
      const takesValue = new RegExp(`${option} [A-Z]`).test(COMMAND_HELP[command]);
      const r = await run([command, option, ...(takesValue ? ['x'] : [])], memoryIo({ 'p.yaml': GOOD_POOL }));
      expect(r.err, `${command} ${option}`).not.toMatch(/unknown option/);
    }
  });

  it.each([
    ['lint', 'lint.ts'],
    ['reach', 'reach.ts'],
    ['diff', 'diff.ts'],
    ['rules', 'rules.ts'],
  ])('the %s help page documents every option its parser accepts', (command, file) => {
    const source = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    const parser = source.slice(source.indexOf('parseArgs({'));
    const declared = [...parser.slice(0, parser.indexOf('});')).matchAll(/'?([a-z][a-z-]*)'?: \{ type:/g)].map((m) => m[1]);
    expect(declared.length, file).toBeGreaterThan(1);
    for (const option of declared) expect(COMMAND_HELP[command], `--${option}`).toContain(`--${option}`);
  });

  it('an unknown option is one line naming it and the command\'s help, for every command', async () => {
    for (const command of ['lint', 'reach', 'diff', 'rules']) {
      const r = await run([command, '--bogus']);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`netlint: unknown option --bogus for netlint ${command} (see 'netlint ${command} --help')\n`);
    }
    const e2eErr: string[] = [];
    const e2eDeps = { stdout: () => undefined, stderr: (t: string) => void e2eErr.push(t) } as unknown as Parameters<typeof e2eMain>[1];
    expect(await e2eMain(['--bogus'], e2eDeps)).toBe(2);
    expect(e2eErr.join('')).toBe("netlint: unknown option --bogus for netlint e2e (see 'netlint e2e --help')\n");
    const missing = await run(['lint', '--format']);
    expect(missing.err).toBe("netlint: option --format needs a value (see 'netlint lint --help')\n");
    // A negative number as the next argument is not taken as the value (Node's parseArgs): say how to give it.
    const negative = await run(['reach', '--port', '-1', '.']);
    expect([negative.code, negative.err]).toEqual([2, 'netlint: option --port needs a value; one that starts with "-" is written --port=-1 (see \'netlint reach --help\')\n']);
    const top = await run(['--bogus']);
    expect([top.code, top.err]).toEqual([2, "netlint: unknown option --bogus (see 'netlint --help')\n"]);
  });
});

describe('netlint rules ID', () => {
  it('prints one rule\'s documentation: description, fix, link', async () => {
    const r = await run(['rules', 'calico/ippool-blocksize-range']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('calico/ippool-blocksize-range');
    expect(r.out).toMatch(/^Fix: {8}\S/m);
    expect(r.out).toContain('Docs:       https://github.com/netlint/netlint/blob/main/rules/README.md#calicoippool-blocksize-range');
    const asJson = JSON.parse((await run(['rules', 'calico/ippool-blocksize-range', '--format', 'json'])).out);
    expect(asJson).toMatchObject({ id: 'calico/ippool-blocksize-range', severity: 'error' });
    expect((await run(['rules', 'calico/ippool-blocksize-range', '--format', 'markdown'])).out).toMatch(/^## `calico\/ippool-blocksize-range`\n/);
  });

  it("a pack's name lists its rules, one line each (text) or as the catalogue's JSON", async () => {
    const r = await run(['rules', 'flannel']);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('flannel/')).length).toBeGreaterThan(3);
    expect(lines.find((l) => l.startsWith('flannel/network-pod-cidr'))).toMatch(/^flannel\/network-pod-cidr +(error|warning|info) +\S/);
    expect(lines.at(-1)).toMatch(/^\d+ rules; netlint rules ID documents one$/);
    const asJson = JSON.parse((await run(['rules', 'flannel', '--format', 'json'])).out);
    expect(asJson.rules.every((x: { id: string }) => x.id.startsWith('flannel/'))).toBe(true);
    // A colon after a word or two does not end the line's sentence ("BGPConfiguration communities: …").
    const calico = (await run(['rules', 'calico'])).out.split('\n');
    expect(calico.find((l) => l.startsWith('calico/bgpconfig-communities'))).toMatch(/ BGPConfiguration communities: values are aa:nn \(16-bit parts\) or aa:nn:mm \(32-bit parts\)$/);
  });

  it("documents a team's own pack as lint runs it: --rules folders and the config's rulePacks, linking a rule to its docs URL or naming its file", async () => {
    const rule = (id: string, docs = '') => `id: ${id}\ndescription: Services need a spec. More here.\nseverity: warning\nremediation: Add a spec.\n${docs}match: { kinds: [Service] }\nassert: { required: [spec] }\n`;
    const files = { 'policy/team/spec.yaml': rule('team/spec'), 'policy/team/linked.yaml': rule('team/linked', 'docs: https://wiki.example.com/team/linked\n') };
    const pack = await run(['rules', 'team', '--rules', 'policy'], memoryIo(files));
    expect([pack.code, pack.out]).toEqual([0, 'team/linked  warning  Services need a spec\nteam/spec    warning  Services need a spec\n\n2 rules; netlint rules ID documents one\n']);
    const one = await run(['rules', 'team/spec', '--rules', 'policy'], memoryIo(files));
    expect(one.out).toContain('Fix:        Add a spec.\nSource:     policy/team/spec.yaml\n');
    expect(one.out).not.toContain('Docs:');
    expect((await run(['rules', 'team/linked', '--rules', 'policy'], memoryIo(files))).out).toContain('Docs:       https://wiki.example.com/team/linked\n');
    // The config's rulePacks, found as lint finds it; the catalogue holds the pack's rules beside the built-in ones.
    const configured = memoryIo({ ...files, '.netlint.yaml': 'rulePacks: [policy]\n' });
    const json = JSON.parse((await run(['rules', '--format', 'json'], configured)).out);
    expect(json.rules.filter((r: { id: string }) => r.id.startsWith('team/')).map((r: { id: string }) => r.id)).toEqual(['team/linked', 'team/spec']);
    expect(json.rules.length).toBe(JSON.parse((await run(['rules', '--format', 'json'])).out).rules.length + 2);
    // Without the pack its rules are unknown, as before.
    expect((await run(['rules', 'team/spec'], memoryIo(files))).code).toBe(2);
  });

  it('an unknown id is a usage error that suggests near ids', async () => {
    const r = await run(['rules', 'ippool-blocksize-range']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('netlint: unknown rule "ippool-blocksize-range" (did you mean calico/ippool-blocksize-range?)\n');
  });
});

describe('netlint lint flags', () => {
  const mixed = () => memoryIo({ 'bad.yaml': BAD_POOL, 'info.yaml': INFO_POOL, 'empty.yaml': '' });

  it('--quiet reports errors only; the exit code still follows --fail-on over every finding', async () => {
    const r = await run(['lint', 'bad.yaml', 'info.yaml', 'empty.yaml', '--quiet', '--format', 'json'], mixed());
    expect(json(r.out).findings.map((f) => f.severity)).toEqual(['error']);
    expect(json(r.out).summary).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
    const hidden = await run(['lint', 'info.yaml', 'empty.yaml', '--quiet', '--fail-on', 'warning'], mixed());
    expect(hidden.code).toBe(1);
    expect(hidden.err).toBe('netlint: findings hidden by --quiet reach --fail-on warning\n');
    // Without errors, the terminal report says what it hid, and that those fail the run (no check mark then).
    expect(hidden.out).toMatch(/^✖ No errors shown, but the 1 warning and 1 info hidden by --quiet fail the run \(2 files, 1 resource\)\n/);
    const passing = await run(['lint', 'info.yaml', 'empty.yaml', '--quiet'], mixed());
    expect([passing.code, passing.out]).toEqual([0, expect.stringMatching(/^✔ No errors \(2 files, 1 resource; 1 warning and 1 info hidden by --quiet\)\n/)]);
    expect((await run(['lint', 'ok.yaml', '--quiet'], memoryIo({ 'ok.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: ok}\n' }))).out).toMatch(/^✔ No problems found \(1 file, 1 resource\)\n/);
  });

  it('--max-warnings N exits 1 above N warnings and says so', async () => {
    const io = () => memoryIo({ 'a.yaml': '', 'b.yaml': '' });
    expect((await run(['lint', 'a.yaml', 'b.yaml', '--max-warnings', '2'], io())).code).toBe(0);
    const over = await run(['lint', 'a.yaml', 'b.yaml', '--max-warnings', '1'], io());
    expect(over.code).toBe(1);
    expect(over.err).toBe('netlint: 2 warnings, more than --max-warnings 1\n');
    const bad = await run(['lint', 'a.yaml', '--max-warnings', 'many'], io());
    expect([bad.code, bad.err]).toEqual([2, 'netlint: --max-warnings must be a whole number of 0 or more (got "many")\n']);
  });

  it('--ignore-pattern (repeatable) and .netlintignore skip paths', async () => {
    const files = { 'deploy/a.yaml': BAD_POOL, 'deploy/gen/b.yaml': BAD_POOL, 'vendor/c.yaml': BAD_POOL, 'keep.yaml': GOOD_POOL };
    const flags = await run(['lint', '.', '--format', 'json', '--ignore-pattern', 'vendor/', '--ignore-pattern', 'gen'], memoryIo(files));
    expect(json(flags.out).findings.map((f) => f.file)).toEqual(['deploy/a.yaml']);
    const ignoreFile = '# generated\ngen/\n/vendor\n*.yaml\n!deploy/*.yaml\n!keep.yaml\n';
    const viaFile = await run(['lint', '.', '--format', 'json'], memoryIo({ ...files, '.netlintignore': ignoreFile }));
    expect(json(viaFile.out).findings.map((f) => f.file)).toEqual(['deploy/a.yaml']);
    expect(json(viaFile.out).summary.files).toBe(2);
  });

  it('expands quoted glob patterns, and says so when one matches nothing', async () => {
    const files = { 'deploy/a.yaml': BAD_POOL, 'deploy/x/b.yaml': BAD_POOL, 'deploy/c.json': '{}', 'other/d.yaml': BAD_POOL };
    const r = await run(['lint', 'deploy/**/*.yaml', '--format', 'json'], memoryIo(files));
    expect(json(r.out).findings.map((f) => f.file)).toEqual(['deploy/a.yaml', 'deploy/x/b.yaml']);
    const none = await run(['lint', 'deploy/**/*.yml'], memoryIo(files));
    expect([none.code, none.err]).toEqual([2, 'netlint: deploy/**/*.yml: no file matches this pattern\n']);
  });

  it('enters the hidden folders a glob writes out with their dot, as a shell does, and no others', async () => {
    const files = { 'pol/a/.chainsaw-test/p.yaml': BAD_POOL, 'pol/b/.other/q.yaml': BAD_POOL, 'pol/c/r.yaml': BAD_POOL, 'pol/d/.hidden.yaml': BAD_POOL };
    const named = await run(['lint', 'pol/*/.chainsaw-test/*.yaml', '--format', 'json'], memoryIo(files));
    expect(json(named.out).findings.map((f) => f.file)).toEqual(['pol/a/.chainsaw-test/p.yaml']);
    const dotStar = await run(['lint', 'pol/*/.*', '--format', 'json'], memoryIo(files));
    expect(json(dotStar.out).findings.map((f) => f.file)).toEqual(['pol/a/.chainsaw-test/p.yaml', 'pol/b/.other/q.yaml', 'pol/d/.hidden.yaml']);
    const plain = await run(['lint', 'pol/**/*.yaml', '--format', 'json'], memoryIo(files));
    expect(json(plain.out).findings.map((f) => f.file)).toEqual(['pol/c/r.yaml']);
  });

  it('finds .netlint.yaml in a parent folder up to the repository root, with its ignores rebased', async () => {
    const cfg = 'rules:\n  calico/ippool-blocksize-range: warning\nignore:\n  - apps/web/generated/\n';
    const files = { '/repo/.git/HEAD': 'ref', '/repo/.netlint.yaml': cfg, '/repo/apps/web/p.yaml': BAD_POOL, '/repo/apps/web/generated/q.yaml': BAD_POOL };
    const r = await run(['lint', '.', '--format', 'json'], memoryIo(files, { cwd: '/repo/apps/web' }));
    expect(json(r.out).findings.map((f) => `${f.file} ${f.severity}`)).toEqual(['p.yaml warning']);
    expect(r.code).toBe(0);
    const outside = { '/.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: off\n', '/repo/.git/HEAD': 'ref', '/repo/p.yaml': BAD_POOL };
    expect((await run(['lint', 'p.yaml'], memoryIo(outside, { cwd: '/repo' }))).code).toBe(1);
  });

  it('--print-config prints the configuration in effect and lints nothing', async () => {
    const cfg = 'rules:\n  calico/ippool-blocksize-range: warning\ncluster: { podCIDR: 10.244.0.0/16 }\n';
    const r = await run(['lint', '--print-config', '--disable', 'calico/ippool-nat-outgoing-disabled', '--ignore-pattern', 'x/'], memoryIo({ '.netlint.yaml': cfg, 'p.yaml': BAD_POOL }));
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out);
    expect(printed).toMatchObject({ configFile: '.netlint.yaml', cluster: { podCIDR: '10.244.0.0/16' }, ignorePatterns: ['x/'] });
    expect(printed.rules['calico/ippool-blocksize-range']).toBe('warning');
    expect(printed.rules['calico/ippool-nat-outgoing-disabled']).toBe('off');
    // The engine's own rules are listed too, with what the config makes of them.
    expect(printed.rules['input/unused-suppression']).toBe('warning');
    expect(printed.rules['netpol/expect']).toBe('error');
  });

  it('SARIF and workflow commands name files from the repository root when run in a subfolder; the other formats from the working folder', async () => {
    const files = { '/repo/.git/HEAD': 'ref', '/repo/deploy/p.yaml': BAD_POOL };
    const at = async (format: string) => (await run(['lint', 'p.yaml', '--format', format], memoryIo(files, { cwd: '/repo/deploy' }))).out;
    expect(JSON.parse(await at('sarif')).runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'deploy/p.yaml', uriBaseId: '%SRCROOT%' });
    expect(await at('github')).toMatch(/^::error title=[^,]+,file=deploy\/p\.yaml,line=6,/m);
    expect(JSON.parse(await at('json')).findings[0].file).toBe('p.yaml');
    // Without a repository, from the working folder as before.
    expect(JSON.parse((await run(['lint', 'p.yaml', '--format', 'sarif'], memoryIo({ '/work/p.yaml': BAD_POOL }, { cwd: '/work' }))).out).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('p.yaml');
  });

  it('SARIF and workflow commands name an absolute path inside the repository from its root, so the fingerprint does not hold the checkout location', async () => {
    // codeql-action v4.36.2 src/fingerprints.ts resolveUriToFile takes a relative uri from the
    // checkout and a file: one only below it; the runner (v2.336.0 ActionCommandManager.cs
    // IssueCommandExtension) passes a relative file= on as it is. The same file, named three
    // ways, must give the same location and the same netlint/v1 fingerprint.
    const files = { '/home/runner/work/r/r/.git/HEAD': 'ref', '/home/runner/work/r/r/deploy/p.yaml': BAD_POOL, '/srv/other/q.yaml': BAD_POOL };
    const sarifAt = async (cwd: string, arg: string) => {
      const log = JSON.parse((await run(['lint', arg, '--format', 'sarif'], memoryIo(files, { cwd }))).out);
      const result = log.runs[0].results[0];
      return { location: result.locations[0].physicalLocation.artifactLocation, fingerprint: result.partialFingerprints['netlint/v1'] };
    };
    const fromRoot = await sarifAt('/home/runner/work/r/r', 'deploy/p.yaml');
    expect(fromRoot.location).toEqual({ uri: 'deploy/p.yaml', uriBaseId: '%SRCROOT%' });
    expect(await sarifAt('/home/runner/work/r/r', '/home/runner/work/r/r/deploy/p.yaml')).toEqual(fromRoot);
    expect(await sarifAt('/home/runner/work/r/r/deploy', '/home/runner/work/r/r/deploy/p.yaml')).toEqual(fromRoot);
    const github = (await run(['lint', '/home/runner/work/r/r/deploy/p.yaml', '--format', 'github'], memoryIo(files, { cwd: '/home/runner/work/r/r' }))).out;
    expect(github).toMatch(/^::error .*file=deploy\/p\.yaml,/m);
    // Outside the repository: a file: URI of its own, as before.
    expect((await sarifAt('/home/runner/work/r/r', '/srv/other/q.yaml')).location).toEqual({ uri: 'file:///srv/other/q.yaml' });
    // The other formats keep the path as written.
    const json = JSON.parse((await run(['lint', '/home/runner/work/r/r/deploy/p.yaml', '--format', 'json'], memoryIo(files, { cwd: '/home/runner/work/r/r' }))).out);
    expect(json.findings[0].file).toBe('/home/runner/work/r/r/deploy/p.yaml');
  });

  it('says on stderr when the SARIF report leaves findings out (over the 25,000 results of a code scanning run)', async () => {
    const pools = Array.from({ length: 25_001 }, (_, i) => `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: p${i} }\nspec:\n  cidr: 10.${i >> 8}.${i & 255}.0/24\n  blockSize: 33\n  natOutgoing: true\n`);
    const files = { 'pools.yaml': pools.join('---\n') };
    const sarif = await run(['lint', 'pools.yaml', '--format', 'sarif'], memoryIo(files));
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.out).runs[0].results).toHaveLength(25_000);
    expect(sarif.err).toBe('netlint: the SARIF report holds the 25000 most severe of 25001 findings and leaves 1 out: GitHub code scanning rejects a run with more (--format json lists them all)\n');
    expect((await run(['lint', 'pools.yaml', '--format', 'json'], memoryIo(files))).err).toBe('');
  }, 60_000);

  it('--stdin-filename names the input read from -', async () => {
    const r = await run(['lint', '-', '--stdin-filename', 'charts/out.yaml', '--format', 'sarif'], memoryIo({}, { stdin: BAD_POOL }));
    const sarif = JSON.parse(r.out);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('charts/out.yaml');
  });

  it('- given twice is a usage error: stdin can be read once (the second read was an empty file)', async () => {
    const r = await run(['lint', '-', '-'], memoryIo({}, { stdin: BAD_POOL }));
    expect(r.code).toBe(2);
    expect(r.io.stderrText).toBe('netlint: - (stdin) is given more than once: stdin can be read only once\n');
  });

  it('-o creates missing folders', async () => {
    const r = await run(['lint', 'p.yaml', '-o', 'out/reports/r.json', '--format', 'json'], memoryIo({ 'p.yaml': BAD_POOL }));
    expect(r.code).toBe(1);
    expect(json(r.io.text('out/reports/r.json')).findings).toHaveLength(1);
  });

  it('keeps paths as written: absolute stays absolute, relative is relative to the working folder', async () => {
    const io = () => memoryIo({ '/srv/deploy/p.yaml': BAD_POOL, '/work/q.yaml': BAD_POOL }, { cwd: '/work' });
    const abs = await run(['lint', '/srv/deploy', '/srv/deploy/p.yaml', '--format', 'json'], io());
    expect(json(abs.out).findings.map((f) => f.file)).toEqual(['/srv/deploy/p.yaml']);
    const rel = await run(['lint', './q.yaml', '../srv/deploy', '--format', 'json'], io());
    expect(json(rel.out).findings.map((f) => f.file)).toEqual(['../srv/deploy/p.yaml', 'q.yaml']);
  });
});
