/**
 * The engine is pure: nothing under src/engine/ may import the file system, the process,
 * child processes, the network, or the GitHub Actions toolkit, nor read the environment or the
 * clock. Adapters pass everything in.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FORBIDDEN_IMPORT = /from\s+['"](node:)?(fs|fs\/promises|child_process|net|http|https|dgram|dns|os|process|worker_threads|cluster)['"]|from\s+['"](@actions\/[^'"]+|execa)['"]|import\(\s*['"]/;
// One `require` is allowed: ajv.ts loads the ajv library (pure computation) on first use rather
// than when netlint starts.
const FORBIDDEN_GLOBAL = /\bprocess\.|\bDate\.now\(|\bnew Date\(|\bMath\.random\(|\bfetch\(|\brequire\((?!'ajv'\))/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'testing' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  const files = sources(path.join(root, 'src/engine'));

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(root, f)]))('%s imports no I/O and reads no process, clock or randomness', (rel) => {
    const code = readFileSync(path.join(root, rel), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code.match(FORBIDDEN_IMPORT)?.[0] ?? null).toBeNull();
    expect(code.match(FORBIDDEN_GLOBAL)?.[0] ?? null).toBeNull();
  });

  it('would catch a violation', () => {
    expect('import { readFile } from "node:fs/promises";').toMatch(FORBIDDEN_IMPORT);
    expect("import core from '@actions/core'").toMatch(FORBIDDEN_IMPORT);
    expect('const t = Date.now();').toMatch(FORBIDDEN_GLOBAL);
    expect('if (process.env.X) {}').toMatch(FORBIDDEN_GLOBAL);
  });
});
