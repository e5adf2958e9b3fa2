import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  decodeSource,
  globToRegExp
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/io/files.ts
var import_node_path = __toESM(require_node_path(), 1);
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json", ".conf", ".conflist"];
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var STDIN_PATH = "<stdin>";
function toRelative(cwd, absolute) {
  const rel = import_node_path.default.relative(cwd, absolute).split(import_node_path.default.sep).join("/");
  return rel === "" ? "." : rel;
}
function displayPath(cwd, target, absolute) {
  return import_node_path.default.isAbsolute(target) ? absolute.split(import_node_path.default.sep).join("/") : toRelative(cwd, absolute);
}
function underBase(base, to) {
  const shown = to(base);
  if (shown === ".." || shown.startsWith("../")) return to;
  const prefix = base.endsWith(import_node_path.default.sep) ? base.length : base.length + 1;
  return (absolute) => {
    if (!absolute.startsWith(base) || absolute.length <= prefix) return to(absolute);
    const rest = import_node_path.default.sep === "/" ? absolute.slice(prefix) : absolute.slice(prefix).split(import_node_path.default.sep).join("/");
    return shown === "." ? rest : shown.endsWith("/") ? `${shown}${rest}` : `${shown}/${rest}`;
  };
}
function isGlob(target) {
  return /[*?]/.test(target);
}
function globBase(cwd, glob) {
  const segments = glob.split(/[\\/]/);
  const fixed = segments.slice(0, segments.findIndex((s) => isGlob(s)));
  return import_node_path.default.resolve(cwd, fixed.join("/") || (import_node_path.default.isAbsolute(glob) ? "/" : "."));
}
function isManifestFile(name) {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
function errorCode(error) {
  return error.code ?? error.message;
}
function asText(file, maxFileBytes) {
  const decoded = decodeSource(file, maxFileBytes);
  return "text" in decoded && decoded.finding === void 0 && decoded.text.charCodeAt(0) !== 65279 ? { ...file, content: decoded.text } : file;
}
async function collectFiles(targets, options) {
  const { fs, cwd, maxFileBytes } = options;
  const files = [];
  const pathOfId = /* @__PURE__ */ new Map();
  const settled = /* @__PURE__ */ new Map();
  const outTargets = [];
  const take = async (abs, rel, named) => {
    const discovered = named === void 0 ? { discovered: true } : {};
    const known = settled.get(rel);
    if (known !== void 0) return known;
    let read;
    try {
      read = await fs.readCapped(abs, maxFileBytes);
    } catch (error) {
      if (named === void 0 && rel.includes("\uFFFD") && errorCode(error) === "ENOENT") {
        files.push({ path: rel, content: new Uint8Array(0), size: 0, discovered: true, unreadable: "the file name is not valid UTF-8, so netlint cannot open the file by name (it reads the name with U+FFFD for the bytes it cannot decode): rename the file" });
        settled.set(rel, rel);
        return rel;
      }
      throw new UsageError(`${rel}: cannot read: ${errorCode(error)}`);
    }
    options.afterEachFile?.();
    if (read.kind === "not-a-file") {
      if (named !== void 0) throw new UsageError(`${named}: ${read.what}, not a regular file; pipe it to \`netlint lint -\` to read it as standard input`);
      settled.set(rel, null);
      return null;
    }
    const first = pathOfId.get(read.id);
    if (first !== void 0) {
      settled.set(rel, first);
      return first;
    }
    pathOfId.set(read.id, rel);
    settled.set(rel, rel);
    files.push(read.kind === "file" ? asText({ path: rel, content: read.content, size: read.content.byteLength, ...discovered }, maxFileBytes) : { path: rel, content: new Uint8Array(0), size: read.size, ...discovered });
    return rel;
  };
  if (targets.filter((t) => t === "-").length > 1) throw new UsageError("- (stdin) is given more than once: stdin can be read only once");
  for (const target of targets.length > 0 ? targets : ["."]) {
    if (target === "-") {
      const name = options.stdinPath ?? STDIN_PATH;
      const bytes = await options.readStdin(maxFileBytes);
      files.push(bytes.byteLength > maxFileBytes ? { path: name, content: new Uint8Array(0), size: bytes.byteLength, sizeUnknown: true } : { path: name, content: bytes, size: bytes.byteLength });
      outTargets.push({ path: name, isDirectory: false, files: [name] });
      continue;
    }
    const absolute = import_node_path.default.resolve(cwd, target);
    const stat = await fs.stat(absolute);
    const glob = !stat && isGlob(target) ? globToRegExp(displayPath(cwd, target, absolute)) : null;
    if (!stat && !glob) throw new UsageError(`${target}: no such file or directory`);
    const rel = displayPath(cwd, target, absolute);
    if (glob || stat?.isDirectory) {
      const base = glob ? globBase(cwd, target) : absolute;
      const walked = (await fs.stat(base))?.isDirectory ? await walk(fs, cwd, base, isManifestFile, glob ? hiddenNamesOf(target) : void 0) : [];
      const found = [];
      let matched = 0;
      const shown = underBase(base, (abs) => displayPath(cwd, target, abs));
      const relative = underBase(base, (abs) => toRelative(cwd, abs));
      for (const abs of walked) {
        const r = shown(abs);
        if (glob && !glob.test(r)) continue;
        matched++;
        if (options.isIgnored?.(relative(abs))) continue;
        const listed = await take(abs, r);
        if (listed !== null) found.push(listed);
      }
      if (glob && matched === 0) throw new UsageError(`${target}: no file matches this pattern`);
      outTargets.push({ path: glob ? target : rel, isDirectory: true, files: [...new Set(found)] });
    } else {
      const listed = options.isIgnored?.(toRelative(cwd, absolute)) ? rel : await take(absolute, rel, target);
      outTargets.push({ path: rel, isDirectory: false, files: [listed ?? rel] });
    }
  }
  return { files, targets: outTargets };
}
function hiddenNamesOf(glob) {
  const segments = glob.split(/[\\/]/).filter((s) => s.startsWith(".") && s !== "." && s !== "..");
  if (segments.length === 0) return () => false;
  const patterns = segments.map(globToRegExp);
  return (name) => patterns.some((p) => p.test(name));
}
async function walk(fs, cwd, root, wanted, hidden = () => false) {
  const out = [];
  const entered = /* @__PURE__ */ new Set();
  const visit = async (dir, id) => {
    if (entered.has(id)) return;
    entered.add(id);
    let entries;
    try {
      entries = await fs.list(dir);
    } catch (error) {
      throw new UsageError(`${toRelative(cwd, dir)}: cannot read the folder: ${errorCode(error)}`);
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const { name, kind } of entries) {
      if (name.startsWith(".") && !hidden(name)) continue;
      const abs = import_node_path.default.join(dir, name);
      let isDirectory = kind === "directory";
      let isFile = kind === "file";
      let childId;
      if (kind === "symlink" || isDirectory) {
        const stat = await fs.stat(abs);
        if (!stat) continue;
        isDirectory = stat.isDirectory;
        isFile = stat.isFile;
        childId = stat.id ?? abs;
      }
      if (isDirectory) {
        if (!SKIPPED_DIRECTORIES.has(name)) await visit(abs, childId);
      } else if (isFile && wanted(name)) out.push(abs);
    }
  };
  const rootStat = await fs.stat(root);
  await visit(root, rootStat?.id ?? root);
  return out;
}

export {
  STDIN_PATH,
  toRelative,
  collectFiles,
  walk
};
