/**
 * The `$id`s and `$ref`s of a set of rule files' `assert` schemas, checked together before ajv
 * compiles any of them, so that a `$ref` may reach another file's `$id` whatever order the files
 * are read in. Each problem is at the offending keyword of its file:
 *
 * - a `$ref` that reaches no schema of the set (or one ajv cannot reach: a schema with its own
 *   `$id` inside an assert that has none), or a schema of a file refused for its own problems;
 * - a `$id` another schema of the set already declares (ajv keeps one schema per `$id`);
 * - a `$ref` that leads back to a schema it is applied from without descending into the value
 *   (`allOf: [{$ref: "#"}]`, or two files whose roots refer to each other), which ajv compiles into
 *   a validator that recurses until the stack runs out.
 *
 * URIs are resolved as ajv resolves them (`resolve` is ajv's URI resolver; lib/compile/resolve.ts):
 * a `$id` against the base of the schema around it, a `$ref` against its own schema's base.
 */
import { children, isSchema } from './assert-schema.js';
import type { AssertProblem } from './assert-schema.js';
import type { Path } from './types.js';
import { formatPath, getInDocument } from './values.js';
import { unescapePointerToken } from './json-pointer.js';

type Schema = Record<string, unknown>;

export interface RefSetEntry {
  /** The rule file, named in messages. */
  file: string;
  assert: Schema;
  /** Refused for problems of its own: a `$ref` to one of its `$id`s says so; nothing of it is checked or compiled. */
  refused?: boolean;
}

/** A subschema of one entry, with the base URI its `$ref`s are resolved against. */
interface Node {
  entry: number;
  path: Path;
  schema: Schema;
  base: string;
}

/** ajv's normalizeId: a trailing `#` or `#/` names the document itself. */
const normalizeId = (id: string): string => id.replace(/#\/?$/, '');

/** A JSON pointer fragment (`/definitions/a~1b`, URI-encoded) as path segments, or null. */
function pointer(fragment: string): Path | null {
  if (fragment !== '' && !fragment.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return null;
  }
  if (decoded === '') return [];
  return decoded
    .slice(1)
    .split('/')
    .map(unescapePointerToken);
}

const nodeKey = (entry: number, path: Path) => JSON.stringify([entry, ...path.map(String)]);

/** Where a `$ref` leads: a schema of the set (a boolean one has no node), or why it leads nowhere. */
type Target = { entry: number; path: Path; node: Node | null } | { missing: 'none' | 'refused' | 'inside-unnamed'; entry?: number };

/**
 * The problems of each entry (same order as `entries`; none for a refused one), the schema of
 * each `$id` (a URI with a document part), and the other entries each entry's `$ref`s reach. `resolve(base, ref)` resolves a URI reference against a
 * base URI, as ajv does.
 */
export function refProblems(entries: readonly RefSetEntry[], resolve: (base: string, ref: string) => string): { problems: AssertProblem[][]; schemas: ReadonlyMap<string, Schema>; reaches: number[][] } {
  const problems: AssertProblem[][] = entries.map(() => []);
  const nodes = new Map<string, Node>();
  /** Every entry's subschemas, with their bases; the root first. */
  const byEntry: Node[][] = entries.map((e, entry) => {
    const out: Node[] = [];
    const visit = (path: Path, schema: Schema, base: string) => {
      const node = { entry, path, schema, base };
      out.push(node);
      nodes.set(nodeKey(entry, path), node);
      for (const c of children(schema)) visit([...path, ...c.path], c.schema, typeof c.schema.$id === 'string' ? resolve(base, normalizeId(c.schema.$id)) : base);
    };
    visit([], e.assert, typeof e.assert.$id === 'string' ? resolve('', normalizeId(e.assert.$id)) : '');
    return out;
  });

  // Every $id: a URI with a document part is the set's; one of a fragment alone ("#name" in an
  // assert without a $id) only its own entry's.
  const ids = new Map<string, Node>();
  const localIds = entries.map(() => new Map<string, Node>());
  entries.forEach((e, entry) => {
    for (const node of byEntry[entry]) {
      if (typeof node.schema.$id !== 'string') continue;
      const table = node.base.startsWith('#') ? localIds[entry] : ids;
      const other = table.get(node.base);
      if (other === undefined) {
        table.set(node.base, node);
        continue;
      }
      if (e.refused || JSON.stringify(other.schema) === JSON.stringify(node.schema)) continue;
      const where = other.entry === entry ? `${formatPath(['assert', ...other.path])} in this same file` : `the assert of ${entries[other.entry].file}${other.path.length === 0 ? '' : ` (at ${formatPath(['assert', ...other.path])})`}`;
      problems[entry].push({ path: [...node.path, '$id'], message: `"${node.schema.$id}" is also the $id of ${where}; each schema $id must be unique (give this one its own, or drop it)` });
    }
  });

  const target = (from: Node, ref: string): Target => {
    const uri = resolve(from.base, normalizeId(ref));
    const hash = uri.indexOf('#');
    const doc = hash < 0 ? uri : uri.slice(0, hash);
    const fragment = hash < 0 ? '' : uri.slice(hash + 1);
    const exact = doc === '' ? (localIds[from.entry].get(uri) ?? (fragment === '' ? byEntry[from.entry][0] : undefined)) : ids.get(uri);
    if (exact !== undefined) return found(from, exact.entry, exact.path);
    // As ajv: a document part that is the one of the root's $id (with or without a fragment of
    // its own) is that root, any other the schema of that $id.
    const root = byEntry[from.entry][0];
    const document = doc === root.base.split('#')[0] ? root : doc === '' ? undefined : ids.get(doc);
    if (document === undefined) return { missing: 'none' };
    const path = pointer(fragment);
    if (path === null) return { missing: 'none', entry: document.entry };
    return found(from, document.entry, [...document.path, ...path]);
  };
  const found = (from: Node, entry: number, path: Path): Target => {
    if (entries[entry].refused) return { missing: 'refused', entry };
    const value = getInDocument(entries[entry].assert, path);
    if (typeof value !== 'boolean' && !isSchema(value)) return { missing: 'none', entry };
    // ajv reaches another file's schema through the $id of that file's root (lib/compile/resolve.ts
    // getSchemaRefs registers an inner $id as a path from the root's, "#/…" when it has none).
    if (entry !== from.entry && byEntry[entry][0].base === '' && path.length > 0) {
      const node = nodes.get(nodeKey(entry, path));
      if (node !== undefined && node.base !== '' && !node.base.startsWith('#')) return { missing: 'inside-unnamed', entry };
    }
    return { entry, path, node: nodes.get(nodeKey(entry, path)) ?? null };
  };

  /** The $refs of each unrefused entry, resolved; an unresolved one is a problem at it. */
  const edges = new Map<string, { via: Path; to: Node }[]>();
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const node of byEntry[entry]) {
      if (typeof node.schema.$ref !== 'string') continue;
      const ref = node.schema.$ref;
      const t = target(node, ref);
      if ('missing' in t) {
        problems[entry].push({ path: [...node.path, '$ref'], message: missingMessage(ref, t, entries, entry) });
        continue;
      }
      if (t.node !== null) edges.set(nodeKey(entry, node.path), [{ via: [...node.path, '$ref'], to: t.node }]);
    }
  });

  // A loop of in-place applicators and $refs: depth first over every unrefused entry's subschemas,
  // without recursion (a chain of $refs may run through every file of the set).
  type Via = { entry: number; path: Path } | null;
  const state = new Map<string, 'open' | 'done'>();
  /** The open schemas, each with the $ref that led to it (null: an in-place applicator) and what it leads to. */
  const stack: { node: Node; key: string; via: Via; next: { to: Node; via: Via }[]; done: number }[] = [];
  const loops = new Set<number>();
  const open = (node: Node, via: Via) => {
    const key = nodeKey(node.entry, node.path);
    state.set(key, 'open');
    const next: { to: Node; via: Via }[] = children(node.schema)
      .filter((c) => c.inPlace)
      .map((c) => ({ to: nodes.get(nodeKey(node.entry, [...node.path, ...c.path]))!, via: null }));
    for (const edge of edges.get(key) ?? []) next.push({ to: edge.to, via: { entry: node.entry, path: edge.via } });
    stack.push({ node, key, via, next, done: 0 });
  };
  const loopAt = (to: Node, via: Via) => {
    // Every step of the loop is in place or a $ref, so it applies to the same value forever;
    // only a $ref leads back up, so the loop holds one.
    const toKey = nodeKey(to.entry, to.path);
    const from = stack.findIndex((s) => s.key === toKey);
    const ref = via ?? stack.slice(from + 1).findLast((s) => s.via !== null)!.via!;
    if (loops.has(ref.entry)) return;
    loops.add(ref.entry);
    const there = to.path.length === 0 ? (to.entry === ref.entry ? 'the whole schema' : `the assert of ${entries[to.entry].file}`) : `${formatPath(['assert', ...to.path])}${to.entry === ref.entry ? '' : ` of ${entries[to.entry].file}`}`;
    const loopFiles = [...new Set(stack.slice(from).map((s) => s.node.entry))].filter((e) => e !== ref.entry && e !== to.entry);
    const through = loopFiles.length === 0 ? '' : ` (through ${loopFiles.length > 3 ? `${loopFiles.slice(0, 3).map((e) => entries[e].file).join(', ')} and ${loopFiles.length - 3} more files` : loopFiles.map((e) => entries[e].file).join(', ')})`;
    problems[ref.entry].push({ path: ref.path, message: `${JSON.stringify(getInDocument(entries[ref.entry].assert, ref.path))} leads back to ${there}${through} without descending into a property or item, so validating any value would recurse without end` });
  };
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const start of byEntry[entry]) {
      if (state.get(nodeKey(entry, start.path)) !== undefined) continue;
      open(start, null);
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const n = top.next[top.done++];
        if (n === undefined) {
          stack.pop();
          state.set(top.key, 'done');
          continue;
        }
        const seen = state.get(nodeKey(n.to.entry, n.to.path));
        if (seen === 'open') loopAt(n.to, n.via);
        else if (seen === undefined) open(n.to, n.via);
      }
    }
  });

  // A file whose $ref reaches a file refused here is refused too, and says why: breadth first
  // from the refused files, back along the $refs.
  const referrers = entries.map(() => [] as { entry: number; ref: string; via: Path; to: Node }[]);
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const node of byEntry[entry]) {
      for (const edge of edges.get(nodeKey(entry, node.path)) ?? []) if (edge.to.entry !== entry) referrers[edge.to.entry].push({ entry, ref: node.schema.$ref as string, via: edge.via, to: edge.to });
    }
  });
  const queue = entries.flatMap((_, entry) => (problems[entry].length > 0 ? [entry] : []));
  for (let i = 0; i < queue.length; i++) {
    for (const r of referrers[queue[i]]) {
      if (problems[r.entry].length > 0) continue;
      problems[r.entry].push({ path: r.via, message: `${JSON.stringify(r.ref)} reaches ${r.to.path.length === 0 ? 'the assert' : formatPath(['assert', ...r.to.path])} of ${entries[r.to.entry].file}, which is refused (its own error says why)` });
      queue.push(r.entry);
    }
  }
  const reaches = entries.map((_, entry) => [...new Set(byEntry[entry].flatMap((node) => (edges.get(nodeKey(entry, node.path)) ?? []).map((edge) => edge.to.entry)))].filter((e) => e !== entry));
  return { problems, schemas: new Map([...ids].map(([id, node]) => [id, node.schema])), reaches };
}

function missingMessage(ref: string, t: { missing: 'none' | 'refused' | 'inside-unnamed'; entry?: number }, entries: readonly RefSetEntry[], from: number): string {
  const file = t.entry === undefined ? '' : entries[t.entry].file;
  if (t.missing === 'refused') return `"${ref}" points at the assert of ${file}, which is refused (its own error says why)`;
  if (t.missing === 'inside-unnamed') return `"${ref}" is the $id of a schema inside the assert of ${file}, which has no $id of its own, so that schema cannot be reached from another file: give that assert a $id`;
  if (t.entry !== undefined) return `"${ref}" points at no schema in ${t.entry === from ? 'assert' : `the assert of ${file}`}`;
  if (ref.startsWith('#')) return `"${ref}" points at no schema in assert`;
  return `"${ref}" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/…", or the $id of another rule's assert)`;
}
