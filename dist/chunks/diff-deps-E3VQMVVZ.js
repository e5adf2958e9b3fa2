import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-JV54SW6S.js";
import {
  runLint
} from "./chunk-2FET3FVE.js";
import "./chunk-BMR7T434.js";
import "./chunk-GVPK5VTY.js";
import {
  loadConfigFile
} from "./chunk-RRR6GQUD.js";
import {
  toRelative
} from "./chunk-AAZPTN73.js";
import "./chunk-GT4VX2O5.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-XT7XWV6K.js";
import "./chunk-QFHRE7IX.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-2U23KWUV.js";
import "./chunk-VAR3ON4E.js";
import "./chunk-FYTDD6AR.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-4XSVVEE3.js";
import "./chunk-UVMVSI5T.js";
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
