import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KSTQWAIF.js";

// node-builtin:node:module
var require_node_module = __commonJS({
  "node-builtin:node:module"(exports, module) {
    module.exports = __require("node:module");
  }
});

// src/cli/args.ts
var import_node_module = __toESM(require_node_module(), 1);
var parseArgs = (0, import_node_module.createRequire)(import.meta.url)("node:util").parseArgs;
function isParseArgsError(error) {
  const code = error instanceof Error ? error.code : void 0;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
function describeParseError(command, error, argv = []) {
  const hint = `see 'netlint ${command} --help'`;
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${quoted ?? error.message} for netlint ${command} (${hint})`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const option = quoted?.replace(/ <value>$/, "").split(", ").pop() ?? "";
      if (/argument is ambiguous/.test(error.message)) {
        const value = argv[argv.indexOf(option) + 1] ?? "-\u2026";
        return `option ${option} needs a value; one that starts with "-" is written ${option}=${value} (${hint})`;
      }
      return /argument missing/.test(error.message) ? `option ${option} needs a value (${hint})` : `option ${option} takes no value (${hint})`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${quoted ?? ""} for netlint ${command} (${hint})`;
    default:
      return `${error.message} (${hint})`;
  }
}
var QUERY_OPTIONS = {
  from: { type: "string", multiple: true },
  to: { type: "string", multiple: true },
  port: { type: "string", multiple: true }
};
function queryOf(values) {
  const query = {};
  for (const key of ["from", "to", "port"]) {
    const given = values[key] ?? [];
    if (given.length > 1) throw new UsageError(`--${key} given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(", ")}): a query takes one --${key}; run one query per value`);
    if (given.length === 1) query[key] = given[0];
  }
  return query;
}

export {
  require_node_module,
  parseArgs,
  isParseArgsError,
  describeParseError,
  QUERY_OPTIONS,
  queryOf
};
