import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, error: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
function unknownFormat(given, formats) {
  const terminal = formats.find((f) => f === "stylish" || f === "text");
  const hint = formats.includes(given.toLowerCase()) ? `; formats are lower case: ${given.toLowerCase()}` : terminal !== void 0 && (given === "stylish" || given === "text") ? `; this command's terminal format is ${terminal}` : "";
  return new UsageError(`--format must be one of ${formats.join(", ")} (got "${given}"${hint})`);
}

export {
  EXIT,
  UsageError,
  unknownFormat
};
