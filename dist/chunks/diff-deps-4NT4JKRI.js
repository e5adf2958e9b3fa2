import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-FPU3YMEW.js";
import {
  runLint
} from "./chunk-3DWGMQPD.js";
import "./chunk-WDKIPCQ6.js";
import "./chunk-VYYSN67P.js";
import {
  loadConfigFile
} from "./chunk-TRYHMINL.js";
import {
  toRelative
} from "./chunk-2WWR5ZLM.js";
import "./chunk-NRW3V2X7.js";
import "./chunk-CV5QISQW.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P62T67ZX.js";
import "./chunk-SAWBTUVQ.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-RNR6MNVL.js";
import "./chunk-UJDYSH6Y.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-NEW2WKOV.js";
import "./chunk-UVMVSI5T.js";
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
