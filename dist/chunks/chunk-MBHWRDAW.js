import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/cli/args.ts
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

export {
  isParseArgsError,
  describeParseError
};
