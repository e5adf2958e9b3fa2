/**
 * The in-process per-rule profile (`npm run bench -- --per-rule`): a tool to find which rule a
 * whole-process lint spends its time in, not the benchmark's headline.
 */
import { BUILTIN_RULES } from '../rules/index.js';
import type { Rule } from '../src/engine/rule.js';
import { lint } from '../src/engine/run.js';
import type { SourceFile } from '../src/engine/types.js';
import { generateCorpus } from './platform-corpus.js';

/** The findings-heavy corpus as source files. */
export function corpusFiles(documents = 10_000, pools?: number): SourceFile[] {
  return [...generateCorpus({ flavour: 'mistakes', documents, pools })].map((f) => ({ path: f.path, content: f.text }));
}

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/**
 * Time spent in each rule's `check` during full lints of the corpus (every rule active, so shared
 * views such as the reachability cluster are charged to the first rule that asks for them), in ms
 * per lint, highest first. Timing every call adds a little to each rule's figure.
 */
export function benchLintPerRule(top = 15, runs = 5, documents = 10_000): { lintMs: number; rules: [string, number][] } {
  const files = corpusFiles(documents);
  const spent = new Map<string, number>();
  const timed: Rule[] = BUILTIN_RULES.map((rule) => ({
    meta: rule.meta,
    check(resource, ctx) {
      const t = performance.now();
      try {
        rule.check(resource, ctx);
      } finally {
        spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + performance.now() - t);
      }
    },
  }));
  lint({ files, rules: timed });
  spent.clear();
  const lintMs = best(runs, () => lint({ files, rules: timed }));
  const rules = [...spent].map(([id, ms]): [string, number] => [id, ms / runs]);
  return { lintMs, rules: rules.sort((a, b) => b[1] - a[1]).slice(0, top) };
}
