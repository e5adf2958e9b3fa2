/**
 * Fuzzing the whole pipeline with mutated manifests (seeds: the project's examples and
 * fixtures). In CI a few thousand inputs; `npm run fuzz` runs NETLINT_FUZZ_RUNS of them (100,000)
 * and prints the figures. Every input must end in exit 0/1/2, without a crash, with every
 * position inside the file, within a time bound.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds, mutatedInput } from './fuzz/mutate.js';
import { OTHER_FORMATS, judge } from './fuzz/pipeline.js';

const RUNS = Number(process.env.NETLINT_FUZZ_RUNS) || 2_000;
const FIRST = Number(process.env.NETLINT_FUZZ_FIRST) || 0;
/** Per input (two lints of one file): far above the few milliseconds they take, well below a stall. */
const MAX_MS_PER_INPUT = 10_000;

describe('fuzzing the pipeline', () => {
  it(`${RUNS} mutated manifests: exit 0/1/2, no crash, positions inside the file, each within ${MAX_MS_PER_INPUT / 1000} s`, async () => {
    const seeds = loadSeeds();
    expect(seeds.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const slow: string[] = [];
    let findings = 0;
    let maxMs = 0;
    let bytes = 0;
    const exits = new Map<string, number>();
    const started = performance.now();
    for (let i = FIRST; i < FIRST + RUNS; i++) {
      const input = mutatedInput(seeds, i);
      bytes += input.text.length;
      const verdict = await judge(input.name, input.text, OTHER_FORMATS[i % OTHER_FORMATS.length]);
      findings += verdict.findings;
      maxMs = Math.max(maxMs, verdict.ms);
      if (verdict.ms > MAX_MS_PER_INPUT) slow.push(`#${i} (${input.seed}): ${Math.round(verdict.ms)} ms`);
      for (const p of verdict.problems) {
        const kind = p.split(':')[1]?.trim().split(' ')[0] ?? p;
        exits.set(kind, (exits.get(kind) ?? 0) + 1);
        if (failures.length < 20) failures.push(`#${i} (${input.seed}): ${p}`);
      }
      if ((i - FIRST + 1) % 10_000 === 0) process.stderr.write(`fuzz: ${i - FIRST + 1} of ${RUNS} inputs, ${failures.length} problems, slowest ${Math.round(maxMs)} ms\n`);
    }
    const seconds = (performance.now() - started) / 1000;
    const crashes = failures.filter((f) => f.includes('crash')).length;
    console.log(
      `fuzz: ${RUNS} inputs from #${FIRST} (${(bytes / 1e6).toFixed(1)} MB, ${findings} findings) in ${seconds.toFixed(1)} s; slowest ${Math.round(maxMs)} ms; ` +
        `problems: ${failures.length === 0 ? 0 : [...exits].map(([k, n]) => `${k} ${n}`).join(', ')} (crashes shown: ${crashes}); hangs over ${MAX_MS_PER_INPUT / 1000} s: ${slow.length}`,
    );
    expect(failures).toEqual([]);
    expect(slow).toEqual([]);
  }, Math.max(120_000, RUNS * 100));
});
