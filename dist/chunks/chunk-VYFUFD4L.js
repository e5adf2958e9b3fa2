import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, error: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  EXIT,
  UsageError
};
