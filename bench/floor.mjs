// The floor a lint is measured against: a Node process that reads the same files as
// `netlint lint <dir>` (recursively, .yaml/.yml/.json) and parses every document with js-yaml's
// `loadAll`, printing only the document count. It is the yardstick the targets are set against,
// not a lower bound: netlint's own block scanner (src/engine/yaml-block-scanner.ts) reads most
// manifests faster than js-yaml's parser.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAll } from 'js-yaml';

let documents = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) documents += loadAll(readFileSync(full, 'utf8')).length;
  }
}
for (const target of process.argv.slice(2)) walk(target);
process.stdout.write(`${documents} documents\n`);
