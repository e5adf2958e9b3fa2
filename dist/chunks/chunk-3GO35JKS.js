import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-O2OHA4SU.js";

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

// src/report/markdown-escape.ts
var ZWJ = "\u200D";
function escapeMarkdown(text) {
  return replaceAscii(
    singleLine(wellFormed(text)).replace(/:\/\//g, `:${ZWJ}//`).replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`).replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWJ}-`),
    MARKDOWN_REPLACEMENT
  );
}
var MARKDOWN_REPLACEMENT = (() => {
  const table = [];
  for (const c of "\\`*_{}[]()#+-.!|~$<>&@=") table[c.charCodeAt(0)] = `\\${c}`;
  table["&".charCodeAt(0)] = "&amp;";
  table["<".charCodeAt(0)] = "&lt;";
  table[">".charCodeAt(0)] = "&gt;";
  table["@".charCodeAt(0)] = `@${ZWJ}`;
  table["#".charCodeAt(0)] = `\\#${ZWJ}`;
  return table;
})();
function replaceAscii(text, table) {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code < 128 ? table[code] : void 0;
    if (replacement === void 0) continue;
    out += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
function escapeInlineCode(text, options = {}) {
  let content = singleLine(wellFormed(text));
  if (options.inTable) content = content.replace(/\\(?=\|)/g, `\\${ZWJ}`).replace(/\|/g, "\\|");
  let longestRun = 0;
  for (const run of content.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = "`".repeat(longestRun + 1);
  if (content === "") return "";
  const strippable = /^ .* $/.test(content) && !/^ +$/.test(content);
  const pad = content.startsWith("`") || content.endsWith("`") || strippable;
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
function escapeUrl(url) {
  return wellFormed(url).replace(
    /[^A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]/gu,
    (c) => c === "(" || c === ")" ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(c)
  );
}

export {
  countSeverities,
  problemSummary,
  resourceLabel,
  groupByFile,
  wellFormed,
  skippedNote,
  escapeMarkdown,
  escapeInlineCode,
  escapeUrl
};
