import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-4FHNFYXA.js";
import {
  runLint
} from "./chunk-E2SJTC2X.js";
import "./chunk-P5JGDXVA.js";
import "./chunk-PO4EKWHB.js";
import {
  loadConfigFile
} from "./chunk-4SX2QMPE.js";
import {
  toRelative
} from "./chunk-EHBO4J5N.js";
import "./chunk-K2J5SXF7.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I56A3DRI.js";
import "./chunk-QCAELOUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-GGXGIXK7.js";
import "./chunk-VPODJXHR.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-IAQRFO5E.js";
import "./chunk-XTIPASDY.js";
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
