import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-UKH4W34E.js";
import {
  runLint
} from "./chunk-OFCXKIM6.js";
import "./chunk-MOQBRMBZ.js";
import "./chunk-BYVULYZH.js";
import {
  loadConfigFile
} from "./chunk-AKKNVQNU.js";
import {
  toRelative
} from "./chunk-CZMWIN2J.js";
import "./chunk-E6LRMQ2F.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-VGIGZZYS.js";
import "./chunk-VLF2QHUI.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-7IQJH5QT.js";
import "./chunk-3EY4GUAE.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-P5W25XHA.js";
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
