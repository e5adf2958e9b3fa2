/**
 * The parts the Calico schema pack is validated in (see crd-schema.ts): per kind, a shell with
 * every `spec` field's schema left open, and each `spec` field on its own. Shared by the rules
 * (which look a part up by key) and scripts/gen-validators.mjs (which compiles every part ahead of
 * time), so both build exactly the same schemas.
 */
import { AJV_OPTIONS } from '../../../src/engine/ajv.js';
import pack from '../generated/crd-schemas.json' with { type: 'json' };

export type PackKind = keyof typeof pack.kinds;
export type Schema = Record<string, unknown>;

/**
 * ajv options for the pack: `verbose` keeps each error's parent schema (for did-you-mean);
 * `inlineRefs: false` compiles a shared sub-schema (the operator CRD's repeated pod templates)
 * once. The Calico formats come from src/engine/calico-formats.ts.
 */
export const PACK_AJV_OPTIONS = { ...AJV_OPTIONS, verbose: true, inlineRefs: false } as const;

export const PACK_KINDS = Object.keys(pack.kinds) as PackKind[];

function rootOf(kind: PackKind): Schema {
  return pack.kinds[kind].schema as Schema;
}

function specOf(kind: PackKind): Schema {
  return (rootOf(kind).properties as Record<string, Schema>).spec;
}

/** The `spec` fields the kind's schema names, each with its own part. */
export function specFields(kind: PackKind): Record<string, Schema> {
  return (specOf(kind).properties ?? {}) as Record<string, Schema>;
}

export const shellKey = (kind: PackKind): string => kind;
export const fieldKey = (kind: PackKind, field: string): string => `${kind}\0${field}`;

/** The kind's schema with every `spec` field's schema left open (`true`). */
export function shellSchema(kind: PackKind): Schema {
  const root = rootOf(kind);
  const spec = specOf(kind);
  const open = Object.fromEntries(Object.keys(specFields(kind)).map((f) => [f, true]));
  return withDefs({ ...root, $defs: undefined, properties: { ...(root.properties as Schema), spec: { ...spec, properties: open } } }, root);
}

/** One `spec` field's schema. */
export function fieldSchema(kind: PackKind, field: string): Schema {
  return withDefs(specFields(kind)[field], rootOf(kind));
}

/** Every part of every kind, by key: what scripts/gen-validators.mjs compiles. */
export function packParts(): { key: string; schema: () => Schema }[] {
  return PACK_KINDS.flatMap((kind) => [
    { key: shellKey(kind), schema: () => shellSchema(kind) },
    ...Object.keys(specFields(kind)).map((field) => ({ key: fieldKey(kind, field), schema: () => fieldSchema(kind, field) })),
  ]);
}

/**
 * A part of a kind's schema with the shared sub-schemas (`$defs`) it refers to, directly or through
 * each other, and no others: ajv compiles every definition it is handed.
 */
function withDefs(part: Schema, root: Schema): Schema {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/"#\/\$defs\/([^"]+)"/g)) {
      if (used.has(m[1])) continue;
      used.add(m[1]);
      visit(JSON.stringify(defs[m[1]]));
    }
  };
  const { $defs: _unused, ...rest } = part;
  visit(JSON.stringify(rest));
  return used.size === 0 ? rest : { ...rest, $defs: Object.fromEntries([...used].sort().map((n) => [n, defs[n]])) };
}
