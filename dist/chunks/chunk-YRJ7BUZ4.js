import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);

// src/report/reach/group.ts
var PAIR_LIMIT = 200;
var MEMBER_LIMIT = 5;
var QUERY_HINT = "query with --from, --to and --port";
function portLabel(c) {
  if (c.port === void 0) return `all ${c.protocol}`;
  return c.endPort === void 0 ? `${c.port}/${c.protocol}` : `${c.port}-${c.endPort}/${c.protocol}`;
}
function moreLine(total, shown, what) {
  return total > shown ? `… and ${total - shown} more ${what}; ${QUERY_HINT}` : null;
}
function pairs(list) {
  const out = /* @__PURE__ */ new Map();
  for (const c of list) {
    const key = `${c.from}\0${c.to}`;
    let row = out.get(key);
    if (!row) out.set(key, row = { from: c.from, to: c.to, ports: [], rows: [] });
    row.ports.push(portLabel(c));
    row.rows.push(c);
  }
  return [...out.values()];
}
function memberList(members, limit = MEMBER_LIMIT) {
  const shown = members.slice(0, limit).join(", ");
  return members.length > limit ? `${shown}, … and ${members.length - limit} more` : shown;
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
    case "tier-default":
      return `${direction} ${verdict}: selected by ${w.policy} (tier ${w.tier}) but no rule matches`;
    case "pass-to-profile":
      return `${direction} ${verdict}: passed to the namespace profile`;
    case "external":
      return `${direction} ${verdict}: external address, no policy applies`;
  }
}
function totalsLine(report) {
  const s = report.summary;
  return `${s.connections.allowed} allowed, ${s.connections.denied} denied connections between ${s.endpoints} endpoints (${s.groups} groups) under ${s.policies} policies`;
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
  totalsLine
};
