import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  require_node_events,
  require_node_fs,
  require_node_os
} from "./chunk-ZN22KTQB.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/real-io.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_events = __toESM(require_node_events(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function whatIs(s) {
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}
function readCapped(file, maxBytes) {
  const fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK);
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) return { kind: "not-a-file", what: whatIs(st) };
    const id = `${st.dev}:${st.ino}`;
    if (st.size > maxBytes) return { kind: "too-large", id, size: st.size };
    let buf = Buffer.allocUnsafeSlow(Math.min(st.size, maxBytes) + 1);
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        if (n > maxBytes) break;
        const grown = Buffer.allocUnsafeSlow(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(grown, 0, 0, n);
        buf = grown;
      }
      const read = (0, import_node_fs.readSync)(fd, buf, n, buf.length - n, null);
      if (read === 0) break;
      n += read;
    }
    if (n > maxBytes) return { kind: "too-large", id, size: Math.max(st.size, n) };
    return { kind: "file", id, content: buf.subarray(0, n) };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function list(dir) {
  return (0, import_node_fs.readdirSync)(dir, { withFileTypes: true }).map((d) => ({
    name: d.name,
    kind: d.isFile() ? "file" : d.isDirectory() ? "directory" : d.isSymbolicLink() ? "symlink" : "other"
  }));
}
async function readStdin(maxBytes) {
  const chunks = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    total += chunk.byteLength;
    if (maxBytes !== void 0 && total > maxBytes) break;
  }
  const all = Buffer.concat(chunks, total);
  return maxBytes !== void 0 && total > maxBytes ? all.subarray(0, maxBytes + 1) : all;
}
var STDOUT_SLICE = 1 << 20;
function* textSlices(text, size) {
  if (text.length <= size) {
    yield text;
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 55296 && last <= 56319 && end - 1 > start) end--;
    yield text.slice(start, end);
    start = end;
  }
}
async function makeDirectory(dir) {
  const missing = [];
  for (let at = import_node_path.default.resolve(dir); ; ) {
    const found = await import_node_fs.promises.stat(at).catch((error) => {
      if (error.code !== "ENOENT") throw error;
      return null;
    });
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: "ENOTDIR" });
      break;
    }
    missing.push(at);
    const parent = import_node_path.default.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const d of missing.reverse()) {
    await import_node_fs.promises.mkdir(d).catch((error) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}
function realIo(options = {}) {
  let stdoutState = "open";
  process.stdout.on("error", (error) => {
    if (stdoutState !== "open") return;
    if (error.code === "EPIPE") {
      stdoutState = "closed";
      return;
    }
    stdoutState = "lost";
    process.stderr.write(`netlint: cannot write to standard output: ${error.code ?? error.message}
`);
    process.exitCode = 2;
  });
  return {
    get stdoutLost() {
      return stdoutState === "lost";
    },
    cwd: process.cwd(),
    stdout: (text) => {
      for (const slice of textSlices(text, STDOUT_SLICE)) process.stdout.write(slice);
    },
    writeStdout: async (chunk) => {
      if (stdoutState !== "open") return false;
      if (!process.stdout.write(chunk)) await (0, import_node_events.once)(process.stdout, "drain").catch(() => void 0);
      return stdoutState === "open";
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : void 0,
    env: process.env,
    readStdin,
    ...options.afterEachFile ? { afterEachFile: options.afterEachFile } : {},
    fs: {
      stat: async (p) => {
        try {
          const s = (0, import_node_fs.statSync)(p, { throwIfNoEntry: false });
          return s ? { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, id: `${s.dev}:${s.ino}` } : null;
        } catch {
          return null;
        }
      },
      readdir: (p) => import_node_fs.promises.readdir(p),
      list: async (p) => list(p),
      readFile: (p) => import_node_fs.promises.readFile(p),
      readCapped: async (p, maxBytes) => readCapped(p, maxBytes),
      writeFile: async (p, data) => {
        await import_node_fs.promises.writeFile(p, data);
      },
      mkdir: (p) => makeDirectory(p),
      appendFile: async (p, data) => {
        await import_node_fs.promises.appendFile(p, data);
      },
      mkdtemp: (prefix) => import_node_fs.promises.mkdtemp(import_node_path.default.join(import_node_os.default.tmpdir(), prefix)),
      rm: (p) => import_node_fs.promises.rm(p, { recursive: true, force: true })
    },
    exec: async (file, args, options2) => {
      const { execa } = await import("./execa-7JVVV5WU.js");
      const r = await execa(file, [...args], { cwd: options2?.cwd, timeout: options2?.timeoutMs ?? 6e4, reject: false, stdin: "ignore" });
      return { exitCode: r.exitCode ?? (r.failed ? 127 : 0), stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? r.message ?? "") };
    }
  };
}

export {
  realIo
};
