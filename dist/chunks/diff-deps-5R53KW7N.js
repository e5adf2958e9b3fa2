import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadResources
} from "./chunk-7FKVLHNS.js";
import {
  runLint
} from "./chunk-HJ7VQY5I.js";
import "./chunk-PF43LS22.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P4SORQMX.js";
import {
  loadConfigFile
} from "./chunk-XCGJ74WC.js";
import {
  toRelative
} from "./chunk-QNQHO6HF.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-QCFYSKNS.js";
import "./chunk-4ZQRPXXM.js";
import "./chunk-YOJ3IDF6.js";
import "./chunk-RB5DY2LD.js";
import "./chunk-AUIH2O5L.js";
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
