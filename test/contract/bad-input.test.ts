/**
 * Bad input through the CLI: a clear message with file:line:col and the defined exit code
 * (1 for a finding about the input, 2 for usage, configuration or I/O errors), never a stack.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderWith, hasStackTrace, netlint } from './cli.js';

interface LintJson { findings: { ruleId: string; severity: string; file: string; line: number; column: number }[] }

const dir = folderWith({
  'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a, b\n  labels: {}\n',
  'binary.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x0a]),
  'latin1.yaml': Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: caf\xe9}\n', 'latin1'),
  'tabs.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n',
  'bad-config.yaml': 'rules: [\n',
  'unknown-field-config.yaml': 'rulez: {}\n',
  'ok.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n',
});

describe('lint on bad input', () => {
  it.each([
    ['broken.yaml', 'input/yaml-syntax'],
    ['binary.yaml', 'input/binary-file'],
    ['tabs.yaml', 'input/yaml-syntax'],
  ])('%s is an error finding %s with a position, exit 1', (file, ruleId) => {
    const run = netlint(['lint', file, '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const [finding, ...rest] = (JSON.parse(run.stdout) as LintJson).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId, severity: 'error', file });
    expect(finding!.line).toBeGreaterThanOrEqual(1);
    expect(finding!.column).toBeGreaterThanOrEqual(1);
    const stylish = netlint(['lint', file], { cwd: dir });
    expect(stylish.stdout).toContain(file);
    expect(stylish.stdout).toMatch(new RegExp(`${finding!.line}:${finding!.column}\\s+error`));
  });

  it('a byte that is not UTF-8 is a warning at it, and the file is read as kubectl reads it, the byte as U+FFFD (here in a name the API refuses)', () => {
    const run = netlint(['lint', 'latin1.yaml', '--format', 'json'], { cwd: dir });
    expect([run.code, hasStackTrace(run.stderr)]).toEqual([1, false]);
    const findings = (JSON.parse(run.stdout) as LintJson).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column}`)).toEqual(['cluster/object-name error 3:18', 'input/not-utf8 warning 3:21']);
    expect((findings[0] as unknown as { message: string }).message).toContain('caf\uFFFD');
  });

  it('a file whose name is not UTF-8 is a finding of its own in a folder walk, and the rest of the folder is linted', () => {
    const walked = folderWith({ 'ok.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n' });
    // Node lists such a name with U+FFFD in place of the byte it cannot decode, which names no file.
    writeFileSync(Buffer.concat([Buffer.from(`${walked}/bad`), Buffer.from([0xff]), Buffer.from('.yaml')]), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    const run = netlint(['lint', '.', '--format', 'json'], { cwd: walked });
    expect([run.code, hasStackTrace(run.stderr)]).toEqual([1, false]);
    const findings = (JSON.parse(run.stdout) as LintJson).findings;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['bad\uFFFD.yaml input/not-utf8']);
  });

  it('the YAML syntax error points at the line where the parser fails', () => {
    const [finding] = (JSON.parse(netlint(['lint', 'broken.yaml', '--format', 'json'], { cwd: dir }).stdout) as LintJson).findings;
    expect(finding!.line).toBeGreaterThanOrEqual(4);
    expect(finding!.line).toBeLessThanOrEqual(5);
  });
});

const usageErrors: [string, string[], RegExp][] = [
  ['a missing path (lint)', ['lint', 'nope.yaml'], /nope\.yaml/],
  ['a missing path (reach)', ['reach', 'nope.yaml'], /nope\.yaml/],
  ['a missing side (diff)', ['diff', 'nope-base', 'ok.yaml'], /nope-base/],
  ['a config that is not YAML', ['lint', 'ok.yaml', '--config', 'bad-config.yaml'], /bad-config\.yaml:\d+:\d+/],
  ['a config with an unknown field', ['lint', 'ok.yaml', '--config', 'unknown-field-config.yaml'], /unknown-field-config\.yaml:1:1.*rulez/],
  ['a missing config', ['lint', 'ok.yaml', '--config', 'none.yaml'], /none\.yaml/],
  ['a config that is a device', ['lint', 'ok.yaml', '--config', '/dev/null'], /^netlint: --config \/dev\/null: is not a regular file/],
  ['a config that is a folder', ['lint', 'ok.yaml', '--config', '.'], /^netlint: --config \.: is a folder/],
  ['an unknown lint format', ['lint', 'ok.yaml', '--format', 'xml'], /--format.*xml/],
  ['an unknown --fail-on', ['lint', 'ok.yaml', '--fail-on', 'sometimes'], /--fail-on.*sometimes/],
  ['an unknown reach format', ['reach', 'ok.yaml', '--format', 'xml'], /--format.*xml/],
  ['an unknown rule to disable', ['lint', 'ok.yaml', '--disable', 'calico/no-such-rule'], /calico\/no-such-rule/],
  ['an unknown e2e profile', ['e2e', '--profile', 'no-such-profile', '--dry-run'], /no-such-profile/],
];

describe('usage, configuration and I/O errors', () => {
  it.each(usageErrors)('%s: exit 2, one line on stderr, no stack', (_, args, message) => {
    const run = netlint(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('reach and diff on bad input: every problem on stderr with file:line:col, exit 2, never a silent pass', () => {
  it.each([
    ['reach on a YAML syntax error', ['reach', 'broken.yaml'], /^netlint: broken\.yaml:\d+:\d+: .+ \(input\/yaml-syntax\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m],
    ['reach on a binary file', ['reach', 'binary.yaml'], /^netlint: binary\.yaml:1:8: .+ \(input\/binary-file\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m],
    ['reach on a bad file beside a good one', ['reach', 'ok.yaml', 'broken.yaml', '--format', 'json'], /^netlint: broken\.yaml:\d+:\d+: .+ \(input\/yaml-syntax\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m],
  ])('%s', (_, args, message) => {
    const run = netlint(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('diff names the unreadable file of a side', () => {
    const sides = folderWith({ 'base/ok.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n', 'head/broken.yaml': 'kind: [Pod\n' });
    const run = netlint(['diff', 'base', 'head'], { cwd: sides });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^netlint: head\/broken\.yaml:\d+:\d+: .+ \(input\/yaml-syntax\)(: cannot read the input as Kubernetes objects until this is fixed)?$/m);
  });
});
