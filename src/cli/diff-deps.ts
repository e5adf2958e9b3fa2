/**
 * The real dependencies of `netlint diff`: each side is read and linted from its own root, as
 * `netlint lint` would run there (its .netlint.yaml, its suppressions), so file names in both
 * sides are relative to their roots and comparable.
 */
import type { Rule } from '../engine/rule.js';
import { toRelative } from '../io/files.js';
import { loadConfigFile } from './config-file.js';
import type { DiffDeps } from './diff.js';
import type { CliIo } from './io.js';
import { runLint } from './lint.js';
import { loadReadableResources } from './load-resources.js';
import { reusingLoader } from './reusing-loader.js';
import type { Loader } from '../engine/load.js';

export function cliDiffDeps(io: CliIo, builtinRules: readonly Rule[]): DiffDeps {
  const at = (root: string): CliIo => ({ ...io, cwd: root });
  // One loader a side: lint reads the files reach read (unless .netlintignore leaves some out) and reuses their objects.
  const loaders = new Map<string, Loader>();
  const loaderOf = (root: string): Loader => {
    let load = loaders.get(root);
    if (load === undefined) loaders.set(root, (load = reusingLoader()));
    return load;
  };
  return {
    load: async (paths, root, again) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), undefined, 'here')).config, loaderOf(root), again),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    cluster: async (root) => (await loadConfigFile(at(root), undefined, 'here')).config.cluster ?? {},
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: 'here', load: loaderOf(root) })).output.findings,
  };
}
