import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  loadReadableResources
} from "./chunk-ILSTGDVA.js";
import {
  require_node_crypto
} from "./chunk-UKZMQPIU.js";
import {
  runLint
} from "./chunk-6EJSLLMC.js";
import "./chunk-3GO35JKS.js";
import {
  loadConfigFile
} from "./chunk-X5DD57WH.js";
import {
  toRelative
} from "./chunk-BOHZHQRB.js";
import "./chunk-VALIGBTO.js";
import "./chunk-A3RY7UJ5.js";
import "./chunk-I6ROTKVK.js";
import "./chunk-LNUE5EMN.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-QQLOQ2QA.js";
import "./chunk-D6M6637M.js";
import "./chunk-O2OHA4SU.js";
import {
  loadSources
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/reusing-loader.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
function digestOf(files, limits) {
  const hash = (0, import_node_crypto.createHash)("sha256");
  hash.update(JSON.stringify(limits, (_, v) => v instanceof Set ? [...v] : v));
  for (const f of files) {
    hash.update(`\0${JSON.stringify([f.path, f.size ?? null, f.discovered ?? false, f.sizeUnknown ?? false, typeof f.content === "string"])}\0`);
    hash.update(f.content);
  }
  return hash.digest("hex");
}
function reusingLoader(load = loadSources) {
  let last;
  return (files, limits) => {
    const digest = digestOf(files, limits);
    if (last !== void 0 && last.digest === digest) {
      const { result: result2 } = last;
      last = void 0;
      return result2;
    }
    const result = load(files, limits);
    last = { digest, result };
    return result;
  };
}

// src/cli/diff-deps.ts
function cliDiffDeps(io, builtinRules) {
  const at = (root) => ({ ...io, cwd: root });
  const loaders = /* @__PURE__ */ new Map();
  const loaderOf = (root) => {
    let load = loaders.get(root);
    if (load === void 0) loaders.set(root, load = reusingLoader());
    return load;
  };
  return {
    load: async (paths, root, again) => loadReadableResources(at(root), paths.map((p) => toRelative(root, p)), (await loadConfigFile(at(root), void 0, "here")).config, loaderOf(root), again),
    // Paths relative to the side's root, so that finding paths are too (absolute paths stay absolute).
    cluster: async (root) => (await loadConfigFile(at(root), void 0, "here")).config.cluster ?? {},
    lint: async (paths, root) => (await runLint(at(root), builtinRules, { paths: paths.map((p) => toRelative(root, p)), configLookup: "here", load: loaderOf(root) })).output.findings
  };
}
export {
  cliDiffDeps
};
