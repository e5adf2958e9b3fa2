// shared helpers for the generators
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const require = createRequire(import.meta.url);
const yaml = require('js-yaml');

export function args() {
  const out = process.argv[2];
  const n = parseInt(process.argv[3] ?? '1000', 10);
  if (!out) { console.error('usage: node gen-X.mjs <outdir> <N>'); process.exit(2); }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  return { out, n };
}
// write docs, 10 per file, into out/<sub>/<prefix>-NNNN.yaml
export function writeDocs(out, docs, { prefix = 'm', sub = '', perFile = 10, subdirFn } = {}) {
  let f = 0;
  for (let i = 0; i < docs.length; i += perFile, f++) {
    const chunk = docs.slice(i, i + perFile);
    const d = path.join(out, subdirFn ? subdirFn(f) : sub);
    fs.mkdirSync(d, { recursive: true });
    const text = chunk.map(o => yaml.dump(o, { lineWidth: 200, noRefs: true })).join('---\n');
    fs.writeFileSync(path.join(d, `${prefix}-${String(f).padStart(5, '0')}.yaml`), text);
  }
  return f;
}
export const ip4 = (i, base = 10) => `${base}.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
export function rng(seed = 1) { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }
