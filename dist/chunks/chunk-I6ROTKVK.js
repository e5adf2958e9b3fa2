import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";
var REPOSITORY_URL = "https://github.com/netlint/netlint";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/README.md#${ruleId.replace(/[^a-z0-9-]/g, "")}`;
}

export {
  VERSION,
  REPOSITORY_URL,
  ruleDocsUrl
};
