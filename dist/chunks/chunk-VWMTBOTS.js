import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  singleLine,
  wellFormed
} from "./chunk-VZIFLJCS.js";

// src/report/markdown-escape.ts
var ZWJ = "\u200D";
function escapeMarkdown(text) {
  return replaceAscii(singleLine(wellFormed(text)).replace(/:\/\//g, `:${ZWJ}//`).replace(/www\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`), MARKDOWN_REPLACEMENT);
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
  escapeMarkdown,
  escapeInlineCode,
  escapeUrl
};
