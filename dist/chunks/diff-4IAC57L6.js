import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-ILSTGDVA.js";
import {
  CLUSTER_OPTION,
  chooseClusterOnSides,
  clusterOf as clusterOf2,
  filesOfOtherClusters
} from "./chunk-B35SFWBZ.js";
import {
  PAIR_LIMIT,
  memberList,
  moreLine,
  noteLines,
  notesList,
  portLabel
} from "./chunk-H27P2NUM.js";
import {
  escapeInlineCode,
  escapeMarkdown
} from "./chunk-3GO35JKS.js";
import "./chunk-BOHZHQRB.js";
import "./chunk-VALIGBTO.js";
import {
  emit,
  noteOnStderr
} from "./chunk-A3RY7UJ5.js";
import {
  ReachQueryError,
  cellMatches,
  dnsAsked,
  emptySelector,
  guessNotes,
  parsePortQuery,
  partySelector,
  serviceChangedNote,
  standInNotes,
  unevaluatedPolicyNote,
  why,
  withServiceSides,
  withStandIns
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
import {
  require_node_path
} from "./chunk-LTHQ6PXO.js";
import "./chunk-D6M6637M.js";
import {
  CALICO_GROUPS,
  ICMP_CELL,
  MAX_PORT,
  allowedCell,
  buildClasses,
  clusterOf,
  collectEndpoints,
  computeMatrix,
  egressPortCuts,
  explainCell,
  externalAtoms,
  hostEndpointNote,
  isAdminPolicy,
  isCalicoPolicy,
  isKubernetesNetworkPolicy,
  isNetworkSet,
  isWorkload,
  labelsOf,
  namespaceOf
} from "./chunk-O2OHA4SU.js";
import {
  CLUSTER_SCOPED_KINDS,
  asArray,
  formatCidr,
  formatIp,
  getIn
} from "./chunk-2TB3XL2O.js";
import {
  __toESM
} from "./chunk-KSTQWAIF.js";

// src/cli/diff.ts
var import_node_path = __toESM(require_node_path(), 1);

// src/engine/netpol/diff.ts
var MAX_ISOLATED_CHANGES = 40;
function relevant(r) {
  return isKubernetesNetworkPolicy(r) || isCalicoPolicy(r) || isAdminPolicy(r) || isWorkload(r) || r.groupKind === "Namespace" || r.groupKind === "ServiceAccount" || CALICO_GROUPS.has(r.group) && r.kind === "Tier";
}
function landingNamespace(r) {
  return CLUSTER_SCOPED_KINDS.has(r.groupKind) ? null : namespaceOf(r);
}
function keyOf(r) {
  return `${r.groupKind} ${landingNamespace(r) ?? ""}/${r.name}`;
}
function display(r) {
  const kind = r.kind === "NetworkPolicy" && isCalicoPolicy(r) ? "CalicoNetworkPolicy" : r.kind;
  const ns = landingNamespace(r);
  return `${kind} ${ns === null ? "" : `${ns}/`}${r.name}`;
}
function templateOf(r) {
  if (r.groupKind === "Pod") return r.value;
  if (r.groupKind === "batch/CronJob") return getIn(r.value, ["spec", "jobTemplate", "spec", "template"]);
  return getIn(r.value, ["spec", "template"]);
}
function projection(r) {
  if (r.groupKind === "Namespace" || r.groupKind === "ServiceAccount") return { labels: labelsOf(getIn(r.value, ["metadata", "labels"])), rest: "" };
  if (isWorkload(r)) {
    const t = templateOf(r);
    const spec = getIn(t, ["spec"]);
    const rest = JSON.stringify({
      ports: asArray(getIn(spec, ["containers"])).map((c) => getIn(c, ["ports"]) ?? null),
      hostNetwork: getIn(spec, ["hostNetwork"]) ?? null,
      sa: getIn(spec, ["serviceAccountName"]) ?? getIn(spec, ["serviceAccount"]) ?? null,
      status: r.groupKind === "Pod" ? getIn(r.value, ["status"]) ?? null : null
    });
    return { labels: labelsOf(getIn(t, ["metadata", "labels"])), rest };
  }
  return { rest: JSON.stringify(r.value.spec ?? null) };
}
function labelDelta(a, b) {
  const parts = [];
  const has = (m, k) => Object.prototype.hasOwnProperty.call(m, k);
  for (const [k, v] of Object.entries(b)) {
    if (!has(a, k)) parts.push(`+${k}=${v}`);
    else if (a[k] !== v) parts.push(`${k}=${a[k]}\u2192${v}`);
  }
  for (const [k, v] of Object.entries(a)) if (!has(b, k)) parts.push(`-${k}=${v}`);
  return parts.join(", ");
}
function resourceChanges(base, head) {
  const b = new Map(base.filter(relevant).map((r) => [keyOf(r), r]));
  const h = new Map(head.filter(relevant).map((r) => [keyOf(r), r]));
  const out = [];
  const ref = (r) => ({ kind: r.kind, namespace: landingNamespace(r), name: r.name });
  for (const [key, r] of h) {
    const old = b.get(key);
    if (!old) {
      out.push({ key, kind: "added", resource: ref(r), description: `${display(r)} added` });
      continue;
    }
    const [po, pn] = [projection(old), projection(r)];
    const labels = labelDelta(po.labels ?? {}, pn.labels ?? {});
    if (labels === "" && po.rest === pn.rest) continue;
    const what = [labels !== "" ? `labels ${labels}` : "", po.rest !== pn.rest ? pn.labels === void 0 ? "spec" : "ports or pod spec" : ""].filter((s) => s !== "");
    out.push({ key, kind: "edited", resource: ref(r), description: `${display(r)} edited (${what.join("; ")})` });
  }
  for (const [key, r] of b) if (!h.has(key)) out.push({ key, kind: "removed", resource: ref(r), description: `${display(r)} removed` });
  return out.sort((x, y) => x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}
function undo(change, base, head) {
  const kept = head.filter((r) => keyOf(r) !== change.key);
  if (change.kind === "added") return kept;
  const old = base.find((r) => keyOf(r) === change.key);
  return old ? [...kept, old] : kept;
}
function apply(change, base, head) {
  return undo({ ...change, kind: change.kind === "added" ? "removed" : change.kind === "removed" ? "added" : "edited" }, head, base);
}
function frameOf(clusters) {
  return {
    blocks: clusters.flatMap((c) => c.atoms.filter((a) => a.k === "block")),
    setNets: clusters.flatMap((c) => c.networkSets.flatMap((s) => s.nets)),
    cuts: egressPortCuts(clusters)
  };
}
function matrixIn(frame, c, only) {
  return computeMatrix(c, { externals: externalAtoms(frame.blocks, c.networkSets, frame.setNets), cuts: frame.cuts, ...only ? { only } : {} });
}
function evaluateVariants(matrices, locality, counts, refine = []) {
  const classOf = [...matrices.map(classIds), ...refine];
  const ids = [];
  const seen = /* @__PURE__ */ new Set();
  for (const m of [matrices[1], matrices[0]]) {
    for (const e of m.cluster.endpoints) {
      if (!seen.has(e.id)) ids.push(e.id);
      seen.add(e.id);
    }
  }
  const byKey = /* @__PURE__ */ new Map();
  const groups = [];
  for (const id of ids) {
    const cls = classOf.map((map) => map.get(id) ?? -1);
    const key = cls.join(",");
    const found = byKey.get(key);
    if (found) found.members.push(id);
    else {
      const g = { id: "", members: [id], cls };
      byKey.set(key, g);
      groups.push(g);
    }
  }
  let shared = 0;
  for (const g of groups) g.id = g.members.length === 1 ? g.members[0] : `g${++shared}`;
  const targetOf = matrices.map((m) => {
    const perClass = m.classes.map(() => /* @__PURE__ */ new Map());
    for (const t of m.targets) perClass[t.cls].set(cellKey(t.cell), t.index);
    return perClass;
  });
  const cellsOf = groups.map((g) => {
    const cells = /* @__PURE__ */ new Map();
    for (const v of [0, 1]) if (g.cls[v] >= 0) {
      for (const c of [...matrices[v].classes[g.cls[v]].cells, ICMP_CELL]) if (!cells.has(cellKey(c))) cells.set(cellKey(c), c);
    }
    return [...cells.values()].map((cell) => {
      const key = cellKey(cell);
      return { cell, target: Int32Array.from(matrices, (_, v) => g.cls[v] < 0 ? -1 : targetOf[v][g.cls[v]].get(key) ?? -1) };
    });
  });
  const deltas = [];
  const sources = groups.length + matrices[0].externals.length;
  const partyOf = (src, v) => src < groups.length ? groups[src].cls[v] : matrices[v].classes.length + (src - groups.length);
  const stateOf = (v, p, t) => t < 0 || p < 0 ? "absent" : allowedCell(matrices[v], p, t) ? "allowed" : "denied";
  const [base, head] = matrices;
  const classes0 = base.classes.length;
  const classes1 = head.classes.length;
  const BLOCK = 64;
  const p0 = new Int32Array(BLOCK);
  const p1 = new Int32Array(BLOCK);
  const compare = (srcs, dsts) => {
    if (counts) counts.pairs += srcs.length * dsts.length;
    for (let first = 0; first < srcs.length; first += BLOCK) {
      const n = Math.min(BLOCK, srcs.length - first);
      for (let i = 0; i < n; i++) {
        p0[i] = partyOf(srcs[first + i], 0);
        p1[i] = partyOf(srcs[first + i], 1);
      }
      for (let k = 0; k < dsts.length; k++) {
        const dst = dsts[k];
        const alone = groups[dst].members.length === 1;
        const cells = cellsOf[dst];
        for (let c = 0; c < cells.length; c++) {
          const { cell, target } = cells[c];
          const t0 = target[0];
          const t1 = target[1];
          const in0 = t0 < 0 ? null : base.ingress[t0].words;
          const in1 = t1 < 0 ? null : head.ingress[t1].words;
          const word0 = t0 >>> 5;
          const bit0 = 1 << (t0 & 31);
          const word1 = t1 >>> 5;
          const bit1 = 1 << (t1 & 31);
          for (let i = 0; i < n; i++) {
            const src = srcs[first + i];
            if (alone && src === dst) continue;
            const q0 = p0[i];
            const q1 = p1[i];
            const a = in0 !== null && q0 >= 0 && (in0[q0 >>> 5] & 1 << (q0 & 31)) !== 0 && (q0 >= classes0 || (base.egress[q0].words[word0] & bit0) !== 0);
            const b = in1 !== null && q1 >= 0 && (in1[q1 >>> 5] & 1 << (q1 & 31)) !== 0 && (q1 >= classes1 || (head.egress[q1].words[word1] & bit1) !== 0);
            if (a === b) continue;
            deltas.push({ src, dst: { group: dst }, cell, states: Array.from(target, (t, v) => stateOf(v, partyOf(src, v), t)) });
          }
        }
      }
    }
  };
  const range = (from, to, keep = () => true) => {
    const out = [];
    for (let i = from; i < to; i++) if (keep(i)) out.push(i);
    return Int32Array.from(out);
  };
  const ends = locality(groups, base, head);
  if (ends === null) compare(range(0, sources), range(0, groups.length));
  else {
    compare(range(0, groups.length, (g) => ends.sources[g] === 1), range(0, groups.length));
    compare(
      range(0, sources, (s) => s >= groups.length || ends.sources[s] === 0),
      range(0, groups.length, (g) => ends.destinations[g] === 1)
    );
  }
  for (let src = 0; src < groups.length; src++) {
    if (ends !== null && ends.sources[src] === 0) continue;
    for (const t of base.externalTargets) {
      const states = matrices.map((m, v) => groups[src].cls[v] < 0 ? "absent" : m.egressExternal[groups[src].cls[v]].has(t.index) ? "allowed" : "denied");
      if (states[0] === "allowed" !== (states[1] === "allowed")) deltas.push({ src, dst: { ext: t.ext, from: t.from, to: t.to }, cell: { port: t.from, protocol: t.protocol }, states });
    }
  }
  return { matrices, groups, deltas, endpointsById: matrices.map(() => void 0) };
}
function classIds(m) {
  const out = /* @__PURE__ */ new Map();
  m.classes.forEach((c, i) => c.members.forEach((e) => out.set(e.id, i)));
  return out;
}
function fillUndoStates(e, m) {
  const cls = classIds(m);
  const targets = m.classes.map(() => /* @__PURE__ */ new Map());
  for (const t of m.targets) targets[t.cls].set(cellKey(t.cell), t.index);
  const columns = new Map(m.externalTargets.map((t) => [`${t.ext}/${t.protocol}/${t.from}`, t.index]));
  const classOfGroup = (g) => cls.get(e.groups[g].members[0]) ?? -1;
  for (const d of e.deltas) {
    const src = d.src < e.groups.length ? classOfGroup(d.src) : m.classes.length + (d.src - e.groups.length);
    let state;
    if ("group" in d.dst) {
      const dst = classOfGroup(d.dst.group);
      const t = dst < 0 ? -1 : targets[dst].get(cellKey(d.cell)) ?? -1;
      state = t < 0 || src < 0 ? "absent" : allowedCell(m, src, t) ? "allowed" : "denied";
    } else {
      const column = columns.get(`${d.dst.ext}/${d.cell.protocol}/${d.dst.from}`);
      if (column === void 0) throw new Error(`diff: the range column ${d.dst.ext}/${d.cell.protocol}/${d.dst.from} is not in a variant's matrix`);
      state = src < 0 ? "absent" : m.egressExternal[src].has(column) ? "allowed" : "denied";
    }
    d.states.push(state);
  }
}
function endpointKey(e, ns) {
  return JSON.stringify([
    e.kind,
    e.labels,
    e.calicoLabels,
    e.ports,
    e.serviceAccount,
    e.serviceAccountLabels,
    e.ips.map(formatIp),
    (e.ranges ?? []).map(formatCidr),
    ns?.labels ?? null,
    ns?.calicoLabels ?? null,
    ns?.declared ?? null
  ]);
}
function meaningOf(resources) {
  const out = /* @__PURE__ */ new Map();
  for (const r of resources) {
    if (r.groupKind !== "Service" && !isNetworkSet(r)) continue;
    const key = keyOf(r);
    out.set(key, `${out.get(key) ?? ""}${JSON.stringify(r.value)}`);
  }
  return out;
}
function sameMaps(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
function onlyTheChangesDiffer(base, head) {
  const duplicated = (rs) => {
    const keys = rs.filter(relevant).map(keyOf);
    return new Set(keys).size !== keys.length;
  };
  return !duplicated(base) && !duplicated(head) && sameMaps(meaningOf(base), meaningOf(head));
}
function changedEnds(changes, comparable) {
  if (!comparable) return () => null;
  const changed = new Set(changes.map((c) => c.key));
  const tiers = new Set(changes.filter((c) => c.resource.kind === "Tier").map((c) => c.resource.name));
  let keys;
  return (groups, ...sides) => {
    const endpoints = keys ??= sides.map((m) => new Map(m.cluster.endpoints.map((e) => [e.id, endpointKey(e, m.cluster.namespaces.get(e.namespace))])));
    const ends = { sources: new Uint8Array(groups.length), destinations: new Uint8Array(groups.length) };
    const touched = /* @__PURE__ */ new Map();
    const isTouched = (p) => {
      let t = touched.get(p);
      if (t === void 0) touched.set(p, t = tiers.has(p.tier) || p.resource !== void 0 && changed.has(keyOf(p.resource)));
      return t;
    };
    const dirty = sides.map((m) => ({
      egress: m.byClass.tiers.egress.map((list) => list.some((t) => tiers.has(t.tier.name) || t.policies.some(isTouched))),
      ingress: m.byClass.tiers.ingress.map((list) => list.some((t) => tiers.has(t.tier.name) || t.policies.some(isTouched)))
    }));
    groups.forEach((g, i) => {
      const moved = g.members.some((id) => {
        const [b, h] = endpoints.map((m) => m.get(id));
        return b === void 0 || b !== h;
      });
      const by = (dir) => moved || g.cls.slice(0, 2).some((c, v) => c >= 0 && dirty[v][dir][c]);
      ends.sources[i] = by("egress") ? 1 : 0;
      ends.destinations[i] = by("ingress") ? 1 : 0;
    });
    return ends;
  };
}
function cellKey(c) {
  return `${c.port}/${c.protocol}`;
}
function explainDelta(e, d, v) {
  const m = e.matrices[v];
  const byId = e.endpointsById[v] ??= new Map(m.cluster.endpoints.map((x) => [x.id, x]));
  const endpoint = (id) => byId.get(id);
  const srcGroup = e.groups[d.src];
  const src = d.src < e.groups.length ? endpoint(srcGroup.members[0]) : m.externals[d.src - e.groups.length];
  const dstMembers = "group" in d.dst ? e.groups[d.dst.group].members : [];
  const dst = "group" in d.dst ? endpoint(dstMembers.find((id) => id !== src?.id) ?? dstMembers[0]) : m.externals[d.dst.ext];
  if (!src || !dst) return void 0;
  const cell = dst.type === "workload" ? dst.ports.find((p) => cellKey(p) === cellKey(d.cell)) ?? d.cell : d.cell;
  const verdict = explainCell(m, src, dst, cell);
  return { egress: why(verdict.egress), ingress: why(verdict.ingress) };
}
function related(changes, ids, endpoints, d) {
  const ends = new Set(endpoints);
  const nss = new Set(endpoints.map((id) => id.split("/")[0]));
  const deciding = /* @__PURE__ */ new Set();
  const tiers = /* @__PURE__ */ new Set();
  const flipped = ["egress", "ingress"].filter((dir) => !d.base || !d.head || d.base[dir].verdict !== d.head[dir].verdict);
  for (const side of [d.base, d.head]) {
    for (const w of side ? (flipped.length > 0 ? flipped : ["egress", "ingress"]).map((dir) => side[dir]) : []) {
      if (w.policy) deciding.add(w.policy);
      for (const p of w.selectedBy ?? []) deciding.add(p);
      if (w.tier) tiers.add(w.tier);
    }
  }
  const touching = changes.filter((c) => {
    if (c.resource.kind === "Namespace") return nss.has(c.resource.name);
    if (c.resource.kind === "Tier") return tiers.has(c.resource.name);
    const policy = ids.get(c.key);
    if (policy !== void 0) return deciding.has(policy);
    return ends.has(c.resource.namespace === null ? c.resource.name : `${c.resource.namespace}/${c.resource.name}`);
  });
  return touching.length > 0 ? touching : [...changes];
}
function mergeRanges(list) {
  const out = [];
  for (const d of list) {
    const last = out.at(-1);
    const same = last !== void 0 && last.from === d.from && last.to === d.to && last.protocol === d.protocol && last.before === d.before && last.after === d.after && last.endPort !== void 0 && d.port !== void 0 && last.endPort + 1 === d.port && last.causes.join("\0") === d.causes.join("\0") && last.eachAlone?.join("\0") === d.eachAlone?.join("\0");
    if (same) last.endPort = d.endPort ?? d.port;
    else out.push(d);
  }
  for (const d of out) {
    if (d.endPort === void 0) continue;
    if (d.port === 1 && d.endPort === MAX_PORT) {
      delete d.port;
      delete d.endPort;
    } else if (d.port === d.endPort) delete d.endPort;
  }
  return out;
}
function checkDiffQuery(query) {
  for (const [flag, text] of [["--from", query.from], ["--to", query.to]]) if (text !== void 0 && text.trim() === "") throw emptySelector(flag, text);
  if (query.port !== void 0) parsePortQuery(query.port);
}
function queryFilter(query, sides, externals, parties = {}) {
  checkDiffQuery(query);
  const endpoints = sides.flatMap((c) => c.endpoints);
  const selector = (text, flag, given) => {
    if (text === void 0) return null;
    const ok = given ?? partySelector(text);
    if (!endpoints.some(ok) && !externals.some(ok)) throw new ReachQueryError(`${flag} ${JSON.stringify(text)} matches no endpoint or external range on either side`);
    return ok;
  };
  const from = selector(query.from, "--from", parties.fromParty);
  const to = selector(query.to, "--to", parties.toParty);
  const port = query.port === void 0 ? null : parsePortQuery(query.port);
  if (port?.name && !endpoints.some((ep) => ep.ports.some((x) => x.name === port.name))) throw new ReachQueryError(`--port ${JSON.stringify(query.port)}: no endpoint on either side declares a port named ${port.name}`);
  const byId = /* @__PURE__ */ new Map();
  for (const ep of endpoints) byId.set(ep.id, ep);
  const groupMatches = (members, ok) => members.some((id) => ok(byId.get(id)));
  return (e, d) => {
    const ext = e.matrices[1].externals;
    const srcOk = from === null || (d.src < e.groups.length ? groupMatches(e.groups[d.src].members, from) : from(ext[d.src - e.groups.length]));
    if (!srcOk) return false;
    if ("group" in d.dst) return (to === null || groupMatches(e.groups[d.dst.group].members, to)) && cellMatches(port, d.cell);
    if (to !== null && !to(ext[d.dst.ext])) return false;
    if (port === null) return true;
    if (port.protocol !== null && port.protocol !== d.cell.protocol) return false;
    return port.protocol === "ICMP" || port.port !== null && d.dst.from <= port.port && port.port <= d.dst.to;
  };
}
function reachesDeltas(e, c) {
  const isIt = (p) => c.resource.kind === "Tier" ? p.tier === c.resource.name : p.resource !== void 0 && keyOf(p.resource) === c.key;
  const selected = [0, 1].map((v) => {
    const m = e.matrices[v];
    const of = (lists) => lists.map((tiers) => tiers.some((t) => t.policies.some(isIt)));
    return { egress: of(m.byClass.tiers.egress), ingress: of(m.byClass.tiers.ingress) };
  });
  return e.deltas.some(
    (d) => [0, 1].some((v) => {
      const src = d.src < e.groups.length ? e.groups[d.src].cls[v] : -1;
      const dst = "group" in d.dst ? e.groups[d.dst.group].cls[v] : -1;
      return src >= 0 && selected[v].egress[src] || dst >= 0 && selected[v].ingress[dst];
    })
  );
}
function diffReach(base, head, config = {}, queryAsked = {}, options = {}) {
  const { query, notes: serviceNotes } = withServiceSides([...base, ...head], queryAsked);
  const changes = resourceChanges(base, head);
  const ids = new Map([...base, ...head].filter((r) => isKubernetesNetworkPolicy(r) || isCalicoPolicy(r) || isAdminPolicy(r)).map((r) => [keyOf(r), display(r)]));
  const given = [clusterOf(base, config), clusterOf(head, config)];
  const { standIns, ...dns } = dnsAsked(given, query);
  const parties = { fromParty: dns.fromParty ?? query.fromParty, toParty: dns.toParty ?? query.toParty };
  const sideOf = (resources, endpointsOf) => withStandIns(clusterOf(resources, config, endpointsOf), standIns);
  const sides = given.map((c) => withStandIns(c, standIns));
  const frame = frameOf(sides);
  const matrices = sides.map((c) => matrixIn(frame, c));
  const comparable = options.exhaustive !== true && onlyTheChangesDiffer(base, head);
  const locality = changedEnds(changes, comparable);
  let e = evaluateVariants(matrices, locality, options.counts);
  const asked = query.from !== void 0 || query.to !== void 0 || query.port !== void 0;
  const keep = asked ? queryFilter(query, sides, e.matrices[1].externals, parties) : null;
  if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
  const isolate = e.deltas.length > 0 && changes.length > 0 && changes.length <= MAX_ISOLATED_CHANGES;
  const samePodRanges = sides[0].podRanges.map(formatCidr).join() === sides[1].podRanges.map(formatCidr).join();
  const undoneIsBase = changes.length === 1 && comparable && samePodRanges;
  const unrestored = (ev) => ev.deltas.some((d) => !changes.some((_, i) => d.states[2 + i] === "allowed" === (d.states[0] === "allowed")));
  if (isolate && !undoneIsBase && options.exhaustive === true) {
    const undone = [...matrices, ...changes.map((c) => matrixIn(frame, sideOf(undo(c, base, head))))];
    e = evaluateVariants(undone, locality, options.counts);
    if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
    if (unrestored(e)) {
      e = evaluateVariants([...undone, ...changes.map((c) => matrixIn(frame, sideOf(apply(c, base, head))))], locality, options.counts);
      if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
    }
  } else if (isolate && !undoneIsBase) {
    const policyKeys = new Set([...base, ...head].filter((r) => relevant(r) && !isWorkload(r) && r.groupKind !== "Namespace" && r.groupKind !== "ServiceAccount").map(keyOf));
    const policiesOnly = comparable && samePodRanges && changes.every((c) => policyKeys.has(c.key));
    const headEndpoints = policiesOnly ? collectEndpoints(head) : null;
    const endpointsOf = headEndpoints === null ? void 0 : () => ({ ...headEndpoints, namespaces: new Map(headEndpoints.namespaces), excluded: [...headEndpoints.excluded], problems: [...headEndpoints.problems] });
    const variant = (c) => sideOf(undo(c, base, head), endpointsOf);
    const applied = (c) => sideOf(apply(c, base, head), endpointsOf);
    const classesOf = (make) => changes.map((c) => classIds({ classes: buildClasses(make(c)) }));
    const fill = (make, skipped) => {
      const ends = { sources: /* @__PURE__ */ new Set(), destinations: /* @__PURE__ */ new Set() };
      for (const d of e.deltas) {
        if (d.src < e.groups.length) ends.sources.add(e.groups[d.src].members[0]);
        if ("group" in d.dst) ends.destinations.add(e.groups[d.dst.group].members[0]);
      }
      for (const c of changes) {
        if (policiesOnly && !reachesDeltas(e, c)) {
          for (const d of e.deltas) d.states.push(d.states[skipped]);
          continue;
        }
        if (options.counts) options.counts.variants++;
        fillUndoStates(e, matrixIn(frame, make(c), ends));
      }
    };
    const refine = policiesOnly ? [] : classesOf(variant);
    const evaluate = (classes) => {
      e = evaluateVariants(matrices, locality, options.counts, classes);
      if (keep) e.deltas = e.deltas.filter((d) => keep(e, d));
      fill(variant, 1);
    };
    evaluate(refine);
    if (unrestored(e)) {
      if (!policiesOnly) evaluate([...refine, ...classesOf(applied)]);
      fill(applied, 0);
    }
  }
  const nameOf = (src) => src < e.groups.length ? e.groups[src].id : e.matrices[1].externals[src - e.groups.length].id;
  const deltas = e.deltas.map((raw) => {
    const [b, a] = raw.states;
    const icmp = raw.cell.protocol === "ICMP";
    const target = "group" in raw.dst ? { to: e.groups[raw.dst.group].id, ...icmp ? {} : { port: raw.cell.port } } : { to: e.matrices[1].externals[raw.dst.ext].id, ...icmp ? {} : { port: raw.dst.from, endPort: raw.dst.to } };
    const d = { from: nameOf(raw.src), ...target, protocol: raw.cell.protocol, before: b, after: a, causes: [], attribution: "isolated" };
    if (b !== "absent") d.base = explainDelta(e, raw, 0);
    if (a !== "absent") d.head = explainDelta(e, raw, 1);
    if (d.base === void 0) delete d.base;
    if (d.head === void 0) delete d.head;
    if (isolate) changes.forEach((c, i) => {
      if ((undoneIsBase ? b : raw.states[2 + i]) === "allowed" === (b === "allowed")) d.causes.push(c.description);
    });
    if (d.causes.length === 0) {
      d.attribution = "related";
      const members = [...raw.src < e.groups.length ? e.groups[raw.src].members : [], ..."group" in raw.dst ? e.groups[raw.dst.group].members : []];
      const touching = new Set(related(changes, ids, members, d));
      if (raw.states.length === 2 + 2 * changes.length) {
        const alone = new Set(changes.filter((_, i) => raw.states[2 + changes.length + i] === "allowed" === (a === "allowed")));
        d.eachAlone = changes.filter((c) => alone.has(c)).map((c) => c.description);
        for (const c of alone) touching.add(c);
      }
      d.causes = changes.filter((c) => touching.has(c)).map((c) => c.description);
    }
    return d;
  });
  const rank = (d) => d.protocol === "ICMP" ? "~" : d.protocol;
  const order = (x, y) => x.from !== y.from ? x.from < y.from ? -1 : 1 : x.to !== y.to ? x.to < y.to ? -1 : 1 : rank(x) !== rank(y) ? rank(x) < rank(y) ? -1 : 1 : (x.port ?? 0) - (y.port ?? 0);
  const out = {
    ...asked ? { query: { ...query } } : {},
    opened: mergeRanges(deltas.filter((d) => d.after === "allowed").sort(order)),
    closed: mergeRanges(deltas.filter((d) => d.before === "allowed").sort(order)),
    changes
  };
  const named = new Set([...out.opened, ...out.closed].flatMap((d) => [d.from, d.to]));
  const groups = e.groups.filter((g) => g.members.length > 1 && named.has(g.id)).map((g) => ({ id: g.id, members: g.members }));
  if (groups.length > 0) out.groups = groups;
  const changed = serviceChangedNote(base, head, queryAsked);
  const notes = [...serviceNotes, ...changed ? [changed] : [], ...standInNotes(standIns), ...sideNotes([base, head], sides)];
  if (notes.length > 0) out.notes = notes;
  return out;
}
function sideNotes(resources, sides) {
  const kinds = [
    (i) => unevaluatedPolicyNote(resources[i]),
    (i) => hostEndpointNote(resources[i]),
    (i) => guessNotes(sides[i])[0] ?? null
  ];
  const notes = [];
  for (const noteOf of kinds) {
    const [base, head] = [noteOf(0), noteOf(1)];
    if (head !== null) notes.push(base !== null ? head : `head only: ${head}`);
    else if (base !== null) notes.push(`base only: ${base}`);
  }
  return notes;
}

// src/report/reach/diff.ts
function tuple(d) {
  return `${d.from} \u2192 ${d.to} ${portLabel(d)}`;
}
function causes(d) {
  if (d.causes.length === 0) return "cause unknown";
  if (d.attribution !== "related") return d.causes.join("; ");
  if (d.eachAlone === void 0) return `related: ${d.causes.join("; ")}`;
  if (d.eachAlone.length === 0) return `only together: ${d.causes.join("; ")}`;
  const alone = new Set(d.eachAlone);
  const others = d.causes.filter((c) => !alone.has(c));
  return `each alone suffices: ${d.eachAlone.join("; ")}${others.length > 0 ? `; also related: ${others.join("; ")}` : ""}`;
}
function findingLine(f) {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`;
}
var DIFF_JSON_VERSION = 1;
function formatDiffJson(report) {
  return `${JSON.stringify({ version: DIFF_JSON_VERSION, ...report }, null, 2)}
`;
}
function queryText(report) {
  const q = report.query;
  if (!q) return null;
  return [["--from", q.from], ["--to", q.to], ["--port", q.port]].filter(([, v]) => v !== void 0).map(([k, v]) => `${k} ${v}`).join(" ");
}
function formatDiffText(report) {
  const query = queryText(report);
  const lines = query === null ? [] : [`connections matching ${query}:`];
  const section = (title, list) => {
    lines.push(`${title} (${list.length})`);
    for (const d of list.slice(0, PAIR_LIMIT)) lines.push(`  ${tuple(d)}  [${d.before} \u2192 ${d.after}] ${causes(d)}`);
    const more = moreLine(list.length, PAIR_LIMIT, "connections");
    if (more !== null) lines.push(`  ${more}`);
  };
  section("opened", report.opened);
  section("closed", report.closed);
  if (report.groups) {
    lines.push("groups (endpoints that changed alike):");
    for (const g of report.groups.slice(0, PAIR_LIMIT)) lines.push(`  ${g.id} (${g.members.length}): ${memberList(g.members)}`);
  }
  if (report.findings) {
    lines.push(`findings added (${report.findings.added.length})`);
    for (const f of report.findings.added) lines.push(`  ${findingLine(f)}`);
    lines.push(`findings removed (${report.findings.removed.length})`);
    for (const f of report.findings.removed) lines.push(`  ${findingLine(f)}`);
  }
  for (const note of noteLines(report.notes ?? [])) lines.push(`note: ${note}`);
  return `${lines.join("\n")}
`;
}
function connectionTable(heading, list, maxRows = Infinity) {
  if (list.length === 0) return [];
  const code = (t) => escapeInlineCode(t, { inTable: true });
  const lines = [`**${heading} (${list.length})**`, "", "| From | To | Port | Because |", "| --- | --- | ---: | --- |"];
  for (const d of list.slice(0, maxRows)) lines.push(`| ${code(d.from)} | ${code(d.to)} | ${escapeMarkdown(portLabel(d))} | ${escapeMarkdown(causes(d))} |`);
  if (list.length > maxRows) lines.push("", `_\u2026 ${list.length - maxRows} more not shown._`);
  return lines;
}
function groupLegend(groups) {
  if (!groups || groups.length === 0) return [];
  const lines = groups.slice(0, PAIR_LIMIT).map((g) => `- ${escapeInlineCode(g.id)} (${g.members.length}): ${escapeMarkdown(memberList(g.members))}`);
  const more = moreLine(groups.length, PAIR_LIMIT, "groups");
  if (more !== null) lines.push(`- _${escapeMarkdown(more)}_`);
  return ["**Groups** (endpoints that changed alike)", "", ...lines];
}
function formatDiffMarkdown(report) {
  const query = queryText(report);
  const lines = ["### Reachability changes", "", ...query === null ? [] : [`Connections matching ${escapeInlineCode(query)}.`, ""]];
  if (report.opened.length === 0 && report.closed.length === 0) lines.push(query === null ? "No connection opened or closed." : "No connection matching the query opened or closed.");
  for (const [heading, list] of [["\u{1F513} Opened", report.opened], ["\u{1F512} Closed", report.closed]]) {
    for (const line of connectionTable(heading, list, PAIR_LIMIT)) lines.push(line);
    if (list.length > 0) lines.push("");
  }
  for (const line of groupLegend(report.groups)) lines.push(line);
  if (report.groups) lines.push("");
  const notes = notesList(report.notes);
  if (notes.length > 0) lines.push(...notes, "");
  if (report.findings && (report.findings.added.length > 0 || report.findings.removed.length > 0)) {
    lines.push("### Findings", "");
    const item = (sign, f) => `- ${sign} ${escapeInlineCode(f.ruleId)} ${escapeInlineCode(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}`;
    for (const f of report.findings.added) lines.push(item("\u2795", f));
    for (const f of report.findings.removed) lines.push(item("\u2796", f));
  }
  return `${lines.join("\n").trimEnd()}
`;
}

// src/cli/diff.ts
var FORMATS = { text: formatDiffText, json: formatDiffJson, markdown: formatDiffMarkdown };
async function resolveSide(io, arg, paths) {
  const dir = import_node_path.default.resolve(io.cwd, arg);
  const st = await io.fs.stat(dir);
  if (st?.isDirectory) {
    const missing2 = [];
    for (const p of paths ?? []) if (await io.fs.stat(import_node_path.default.resolve(dir, p)) === null) missing2.push(p);
    return { root: dir, missing: missing2 };
  }
  const verify = await io.exec("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${arg}^{commit}`], { cwd: io.cwd });
  if (verify.exitCode !== 0) throw new UsageError(`${arg} is neither a directory nor a git revision`);
  const rev = verify.stdout.trim();
  const held = [];
  const missing = [];
  for (const p of paths ?? []) ((await io.exec("git", ["cat-file", "-e", `${rev}:./${import_node_path.default.posix.normalize(p.split(import_node_path.default.sep).join("/"))}`], { cwd: io.cwd })).exitCode === 0 ? held : missing).push(p);
  const tmp = await io.fs.mkdtemp("netlint-diff-");
  const cleanup = () => io.fs.rm(tmp);
  try {
    if (paths !== null && held.length === 0) return { root: tmp, cleanup, missing };
    const tar = import_node_path.default.join(tmp, "tree.tar");
    const archive = await io.exec("git", ["archive", "--format=tar", "-o", tar, "--", rev, ...held], { cwd: io.cwd });
    if (archive.exitCode !== 0) throw new UsageError(`git archive ${arg} failed: ${archive.stderr.trim()}`);
    const extract = await io.exec("tar", ["-xf", tar, "-C", tmp]);
    if (extract.exitCode !== 0) throw new UsageError(`cannot extract ${arg}: ${extract.stderr.trim()}`);
    return { root: tmp, cleanup, missing };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
async function loadSide(deps, paths, side, arg) {
  try {
    return await deps.load(paths, side.root);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems, side.cleanup ? `${arg}:` : `${arg.replace(/\/+$/, "")}/`);
  }
}
function objectKey(r) {
  const slash = r.apiVersion.lastIndexOf("/");
  const groupKind = slash < 0 ? r.kind : `${r.apiVersion.slice(0, slash)}/${r.kind}`;
  return `${groupKind} ${CLUSTER_SCOPED_KINDS.has(groupKind) ? "" : r.namespace ?? "default"}/${r.name}`;
}
function findingKey(f, renamed) {
  const r = f.resource;
  const key = r ? objectKey(r) : "";
  return [f.ruleId, renamed.get(key) ?? key, f.path.join("."), f.message].join("\0");
}
function renamedObjects(base, head) {
  const keys = (rs) => new Set(rs.map(objectKey));
  const [inBase, inHead] = [keys(base), keys(head)];
  const shape = (r) => {
    const metadata = { ...r.value.metadata, name: void 0, namespace: void 0 };
    return JSON.stringify([r.groupKind, r.namespace ?? "default", r.file, { ...r.value, metadata }]);
  };
  const gone = /* @__PURE__ */ new Map();
  for (const r of base) if (!inHead.has(objectKey(r))) gone.set(shape(r), [...gone.get(shape(r)) ?? [], objectKey(r)]);
  const arrived = /* @__PURE__ */ new Map();
  for (const r of head) if (!inBase.has(objectKey(r))) arrived.set(shape(r), [...arrived.get(shape(r)) ?? [], objectKey(r)]);
  const out = /* @__PURE__ */ new Map();
  for (const [s, [to, ...more]] of arrived) {
    const from = gone.get(s);
    if (more.length === 0 && from?.length === 1) out.set(to, from[0]);
  }
  return out;
}
function diffFindings(base, head, renamed = /* @__PURE__ */ new Map()) {
  const none = /* @__PURE__ */ new Map();
  const b = new Set(base.map((f) => findingKey(f, none)));
  const h = new Set(head.map((f) => findingKey(f, renamed)));
  return { added: head.filter((f) => !b.has(findingKey(f, renamed))), removed: base.filter((f) => !h.has(findingKey(f, none))) };
}
async function diffCommand(argv, io, deps) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "text" },
      output: { type: "string", short: "o" },
      path: { type: "string", multiple: true },
      ...QUERY_OPTIONS,
      ...CLUSTER_OPTION
    }
  });
  const query = queryOf(values);
  const clusterName = clusterOf2(values);
  const usage = (error) => {
    if (error instanceof ReachQueryError) throw new UsageError(error.message);
    throw error;
  };
  try {
    checkDiffQuery(query);
  } catch (error) {
    usage(error);
  }
  if (positionals.length !== 2) throw new UsageError("diff needs exactly two arguments: BASE HEAD (directories or git refs)");
  const format = values.format ?? "text";
  if (!(format in FORMATS)) throw unknownFormat(format, Object.keys(FORMATS));
  const sides = [];
  try {
    for (const arg of positionals) sides.push(await resolveSide(io, arg, values.path ?? null));
    const names = ["BASE", "HEAD"];
    for (const p of values.path ?? []) {
      const lacking = sides.map((s, i) => s.missing.includes(p) ? i : -1).filter((i) => i >= 0);
      if (lacking.length === 2) throw new UsageError(`--path ${p} is in neither BASE (${positionals[0]}) nor HEAD (${positionals[1]})`);
      if (lacking.length === 1) io.stderr(`netlint: note: --path ${p} is not in ${names[lacking[0]]} (${positionals[lacking[0]]}): compared as empty there
`);
    }
    const pathsOf = (s) => (values.path ?? ["."]).filter((p) => !s.missing.includes(p)).map((p) => import_node_path.default.resolve(s.root, p));
    const resources = [];
    const findings = [];
    for (const [i, side] of sides.entries()) {
      const paths = pathsOf(side);
      resources.push(paths.length === 0 ? [] : await loadSide(deps, paths, side, positionals[i]));
      if (deps.lint) findings.push(paths.length === 0 ? [] : await deps.lint(paths, side.root));
    }
    let report;
    const clusterNotes = [];
    const scopedTo = async (name, note) => {
      const scoped2 = chooseClusterOnSides([resources[0], resources[1]], name, note);
      for (const [i, side] of sides.entries()) {
        const others = filesOfOtherClusters(resources[i], name, side.root);
        if (others !== null) scoped2[i] = (await deps.load(pathsOf(side), side.root, { exclude: others.exclude, quiet: true })).filter(others.keep);
      }
      return scoped2;
    };
    const scoped = await scopedTo(clusterName, (note) => clusterNotes.push(note));
    await deps.perCluster?.((name) => scopedTo(name, () => {
    }));
    if (values.path && scoped.every((side) => !side.some(isWorkload)) && scoped.some((side) => side.length > 0)) {
      io.stderr(`netlint: warning: --path ${values.path.join(", ")} holds no workload on either side, so no connection can open or close: connections are answered for the objects under the paths only; add the workloads' folder (another --path) to compare them
`);
    }
    try {
      report = diffReach(scoped[0], scoped[1], await deps.cluster?.(sides[1].root) ?? {}, query);
    } catch (error) {
      return usage(error);
    }
    if (clusterNotes.length > 0) report.notes = [...clusterNotes, ...report.notes ?? []];
    noteOnStderr(io, report.notes ?? [], format, values.output);
    if (deps.lint) report.findings = diffFindings(findingsInScope(findings[0], resources[0], scoped[0]), findingsInScope(findings[1], resources[1], scoped[1]), renamedObjects(scoped[0], scoped[1]));
    await emit(io, FORMATS[format](report), values.output);
    return EXIT.ok;
  } finally {
    for (const s of sides) await s.cleanup?.();
  }
}
function findingsInScope(findings, all, scoped) {
  if (scoped === all) return [...findings];
  const inScope = new Set(scoped.map((r) => r.file));
  const elsewhere = new Set(all.filter((r) => !inScope.has(r.file)).map((r) => r.file));
  const copied = new Set(all.filter((r) => r.build !== void 0).map((r) => r.file));
  const scopedObjects = new Set(scoped.map((r) => `${r.file}\0${objectKey(r)}`));
  return findings.filter((f) => !elsewhere.has(f.file) && (f.resource === null || !copied.has(f.file) || scopedObjects.has(`${f.file}\0${objectKey(f.resource)}`)));
}
export {
  diffCommand,
  diffFindings,
  renamedObjects
};
