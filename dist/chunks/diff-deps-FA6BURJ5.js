import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-67KAUG4W.js";
import {
  runLint
} from "./chunk-P5HKNSOV.js";
import "./chunk-7ZFMETM7.js";
import "./chunk-2JQZP4S6.js";
import {
  loadConfigFile
} from "./chunk-S55UBY3E.js";
import {
  toRelative
} from "./chunk-66CDIU2C.js";
import "./chunk-MKXHX6TT.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I7D4TFJU.js";
import "./chunk-4HGRLO3K.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-CUGP33D2.js";
import "./chunk-TMKFJKIX.js";
import "./chunk-2MUJT7MX.js";
import "./chunk-MUO4CABR.js";
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
