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

export function cliDiffDeps(io: CliIo, builtinRules: readonly Rule[]): DiffDeps {
  const at = (root: string): CliIo => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), undefined, 'here')).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    cluster: async (root) => (await loadConfigFile(at(root), undefined, 'here')).config.cluster ?? {},
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: 'here' })).output.findings,
  };
}
