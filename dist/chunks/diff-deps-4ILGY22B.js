import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-5BY5TZQH.js";
import {
  runLint
} from "./chunk-EAHBCT47.js";
import "./chunk-SK2KKX6E.js";
import "./chunk-PQC5RSXZ.js";
import {
  loadConfigFile
} from "./chunk-TDN53XBH.js";
import {
  toRelative
} from "./chunk-VMQIUCAO.js";
import "./chunk-C2YXSP37.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-BGE3GPOR.js";
import "./chunk-VKK2G7IO.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-NV5PUN5N.js";
import "./chunk-RTTH3ELO.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-UDFG6I4V.js";
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
