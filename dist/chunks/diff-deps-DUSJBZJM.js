import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-5CIF7ZY3.js";
import {
  runLint
} from "./chunk-MS3A77AF.js";
import "./chunk-L6EOSBLQ.js";
import "./chunk-2RLD77G5.js";
import {
  loadConfigFile
} from "./chunk-74X7ONNT.js";
import {
  toRelative
} from "./chunk-EIUGLKX7.js";
import "./chunk-ZAI5XE6T.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-GNNPAIGF.js";
import "./chunk-ANPEK5HD.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-A2RVNZOX.js";
import "./chunk-YBDEVVD4.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-7WARHDQX.js";
import "./chunk-X6BWP3AO.js";
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
