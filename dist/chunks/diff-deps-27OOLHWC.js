import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-LYF5P3NT.js";
import {
  runLint
} from "./chunk-FZHM7PWS.js";
import "./chunk-FHHP3LSE.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-T3R5UMP6.js";
import "./chunk-KZLY3UEB.js";
import {
  loadConfigFile
} from "./chunk-QLBB3CSA.js";
import {
  toRelative
} from "./chunk-BBDCFGHM.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-32CV4KIF.js";
import "./chunk-73FYBQDO.js";
import "./chunk-ZZY3PCYA.js";
import "./chunk-GVWEXEHE.js";
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
