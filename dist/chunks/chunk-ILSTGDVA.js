import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  collectFiles
} from "./chunk-BOHZHQRB.js";
import {
  configuredInputFindings,
  isIgnoredPath
} from "./chunk-VALIGBTO.js";
import {
  UsageError
} from "./chunk-O2FCVE3I.js";
import {
  DEFAULT_LOAD_LIMITS,
  inTestData,
  loadSources
} from "./chunk-2TB3XL2O.js";

// src/cli/load-resources.ts
async function loadInput(io, paths, config = {}, load = loadSources, exclude) {
  const maxFileBytes = config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes;
  const { files } = await collectFiles(paths, { fs: io.fs, cwd: io.cwd, readStdin: io.readStdin, maxFileBytes, isIgnored: (p) => isIgnoredPath(p, config) || exclude?.(p) === true });
  const loaded = load(files, { ...DEFAULT_LOAD_LIMITS, maxFileBytes });
  const skippedTemplates = loaded.files.filter((f) => f.skipped === "helm-template").map((f) => f.path);
  return { resources: loaded.resources, problems: configuredInputFindings(loaded, config), skippedTemplates };
}
async function loadResources(io, paths, config = {}, load, again = {}) {
  return (await loadInput(io, paths, config, load, again.exclude)).resources;
}
var LISTED_TEMPLATES = 5;
function skippedTemplatesNote(paths) {
  const listed = paths.slice(0, LISTED_TEMPLATES).join(", ");
  const more = paths.length > LISTED_TEMPLATES ? ` and ${paths.length - LISTED_TEMPLATES} more` : "";
  const what = paths.length === 1 ? "an unrendered template" : `${paths.length} unrendered templates`;
  return `skipped ${what} (${listed}${more}): the objects in ${paths.length === 1 ? "it are" : "them are"} not in the answer; render first (helm template RELEASE CHART, envsubst) and pass the output, e.g. on stdin as -`;
}
function describeProblem(f, where = "") {
  return `${where}${f.file}:${f.line}:${f.column}: ${f.message} (${f.ruleId})`;
}
var InputError = class extends UsageError {
  constructor(problems, where = "") {
    super(
      problems.length === 1 ? `${describeProblem(problems[0], where)}: cannot read the input as Kubernetes objects until this is fixed` : `${problems.map((p) => describeProblem(p, where)).join("\nnetlint: ")}
netlint: cannot read the input as Kubernetes objects: fix these ${problems.length} problems (netlint lint shows them too)`
    );
    this.problems = problems;
  }
  problems;
};
async function loadReadableResources(io, paths, config = {}, load, again = {}) {
  const { resources, problems, skippedTemplates } = await loadInput(io, paths, config, load, again.exclude);
  if (!again.quiet) {
    for (const p of problems) if (p.severity !== "error") io.stderr(`netlint: warning: ${describeProblem(p)}
`);
    for (const p of problems) if (p.severity === "error" && inTestData(p.file)) io.stderr(`netlint: warning: ${describeProblem(p)}: left out, a test input
`);
    if (skippedTemplates.length > 0) io.stderr(`netlint: warning: ${skippedTemplatesNote(skippedTemplates)}
`);
  }
  const errors = problems.filter((p) => p.severity === "error" && !inTestData(p.file));
  if (errors.length > 0) throw new InputError(errors);
  return resources;
}

export {
  loadInput,
  loadResources,
  skippedTemplatesNote,
  describeProblem,
  InputError,
  loadReadableResources
};
