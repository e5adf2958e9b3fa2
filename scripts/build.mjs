// Bundles the CLI and the Action into the committed dist/ (the entries dist/cli.js and
// dist/action.js, and the chunks they share in dist/chunks/), so a fresh clone and the Action
// runner need no npm install. Code splitting keeps start-up small: a command's modules and their
// libraries (ajv, execa, the reporters) load with a dynamic import() when the command runs, so
// `netlint --version` reads a few kilobytes instead of the whole bundle. Deterministic: no dates,
// no absolute paths, content-hashed chunk names, so CI can rebuild and fail on any diff.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const entries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'src/action/index.ts', out: 'action' },
].filter((e) => existsSync(e.in));

// Chunk names change with their content: drop the previous build's.
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: false,
  legalComments: 'none',
  charset: 'utf8',
  loader: { '.yaml': 'text' },
  define: { __NETLINT_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (ajv) may require Node built-ins; give them a real require.
  banner: { js: "import { createRequire as __netlintCreateRequire } from 'node:module';\nconst require = __netlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
