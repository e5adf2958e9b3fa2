import { derived } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { isApiObject } from './lib/metadata.js';
import { pushTo } from '../../src/engine/multimap.js';

/**
 * For each API object with a name, the first object of the same file with the same group, kind,
 * namespace and name (absent when it is the first). A file is applied as a whole, and the API
 * server keeps one object per name. Files are not compared with each other: a folder may hold
 * alternatives (an upstream install manifest in several flavours, one file per environment).
 */
const earlierTwin = derived('cluster/earlier-twin', (m) => earlierTwins(m.resources));

export function earlierTwins(resources: readonly Resource[]): Map<Resource, Resource> {
  return twinsFileByFile(resources) ?? twinsFileByFile(fileByFile(resources))!;
}

/**
 * The twins, with one table of names per file dropped when the file is done (a table for the whole
 * input kept a key for every object alive until the lint ended); null when the resources of a
 * file do not come in one run.
 */
function twinsFileByFile(resources: readonly Resource[]): Map<Resource, Resource> | null {
  const twin = new Map<Resource, Resource>();
  const done = new Set<string>();
  let file: string | null = null;
  let first = new Map<string, Resource>();
  for (const r of resources) {
    // The written name: an object with only `generateName` gets a new name from the API server.
    if (!isApiObject(r)) continue;
    const name = (r.value.metadata as Record<string, unknown>).name;
    if (typeof name !== 'string' || name === '') continue;
    if (r.file !== file) {
      if (file !== null) done.add(file);
      if (done.has(r.file)) return null;
      file = r.file;
      first = new Map();
    }
    const key = `${r.groupKind}\u0000${r.namespace ?? ''}\u0000${r.name}`;
    const seen = first.get(key);
    if (seen) twin.set(r, seen);
    else first.set(key, r);
  }
  return twin;
}

/** The resources with each file's in one run, in the order of each file's first resource (the order within a file kept). */
function fileByFile(resources: readonly Resource[]): Resource[] {
  const byFile = new Map<string, Resource[]>();
  for (const r of resources) {
    pushTo(byFile, r.file, r);
  }
  return [...byFile.values()].flat();
}

export default defineRule({
  meta: {
    id: 'cluster/duplicate-object',
    description:
      'Two objects in one file with the same API group, kind, namespace and name: applied together, the later one replaces the earlier, so one of them never takes effect, usually a copied NetworkPolicy or NetworkAttachmentDefinition whose name was not changed. `netlint reach` evaluates both, so its answer holds for neither cluster.',
    severity: 'warning',
    remediation: 'Rename one of the two, or delete the stale copy.',
    kinds: ['*'],
    messages: {
      twin: '{{kind}} {{name}} is also defined at {{where}}: applied together, the later one replaces the earlier',
    },
    docs: 'Objects are compared within a file only (input from `-`, e.g. `helm template … | netlint lint -`, is one file): a folder may hold alternatives, such as an upstream install manifest in several flavours. An object without `metadata.namespace` counts as being in the namespace it is applied to, the same for both. Objects with only `generateName` are not compared (the API server names each). Source: Kubernetes "Object Names and IDs" (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/): one object of a kind per name in a namespace.',
  },
  check(resource, ctx) {
    const earlier = earlierTwin(ctx.model).get(resource);
    if (!earlier) return;
    const position = earlier.locate(['metadata', 'name']);
    const name = resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name;
    ctx.report({ path: ['metadata', 'name'], messageId: 'twin', data: { kind: resource.kind, name, where: `${earlier.file}:${position.line}` } });
  },
});
