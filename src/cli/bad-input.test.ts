/**
 * Every kind of bad input, through the CLI: the finding it becomes (rule id and position), or the
 * one-line error, and the exit code. Nothing crashes and nothing passes silently.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { loadReadableResources } from './load-resources.js';
import { main } from './main.js';
import type { Command } from './main.js';
import { reachCommand } from './reach.js';
import { memoryIo } from './testing/memory-io.js';

const bomb = (() => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
})();

const CASES: { name: string; files: Record<string, string | Uint8Array>; args?: string[]; code: number; findings: string[] }[] = [
  { name: 'invalid YAML', files: { 'm.yaml': 'apiVersion: v1\nkind: [Namespace\n' }, code: 1, findings: ['input/yaml-syntax m.yaml:2:17'] },
  { name: 'duplicate key (a warning: kubectl keeps the later value; exit 0 by default)', files: { 'm.yaml': 'apiVersion: v1\nkind: Namespace\nkind: Namespace\nmetadata: {name: a}\n' }, code: 0, findings: ['input/duplicate-key m.yaml:3:1'] },
  { name: 'binary file', files: { 'm.yaml': new Uint8Array([1, 2, 0, 4]) }, code: 1, findings: ['input/binary-file m.yaml:1:3'] },
  { name: 'non-UTF-8 file (a warning: kubectl reads the byte as U+FFFD)', files: { 'm.yaml': new Uint8Array([0x6b, 0x3a, 0x20, 0xff, 0x0a]) }, code: 0, findings: ['input/not-kubernetes m.yaml:1:1', 'input/not-utf8 m.yaml:1:4'] },
  { name: 'empty file (a warning: exit 0 by default)', files: { 'm.yaml': '' }, code: 0, findings: ['input/empty-file m.yaml:1:1'] },
  { name: 'empty file with --fail-on warning', files: { 'm.yaml': '\n' }, args: ['--fail-on', 'warning'], code: 1, findings: ['input/empty-file m.yaml:1:1'] },
  { name: 'file over the size limit', files: { 'm.yaml': 'x'.repeat(2048), '.netlint.yaml': 'limits: { maxFileBytes: 1024 }\n' }, code: 1, findings: ['input/too-large m.yaml:1:1'] },
  { name: 'alias bomb', files: { 'm.yaml': bomb, '.netlint.yaml': '' }, code: 1, findings: ['input/alias-limit m.yaml:1:1'] },
  { name: 'not a Kubernetes object', files: { 'm.yaml': 'replicaCount: 2\n' }, args: ['--fail-on', 'warning'], code: 1, findings: ['input/not-kubernetes m.yaml:1:1'] },
  { name: 'duplicate key, its rule off in the config', files: { 'm.yaml': 'apiVersion: v1\nkind: Namespace\nkind: Namespace\nmetadata: {name: a}\n', '.netlint.yaml': 'rules:\n  input/duplicate-key: off\n' }, code: 0, findings: [] },
  { name: 'duplicate key, its rule an error in the config', files: { 'm.yaml': 'apiVersion: v1\nkind: Namespace\nkind: Namespace\nmetadata: {name: a}\n', '.netlint.yaml': 'rules:\n  input/duplicate-key: error\n' }, code: 1, findings: ['input/duplicate-key m.yaml:3:1'] },
  { name: 'duplicate key, its rule disabled on the command line', files: { 'm.yaml': 'apiVersion: v1\nkind: Namespace\nkind: Namespace\nmetadata: {name: a}\n' }, args: ['--disable', 'input/duplicate-key'], code: 0, findings: [] },
];

describe('bad input through the CLI', () => {
  it.each(CASES)('$name', async ({ files, args = [], code, findings }) => {
    const io = memoryIo(files);
    const target = Object.keys(files).find((f) => f !== '.netlint.yaml')!;
    const started = performance.now();
    expect(await main(['lint', target, '--format', 'json', ...args], io, { builtinRules: BUILTIN_RULES })).toBe(code);
    expect(performance.now() - started).toBeLessThan(5000);
    const out = JSON.parse(io.stdoutText);
    expect(out.findings.map((f: { ruleId: string; file: string; line: number; column: number }) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual(findings);
  });

  it('a folder with no Kubernetes objects is a finding (its files are counted, not reported one by one)', async () => {
    const io = memoryIo({ 'charts/values.yaml': 'image: nginx\n', 'charts/README.txt': 'not read' });
    expect(await main(['lint', 'charts', '--format', 'json', '--fail-on', 'warning'], io, { builtinRules: BUILTIN_RULES })).toBe(1);
    expect(JSON.parse(io.stdoutText).findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual(['input/no-resources charts']);
  });

  it('a path that does not exist is exit 2 with one line', async () => {
    const io = memoryIo({});
    expect(await main(['lint', 'missing/'], io, { builtinRules: BUILTIN_RULES })).toBe(2);
    expect(io.stderrText).toBe('netlint: missing/: no such file or directory\n');
    expect(io.stdoutText).toBe('');
  });
});

describe('bad input to reach', () => {
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\n';
  const reachRun = async (files: Record<string, string | Uint8Array>, args: string[]) => {
    const io = memoryIo(files);
    const commands: Record<string, Command> = { reach: (argv, cliIo) => reachCommand(argv, cliIo, (paths) => loadReadableResources(cliIo, paths)) };
    const code = await main(['reach', ...args], io, { builtinRules: BUILTIN_RULES, commands });
    return { code, out: io.stdoutText, err: io.stderrText };
  };

  it('an unrendered template a folder walk finds is named on stderr: its objects are not in the answer', async () => {
    const template = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: {{ .Release.Name }}}\nspec: {podSelector: {}}\n';
    const { code, out, err } = await reachRun({ 'deploy/good.yaml': POD, 'deploy/templates/np.yaml': template }, ['deploy', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toBe('netlint: warning: skipped an unrendered template (deploy/templates/np.yaml): the objects in it are not in the answer; render first (helm template RELEASE CHART, envsubst) and pass the output, e.g. on stdin as -\n');
    expect(JSON.parse(out).pods).toHaveLength(1);
  });

  it.each([
    ['invalid YAML', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a, b\n', /^netlint: bad\.yaml:\d+:\d+: .+ \(input\/yaml-syntax\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m],
    ['a binary file', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x0a]), /^netlint: bad\.yaml:1:5: .*binary.* \(input\/binary-file\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m],
  ])('%s is exit 2 with file:line:col on stderr, also beside a good file, and nothing on stdout', async (_name, content, line) => {
    for (const args of [['bad.yaml'], ['bad.yaml', 'good.yaml', '--format', 'json']]) {
      const { code, out, err } = await reachRun({ 'bad.yaml': content, 'good.yaml': POD }, args);
      expect(code).toBe(2);
      expect(err).toMatch(line);
      // One problem, one line.
      expect(err.trimEnd().split('\n')).toHaveLength(1);
      expect(err).toMatch(/cannot read the input as Kubernetes objects until this is fixed\n?$/);
      expect(out).toBe('');
    }
  });

  it('a problem the configuration accepts, as lint would show it, does not stop reach', async () => {
    const { parseConfig } = await import('../engine/config.js');
    const DUP = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  x: "1"\n  x: "2"\n';
    const reachWith = async (configText: string) => {
      const io = memoryIo({ 'legacy/old.yaml': DUP, 'good.yaml': POD });
      const { config } = parseConfig(configText, '.netlint.yaml');
      const commands: Record<string, Command> = { reach: (argv, cliIo) => reachCommand(argv, cliIo, (paths) => loadReadableResources(cliIo, paths, config)) };
      const code = await main(['reach', 'legacy', 'good.yaml', '--format', 'json'], io, { builtinRules: BUILTIN_RULES, commands });
      return { code, err: io.stderrText };
    };
    // An error (raised by the config) stops reach; the default warning is printed, and the rest is read.
    expect((await reachWith('rules:\n  input/duplicate-key: error\n')).code).toBe(2);
    for (const accepted of ['ignore:\n  - { paths: ["legacy/**"], rules: [input/duplicate-key] }\n', 'rules:\n  input/duplicate-key: off\n']) {
      const { code, err } = await reachWith(accepted);
      expect(code, accepted).toBe(0);
      expect(err, accepted).toBe('');
    }
    const warned = await reachWith('');
    expect(warned.code).toBe(0);
    expect(warned.err).toMatch(/^netlint: warning: legacy\/old\.yaml:6:3: duplicate key "x"/);
  });

  it('an input warning (a document that is not an object) is printed and the rest is reported', async () => {
    const { code, out, err } = await reachRun({ 'values.yaml': 'replicaCount: 2\n', 'good.yaml': POD }, ['values.yaml', 'good.yaml', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^netlint: warning: values\.yaml:1:1: .* \(input\/not-kubernetes\)$/m);
    expect(JSON.parse(out).summary.endpoints).toBe(1);
  });

  it("a broken manifest below a folder of test inputs (a parser's invalid testdata) is left out, said so; elsewhere it stops reach", async () => {
    const broken = 'kind: OpenTelemetryCollector\nmetadata:\n  name: simplest\nspec:\n  config: {}\n  GARBAGE\n    exporters: {}\n';
    const { code, out, err } = await reachRun({ 'app/good.yaml': POD, 'cmd/agent/testdata/invalid.yaml': broken }, ['.', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^netlint: warning: cmd\/agent\/testdata\/invalid\.yaml:\d+:\d+: .* \(input\/yaml-syntax\): left out, a test input$/m);
    expect(JSON.parse(out).summary.endpoints).toBe(1);
    const elsewhere = await reachRun({ 'app/good.yaml': POD, 'cmd/agent/invalid.yaml': broken }, ['.', '--format', 'json']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.err).toMatch(/cannot read the input as Kubernetes objects until this is fixed/);
  });
});
