import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-RKO3OCX2.js";
import {
  runLint
} from "./chunk-7VMSEDK2.js";
import "./chunk-U7N4BOKS.js";
import "./chunk-RDGBDTXR.js";
import {
  loadConfigFile
} from "./chunk-KPDZMGRJ.js";
import {
  toRelative
} from "./chunk-4Y2JJ7FB.js";
import "./chunk-FMUHC666.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BGE3GPOR.js";
import "./chunk-KDE2RQF2.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-SRDZM2PC.js";
import "./chunk-RTTH3ELO.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-6Z5TW3QQ.js";
import "./chunk-NC24FO7P.js";
import "./chunk-KSTQWAIF.js";

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), void 0, "here")).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    cluster: async (root) => (await loadConfigFile(at(root), void 0, "here")).config.cluster ?? {},
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here" })).output.findings
  };
}
export {
  cliDiffDeps
};
