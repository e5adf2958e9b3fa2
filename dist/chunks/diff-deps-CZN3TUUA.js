import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-TEUXMFCT.js";
import {
  runLint
} from "./chunk-CZ4RPJ4N.js";
import "./chunk-SFQ3YJEJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-53TQ4KNA.js";
import "./chunk-NRP5STFT.js";
import {
  loadConfigFile
} from "./chunk-OZY36YPL.js";
import {
  toRelative
} from "./chunk-D3RJQIGS.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-NULBEGS2.js";
import "./chunk-THVXY2ZR.js";
import "./chunk-3LRRJMHD.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-RJHPGURN.js";
import "./chunk-KSTQWAIF.js";

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), void 0, "here")).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here" })).output.findings
  };
}
export {
  cliDiffDeps
};
