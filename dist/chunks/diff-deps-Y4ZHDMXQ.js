import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-WRRY6N5E.js";
import {
  runLint
} from "./chunk-3GQOQT55.js";
import "./chunk-A5W2DBJS.js";
import "./chunk-5IJSJHCU.js";
import {
  loadConfigFile
} from "./chunk-FHYM37BZ.js";
import {
  toRelative
} from "./chunk-AT3FFHVV.js";
import "./chunk-VB2PW25D.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-6BRQV5NG.js";
import "./chunk-V43TP3CU.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-DKJI4QKH.js";
import "./chunk-RFKB2QZZ.js";
import "./chunk-I53LFHAR.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-2FL6I5PZ.js";
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
