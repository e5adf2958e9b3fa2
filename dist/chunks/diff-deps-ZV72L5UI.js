import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-4BHO6NU6.js";
import {
  runLint
} from "./chunk-GRRVOLJA.js";
import "./chunk-LL5KRPUS.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-E44VNEF5.js";
import "./chunk-S2QCYFLQ.js";
import {
  loadConfigFile
} from "./chunk-QLBB3CSA.js";
import {
  toRelative
} from "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LQEXZQCN.js";
import "./chunk-3AS7ZWAZ.js";
import "./chunk-OOQILFLE.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-RJHPGURN.js";
import "./chunk-KSTQWAIF.js";

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), void 0, "here")).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here" })).output.findings
  };
}
export {
  cliDiffDeps
};
