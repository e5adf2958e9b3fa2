import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  Bitset,
  DNS_STAND_INS,
  MAX_PORT,
  PROTOCOLS,
  WORKLOAD_KINDS,
  allowedCell,
  atomsOf,
  blockGuessed,
  cells,
  clusterOf,
  computeMatrix,
  describeDnsStandIn,
  describeUnevaluated,
  explainCell,
  externalAtoms,
  hostEndpointNote,
  isPlatformDnsPod,
  namespaceInfo,
  namespaceOf,
  objectLabel,
  partyCount,
  servicePorts,
  serviceSelector,
  standInNames,
  unevaluatedPoliciesOf
} from "./chunk-O2OHA4SU.js";
import {
  asObject,
  contains,
  containsIp,
  overlaps,
  parseCidr,
  parseIp,
  parseIpResult
} from "./chunk-2TB3XL2O.js";

// src/engine/netpol/service-query.ts
var SERVICE_PREFIX = /^(?:svc|service):/i;
var namesService = (text) => text !== void 0 && SERVICE_PREFIX.test(text.trim());
function withServiceSides(resources, query) {
  if (!namesService(query.from) && !namesService(query.to)) return { query, notes: [] };
  const out = { ...query };
  const notes = [];
  if (namesService(query.from)) out.fromParty = selectedBy(serviceNamed(resources, query.from, "--from"));
  if (namesService(query.to)) {
    const service = serviceNamed(resources, query.to, "--to");
    out.toParty = selectedBy(service);
    const label = serviceLabel(service);
    if (query.port !== void 0) {
      const asked = servicePortsAsked(service, query.port);
      const headless = asObject(service.value.spec).clusterIP === "None";
      const protocols = asked.length === 1 ? `/${asked[0].protocol}` : "";
      const served = asked.map((p) => `${p.port}/${p.protocol}`).join(" and ");
      const targets = [...new Set(asked.map((p) => String(p.targetPort)))];
      if (targets.length > 1) {
        throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: ${label} sends ${asked.map((p) => `${p.port}/${p.protocol} to targetPort ${String(p.targetPort)}`).join(" and ")}: give the protocol (${asked.map((p) => `${p.port}/${p.protocol}`).join(" or ")})`);
      }
      if (headless) {
        out.port = `${asked[0].port}${protocols}`;
        notes.push(`${label} is headless (clusterIP: None): clients connect to its pods directly, on the port they dial, so the answer is for ${served} on the pods`);
      } else {
        out.port = `${targets[0]}${protocols}`;
        if (targets[0] !== String(asked[0].port)) notes.push(`${label} port ${served} goes to its pods' targetPort ${targets[0]}: kube-proxy translates the Service's address and port to a pod's before policy sees the connection (the client's egress and the pod's ingress), so the answer is for ${targets[0]}${protocols}`);
      }
    }
  }
  return { query: out, notes };
}
function serviceNamed(resources, text, flag) {
  const ref = text.trim().replace(SERVICE_PREFIX, "");
  const slash = ref.indexOf("/");
  const [namespace, name] = slash < 0 ? [null, ref] : [ref.slice(0, slash), ref.slice(slash + 1)];
  const fail = (why2) => {
    throw new ReachQueryError(`${flag} ${JSON.stringify(text)}: ${why2}`);
  };
  if (name === "" || namespace === "") fail("give the Service as svc:NAMESPACE/NAME or svc:NAME");
  const services = resources.filter((r) => r.group === "" && r.kind === "Service" && r.name === name && (namespace === null || namespaceOf(r) === namespace));
  const namespaces = [...new Set(services.map(namespaceOf))];
  if (services.length === 0) {
    const dns = name === "kube-dns" && (namespace === null || namespace === "kube-system") ? `; for the cluster DNS pods netlint stands in for, ask ${flag} kube-system/kube-dns` : "";
    const elsewhere = [...new Set(resources.filter((r) => r.group === "" && r.kind === "Service" && r.name === name).map(namespaceOf))];
    const hint = elsewhere.length > 0 ? ` (did you mean ${elsewhere.map((ns) => `svc:${ns}/${name}`).join(" or ")}?)` : "";
    fail(`the input holds no Service ${namespace === null ? name : `${namespace}/${name}`}${hint}${dns}`);
  }
  if (namespaces.length > 1) fail(`Services named ${name} are in namespaces ${namespaces.join(", ")}: give svc:NAMESPACE/${name}`);
  const service = services[services.length - 1];
  const spec = asObject(service.value.spec);
  if (spec.type === "ExternalName") fail(`${serviceLabel(service)} is an ExternalName Service (a DNS name for ${String(spec.externalName)}): it sends no connection to pods`);
  if (serviceSelector(service) === null) fail(`${serviceLabel(service)} has no selector: its endpoints are written by hand (EndpointSlices), which netlint does not read`);
  return service;
}
function selectedBy(service) {
  const namespace = namespaceOf(service);
  const pairs = Object.entries(serviceSelector(service) ?? {});
  return (p) => p.type === "workload" && p.namespace === namespace && pairs.every(([k, v]) => p.labels[k] === v);
}
function servicePortsAsked(service, text) {
  const asked = parsePortQuery(text);
  const ports = servicePorts(service);
  const listed = ports.map((p) => `${p.port}/${p.protocol}${p.name ? ` (${p.name})` : ""}`).join(", ") || "none";
  if (asked.protocol === "ICMP") {
    throw new ReachQueryError(`--port ${JSON.stringify(text)}: ping to a Service's address does not reach its pods (kube-proxy forwards its ports only); ask --to with the pods (their namespace/name or labels) instead`);
  }
  const found = ports.filter((p) => (asked.port !== null ? p.port === asked.port : p.name === asked.name) && (asked.protocol === null || p.protocol === asked.protocol));
  if (found.length === 0) throw new ReachQueryError(`--port ${JSON.stringify(text)}: ${serviceLabel(service)} has no such port (its ports: ${listed})`);
  return found;
}
var serviceLabel = (service) => `Service ${namespaceOf(service)}/${service.name}`;
function serviceChangedNote(base, head, query) {
  if (!namesService(query.from) && !namesService(query.to)) return null;
  const on = (resources) => {
    try {
      const { query: q } = withServiceSides(resources, query);
      const side2 = (text) => namesService(text) ? JSON.stringify(serviceSelector(serviceNamed(resources, text, ""))) : "";
      return `${side2(query.from)} ${side2(query.to)} ${q.port ?? ""}`;
    } catch {
      return null;
    }
  };
  const [before, after] = [on(base), on(head)];
  if (before === null || after === null || before === after) return null;
  const named = [query.from, query.to].filter(namesService).map((t) => t.trim().replace(SERVICE_PREFIX, "")).join(" and ");
  return `Service ${named} selects other pods or sends the port elsewhere in base than in head: connections through it are answered as head has it`;
}

// src/engine/netpol/reach.ts
function guessNotes(cluster) {
  if (cluster.podRanges.length > 0) return [];
  const unknown = cluster.endpoints.find((e) => e.ips.length === 0);
  if (unknown === void 0) return [];
  for (const policy of cluster.policies) {
    for (const rule of [...policy.ingress ?? [], ...policy.egress ?? []]) {
      const block = atomsOf(rule.peer).find((a) => a.k === "block" && blockGuessed(a, unknown));
      if (block?.k !== "block") continue;
      return [
        `pod addresses are not known (no cluster.podCIDR in .netlint.yaml, no kind or kubeadm config in the input), so pods are taken to lie in 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10, and a range holding only part of that (${block.cidr.text} in ${policy.id}) is taken to hold no pod: give the pod CIDR for pod-to-pod answers through such ranges`
      ];
    }
  }
  return [];
}
function reachProblems(cluster) {
  return cluster.problems.map((p) => {
    const r = p.resource;
    const at = r ? r.locate(p.path ?? []) : { line: 1, column: 1 };
    return { file: r?.file ?? null, line: at.line, column: at.column, message: p.message, resource: r ? objectLabel(r) : null };
  });
}
function queryText(query) {
  return [["--from", query.from], ["--to", query.to], ["--port", query.port]].filter(([, v]) => v !== void 0).map(([k, v]) => `${k} ${v}`).join(" ");
}
var ReachQueryError = class extends Error {
  name = "ReachQueryError";
};
function emptySelector(flag, text) {
  return new ReachQueryError(`${flag} ${JSON.stringify(text)} is empty: give ns/name, ns/*, a namespace or workload name, [ns/]key=value labels, an external range, an address or svc:[ns/]name, or leave ${flag} out`);
}
function partySelector(text) {
  const t = text.trim();
  if (t === "" || t === "*" || t === "*/*") return () => true;
  const slash = t.indexOf("/");
  if (!t.includes("=")) {
    if (slash > 0 && t.slice(slash + 1) === "*") {
      const ns = t.slice(0, slash);
      return (p) => p.type === "workload" && p.namespace === ns;
    }
    const address = slash < 0 ? parseIp(t) : null;
    if (address !== null) return (p) => p.type === "external" && containsIp(p.cidr, address) && !p.holes.some((h) => containsIp(h, address));
    const range = slash > 0 ? parseCidr(t) : null;
    if (range?.ok) {
      const q = range.cidr;
      return (p) => p.id === t || p.type === "external" && overlaps(p.cidr, q) && !p.holes.some((h) => contains(h, q));
    }
    return (p) => p.id === t || p.type === "external" && p.cidr.text === t || p.type === "workload" && slash < 0 && (p.name === t || p.namespace === t);
  }
  const nsPart = slash > 0 && !/[=.]/.test(t.slice(0, slash)) ? t.slice(0, slash) : null;
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
  if (v.selectedBy !== void 0) out.selectedBy = [...v.selectedBy];
  if (v.reason === "pass-to-profile" && v.passedBy) {
    out.policy = v.passedBy.policy;
    out.rule = v.passedBy.rule;
    out.action = "Pass";
  }
  return out;
}
function pod(p) {
  return { id: p.id, namespace: p.namespace, name: p.name, kind: p.kind, labels: { ...p.labels }, ports: p.ports.filter((x) => x.undeclared !== true).map((x) => ({ ...x })) };
}
function connectionTotals(m) {
  const endpoints = { allowed: 0, denied: 0 };
  const fromRanges = { allowed: 0, denied: 0 };
  const sizes = m.classes.map((c) => c.members.length);
  const everyone = sizes.reduce((a, b) => a + b, 0);
  for (const t of m.targets) {
    const dstSize = sizes[t.cls];
    let allowed = 0;
    for (let p = 0; p < sizes.length; p++) if (allowedCell(m, p, t.index)) allowed += sizes[p] * dstSize - (p === t.cls ? dstSize : 0);
    endpoints.allowed += allowed;
    endpoints.denied += everyone * dstSize - dstSize - allowed;
    let fromExternals = 0;
    for (let x = 0; x < m.externals.length; x++) if (allowedCell(m, sizes.length + x, t.index)) fromExternals += dstSize;
    fromRanges.allowed += fromExternals;
    fromRanges.denied += m.externals.length * dstSize - fromExternals;
  }
  return { endpoints, fromRanges };
}
function towardRangeTotals(m) {
  const out = { allowed: 0, denied: 0 };
  if (m.externals.length === 0) return out;
  const every = m.externals.map(() => true);
  const segments = wantedSegmentCount(m, every);
  m.classes.forEach((c, cls) => {
    const { allowed, denied } = mergedRuns(m, cls, every, segments);
    out.allowed += allowed.length * c.members.length;
    out.denied += denied * c.members.length;
  });
  return out;
}
var groupId = (cls) => `g${cls + 1}`;
function malformedAddress(text) {
  const t = text.trim();
  const slash = t.indexOf("/");
  const address = slash < 0 ? t : t.slice(0, slash);
  const looksLikeIp = /^[0-9.]+$/.test(address) && address.includes(".") || /^[0-9A-Fa-f:.]+$/.test(address) && address.includes(":");
  if (!looksLikeIp) return null;
  if (slash < 0) {
    const ip = parseIpResult(t);
    if (ip.ok) return null;
    const m = /is not a valid (IPv[46]) address: (.*)$/.exec(ip.error);
    return m ? `malformed ${m[1]} address: ${m[2]}` : `malformed address: ${ip.error}`;
  }
  const cidr = parseCidr(t);
  if (cidr.ok) return null;
  const prefix = `${JSON.stringify(t)}: `;
  return `malformed address range: ${cidr.error.startsWith(prefix) ? cidr.error.slice(prefix.length) : cidr.error}`;
}
function side(m, text, flag, extra, match) {
  if (text !== void 0 && text.trim() === "" && match === void 0) throw emptySelector(flag, text);
  const ok = match ?? partySelector(text ?? "*");
  const members = m.classes.map((c) => text === void 0 ? c.members : c.members.filter(ok));
  const externals = m.externals.map((x) => text !== void 0 && ok(x));
  if (text !== void 0 && members.every((x) => x.length === 0) && !externals.includes(true)) {
    const malformed = malformedAddress(text);
    const left = malformed === null ? m.cluster.excluded.find((x) => x.id === text.trim()) : void 0;
    const why2 = malformed !== null ? `: ${malformed}` : left ? ` names ${left.kind} ${left.id}, which is not an endpoint here: ${left.reason}` : namesService(text) ? ": the Service's selector picks no workload of the input in its namespace" : " matches no endpoint or external range";
    throw new ReachQueryError(`${flag} ${JSON.stringify(text)}${why2}`);
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
  let last;
  for (const t of m.externalTargets) {
    const allowed = row.has(t.index);
    if (merge && last !== void 0 && continues(last, t, allowed)) last.to = t.to;
    else out.push(last = { ext: t.ext, protocol: t.protocol, from: t.from, to: t.to, allowed, target: t.index });
  }
  return out;
}
var segmentsOfColumns = /* @__PURE__ */ new WeakMap();
function segmentsOf(m) {
  let got = segmentsOfColumns.get(m.externalTargets);
  if (got === void 0) {
    const starts = [];
    const of = new Int32Array(m.externalTargets.length);
    m.externalTargets.forEach((t, i) => {
      const prev = m.externalTargets[i - 1];
      if (prev === void 0 || prev.ext !== t.ext || prev.protocol !== t.protocol) starts.push(i);
      of[i] = starts.length - 1;
    });
    starts.push(m.externalTargets.length);
    segmentsOfColumns.set(m.externalTargets, got = { starts, of });
  }
  return got;
}
function wantedSegmentCount(m, wanted) {
  const { starts } = segmentsOf(m);
  let n = 0;
  for (let s = 0; s + 1 < starts.length; s++) if (wanted[m.externalTargets[starts[s]].ext]) n++;
  return n;
}
function mergedRuns(m, cls, wanted, wantedSegments) {
  const { starts, of } = segmentsOf(m);
  const allowed = [];
  let denied = wantedSegments;
  let done = -1;
  const row = m.egressExternal[cls];
  row.forEach((i) => {
    const segment = of[i];
    if (segment <= done) return;
    done = segment;
    const first = m.externalTargets[starts[segment]];
    if (!wanted[first.ext]) return;
    denied--;
    let last;
    for (let c = starts[segment]; c < starts[segment + 1]; c++) {
      const t = m.externalTargets[c];
      const on = row.has(c);
      if (last !== void 0 && continues(last, t, on)) last.to = t.to;
      else {
        last = { ext: t.ext, protocol: t.protocol, from: t.from, to: t.to, allowed: on, target: t.index };
        if (on) allowed.push(last);
        else denied++;
      }
    }
  });
  return { allowed, denied };
}
function continues(run, next, allowed) {
  return run.ext === next.ext && run.protocol === next.protocol && run.allowed === allowed && run.to + 1 === next.from;
}
function sameWhy(a, b) {
  const same = (x, y) => x === y || x !== void 0 && y !== void 0 && x.verdict === y.verdict && x.reason === y.reason && x.policy === y.policy && x.rule === y.rule && x.action === y.action && x.tier === y.tier && x.selectedBy?.join("\n") === y.selectedBy?.join("\n");
  return same(a.egress, b.egress) && same(a.ingress, b.ingress);
}
function rangeFields(from, to, protocol) {
  if (protocol === "ICMP" || from === 1 && to === MAX_PORT) return {};
  return from === to ? { port: from } : { port: from, endPort: to };
}
function reach(input, asked = {}, options = {}) {
  if (!Array.isArray(input) && (namesService(asked.from) && !asked.fromParty || namesService(asked.to) && !asked.toParty)) throw new ReachQueryError("a Service (svc:NAME) is answered from the manifests that hold it");
  const { query, notes: serviceNotes } = Array.isArray(input) ? withServiceSides(input, asked) : { query: asked, notes: [] };
  const cluster = withAskedRanges(Array.isArray(input) ? clusterOf(input, options.cluster) : input, query);
  const portQuery = query.port === void 0 ? null : parsePortQuery(query.port);
  const { standIns, ...parties } = dnsAsked(cluster, query);
  const withDns = withStandIns(cluster, standIns);
  const withPort = portQuery?.port != null ? withAskedPort(withDns, portQuery.port, portQuery.protocol ?? "TCP") : withDns;
  const report = withPort === cluster ? reachOf(computeMatrix(cluster), { ...query, ...parties }, options) : reachOf(computeMatrix(withPort), { ...query, ...parties }, { ...options, totalsOf: computeMatrix(cluster) });
  report.notes.push(...serviceNotes);
  report.notes.push(...standInNotes(standIns));
  if (cluster.endpoints.length === 0) report.notes.push(NO_ENDPOINT_NOTE);
  if (Array.isArray(input)) report.notes.push(...unevaluatedNotes(input));
  return report;
}
var NO_ENDPOINT_NOTE = `the input holds no pod or workload (${["Pod", ...WORKLOAD_KINDS.map((k) => k.slice(k.indexOf("/") + 1))].join(", ")}), so there is no connection to answer for: give the paths that hold the workloads as well as the policies`;
function dnsAsked(cluster, query) {
  const clusters = Array.isArray(cluster) ? cluster : [cluster];
  const standIns = [];
  const out = { standIns };
  for (const [text, given, key] of [[query.from, query.fromParty, "fromParty"], [query.to, query.toParty, "toParty"]]) {
    if (text === void 0 || ["", "*", "*/*"].includes(text.trim())) continue;
    const ok = given ?? partySelector(text);
    for (const standIn of DNS_STAND_INS) {
      if (!standInNames(standIn).some(ok)) continue;
      const own = (p) => p.type === "workload" && isPlatformDnsPod(standIn, p);
      const held = clusters.some((c) => c.endpoints.some(own));
      if (!held && !standIns.includes(standIn)) standIns.push(standIn);
      const before = out[key] ?? ok;
      out[key] = held ? (p) => before(p) || own(p) : (p) => before(p) || p.type === "workload" && p.id === standIn.id;
    }
  }
  return out;
}
function withStandIns(cluster, standIns) {
  if (standIns.length === 0) return cluster;
  const placed = cluster.podRanges.length > 0 ? standIns.map((ep) => ({ ...ep, ranges: cluster.podRanges })) : standIns;
  const namespaces = new Map(cluster.namespaces);
  for (const ep of placed) if (!namespaces.has(ep.namespace)) namespaces.set(ep.namespace, namespaceInfo(ep.namespace, {}));
  return { ...cluster, endpoints: [...cluster.endpoints, ...placed], namespaces };
}
function standInNotes(standIns) {
  return standIns.map((ep) => `${ep.id} is not in the input: it stands for the cluster DNS pods the platform runs (${describeDnsStandIn(ep)}), answered as they would be; with your DNS pods in the input (kubeadm's Deployment kube-system/coredns), the same query answers for them`);
}
function withAskedRanges(cluster, query) {
  const cuts = [];
  for (const [text, given] of [[query.from, query.fromParty], [query.to, query.toParty]]) {
    const range = given === void 0 ? askedRange(cluster, text) : null;
    if (range !== null && !cluster.externals.some((x) => x.cidr.family === range.family)) cuts.push(range);
  }
  return withRangesCut(cluster, cuts);
}
function askedRange(cluster, text) {
  const t = text?.trim();
  if (t === void 0 || !/^[0-9A-Fa-f:.]+(?:\/\d+)?$/.test(t)) return null;
  const families = cluster.podRanges.length > 0 ? new Set(cluster.podRanges.map((r) => r.family)) : /* @__PURE__ */ new Set([4]);
  const range = parseCidr(t.includes("/") ? t : `${t}/${t.includes(":") ? 128 : 32}`);
  return range.ok && families.has(range.cidr.family) ? range.cidr : null;
}
function withRangesCut(cluster, cuts) {
  if (cuts.length === 0) return cluster;
  const blocks = cluster.atoms.filter((a) => a.k === "block");
  return { ...cluster, externals: externalAtoms(blocks, cluster.networkSets, [...cuts]) };
}
function reachQuerier(cluster) {
  const matrices = /* @__PURE__ */ new Map();
  const matrixOf = (c) => {
    let m = matrices.get(c);
    if (m === void 0) matrices.set(c, m = computeMatrix(c));
    return m;
  };
  const asked = /* @__PURE__ */ new Map();
  return (query) => {
    const portQuery = query.port === void 0 ? null : parsePortQuery(query.port);
    const { standIns, ...parties } = dnsAsked(cluster, query);
    const dnsKey = standIns.map((ep) => ep.id).join(" ");
    let base = asked.get(dnsKey);
    if (base === void 0) asked.set(dnsKey, base = withStandIns(cluster, standIns));
    let c = base;
    if (portQuery?.port != null) {
      const protocol = portQuery.protocol ?? "TCP";
      const key = `${dnsKey}|${portQuery.port}/${protocol}`;
      const known = asked.get(key);
      if (known !== void 0) c = known;
      else asked.set(key, c = withAskedPort(base, portQuery.port, protocol));
    }
    const report = c === cluster ? reachOf(matrixOf(cluster), { ...query, ...parties }) : reachOf(matrixOf(c), { ...query, ...parties }, { totalsOf: matrixOf(cluster) });
    report.notes.push(...standInNotes(standIns));
    return report;
  };
}
function unevaluatedNotes(resources) {
  return [unevaluatedPolicyNote(resources), hostEndpointNote(resources)].filter((n) => n !== null);
}
function unevaluatedPolicyNote(resources) {
  const policies = unevaluatedPoliciesOf(resources);
  if (policies.length === 0) return null;
  const enforcers = [...new Set(policies.map((p) => p.enforcer))].join(" and ");
  return `the input holds ${enforcers} policies, which netlint does not evaluate (${describeUnevaluated(policies)}): what they allow or deny is not in this answer`;
}
function withAskedPort(cluster, port, protocol) {
  if (cluster.endpoints.every((ep) => ep.ports.some((p) => p.port === port && p.protocol === protocol))) return cluster;
  const endpoints = cluster.endpoints.map((ep) => ep.ports.some((p) => p.port === port && p.protocol === protocol) ? ep : { ...ep, ports: [...ep.ports, { port, protocol, undeclared: true }] });
  return { ...cluster, endpoints };
}
function reachOf(matrix, query = {}, options = {}) {
  const { cluster, classes, externals } = matrix;
  const portQuery = query.port === void 0 ? null : parsePortQuery(query.port);
  if (portQuery?.name != null && !cluster.endpoints.some((ep) => ep.ports.some((p) => p.name === portQuery.name))) {
    throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: no endpoint declares a port named ${portQuery.name}`);
  }
  const extra = [];
  const from = side(matrix, query.from, "--from", extra, query.fromParty);
  const to = side(matrix, query.to, "--to", extra, query.toParty);
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
    externals: externals.map((x) => ({ id: x.id, cidr: x.cidr.text, ...x.holes.length > 0 ? { except: x.holes.map((h) => h.text) } : {} })),
    allowed: [],
    excluded: cluster.excluded.map(({ id, kind, reason }) => ({ id, kind, reason })),
    problems: reachProblems(cluster),
    notes: guessNotes(cluster),
    ...count ? {} : { query: { text: queryText(query), matched: 0 } },
    // The whole cluster's counts, as its totals are (without a query's stand-ins or asked port).
    summary: { endpoints: (options.totalsOf ?? matrix).cluster.endpoints.length, groups: (options.totalsOf ?? matrix).classes.length, externals: externals.length, policies: cluster.policies.length, allowed: 0, connections: { allowed: 0, denied: 0 } },
    totals: { endpoints: { allowed: 0, denied: 0 }, fromRanges: { allowed: 0, denied: 0 }, towardRanges: { allowed: 0, denied: 0 } },
    matrix
  };
  const inQuery = new Bitset(matrix.targets.length);
  const columns = matrix.targets.map((t) => {
    const dstId = to.ids[t.cls];
    if (dstId === null || portQuery !== null && !cellMatches(portQuery, t.cell)) return null;
    inQuery.set(t.index);
    return t.cell.protocol === "ICMP" ? { to: dstId, protocol: "ICMP" } : { to: dstId, port: t.cell.port, protocol: t.cell.protocol };
  });
  const classTargets = new Int32Array(classes.length + 1);
  for (const t of matrix.targets) classTargets[t.cls + 1] = t.index + 1;
  const targetSize = Float64Array.from(matrix.targets, (t) => sizes[t.cls]);
  function* walk() {
    const admittedBy = Bitset.transpose(matrix.ingress, partyCount(matrix));
    const tuples = { endpoints: { allowed: 0, total: 0 }, fromRanges: { allowed: 0, total: 0 } };
    const toward = count && !explain ? { allowed: 0, denied: 0 } : null;
    let listed = 0;
    let matched = 0;
    if (count) {
      const endpointCount = classes.reduce((a, c) => a + c.members.length, 0);
      for (const t of matrix.targets) {
        tuples.endpoints.total += endpointCount * sizes[t.cls] - sizes[t.cls];
        tuples.fromRanges.total += externals.length * sizes[t.cls];
      }
    }
    const inQueryCount = inQuery.count();
    const sparseRuns = !explain && portQuery === null;
    const wantedSegments = sparseRuns ? wantedSegmentCount(matrix, to.externals) : 0;
    for (const src of sources) {
      let considered = inQuery;
      const own = src.p < classes.length ? to.members[src.p] : [];
      if (src.reps.length === 1 && own.length === 1 && own[0] === src.reps[0]) {
        considered = inQuery.clone();
        considered.clearRange(classTargets[src.p], classTargets[src.p + 1]);
      }
      const admitted = admittedBy[src.p];
      if (src.p < classes.length) admitted.andWith(matrix.egress[src.p]);
      admitted.andWith(considered);
      let runs = [];
      let allowedRuns = 0;
      let deniedRuns = 0;
      const hasRuns = src.p < classes.length && portQuery?.name == null;
      if (hasRuns && sparseRuns) {
        ({ allowed: runs, denied: deniedRuns } = mergedRuns(matrix, src.p, to.externals, wantedSegments));
        allowedRuns = runs.length;
      } else if (hasRuns) {
        const all = externalRuns(matrix, src.p, !explain).filter(
          (run) => to.externals[run.ext] && (portQuery === null || (portQuery.protocol ?? run.protocol) === run.protocol) && (portQuery?.port == null || portQuery.port >= run.from && portQuery.port <= run.to)
        );
        const allowedOnly = all.filter((run) => run.allowed);
        allowedRuns = allowedOnly.length;
        deniedRuns = all.length - allowedRuns;
        runs = explain ? all : allowedOnly;
      }
      listed += admitted.count() + allowedRuns;
      matched += (considered === inQuery ? inQueryCount : considered.count()) + allowedRuns + deniedRuns;
      if (count) {
        let ownAdmitted = 0;
        if (src.p < classes.length) {
          for (let t = classTargets[src.p]; t < classTargets[src.p + 1]; t++) if (admitted.has(t)) ownAdmitted++;
        }
        (src.p < classes.length ? tuples.endpoints : tuples.fromRanges).allowed += sizes[src.p] * admitted.sumOver(targetSize) - sizes[src.p] * ownAdmitted;
      }
      if (toward !== null && src.p < classes.length) {
        toward.allowed += allowedRuns * sizes[src.p];
        toward.denied += deniedRuns * sizes[src.p];
      }
      yield { src, considered, admitted, runs };
    }
    report.summary.allowed = listed;
    if (report.query) report.query.matched = matched;
    const split = count ? {
      endpoints: { allowed: tuples.endpoints.allowed, denied: tuples.endpoints.total - tuples.endpoints.allowed },
      fromRanges: { allowed: tuples.fromRanges.allowed, denied: tuples.fromRanges.total - tuples.fromRanges.allowed }
    } : connectionTotals(options.totalsOf ?? matrix);
    report.totals = { ...split, towardRanges: toward ?? towardRangeTotals(options.totalsOf ?? matrix) };
    report.summary.connections = { allowed: split.endpoints.allowed + split.fromRanges.allowed, denied: split.endpoints.denied + split.fromRanges.denied };
  }
  const externalEntry = (src, run) => {
    const range = portQuery?.port != null ? rangeFields(portQuery.port, portQuery.port) : rangeFields(run.from, run.to, run.protocol);
    return { from: src.id, to: externals[run.ext].id, ...range, protocol: run.protocol };
  };
  const rows = {
    columns,
    *read() {
      for (const { src, admitted, runs } of walk()) yield { from: src.id, targets: admitted, externals: runs.filter((run) => run.allowed).map((run) => externalEntry(src, run)) };
    }
  };
  if (options.lazy === true && !explain) {
    report.rows = rows;
    report.stream = () => entriesOfRows(rows);
    return report;
  }
  if (!explain) {
    for (const entry of entriesOfRows(rows)) report.allowed.push(entry);
    return report;
  }
  const raw = { listed: 0, matched: 0 };
  const merged = { allowed: 0, denied: 0 };
  const settle = () => {
    report.summary.allowed = raw.listed - merged.allowed;
    if (report.query) report.query.matched = raw.matched - merged.allowed - merged.denied;
  };
  function* explainedEntries(kind, lazy) {
    const wantAllowed = kind === "allowed";
    let count2 = 0;
    let merges = 0;
    for (const { src, considered, admitted, runs } of walk()) {
      for (const index of considered.ones()) {
        if (admitted.has(index) !== wantAllowed) continue;
        count2++;
        const entry = entryOf(src.id, columns[index]);
        yield lazy ? entry : explainTarget(entry, src.reps, index);
      }
      const srcRep = src.reps[0];
      let pending = null;
      for (const run of runs) {
        if (run.allowed !== wantAllowed) continue;
        const entry = explained(externalEntry(src, run), srcRep, externals[run.ext], { port: run.from, protocol: run.protocol });
        if (pending && portQuery?.port == null && continues(pending.run, run, run.allowed) && sameWhy(pending.entry, entry)) {
          const { from: f, to: t, egress, ingress } = entry;
          pending = { run, from: pending.from, entry: { from: f, to: t, ...rangeFields(pending.from, run.to, run.protocol), protocol: run.protocol, egress, ingress } };
          merges++;
          continue;
        }
        if (pending) yield pending.entry;
        count2++;
        pending = { run, from: run.from, entry };
      }
      if (pending) yield pending.entry;
    }
    raw.listed = report.summary.allowed;
    raw.matched = report.query?.matched ?? 0;
    merged[kind] = merges;
    if (kind === "denied") report.summary.denied = count2;
    settle();
  }
  if (options.lazy === true) {
    report.stream = () => explainedEntries("allowed", true);
    report.denied = { [Symbol.iterator]: () => explainedEntries("denied", true) };
    report.explain = explainEntry;
    return report;
  }
  report.allowed = [...explainedEntries("allowed", false)];
  report.denied = [...explainedEntries("denied", false)];
  return report;
  function explained(entry, src, dst, cell) {
    const v = explainCell(matrix, src, dst, cell);
    entry.egress = why(v.egress);
    entry.ingress = why(v.ingress);
    return entry;
  }
  function explainTarget(entry, reps, index) {
    const t = matrix.targets[index];
    const dsts = to.members[t.cls];
    const srcRep = reps[0];
    const dstRep = dsts.find((d) => d !== srcRep) ?? dsts[0];
    return explained(entry, dstRep === srcRep ? reps[1] : srcRep, dstRep, t.cell);
  }
  function explainEntry(entry) {
    if (entry.egress !== void 0) return entry;
    const located2 = locate();
    const src = located2.sources.get(entry.from);
    const index = located2.targets.get(`${entry.to}\0${entry.port ?? ""}\0${entry.protocol}`);
    if (src === void 0 || index === void 0) throw new Error(`reach: no source ${entry.from} or target ${entry.to} ${entry.port ?? ""}/${entry.protocol} to explain`);
    return explainTarget({ ...entry }, src, index);
  }
  function locate() {
    if (located === void 0) {
      const targets = /* @__PURE__ */ new Map();
      columns.forEach((c, i) => {
        if (c !== null) targets.set(`${c.to}\0${c.port ?? ""}\0${c.protocol}`, i);
      });
      located = { sources: new Map(sources.map((src) => [src.id, src.reps])), targets };
    }
    return located;
  }
  var located;
}
function entryOf(from, column) {
  return column.port === void 0 ? { from, to: column.to, protocol: column.protocol } : { from, to: column.to, port: column.port, protocol: column.protocol };
}
function* entriesOfRows(rows) {
  for (const row of rows.read()) {
    for (const t of row.targets.ones()) yield entryOf(row.from, rows.columns[t]);
    yield* row.externals;
  }
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
  const matrix = computeMatrix(clusterOf(resources));
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
  withServiceSides,
  serviceChangedNote,
  guessNotes,
  ReachQueryError,
  emptySelector,
  partySelector,
  parsePortQuery,
  cellMatches,
  why,
  reach,
  dnsAsked,
  withStandIns,
  standInNotes,
  askedRange,
  withRangesCut,
  reachQuerier,
  unevaluatedPolicyNote,
  allowedEntries,
  expandAllowed,
  expectedMatrix
};
