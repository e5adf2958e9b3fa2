import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-UMAU23S7.js";
import {
  runLint
} from "./chunk-46SFGQRY.js";
import "./chunk-H2UAXGEN.js";
import "./chunk-KAUKOXF3.js";
import {
  loadConfigFile
} from "./chunk-UZ3U6AHU.js";
import {
  toRelative
} from "./chunk-NK5BXKZO.js";
import "./chunk-QJMWYHH6.js";
import "./chunk-E7UNUALJ.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-4V3GVUVD.js";
import "./chunk-P6KRAVHN.js";
import "./chunk-XKIUQHNC.js";
import "./chunk-VYFUFD4L.js";
import "./chunk-E5XUZOO6.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-7BMERH6T.js";
import "./chunk-TAM2ANZM.js";
import "./chunk-YPK6SMTL.js";
import "./chunk-H63S3AS5.js";
import "./chunk-G5R74NVU.js";
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
