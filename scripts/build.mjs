// Bundles the CLI and the Action into the committed dist/, so a fresh clone and the Action runner
// need no npm install, and the npm package needs no runtime dependencies. dist/action.js is one
// self-contained file. dist/cli.js is split: the entry is a few kilobytes, and each command's
// modules and libraries (the rules, ajv, execa, the reporters) sit in dist/chunks/, loaded by a
// dynamic import() when the command runs, so `netlint --version` costs little more than Node's
// own start-up. Deterministic: no dates, no absolute paths, content-hashed chunk names, so CI can
// rebuild and fail on any diff.
//
// The bundles carry third-party code, so the build also writes dist/THIRD-PARTY-NOTICES: every
// package esbuild's metafile says went into a bundle, with its version, its licence and the text
// of its licence file. Comments the authors marked as legal (`/*! … */`, `@license`) stay at the
// end of each output file (`legalComments: 'eof'`).
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { latin1Source } from './latin1-source.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'src/action/index.ts', out: 'action' },
].filter((e) => existsSync(e.in));

const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'eof',
  metafile: true,
  // V8 keeps each module's source text for lazy compilation, and a text with any character beyond
  // Latin-1 (a `…` in a message) is held as UTF-16: the rules chunk took 3.6 MB instead of 1.8 and
  // a lint of a few files started slower (0.18 -> 0.17 s CPU, 0.19 -> 0.17 s wall, Node 20).
  // `ascii` writes such characters as \u escapes: the strings are the same at run time.
  charset: 'ascii',
  loader: { '.yaml': 'text' },
  define: { __NETLINT_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (ajv) may require Node built-ins; give them a real require.
  banner: { js: "import { createRequire as __netlintCreateRequire } from 'node:module';\nconst require = __netlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [builtinsByRequire()],
};

/**
 * Node's built-in modules are taken with require(), not import: importing one as an ES module
 * makes Node build a facade of all its exports, which reads every lazy getter (node:fs's
 * ReadStream loads the streams modules, node:util's TextDecoder the encoding ones), work that
 * require() skips (node lib/internal/bootstrap/realm.js getESMFacade/syncExports): 3 ms of CPU
 * less for a one-file lint on Node 24 (87.5 -> 84.5 ms).
 */
function builtinsByRequire() {
  const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  return {
    name: 'builtins-by-require',
    setup(b) {
      b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!names.has(args.path)) return undefined;
        // The shim's own require() is Node's.
        return args.namespace === 'node-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'node-builtin' };
      });
      b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

// Chunk names change with their content: drop the previous build's.
rmSync('dist/chunks', { recursive: true, force: true });
const results = [];
for (const entry of entries) {
  const split = entry.out === 'cli';
  results.push(await build({ ...common, entryPoints: [entry], splitting: split, ...(split ? { chunkNames: 'chunks/[name]-[hash]' } : {}) }));
}
const result = { metafile: { outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) } };
for (const out of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) writeFileSync(out, latin1Source(out, readFileSync(out, 'utf8')));

writeFileSync('dist/THIRD-PARTY-NOTICES', thirdPartyNotices(result.metafile));

/** The package folder (`node_modules/@scope/name` or `node_modules/name`, innermost) of a bundled input. */
function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? m[1] : null;
}

function licenseText(dir) {
  const file = readdirSync(dir)
    .sort()
    .find((name) => /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i.test(name));
  return file ? readFileSync(path.join(dir, file), 'utf8').trim() : null;
}

function thirdPartyNotices(metafile) {
  const used = new Map();
  for (const [outfile, output] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const dir = packageDir(input);
      if (!dir) continue;
      if (!used.has(dir)) used.set(dir, new Set());
      // A chunk belongs to the CLI (the only split bundle).
      used.get(dir).add(outfile.startsWith('dist/chunks/') ? 'cli.js' : path.basename(outfile));
    }
  }
  const packages = [...used].map(([dir, bundles]) => {
    const meta = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const license = typeof meta.license === 'string' ? meta.license : (meta.license?.type ?? 'see the licence text');
    const text = licenseText(dir);
    if (!text) throw new Error(`${meta.name}@${meta.version} (bundled into ${[...bundles].join(', ')}) ships no licence file: add its notice by hand before publishing`);
    return { name: meta.name, version: meta.version, license, bundles: [...bundles].sort(), text };
  });
  packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
  const seen = new Set();
  const unique = packages.filter((p) => !seen.has(`${p.name}@${p.version}`) && seen.add(`${p.name}@${p.version}`));
  const rule = '-'.repeat(78);
  const head = [
    'Third-party software bundled into netlint',
    '',
    `dist/cli.js (with the chunks it loads from dist/chunks/) and dist/action.js include the following`,
    'packages, each under its own licence, reproduced below. netlint itself is licensed under',
    'Apache-2.0 (see LICENSE).',
    'Generated by scripts/build.mjs from the bundles; do not edit.',
    '',
    ...unique.map((p) => `- ${p.name} ${p.version} (${p.license}), in ${p.bundles.join(', ')}`),
  ];
  const bodies = unique.map((p) => [rule, `${p.name} ${p.version} (${p.license})`, rule, '', p.text].join('\n'));
  return `${[head.join('\n'), ...bodies].join('\n\n')}\n`;
}
