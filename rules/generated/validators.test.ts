/**
 * The validators compiled ahead of time (validators.js, from scripts/gen-validators.mjs) are the
 * committed generator output, and they judge values exactly as ajv compiling the same schemas at
 * run time does: same verdicts, same error objects (keyword, paths, params, parent schema).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generate, OUT_FILE } from '../../scripts/gen-validators.mjs';
import { AJV_OPTIONS } from '../../src/engine/ajv.js';
import { fieldKey, PACK_KINDS, packParts, shellKey, specFields } from '../calico/lib/crd-parts.js';
import { compileAtRunTime } from '../calico/lib/crd-schema.js';
import { parseYamlStream } from '../../src/engine/yaml.js';
import { DATA_RULE_DEFINITIONS, DATA_RULE_VALIDATORS, PACK_VALIDATORS } from './validators.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** The documents of a YAML file; none for a file that is not YAML (the fixtures hold Helm templates). */
function parsed(file: string): unknown[] {
  try {
    return loadAll(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

/** Kubernetes objects from the test fixtures and examples. */
function objects(): Record<string, unknown>[] {
  return [...yamlFiles(path.join(root, 'test/fixtures')), ...yamlFiles(path.join(root, 'examples'))].flatMap((file) =>
    parsed(file).filter((doc): doc is Record<string, unknown> => doc !== null && typeof doc === 'object' && 'kind' in doc),
  );
}

/** Calico objects from the test fixtures and examples, by kind. */
function calicoObjects(): Map<string, Record<string, unknown>[]> {
  const byKind = new Map<string, Record<string, unknown>[]>();
  for (const doc of objects()) {
    const kind = String(doc.kind);
    if (!(PACK_KINDS as string[]).includes(kind)) continue;
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(doc);
  }
  return byKind;
}

/** Values of every JSON type, and a real value spoilt: each kind of error a part can report. */
function samples(real: unknown[]): unknown[] {
  const spoilt = real.flatMap((v) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? [{ ...v, notAField: 1 }, Object.fromEntries(Object.entries(v).map(([k]) => [k, 'x']))] : Array.isArray(v) ? [[...v, 7], v.map(() => ({ bad: true }))] : [],
  );
  return [null, 0, -1, 1.5, 70000, '', 'x', 'Not A Name', '10.0.0.1/8', true, [], [1], ['x'], {}, { notAField: 1 }, ...real, ...spoilt];
}

function run(validate: (value: unknown) => boolean, value: unknown) {
  const ok = validate(value);
  return { ok, errors: ok ? null : (validate as unknown as { errors: unknown[] }).errors };
}

describe('validators generated from the built-in schemas', () => {
  it('are what scripts/gen-validators.mjs makes (run `npm run gen:validators` after changing a schema, a data rule or ajv)', async () => {
    expect((await generate()) === readFileSync(path.join(root, OUT_FILE), 'utf8'), `${OUT_FILE} is out of date`).toBe(true);
  }, 60_000);

  it('cover every part of the Calico schema pack and every built-in data rule', () => {
    expect([...PACK_VALIDATORS.keys()].sort()).toEqual(packParts().map((p) => p.key).sort());
    const dataRules = yamlFiles(path.join(root, 'rules')).map((f) => path.relative(path.join(root, 'rules'), f).replace(/\.yaml$/, ''));
    expect([...DATA_RULE_VALIDATORS.keys()].sort()).toEqual(dataRules.sort());
  });

  it('hold each built-in data rule file as netlint reads it', () => {
    const files = yamlFiles(path.join(root, 'rules'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const id = path.relative(path.join(root, 'rules'), file).replace(/\.yaml$/, '');
      const read = parseYamlStream(readFileSync(file, 'utf8')).documents.find((d) => d.value != null)?.value;
      expect(read, id).toBeTypeOf('object');
      expect(DATA_RULE_DEFINITIONS.get(id), id).toStrictEqual(read);
    }
    expect(DATA_RULE_DEFINITIONS.size).toBe(files.length);
  });

  it('judge Calico objects exactly as ajv compiling the pack at run time does', () => {
    const objects = calicoObjects();
    expect(objects.size).toBeGreaterThan(3);
    let failing = 0;
    for (const kind of PACK_KINDS) {
      const real = objects.get(kind) ?? [];
      const parts = [
        { key: shellKey(kind), values: samples(real) },
        ...Object.keys(specFields(kind)).map((field) => ({
          key: fieldKey(kind, field),
          values: samples(real.map((o) => (o.spec as Record<string, unknown> | undefined)?.[field]).filter((v) => v !== undefined)),
        })),
      ];
      for (const { key, values } of parts) {
        const generated = PACK_VALIDATORS.get(key)!();
        const part = packParts().find((p) => p.key === key)!;
        const compiled = compileAtRunTime(part.schema());
        for (const value of values) {
          const expected = run(compiled, value);
          if (!expected.ok) failing++;
          expect(run(generated, value), `${JSON.stringify(key)} on ${JSON.stringify(value)}`).toEqual(expected);
        }
      }
    }
    expect(failing).toBeGreaterThan(500);
  }, 120_000);

  it('judge values exactly as ajv compiling a data rule\'s assert schema at run time does', () => {
    const ajv = new Ajv(AJV_OPTIONS);
    for (const [id, factory] of DATA_RULE_VALIDATORS) {
      const assert = (loadAll(readFileSync(path.join(root, 'rules', `${id}.yaml`), 'utf8'))[0] as { assert: object }).assert;
      const compiled = ajv.compile(assert);
      // The fixtures hold no AdminNetworkPolicy: one with a named rule reaches the name's length check.
      const all = [...objects(), { kind: 'AdminNetworkPolicy', spec: { priority: 3, subject: { namespaces: {} }, ingress: [{ name: 'a'.repeat(101), action: 'Allow', from: [{ namespaces: {} }] }] } }];
      for (const value of samples([...all, ...all.map((o) => o.spec)])) {
        expect(run(factory(), value), `${id} on ${JSON.stringify(value)}`).toEqual(run(compiled, value));
      }
    }
  });
});
