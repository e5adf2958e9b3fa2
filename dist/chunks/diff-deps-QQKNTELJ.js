import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-2PMUPT4Y.js";
import {
  runLint
} from "./chunk-LO3IV7XJ.js";
import "./chunk-3DAGCSJA.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-I2LXSAY2.js";
import "./chunk-OPEL2MID.js";
import {
  loadConfigFile
} from "./chunk-5VAVI5HR.js";
import {
  toRelative
} from "./chunk-O4ZWSL6E.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-TST5J7PI.js";
import "./chunk-TG4CJGW7.js";
import "./chunk-DKCSHRCZ.js";
import "./chunk-GVWEXEHE.js";
import "./chunk-HS7ZTD4S.js";
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
