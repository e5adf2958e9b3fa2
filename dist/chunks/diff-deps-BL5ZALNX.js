import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-7H6U3XVY.js";
import {
  runLint
} from "./chunk-CLERDHIM.js";
import "./chunk-A3OCNJ7Y.js";
import "./chunk-SHWSA7L7.js";
import {
  loadConfigFile
} from "./chunk-KDIVE5I6.js";
import {
  toRelative
} from "./chunk-CISWT7YH.js";
import "./chunk-EYI3MU6K.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-KKKB2LD3.js";
import "./chunk-KVE2Y4QW.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-FZ6342OS.js";
import "./chunk-4NCHLSIE.js";
import "./chunk-U4LQXTRO.js";
import "./chunk-YSLIAV2Q.js";
import "./chunk-ZJNPUHOF.js";
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
