/**
 * What `npm publish` would ship: the bundled CLI with its licence and third-party notices, and
 * nothing the CLI does not run (tests, sources, the Action bundle). Also the install promise: no
 * runtime dependencies (dist/cli.js bundles them), so `npm install netlint` adds one package and
 * no dependency can raise the Node version the `engines` field promises.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the npm package', () => {
  it('holds the CLI bundle, LICENSE and the third-party notices, and no tests, sources or Action bundle', async () => {
    const r = await execa('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, timeout: 60_000 });
    const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
    // The README links the schemas a config file and a rule file are checked against.
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/THIRD-PARTY-NOTICES', 'schemas/netlint-config.schema.json', 'rules/rule.schema.json']));
    expect(files.filter((f) => /\.test\.|(^|\/)test\/|^src\/|^e2e\/|\.ts$|^rules\/.*\.yaml$|^dist\/action\.js$/.test(f))).toEqual([]);
    // dist/cli.js loads its commands from dist/chunks/ (only the CLI's chunks are there): all ship.
    const chunks = readdirSync(path.join(root, 'dist/chunks')).map((f) => `dist/chunks/${f}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual(expect.arrayContaining(chunks));
  });

  it('has no runtime dependencies: the bundle is self-contained', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ netlint: 'dist/cli.js' });
    expect((pkg.engines as Record<string, string>).node).toBe('>=20');
  });

  it('ships the Apache-2.0 text, and notices naming the bundled packages with their licence texts', () => {
    expect(pkg.license).toBe('Apache-2.0');
    const license = readFileSync(path.join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    const notices = readFileSync(path.join(root, 'dist/THIRD-PARTY-NOTICES'), 'utf8');
    for (const name of ['js-yaml', 'ajv', 'execa']) expect(notices).toMatch(new RegExp(`^- ${name} \\d+\\.\\d+\\.\\d+ \\(MIT\\), in [a-z., /]*(cli\\.js|dist/chunks/)`, 'm'));
    expect(notices).toContain('Permission is hereby granted, free of charge');
  });
});
