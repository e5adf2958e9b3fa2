import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadResources
} from "./chunk-U2HE7XMF.js";
import {
  runLint
} from "./chunk-5YPIHC5B.js";
import "./chunk-KNNPYCTG.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-DELKLYUI.js";
import {
  loadConfigFile
} from "./chunk-Q7NV6TTX.js";
import {
  toRelative
} from "./chunk-GFSGM5JA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-4NSFFDXL.js";
import "./chunk-PS4S24AJ.js";
import "./chunk-5YVOR44Q.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-AUIH2O5L.js";
import "./chunk-KSTQWAIF.js";

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  return {
    load: async (paths, root) => loadResources(at(root), paths, (await loadConfigFile(at(root), void 0, "here")).config),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here" })).output.findings
  };
}
export {
  cliDiffDeps
};
