import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/engine/rule-crash.ts
var RuleCrash = class extends Error {
  constructor(ruleId, file, cause) {
    super(`rule ${ruleId} crashed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.ruleId = ruleId;
    this.file = file;
  }
  ruleId;
  file;
  name = "RuleCrash";
};
var RuleFileFault = class extends Error {
  name = "RuleFileFault";
};

export {
  RuleCrash,
  RuleFileFault
};
