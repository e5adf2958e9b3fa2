import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  ReachQueryError,
  allowedEntries,
  askedRange,
  partySelector,
  reachQuerier,
  withRangesCut,
  withServiceSides
} from "./chunk-LNUE5EMN.js";
import {
  RuleCrash
} from "./chunk-D6M6637M.js";
import {
  buildCluster,
  buildModel,
  firstOf,
  formatMessage,
  matchKeys,
  namespaceInfo,
  perResource,
  plural
} from "./chunk-O2OHA4SU.js";
import {
  BRACED_PLACEHOLDER,
  CAPITALS_PLACEHOLDER,
  DEFAULT_LOAD_LIMITS,
  INPUT_RULES,
  INPUT_RULE_LIST,
  MARKER_PLACEHOLDER,
  clusterPartitions,
  effectiveSeverity,
  getIn,
  loadSources,
  normalizeIgnores,
  parseCidr,
  parseIp,
  pushTo,
  ruleOptions,
  unknownRuleHint
} from "./chunk-2TB3XL2O.js";

// src/engine/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function summarize(findings, files, resources) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { files, resources, errors, warnings, infos };
}
function reaches(severity, failOn) {
  return failOn !== "never" && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

// src/engine/netpol/expect.ts
var EXPECT_RULE_ID = "netpol/expect";
var EXPECT_RULE = {
  id: EXPECT_RULE_ID,
  description: "A connectivity assertion in .netlint.yaml (`expect:`) does not hold under the policies in the manifests, or matches no connection at all.",
  severity: "error",
  remediation: "Fix the policy that decides the connection (`netlint reach --explain --from \u2026 --to \u2026` names it), or the assertion.",
  kinds: [],
  messages: {},
  source: "engine"
};
function selector(sel, cluster) {
  if (typeof sel === "string") return partySelector(sel);
  if (sel.cidr !== void 0) {
    return parseCidr(sel.cidr).ok || parseIp(sel.cidr) !== null ? partySelector(sel.cidr) : () => false;
  }
  return (p) => {
    if (p.type === "external") return false;
    if (sel.namespace !== void 0 && p.namespace !== sel.namespace) return false;
    if (sel.name !== void 0 && p.name !== sel.name) return false;
    if (sel.labels && !Object.entries(sel.labels).every(([k, v]) => p.labels[k] === v)) return false;
    const nsLabels = cluster.namespaces.get(p.namespace)?.labels ?? namespaceInfo(p.namespace, {}).labels;
    return !sel.namespaceLabels || Object.entries(sel.namespaceLabels).every(([k, v]) => nsLabels[k] === v);
  };
}
function describe(sel) {
  if (typeof sel === "string") return sel;
  if (sel.cidr !== void 0) return sel.cidr;
  const pairs = (labels) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(",");
  const who = sel.namespace !== void 0 ? `${sel.namespace}/${sel.name ?? "*"}` : sel.name !== void 0 ? `*/${sel.name}` : "*/*";
  const more = [sel.labels && Object.keys(sel.labels).length > 0 ? pairs(sel.labels) : "", sel.namespaceLabels && Object.keys(sel.namespaceLabels).length > 0 ? `namespace labels ${pairs(sel.namespaceLabels)}` : ""].filter((x) => x !== "");
  return more.length === 0 ? who : `${who} with ${more.join(", ")}`;
}
function portText(c) {
  if (c.port === void 0) return `all ${c.protocol} ports`;
  return `${c.endPort !== void 0 && c.endPort !== c.port ? `${c.port}-${c.endPort}` : c.port}/${c.protocol}`;
}
var PART_OF_TREE_REMEDIATION = "Lint the config's own folder (where every assertion has its workloads) to check the assertion; if it should match here, fix its selectors.";
function checkExpectations(cluster, entries, options = {}) {
  const findings = [];
  const cuts = entries.flatMap((e) => [e.from, e.to].flatMap((sel) => askedRange(cluster, typeof sel === "string" ? sel : sel.cidr) ?? []));
  const reach = reachQuerier(withRangesCut(cluster, cuts));
  for (const e of entries) {
    const protocol = e.protocol ?? (typeof e.port === "number" || /^\d+$/.test(String(e.port ?? "")) ? "TCP" : void 0);
    const port = e.port === void 0 ? void 0 : `${e.port}${protocol ? `/${protocol}` : ""}`;
    const name = e.name ?? `${describe(e.from)} \u2192 ${describe(e.to)}${e.port === void 0 ? "" : ` ${e.port}${e.protocol ? `/${e.protocol}` : ""}`}`;
    let matched = 0;
    let wrongCount = 0;
    let why;
    let standIns = [];
    let serviceNotes = [];
    const wrong = [];
    try {
      const written = { from: describe(e.from), to: describe(e.to), fromParty: selector(e.from, cluster), toParty: selector(e.to, cluster), ...port === void 0 ? {} : { port }, explain: true };
      const { query, notes } = withServiceSides(options.resources ?? [], written);
      serviceNotes = notes;
      const report = reach(query);
      const held = new Set(cluster.endpoints.map((ep) => ep.id));
      standIns = report.matrix.cluster.endpoints.filter((ep) => !held.has(ep.id)).map((ep) => ep.id);
      const members = new Map(report.groups.map((g) => [g.id, g.members]));
      const ends = (id) => members.get(id) ?? [id];
      const check = (c, allowed) => {
        if (c.protocol === "ICMP" || protocol !== void 0 && c.protocol !== protocol) return;
        const [srcs, dsts] = [ends(c.from), ends(c.to)];
        const same = srcs.filter((s) => dsts.includes(s)).length;
        const pairs = srcs.length * dsts.length - same;
        matched += pairs;
        if (allowed === e.allowed || pairs === 0) return;
        wrongCount += pairs;
        for (const s of srcs) {
          for (const d of dsts) {
            if (wrong.length >= 5) return;
            if (s !== d) wrong.push(`${s} \u2192 ${d} ${portText(c)}`);
          }
        }
      };
      for (const c of allowedEntries(report)) check(c, true);
      for (const c of report.denied ?? []) check(c, false);
    } catch (error) {
      if (!(error instanceof ReachQueryError)) throw error;
      why = error.message.replace(/^--from /, "from ").replace(/^--to /, "to ").replace(/^--port /, "port ");
    }
    let message = null;
    if (matched === 0 && options.reportUnmatched === false) continue;
    const because = why ?? "no endpoint or address range fits its selectors, or no port its port";
    const elsewhere = matched === 0 && options.partOf !== void 0;
    if (elsewhere) message = `assertion "${name}" matches no connection in ${options.partOf} (${because}), which is part of the tree ${e.file ?? ".netlint.yaml"} is for: lint that folder to check it`;
    else if (matched === 0) message = `assertion "${name}" matches no connection (${because})`;
    else if (wrongCount > 0) {
      const shown = wrongCount > wrong.length ? `${wrong.join(", ")} and ${wrongCount - wrong.length} more` : firstOf(wrong, 5);
      message = `assertion "${name}" expects ${e.allowed ? "allowed" : "denied"} but ${wrongCount} of ${plural(matched, "connection")} ${wrongCount === 1 ? "is" : "are"} ${e.allowed ? "denied" : "allowed"}: ${shown}`;
    }
    if (message === null) continue;
    if (standIns.length > 0) message += ` (${standIns.join(" and ")} ${standIns.length === 1 ? "stands" : "stand"} for the platform's DNS pods, which the input does not hold)`;
    if (serviceNotes.length > 0) message += ` (${serviceNotes.join("; ")})`;
    const pos = e.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
    findings.push({ ruleId: EXPECT_RULE_ID, severity: elsewhere ? "warning" : "error", message, file: e.file ?? ".netlint.yaml", ...pos, resource: null, path: [], remediation: elsewhere ? PART_OF_TREE_REMEDIATION : EXPECT_RULE.remediation });
  }
  return findings;
}

// src/engine/run.ts
var ENGINE_RULE_LIST = [...INPUT_RULE_LIST, EXPECT_RULE];
var IGNORE_ANNOTATION = "netlint.io/ignore";
function isIgnoredPath(path, config) {
  return normalizeIgnores(config).some((i) => i.rules === null && i.patterns.some((p) => p.test(path)));
}
function underWalkedFolder(glob, walked) {
  const parts = glob.replace(/^\.\//, "").split("/");
  const literal = [];
  for (const part of parts) {
    if (/[*?[{]/.test(part)) break;
    literal.push(part);
  }
  const base = literal.join("/").replace(/\/+$/, "");
  if (base.startsWith("..") || base.startsWith("/")) return false;
  return walked.some((w) => w === "." || base !== "" && (base === w || base.startsWith(`${w}/`)));
}
function ignoreEntryUnderWalk(entry, targets) {
  const walked = (targets ?? []).filter((t) => t.isDirectory && !/[*?[{]/.test(t.path)).map((t) => t.path.replace(/\/+$/, ""));
  const paths = typeof entry === "string" ? [entry] : entry.paths;
  return walked.length > 0 && paths.every((p) => underWalkedFolder(p, walked));
}
function lint(input) {
  const config = input.config ?? {};
  const limits = { ...DEFAULT_LOAD_LIMITS, maxFileBytes: config.limits?.maxFileBytes ?? DEFAULT_LOAD_LIMITS.maxFileBytes };
  const files = input.files.filter((f) => !isIgnoredPath(f.path, config));
  const loaded = (input.load ?? loadSources)(files, limits);
  const applied = loaded.resources.some(isLocalConfig) ? loaded.resources.filter((r) => !isLocalConfig(r)) : loaded.resources;
  const model = buildModel(applied, config.cluster);
  const enabled = input.enable ? new Set(input.enable) : /* @__PURE__ */ new Set();
  const disabled = input.disable ? new Set(input.disable) : /* @__PURE__ */ new Set();
  const raw = withConfiguredSeverity(loaded.findings, config, disabled);
  const active = [];
  const byKey = /* @__PURE__ */ new Map();
  for (const rule of input.rules) {
    const id = rule.meta.id;
    let severity = effectiveSeverity(id, rule.meta.severity, rule.meta.enabledByDefault !== false, config);
    if (enabled.has(id) && severity === null) severity = rule.meta.severity;
    if (disabled.has(id)) severity = null;
    if (severity === null) continue;
    const index = active.push({ rule, severity, options: ruleOptions(id, config) }) - 1;
    for (const key of rule.meta.kinds) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, list = []);
      list.push(index);
    }
  }
  const explicit = (id) => {
    const s = config.rules?.[id];
    const v = typeof s === "object" ? s.severity : s;
    return v !== void 0 && v !== "on" && v !== "off";
  };
  const checking = { resource: loaded.resources[0] };
  const contexts = active.map(({ rule, severity, options }) => {
    const keepRuleSeverity = explicit(rule.meta.id);
    return {
      // The model of the cluster being checked (see clusterPartitions below).
      model,
      options,
      report(d) {
        const current = checking.resource;
        if (d.path !== void 0 && d.path.length > 0 && (d.at === "key" ? keyHoldsPlaceholder(d.path[d.path.length - 1]) : holdsPlaceholder(getIn(current.value, d.path), d.span))) return;
        raw.push(toFinding(rule.meta, keepRuleSeverity ? severity : d.severity ?? severity, current, d));
      }
    };
  });
  const rulesForKind = /* @__PURE__ */ new Map();
  const checkAll = (resources) => checkResources(resources, active, contexts, byKey, rulesForKind, checking);
  const split = clusterPartitions(applied);
  if (split === null) checkAll(applied);
  else {
    for (const partition of split.partitions) {
      const partitionModel = buildModel(partition.resources, config.cluster);
      for (const ctx of contexts) ctx.model = partitionModel;
      checkAll(partition.members);
    }
    const sharedModel = split.sharedWith.length === applied.length ? model : buildModel(split.sharedWith, config.cluster);
    for (const ctx of contexts) ctx.model = sharedModel;
    checkAll(split.shared);
    for (const ctx of contexts) ctx.model = model;
  }
  for (const t of input.targets ?? []) {
    if (!t.isDirectory) continue;
    const inTarget = new Set(t.files);
    const files2 = loaded.files.filter((f) => inTarget.has(f.path));
    const count = files2.reduce((n, f) => n + f.resourceCount, 0);
    if (count === 0) {
      const patches = files2.filter((f) => f.kustomizePatch).length;
      const overlay = patches === 0 ? "" : `: ${patches} of them ${patches === 1 ? "is a kustomize patch" : "are kustomize patches"} (fragments of the objects the kustomization builds), not linted on their own; lint what it builds: kustomize build ${t.path} | netlint lint -`;
      raw.push({
        ruleId: INPUT_RULES.noResources.id,
        severity: INPUT_RULES.noResources.severity,
        message: t.files.length === 0 ? `no .yaml, .yml, .json, .conf or .conflist file under ${t.path}` : `no Kubernetes object in the ${plural(t.files.length, "file")} under ${t.path}${overlay}`,
        file: t.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        resource: null,
        path: [],
        remediation: INPUT_RULES.noResources.remediation
      });
    }
  }
  if (config.expect && config.expect.length > 0 && effectiveSeverity(EXPECT_RULE.id, "error", true, config) !== null && !disabled.has(EXPECT_RULE.id)) {
    const severity = effectiveSeverity(EXPECT_RULE.id, "error", true, config);
    const partial = input.partial ?? (input.targets !== void 0 && input.targets.length > 0 && input.targets.every((t) => !t.isDirectory));
    for (const f of checkExpectations(buildCluster(applied, model.facts.podCIDRs.map((f2) => f2.cidr), void 0, { applied: true }), config.expect, { reportUnmatched: !partial, resources: applied, ...input.partOf !== void 0 ? { partOf: input.partOf } : {} })) raw.push({ ...f, severity: f.severity === "warning" && severity === "error" ? "warning" : severity });
  }
  const engineIds = ENGINE_RULE_LIST.map((r) => r.id);
  const knownIds = /* @__PURE__ */ new Set([...input.rules.map((r) => r.meta.id), ...engineIds]);
  const activeIds = /* @__PURE__ */ new Set([...active.map((a) => a.rule.meta.id), ...engineIds]);
  const unmatched = effectiveSeverity(INPUT_RULES.unusedSuppression.id, INPUT_RULES.unusedSuppression.severity, true, config);
  if (unmatched !== null && !disabled.has(INPUT_RULES.unusedSuppression.id)) {
    const files2 = new Set(loaded.files.map((f) => f.path));
    const perRule = normalizeIgnores(config).flatMap((e, i) => e.rules !== null && ![...files2].some((f) => e.patterns.some((p) => p.test(f))) && ignoreEntryUnderWalk(config.ignore[i], input.targets) ? [i] : []);
    for (const i of [...input.unmatchedIgnores ?? [], ...perRule].sort((a, b) => a - b)) {
      const position = config.ignorePositions?.[i] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      raw.push({ ruleId: INPUT_RULES.unusedSuppression.id, severity: unmatched, message: "config ignore entry matches no file under the paths linted, so it skips nothing (a misspelt path?)", file: config.file ?? ".netlint.yaml", ...position, resource: null, path: [], remediation: INPUT_RULES.unusedSuppression.remediation });
    }
  }
  const findings = withoutRepeats(applySuppressions(raw, loaded.resources, loaded.files, config, knownIds, activeIds, disabled).sort(compareFindings));
  return { findings, summary: { ...summarize(findings, loaded.files.length, loaded.resources.length), ...skippedCounts(loaded.files) }, resources: loaded.resources, model };
}
function checkResources(resources, active, contexts, byKey, rulesForKind, checking) {
  for (let r = 0; r < resources.length; r++) {
    const resource = resources[r];
    let indices = rulesForKind.get(resource.groupKind);
    if (!indices) {
      const set = /* @__PURE__ */ new Set();
      for (const key of [...matchKeys(resource), "*"]) for (const i of byKey.get(key) ?? []) set.add(i);
      indices = [...set].sort((a, b) => a - b);
      rulesForKind.set(resource.groupKind, indices);
    }
    checking.resource = resource;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      try {
        active[i].rule.check(resource, contexts[i]);
      } catch (error) {
        throw new RuleCrash(active[i].rule.meta.id, resource.file, error);
      }
    }
  }
}
function withoutRepeats(sorted) {
  return sorted.filter((f, i) => {
    const p = sorted[i - 1];
    return !(p && p.file === f.file && p.line === f.line && p.column === f.column && p.endLine === f.endLine && p.endColumn === f.endColumn && p.ruleId === f.ruleId && p.severity === f.severity && p.message === f.message);
  });
}
function holdsPlaceholder(value, span) {
  if (typeof value !== "string" || !(value.includes("$") || value.includes("{{") || value.includes("<<") || value.includes("(("))) return false;
  const text = span ? value.slice(span.start, span.end) : value;
  return BRACED_PLACEHOLDER.test(text) || WHOLE_PLACEHOLDER.test(text) || TEMPLATE_ACTION.test(text) || MARKER_PLACEHOLDER.test(text);
}
function keyHoldsPlaceholder(key) {
  return typeof key === "string" && (OPEN_PLACEHOLDER.test(key) || TEMPLATE_ACTION.test(key));
}
var OPEN_PLACEHOLDER = /\$\{[A-Za-z_]/;
var TEMPLATE_ACTION = /\{\{.*\}\}/s;
var WHOLE_PLACEHOLDER = new RegExp(`^${CAPITALS_PLACEHOLDER.source}$`);
function isLocalConfig(r) {
  return annotationsOf(r)["config.kubernetes.io/local-config"] === "true";
}
function skippedCounts(files) {
  const skippedFiles = files.filter((f) => f.skipped === "not-kubernetes").length;
  const helmTemplates = files.filter((f) => f.skipped === "helm-template").length;
  return { ...skippedFiles > 0 ? { skippedFiles } : {}, ...helmTemplates > 0 ? { helmTemplates } : {} };
}
function wholeResourceAnchor(resource) {
  const metadata = resource.value.metadata;
  if (metadata && typeof metadata === "object" && "name" in metadata) return ["metadata", "name"];
  return "kind" in resource.value ? ["kind"] : [];
}
var identityOf = perResource((r) => ({ apiVersion: r.apiVersion, kind: r.kind, name: r.name, namespace: r.namespace }));
function toFinding(meta, severity, resource, d) {
  const path = [...d.path ?? []];
  let pos = path.length === 0 ? resource.locate(wholeResourceAnchor(resource)) : d.at === "key" && resource.locateKey ? resource.locateKey(path) : resource.locate(path);
  if (d.span) pos = narrowToSpan(resource, path, pos, d.span);
  const template = meta.messages[d.messageId];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown messageId "${d.messageId}"`);
  return {
    ruleId: meta.id,
    severity,
    message: d.caveat === void 0 ? formatMessage(template, d.data) : `${formatMessage(template, d.data)}; but ${d.caveat}`,
    file: resource.file,
    line: pos.line,
    column: pos.column,
    endLine: pos.endLine,
    endColumn: pos.endColumn,
    resource: identityOf(resource),
    path,
    remediation: meta.remediation,
    messageId: d.messageId
  };
}
function narrowToSpan(resource, path, pos, span) {
  const inQuoted = resource.locateInScalar?.(path, span);
  if (inQuoted) return inQuoted;
  const info = resource.scalar(path);
  if (info?.style === "literal" && info.indent !== void 0 && span.end <= info.source.length) {
    const at = (offset) => {
      const before = info.source.slice(0, offset);
      const lineStart = before.lastIndexOf("\n") + 1;
      let newlines = 0;
      for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) newlines++;
      return { line: pos.line + newlines, column: info.indent + (offset - lineStart) + 1 };
    };
    const last = info.source.endsWith("\n") ? info.source.length - 1 : info.source.length;
    const a = at(Math.min(span.start, last));
    const end = Math.max(span.end, span.start + 1);
    const b = end <= last ? at(end) : { line: at(last).line, column: at(last).column + 1 };
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  if (!info || pos.line !== pos.endLine || info.style === "literal" || info.style === "folded") return pos;
  const quote = info.style === "plain" ? 0 : 1;
  if (info.style === "double" && /\\/.test(info.source)) return pos;
  const column = pos.column + quote + span.start;
  const endColumn = Math.max(column + 1, pos.column + quote + span.end);
  if (endColumn > pos.endColumn) return pos;
  return { line: pos.line, column, endLine: pos.line, endColumn };
}
function annotationsOf(r) {
  const md = r.value.metadata;
  const ann = md && typeof md === "object" ? md.annotations : void 0;
  return ann && typeof ann === "object" ? ann : {};
}
function sameResource(f, r) {
  return f.file === r.file && f.resource !== null && f.resource.kind === r.kind && f.resource.name === r.name && f.resource.namespace === r.namespace;
}
function parseIds(text) {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 || ids.includes("*") || ids.includes("all") ? "all" : ids;
}
function suppressionsOf(resources, files, config) {
  const suppressions = [];
  for (const r of resources) {
    const value = annotationsOf(r)[IGNORE_ANNOTATION];
    if (typeof value !== "string") continue;
    suppressions.push({
      ids: parseIds(value),
      file: r.file,
      position: r.locate(["metadata", "annotations", IGNORE_ANNOTATION]),
      inFile: r.file,
      used: /* @__PURE__ */ new Set(),
      matches: (f) => sameResource(f, r),
      what: `annotation ${IGNORE_ANNOTATION}`
    });
  }
  for (const file of files) {
    for (const d of file.directives) suppressions.push(directiveSuppression(d));
  }
  for (const i of normalizeIgnores(config)) {
    if (i.rules === null) continue;
    suppressions.push({
      ids: i.rules,
      file: config.file ?? ".netlint.yaml",
      position: i.position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
      inFile: null,
      used: /* @__PURE__ */ new Set(),
      matches: (f) => i.patterns.some((p) => p.test(f.file)),
      what: "config ignore entry",
      sawNoFile: !files.some((f) => i.patterns.some((p) => p.test(f.path)))
    });
  }
  return suppressions;
}
function configuredInputFindings(loaded, config) {
  return unsuppressed(withConfiguredSeverity(loaded.findings, config), suppressionsOf(loaded.resources, loaded.files, config));
}
function withConfiguredSeverity(findings, config, disabled = /* @__PURE__ */ new Set()) {
  return findings.flatMap((f) => {
    const severity = disabled.has(f.ruleId) ? null : effectiveSeverity(f.ruleId, f.severity, true, config);
    return severity === null ? [] : [severity === f.severity ? f : { ...f, severity }];
  });
}
function applySuppressions(findings, resources, files, config, knownIds, activeIds, disabled) {
  const suppressions = suppressionsOf(resources, files, config);
  const kept = unsuppressed(findings, suppressions);
  for (const s of suppressions) {
    const report = (rule, message) => {
      const severity = disabled.has(rule.id) ? null : effectiveSeverity(rule.id, rule.severity, true, config);
      if (severity !== null) kept.push({ ruleId: rule.id, severity, message, file: s.file, ...s.position, resource: null, path: [], remediation: rule.remediation });
    };
    if (s.ids === "all") {
      if (s.used.size === 0 && s.sawNoFile !== true) report(INPUT_RULES.unusedSuppression, `${s.what} suppresses nothing: no finding here to ignore`);
      continue;
    }
    for (const id of s.ids) {
      if (!knownIds.has(id)) report(INPUT_RULES.unknownRule, `${s.what} names unknown rule "${id}"${unknownRuleHint(id, [...knownIds])}`);
      else if (!s.used.has(id) && activeIds.has(id) && s.sawNoFile !== true) report(INPUT_RULES.unusedSuppression, `${s.what} for ${id} suppresses nothing: the rule reports no finding here`);
    }
  }
  return kept;
}
function unsuppressed(findings, suppressions) {
  const byFile = /* @__PURE__ */ new Map();
  const anywhere = [];
  for (const s of suppressions) {
    if (s.inFile === null) anywhere.push(s);
    else {
      pushTo(byFile, s.inFile, s);
    }
  }
  const kept = [];
  for (const f of findings) {
    const inItsFile = markMatching(f, byFile.get(f.file) ?? []);
    const byConfig = markMatching(f, anywhere);
    if (!inItsFile && !byConfig) kept.push(f);
  }
  return kept;
}
function markMatching(f, suppressions) {
  let matched = false;
  for (const s of suppressions) {
    if ((s.ids === "all" || s.ids.includes(f.ruleId)) && s.matches(f)) {
      s.used.add(s.ids === "all" ? "*" : f.ruleId);
      matched = true;
    }
  }
  return matched;
}
function directiveSuppression(d) {
  return {
    ids: d.ruleIds.length === 0 ? "all" : d.ruleIds,
    file: d.file,
    position: d.position,
    inFile: d.file,
    used: /* @__PURE__ */ new Set(),
    matches: (f) => f.file === d.file && f.line === d.targetLine,
    what: "comment netlint-disable"
  };
}

export {
  SEVERITY_RANK,
  summarize,
  reaches,
  ENGINE_RULE_LIST,
  isIgnoredPath,
  ignoreEntryUnderWalk,
  lint,
  configuredInputFindings
};
