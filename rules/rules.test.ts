/**
 * Parity between rule files, registrations, tests and the generated catalogue (ESLint's
 * checkRuleFiles idea): a rule that is written but not registered, registered but untested, or
 * missing from rules/README.md fails here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCatalogue } from '../src/cli/rules.js';
import { parseDataRule } from '../src/engine/data-rule.js';
import { BUILTIN_RULES } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Rule files: `<pack>/<id>.ts|.yaml`, not tests, indexes, helper folders (`lib/`) or generated code (`generated/`). */
function ruleFiles(): string[] {
  const out: string[] = [];
  for (const pack of readdirSync(here).sort()) {
    const dir = path.join(here, pack);
    if (!statSync(dir).isDirectory() || pack === 'generated') continue;
    for (const name of readdirSync(dir).sort()) {
      if (name === 'index.ts' || name.endsWith('.test.ts') || statSync(path.join(dir, name)).isDirectory()) continue;
      if (name.endsWith('.ts') || name.endsWith('.yaml')) out.push(`${pack}/${name}`);
    }
  }
  return out;
}

describe('built-in rules', () => {
  const ids = BUILTIN_RULES.map((r) => r.meta.id);

  it('registers every rule file exactly once, under the id its path gives', () => {
    const fromFiles = ruleFiles().map((f) => f.replace(/\.(ts|yaml)$/, '')).sort();
    expect([...ids].sort()).toEqual(fromFiles);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a test file beside every rule', () => {
    const missing = ruleFiles().filter((f) => {
      const base = path.join(here, f.replace(/\.(ts|yaml)$/, ''));
      try {
        return !statSync(`${base}.test.ts`).isFile();
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('gives every rule a description, a remediation sentence and message templates', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(20);
      expect(r.meta.remediation.trim(), r.meta.id).toMatch(/[.)`]$/);
      expect(Object.keys(r.meta.messages).length, r.meta.id).toBeGreaterThan(0);
      for (const id of Object.keys(r.meta.messages)) expect(id, r.meta.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('holds every built-in data rule file to the user rule loader (they compile on first use, so a broken one would only fail mid-lint)', () => {
    const dataFiles = ruleFiles().filter((f) => f.endsWith('.yaml'));
    expect(dataFiles.length).toBeGreaterThan(0);
    for (const f of dataFiles) {
      const parsed = parseDataRule(readFileSync(path.join(here, f), 'utf8'), `rules/${f}`, f.replace(/\.yaml$/, ''));
      expect('errors' in parsed ? parsed.errors : [], f).toEqual([]);
      const registered = BUILTIN_RULES.find((r) => r.meta.id === f.replace(/\.yaml$/, ''));
      expect(registered?.meta, f).toEqual('rule' in parsed ? parsed.rule.meta : undefined);
    }
  });

  it('keeps rules/README.md equal to `netlint rules --format markdown` (run `npm run docs`)', () => {
    const onDisk = readFileSync(path.join(here, 'README.md'), 'utf8');
    expect(onDisk).toBe(renderCatalogue('markdown', BUILTIN_RULES));
  });
});
