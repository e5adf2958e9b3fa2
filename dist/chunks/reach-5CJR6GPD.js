import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  CLUSTER_OPTION,
  chooseCluster,
  clusterOf,
  filesOfOtherClusters
} from "./chunk-B35SFWBZ.js";
import {
  PAIR_LIMIT,
  displayNames,
  memberList,
  moreLine,
  noteLines,
  notesList,
  pairs,
  portLabel,
  queryLine,
  sharedGroups,
  totalsLine,
  whyAllowed,
  whyDenied
} from "./chunk-H27P2NUM.js";
import {
  escapeInlineCode,
  escapeMarkdown
} from "./chunk-3GO35JKS.js";
import "./chunk-BOHZHQRB.js";
import {
  emit,
  emitStream,
  noteOnStderr
} from "./chunk-A3RY7UJ5.js";
import {
  ReachQueryError,
  allowedEntries,
  expandAllowed,
  reach
} from "./chunk-LNUE5EMN.js";
import {
  QUERY_OPTIONS,
  parseArgs,
  queryOf
} from "./chunk-DHJD67KQ.js";
import {
  EXIT,
  UsageError,
  unknownFormat
} from "./chunk-O2FCVE3I.js";
import "./chunk-LTHQ6PXO.js";
import "./chunk-O2OHA4SU.js";
import {
  pushTo
} from "./chunk-2TB3XL2O.js";
import "./chunk-KSTQWAIF.js";

// src/report/reach/graph.ts
function graph(report) {
  const names = displayNames(report);
  const namespaceOf = new Map(report.pods.map((p) => [p.id, p.namespace ?? ""]));
  const { rows: edges, total } = pairs(allowedEntries(report), PAIR_LIMIT);
  const used = /* @__PURE__ */ new Set();
  for (const e of edges) used.add(e.from).add(e.to);
  const all = report.groups.length + report.externals.length <= PAIR_LIMIT;
  const ids = /* @__PURE__ */ new Map();
  const clusters = /* @__PURE__ */ new Map();
  for (const g of report.groups) {
    if (!all && !used.has(g.id)) continue;
    const id = `n${ids.size}`;
    ids.set(g.id, id);
    const nss = new Set(g.members.map((m) => namespaceOf.get(m) ?? ""));
    const ns = nss.size === 1 ? [...nss][0] : "several namespaces";
    const name = names.get(g.id) ?? g.id;
    const label = g.members.length === 1 && name.startsWith(`${ns}/`) ? name.slice(ns.length + 1) : `${name} (${g.members.length})`;
    let list = clusters.get(ns);
    if (!list) clusters.set(ns, list = []);
    list.push({ id, label });
  }
  const externals = [];
  for (const x of report.externals) {
    if (!all && !used.has(x.id)) continue;
    const id = `n${ids.size}`;
    ids.set(x.id, id);
    externals.push({ id, label: x.id });
  }
  return { ids, clusters, externals, edges, more: moreLine(total, edges.length, "edges") };
}
var quote = (s) => s.replace(/"/g, "#quot;");
function formatReachMermaid(report) {
  const g = graph(report);
  const lines = ["flowchart LR"];
  for (const [ns, nodes] of g.clusters) {
    lines.push(`  subgraph ns_${nodes[0].id}["${quote(ns)}"]`);
    for (const n of nodes) lines.push(`    ${n.id}["${quote(n.label)}"]`);
    lines.push("  end");
  }
  for (const x of g.externals) lines.push(`  ${x.id}(["${quote(x.label)}"])`);
  for (const row of g.edges) lines.push(`  ${g.ids.get(row.from)} -->|"${row.ports.join(", ")}"| ${g.ids.get(row.to)}`);
  if (g.more !== null) lines.push(`  %% ${g.more}`);
  for (const note of noteLines(report.notes)) lines.push(`  %% note: ${note}`);
  return `${lines.join("\n")}
`;
}
var dq = (s) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
function formatReachDot(report) {
  const g = graph(report);
  const lines = ["digraph reach {", "  rankdir=LR;", "  node [shape=box];"];
  let i = 0;
  for (const [ns, nodes] of g.clusters) {
    lines.push(`  subgraph cluster_${i++} {`, `    label=${dq(ns)};`);
    for (const n of nodes) lines.push(`    ${n.id} [label=${dq(n.label)}];`);
    lines.push("  }");
  }
  for (const x of g.externals) lines.push(`  ${x.id} [label=${dq(x.label)}, shape=ellipse];`);
  for (const row of g.edges) lines.push(`  ${g.ids.get(row.from)} -> ${g.ids.get(row.to)} [label=${dq(row.ports.join(", "))}];`);
  if (g.more !== null) lines.push(`  // ${g.more}`);
  for (const note of noteLines(report.notes)) lines.push(`  // note: ${note}`);
  lines.push("}");
  return `${lines.join("\n")}
`;
}

// src/report/reach/json.ts
function plainFields(c) {
  let i = 0;
  for (const k in c) {
    if (k === "port" && i === 2) continue;
    if (k !== (i === 0 ? "from" : i === 1 ? "to" : i === 2 ? "protocol" : "")) return false;
    i++;
  }
  return i === 3;
}
var PROTOCOL_SLOT = { TCP: 0, UDP: 1, SCTP: 2, ICMP: 3 };
var ConnectionWriter = class {
  quoted = /* @__PURE__ */ new Map();
  tails = /* @__PURE__ */ new Map();
  quote(text) {
    let q = this.quoted.get(text);
    if (q === void 0) this.quoted.set(text, q = JSON.stringify(text));
    return q;
  }
  json(c) {
    const slot = PROTOCOL_SLOT[c.protocol];
    if (slot === void 0 || c.endPort !== void 0 || c.port !== void 0 && !Number.isSafeInteger(c.port) || !plainFields(c)) return JSON.stringify(c);
    const key = (c.port ?? 65536) * 4 + slot;
    let byPort = this.tails.get(c.to);
    if (byPort === void 0) this.tails.set(c.to, byPort = /* @__PURE__ */ new Map());
    const tail = byPort.get(key);
    if (tail !== void 0) return `{"from":${this.quote(c.from)},${tail}`;
    const made = `"to":${this.quote(c.to)},${c.port === void 0 ? "" : `"port":${c.port},`}"protocol":${this.quote(c.protocol)}}`;
    byPort.set(key, made);
    return `{"from":${this.quote(c.from)},${made}`;
  }
};
var CHUNK = 1 << 16;
function* arrayLines(key, items, last = false, json = JSON.stringify) {
  let buffer = `  ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    buffer += `${first ? "\n" : ",\n"}    ${json(item)}`;
    first = false;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}${first ? "" : "\n  "}]${last ? "\n" : ",\n"}`;
}
function* mapIterable(list, f) {
  for (const item of list) yield f(item);
}
function* reportParts(report, expand, byRows) {
  yield `{
  "version": ${expand ? 1 : 2},
`;
  yield* arrayLines("pods", expand ? report.pods.map(({ group: _group, ...p }) => p) : report.pods);
  if (!expand) yield* arrayLines("groups", report.groups);
  yield* arrayLines("externals", report.externals);
  const writer = new ConnectionWriter();
  const connection = (c) => writer.json(c);
  const explained2 = (list) => report.explain === void 0 ? list : mapIterable(list, report.explain);
  if (byRows && !expand && report.rows !== void 0) yield { key: "allowed", rows: report.rows };
  else yield* arrayLines("allowed", expand ? expandAllowed(report, explained2(allowedEntries(report))) : explained2(allowedEntries(report)), false, connection);
  if (report.denied !== void 0) yield* arrayLines("denied", expand ? expandAllowed(report, explained2(report.denied)) : explained2(report.denied), false, connection);
  yield* arrayLines("excluded", report.excluded);
  if (report.problems.length > 0) yield* arrayLines("problems", report.problems);
  if (report.notes.length > 0) yield* arrayLines("notes", report.notes);
  const s = report.summary;
  const summary = expand ? { endpoints: s.endpoints, classes: s.groups, policies: s.policies, allowed: s.connections.allowed, denied: s.connections.denied } : s;
  yield `  "summary": ${JSON.stringify(summary)}
}
`;
}
function formatReachJson(report) {
  let out = "";
  for (const part of reportParts(report, false, false)) out += part;
  return out;
}
var BYTE_CHUNK = 1 << 20;
var NEXT_ENTRY = ',\n    {"from":';
var ByteChunks = class {
  constructor(table, scratch = 64) {
    this.table = table;
    this.scratch = scratch;
    this.start = scratch + table.length;
    this.mem = new Uint8Array(this.start + 2 * BYTE_CHUNK);
    this.mem.set(table, scratch);
    this.pos = this.start;
  }
  table;
  scratch;
  mem;
  /** Where the output begins: before it, a scratch area for the current source id, then the table. */
  start;
  pos;
  encoder = new TextEncoder();
  get size() {
    return this.pos - this.start;
  }
  /** Room for `bytes` more output bytes, from here on. */
  reserve(bytes) {
    if (this.pos + bytes <= this.mem.length) return;
    const grown = new Uint8Array(this.pos + bytes + BYTE_CHUNK);
    grown.set(this.mem.subarray(0, this.pos));
    this.mem = grown;
  }
  text(text) {
    this.reserve(text.length * 3);
    this.pos += this.encoder.encodeInto(text, this.mem.subarray(this.pos)).written;
  }
  /** Takes back the last `bytes` bytes written. */
  drop(bytes) {
    this.pos -= bytes;
  }
  /** Puts `bytes` in the scratch area (made larger, the table and output moved along, when they do not fit). */
  setScratch(bytes) {
    if (bytes.length > this.scratch) {
      const scratch = Math.max(bytes.length, 2 * this.scratch);
      const mem = new Uint8Array(this.mem.length + scratch - this.scratch);
      mem.set(this.table, scratch);
      mem.set(this.mem.subarray(this.start, this.pos), scratch + this.table.length);
      this.pos += scratch - this.scratch;
      this.start = scratch + this.table.length;
      this.scratch = scratch;
      this.mem = mem;
    }
    this.mem.set(bytes, 0);
  }
  /**
   * For every set bit t of `bits`: the scratch area's first `scratchLength` bytes, then table
   * bytes `bounds[t]`..`bounds[t + 1]`. Room for them must be reserved.
   */
  entries(bits, scratchLength, bounds) {
    const mem = this.mem;
    const words = bits.words;
    const at = this.scratch;
    let pos = this.pos;
    for (let w = 0; w < words.length; w++) {
      let x = words[w];
      while (x !== 0) {
        const low = x & -x;
        const t = (w << 5) + 31 - Math.clz32(low);
        x ^= low;
        for (let i = 0; i < scratchLength; i++) mem[pos + i] = mem[i];
        pos += scratchLength;
        const from = bounds[t];
        const to = bounds[t + 1];
        mem.copyWithin(pos, at + from, at + to);
        pos += to - from;
      }
    }
    this.pos = pos;
  }
  /** The bytes gathered so far; they stay valid until the next write (the memory is reused). */
  take() {
    const out = this.mem.subarray(this.start, this.pos);
    this.pos = this.start;
    return out;
  }
};
function* rowsBytes(part, out, tails) {
  const encoder = new TextEncoder();
  out.text(`  ${JSON.stringify(part.key)}: [`);
  let first = true;
  for (const row of part.rows.read()) {
    const from = encoder.encode(`${JSON.stringify(row.from)},`);
    out.setScratch(from);
    const count = row.targets.count();
    if (count > 0) {
      out.text(first ? NEXT_ENTRY.slice(1) : NEXT_ENTRY);
      out.reserve(count * (from.length + tails.longest));
      out.entries(row.targets, from.length, tails.bounds);
      out.drop(NEXT_ENTRY.length);
      first = false;
    }
    for (const entry of row.externals) {
      out.text(`${first ? "\n" : ",\n"}    ${JSON.stringify(entry)}`);
      first = false;
    }
    if (out.size >= BYTE_CHUNK) yield out.take();
  }
  out.text(`${first ? "" : "\n  "}],
`);
}
function entryTails(columns) {
  const encoder = new TextEncoder();
  const texts = columns.map((c) => c === null ? "" : `${JSON.stringify({ from: "", ...c }).slice('{"from":"",'.length)}${NEXT_ENTRY}`);
  const bytes = encoder.encode(texts.join(""));
  const bounds = new Int32Array(texts.length + 1);
  let longest = 0;
  texts.forEach((text, i) => {
    const length = encoder.encode(text).length;
    bounds[i + 1] = bounds[i] + length;
    longest = Math.max(longest, length);
  });
  return { bytes, bounds, longest };
}
function* formatReachJsonBytes(report, expand = false) {
  const tails = !expand && report.rows !== void 0 ? entryTails(report.rows.columns) : { bytes: new Uint8Array(), bounds: new Int32Array(1), longest: 0 };
  const out = new ByteChunks(tails.bytes);
  for (const part of reportParts(report, expand, true)) {
    if (typeof part === "string") out.text(part);
    else yield* rowsBytes(part, out, tails);
    if (out.size >= BYTE_CHUNK) yield out.take();
  }
  if (out.size > 0) yield out.take();
}

// src/report/reach/markdown.ts
var GRID_LIMIT = 12;
function escape(text) {
  return escapeInlineCode(text, { inTable: true });
}
function grid(report) {
  const ids = report.pods.map((p) => p.id);
  const portsOf = new Map(report.pods.map((p) => [p.id, new Set(p.ports.map((x) => `${x.port}/${x.protocol}`)).size]));
  const allowed = /* @__PURE__ */ new Map();
  for (const c of expandAllowed(report)) {
    const key = `${c.from} ${c.to}`;
    pushTo(allowed, key, portLabel(c));
  }
  const lines = [`| from \\ to | ${ids.map(escape).join(" | ")} |`, `|---|${ids.map(() => "---").join("|")}|`];
  for (const from of ids) {
    const cells = ids.map((to) => {
      if (from === to) return "\xB7";
      const declared = portsOf.get(to) ?? 0;
      const got = allowed.get(`${from} ${to}`) ?? [];
      if (got.length === 0) return "\u274C";
      return declared > 0 && got.length === declared + 1 ? "\u2705" : escapeMarkdown(got.join(", "));
    });
    lines.push(`| ${escape(from)} | ${cells.join(" | ")} |`);
  }
  lines.push("", "\u2705 every declared port and ping (ICMP echo) allowed \xB7 \u274C nothing allowed \xB7 otherwise what is allowed: those ports, ICMP for ping");
  return lines;
}
function explained(report) {
  const names = displayNames(report);
  const name = (id) => escape(names.get(id) ?? id);
  const table = (list, why, none) => {
    const lines2 = ["| from | to | port | why |", "|---|---|---|---|"];
    let total = 0;
    for (const c of list) {
      if (++total <= PAIR_LIMIT) lines2.push(`| ${name(c.from)} | ${name(c.to)} | ${escapeMarkdown(portLabel(c))} | ${escapeMarkdown(why(report.explain?.(c) ?? c))} |`);
    }
    if (total === 0) lines2.push(`| \u2013 | \u2013 | \u2013 | ${none} |`);
    const more = moreLine(total, Math.min(total, PAIR_LIMIT), "entries");
    if (more !== null) lines2.push("", `_${escapeMarkdown(more)}_`);
    return { lines: lines2, total };
  };
  const { lines } = table(allowedEntries(report), whyAllowed, "nothing allowed");
  const denied = table(report.denied ?? [], whyDenied, "");
  if (denied.total > 0) lines.push("", `<details><summary>Denied (${denied.total})</summary>`, "", ...denied.lines, "", "</details>");
  return lines;
}
function grouped(report) {
  const names = displayNames(report);
  const { rows, total } = pairs(allowedEntries(report), PAIR_LIMIT);
  const lines = ["| from | to | ports |", "|---|---|---|"];
  for (const row of rows) lines.push(`| ${escape(names.get(row.from) ?? row.from)} | ${escape(names.get(row.to) ?? row.to)} | ${escapeMarkdown(row.ports.join(", "))} |`);
  if (rows.length === 0) lines.push("| \u2013 | \u2013 | nothing allowed |");
  const more = moreLine(total, rows.length, "pairs");
  if (more !== null) lines.push("", `_${escapeMarkdown(more)}_`);
  const shared = sharedGroups(report);
  if (shared.length > 0) {
    lines.push("", "<details><summary>Groups (endpoints every policy treats alike)</summary>", "");
    for (const g of shared.slice(0, PAIR_LIMIT)) lines.push(`- ${escapeInlineCode(g.id)} (${g.members.length}): ${escapeMarkdown(memberList(g.members))}`);
    const moreGroups = moreLine(shared.length, PAIR_LIMIT, "groups");
    if (moreGroups !== null) lines.push(`- _${escapeMarkdown(moreGroups)}_`);
    lines.push("", "</details>");
  }
  return lines;
}
function formatReachMarkdown(report) {
  const body = report.denied !== void 0 ? explained(report) : report.query === void 0 && report.pods.length <= GRID_LIMIT && report.externals.length === 0 ? grid(report) : grouped(report);
  const matched = queryLine(report);
  const lines = ["### Reachability", "", ...matched === null ? [] : [`${escapeMarkdown(matched)}.`, ""], `${escapeMarkdown(totalsLine(report))}.`, ""];
  for (const line of body) lines.push(line);
  if (report.excluded.length > 0) {
    const shown = report.excluded.slice(0, PAIR_LIMIT).map((x) => `${escapeInlineCode(x.id)} (${escapeMarkdown(x.reason)})`);
    const more = moreLine(report.excluded.length, shown.length, "excluded endpoints");
    lines.push("", `Left out: ${shown.join("; ")}${more === null ? "" : `; ${escapeMarkdown(more)}`}`);
  }
  if (report.problems.length > 0) {
    lines.push("", "**Not applied as written**", "");
    for (const p of report.problems.slice(0, PAIR_LIMIT)) lines.push(`- ${escapeInlineCode(`${p.file ?? "(input)"}:${p.line}:${p.column}`)} ${escapeMarkdown(p.message)}${p.resource ? ` (${escapeMarkdown(p.resource)})` : ""}`);
    if (report.problems.length > PAIR_LIMIT) lines.push(`- _\u2026 and ${report.problems.length - PAIR_LIMIT} more (\`netlint reach\` prints each on stderr)_`);
  }
  lines.push(...notesList(report.notes));
  return `${lines.join("\n")}
`;
}

// src/report/reach/text.ts
function listPairs(lines, list, names, arrow, detail) {
  const { rows, total } = pairs(list, PAIR_LIMIT);
  for (const row of rows) {
    lines.push(`${names.get(row.from) ?? row.from} ${arrow} ${names.get(row.to) ?? row.to} : ${row.ports.join(", ")}`);
    for (const c of row.rows) {
      const text = detail(c);
      if (text !== null) lines.push(`    ${portLabel(c)}: ${text}`);
    }
  }
  const more = moreLine(total, rows.length, "pairs");
  if (more !== null) lines.push(more);
}
function formatReachText(report) {
  const lines = [];
  const names = displayNames(report);
  const explain = report.denied !== void 0;
  const shared = sharedGroups(report);
  if (shared.length > 0) {
    lines.push("groups (endpoints every policy treats alike):");
    for (const g of shared.slice(0, PAIR_LIMIT)) lines.push(`  ${g.id} (${g.members.length}): ${memberList(g.members)}`);
    const more2 = moreLine(shared.length, PAIR_LIMIT, "groups");
    if (more2 !== null) lines.push(`  ${more2}`);
    lines.push("");
  }
  const explained2 = report.explain ?? ((c) => c);
  listPairs(lines, allowedEntries(report), names, "=>", (c) => explain ? whyAllowed(explained2(c)) : null);
  if (explain && report.denied) {
    const denied = [];
    listPairs(denied, report.denied, names, "=/>", (c) => whyDenied(explained2(c)));
    if (denied.length > 0) lines.push(...lines.length > 0 && lines[lines.length - 1] !== "" ? [""] : [], "denied:", ...denied);
  }
  for (const x of report.excluded.slice(0, PAIR_LIMIT)) lines.push(`excluded ${x.id} (${x.kind}): ${x.reason}`);
  const more = moreLine(report.excluded.length, PAIR_LIMIT, "excluded endpoints");
  if (more !== null) lines.push(more);
  const matched = queryLine(report);
  if (matched !== null) lines.push(matched);
  lines.push(totalsLine(report));
  for (const note of noteLines(report.notes)) lines.push(`note: ${note}`);
  return `${lines.join("\n")}
`;
}

// src/cli/reach.ts
var REACH_FORMATS = ["text", "json", "markdown", "mermaid", "dot"];
var RENDER = {
  text: formatReachText,
  json: formatReachJson,
  markdown: formatReachMarkdown,
  mermaid: formatReachMermaid,
  dot: formatReachDot
};
function renderReach(format, report) {
  return RENDER[format](report);
}
function isReachFormat(v) {
  return REACH_FORMATS.includes(v);
}
async function reachCommand(argv, io, load, cluster = {}) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      ...QUERY_OPTIONS,
      ...CLUSTER_OPTION,
      explain: { type: "boolean", default: false },
      expand: { type: "boolean", default: false }
    }
  });
  const query = queryOf(values);
  const format = values.format ?? (values.expand ? "json" : "text");
  if (!isReachFormat(format)) throw unknownFormat(format, REACH_FORMATS);
  if (values.expand && format !== "json") throw new UsageError(`--expand prints the per-endpoint JSON: use it with --format json (got "${format}")`);
  if (values.explain && (format === "mermaid" || format === "dot")) throw new UsageError(`--explain gives its reasons in text, json and markdown; a ${format} graph has no place for them`);
  const clusterName = clusterOf(values);
  const clusterNotes = [];
  const paths = positionals.length > 0 ? positionals : ["."];
  const all = await load(paths);
  let resources = chooseCluster(all, clusterName, (note) => clusterNotes.push(note));
  const others = filesOfOtherClusters(all, clusterName, io.cwd);
  if (others !== null) resources = (await load(paths, { exclude: others.exclude, quiet: true })).filter(others.keep);
  let report;
  try {
    report = reach(resources, { ...query, explain: values.explain }, { lazy: true, cluster });
  } catch (error) {
    if (error instanceof ReachQueryError) throw new UsageError(error.message);
    throw error;
  }
  for (const p of report.problems) io.stderr(`netlint: warning: ${p.file ?? "(input)"}:${p.line}:${p.column}: ${p.message}${p.resource ? ` (${p.resource})` : ""}
`);
  report.notes.unshift(...clusterNotes);
  noteOnStderr(io, report.notes, format, values.output);
  if (format === "json") await emitStream(io, formatReachJsonBytes(report, values.expand), values.output);
  else await emit(io, renderReach(format, report), values.output);
  return EXIT.ok;
}
export {
  REACH_FORMATS,
  isReachFormat,
  reachCommand,
  renderReach
};
