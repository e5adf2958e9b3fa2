/**
 * The committed bundle, run as users run it: `node dist/cli.js` in a real process. Catches a
 * bundle that does not start (a missing dependency, a bad banner) even when the sources are fine.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { sarifValidator } from './schemas/sarif.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
// The Node running the tests (npm puts the node@24 devDependency first on PATH in scripts).
const run = (args: string[], input?: string) => execa(process.execPath, [cli, ...args], { cwd: root, reject: false, input, timeout: 60_000 });

describe('node dist/cli.js', () => {
  it('exists (run npm run build)', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('holds no character beyond Latin-1 in any bundle file, so V8 keeps each source one-byte (scripts/build.mjs latin1Source)', () => {
    const files = ['dist/cli.js', 'dist/action.js', ...readdirSync(path.join(root, 'dist/chunks')).map((f) => `dist/chunks/${f}`)].filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(5);
    const wide = files.flatMap((f) => {
      const text = readFileSync(path.join(root, f), 'utf8');
      const at = text.search(/[^\u0000-\u00ff]/);
      return at < 0 ? [] : [`${f}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}`];
    });
    expect(wide).toEqual([]);
  });

  it('lints the bundled examples: the planted mistakes, exit 1', async () => {
    const r = await run(['lint', 'examples', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    // Every finding, in order: the planted mistakes (marked MISTAKE in the files) and the
    // consequence the files mark too; nothing else (clean manifests stay clean).
    expect(out.findings.map((f: { file: string; line: number; column: number; ruleId: string }) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'examples/apps/policies.yaml:42:17 netpol/service-port-not-pod-port',
      'examples/apps/policies.yaml:61:20 netpol/endport',
      'examples/apps/policies.yaml:82:22 netpol/ipblock-except',
      'examples/apps/shop.yaml:53:50 multus/nad-missing',
      'examples/calico/bgp.yaml:26:13 calico/asnumber-format',
      'examples/calico/bgp.yaml:35:22 cluster/label-value-type',
      'examples/calico/bgp.yaml:40:30 calico/rr-single',
      'examples/calico/ippools.yaml:21:14 calico/ippool-blocksize-range',
      'examples/calico/ippools.yaml:23:13 calico/ippool-field-values',
      'examples/multus/flannel.yaml:9:5 flannel/calico-coexistence',
    ]);
    expect(out.summary.errors).toBe(6);
    // The README's example of the JSON contract is this output: its summary and first finding.
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const shown = /`--format json` is a stable contract:\n\n```json\n([\s\S]*?)\n```/.exec(readme);
    expect(shown, 'the JSON example in the README').not.toBeNull();
    const example = JSON.parse(shown![1].replace('"remediation": "…"', `"remediation": ${JSON.stringify(out.findings[7].remediation)}`));
    expect(example.summary).toEqual(out.summary);
    expect(example.findings[0]).toEqual(out.findings[7]);
  });

  it('writes SARIF for the examples that validates against the SARIF 2.1.0 schema, with real regions', async () => {
    const r = await run(['lint', 'examples', '--format', 'sarif']);
    expect(r.exitCode).toBe(1);
    const sarif = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const region = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'calico/ippool-blocksize-range').locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 21, startColumn: 14, endLine: 21, endColumn: 16 });
  });

  it('keeps its compiled code in the Node compile cache under the temp folder where Node has one (Node >= 22.1)', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'netlint-cc-'));
    try {
      const env = { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined };
      const r = await execa(process.execPath, [cli, 'lint', 'examples/calico'], { cwd: root, reject: false, env, extendEnv: false, timeout: 60_000 });
      expect(r.exitCode).toBe(1);
      const cache = path.join(tmp, 'node-compile-cache');
      const hasApi = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
      expect(existsSync(cache)).toBe(hasApi);
      if (hasApi) expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(1);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('reads stdin, exits 2 on a missing path, and prints its version', async () => {
    const piped = await run(['lint', '-'], 'apiVersion: v1\nkind: Namespace\nmetadata: {name: ok}\n');
    expect(piped.exitCode).toBe(0);
    const missing = await run(['lint', 'does-not-exist']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('netlint: does-not-exist: no such file or directory');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints the reach JSON contract', async () => {
    const r = await run(['reach', 'examples', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pods.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['shop/web', 'shop/db']));
    expect(Array.isArray(out.allowed)).toBe(true);
  });
});
