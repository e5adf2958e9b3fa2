import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  RuleFileFault
} from "./chunk-D6M6637M.js";
import {
  PLACEHOLDER,
  defineRule
} from "./chunk-O2OHA4SU.js";
import {
  CLUSTER_SCOPED_KINDS,
  LineIndex,
  OWN_FILE_YAML_LIMITS,
  USER_FORMATS,
  ajv,
  describeError,
  didYouMean,
  editDistance,
  errorPath,
  formatPath,
  getInDocument,
  mostSpecific,
  ownFileProblemMessage,
  parseYamlStream,
  trustedAjv,
  unescapePointerToken,
  userAjv
} from "./chunk-2TB3XL2O.js";

// rules/rule.schema.json
var rule_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://netlint.dev/schemas/rule.schema.json",
  title: "netlint data rule",
  description: "A rule written as data: resources that match `match` must satisfy the JSON Schema in `assert`; every violation becomes a finding at the offending field.",
  type: "object",
  additionalProperties: false,
  required: ["id", "description", "severity", "remediation", "match", "assert"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$", description: "<pack>/<kebab-name>, equal to the file's path under the rules folder." },
    description: { type: "string", minLength: 1 },
    severity: { enum: ["error", "warning", "info"] },
    remediation: { type: "string", minLength: 1 },
    docs: { type: "string", description: "More about the rule; a web address (https://\u2026) is the findings' help link (SARIF helpUri, the link in stylish and markdown output)." },
    enabledByDefault: { type: "boolean" },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, description: "group/Kind keys, without a version; `calico/Kind` matches both Calico API groups; a core kind has no group (`Service`, not `core/Service` or `v1/Service`); `*` alone matches every resource. An entry that can match nothing (a version inside, `*` inside, a lower-case kind, a kind a group netlint knows does not have where the meant one is clear) is an error." },
        group: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }], description: "API group(s); empty string for core, as when group is left out (then `kind` must be a core kind)." },
        kind: { oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }] }
      },
      oneOf: [{ required: ["kinds"] }, { required: ["kind"] }]
    },
    message: { type: "string", minLength: 1, description: "Template; {{path}} is the field, {{error}} the schema's complaint, {{value}} the value found. Any other placeholder is an error." },
    assert: { type: "object", description: "A JSON Schema (draft-07; a $schema naming another draft is an error) the whole resource must satisfy. `format` checks date-time, date, time, email, hostname, ipv4, ipv6, uri, uri-reference, json-pointer, relative-json-pointer, regex, uuid and netlint's calico-* formats." }
  }
};

// src/engine/assert-schema.ts
var DRAFT_07 = /* @__PURE__ */ new Set(["http://json-schema.org/draft-07/schema#", "http://json-schema.org/draft-07/schema"]);
var IN_PLACE_ONE = ["not", "if", "then", "else"];
var IN_PLACE_LIST = ["allOf", "anyOf", "oneOf"];
var BELOW_ONE = ["additionalItems", "additionalProperties", "contains", "propertyNames"];
var BELOW_MAP = ["properties", "patternProperties", "definitions", "$defs"];
var isSchema = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function children(schema) {
  const out = [];
  const add = (path, v, inPlace) => {
    if (isSchema(v)) out.push({ path, schema: v, inPlace });
  };
  for (const k of IN_PLACE_ONE) add([k], schema[k], true);
  for (const k of IN_PLACE_LIST) if (Array.isArray(schema[k])) schema[k].forEach((v, i) => add([k, i], v, true));
  for (const k of BELOW_ONE) add([k], schema[k], false);
  if (Array.isArray(schema.items)) schema.items.forEach((v, i) => add(["items", i], v, false));
  else add(["items"], schema.items, false);
  for (const k of [...BELOW_MAP, "dependencies"]) {
    const map = schema[k];
    if (isSchema(map)) for (const [name, v] of Object.entries(map)) add([k, name], v, false);
  }
  return out;
}
function subschemas(root) {
  const out = [];
  const visit = (path, schema) => {
    out.push({ path, schema });
    for (const c of children(schema)) visit([...path, ...c.path], c.schema);
  };
  visit([], root);
  return out;
}
var regexError = (source) => {
  try {
    new RegExp(source, "u");
    return null;
  } catch (error) {
    return error.message.replace(/^Invalid regular expression: \/.*\/u?: /s, "");
  }
};
function draftProblem(schema) {
  if (!Object.hasOwn(schema, "$schema") || DRAFT_07.has(schema.$schema)) return null;
  return {
    path: ["$schema"],
    message: `${JSON.stringify(schema.$schema)} is not draft-07: netlint reads assert as JSON Schema draft-07; remove $schema or set it to "http://json-schema.org/draft-07/schema#" (write definitions for $defs, and items as a list for prefixItems)`
  };
}
var KEYWORDS = /* @__PURE__ */ new Set([
  ...["$schema", "$id", "$ref", "$comment", "definitions"],
  ...["items", "additionalItems", "contains", "properties", "patternProperties", "additionalProperties", "dependencies", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not"],
  ...["type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties", "required", "format"],
  ...["contentMediaType", "contentEncoding", "title", "description", "default", "readOnly", "writeOnly", "examples"],
  ...["$defs", "deprecated", "$vocabulary", "contentSchema", "nullable"]
]);
var LATER_DRAFT_KEYWORDS = {
  dependentRequired: "write dependencies: {field: [other, \u2026]}",
  dependentSchemas: "write dependencies: {field: {\u2026schema}}",
  prefixItems: "write items as a list of schemas, one per position",
  unevaluatedProperties: "write additionalProperties (it sees only the properties beside it)",
  unevaluatedItems: "write additionalItems beside a list of items",
  minContains: "draft-07 has contains alone (at least one item)",
  maxContains: "draft-07 has contains alone (at least one item)",
  $anchor: 'write $id with a fragment ("#name")',
  $recursiveRef: "draft-07 has $ref alone",
  $recursiveAnchor: "draft-07 has $ref alone",
  $dynamicRef: "draft-07 has $ref alone",
  $dynamicAnchor: "draft-07 has $ref alone"
};
var FOREIGN_KEYWORDS = {
  $async: "is ajv's keyword for asynchronous validation, not JSON Schema's; netlint validates synchronously, so remove it",
  id: "is draft-04's name for a schema's identifier; draft-07 writes $id (a property called id belongs under properties)"
};
var IDLE_KEYWORDS = [
  { keyword: "if", idle: (o) => !("then" in o) && !("else" in o), says: "has neither then nor else beside it, so it would constrain nothing: add then (what must hold when if matches) or else" },
  { keyword: "then", idle: (o) => !("if" in o), says: "has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without then" },
  { keyword: "else", idle: (o) => !("if" in o), says: "has no if beside it, so it would constrain nothing: add the if it depends on, or write its schema without else" },
  { keyword: "additionalItems", idle: (o) => !Array.isArray(o.items), says: "applies only beside items written as a list of schemas (one per position), so it would constrain nothing here: write items (one schema for every item) instead" },
  { keyword: "nullable", idle: (o) => o.nullable === true && !("type" in o), says: `needs a type beside it: nullable (OpenAPI's, as in a CRD schema) allows null besides that type; to allow null alone write type: "null"` }
];
function keywordProblems(path, schema) {
  const problems = [];
  for (const name of Object.keys(schema)) {
    const later = LATER_DRAFT_KEYWORDS[name];
    if (later !== void 0) {
      problems.push({ path: [...path, name], at: "key", message: `is a keyword of a later JSON Schema draft (2019-09 or 2020-12), not of draft-07, which assert is: ${later}` });
    } else if (Object.hasOwn(FOREIGN_KEYWORDS, name)) {
      problems.push({ path: [...path, name], at: "key", message: FOREIGN_KEYWORDS[name] });
    } else if (!KEYWORDS.has(name)) {
      const near = didYouMean(name, [...KEYWORDS]);
      problems.push({ path: [...path, name], at: "key", message: `is not a JSON Schema keyword, so it would constrain nothing (${near === null ? 'a misspelt "properties", "pattern"\u2026?' : `did you mean ${near}?`})` });
    }
  }
  for (const idle of IDLE_KEYWORDS) if (Object.hasOwn(schema, idle.keyword) && idle.idle(schema)) problems.push({ path: [...path, idle.keyword], at: "key", message: idle.says });
  return problems;
}
function assertProblems(root) {
  const problems = [];
  for (const { path, schema } of subschemas(root)) {
    problems.push(...keywordProblems(path, schema));
    if (typeof schema.pattern === "string") {
      const error = regexError(schema.pattern);
      if (error !== null) problems.push({ path: [...path, "pattern"], message: `is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): ${error}` });
    }
    if (isSchema(schema.patternProperties)) {
      for (const name of Object.keys(schema.patternProperties)) {
        const error = regexError(name);
        if (error !== null) problems.push({ path: [...path, "patternProperties", name], at: "key", message: `key is not a regular expression (read as JavaScript reads it with the u flag, as ajv does): ${error}` });
      }
    }
    if (typeof schema.format === "string" && !USER_FORMATS.includes(schema.format)) {
      const near = didYouMean(schema.format, USER_FORMATS);
      problems.push({
        path: [...path, "format"],
        message: `"${schema.format}" is not a format netlint checks${near === null ? "" : ` (did you mean ${near}?)`}; it checks ${USER_FORMATS.filter((f) => !f.startsWith("calico-")).join(", ")} and netlint's calico-* formats (use pattern for any other)`
      });
    }
  }
  return problems;
}

// src/engine/assert-refs.ts
var normalizeId = (id) => id.replace(/#\/?$/, "");
function pointer(fragment) {
  if (fragment !== "" && !fragment.startsWith("/")) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return null;
  }
  if (decoded === "") return [];
  return decoded.slice(1).split("/").map(unescapePointerToken);
}
var nodeKey = (entry, path) => JSON.stringify([entry, ...path.map(String)]);
function refProblems(entries, resolve) {
  const problems = entries.map(() => []);
  const nodes = /* @__PURE__ */ new Map();
  const byEntry = entries.map((e, entry) => {
    const out = [];
    const visit = (path, schema, base) => {
      const node = { entry, path, schema, base };
      out.push(node);
      nodes.set(nodeKey(entry, path), node);
      for (const c of children(schema)) visit([...path, ...c.path], c.schema, typeof c.schema.$id === "string" ? resolve(base, normalizeId(c.schema.$id)) : base);
    };
    visit([], e.assert, typeof e.assert.$id === "string" ? resolve("", normalizeId(e.assert.$id)) : "");
    return out;
  });
  const ids = /* @__PURE__ */ new Map();
  const localIds = entries.map(() => /* @__PURE__ */ new Map());
  entries.forEach((e, entry) => {
    for (const node of byEntry[entry]) {
      if (typeof node.schema.$id !== "string") continue;
      const table = node.base.startsWith("#") ? localIds[entry] : ids;
      const other = table.get(node.base);
      if (other === void 0) {
        table.set(node.base, node);
        continue;
      }
      if (e.refused || JSON.stringify(other.schema) === JSON.stringify(node.schema)) continue;
      const where = other.entry === entry ? `${formatPath(["assert", ...other.path])} in this same file` : `the assert of ${entries[other.entry].file}${other.path.length === 0 ? "" : ` (at ${formatPath(["assert", ...other.path])})`}`;
      problems[entry].push({ path: [...node.path, "$id"], message: `"${node.schema.$id}" is also the $id of ${where}; each schema $id must be unique (give this one its own, or drop it)` });
    }
  });
  const target = (from, ref) => {
    const uri = resolve(from.base, normalizeId(ref));
    const hash = uri.indexOf("#");
    const doc = hash < 0 ? uri : uri.slice(0, hash);
    const fragment = hash < 0 ? "" : uri.slice(hash + 1);
    const exact = doc === "" ? localIds[from.entry].get(uri) ?? (fragment === "" ? byEntry[from.entry][0] : void 0) : ids.get(uri);
    if (exact !== void 0) return found(from, exact.entry, exact.path);
    const root = byEntry[from.entry][0];
    const document = doc === root.base.split("#")[0] ? root : doc === "" ? void 0 : ids.get(doc);
    if (document === void 0) return { missing: "none" };
    const path = pointer(fragment);
    if (path === null) return { missing: "none", entry: document.entry };
    return found(from, document.entry, [...document.path, ...path]);
  };
  const found = (from, entry, path) => {
    if (entries[entry].refused) return { missing: "refused", entry };
    const value = getInDocument(entries[entry].assert, path);
    if (typeof value !== "boolean" && !isSchema(value)) return { missing: "none", entry };
    if (entry !== from.entry && byEntry[entry][0].base === "" && path.length > 0) {
      const node = nodes.get(nodeKey(entry, path));
      if (node !== void 0 && node.base !== "" && !node.base.startsWith("#")) return { missing: "inside-unnamed", entry };
    }
    return { entry, path, node: nodes.get(nodeKey(entry, path)) ?? null };
  };
  const edges = /* @__PURE__ */ new Map();
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const node of byEntry[entry]) {
      if (typeof node.schema.$ref !== "string") continue;
      const ref = node.schema.$ref;
      const t = target(node, ref);
      if ("missing" in t) {
        problems[entry].push({ path: [...node.path, "$ref"], message: missingMessage(ref, t, entries, entry) });
        continue;
      }
      if (t.node !== null) edges.set(nodeKey(entry, node.path), [{ via: [...node.path, "$ref"], to: t.node }]);
    }
  });
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const loops = /* @__PURE__ */ new Set();
  const open = (node, via) => {
    const key = nodeKey(node.entry, node.path);
    state.set(key, "open");
    const next = children(node.schema).filter((c) => c.inPlace).map((c) => ({ to: nodes.get(nodeKey(node.entry, [...node.path, ...c.path])), via: null }));
    for (const edge of edges.get(key) ?? []) next.push({ to: edge.to, via: { entry: node.entry, path: edge.via } });
    stack.push({ node, key, via, next, done: 0 });
  };
  const loopAt = (to, via) => {
    const toKey = nodeKey(to.entry, to.path);
    const from = stack.findIndex((s) => s.key === toKey);
    const ref = via ?? stack.slice(from + 1).findLast((s) => s.via !== null).via;
    if (loops.has(ref.entry)) return;
    loops.add(ref.entry);
    const there = to.path.length === 0 ? to.entry === ref.entry ? "the whole schema" : `the assert of ${entries[to.entry].file}` : `${formatPath(["assert", ...to.path])}${to.entry === ref.entry ? "" : ` of ${entries[to.entry].file}`}`;
    const loopFiles = [...new Set(stack.slice(from).map((s) => s.node.entry))].filter((e) => e !== ref.entry && e !== to.entry);
    const through = loopFiles.length === 0 ? "" : ` (through ${loopFiles.length > 3 ? `${loopFiles.slice(0, 3).map((e) => entries[e].file).join(", ")} and ${loopFiles.length - 3} more files` : loopFiles.map((e) => entries[e].file).join(", ")})`;
    problems[ref.entry].push({ path: ref.path, message: `${JSON.stringify(getInDocument(entries[ref.entry].assert, ref.path))} leads back to ${there}${through} without descending into a property or item, so validating any value would recurse without end` });
  };
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const start of byEntry[entry]) {
      if (state.get(nodeKey(entry, start.path)) !== void 0) continue;
      open(start, null);
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        const n = top.next[top.done++];
        if (n === void 0) {
          stack.pop();
          state.set(top.key, "done");
          continue;
        }
        const seen = state.get(nodeKey(n.to.entry, n.to.path));
        if (seen === "open") loopAt(n.to, n.via);
        else if (seen === void 0) open(n.to, n.via);
      }
    }
  });
  const referrers = entries.map(() => []);
  entries.forEach((e, entry) => {
    if (e.refused) return;
    for (const node of byEntry[entry]) {
      for (const edge of edges.get(nodeKey(entry, node.path)) ?? []) if (edge.to.entry !== entry) referrers[edge.to.entry].push({ entry, ref: node.schema.$ref, via: edge.via, to: edge.to });
    }
  });
  const queue = entries.flatMap((_, entry) => problems[entry].length > 0 ? [entry] : []);
  for (let i = 0; i < queue.length; i++) {
    for (const r of referrers[queue[i]]) {
      if (problems[r.entry].length > 0) continue;
      problems[r.entry].push({ path: r.via, message: `${JSON.stringify(r.ref)} reaches ${r.to.path.length === 0 ? "the assert" : formatPath(["assert", ...r.to.path])} of ${entries[r.to.entry].file}, which is refused (its own error says why)` });
      queue.push(r.entry);
    }
  }
  const reaches = entries.map((_, entry) => [...new Set(byEntry[entry].flatMap((node) => (edges.get(nodeKey(entry, node.path)) ?? []).map((edge) => edge.to.entry)))].filter((e) => e !== entry));
  return { problems, schemas: new Map([...ids].map(([id, node]) => [id, node.schema])), reaches };
}
function missingMessage(ref, t, entries, from) {
  const file = t.entry === void 0 ? "" : entries[t.entry].file;
  if (t.missing === "refused") return `"${ref}" points at the assert of ${file}, which is refused (its own error says why)`;
  if (t.missing === "inside-unnamed") return `"${ref}" is the $id of a schema inside the assert of ${file}, which has no $id of its own, so that schema cannot be reached from another file: give that assert a $id`;
  if (t.entry !== void 0) return `"${ref}" points at no schema in ${t.entry === from ? "assert" : `the assert of ${file}`}`;
  if (ref.startsWith("#")) return `"${ref}" points at no schema in assert`;
  return `"${ref}" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/\u2026", or the $id of another rule's assert)`;
}

// rules/cluster/lib/served-api-versions.ts
var SERVED_KINDS = [
  { kinds: ["Pod", "Service", "Namespace", "Node", "ConfigMap", "Secret", "Endpoints", "ServiceAccount", "ReplicationController"], group: "", served: ["v1"] },
  { kinds: ["Deployment", "DaemonSet", "StatefulSet", "ReplicaSet"], group: "apps", served: ["v1"], removed: { v1beta1: "1.16", v1beta2: "1.16" } },
  { kinds: ["NetworkPolicy"], group: "networking.k8s.io", served: ["v1"] },
  { kinds: ["Ingress", "IngressClass"], group: "networking.k8s.io", served: ["v1"], removed: { v1beta1: "1.22" } },
  { kinds: ["Job"], group: "batch", served: ["v1"] },
  { kinds: ["CronJob"], group: "batch", served: ["v1"], removed: { v1beta1: "1.25" } },
  { kinds: ["PodDisruptionBudget"], group: "policy", served: ["v1"], removed: { v1beta1: "1.25" } },
  { kinds: ["EndpointSlice"], group: "discovery.k8s.io", served: ["v1"], removed: { v1beta1: "1.25" } },
  { kinds: ["ValidatingWebhookConfiguration", "MutatingWebhookConfiguration"], group: "admissionregistration.k8s.io", served: ["v1"], removed: { v1beta1: "1.22" } },
  { kinds: ["CustomResourceDefinition"], group: "apiextensions.k8s.io", served: ["v1"], removed: { v1beta1: "1.22" } },
  { kinds: ["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"], group: "rbac.authorization.k8s.io", served: ["v1"], removed: { v1beta1: "1.22", v1alpha1: "1.22" } },
  { kinds: ["PodSecurityPolicy"], group: "policy", served: [], removed: { v1beta1: "1.25" }, successor: "Pod Security Admission, set by pod-security.kubernetes.io/* namespace labels" },
  // kubeadm's configuration API: v1beta3 since 1.22, v1beta4 since 1.31; v1beta1 removed in 1.22
  // (kubernetes#101129), v1beta2 in 1.27 (kubernetes#114540, kubeadm#2459).
  { kinds: ["ClusterConfiguration", "InitConfiguration", "JoinConfiguration"], group: "kubeadm.k8s.io", served: ["v1beta3", "v1beta4"], removed: { v1beta1: "1.22", v1beta2: "1.27" }, reader: "kubeadm" },
  // Multus' CRD serves v1 only (multus-cni deployments/multus-daemonset.yml).
  { kinds: ["NetworkAttachmentDefinition"], group: "k8s.cni.cncf.io", served: ["v1"] },
  // MultiNetworkPolicy's CRD serves v1beta1; it lists v1beta2 with `served: false`
  // (k8snetworkplumbingwg/multi-networkpolicy scheme.yml at f1873dc).
  { kinds: ["MultiNetworkPolicy"], group: "k8s.cni.cncf.io", served: ["v1beta1"] },
  // The operator's CRDs serve v1 only (tigera/operator pkg/crds/operator).
  { kinds: ["Installation", "APIServer", "ImageSet"], group: "operator.tigera.io", served: ["v1"] },
  // kubernetes-sigs/network-policy-api: its v0.2.0 CRD serves ClusterNetworkPolicy in v1alpha2 only,
  // the v0.1.x CRDs (the last, v0.1.8) AdminNetworkPolicy and BaselineAdminNetworkPolicy in v1alpha1
  // only (config/crd/{standard,experimental}/ at each tag).
  { kinds: ["ClusterNetworkPolicy"], group: "policy.networking.k8s.io", served: ["v1alpha2"] },
  { kinds: ["AdminNetworkPolicy", "BaselineAdminNetworkPolicy"], group: "policy.networking.k8s.io", served: ["v1alpha1"] }
];
var EXTENSIONS_REMOVED = {
  NetworkPolicy: "1.16",
  DaemonSet: "1.16",
  Deployment: "1.16",
  ReplicaSet: "1.16",
  PodSecurityPolicy: "1.16",
  // then served by policy/v1beta1 until 1.25
  Ingress: "1.22"
};
var CALICO_VERSIONS = { "projectcalico.org": "v3", "crd.projectcalico.org": "v1" };
var CALICO_ONLY_KINDS = /* @__PURE__ */ new Set([
  "BGPConfiguration",
  "BGPFilter",
  "BGPPeer",
  "FelixConfiguration",
  "GlobalNetworkPolicy",
  "GlobalNetworkSet",
  "HostEndpoint",
  "IPPool",
  "IPReservation",
  "KubeControllersConfiguration",
  "NetworkSet",
  "StagedGlobalNetworkPolicy",
  "StagedKubernetesNetworkPolicy",
  "StagedNetworkPolicy",
  "Tier"
]);

// src/engine/data-rule-match.ts
var CALICO_GROUPS = ["calico", "projectcalico.org", "crd.projectcalico.org"];
var KNOWN = /* @__PURE__ */ new Map();
var know = (group, kind) => {
  for (const g of CALICO_GROUPS.includes(group) ? CALICO_GROUPS : [group]) KNOWN.set(g, (KNOWN.get(g) ?? /* @__PURE__ */ new Set()).add(kind));
};
for (const row of SERVED_KINDS) for (const kind of row.kinds) know(row.group, kind);
for (const key of CLUSTER_SCOPED_KINDS) know(key.includes("/") ? key.slice(0, key.lastIndexOf("/")) : "", key.slice(key.lastIndexOf("/") + 1));
for (const kind of [...CALICO_ONLY_KINDS, "NetworkPolicy", "Node"]) know("calico", kind);
var VERSION = /^v\d+(?:(?:alpha|beta)\d+)?$/;
var keyOf = (group, kind) => group === "" ? kind : `${group}/${kind}`;
var describeGroup = (group) => group === "" ? "the core group" : CALICO_GROUPS.includes(group) ? "Calico" : group;
function meant(kind, known) {
  const lower = kind.toLowerCase();
  const singulars = [lower, ...lower.endsWith("ies") ? [`${lower.slice(0, -3)}y`] : [], ...lower.endsWith("es") ? [lower.slice(0, -2)] : [], ...lower.endsWith("s") ? [lower.slice(0, -1)] : []];
  for (const s of singulars) for (const k of known) if (k.toLowerCase() === s) return k;
  return null;
}
function elsewhere(kind, group) {
  const out = [];
  for (const [g, kinds] of KNOWN) {
    if (g === group || g === "projectcalico.org" || g === "crd.projectcalico.org") continue;
    const k = meant(kind, kinds);
    if (k !== null) out.push(keyOf(g, k));
  }
  return out.sort((a, b) => Number(a.startsWith("calico/")) - Number(b.startsWith("calico/")));
}
var didYouMean2 = (keys) => keys.length === 0 ? "" : `; did you mean ${keys.join(" or ")}?`;
function pairProblem(group, kind) {
  if (group.includes("*") || kind.includes("*")) {
    const known2 = [...KNOWN.get(group) ?? []].slice(0, 3).map((k) => keyOf(group, k));
    return { part: group.includes("*") ? "group" : "kind", reason: `netlint reads * only alone (every resource), not inside a group or kind; list the kinds${known2.length > 0 ? ` (${known2.join(", ")}, \u2026)` : ""}` };
  }
  if (group === "core") return { part: "group", reason: `a core kind is written without a group${didYouMean2([kind])}` };
  if (VERSION.test(group)) {
    const keys = KNOWN.get("").has(kind) ? [kind] : elsewhere(kind, "");
    return { part: "group", reason: `${group} is a version, not a group (a kind is matched in every version; a core kind has no group)${didYouMean2(keys)}` };
  }
  const known = KNOWN.get(group);
  if (known !== void 0 && !known.has(kind)) {
    const same = meant(kind, known);
    if (same !== null) return { part: "kind", reason: `${describeGroup(group)} has no kind ${kind} (kinds are written as in a manifest's kind: field, singular and case-sensitive)${didYouMean2([keyOf(group, same)])}` };
    const other = group === "" ? elsewhere(kind, "") : [];
    if (other.length > 0) return { part: "kind", reason: `a kind without a group is a core kind, and the core group has no ${kind}${didYouMean2(other)}` };
  }
  if (/^[a-z]/.test(kind)) return { part: "kind", reason: `a kind starts with a capital letter, as a manifest's kind: does${didYouMean2(elsewhere(kind, ""))}` };
  if (group === "" && /^(?:[A-Z]\w*)?List$/.test(kind)) return { part: "kind", reason: `${kind} objects are read item by item, so a rule sees the items' kinds, never a ${kind}` };
  const complete = COMPLETE_GROUPS.get(group);
  if (known !== void 0 && !known.has(kind) && !complete?.has(kind)) {
    const near = nearestKind(kind, [...known, ...complete ?? []]);
    if (near !== null || complete !== void 0) return { part: "kind", reason: `${describeGroup(group)} has no kind ${kind}${near === null ? "" : didYouMean2([keyOf(group, near)])}` };
  }
  return null;
}
var COMPLETE_GROUPS = /* @__PURE__ */ new Map([
  ["", /* @__PURE__ */ new Set(["Binding", "ComponentStatus", "ConfigMap", "Endpoints", "Event", "LimitRange", "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Pod", "PodTemplate", "ReplicationController", "ResourceQuota", "Secret", "Service", "ServiceAccount"])],
  ["apps", /* @__PURE__ */ new Set(["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"])],
  ["networking.k8s.io", /* @__PURE__ */ new Set(["IPAddress", "Ingress", "IngressClass", "NetworkPolicy", "ServiceCIDR"])]
]);
function nearestKind(kind, known) {
  let best = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(kind.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}
function matchProblems(match) {
  const problems = [];
  const report = (path, value, reason) => problems.push({ path: ["match", ...path], message: `${JSON.stringify(value)} matches nothing: ${reason}` });
  if (match.kinds) {
    match.kinds.forEach((key, i) => {
      if (key === "*") return;
      const segments = key.split("/");
      if (segments.length > 2) {
        const fix = segments.length === 3 && VERSION.test(segments[1]) ? didYouMean2([keyOf(segments[0], segments[2])]) : "";
        report(["kinds", i], key, `an entry is group/Kind, without a version (a kind is matched in every version)${fix}`);
        return;
      }
      const problem = segments.length === 2 ? pairProblem(segments[0], segments[1]) : pairProblem("", key);
      if (problem !== null) report(["kinds", i], key, problem.reason);
    });
    return problems;
  }
  const groups = match.group === void 0 ? [""] : Array.isArray(match.group) ? match.group : [match.group];
  const kinds = match.kind === void 0 ? [] : Array.isArray(match.kind) ? match.kind : [match.kind];
  const place = (field, i) => Array.isArray(match[field]) ? [field, i] : [field];
  const seen = /* @__PURE__ */ new Set();
  const kindSomewhere = (kind) => groups.some((group) => pairProblem(group, kind)?.part !== "kind");
  groups.forEach(
    (group, g) => kinds.forEach((kind, k) => {
      const problem = pairProblem(group, kind);
      if (problem === null || problem.part === "kind" && kindSomewhere(kind)) return;
      const path = place(problem.part, problem.part === "group" ? g : k);
      if (seen.has(JSON.stringify(path))) return;
      seen.add(JSON.stringify(path));
      const reason = problem.part === "kind" ? problem.reason.replace("a kind without a group is a core kind", match.group === void 0 ? "a kind: without group: is a core kind" : 'a kind of group "" is a core kind') : group === "core" ? 'the core group is written as "" (or group: left out)' : VERSION.test(group) ? `${group} is a version, not a group (a kind is matched in every version; the core group is written as "")` : problem.reason;
      report(path, problem.part === "group" ? group : kind, reason);
    })
  );
  return problems;
}

// src/engine/data-rule.ts
var fileValidator;
function readDataRule(text, file, expectedId, taken) {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const at = (offset, message) => ({ file, ...lines.position(offset), message });
  if (stream.problems.length > 0) return { errors: stream.problems.map((p) => at(p.start, ownFileProblemMessage(p))) };
  const docs = stream.documents.filter((d) => d.value != null);
  if (docs.length !== 1) return { errors: [at(docs[1]?.start ?? 0, "a rule file must hold exactly one YAML document")] };
  const doc = docs[0];
  const value = doc.value;
  const refused = (errors2) => ({ errors: errors2, ...isObject(value) && isObject(value.assert) ? { assert: value.assert } : {} });
  const validateFile = fileValidator ??= trustedAjv().compile(rule_schema_default);
  const errors = [];
  const fileErrors = validateFile(doc.value) ? [] : mostSpecific(validateFile.errors ?? []).map((e) => ({ path: errorPath(e), e }));
  for (const { path, e } of fileErrors) errors.push(at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)}`));
  if (!isObject(value)) return refused(errors);
  const sound = (key) => !fileErrors.some((f) => f.path[0] === key);
  const def = doc.value;
  if (expectedId && typeof def.id === "string" && def.id !== expectedId) {
    errors.push(at(doc.spanOf(["id"]).start, `id "${def.id}" does not match the file's location (expected "${expectedId}")`));
  }
  const atAssert = (p) => {
    const path = ["assert", ...p.path];
    return at((p.at === "key" ? doc.keySpanOf(path) : doc.spanOf(path)).start, `${formatPath(path)} ${p.message}`);
  };
  if (sound("match") && isObject(def.match)) errors.push(...matchProblems(def.match).map((p) => at(doc.spanOf(p.path).start, `${formatPath(p.path)} ${p.message}`)));
  if (typeof def.id === "string" && taken?.has(def.id)) {
    const other = taken.get(def.id);
    const owner = other === null ? "a built-in rule (netlint rules lists them)" : `the rule in ${other}`;
    errors.push(at(doc.spanOf(["id"]).start, `id "${def.id}" is already the id of ${owner}; rename this pack's folder or file`));
  }
  if (sound("message") && typeof def.message === "string") {
    for (const p of unknownPlaceholders(def.message)) errors.push(at(placeholderOffset(text, doc.spanOf(["message"]), p), `message placeholder ${p} is not one netlint fills; it fills ${MESSAGE_PLACEHOLDERS.map((n) => `{{${n}}}`).join(", ")}`));
  }
  if (sound("assert") && isObject(def.assert)) errors.push(...assertErrors(def.assert, doc, at, atAssert));
  if (errors.length > 0) return refused(errors.sort((a, b) => a.line - b.line || a.column - b.column));
  return { read: { def, file, atAssert } };
}
function assertErrors(assert, doc, at, atAssert) {
  const draft = draftProblem(assert);
  if (draft !== null) return [atAssert(draft)];
  const problems = assertProblems(assert);
  if (problems.length > 0) return problems.map(atAssert);
  const meta = ajv();
  if (meta.validateSchema(assert)) return [];
  return mostSpecific(meta.errors ?? []).map((e) => {
    const path = ["assert", ...errorPath(e)];
    return at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)} (not a valid JSON Schema)`);
  });
}
function compileDataRules(reads, refused = []) {
  const set = userAjv();
  const entries = [...reads.map((r) => ({ file: r.file, assert: r.def.assert })), ...refused.map((r) => ({ ...r, refused: true }))];
  const { problems, schemas, reaches } = refProblems(entries, (base, ref) => set.opts.uriResolver.resolve(base, ref));
  const ids = [...schemas.keys()].sort((a, b) => b.length - a.length);
  const schemaAt = (own) => (schemaPath) => {
    if (schemaPath.startsWith("#")) return getInDocument(own, schemaPointer(schemaPath));
    const hash = schemaPath.indexOf("#");
    if (hash >= 0) return schemas.has(schemaPath.slice(0, hash)) ? getInDocument(schemas.get(schemaPath.slice(0, hash)), schemaPointer(schemaPath.slice(hash))) : void 0;
    const id = ids.find((i) => schemaPath === i || schemaPath.startsWith(`${i}/`));
    return id === void 0 ? void 0 : getInDocument(schemas.get(id), schemaPointer(`#${schemaPath.slice(id.length)}`));
  };
  const results = reads.map((r, i) => problems[i].length > 0 ? { errors: problems[i].map(r.atAssert) } : null);
  reads.forEach((r, i) => {
    if (results[i] !== null || typeof r.def.assert.$id !== "string") return;
    try {
      set.addSchema(r.def.assert);
    } catch (error) {
      results[i] = { errors: [compileError(r.def.assert, error.message, r.atAssert)] };
    }
  });
  for (const i of afterWhatTheyReach(reaches, reads.length)) {
    if (results[i] !== null) continue;
    const r = reads[i];
    try {
      results[i] = { rule: dataRule(r.def, set.compile(r.def.assert), r.file, schemaAt(r.def.assert)) };
    } catch (error) {
      const deep = error instanceof RangeError ? "cannot be compiled: its $refs through other rule files nest too deeply for ajv (a loop of $refs through many files?)" : null;
      results[i] = { errors: [deep === null ? compileError(r.def.assert, error.message, r.atAssert) : r.atAssert({ path: [], message: deep })] };
    }
  }
  return results.map((r) => r);
}
function afterWhatTheyReach(reaches, count) {
  const order = [];
  const seen = /* @__PURE__ */ new Set();
  for (let start = 0; start < count; start++) {
    if (seen.has(start)) continue;
    seen.add(start);
    const stack = [{ at: start, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const to = reaches[top.at]?.[top.next++];
      if (to === void 0) {
        order.push(top.at);
        stack.pop();
      } else if (to < count && !seen.has(to)) {
        seen.add(to);
        stack.push({ at: to, next: 0 });
      }
    }
  }
  return order;
}
function parseDataRule(text, file, expectedId, taken) {
  const read = readDataRule(text, file, expectedId, taken);
  if ("errors" in read) return { errors: read.errors };
  return compileDataRules([read.read])[0];
}
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var MESSAGE_PLACEHOLDERS = ["path", "error", "value"];
function unknownPlaceholders(message) {
  if (message === void 0) return [];
  return [...message.matchAll(PLACEHOLDER)].filter((m) => !MESSAGE_PLACEHOLDERS.includes(m[1])).map((m) => m[0]);
}
function placeholderOffset(text, span, placeholder) {
  const found = text.slice(span.start, span.end).indexOf(placeholder);
  return found < 0 ? span.start : span.start + found;
}
function compileError(assert, message, atAssert) {
  const ref = /^can't resolve reference (.*) from id /.exec(message);
  const refPath = ref === null ? null : keyPath(assert, "$ref", ref[1]);
  if (refPath !== null) return atAssert({ path: refPath, message: `"${ref[1]}" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/\u2026", or the $id of another rule's assert)` });
  const id = /^(?:schema with key or id|reference) "(.*)" (?:already exists|resolves to more than one schema)$/.exec(message);
  const idPath = id === null ? null : keyPath(assert, "$id", id[1]);
  if (idPath !== null) return atAssert({ path: idPath, message: `"${id[1]}" is the $id of another schema too; each schema $id must be unique (give this one its own, or drop it)` });
  return atAssert({ path: [], message: `is not a valid JSON Schema: ${message}` });
}
function keyPath(value, name, equal) {
  if (value === null || typeof value !== "object") return null;
  if (!Array.isArray(value) && Object.hasOwn(value, name) && (equal === void 0 || value[name] === equal)) return [name];
  for (const [k, v] of Object.entries(value)) {
    const below = keyPath(v, name, equal);
    if (below !== null) return [Array.isArray(value) ? Number(k) : k, ...below];
  }
  return null;
}
function matchKinds(match) {
  if (match.kinds) return match.kinds;
  const groups = match.group === void 0 ? [""] : Array.isArray(match.group) ? match.group : [match.group];
  const kinds = Array.isArray(match.kind) ? match.kind : [match.kind];
  return groups.flatMap((g) => kinds.map((k) => g ? `${g}/${k}` : k));
}
function dataRuleMeta(def, file) {
  return {
    id: def.id,
    description: def.description,
    severity: def.severity,
    remediation: def.remediation,
    kinds: matchKinds(def.match ?? {}),
    messages: { violation: def.message ?? "{{path}} {{error}}" },
    source: file,
    docs: def.docs,
    enabledByDefault: def.enabledByDefault
  };
}
function deferredDataRule(text, file, id, generated, read) {
  const def = read ?? parseYamlStream(text, OWN_FILE_YAML_LIMITS).documents.find((d) => d.value != null)?.value ?? {};
  let compiled;
  const compile = () => {
    if (generated) return dataRule(def, generated(), file);
    const result = parseDataRule(text, file, id);
    if ("errors" in result) {
      const e = result.errors[0];
      throw new Error(`built-in rule ${e.file}:${e.line}:${e.column}: ${e.message}`);
    }
    return result.rule;
  };
  return defineRule({
    meta: dataRuleMeta(def, file),
    check(resource, ctx) {
      (compiled ??= compile()).check(resource, ctx);
    }
  });
}
function dataRule(def, validate, file, schemaAt = (p) => p.startsWith("#") ? getInDocument(def.assert, schemaPointer(p)) : void 0) {
  return defineRule({
    meta: dataRuleMeta(def, file),
    check(resource, ctx) {
      let valid;
      try {
        valid = validate(resource.value);
      } catch (error) {
        throw new RuleFileFault(`${file}: invalid rule: assert cannot be evaluated on ${resource.file}: ${error.message}${error instanceof RangeError ? " (a $ref that leads back to the schema it is in?)" : ""}`);
      }
      if (valid) return;
      for (const v of violations(validate.errors ?? [], schemaAt, resource.value)) {
        const value = "value" in v ? v.value : getInDocument(resource.value, v.path);
        ctx.report({
          path: v.path,
          ...v.at === "key" ? { at: "key" } : {},
          messageId: "violation",
          data: { path: formatPath(v.path), error: v.text, value: value === void 0 ? "(missing)" : value }
        });
      }
    }
  });
}
var ALTERNATIVES_SHOWN = 4;
function violations(errors, schemaAt, root) {
  const out = [];
  const consumed = /* @__PURE__ */ new Set();
  for (const anyOf of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length)) {
    if (consumed.has(anyOf)) continue;
    consumed.add(anyOf);
    const passing = anyOf.keyword === "oneOf" ? anyOf.params.passingSchemas : null;
    if (Array.isArray(passing)) {
      for (const e of errors) if (e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) consumed.add(e);
      const matched = passing.map((i) => `(${i + 1}) ${gistOf(schemaAt(`${anyOf.schemaPath}/${i}`))}`);
      out.push({ path: errorPath(anyOf), text: `matches more than one of the alternatives (oneOf), which must be exactly one: ${matched.join(" and ")}` });
      continue;
    }
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) continue;
      consumed.add(e);
      const branch = e.schemaPath.slice(anyOf.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
    }
    const base = errorPath(anyOf).length;
    const said = [...branches.values()].map(
      (branch) => mostSpecific(branch).flatMap((e) => {
        const forbidden = e.keyword === "not" ? forbiddenFields(schemaAt(e.schemaPath), errorPath(e), root) : null;
        const each = forbidden ?? [{ path: errorPath(e), text: describe(e, schemaAt) }];
        return each.map(({ path, text }) => {
          const rest2 = path.slice(base);
          return `${rest2.length === 0 ? "" : `${formatPath(rest2).replace(/^\./, "")} `}${text}`;
        });
      }).join(" and ")
    );
    const shown = said.slice(0, ALTERNATIVES_SHOWN).map((t, i) => `(${i + 1}) ${t}`);
    const more = said.length > ALTERNATIVES_SHOWN ? `; and ${said.length - ALTERNATIVES_SHOWN} more` : "";
    out.push({ path: errorPath(anyOf), text: `matches none of the alternatives (${anyOf.keyword}): ${shown.join("; ")}${more}` });
  }
  for (const contains of errors.filter((e) => e.keyword === "contains" && !consumed.has(e))) {
    consumed.add(contains);
    for (const e of errors) if (e.schemaPath.startsWith(`${contains.schemaPath}/`)) consumed.add(e);
    out.push({ path: errorPath(contains), text: `holds no item that matches ${gistOf(schemaAt(contains.schemaPath))} (contains)` });
  }
  for (const names of errors.filter((e) => e.keyword === "propertyNames" && !consumed.has(e))) {
    consumed.add(names);
    const byKey = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${names.schemaPath}/`) || e.instancePath !== names.instancePath) continue;
      consumed.add(e);
      const key = e.propertyName;
      if (key !== void 0 && e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if") byKey.set(key, [...byKey.get(key) ?? [], describe(e, schemaAt)]);
    }
    const refused = names.params.propertyName;
    if (byKey.size === 0 && refused !== void 0) byKey.set(refused, ["is refused"]);
    for (const [key, said] of byKey) out.push({ path: [...errorPath(names), key], at: "key", value: key, text: `is a key that ${[...new Set(said)].join("; and ")} (propertyNames)` });
  }
  for (const not of errors.filter((e) => e.keyword === "not" && !consumed.has(e))) {
    const forbidden = forbiddenFields(schemaAt(not.schemaPath), errorPath(not), root);
    if (forbidden === null) continue;
    consumed.add(not);
    out.push(...forbidden);
  }
  const missing = /* @__PURE__ */ new Map();
  for (const e of errors.filter((e2) => !consumed.has(e2))) {
    const params = e.params;
    if (e.keyword === "dependencies" && params.property !== void 0 && params.missingProperty !== void 0) {
      consumed.add(e);
      const at = [...errorPath(e), params.property];
      const key = formatPath(at);
      missing.set(key, { path: at, property: params.property, missing: [...missing.get(key)?.missing ?? [], params.missingProperty] });
    } else if (e.keyword === "additionalItems" && typeof params.limit === "number") {
      consumed.add(e);
      out.push({ path: [...errorPath(e), params.limit], text: `is past the ${params.limit} item${params.limit === 1 ? "" : "s"} items describes, and additionalItems is false` });
    } else if (e.keyword === "uniqueItems" && typeof params.i === "number" && typeof params.j === "number") {
      consumed.add(e);
      out.push({ path: [...errorPath(e), Math.max(params.i, params.j)], text: `is the same as ${formatPath([...errorPath(e), Math.min(params.i, params.j)])} (uniqueItems)` });
    }
  }
  for (const { path, missing: names } of missing.values()) {
    const fields = names.map((n) => formatPath([...path.slice(0, -1), n]));
    out.push({ path, at: "key", text: `is set, so ${fields.join(" and ")} ${fields.length === 1 ? "is" : "are"} required beside it (dependencies)` });
  }
  for (const e of errors.filter((e2) => e2.keyword === "if" && !consumed.has(e2))) {
    if (errors.some((b) => consumed.has(b) && b.keyword !== "if" && (b.instancePath === e.instancePath || b.instancePath.startsWith(`${e.instancePath}/`)))) consumed.add(e);
  }
  const rest = errors.filter((e) => !consumed.has(e) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  for (const error of mostSpecific(errors.filter((e) => !consumed.has(e)))) {
    const path = errorPath(error);
    const at = formatPath(path);
    const all = [...new Set([error, ...rest.filter((e) => formatPath(errorPath(e)) === at)].map((e) => describe(e, schemaAt)))];
    out.push({ path, text: all.join("; and "), ...error.keyword === "additionalProperties" ? { at: "key" } : {} });
  }
  return out;
}
function forbiddenFields(subschema, path, root) {
  const value = getInDocument(root, path);
  if (!isObject(subschema) || !isObject(value)) return null;
  const set = (k) => typeof k === "string" && Object.hasOwn(value, k);
  const keys = Object.keys(subschema);
  const mustNotBeSet = (key, text = "must not be set") => ({ path: [...path, key], at: "key", text });
  const alone = (s) => isObject(s) && Object.keys(s).length === 1 && Array.isArray(s.required) && s.required.length === 1 && typeof s.required[0] === "string" ? s.required[0] : null;
  if (keys.length === 1 && Array.isArray(subschema.anyOf) && subschema.anyOf.every((b) => alone(b) !== null)) {
    const named = [...new Set(subschema.anyOf.map((b) => alone(b)))].filter(set);
    return named.length > 0 ? named.map((k) => mustNotBeSet(k)) : null;
  }
  const required = Array.isArray(subschema.required) ? [...new Set(subschema.required)] : [];
  if (required.length === 0 || !required.every(set)) return null;
  if (keys.length === 1) {
    const [first, ...others] = required;
    return [mustNotBeSet(first, others.length === 0 ? "must not be set" : `must not be set together with ${others.map((o) => formatPath([...path, o])).join(" and ")}`)];
  }
  const properties = subschema.properties;
  if (keys.length === 2 && required.length === 1 && isObject(properties) && Object.keys(properties).length === 1 && Object.hasOwn(properties, required[0])) {
    return [{ path: [...path, required[0]], text: `must not match ${gistOf(properties[required[0]])}` }];
  }
  return null;
}
function gistOf(subschema) {
  if (subschema === void 0) return "the subschema";
  const text = flow(subschema);
  return text.length > GIST_LIMIT ? `${text.slice(0, GIST_LIMIT - 1)}\u2026` : text;
}
var GIST_LIMIT = 80;
function describe(error, schemaAt) {
  if (error.keyword !== "not") return describeError(error);
  const subschema = schemaAt(error.schemaPath);
  if (subschema === void 0) return "is not allowed here";
  return `must not match ${gistOf(subschema)}`;
}
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") return `{${Object.entries(value).map(([k, v]) => `${flow(k)}: ${flow(v)}`).join(", ")}}`;
  return typeof value === "string" && /^[A-Za-z_$][\w$./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value) ? value : JSON.stringify(value);
}
function schemaPointer(schemaPath) {
  return schemaPath.replace(/^#\/?/, "").split("/").filter((s) => s !== "").map((s) => {
    let decoded = s;
    try {
      decoded = decodeURIComponent(s);
    } catch {
    }
    return unescapePointerToken(decoded);
  });
}

export {
  SERVED_KINDS,
  EXTENSIONS_REMOVED,
  CALICO_VERSIONS,
  CALICO_ONLY_KINDS,
  readDataRule,
  compileDataRules,
  deferredDataRule
};
