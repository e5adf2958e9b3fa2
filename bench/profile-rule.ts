/** Profiles one rule on the benchmark corpus: `node --cpu-prof` on the bundle of this file. */
import { BUILTIN_RULES } from '../rules/index.js';
import { lint } from '../src/engine/run.js';
import { corpusFiles } from './lint.js';

export function profileRule(id: string, runs = 3): number {
  const rule = BUILTIN_RULES.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  const files = corpusFiles();
  const t = performance.now();
  for (let i = 0; i < runs; i++) lint({ files, rules: [rule] });
  return (performance.now() - t) / runs;
}

/** Profiles the whole lint (every built-in rule) on the corpus. */
export function profileAll(runs = 5): number {
  const files = corpusFiles();
  lint({ files, rules: BUILTIN_RULES });
  const t = performance.now();
  for (let i = 0; i < runs; i++) lint({ files, rules: BUILTIN_RULES });
  return (performance.now() - t) / runs;
}
