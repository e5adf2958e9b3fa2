import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-FA4UJVCS.js";
import {
  runLint
} from "./chunk-VDKLIVWG.js";
import "./chunk-7FQYC64N.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BENEBDWI.js";
import "./chunk-6DA7Y4MD.js";
import {
  loadConfigFile
} from "./chunk-QLBB3CSA.js";
import {
  toRelative
} from "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-LHWPV4EU.js";
import "./chunk-6PX55Y4I.js";
import "./chunk-RQQRDTZD.js";
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
