import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-57N6C66M.js";
import {
  runLint
} from "./chunk-3C45WLXA.js";
import "./chunk-DC5BPZ23.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-47SX7POL.js";
import "./chunk-2LI3GAQL.js";
import {
  loadConfigFile
} from "./chunk-RJGKMVSA.js";
import {
  toRelative
} from "./chunk-DT7I7GMM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RFZA4F2U.js";
import "./chunk-RYRDUUMB.js";
import "./chunk-KNDNYPH3.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-FNMRGHN4.js";
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
