/**
 * The `reach` rows' input: the synthetic multi-team cluster of the engine's reachability
 * benchmark (src/engine/netpol/bench.ts) written out as YAML manifests, `perFile` documents a
 * file. A stand-in until a dedicated reach corpus generator exists: same CorpusFile shape as the
 * lint corpora, so scripts/bench.mjs writes and times both the same way.
 */
import { dump } from 'js-yaml';
import { syntheticResources } from '../src/engine/netpol/bench.js';
import type { CorpusFile } from './platform-corpus.js';

export interface ReachCorpusOptions {
  endpoints: number;
  policies: number;
  perFile?: number;
  seed?: number;
}

export function* generateReachCorpus(options: ReachCorpusOptions): Generator<CorpusFile> {
  const perFile = options.perFile ?? 10;
  const namespaces = Math.max(10, Math.round(options.endpoints / 100));
  const values = syntheticResources({ endpoints: options.endpoints, policies: options.policies, namespaces, seed: options.seed }).map((r) => r.value);
  for (let start = 0, n = 0; start < values.length; start += perFile, n++) {
    const part = values.slice(start, start + perFile);
    yield { path: `part-${String(n).padStart(5, '0')}.yaml`, text: part.map((v) => dump(v)).join('---\n'), documents: part.length };
  }
}
