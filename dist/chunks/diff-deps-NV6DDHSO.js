import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-KAF3SYB7.js";
import {
  runLint
} from "./chunk-G6R7Q2A4.js";
import "./chunk-WVXGLZL3.js";
import "./chunk-RWAUYWY5.js";
import {
  loadConfigFile
} from "./chunk-XBFB77EH.js";
import {
  toRelative
} from "./chunk-A3EBGXGJ.js";
import "./chunk-PVA3TDRC.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-N2LCYRCB.js";
import "./chunk-UITJ2FDE.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-OZW2AKW2.js";
import "./chunk-3PV6BM5G.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-SD3QPKIO.js";
import "./chunk-TPFN3F2I.js";
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
