import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  toRelative
} from "./chunk-BOHZHQRB.js";
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  parseConfig
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/config-file.ts
var import_node_path = __toESM(require_node_path(), 1);
var DEFAULT_CONFIG_FILES = [".netlint.yaml", ".netlint.yml"];
async function findConfigFile(io, lookup = "upward") {
  for (let dir = io.cwd; ; dir = import_node_path.default.dirname(dir)) {
    for (const name of DEFAULT_CONFIG_FILES) {
      const candidate = import_node_path.default.join(dir, name);
      if ((await io.fs.stat(candidate))?.isFile) return candidate;
    }
    if (lookup === "here" || await io.fs.stat(import_node_path.default.join(dir, ".git")) !== null || import_node_path.default.dirname(dir) === dir) return null;
  }
}
async function loadConfigFile(io, explicit, lookup = "upward") {
  let absolute = null;
  if (explicit) {
    absolute = import_node_path.default.resolve(io.cwd, explicit);
    const s = await io.fs.stat(absolute);
    if (s === null) throw new UsageError(`--config ${explicit}: no such file`);
    if (!s.isFile) throw new UsageError(`--config ${explicit}: ${s.isDirectory ? "is a folder" : "is not a regular file (a device, pipe or socket)"}; give a YAML file`);
  } else {
    absolute = await findConfigFile(io, lookup);
  }
  if (!absolute) return { config: {}, file: null };
  const rel = toRelative(io.cwd, absolute);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await io.fs.readFile(absolute));
  } catch (error) {
    throw new UsageError(`${rel}: cannot read the config: ${error.message}`);
  }
  const { config, errors } = parseConfig(text, rel);
  if (errors.length > 0) {
    throw new UsageError(errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid config: ${e.message}`).join("\n"));
  }
  const below = toRelative(import_node_path.default.dirname(absolute), io.cwd);
  if (explicit === void 0 && below !== "." && config.ignore) config.ignore = config.ignore.map((entry) => rebaseIgnore(entry, below));
  if (explicit === void 0 && config.rulePacks) config.rulePacks = config.rulePacks.map((dir) => toRelative(io.cwd, import_node_path.default.resolve(import_node_path.default.dirname(absolute), dir)));
  return { config, file: rel };
}
function rebaseIgnore(entry, below) {
  return typeof entry === "string" ? rebaseGlob(entry, below) : { ...entry, paths: entry.paths.map((p) => rebaseGlob(p, below)) };
}
function rebaseGlob(glob, below) {
  const g = glob.replace(/^\.\//, "");
  if (g.startsWith("**")) return g;
  const trimmed = g.replace(/\/$/, "");
  if (trimmed === below) return "**";
  if (g.startsWith(`${below}/`)) return g.slice(below.length + 1);
  return `${"../".repeat(below.split("/").length)}${g}`;
}

export {
  DEFAULT_CONFIG_FILES,
  findConfigFile,
  loadConfigFile,
  rebaseGlob
};
