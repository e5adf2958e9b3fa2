import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  isIgnoredPath
} from "./chunk-OSAGCMX4.js";
import {
  collectFiles
} from "./chunk-4XNLUYM6.js";
import {
  DEFAULT_LOAD_LIMITS,
  loadSources
} from "./chunk-LXTQJA3R.js";

// src/cli/load-resources.ts
async function loadResources(io, paths, config = {}) {
  const maxFileBytes = config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes;
  const { files } = await collectFiles(paths, { fs: io.fs, cwd: io.cwd, readStdin: io.readStdin, maxFileBytes, isIgnored: (p) => isIgnoredPath(p, config) });
  return loadSources(files, { ...DEFAULT_LOAD_LIMITS, maxFileBytes }).resources;
}

export {
  loadResources
};
