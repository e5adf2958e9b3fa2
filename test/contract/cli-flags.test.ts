/**
 * Issue 14, the CLI as ESLint and kube-linter users expect it: per-command --help, unknown flags,
 * bare `netlint` and -V, --quiet, --max-warnings, --ignore-pattern and .netlintignore, globs,
 * .netlint.yaml found upward, --print-config, --stdin-filename, `rules <id>`, -o creating folders,
 * and `lint .` over an ordinary repository.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, hasStackTrace, netlint, yamlStream } from './cli.js';

interface LintJson {
  findings: { ruleId: string; severity: string; file: string }[];
  summary: { files: number; resources: number; errors: number; warnings: number; infos: number };
}
const lintJson = (stdout: string) => JSON.parse(stdout) as LintJson;

/** An IPPool with an out-of-range blockSize: an error (and the advice-level findings it brings). */
const badPool = (name: string) => yamlStream([{ apiVersion: 'projectcalico.org/v3', kind: 'IPPool', metadata: { name }, spec: { cidr: '10.0.0.0/16', blockSize: 40, natOutgoing: true } }]);
/** A NetworkPolicy restricting egress without DNS: a warning. */
const noDnsEgress = yamlStream([
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'lock', namespace: 'shop' }, spec: { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ podSelector: {} }] }] } },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [{ name: 'm', image: 'registry.example/web:1' }] } },
]);

const OPTIONS: Record<string, string[]> = {
  lint: ['--format', '--output', '--fail-on', '--config', '--rules', '--disable', '--enable', '--quiet', '--max-warnings', '--ignore-pattern', '--print-config', '--stdin-filename'],
  reach: ['--format', '--output', '--from', '--to', '--port', '--explain', '--expand'],
  diff: ['--format', '--output'],
  rules: ['--format'],
  e2e: ['--profile', '--dry-run', '--keep-cluster', '--report', '--format'],
};

describe('help and unknown flags', () => {
  it.each(Object.entries(OPTIONS))('netlint %s --help exits 0 and documents its options', (command, options) => {
    const run = netlint([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`netlint ${command}`);
    for (const option of options) expect(run.stdout, option).toContain(option);
  });

  it.each(Object.keys(OPTIONS))('netlint %s --no-such-flag: one line naming the flag and the help hint, exit 2', (command) => {
    const run = netlint([command, '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--no-such-flag');
    expect(run.stderr).toContain(`netlint ${command} --help`);
  });

  it('bare netlint prints the usage and exits 0; -V and --version print the version', () => {
    const bare = netlint([]);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toMatch(/Usage/);
    for (const command of Object.keys(OPTIONS)) expect(bare.stdout).toContain(`netlint ${command}`);
    const version = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['-V', '--version']) {
      const run = netlint([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(version);
    }
  });

  it('an unknown command is one line with the help hint', () => {
    const run = netlint(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('frobnicate');
    expect(run.stderr).toContain('netlint --help');
  });
});

describe('lint options', () => {
  const repo = folderWith({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'deploy/pools/pool.yaml': badPool('rack-0'),
    'deploy/apps/policy.yaml': noDnsEgress,
    'vendor/pool.yaml': badPool('vendored'),
    'sub/deeper/.keep': '',
  });

  it('--quiet reports errors only; the exit code still counts them', () => {
    const run = netlint(['lint', 'deploy', '--quiet', '--format', 'json'], { cwd: repo });
    expect(run.code).toBe(1);
    const report = lintJson(run.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity === 'error')).toBe(true);
    const loud = lintJson(netlint(['lint', 'deploy', '--format', 'json'], { cwd: repo }).stdout);
    expect(loud.findings.some((f) => f.severity === 'warning')).toBe(true);
  });

  it('--max-warnings N: exit 1 above N warnings, 0 at or below; a non-number is a usage error', () => {
    const warnings = lintJson(netlint(['lint', 'deploy/apps', '--format', 'json'], { cwd: repo }).stdout).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    expect(netlint(['lint', 'deploy/apps', '--max-warnings', String(warnings - 1)], { cwd: repo }).code).toBe(1);
    expect(netlint(['lint', 'deploy/apps', '--max-warnings', String(warnings)], { cwd: repo }).code).toBe(0);
    const bad = netlint(['lint', 'deploy/apps', '--max-warnings', 'many'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings');
  });

  it('globs, --ignore-pattern and .netlintignore choose the files', () => {
    const files = (args: string[], cwd = repo) => [...new Set(lintJson(netlint(['lint', ...args, '--format', 'json'], { cwd }).stdout).findings.map((f) => f.file))].sort();
    expect(files(['deploy/**/*.yaml'])).toEqual(['deploy/apps/policy.yaml', 'deploy/pools/pool.yaml']);
    expect(files(['.', '--ignore-pattern', 'vendor/**'])).toEqual(['deploy/apps/policy.yaml', 'deploy/pools/pool.yaml']);
    const withIgnoreFile = folderWith({ '.netlintignore': '# third-party\nvendor/\n', 'vendor/pool.yaml': badPool('v'), 'mine/pool.yaml': badPool('m') });
    expect(files(['.'], withIgnoreFile)).toEqual(['mine/pool.yaml']);
  });

  it('.netlint.yaml is found in a parent folder up to the repository root, and --print-config shows it', () => {
    const root = folderWith({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: off\n',
      'team/app/pool.yaml': badPool('rack-1'),
    });
    const cwd = join(root, 'team/app');
    const run = netlint(['lint', 'pool.yaml', '--format', 'json'], { cwd });
    expect(lintJson(run.stdout).findings.map((f) => f.ruleId)).not.toContain('calico/ippool-blocksize-range');
    const explicit = join(root, 'team/empty.yaml');
    writeFileSync(explicit, '{}\n');
    expect(lintJson(netlint(['lint', 'pool.yaml', '--format', 'json', '--config', explicit], { cwd }).stdout).findings.map((f) => f.ruleId)).toContain('calico/ippool-blocksize-range');
    const printed = netlint(['lint', '--print-config'], { cwd });
    expect(printed.code).toBe(0);
    expect((JSON.parse(printed.stdout) as { rules: Record<string, unknown> }).rules['calico/ippool-blocksize-range']).toBe('off');
  });

  it('a .netlint.yaml above the repository root is not read', () => {
    const outer = folderWith({ '.netlint.yaml': 'rules:\n  calico/ippool-blocksize-range: off\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/pool.yaml': badPool('rack-2') });
    const run = netlint(['lint', 'pool.yaml', '--format', 'json'], { cwd: join(outer, 'repo') });
    expect(lintJson(run.stdout).findings.map((f) => f.ruleId)).toContain('calico/ippool-blocksize-range');
  });

  it('--stdin-filename names piped input in findings', () => {
    const run = netlint(['lint', '-', '--stdin-filename', 'deploy/pool.yaml', '--format', 'json'], { input: badPool('piped') });
    const report = lintJson(run.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['deploy/pool.yaml']));
  });

  it('-o creates missing folders, for lint, reach and rules', () => {
    const out = folderWith({ 'pool.yaml': badPool('x') });
    expect(netlint(['lint', 'pool.yaml', '--format', 'json', '-o', 'a/b/c.json'], { cwd: out }).code).toBe(1);
    expect(lintJson(readFileSync(join(out, 'a/b/c.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
    expect(netlint(['reach', 'pool.yaml', '-o', 'r/s/t.txt'], { cwd: out }).code).toBe(0);
    expect(existsSync(join(out, 'r/s/t.txt'))).toBe(true);
    expect(netlint(['rules', '-o', 'x/y/rules.md'], { cwd: out }).code).toBe(0);
    expect(readFileSync(join(out, 'x/y/rules.md'), 'utf8')).toContain('calico/ippool-blocksize-range');
  });
});

describe('netlint rules <id>', () => {
  it('prints one rule: id, severity, fix and docs link', () => {
    const run = netlint(['rules', 'calico/ippool-blocksize-range']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('calico/ippool-blocksize-range');
    expect(run.stdout).toMatch(/Severity:\s+error/);
    expect(run.stdout).toMatch(/https?:\/\/\S+#calicoippool-blocksize-range/);
  });

  it('an unknown id is one line, exit 2', () => {
    const run = netlint(['rules', 'calico/no-such-rule']);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('calico/no-such-rule');
  });
});

describe('lint . in an ordinary repository', () => {
  const repo = folderWith({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', scripts: { test: 'vitest' } }, null, 2),
    'package-lock.json': JSON.stringify({ name: 'shop', lockfileVersion: 3, packages: {} }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true } }),
    'renovate.json': '{"extends": ["config:recommended"]}\n',
    '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
    '.github/dependabot.yml': 'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: {interval: weekly}\n',
    'ci/pipeline.yml': 'stages: [test]\ntest:\n  script: [npm test]\n',
    'deploy/web.yaml': yamlStream([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'default-deny', namespace: 'shop' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } },
    ]),
    'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
    'charts/shop/values.yaml': 'replicaCount: 2\nimage:\n  repository: registry.example/shop\n  tag: "1.0"\n',
    'charts/shop/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "shop.fullname" . }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n',
  });

  it('warns about none of them and hints at helm template for the unrendered template', () => {
    const run = netlint(['lint', '.'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/warning|error/);
    expect(run.stdout).toContain('helm template');
    expect(hasStackTrace(run.stderr)).toBe(false);
    const json = lintJson(netlint(['lint', '.', '--format', 'json'], { cwd: repo }).stdout);
    expect(json.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the template named on its own is an error at its first action with the helm template hint', () => {
    const run = netlint(['lint', 'charts/shop/templates/deployment.yaml', '--format', 'json'], { cwd: repo });
    expect(run.code).toBe(1);
    const [finding] = lintJson(run.stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'input/helm-template', severity: 'error', file: 'charts/shop/templates/deployment.yaml', line: 4 });
  });
});
