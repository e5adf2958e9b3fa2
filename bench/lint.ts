/**
 * `npm run bench`: netlint's lint time over a generated corpus of 10,000 documents, next to the
 * bare js-yaml parse time of the same text (the floor), plus the reachability benchmark.
 */
import { loadAll } from 'js-yaml';
import { BUILTIN_RULES } from '../rules/index.js';
import type { Rule } from '../src/engine/rule.js';
import { lint } from '../src/engine/run.js';
import { generateCorpus } from './corpus.js';

function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export function benchLint(runs = 25): { documents: number; bytes: number; parseMs: number; lintMs: number; ratio: number; findings: number } {
  const corpus = generateCorpus();
  const bytes = corpus.reduce((n, f) => n + f.text.length, 0);
  let documents = 0;
  let findings = 0;
  const files = corpus.map((f) => ({ path: f.path, content: f.text }));
  // Warm both paths up once (JIT), then take the best of several runs each.
  const parse = () => {
    documents = 0;
    for (const f of corpus) documents += loadAll(f.text).length;
  };
  const run = () => {
    findings = lint({ files, rules: BUILTIN_RULES }).findings.length;
  };
  // Interleave the two so both see the same machine (other processes, CPU frequency), and keep
  // the best of each: the floor of what the code itself costs.
  parse();
  run();
  let parseMs = Infinity;
  let lintMs = Infinity;
  for (let i = 0; i < runs; i++) {
    parseMs = Math.min(parseMs, best(1, parse));
    lintMs = Math.min(lintMs, best(1, run));
  }
  return { documents, bytes, parseMs, lintMs, ratio: lintMs / parseMs, findings };
}

/**
 * Time spent in each rule's `check` during full lints of the corpus (every rule active, so shared
 * views such as the reachability cluster are charged to the first rule that asks for them), in ms
 * per lint, highest first. Timing every call adds a little to each rule's figure.
 */
export function benchLintPerRule(top = 15, runs = 5): { lintMs: number; rules: [string, number][] } {
  const files = generateCorpus().map((f) => ({ path: f.path, content: f.text }));
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
