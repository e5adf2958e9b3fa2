import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-6USAZVR3.js";
import {
  runLint
} from "./chunk-FGGCFCLP.js";
import "./chunk-ULJGUPU5.js";
import "./chunk-6NHD2MFD.js";
import {
  loadConfigFile
} from "./chunk-Q67VOE3T.js";
import {
  toRelative
} from "./chunk-AAIOB4KG.js";
import "./chunk-IXPT5YQ7.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-H3SVFY2Y.js";
import "./chunk-SQWFMRJ2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-IFF46W3B.js";
import "./chunk-K375S6W4.js";
import "./chunk-GFV5YE54.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-UIVXKAJZ.js";
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
