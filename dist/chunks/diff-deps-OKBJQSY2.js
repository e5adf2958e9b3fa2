import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-B4CBL7FE.js";
import {
  runLint
} from "./chunk-EESDGE7H.js";
import "./chunk-RLJALHEL.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-RQI4VBXR.js";
import "./chunk-LCCJY3NB.js";
import {
  loadConfigFile
} from "./chunk-KV5C4IEO.js";
import {
  toRelative
} from "./chunk-Q6R2MDIX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-WJMV5ABM.js";
import "./chunk-FFTNZ6NJ.js";
import "./chunk-VPJEMK2E.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-AA2TJ3JR.js";
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
