/**
 * `netlint diff` reads each side twice: for the connections (reach) and for the findings (lint),
 * which can see different files (lint honours `.netlintignore`). A reusing loader answers the
 * second read of the same files (same paths, same bytes, same limits) with the first one's
 * objects instead of parsing them again. It keeps a digest of the files, not their texts: holding
 * both sides' texts through the reach evaluation cost a 100,000-endpoint diff 0.5 GB of peak memory.
 */
import { createHash } from 'node:crypto';
import { loadSources, type Loader, type LoadLimits, type LoadResult } from '../engine/load.js';
import type { SourceFile } from '../engine/types.js';

/** SHA-256 of the files (each path, flags and bytes, in order) and the limits they are read under. */
function digestOf(files: readonly SourceFile[], limits: LoadLimits): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(limits, (_, v: unknown) => (v instanceof Set ? [...v] : v)));
  for (const f of files) {
    hash.update(`\u0000${JSON.stringify([f.path, f.size ?? null, f.discovered ?? false, f.sizeUnknown ?? false, typeof f.content === 'string'])}\u0000`);
    hash.update(f.content);
  }
  return hash.digest('hex');
}

/** loadSources, answering a call on the same files and limits as the previous one with its result (once). */
export function reusingLoader(load: Loader = loadSources): Loader {
  let last: { digest: string; result: LoadResult } | undefined;
  return (files, limits) => {
    const digest = digestOf(files, limits);
    if (last !== undefined && last.digest === digest) {
      // Once: the caller has the objects now, and they need not stay alive for another read.
      const { result } = last;
      last = undefined;
      return result;
    }
    const result = load(files, limits);
    last = { digest, result };
    return result;
  };
}
