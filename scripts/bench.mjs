// Bundles bench/*.ts with esbuild (the same way dist/ is built) and runs the benchmarks:
// lint over 10,000 documents vs the bare js-yaml parse, and reachability at scale when present.
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = 'node_modules/.cache/netlint-bench/bench.mjs';
mkdirSync('node_modules/.cache/netlint-bench', { recursive: true });
const reach = existsSync('src/engine/netpol/bench.ts');
await build({
  stdin: {
    contents: `export { benchLint, benchLintPerRule } from './bench/lint.ts';\n${reach ? "export { benchReach } from './src/engine/netpol/bench.ts';\n" : ''}`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.yaml': 'text' },
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'warning',
});
const mod = await import(new URL(`../${out}`, import.meta.url));

const lint = mod.benchLint();
console.log(`lint benchmark on Node ${process.version} (best of 25 interleaved runs each, one process)`);
console.log(`  corpus:        ${lint.documents} documents, ${(lint.bytes / 1024 / 1024).toFixed(1)} MiB, ${lint.findings} findings`);
console.log(`  js-yaml parse: ${lint.parseMs.toFixed(0)} ms`);
console.log(`  netlint lint:  ${lint.lintMs.toFixed(0)} ms  (${lint.ratio.toFixed(2)}x the parse floor; target <= 1.5x)`);
let failed = lint.ratio > 1.5;
if (process.argv.includes('--per-rule')) {
  const per = mod.benchLintPerRule();
  console.log(`  time in each rule's check per lint (views shared by several rules are charged to the first caller):`);
  for (const [id, ms] of per.rules) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${id}`);
}

if (mod.benchReach) {
  // The engine reads no clock: the script lends it one, and the process's resident memory.
  const r = await mod.benchReach({ now: () => performance.now(), memory: () => process.memoryUsage().rss });
  console.log('reach benchmark');
  for (const line of r.lines ?? [JSON.stringify(r)]) console.log(`  ${line}`);
  if (r.ok === false) failed = true;
}
process.exitCode = failed ? 1 : 0;
