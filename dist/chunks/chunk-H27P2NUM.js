import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  escapeMarkdown
} from "./chunk-3GO35JKS.js";
import {
  plural
} from "./chunk-O2OHA4SU.js";

// src/report/reach/group.ts
var PAIR_LIMIT = 200;
var MEMBER_LIMIT = 5;
var QUERY_HINT = "query with --from, --to and --port";
var SELECTING_LIMIT = 3;
function portLabel(c) {
  if (c.protocol === "ICMP") return "ICMP";
  if (c.port === void 0) return `all ${c.protocol}`;
  return c.endPort === void 0 ? `${c.port}/${c.protocol}` : `${c.port}-${c.endPort}/${c.protocol}`;
}
function moreLine(total, shown, what) {
  return total > shown ? `\u2026 and ${total - shown} more ${what}; ${QUERY_HINT}` : null;
}
function pairs(list, limit = Infinity) {
  const rows = [];
  let total = 0;
  let last = null;
  let lastKey = "";
  for (const c of list) {
    const key = `${c.from}\0${c.to}`;
    if (last === null || key !== lastKey) {
      total++;
      lastKey = key;
      last = { from: c.from, to: c.to, ports: [], rows: [] };
      if (rows.length < limit) rows.push(last);
    }
    if (rows.length <= limit && rows.at(-1) === last) {
      last.ports.push(portLabel(c));
      last.rows.push(c);
    }
  }
  return { rows, total };
}
function memberList(members, limit = MEMBER_LIMIT) {
  const shown = members.slice(0, limit).join(", ");
  return members.length > limit ? `${shown}, \u2026 and ${members.length - limit} more` : shown;
}
function displayNames(report) {
  const out = /* @__PURE__ */ new Map();
  for (const g of report.groups) out.set(g.id, g.members.length === 1 ? g.members[0] : g.id);
  return out;
}
function sharedGroups(report) {
  return report.groups.filter((g) => g.members.length > 1);
}
function describeWhy(direction, w) {
  if (w === void 0) return "";
  const verdict = w.verdict === "allow" ? "allowed" : "denied";
  switch (w.reason) {
    case "rule":
      return `${direction} ${verdict} by ${w.policy} ${direction} rule ${w.rule} (${w.action})`;
    case "no-policy":
      return `${direction} ${verdict}: no policy selects the endpoint`;
    case "tier-default": {
      const selecting = w.selectedBy ?? (w.policy === void 0 ? [] : [w.policy]);
      if (selecting.length <= 1) return `${direction} ${verdict}: selected by ${w.policy} (tier ${w.tier}) but no rule matches`;
      const shown = selecting.slice(0, SELECTING_LIMIT).join(", ");
      const more = selecting.length > SELECTING_LIMIT ? ` +${selecting.length - SELECTING_LIMIT} more` : "";
      return `${direction} ${verdict}: no rule of the ${selecting.length} policies selecting it in tier ${w.tier} matches (${shown}${more})`;
    }
    case "pass-to-profile":
      return w.policy !== void 0 && w.rule !== void 0 ? `${direction} ${verdict}: passed to the namespace profile by ${w.policy} ${direction} rule ${w.rule} (Pass)` : `${direction} ${verdict}: passed to the namespace profile by ${w.tier === void 0 ? "a tier's" : `tier ${w.tier}'s`} default action (Pass)`;
    case "external":
      return `${direction} ${verdict}: external address, no policy applies`;
  }
}
function whyAllowed(c) {
  return `${describeWhy("egress", c.egress)}; ${describeWhy("ingress", c.ingress)}`;
}
function whyDenied(c) {
  return [c.egress?.verdict === "deny" ? describeWhy("egress", c.egress) : "", c.ingress?.verdict === "deny" ? describeWhy("ingress", c.ingress) : ""].filter((s) => s !== "").join("; ");
}
function totalsLine(report) {
  const s = report.summary;
  const t = report.totals;
  const pairs2 = `${t.endpoints.allowed} allowed, ${t.endpoints.denied} denied ${t.endpoints.denied === 1 ? "connection" : "connections"} between ${plural(s.endpoints, "endpoint")} (${plural(s.groups, "group")}) under ${plural(s.policies, "policy", "policies")}`;
  let ranges = "";
  if (s.externals > 0) {
    const from = `${t.fromRanges.allowed} allowed, ${t.fromRanges.denied} denied ${t.fromRanges.denied === 1 ? "connection" : "connections"} from them`;
    const explained = report.denied !== void 0;
    const last = explained ? t.towardRanges.denied : t.towardRanges.allowed;
    const toward = `${t.towardRanges.allowed} allowed${explained ? `, ${t.towardRanges.denied} denied` : ""} ${last === 1 ? "port range" : "port ranges"} toward them`;
    ranges = `; with ${plural(s.externals, "address range")}: ${from}, ${toward}`;
  }
  return `${report.query ? "whole cluster: " : ""}${pairs2}${ranges}`;
}
function noteLines(notes) {
  return notes.map((n) => n.replace(/[\r\n]+/g, " "));
}
function notesList(notes) {
  const lines = noteLines(notes ?? []);
  return lines.length === 0 ? [] : ["", "**Notes**", "", ...lines.map((n) => `- ${escapeMarkdown(n)}`)];
}
function queryLine(report) {
  const q = report.query;
  if (!q) return null;
  if (q.matched === 0) return `the query ${q.text} matched no connection`;
  if (report.summary.allowed > 0) return null;
  return `the query ${q.text} matched ${plural(q.matched, "connection")}, none allowed${report.denied === void 0 ? " (--explain says why)" : ""}`;
}

export {
  PAIR_LIMIT,
  portLabel,
  moreLine,
  pairs,
  memberList,
  displayNames,
  sharedGroups,
  describeWhy,
  whyAllowed,
  whyDenied,
  totalsLine,
  noteLines,
  notesList,
  queryLine
};
