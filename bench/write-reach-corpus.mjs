// Writes the reach benchmark corpus (bench/reach-corpus.ts) into a directory:
//   node bench/write-reach-corpus.mjs DIR [ENDPOINTS] [POLICIES] [SEED]
// then time `node dist/cli.js reach DIR`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const [dir, endpoints = '1000', policies = '200', seed = '7'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/write-reach-corpus.mjs DIR [ENDPOINTS] [POLICIES] [SEED]');
  process.exit(2);
}
const out = 'node_modules/.cache/netlint-bench/reach-corpus.mjs';
await build({ entryPoints: ['bench/reach-corpus.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
const { reachCorpus } = await import(path.resolve(out));
const files = reachCorpus({ endpoints: Number(endpoints), policies: Number(policies), seed: Number(seed) });
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let bytes = 0;
for (const f of files) {
  writeFileSync(path.join(dir, f.path), f.text);
  bytes += f.text.length;
}
console.log(`${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${dir}`);
