/**
 * `netlint lint .` in an ordinary repository (test/fixtures/ordinary-repo: package.json,
 * tsconfig.json, a Helm chart, CI files and one manifest): the walk checks the manifest and counts
 * the rest; files named on their own are still reported; an unrendered template gets the Helm hint.
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { main } from './main.js';
import { makeDirectory, realIo } from './real-io.js';
import { memoryIo } from './testing/memory-io.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ordinary-repo');

async function lintIn(cwd: string, argv: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const decoder = new TextDecoder();
  const io = {
    ...realIo(),
    cwd,
    isTTY: false,
    columns: undefined,
    env: {},
    stdout: (t: string) => void out.push(t),
    writeStdout: async (chunk: Uint8Array) => (out.push(decoder.decode(chunk, { stream: true })), true),
    stderr: (t: string) => void err.push(t),
    ...(stdin === undefined ? {} : { readStdin: async () => new TextEncoder().encode(stdin) }),
  };
  const code = await main(['lint', ...argv], io, { builtinRules: BUILTIN_RULES });
  return { code, out: out.join(''), err: err.join('') };
}

describe('netlint lint . in an ordinary repository', () => {
  it('checks the manifests and counts package.json, tsconfig.json, Chart.yaml, values.yaml, CI files and templates', async () => {
    const r = await lintIn(repo, ['.', '--format', 'json', '--fail-on', 'info']);
    const out = JSON.parse(r.out);
    expect(out.findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual([]);
    expect(out.summary).toEqual({ files: 10, resources: 1, errors: 0, warnings: 0, infos: 0 });
    expect(r.code).toBe(0);
    const stylish = await lintIn(repo, ['.']);
    expect(stylish.out).toBe(
      '✔ No problems found (10 files, 1 resource)\n' +
        'skipped 7 files that are not Kubernetes objects and 2 unrendered templates (lint what they render: helm template … | netlint lint -)\n',
    );
  });

  it('a glob is a walk too; one that finds no object at all says so (a warning)', async () => {
    const r = await lintIn(repo, ['charts/**/*.yaml', '--format', 'json']);
    expect(JSON.parse(r.out).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId} ${f.message}`)).toEqual([
      'input/no-resources no Kubernetes object in the 4 files under charts/**/*.yaml',
    ]);
  });

  it('an overlay folder of kustomize patches alone says its files are patches and how to lint what it builds', async () => {
    const overlay = {
      'overlays/prod/kustomization.yaml': 'resources:\n- ../../base\npatches:\n- path: calico-node.yaml\n',
      'overlays/prod/calico-node.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node, namespace: kube-system}\nspec:\n  template:\n    spec:\n      containers:\n      - name: calico-node\n        env: [{name: FELIX_IPINIPENABLED, value: "true"}]\n',
    };
    const io = memoryIo(overlay);
    expect(await main(['lint', 'overlays/prod', '--format', 'json'], io, { builtinRules: BUILTIN_RULES })).toBe(0);
    expect(JSON.parse(io.stdoutText).findings.map((f: { ruleId: string; message: string }) => `${f.ruleId} ${f.message}`)).toEqual([
      'input/no-resources no Kubernetes object in the 2 files under overlays/prod: 1 of them is a kustomize patch (fragments of the objects the kustomization builds), not linted on their own; lint what it builds: kustomize build overlays/prod | netlint lint -',
    ]);
    // With the base beside it the folder has objects: nothing to say.
    const both = memoryIo({ ...overlay, 'base/kustomization.yaml': 'resources: [ds.yaml]\n', 'base/ds.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node, namespace: kube-system}\nspec:\n  selector: {matchLabels: {k8s-app: calico-node}}\n  template:\n    metadata: {labels: {k8s-app: calico-node}}\n    spec:\n      containers: [{name: calico-node, image: calico/node:v3.32.1}]\n' });
    expect(await main(['lint', '.', '--format', 'json'], both, { builtinRules: BUILTIN_RULES })).toBe(0);
    expect(JSON.parse(both.stdoutText).findings.filter((f: { ruleId: string }) => f.ruleId === 'input/no-resources')).toEqual([]);
  });

  it('a file named on its own keeps its finding', async () => {
    const r = await lintIn(repo, ['package.json', 'charts/web/Chart.yaml', '--format', 'json']);
    expect(JSON.parse(r.out).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`)).toEqual([
      'charts/web/Chart.yaml input/not-kubernetes',
      'package.json input/not-kubernetes',
    ]);
  });

  it('--fail-if-no-objects fails a walk that found no Kubernetes object', async () => {
    const charts = path.join(repo, 'charts');
    expect((await lintIn(charts, ['.'])).code).toBe(0);
    const r = await lintIn(charts, ['.', '--fail-if-no-objects']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('netlint: no Kubernetes object found (--fail-if-no-objects)\n');
    expect((await lintIn(repo, ['.', '--fail-if-no-objects'])).code).toBe(0);
  });
});

describe('an unrendered Helm template', () => {
  it('named or piped, is one error at its first template action with the helm template hint', async () => {
    const r = await lintIn(repo, ['charts/web/templates/deployment.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    const [f] = JSON.parse(r.out).findings;
    expect(f).toMatchObject({ ruleId: 'input/helm-template', severity: 'error', line: 4, column: 9, endLine: 4, endColumn: 39 });
    expect(f.message).toContain('helm template RELEASE CHART | netlint lint -');
    const ifOnly = await lintIn(repo, ['-', '--format', 'json'], '{{- if .Values.x }}\napiVersion: v1\nkind: Namespace\nmetadata: { name: a }\n{{- end }}\n');
    expect(JSON.parse(ifOnly.out).findings.map((x: { ruleId: string; line: number }) => `${x.ruleId} ${x.line}`)).toEqual(['input/helm-template 1']);
  });

  it('is not confused with Go templates that manifests carry in strings (Alertmanager, PrometheusRule)', async () => {
    const alerting = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: alertmanager-templates }\ndata:\n  slack.tmpl: |\n    {{ define "slack.title" }}{{ range .Alerts }}{{ .Labels.alertname }}{{ end }}{{ end }}\n';
    const io = memoryIo({ 'cm.yaml': alerting });
    expect(await main(['lint', 'cm.yaml', '--format', 'json'], io, { builtinRules: BUILTIN_RULES })).toBe(0);
    expect(JSON.parse(io.stdoutText).summary.resources).toBe(1);
  });
});

describe('makeDirectory (the real file system)', () => {
  it('creates missing parents, leaves an existing folder alone, and refuses a file in the way', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'netlint-mkdir-'));
    try {
      await makeDirectory(path.join(root, 'a/b/c'));
      expect(statSync(path.join(root, 'a/b/c')).isDirectory()).toBe(true);
      await makeDirectory(path.join(root, 'a/b'));
      writeFileSync(path.join(root, 'file'), 'x');
      await expect(makeDirectory(path.join(root, 'file/sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('returns an error where the parent exists but takes no new entry (/proc), instead of retrying forever', async () => {
    expect(existsSync('/proc/self')).toBe(true);
    await expect(makeDirectory('/proc/netlint-no-such/x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
