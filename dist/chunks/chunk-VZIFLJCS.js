import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-EE6HQMNT.js";

// src/report/text.ts
function countSeverities(findings) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[SEVERITY_COUNT_KEY[f.severity]]++;
  return counts;
}
var SEVERITY_COUNT_KEY = {
  error: "errors",
  warning: "warnings",
  info: "infos"
};
function severityCounts(counts) {
  const parts = [
    [counts.errors, "error", "errors"],
    [counts.warnings, "warning", "warnings"],
    [counts.infos, "info", "info"]
  ];
  const present = parts.filter(([n]) => n > 0);
  return (present.length > 0 ? present : parts).map(([n, one, many]) => plural(n, one, many)).join(", ");
}
function problemSummary(counts) {
  const total = counts.errors + counts.warnings + counts.infos;
  return `${plural(total, "problem")} (${severityCounts(counts)})`;
}
function resourceLabel(resource) {
  return resource.namespace === null ? `${resource.kind}/${resource.name}` : `${resource.kind}/${resource.namespace}/${resource.name}`;
}
function groupByFile(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return [...groups].map(([file, grouped]) => ({ file, items: grouped }));
}
function singleLine(text) {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function skippedNote(summary) {
  const parts = [];
  if (summary.skippedFiles) parts.push(`${plural(summary.skippedFiles, "file")} that ${summary.skippedFiles === 1 ? "is not a Kubernetes object" : "are not Kubernetes objects"}`);
  if (summary.helmTemplates) parts.push(`${plural(summary.helmTemplates, "unrendered template")} (lint what they render: helm template \u2026 | netlint lint -)`);
  return parts.length > 0 ? `skipped ${parts.join(" and ")}` : null;
}

export {
  countSeverities,
  problemSummary,
  resourceLabel,
  groupByFile,
  singleLine,
  wellFormed,
  skippedNote
};
