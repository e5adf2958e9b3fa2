import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-LRRD335S.js";
import {
  runLint
} from "./chunk-NBKWZDPF.js";
import "./chunk-XHMR74KY.js";
import "./chunk-D6VSD5NT.js";
import {
  loadConfigFile
} from "./chunk-JXARORSF.js";
import {
  toRelative
} from "./chunk-GEJZGGV4.js";
import "./chunk-RXMTHWSV.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-4UBURTG4.js";
import "./chunk-M52A2553.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-AWAA3VQL.js";
import "./chunk-KDQJD57M.js";
import "./chunk-VCDEJ5AI.js";
import "./chunk-RUZUJFI3.js";
import "./chunk-B635NA7X.js";
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
