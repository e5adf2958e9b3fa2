import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadResources
} from "./chunk-OYXJWQ2W.js";
import {
  runLint
} from "./chunk-MLBCXMCM.js";
import "./chunk-OSAGCMX4.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-QMM435RO.js";
import "./chunk-6GEQIWPV.js";
import {
  loadConfigFile
} from "./chunk-PEW7ZN2S.js";
import {
  toRelative
} from "./chunk-4XNLUYM6.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-7MBJNI5F.js";
import "./chunk-IYR4N2YF.js";
import "./chunk-LXTQJA3R.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
import "./chunk-KSTQWAIF.js";

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadResources(at(root), paths, (await loadConfigFile(at(root), void 0, "here")).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here" })).output.findings
  };
}
export {
  cliDiffDeps
};
