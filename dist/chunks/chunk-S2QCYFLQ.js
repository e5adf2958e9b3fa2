import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  Bitset,
  MAX_PORT,
  PROTOCOLS,
  buildCluster,
  cells,
  computeMatrix,
  countAllowed,
  explainCell,
  partyCount
} from "./chunk-OOQILFLE.js";

// src/engine/netpol/reach.ts
function reachProblems(cluster) {
  return cluster.problems.map((p) => {
    const r = p.resource;
    const at = r ? r.locate(p.path ?? []) : { line: 1, column: 1 };
    return { file: r?.file ?? null, line: at.line, column: at.column, message: p.message, resource: r ? `${r.kind} ${r.namespace === null ? "" : `${r.namespace}/`}${r.name}` : null };
  });
}
function queryText(query) {
  return [["--from", query.from], ["--to", query.to], ["--port", query.port]].filter(([, v]) => v !== void 0).map(([k, v]) => `${k} ${v}`).join(" ");
}
var ReachQueryError = class extends Error {
  name = "ReachQueryError";
};
function partySelector(text) {
  const t = text.trim();
  if (t === "" || t === "*" || t === "*/*") return () => true;
  const slash = t.indexOf("/");
  if (!t.includes("=")) {
    if (slash > 0 && t.slice(slash + 1) === "*") {
      const ns = t.slice(0, slash);
      return (p) => p.type === "workload" && p.namespace === ns;
    }
    return (p) => p.id === t || p.type === "external" && p.cidr.text === t || p.type === "workload" && slash < 0 && p.name === t;
  }
  const nsPart = slash > 0 && !t.slice(0, slash).includes("=") ? t.slice(0, slash) : null;
  const reqs = (nsPart === null ? t : t.slice(slash + 1)).split(",").map((r) => {
    const [k, v] = r.split("=");
    return { k: k.trim(), v: v === void 0 ? void 0 : v.trim() };
  });
  return (p) => p.type === "workload" && (nsPart === null || p.namespace === nsPart) && reqs.every(({ k, v }) => v === void 0 ? k in p.labels : p.labels[k] === v);
}
function parsePortQuery(text) {
  if (text.trim().toLowerCase() === "icmp") return { port: null, name: null, protocol: "ICMP" };
  const m = /^([^/]+)(?:\/([A-Za-z]+))?$/.exec(text.trim());
  const bad = (why2) => {
    throw new ReachQueryError(`--port ${JSON.stringify(text)}: ${why2} (expected a port 1-65535 or a port name, optionally /TCP, /UDP or /SCTP, or icmp)`);
  };
  if (!m) return bad("not a port");
  const protocol = m[2] === void 0 ? null : m[2].toUpperCase();
  if (protocol !== null && !PROTOCOLS.includes(protocol)) bad(`unknown protocol ${m[2]}`);
  if (/^\d+$/.test(m[1])) {
    const port = Number(m[1]);
    if (port < 1 || port > MAX_PORT) bad("port out of range");
    return { port, name: null, protocol };
  }
  if (!/^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(m[1]) || !/[a-z]/.test(m[1]) || m[1].includes("--")) bad("not a valid port name");
  return { port: null, name: m[1], protocol };
}
function cellMatches(q, cell) {
  if (q === null) return true;
  if (q.protocol !== null && cell.protocol !== q.protocol) return false;
  if (q.protocol === "ICMP") return true;
  return q.port !== null ? cell.port === q.port : cell.name === q.name;
}
function why(v) {
  const out = { verdict: v.allowed ? "allow" : "deny", reason: v.reason };
  if (v.policy !== void 0) out.policy = v.policy;
  if (v.rule !== void 0) out.rule = v.rule;
  if (v.action !== void 0) out.action = v.action;
  if (v.tier !== void 0) out.tier = v.tier;
  return out;
}
function pod(p) {
  return { id: p.id, namespace: p.namespace, name: p.name, kind: p.kind, labels: { ...p.labels }, ports: p.ports.map((x) => ({ ...x })) };
}
function connectionCounts(m) {
  const { allowed, total } = countAllowed(m);
  return { allowed, denied: total - allowed };
}
var groupId = (cls) => `g${cls + 1}`;
function side(m, text, flag, extra) {
  const ok = partySelector(text ?? "*");
  const members = m.classes.map((c) => text === void 0 ? c.members : c.members.filter(ok));
  const externals = m.externals.map((x) => text !== void 0 && ok(x));
  if (text !== void 0 && members.every((x) => x.length === 0) && !externals.includes(true)) {
    throw new ReachQueryError(`${flag} ${JSON.stringify(text)} matches no endpoint or external range`);
  }
  const ids = members.map((list, i) => {
    if (list.length === 0) return null;
    if (list.length === m.classes[i].members.length) return groupId(i);
    const id = `${groupId(i)}${flag === "--from" ? ".from" : ".to"}`;
    extra.push({ id, members: list.map((e) => e.id) });
    return id;
  });
  return { members, ids, externals: text === void 0 ? m.externals.map(() => true) : externals };
}
function externalRuns(m, cls, merge) {
  const out = [];
  const row = m.egressExternal[cls];
  for (const t of m.externalTargets) {
    const allowed = row.has(t.index);
    const last = out.at(-1);
    if (merge && last && last.ext === t.ext && last.protocol === t.protocol && last.allowed === allowed && last.to + 1 === t.from) last.to = t.to;
    else out.push({ ext: t.ext, protocol: t.protocol, from: t.from, to: t.to, allowed, target: t.index });
  }
  return out;
}
function rangeFields(from, to, protocol) {
  if (protocol === "ICMP" || from === 1 && to === MAX_PORT) return {};
  return from === to ? { port: from } : { port: from, endPort: to };
}
function reach(input, query = {}, options = {}) {
  const cluster = Array.isArray(input) ? buildCluster(input) : input;
  const matrix = computeMatrix(cluster);
  return reachOf(matrix, query, options);
}
function reachOf(matrix, query = {}, options = {}) {
  const { cluster, classes, externals } = matrix;
  const portQuery = query.port === void 0 ? null : parsePortQuery(query.port);
  const extra = [];
  const from = side(matrix, query.from, "--from", extra);
  const to = side(matrix, query.to, "--to", extra);
  const explain = query.explain === true;
  const sources = [];
  classes.forEach((c, i) => {
    const id = from.ids[i];
    if (id !== null) sources.push({ p: i, id, reps: from.members[i] });
  });
  externals.forEach((x, i) => {
    if (from.externals[i]) sources.push({ p: classes.length + i, id: x.id, reps: [x] });
  });
  const count = query.from === void 0 && query.to === void 0 && portQuery === null;
  const sizes = [...classes.map((c) => c.members.length), ...externals.map(() => 1)];
  const groupOf = /* @__PURE__ */ new Map();
  classes.forEach((c, i) => c.members.forEach((e) => groupOf.set(e, groupId(i))));
  const groups = [...classes.map((c, i) => ({ id: groupId(i), members: c.members.map((e) => e.id) })), ...extra];
  const report = {
    version: 2,
    pods: cluster.endpoints.map((e) => ({ ...pod(e), group: groupOf.get(e) })),
    groups,
    externals: externals.map((x) => ({ id: x.id, cidr: x.cidr.text })),
    allowed: [],
    excluded: cluster.excluded.map(({ id, kind, reason }) => ({ id, kind, reason })),
    problems: reachProblems(cluster),
    ...count ? {} : { query: { text: queryText(query), matched: 0 } },
    summary: { endpoints: cluster.endpoints.length, groups: classes.length, externals: externals.length, policies: cluster.policies.length, allowed: 0, connections: { allowed: 0, denied: 0 } },
    matrix
  };
  function* entries(denied2) {
    let allowedTuples = 0;
    let totalTuples = 0;
    let listed = 0;
    const explained = (entry, src, dst, cell) => {
      if (!explain) return entry;
      const v = explainCell(matrix, src, dst, cell);
      entry.egress = why(v.egress);
      entry.ingress = why(v.ingress);
      return entry;
    };
    const admittedBy = Bitset.transpose(matrix.ingress, partyCount(matrix));
    if (count) {
      const everyone = sizes.reduce((a, b) => a + b, 0);
      for (const t of matrix.targets) totalTuples += everyone * sizes[t.cls] - sizes[t.cls];
    }
    for (const src of sources) {
      const admitted = admittedBy[src.p].clone();
      if (src.p < classes.length) admitted.andWith(matrix.egress[src.p]);
      const visit = explain ? matrix.targets : admitted.ones().map((t) => matrix.targets[t]);
      for (const t of visit) {
        const dstId = to.ids[t.cls];
        if (dstId === null || portQuery !== null && !cellMatches(portQuery, t.cell)) continue;
        const ok = admitted.has(t.index);
        if (count && ok) allowedTuples += sizes[src.p] * sizes[t.cls] - (src.p === t.cls ? sizes[t.cls] : 0);
        if (!ok && !explain) continue;
        const dsts = to.members[t.cls];
        if (src.p === t.cls && src.reps.length === 1 && dsts.length === 1 && dsts[0] === src.reps[0]) continue;
        if (report.query) report.query.matched++;
        if (!ok && !explain) continue;
        const entry = t.cell.protocol === "ICMP" ? { from: src.id, to: dstId, protocol: "ICMP" } : { from: src.id, to: dstId, port: t.cell.port, protocol: t.cell.protocol };
        if (ok) listed++;
        if (!explain) {
          yield entry;
          continue;
        }
        const srcRep = src.reps[0];
        const dstRep = dsts.find((d) => d !== srcRep) ?? dsts[0];
        const explainedEntry = explained(entry, dstRep === srcRep ? src.reps[1] : srcRep, dstRep, t.cell);
        if (ok) yield explainedEntry;
        else denied2.push(explainedEntry);
      }
      if (src.p >= classes.length || portQuery?.name != null) continue;
      for (const run of externalRuns(matrix, src.p, !explain)) {
        if (!to.externals[run.ext]) continue;
        if (portQuery !== null && (portQuery.protocol ?? run.protocol) !== run.protocol) continue;
        if (portQuery?.port != null && (portQuery.port < run.from || portQuery.port > run.to)) continue;
        if (report.query) report.query.matched++;
        if (!run.allowed && !explain) continue;
        const range = portQuery?.port != null ? rangeFields(portQuery.port, portQuery.port) : rangeFields(run.from, run.to, run.protocol);
        const entry = { from: src.id, to: externals[run.ext].id, ...range, protocol: run.protocol };
        if (run.allowed) listed++;
        const explainedEntry = explained(entry, src.reps[0], externals[run.ext], { port: run.from, protocol: run.protocol });
        if (run.allowed) yield explainedEntry;
        else denied2.push(explainedEntry);
      }
    }
    report.summary.allowed = listed;
    report.summary.connections = count ? { allowed: allowedTuples, denied: totalTuples - allowedTuples } : connectionCounts(matrix);
  }
  if (options.lazy === true && !explain) {
    report.stream = () => entries([]);
    return report;
  }
  const denied = [];
  for (const entry of entries(denied)) report.allowed.push(entry);
  if (explain) {
    report.denied = denied;
    report.summary.denied = denied.length;
  }
  return report;
}
function allowedEntries(report) {
  return report.stream?.() ?? report.allowed;
}
function* expandAllowed(report, list = allowedEntries(report)) {
  const groups = new Map(report.groups.map((g) => [g.id, g.members]));
  for (const entry of list) {
    const froms = groups.get(entry.from) ?? [entry.from];
    const tos = groups.get(entry.to) ?? [entry.to];
    for (const f of froms) for (const t of tos) if (f !== t) yield { ...entry, from: f, to: t };
  }
}
function expectedMatrix(resources, options = {}) {
  const matrix = computeMatrix(buildCluster(resources));
  const out = [];
  for (const c of cells(matrix, { icmp: options.icmp === true })) {
    if (c.src.type !== "workload") continue;
    const v = explainCell(matrix, c.src, c.dst, c.cell);
    const base = { from: c.src.id, to: c.dst.id, allowed: c.allowed, egress: why(v.egress), ingress: why(v.ingress) };
    if (c.cell.protocol === "ICMP") {
      out.push({ ...base, protocol: "ICMP" });
      continue;
    }
    const cell = { ...base, port: c.cell.port, protocol: c.cell.protocol };
    if (c.cell.name !== void 0) cell.portName = c.cell.name;
    out.push(cell);
  }
  return {
    classes: matrix.classes.map((k) => ({ members: k.members.map((m) => m.id), ports: k.cells.map((p) => ({ ...p })) })),
    cells: out
  };
}

export {
  ReachQueryError,
  partySelector,
  why,
  reach,
  allowedEntries,
  expandAllowed,
  expectedMatrix
};
