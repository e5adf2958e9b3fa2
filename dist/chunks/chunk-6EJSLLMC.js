import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  countSeverities,
  escapeInlineCode,
  escapeMarkdown,
  escapeUrl,
  groupByFile,
  problemSummary,
  resourceLabel,
  skippedNote,
  wellFormed
} from "./chunk-3GO35JKS.js";
import {
  loadConfigFile
} from "./chunk-X5DD57WH.js";
import {
  STDIN_PATH,
  collectFiles,
  toRelative,
  walk
} from "./chunk-BOHZHQRB.js";
import {
  ENGINE_RULE_LIST,
  SEVERITY_RANK,
  ignoreEntryUnderWalk,
  lint,
  reaches,
  summarize
} from "./chunk-VALIGBTO.js";
import {
  emit,
  emitStream,
  utf8
} from "./chunk-A3RY7UJ5.js";
import {
  REPOSITORY_URL,
  VERSION,
  ruleDocsUrl
} from "./chunk-I6ROTKVK.js";
import {
  parseArgs
} from "./chunk-DHJD67KQ.js";
import {
  EXIT,
  UsageError,
  unknownFormat
} from "./chunk-O2FCVE3I.js";
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import {
  compileDataRules,
  readDataRule
} from "./chunk-QQLOQ2QA.js";
import {
  plural
} from "./chunk-O2OHA4SU.js";
import {
  DEFAULT_LOAD_LIMITS,
  effectiveSeverity,
  globToRegExp,
  loadSources,
  normalizeIgnores,
  ruleOptions,
  unknownRuleHint,
  validateRuleIds,
  validateRuleOptions
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/lint.ts
var import_node_path2 = __toESM(require_node_path(), 1);

// src/io/rule-pack.ts
var import_node_path = __toESM(require_node_path(), 1);
var RuleFileError = class extends UsageError {
};
async function loadRulePacks(packs, fs, cwd, taken = /* @__PURE__ */ new Map()) {
  const skipped2 = [];
  const files = [];
  const refused = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { dir, origin } of packs) {
    const root = import_node_path.default.resolve(cwd, dir);
    const stat = await fs.stat(root);
    if (!stat) throw new UsageError(`${origin} ${dir}: no such directory`);
    if (!stat.isDirectory) throw new UsageError(`${origin} ${dir}: not a directory`);
    const own = [];
    let yamlFiles = 0;
    for (const file of await walk(fs, cwd, root, (name) => /\.(ya?ml|json)$/i.test(name))) {
      const rel = toRelative(cwd, file);
      if (/\.json$/i.test(file)) {
        if (looksLikeRule(new TextDecoder().decode(await fs.readFile(file)))) own.push(rel);
        continue;
      }
      yamlFiles++;
      if (seen.has(rel)) continue;
      seen.add(rel);
      const text = new TextDecoder().decode(await fs.readFile(file));
      const result = readDataRule(text, rel, void 0, taken);
      if ("errors" in result) {
        files.push({ problems: result.errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`) });
        if (result.assert !== void 0) refused.push({ file: rel, assert: result.assert });
        continue;
      }
      const id = result.read.def.id;
      const name = import_node_path.default.basename(file).replace(/\.ya?ml$/i, "");
      const parent = import_node_path.default.relative(root, import_node_path.default.dirname(file));
      const [pack, ruleName] = id.split("/");
      const expectedPack = parent === "" ? pack : import_node_path.default.basename(parent);
      if (ruleName !== name || pack !== expectedPack) {
        files.push({ problems: [`${rel}:1:1: invalid rule: id "${id}" must be "${expectedPack}/${name}" (the pack folder and file name)`] });
        refused.push({ file: rel, assert: result.read.def.assert });
        continue;
      }
      taken.set(id, rel);
      files.push({ problems: [], read: result.read });
    }
    skipped2.push(...own);
    if (yamlFiles === 0) throw new UsageError(`${origin} ${dir}: no .yaml rule files found${own.length > 0 ? ` (${own.join(", ")}: rule files are .yaml or .yml; JSON is YAML, so renaming is enough)` : ""}`);
  }
  const reads = files.filter((f) => f.read !== void 0);
  const compiled = compileDataRules(
    reads.map((f) => f.read),
    refused
  );
  const rules = [];
  reads.forEach((f, i) => {
    const result = compiled[i];
    if ("errors" in result) f.problems.push(...result.errors.map((e) => `${e.file}:${e.line}:${e.column}: invalid rule: ${e.message}`));
    else rules.push(result.rule);
  });
  const problems = files.flatMap((f) => f.problems);
  if (problems.length > 0) throw new RuleFileError([...new Set(problems)].join("\nnetlint: "));
  return { rules, skipped: skipped2 };
}
function looksLikeRule(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) && ("assert" in value || "match" in value);
  } catch {
    return false;
  }
}

// src/report/github.ts
var LEVEL = { error: "error", warning: "warning", info: "notice" };
function toAnnotations(result) {
  return result.findings.map(toAnnotation);
}
function toAnnotation(f) {
  const properties = { title: f.ruleId, file: f.file, startLine: f.line, endLine: f.endLine };
  if (f.line === f.endLine) {
    properties.startColumn = f.column;
    properties.endColumn = f.endColumn;
  }
  const message = f.remediation === void 0 ? f.message : `${f.message}
Remediation: ${f.remediation}`;
  return { level: LEVEL[f.severity], message, properties };
}
function renderGithub(result) {
  const lines = [];
  const sink = (level) => (message, properties) => lines.push(`${properties ? workflowCommand({ level, message, properties }) : `::${level}::${escapeCommandData(message)}`}
`);
  emitAnnotations({ error: sink("error"), warning: sink("warning"), notice: sink("notice") }, toAnnotations(result), { whereTheRestAre: "the other formats (stylish, json, sarif) list them" });
  return lines.join("");
}
var ANNOTATIONS_PER_LEVEL = 10;
var LEVELS = ["error", "warning", "notice"];
function emitAnnotations(core, annotations, options = {}) {
  const cap2 = options.cap ?? ANNOTATIONS_PER_LEVEL;
  const byLevel = (level) => annotations.filter((a) => a.level === level);
  const overflow = LEVELS.some((level) => byLevel(level).length > budget(level, cap2, false, options));
  const omitted = { error: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const level of LEVELS) {
    const all = byLevel(level);
    const shown = all.slice(0, budget(level, cap2, overflow, options));
    for (const a of shown) core[level](a.message, a.properties);
    emitted += shown.length;
    omitted[level] = all.length - shown.length;
  }
  const left = LEVELS.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} ${NOUN[level]}${omitted[level] === 1 ? "" : "s"}`);
  if (left.length > 0) {
    core.notice(`netlint: ${left.join(", ")} more than GitHub shows per step (${cap2} per level); ${options.whereTheRestAre ?? "the job summary and the SARIF file (up to 25,000 findings) list them"}`);
  }
  return { emitted, omitted };
}
var NOUN = { error: "error", warning: "warning", notice: "info finding" };
function budget(level, cap2, overflow, reserve) {
  if (level === "error" && reserve.reserveError) return Math.max(0, cap2 - 1);
  if (level === "warning") return Math.max(0, cap2 - (reserve.reserveWarnings ?? 0));
  if (level === "notice" && overflow) return Math.max(0, cap2 - 1);
  return cap2;
}
function workflowCommand(a) {
  const p = a.properties;
  let rendered = `title=${escapeCommandProperty(p.title)},file=${escapeCommandProperty(p.file)},line=${p.startLine},endLine=${p.endLine}`;
  if (p.startColumn !== void 0) rendered += `,col=${p.startColumn}`;
  if (p.endColumn !== void 0) rendered += `,endColumn=${p.endColumn}`;
  return `::${a.level} ${rendered}::${escapeCommandData(a.message)}`;
}
var COMMAND_ESCAPES = { "%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C" };
function escapeCommandData(text) {
  return /[%\r\n]/.test(text) ? text.replace(/[%\r\n]/g, (c) => COMMAND_ESCAPES[c]) : text;
}
function escapeCommandProperty(text) {
  return /[%\r\n:,]/.test(text) ? text.replace(/[%\r\n:,]/g, (c) => COMMAND_ESCAPES[c]) : text;
}

// src/report/json-chunks.ts
var ITEMS = "\0netlint:items\0";
var PIECE = 1 << 20;
function* jsonChunks(skeleton, items, indent = 2) {
  if (!Number.isInteger(indent) || indent < 0 || indent > 10) throw new Error(`jsonChunks: indent must be a whole number from 0 to 10 (got ${indent})`);
  const text = JSON.stringify(skeleton, null, indent);
  const marker = JSON.stringify(ITEMS);
  const at = text.indexOf(marker);
  if (at < 0 || text.includes(marker, at + 1)) throw new Error("jsonChunks: the skeleton must hold ITEMS exactly once");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const close = indent === 0 ? "" : `
${" ".repeat(text.slice(lineStart, at).search(/\S|$/))}`;
  const open = indent === 0 ? "" : `${close}${" ".repeat(indent)}`;
  let piece = text.slice(0, at);
  let first = true;
  for (const item of items) {
    piece += `${first ? "[" : ","}${open}${JSON.stringify(item, null, indent).replaceAll("\n", open)}`;
    first = false;
    if (piece.length >= PIECE) {
      yield piece;
      piece = "";
    }
  }
  yield `${piece}${first ? "[]" : `${close}]`}${text.slice(at + marker.length)}
`;
}
function* mapped(items, f) {
  for (const item of items) yield f(item);
}

// src/report/json.ts
function renderJson(result) {
  return [...renderJsonChunks(result)].join("");
}
function renderJsonChunks(result) {
  const { skeleton, findings } = jsonDocument(result);
  return jsonChunks(skeleton, findings);
}
function jsonDocument(result) {
  return { skeleton: { version: 1, findings: ITEMS, summary: contractSummary(result.summary) }, findings: mapped(result.findings, contractFinding) };
}
function contractFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    resource: f.resource === null ? null : {
      apiVersion: f.resource.apiVersion,
      kind: f.resource.kind,
      name: f.resource.name,
      namespace: f.resource.namespace
    },
    path: [...f.path]
  };
  if (f.remediation !== void 0) out.remediation = f.remediation;
  return out;
}
function contractSummary(s) {
  return { files: s.files, resources: s.resources, errors: s.errors, warnings: s.warnings, infos: s.infos };
}

// src/report/junit.ts
function renderJunit(result, failOn = "error") {
  const { findings, summary } = result;
  if (findings.length === 0) {
    const name = `lint (${plural(summary.files, "file")}, ${plural(summary.resources, "resource")})`;
    const suite = `  <testsuite name="netlint" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="netlint" name="${xmlAttribute(name)}"/>
  </testsuite>`;
    return document(1, 0, [suite]);
  }
  let tests = 0;
  let failures = 0;
  const suites = groupByFile(findings).map((group) => {
    const testcases = testcasesOf(group.items);
    const failing = testcases.filter((c) => reaches(worstOf(c.findings).severity, failOn)).length;
    tests += testcases.length;
    failures += failing;
    const file = xmlAttribute(group.file);
    const body = testcases.map((c) => testcase(file, c.name, c.findings, failOn)).join("\n");
    const counts = `tests="${testcases.length}" failures="${failing}" errors="0" skipped="0"`;
    return `  <testsuite name="${file}" ${counts}>
${body}
  </testsuite>`;
  });
  return document(tests, failures, suites);
}
function document(tests, failures, suites) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="netlint" tests="${tests}" failures="${failures}" errors="0">
${suites.join("\n")}
</testsuites>
`;
}
function testcasesOf(findings) {
  const cases = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const name = f.resource === null ? f.ruleId : `${f.ruleId} ${resourceLabel(f.resource)}`;
    const key = JSON.stringify([f.ruleId, f.resource && [f.resource.apiVersion, resourceLabel(f.resource)]]);
    const existing = cases.get(key);
    if (existing) existing.findings.push(f);
    else cases.set(key, { name, findings: [f] });
  }
  return [...cases.values()];
}
function worstOf(findings) {
  return findings.reduce((a, b) => SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a);
}
function testcase(classname, name, findings, failOn) {
  const worst = worstOf(findings);
  const message = findings.length === 1 ? worst.message : `${plural(findings.length, "problem")}: ${worst.message}`;
  const details = findings.map((f) => {
    const where = `${f.file}:${f.line}:${f.column}`;
    const remediation = f.remediation === void 0 ? "" : `
Remediation: ${f.remediation}`;
    return `${where} ${f.severity} ${f.message} [${f.ruleId}]${remediation}`;
  }).join("\n");
  const body = reaches(worst.severity, failOn) ? `      <failure type="${worst.severity}" message="${xmlAttribute(message)}">${xmlText(details)}</failure>
` : `      <system-out>${xmlText(details)}</system-out>
`;
  return `    <testcase classname="${classname}" name="${xmlAttribute(name)}">
${body}    </testcase>`;
}
function xmlText(text) {
  if (!XML_TEXT_CHANGES.test(text)) return text;
  return wellFormed(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\uFFFD").replace(/[&<>\r]/g, (c) => XML_ENTITY[c]);
}
var XML_TEXT_CHANGES = /[&<>\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;
function xmlAttribute(text) {
  const escaped = xmlText(text);
  return /["'\n\t]/.test(escaped) ? escaped.replace(/["'\n\t]/g, (c) => XML_ENTITY[c]) : escaped;
}
var XML_ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "	": "&#9;"
};

// src/report/markdown.ts
var DEFAULT_COLLAPSE_ABOVE = 10;
var DEFAULT_HINT = "see the job summary or the SARIF report";
var SEVERITY_CELL = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", info: "\u{1F535} info" };
var TABLE_HEAD = "| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |";
function renderMarkdown(result, ctx, options = {}) {
  return markdownRenderer(result, ctx, options)(options.maxLength, options.truncationHint);
}
function markdownRenderer(result, ctx, options = {}) {
  const findings = result.findings;
  const ruleCells = /* @__PURE__ */ new Map();
  const rows = findings.map((f) => {
    let rule = ruleCells.get(f.ruleId);
    if (rule === void 0) {
      const url = ctx.docsUrl(f.ruleId);
      ruleCells.set(f.ruleId, rule = url === null ? escapeMarkdown(f.ruleId) : `[${escapeMarkdown(f.ruleId)}](${escapeUrl(url)})`);
    }
    return tableRow(f, rule, options);
  });
  let priority;
  const byPriority = () => {
    if (!priority) {
      const order = findings.map((f, index) => ({ rank: SEVERITY_RANK[f.severity], index })).sort((a, b) => b.rank - a.rank || a.index - b.index).map((entry) => entry.index);
      priority = { order, rows: order.map((index) => rows[index]) };
    }
    return priority;
  };
  return (max, truncationHint) => {
    const render = (kept, omitted) => renderReport(result, rows, kept, omitted, { ...options, truncationHint });
    if (max === void 0 || fittingRows(rows, max) === rows.length) {
      const everything = render(rows.map(() => true), 0);
      if (max === void 0 || everything.length <= max) return everything;
    }
    const { order, rows: orderedRows } = byPriority();
    const renderFirst = (count) => {
      const kept = findings.map(() => false);
      for (let i = 0; i < count; i++) kept[order[i]] = true;
      return render(kept, findings.length - count);
    };
    let low = 0;
    let high = Math.min(findings.length - 1, fittingRows(orderedRows, max));
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (renderFirst(middle).length <= max) low = middle;
      else high = middle - 1;
    }
    for (let count = low; count >= 0; count--) {
      const text = renderFirst(count);
      if (text.length <= max) return text;
    }
    return cut(renderFirst(0), max);
  };
}
function renderReport(result, rows, kept, omitted, options) {
  const title = escapeMarkdown(options.title ?? "netlint");
  const { files, resources } = result.summary;
  const note = skippedNote(result.summary);
  const checked = `Checked ${plural(files, "file")} and ${plural(resources, "resource")}.${note ? ` ${escapeMarkdown(note[0].toUpperCase() + note.slice(1))}.` : ""}`;
  if (result.findings.length === 0) return `### \u2705 ${title}: no problems found

${checked}
`;
  const counts = countSeverities(result.findings);
  const icon = counts.errors > 0 ? "\u274C" : counts.warnings > 0 ? "\u26A0\uFE0F" : "\u2139\uFE0F";
  const blocks = [`### ${icon} ${title}: ${problemSummary(counts)}`, checked];
  const collapseAbove = options.collapseAbove ?? DEFAULT_COLLAPSE_ABOVE;
  const indexed = result.findings.map((f, index) => ({ file: f.file, index }));
  for (const group of groupByFile(indexed)) {
    const shown = group.items.filter((item) => kept[item.index]).map((item) => rows[item.index]);
    if (shown.length === 0) continue;
    blocks.push(`#### ${escapeInlineCode(group.file)}`);
    const table = `${TABLE_HEAD}
${shown.join("\n")}`;
    blocks.push(
      shown.length > collapseAbove ? `<details>
<summary>${plural(shown.length, "problem")}</summary>

${table}

</details>` : table
    );
  }
  if (omitted > 0) {
    blocks.push(`_\u2026 ${plural(omitted, "more finding")} not shown: ${options.truncationHint ?? DEFAULT_HINT}._`);
  }
  return `${blocks.join("\n\n")}
`;
}
function tableRow(f, rule, options) {
  const position = `${f.line}:${f.column}`;
  const line = options.sourceUrl ? `[${position}](${escapeUrl(options.sourceUrl(f.file, f.line, f.endLine))})` : position;
  const resource = f.resource === null ? "" : ` (${escapeInlineCode(resourceLabel(f.resource), { inTable: true })})`;
  return `| ${line} | ${SEVERITY_CELL[f.severity]} | ${rule} | ${escapeMarkdown(f.message)}${resource} |`;
}
function fittingRows(rows, max) {
  let length = 0;
  let count = 0;
  while (count < rows.length && (length += rows[count].length + 1) <= max) count++;
  return count;
}
function cut(text, max) {
  const end = Math.max(0, max);
  const head = text.slice(0, end);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

// src/report/hash.ts
var OFFSET_HI = 3421674724;
var OFFSET_LO = 2216829733;
var PRIME_LOW_PART = 435;
var TWO_32 = 4294967296;
var encoder = new TextEncoder();
function fnv1a64(text) {
  const bytes = isAscii(text) ? null : encoder.encode(text);
  const length = bytes ? bytes.length : text.length;
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (let i = 0; i < length; i++) {
    lo = (lo ^ (bytes ? bytes[i] : text.charCodeAt(i))) >>> 0;
    const loProduct = lo * PRIME_LOW_PART;
    hi = hi * PRIME_LOW_PART + Math.floor(loProduct / TWO_32) + lo * 256 >>> 0;
    lo = loProduct >>> 0;
  }
  return hex8(hi) + hex8(lo);
}
function isAscii(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
function hex8(n) {
  return n.toString(16).padStart(8, "0");
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "netlint/v1";
var DESCRIPTION_LIMIT = 1024;
var MAX_RESULTS = 25e3;
function sarifLeftOutNote(count) {
  const left = count - MAX_RESULTS;
  return left > 0 ? `the SARIF report holds the ${MAX_RESULTS} most severe of ${count} findings and leaves ${left} out: GitHub code scanning rejects a run with more` : null;
}
var SEVERITY_RANK2 = { error: 0, warning: 1, info: 2 };
function withinResultLimit(findings) {
  if (findings.length <= MAX_RESULTS) return { kept: findings, left: 0 };
  const perRank = [0, 0, 0];
  for (const f of findings) perRank[SEVERITY_RANK2[f.severity]]++;
  let room = MAX_RESULTS;
  const quota = perRank.map((n) => {
    const take = Math.min(n, room);
    room -= take;
    return take;
  });
  const kept = findings.filter((f) => quota[SEVERITY_RANK2[f.severity]]-- > 0);
  return { kept, left: findings.length - kept.length };
}
var LEVEL2 = { error: "error", warning: "warning", info: "note" };
function renderSarif(result, ctx) {
  return [...renderSarifChunks(result, ctx)].join("");
}
function renderSarifChunks(result, ctx) {
  const { kept, left } = withinResultLimit(result.findings);
  const rules = ruleDescriptors(result.findings, ctx);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const occurrences = /* @__PURE__ */ new Map();
  const uris = /* @__PURE__ */ new Map();
  const results = mapped(kept, (f) => {
    const fingerprint = findingFingerprint(f);
    const occurrence = (occurrences.get(fingerprint) ?? 0) + 1;
    occurrences.set(fingerprint, occurrence);
    let uri = uris.get(f.file);
    if (uri === void 0) uris.set(f.file, uri = fileUri(f.file));
    return sarifResult(f, ruleIndex.get(f.ruleId) ?? 0, `${fingerprint}:${occurrence}`, uri);
  });
  const driver = { name: "netlint", version: ctx.toolVersion };
  if (ctx.informationUri !== void 0) driver.informationUri = ctx.informationUri;
  driver.rules = rules.map((rule) => descriptor(rule, ctx));
  const run = { tool: { driver } };
  if (left > 0) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{ level: "warning", message: { text: `${left} of ${result.findings.length} results left out, the least severe first: GitHub code scanning rejects a run with more than ${MAX_RESULTS} results (other formats list them all)` } }]
      }
    ];
  }
  Object.assign(run, { columnKind: "utf16CodeUnits", results: ITEMS });
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
  return jsonChunks(log, results);
}
function ruleDescriptors(findings, ctx) {
  const known = [...ctx.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ids = new Set(known.map((rule) => rule.id));
  const unknown = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (ids.has(f.ruleId) || unknown.has(f.ruleId)) continue;
    unknown.set(f.ruleId, {
      id: f.ruleId,
      description: f.ruleId,
      severity: f.severity,
      remediation: f.remediation ?? "",
      kinds: [],
      messages: {}
    });
  }
  return [...known, ...[...unknown.values()].sort((a, b) => a.id < b.id ? -1 : 1)];
}
function descriptor(rule, ctx) {
  const helpUri = ctx.docsUrl(rule.id);
  const remediation = rule.remediation === "" ? [] : [rule.remediation];
  const link = helpUri === null ? [] : [helpUri];
  const text = [rule.description, ...remediation.map((r) => `Remediation: ${r}`), ...link.map((u) => `Documentation: ${u}`)];
  const markdown = [
    rule.description,
    ...remediation.map((r) => `**Remediation:** ${r}`),
    ...rule.docs === void 0 || rule.docs.trim() === helpUri ? [] : [rule.docs],
    ...link.map((u) => `[Documentation](${u})`)
  ];
  const pack = rule.id.includes("/") ? rule.id.slice(0, rule.id.indexOf("/")) : rule.id;
  return {
    id: rule.id,
    shortDescription: { text: cap(rule.description, DESCRIPTION_LIMIT) },
    fullDescription: { text: cap([rule.description, ...remediation].join(" "), DESCRIPTION_LIMIT) },
    help: { text: text.join("\n\n"), markdown: markdown.join("\n\n") },
    ...helpUri === null ? {} : { helpUri },
    defaultConfiguration: { level: LEVEL2[rule.severity] },
    properties: { tags: ["netlint", pack] }
  };
}
function sarifResult(f, ruleIndex, fingerprint, uri) {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, f.endColumn) : Math.max(1, f.endColumn);
  const location = {
    physicalLocation: {
      artifactLocation: uri.startsWith("file:") ? { uri } : { uri, uriBaseId: "%SRCROOT%" },
      region: { startLine, startColumn, endLine, endColumn }
    }
  };
  if (f.resource !== null) {
    location.logicalLocations = [
      {
        name: f.resource.name,
        fullyQualifiedName: resourceLabel(f.resource),
        kind: "resource",
        properties: { apiVersion: f.resource.apiVersion }
      }
    ];
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL2[f.severity],
    message: { text: f.message },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { path: [...f.path] }
  };
}
function findingFingerprint(f) {
  const resource = f.resource === null ? null : [f.resource.apiVersion, f.resource.kind, f.resource.namespace, f.resource.name];
  return fnv1a64(JSON.stringify([f.ruleId, f.file, resource, f.path]));
}
function fileUri(file) {
  const drive = /^[A-Za-z]:\//.exec(file);
  const encoded = wellFormed(drive === null ? file : file.slice(2)).split("/").map(encodeURIComponent).join("/");
  if (drive !== null) return `file:///${file.slice(0, 2)}${encoded}`;
  return file.startsWith("/") ? `file://${encoded}` : encoded;
}
function cap(text, limit) {
  return text.length <= limit ? text : `${wellFormed(text.slice(0, limit - 1))}\u2026`;
}

// src/report/stylish.ts
function renderStylish(result, ctx) {
  return [...renderStylishChunks(result, ctx)].join("");
}
var LINES_PER_PIECE = 16384;
var CHARS_PER_PIECE = 1 << 20;
function* renderStylishChunks(result, ctx, linesPerPiece = LINES_PER_PIECE) {
  const paint = painter(ctx.color);
  const { findings, summary } = result;
  if (findings.length === 0) {
    const checked = `${plural(summary.files, "file")}, ${plural(summary.resources, "resource")}`;
    const hidden = ctx.hiddenByQuiet;
    const unshown = hidden ? [hidden.warnings > 0 ? plural(hidden.warnings, "warning") : "", hidden.infos > 0 ? plural(hidden.infos, "info") : ""].filter((p) => p !== "") : [];
    if (unshown.length > 0 && hidden?.fails) yield `${paint("red", "\u2716")} No errors shown, but the ${unshown.join(" and ")} hidden by --quiet fail the run (${checked})
${skipped(summary, paint)}`;
    else if (unshown.length > 0) yield `${paint("green", "\u2714")} No errors (${checked}; ${unshown.join(" and ")} hidden by --quiet)
${skipped(summary, paint)}`;
    else yield `${paint("green", "\u2714")} No problems found (${checked})
${skipped(summary, paint)}`;
    return;
  }
  const width = Math.max(MIN_WIDTH, ctx.columns ?? DEFAULT_WIDTH);
  let lines = [];
  let chars = 0;
  const rows = new RowParts(ctx, paint);
  for (const group of groupByFile(findings)) {
    lines.push("", paint("underline", visible(group.file)));
    const writeRow = fileRowWriter(group.items, rows, width);
    for (const f of group.items) {
      const from = lines.length;
      writeRow(f, lines);
      for (let i = from; i < lines.length; i++) chars += lines[i].length + 1;
      if (lines.length >= linesPerPiece || chars >= CHARS_PER_PIECE) {
        yield `${lines.join("\n")}
`;
        lines = [];
        chars = 0;
      }
    }
  }
  const counts = countSeverities(findings);
  const tone = counts.errors > 0 ? "red" : counts.warnings > 0 ? "yellow" : "blue";
  lines.push("", paint(tone, paint("bold", `\u2716 ${problemSummary(counts)}`)));
  yield `${lines.join("\n")}
${skipped(summary, paint)}`;
}
function skipped(summary, paint) {
  const note = skippedNote(summary);
  return note ? `${paint("dim", note)}
` : "";
}
var DEFAULT_WIDTH = 80;
var MIN_WIDTH = 40;
var RowParts = class {
  constructor(ctx, paint) {
    this.ctx = ctx;
    this.paint = paint;
  }
  ctx;
  paint;
  ruleIds = /* @__PURE__ */ new Map();
  hints = /* @__PURE__ */ new Map();
  ruleId(id) {
    let entry = this.ruleIds.get(id);
    if (!entry) {
      const shown = visible(id);
      this.ruleIds.set(id, entry = { shown, width: displayWidth(shown), painted: this.paint("dim", shown) });
    }
    return entry;
  }
  /** `indent` is as wide as the report less `textWidth`, so the width decides it. */
  hintLines(f, textWidth, indent) {
    let entries = this.hints.get(f.ruleId);
    if (!entries) this.hints.set(f.ruleId, entries = []);
    for (const e of entries) if (e.width === textWidth && e.remediation === f.remediation) return e.lines;
    const url = this.ctx.docsUrl(f.ruleId);
    const wrapped = [...f.remediation ? wrap(visible(`fix: ${f.remediation}`), textWidth) : [], ...url === null ? [] : wrap(visible(url), textWidth)];
    const lines = wrapped.map((l) => indent + this.paint("dim", l));
    entries.push({ width: textWidth, remediation: f.remediation, lines });
    return lines;
  }
};
function fileRowWriter(findings, parts, width) {
  const paint = parts.paint;
  let lineWidth = 0;
  let columnWidth = 0;
  let severityWidth = 0;
  for (const f of findings) {
    lineWidth = Math.max(lineWidth, String(f.line).length);
    columnWidth = Math.max(columnWidth, String(f.column).length);
    severityWidth = Math.max(severityWidth, f.severity.length);
  }
  const indent = " ".repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  const textWidth = width - indent.length;
  const severities = /* @__PURE__ */ new Map();
  const hinted = /* @__PURE__ */ new Set();
  return (f, out) => {
    const position = paint("dim", `${String(f.line).padStart(lineWidth)}:${String(f.column).padEnd(columnWidth)}`);
    let severity = severities.get(f.severity);
    if (severity === void 0) severities.set(f.severity, severity = paint(SEVERITY_TONE[f.severity], pad(f.severity, severityWidth)));
    const ruleId = parts.ruleId(f.ruleId);
    const message = wrapMeasured(visible(f.message), textWidth);
    const last = message.lines.length - 1;
    if (message.lastWidth + 2 + ruleId.width <= textWidth) message.lines[last] += `  ${ruleId.painted}`;
    else message.lines.push(ruleId.painted);
    out.push(`  ${position}  ${severity}  ${message.lines[0]}`);
    for (let i = 1; i < message.lines.length; i++) out.push(indent + message.lines[i]);
    const hint = parts.hintLines(f, textWidth, indent);
    if (hinted.has(hint)) return;
    hinted.add(hint);
    for (const h of hint) out.push(h);
  };
}
function wrap(text, width) {
  return wrapMeasured(text, width).lines;
}
function wrapMeasured(text, width) {
  if (text.includes("  ") || text.startsWith(" ") || text.endsWith(" ")) return wrapWords(text.split(" ").filter(Boolean), width);
  const lines = [];
  let lineStart = 0;
  let lineWidth = -1;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf(" ", pos);
    if (end < 0) end = text.length;
    const wordWidth = displayWidth(text, pos, end);
    if (lineWidth < 0) lineWidth = wordWidth;
    else if (lineWidth + 1 + wordWidth <= width) lineWidth += 1 + wordWidth;
    else {
      lines.push(text.slice(lineStart, pos - 1));
      lineStart = pos;
      lineWidth = wordWidth;
    }
    pos = end + 1;
  }
  lines.push(text.slice(lineStart));
  return { lines, lastWidth: Math.max(0, lineWidth) };
}
function wrapWords(words, width) {
  const lines = [];
  let line = "";
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (line === "") {
      line = word;
      lineWidth = wordWidth;
    } else if (lineWidth + 1 + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  lines.push(line);
  return { lines, lastWidth: lineWidth };
}
var SEVERITY_TONE = { error: "red", warning: "yellow", info: "blue" };
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function visible(text) {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function displayWidth(text, start = 0, end = text.length) {
  let width = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319 && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) {
        width--;
        i++;
      }
    }
  }
  return width;
}
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
var ANSI = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24]
};
function painter(color) {
  if (!color) return (_tone, text) => text;
  return (tone, text) => `\x1B[${ANSI[tone][0]}m${text}\x1B[${ANSI[tone][1]}m`;
}

// src/report/index.ts
var LINT_FORMATS = ["stylish", "json", "sarif", "github", "markdown", "junit"];
function isLintFormat(value) {
  return LINT_FORMATS.includes(value);
}
var RENDERERS = {
  stylish: renderStylish,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
  markdown: (result, ctx) => renderMarkdown(result, ctx),
  junit: (result, ctx) => renderJunit(result, ctx.failOn)
};
function renderLint(format, result, ctx) {
  return RENDERERS[format](result, ctx);
}
var CHUNKED = { stylish: renderStylishChunks, json: renderJsonChunks, sarif: renderSarifChunks };
function isChunkedLintFormat(format) {
  return Object.hasOwn(CHUNKED, format);
}
function renderLintChunks(format, result, ctx) {
  return CHUNKED[format](result, ctx);
}

// src/cli/ignore-file.ts
var IGNORE_FILE = ".netlintignore";
function compileLine(raw) {
  let line = raw.replace(/\r$/, "").replace(/(?<!\\)\s+$/, "");
  if (line === "" || line.startsWith("#")) return null;
  const negated = line.startsWith("!");
  if (negated) line = line.slice(1);
  line = line.replace(/^\\([#!])/, "$1");
  const folderOnly = line.endsWith("/");
  const body = line.replace(/\/+$/, "");
  if (body === "") return null;
  const anchored = body.includes("/");
  const glob = `${anchored ? body.replace(/^\//, "") : `**/${body}`}${folderOnly ? "/" : ""}`;
  return { pattern: globToRegExp(glob), negated };
}
function compileIgnore(lines) {
  const rules = lines.map(compileLine).filter((r) => r !== null);
  if (rules.length === 0) return () => false;
  return (p) => {
    let ignored = false;
    for (const rule of rules) if (rule.negated === ignored && rule.pattern.test(p)) ignored = !rule.negated;
    return ignored;
  };
}

// src/cli/lint.ts
var FAIL_ON_VALUES = ["error", "warning", "info", "never"];
function parseFailOn(value) {
  if (!FAIL_ON_VALUES.includes(value)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(", ")} (got "${value}")`);
  }
  return value;
}
function listOption(values) {
  return (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
async function ignoreFilter(io, patterns) {
  const file = import_node_path2.default.join(io.cwd, IGNORE_FILE);
  const lines = [];
  if ((await io.fs.stat(file))?.isFile) {
    try {
      lines.push(...new TextDecoder("utf-8", { fatal: true }).decode(await io.fs.readFile(file)).split("\n"));
    } catch (error) {
      throw new UsageError(`${IGNORE_FILE}: cannot read: ${error.code ?? error.message}`);
    }
  }
  return compileIgnore([...lines, ...patterns]);
}
async function loadRules(io, builtinRules, packs) {
  const rules = [...builtinRules];
  const taken = new Map([...builtinRules.map((r) => r.meta.id), ...ENGINE_RULE_LIST.map((r) => r.id)].map((id) => [id, null]));
  if (packs.length > 0) {
    const loaded = await loadRulePacks(packs, io.fs, io.cwd, taken);
    rules.push(...loaded.rules);
    for (const file of loaded.skipped) io.stderr(`netlint: warning: ${file}: not read: rule files are .yaml or .yml (JSON is YAML, so renaming it to .yaml is enough)
`);
  }
  const ids = new Set(rules.map((r) => r.meta.id));
  if (ids.size !== rules.length) {
    const dup = rules.find((r, i) => rules.findIndex((o) => o.meta.id === r.meta.id) !== i);
    throw new UsageError(`rule ${dup.meta.id} is defined twice (a --rules pack repeats a built-in or another pack's id)`);
  }
  return rules;
}
async function rulesWithPacks(io, builtinRules, options) {
  const { config, file: configFile } = await loadConfigFile(io, options.config, options.configLookup);
  const packs = /* @__PURE__ */ new Map();
  for (const [dirs, origin] of [[options.rules ?? [], "--rules"], [config.rulePacks ?? [], `${configFile ?? ".netlint.yaml"}: rulePacks:`]]) {
    for (const dir of dirs) {
      const key = toRelative(io.cwd, import_node_path2.default.resolve(io.cwd, dir));
      if (!packs.has(key)) packs.set(key, origin);
    }
  }
  const rules = await loadRules(io, builtinRules, [...packs].map(([dir, origin]) => ({ dir, origin })));
  return { config, configFile, rules };
}
async function prepare(io, builtinRules, options) {
  const { config, configFile, rules } = await rulesWithPacks(io, builtinRules, options);
  const ids = new Set(rules.map((r) => r.meta.id));
  const optionErrors = [...validateRuleIds(config, [...ids, ...ENGINE_RULE_LIST.map((r) => r.id)]), ...validateRuleOptions(config, rules)];
  if (optionErrors.length > 0) throw new UsageError(optionErrors.map((e) => `${e.file}:${e.line}:${e.column}: invalid config: ${e.message}`).join("\n"));
  for (const id of [...options.enable ?? [], ...options.disable ?? []]) {
    if (!ids.has(id) && !ENGINE_RULE_LIST.some((r) => r.id === id)) throw new UsageError(`unknown rule "${id}"${unknownRuleHint(id, [...ids, ...ENGINE_RULE_LIST.map((r) => r.id)])}`);
  }
  return { config, configFile, rules };
}
function partOfConfigTree(cwd, configFile, targets) {
  if (configFile === null || targets.length === 0 || !targets.every((t) => t.isDirectory)) return null;
  const configDir = import_node_path2.default.dirname(import_node_path2.default.resolve(cwd, configFile));
  const below = (t) => {
    const rel = toRelative(configDir, import_node_path2.default.resolve(cwd, t.path));
    return rel !== "." && !rel.startsWith("..") && !import_node_path2.default.isAbsolute(rel);
  };
  return targets.every(below) ? targets.map((t) => t.path).join(", ") : null;
}
async function runLint(io, builtinRules, options) {
  const { config, configFile, rules } = await prepare(io, builtinRules, options);
  const ignored = await ignoreFilter(io, options.ignorePatterns ?? []);
  const maxFileBytes = config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes;
  const entries = normalizeIgnores(config);
  const hit = /* @__PURE__ */ new Set();
  const configIgnores = (p) => {
    let skipped2 = false;
    entries.forEach((e, i) => {
      if (e.rules === null && e.patterns.some((r) => r.test(p))) {
        hit.add(i);
        skipped2 = true;
      }
    });
    return skipped2;
  };
  const { files, targets } = await collectFiles(options.paths, {
    fs: io.fs,
    cwd: io.cwd,
    readStdin: io.readStdin,
    maxFileBytes,
    stdinPath: options.stdinFilename,
    afterEachFile: io.afterEachFile,
    isIgnored: (p) => configIgnores(p) || ignored(p) || options.onlyFiles !== void 0 && !options.onlyFiles.has(p)
  });
  const unmatchedIgnores = (config.ignore ?? []).flatMap((entry, i) => entries[i].rules === null && !hit.has(i) && ignoreEntryUnderWalk(entry, targets) ? [i] : []);
  const { afterEachFile } = io;
  const load = options.load ?? (afterEachFile ? (f, limits) => loadSources(f, limits, afterEachFile) : void 0);
  const partOf = partOfConfigTree(io.cwd, configFile, targets);
  const output = lint({ files, rules, config, targets, enable: options.enable, disable: options.disable, load, unmatchedIgnores, ...options.onlyFiles !== void 0 ? { partial: true } : {}, ...partOf !== null ? { partOf } : {} });
  return { output, rules, config };
}
function reportContext(rules, color, extra = {}) {
  const { documented, ...rest } = extra;
  const ids = documented === void 0 ? null : /* @__PURE__ */ new Set([...documented.map((r) => r.meta.id), ...ENGINE_RULE_LIST.map((r) => r.id)]);
  const ownUrls = new Map(rules.flatMap((r) => /^https?:\/\/\S+$/.test(r.meta.docs?.trim() ?? "") ? [[r.meta.id, r.meta.docs.trim()]] : []));
  const docsUrl = (id) => ids === null || ids.has(id) ? ruleDocsUrl(id) : ownUrls.get(id) ?? null;
  return { toolVersion: VERSION, rules: [...rules.map((r) => r.meta), ...ENGINE_RULE_LIST], color, docsUrl, informationUri: REPOSITORY_URL, ...rest };
}
function useColor(io, toFile) {
  if (toFile) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function parseMaxWarnings(value) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}")`);
  return Number(value);
}
function renderEffectiveConfig(config, configFile, rules, options) {
  const enabled = new Set(options.enable);
  const disabled = new Set(options.disable);
  const severities = Object.fromEntries(
    [...rules.map((r) => r.meta), ...ENGINE_RULE_LIST].sort((a, b) => a.id < b.id ? -1 : 1).map((meta) => {
      const id = meta.id;
      let severity = effectiveSeverity(id, meta.severity, meta.enabledByDefault !== false, config);
      if (enabled.has(id) && severity === null) severity = meta.severity;
      if (disabled.has(id)) severity = null;
      const opts = ruleOptions(id, config);
      return [id, Object.keys(opts).length > 0 ? { severity: severity ?? "off", options: opts } : severity ?? "off"];
    })
  );
  const effective = {
    configFile,
    ignore: config.ignore ?? [],
    ignorePatterns: options.ignorePatterns ?? [],
    cluster: config.cluster ?? {},
    expect: (config.expect ?? []).map(({ position: _p, file: _f, ...entry }) => entry),
    rulePacks: config.rulePacks ?? [],
    limits: { maxFileBytes: config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes },
    rules: severities
  };
  return `${JSON.stringify(effective, null, 2)}
`;
}
async function lintCommand(argv, io, builtinRules) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f", default: "stylish" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string", default: "error" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      "fail-if-no-objects": { type: "boolean", default: false },
      config: { type: "string", short: "c" },
      "print-config": { type: "boolean", default: false },
      rules: { type: "string", multiple: true },
      disable: { type: "string", multiple: true },
      enable: { type: "string", multiple: true },
      "ignore-pattern": { type: "string", multiple: true },
      "stdin-filename": { type: "string" }
    }
  });
  const format = values.format;
  if (!isLintFormat(format)) throw unknownFormat(format, LINT_FORMATS);
  const failOn = parseFailOn(values["fail-on"]);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const stdinFilename = values["stdin-filename"];
  if (stdinFilename !== void 0 && stdinFilename.trim() === "") throw new UsageError("--stdin-filename needs a non-empty name");
  const options = {
    paths: positionals,
    config: values.config,
    rules: values.rules,
    enable: listOption(values.enable),
    disable: listOption(values.disable),
    ignorePatterns: values["ignore-pattern"],
    stdinFilename: stdinFilename?.split(import_node_path2.default.sep).join("/")
  };
  if (values["print-config"]) {
    const { config, configFile, rules: rules2 } = await prepare(io, builtinRules, options);
    await emit(io, renderEffectiveConfig(config, configFile, rules2, options), values.output);
    return EXIT.ok;
  }
  const { output, rules } = await lintResult(io, builtinRules, options);
  const relative = format === "sarif" || format === "github" ? await fromRepositoryRoot(io, output) : output;
  const shown = values.quiet ? quietResult(relative) : relative;
  const ctx = reportContext(rules, useColor(io, values.output !== void 0), { columns: io.columns, failOn, documented: builtinRules });
  if (values.quiet) {
    const { warnings, infos } = output.summary;
    const fails = maxWarnings !== void 0 && warnings > maxWarnings || warnings > 0 && (failOn === "warning" || failOn === "info") || infos > 0 && failOn === "info";
    ctx.hiddenByQuiet = { warnings, infos, fails };
  }
  if (isChunkedLintFormat(format)) await emitStream(io, utf8(renderLintChunks(format, shown, ctx)), values.output);
  else await emit(io, renderLint(format, shown, ctx), values.output);
  const leftOut = format === "sarif" ? sarifLeftOutNote(shown.findings.length) : null;
  if (leftOut !== null) io.stderr(`netlint: ${leftOut} (--format json lists them all)
`);
  return exitCode(io, output.findings, { failOn, maxWarnings, quiet: values.quiet, failIfNoObjects: values["fail-if-no-objects"], resources: output.summary.resources });
}
async function lintResult(io, builtinRules, options) {
  const { output, rules } = await runLint(io, builtinRules, options);
  return { output: { findings: output.findings, summary: output.summary }, rules };
}
async function fromRepositoryRoot(io, result) {
  let root = null;
  for (let dir = io.cwd; ; dir = import_node_path2.default.dirname(dir)) {
    if (await io.fs.stat(import_node_path2.default.join(dir, ".git")) !== null) {
      root = dir;
      break;
    }
    if (import_node_path2.default.dirname(dir) === dir) break;
  }
  if (root === null) return result;
  const rebased = /* @__PURE__ */ new Map();
  const fromRoot = (file) => {
    let r = rebased.get(file);
    if (r === void 0) {
      const rel = import_node_path2.default.relative(root, import_node_path2.default.resolve(io.cwd, file));
      const inside = rel !== "" && rel !== ".." && !rel.startsWith(`..${import_node_path2.default.sep}`) && !import_node_path2.default.isAbsolute(rel);
      rebased.set(file, r = file === STDIN_PATH || !inside ? file : rel.split(import_node_path2.default.sep).join("/"));
    }
    return r;
  };
  return { ...result, findings: result.findings.map((f) => ({ ...f, file: fromRoot(f.file) })) };
}
function quietResult(output) {
  const findings = output.findings.filter((f) => f.severity === "error");
  return { ...output, findings, summary: { ...summarize(findings, output.summary.files, output.summary.resources), ...extraSummary(output) } };
}
function extraSummary(output) {
  const { files: _f, resources: _r, errors: _e, warnings: _w, infos: _i, ...rest } = output.summary;
  return rest;
}
function exitCode(io, findings, opts) {
  let code = EXIT.ok;
  if (findings.some((f) => reaches(f.severity, opts.failOn))) {
    code = EXIT.findings;
    if (opts.quiet && !findings.some((f) => f.severity === "error")) io.stderr(`netlint: findings hidden by --quiet reach --fail-on ${opts.failOn}
`);
  }
  const warnings = findings.filter((f) => f.severity === "warning").length;
  if (opts.maxWarnings !== void 0 && warnings > opts.maxWarnings) {
    io.stderr(`netlint: ${plural(warnings, "warning")}, more than --max-warnings ${opts.maxWarnings}
`);
    code = EXIT.findings;
  }
  if (opts.failIfNoObjects && opts.resources === 0) {
    io.stderr("netlint: no Kubernetes object found (--fail-if-no-objects)\n");
    code = EXIT.findings;
  }
  return code;
}

export {
  FAIL_ON_VALUES,
  parseFailOn,
  listOption,
  rulesWithPacks,
  runLint,
  reportContext,
  useColor,
  lintCommand,
  lintResult
};
