import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/output.ts
var import_node_path = __toESM(require_node_path(), 1);
async function emit(io, text, output) {
  if (!output) return io.stdout(text);
  const file = import_node_path.default.resolve(io.cwd, output);
  await toOutput(output, async () => {
    await io.fs.mkdir(import_node_path.default.dirname(file));
    await io.fs.writeFile(file, text);
  });
}
async function emitStream(io, chunks, output) {
  if (output === void 0) {
    for (const chunk of chunks) if (!await io.writeStdout(chunk)) return;
    return;
  }
  await toOutput(output, () => writeChunks(io.fs, import_node_path.default.resolve(io.cwd, output), chunks));
}
async function toOutput(output, write) {
  try {
    await write();
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write: ${error.code ?? error.message}`);
  }
}
async function writeChunks(fs, file, chunks) {
  const append = fs.appendFile;
  await fs.mkdir(import_node_path.default.dirname(file));
  if (append === void 0) {
    const all = [];
    for (const chunk of chunks) all.push(chunk.slice());
    return fs.writeFile(file, Buffer.concat(all));
  }
  await fs.writeFile(file, "");
  for (const chunk of chunks) await append.call(fs, file, chunk);
}
function* utf8(pieces) {
  for (const piece of pieces) yield Buffer.from(piece, "utf8");
}
function noteOnStderr(io, notes, format, output) {
  if (output === void 0 && (format === "text" || format === "markdown")) return;
  for (const note of notes) io.stderr(`netlint: note: ${note}
`);
}

export {
  emit,
  emitStream,
  utf8,
  noteOnStderr
};
