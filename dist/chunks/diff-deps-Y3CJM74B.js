import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-QRW3SR6P.js";
import {
  runLint
} from "./chunk-SWPLNR7A.js";
import "./chunk-GJOUIF6Q.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-X4JPMREO.js";
import "./chunk-PZRCGYUG.js";
import {
  loadConfigFile
} from "./chunk-DMSJJHPX.js";
import {
  toRelative
} from "./chunk-FZC5AWAA.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-26KZFPHT.js";
import "./chunk-3IZEAZ3V.js";
import "./chunk-AANPWZNV.js";
import "./chunk-DSQNRIQB.js";
import "./chunk-QNVGPE75.js";
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
