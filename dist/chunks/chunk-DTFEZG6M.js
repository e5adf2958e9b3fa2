import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  RuleFileFault
} from "./chunk-D6M6637M.js";
import {
  PLACEHOLDER,
  defineRule
} from "./chunk-QCHS2J3H.js";
import {
  USER_FORMATS,
  ajv,
  describeError,
  didYouMean,
  editDistance,
  errorPath,
  mostSpecific,
  trustedAjv
} from "./chunk-KZ5WV35G.js";
import {
  CLUSTER_SCOPED_KINDS
} from "./chunk-MOPMG6GX.js";
import {
  LineIndex,
  OWN_FILE_YAML_LIMITS,
  formatPath,
  ownFileProblemMessage,
  parseYamlStream
} from "./chunk-S44S6SGU.js";

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
var BELOW_MAP = ["properties", "patternProperties", "definitions"];
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
function walk(root) {
  const out = [];
  const visit = (path, schema, ownBase) => {
    out.push({ path, schema, ownBase });
    for (const c of children(schema)) visit([...path, ...c.path], c.schema, ownBase || typeof c.schema.$id === "string");
  };
  visit([], root, false);
  return out;
}
function localRef(ref) {
  if (ref !== "#" && !ref.startsWith("#/")) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(ref.slice(1));
  } catch {
    return null;
  }
  if (decoded === "") return [];
  return decoded.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function valueAt(root, path) {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[String(seg)];
  }
  return node;
}
var key = (path) => JSON.stringify(path.map(String));
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
function assertProblems(root) {
  const problems = [];
  const all = walk(root);
  for (const { path, schema, ownBase } of all) {
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
    if (typeof schema.$ref === "string" && !ownBase) {
      const target = localRef(schema.$ref);
      if (target !== null && typeof valueAt(root, target) !== "boolean" && !isSchema(valueAt(root, target))) {
        problems.push({ path: [...path, "$ref"], message: `"${schema.$ref}" points at no schema in assert` });
      }
    }
  }
  const cycle = endlessRef(root, all);
  if (cycle !== null) problems.push(cycle);
  return problems;
}
function endlessRef(root, all) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (path, schema, ownBase, via) => {
    const k = key(path);
    state.set(k, "open");
    stack.push({ path, via });
    const next = children(schema).filter((c) => c.inPlace).map((c) => ({ path: [...path, ...c.path], schema: c.schema, ownBase: ownBase || typeof c.schema.$id === "string", via: null }));
    if (typeof schema.$ref === "string" && !ownBase) {
      const target = localRef(schema.$ref);
      const value = target === null ? void 0 : valueAt(root, target);
      if (target !== null && isSchema(value)) next.push({ path: target, schema: value, ownBase: false, via: [...path, "$ref"] });
    }
    for (const n of next) {
      if (state.get(key(n.path)) === "open") {
        const from = stack.findIndex((s) => key(s.path) === key(n.path));
        const refPath = n.via ?? stack.slice(from + 1).findLast((s) => s.via !== null).via;
        const ref = valueAt(root, refPath);
        return { path: refPath, message: `${JSON.stringify(ref)} leads back to ${n.path.length === 0 ? "the whole schema" : formatPath(["assert", ...n.path])} without descending into a property or item, so validating any value would recurse without end` };
      }
      if (state.get(key(n.path)) === void 0) {
        const found = visit(n.path, n.schema, n.ownBase, n.via);
        if (found !== null) return found;
      }
    }
    stack.pop();
    state.set(k, "done");
    return null;
  };
  for (const s of all) {
    if (state.get(key(s.path)) !== void 0) continue;
    const found = visit(s.path, s.schema, s.ownBase, null);
    if (found !== null) return found;
  }
  return null;
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
  { kinds: ["Installation", "APIServer", "ImageSet"], group: "operator.tigera.io", served: ["v1"] }
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
for (const key2 of CLUSTER_SCOPED_KINDS) know(key2.includes("/") ? key2.slice(0, key2.lastIndexOf("/")) : "", key2.slice(key2.lastIndexOf("/") + 1));
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
    match.kinds.forEach((key2, i) => {
      if (key2 === "*") return;
      const segments = key2.split("/");
      if (segments.length > 2) {
        const fix = segments.length === 3 && VERSION.test(segments[1]) ? didYouMean2([keyOf(segments[0], segments[2])]) : "";
        report(["kinds", i], key2, `an entry is group/Kind, without a version (a kind is matched in every version)${fix}`);
        return;
      }
      const problem = segments.length === 2 ? pairProblem(segments[0], segments[1]) : pairProblem("", key2);
      if (problem !== null) report(["kinds", i], key2, problem.reason);
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
function parseDataRule(text, file, expectedId, taken) {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const at = (offset, message) => ({ file, ...lines.position(offset), message });
  if (stream.problems.length > 0) return { errors: stream.problems.map((p) => at(p.start, ownFileProblemMessage(p))) };
  const docs = stream.documents.filter((d) => d.value != null);
  if (docs.length !== 1) return { errors: [at(docs[1]?.start ?? 0, "a rule file must hold exactly one YAML document")] };
  const doc = docs[0];
  const validateFile = fileValidator ??= trustedAjv().compile(rule_schema_default);
  if (!validateFile(doc.value)) {
    return {
      errors: mostSpecific(validateFile.errors ?? []).map((e) => {
        const path = errorPath(e);
        return at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)}`);
      })
    };
  }
  const def = doc.value;
  if (expectedId && def.id !== expectedId) {
    return { errors: [at(doc.spanOf(["id"]).start, `id "${def.id}" does not match the file's location (expected "${expectedId}")`)] };
  }
  const atAssert = (p) => {
    const path = ["assert", ...p.path];
    return at((p.at === "key" ? doc.keySpanOf(path) : doc.spanOf(path)).start, `${formatPath(path)} ${p.message}`);
  };
  const match = matchProblems(def.match);
  if (match.length > 0) return { errors: match.map((p) => at(doc.spanOf(p.path).start, `${formatPath(p.path)} ${p.message}`)) };
  if (taken?.has(def.id)) {
    const other = taken.get(def.id);
    const owner = other === null ? "a built-in rule (netlint rules lists them)" : `the rule in ${other}`;
    return { errors: [at(doc.spanOf(["id"]).start, `id "${def.id}" is already the id of ${owner}; rename this pack's folder or file`)] };
  }
  const placeholders = unknownPlaceholders(def.message);
  if (placeholders.length > 0) return { errors: placeholders.map((p) => at(placeholderOffset(text, doc.spanOf(["message"]), p), `message placeholder ${p} is not one netlint fills; it fills ${MESSAGE_PLACEHOLDERS.map((n) => `{{${n}}}`).join(", ")}`)) };
  const draft = draftProblem(def.assert);
  if (draft !== null) return { errors: [atAssert(draft)] };
  const problems = assertProblems(def.assert);
  if (problems.length > 0) return { errors: problems.map(atAssert) };
  const shared = ajv();
  if (!shared.validateSchema(def.assert)) {
    return {
      errors: mostSpecific(shared.errors ?? []).map((e) => {
        const path = ["assert", ...errorPath(e)];
        return at(doc.spanOf(path).start, `${formatPath(path)} ${describeError(e)} (not a valid JSON Schema)`);
      })
    };
  }
  let validate;
  try {
    validate = shared.compile(def.assert);
  } catch (error) {
    return { errors: [compileError(def.assert, error.message, file, atAssert)] };
  }
  for (const id of valuesOf(def.assert, "$id")) schemaIdFiles.set(id, file);
  return { rule: dataRule(def, validate, file) };
}
var MESSAGE_PLACEHOLDERS = ["path", "error", "value"];
function unknownPlaceholders(message) {
  if (message === void 0) return [];
  return [...message.matchAll(PLACEHOLDER)].filter((m) => !MESSAGE_PLACEHOLDERS.includes(m[1])).map((m) => m[0]);
}
function placeholderOffset(text, span, placeholder) {
  const found = text.slice(span.start, span.end).indexOf(placeholder);
  return found < 0 ? span.start : span.start + found;
}
var schemaIdFiles = /* @__PURE__ */ new Map();
var LATER_DRAFT_KEYWORDS = {
  dependentRequired: "write dependencies: {field: [other, \u2026]}",
  dependentSchemas: "write dependencies: {field: {\u2026schema}}",
  prefixItems: "write items as a list of schemas, one per position",
  $defs: 'write definitions (and $ref: "#/definitions/\u2026")',
  unevaluatedProperties: "write additionalProperties (it sees only the properties beside it)",
  unevaluatedItems: "write additionalItems beside a list of items",
  minContains: "draft-07 has contains alone (at least one item)",
  maxContains: "draft-07 has contains alone (at least one item)",
  $anchor: 'write $id with a fragment ("#name")'
};
function compileError(assert, message, file, atAssert) {
  const unknown = /^strict mode: unknown keyword: "(.*)"$/.exec(message);
  const unknownPath = unknown === null ? null : keyPath(assert, unknown[1]);
  if (unknownPath !== null) {
    const later = LATER_DRAFT_KEYWORDS[unknown[1]];
    const message2 = later ? `is a keyword of a later JSON Schema draft (2019-09 or 2020-12), not of draft-07, which assert is: ${later}` : 'is not a JSON Schema keyword, so it would constrain nothing (a misspelt "properties", "pattern"\u2026?)';
    return atAssert({ path: unknownPath, at: "key", message: message2 });
  }
  for (const ignored of IGNORED_KEYWORDS) {
    if (!ignored.message.test(message)) continue;
    const at = pathWhere(assert, ignored.standsAlone);
    if (at !== null) return atAssert({ path: [...at, ignored.keyword], at: "key", message: ignored.says });
  }
  const ref = /^can't resolve reference (.*) from id /.exec(message);
  const refPath = ref === null ? null : keyPath(assert, "$ref", ref[1]);
  if (refPath !== null) return atAssert({ path: refPath, message: `"${ref[1]}" points at no schema netlint has read (a $ref reaches the definitions of this assert, "#/definitions/\u2026", or the $id of another rule's assert)` });
  const id = /^schema with key or id "(.*)" already exists$/.exec(message);
  const idPath = id === null ? null : keyPath(assert, "$id", id[1]);
  if (idPath !== null) {
    const other = schemaIdFiles.get(id[1]);
    const where = other === void 0 ? "another rule's assert" : other === file ? "this same file, read twice (the same folder given to --rules twice?)" : `the assert of ${other}`;
    return atAssert({ path: idPath, message: `"${id[1]}" is also the $id of ${where}; each schema $id must be unique (give this one its own, or drop it)` });
  }
  return atAssert({ path: [], message: `is not a valid JSON Schema: ${message}` });
}
var IGNORED_KEYWORDS = [
  { keyword: "if", message: /^strict mode: "if" without "then" and "else"/, standsAlone: (o) => "if" in o && !("then" in o) && !("else" in o), says: "has neither then nor else beside it, so it constrains nothing: add then (what must hold when if matches) or else" },
  { keyword: "then", message: /^strict mode: "then" without "if"/, standsAlone: (o) => "then" in o && !("if" in o), says: "has no if beside it, so it constrains nothing: add the if it depends on, or write its schema without then" },
  { keyword: "else", message: /^strict mode: "else" without "if"/, standsAlone: (o) => "else" in o && !("if" in o), says: "has no if beside it, so it constrains nothing: add the if it depends on, or write its schema without else" },
  { keyword: "additionalItems", message: /^strict mode: "additionalItems" is ignored/, standsAlone: (o) => "additionalItems" in o && !Array.isArray(o.items), says: "applies only beside items written as a list of schemas (one per position), so it constrains nothing here: write items (one schema for every item) instead" }
];
function pathWhere(value, test) {
  if (value === null || typeof value !== "object") return null;
  if (!Array.isArray(value) && test(value)) return [];
  for (const [k, v] of Object.entries(value)) {
    const below = pathWhere(v, test);
    if (below !== null) return [Array.isArray(value) ? Number(k) : k, ...below];
  }
  return null;
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
function valuesOf(value, name) {
  if (value === null || typeof value !== "object") return [];
  const own = !Array.isArray(value) && typeof value[name] === "string" ? [value[name]] : [];
  return [...own, ...Object.values(value).flatMap((v) => valuesOf(v, name))];
}
function matchKinds(match) {
  if (match.kinds) return match.kinds;
  const groups = match.group === void 0 ? [""] : Array.isArray(match.group) ? match.group : [match.group];
  const kinds = Array.isArray(match.kind) ? match.kind : [match.kind];
  return groups.flatMap((g) => kinds.map((k) => g ? `${g}/${k}` : k));
}
function valueAt2(root, path) {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg];
  }
  return node;
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
function dataRule(def, validate, file) {
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
      for (const { error, text, key: key2 } of violations(validate.errors ?? [], def.assert)) {
        const path = key2 === void 0 ? errorPath(error) : [...errorPath(error), key2];
        const value = key2 === void 0 ? valueAt2(resource.value, path) : key2;
        ctx.report({
          path,
          // A field that should not be there, or a key propertyNames refuses: its name is the mistake.
          ...error.keyword === "additionalProperties" || key2 !== void 0 ? { at: "key" } : {},
          messageId: "violation",
          data: { path: formatPath(path), error: text, value: value === void 0 ? "(missing)" : value }
        });
      }
    }
  });
}
var ALTERNATIVES_SHOWN = 4;
function violations(errors, assert) {
  const out = [];
  const consumed = /* @__PURE__ */ new Set();
  for (const anyOf of errors.filter((e) => e.keyword === "anyOf").sort((a, b) => a.schemaPath.length - b.schemaPath.length)) {
    if (consumed.has(anyOf)) continue;
    consumed.add(anyOf);
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) continue;
      consumed.add(e);
      const branch = e.schemaPath.slice(anyOf.schemaPath.length + 1).split("/")[0];
      branches.set(branch, [...branches.get(branch) ?? [], e]);
    }
    const base = errorPath(anyOf).length;
    const said = [...branches.values()].map(
      (branch) => mostSpecific(branch).map((e) => {
        const rest2 = errorPath(e).slice(base);
        return `${rest2.length === 0 ? "" : `${formatPath(rest2).replace(/^\./, "")} `}${describe(e, assert)}`;
      }).join(" and ")
    );
    const shown = said.slice(0, ALTERNATIVES_SHOWN).map((t, i) => `(${i + 1}) ${t}`);
    const more = said.length > ALTERNATIVES_SHOWN ? `; and ${said.length - ALTERNATIVES_SHOWN} more` : "";
    out.push({ error: anyOf, text: `matches none of the alternatives (anyOf): ${shown.join("; ")}${more}` });
  }
  for (const contains of errors.filter((e) => e.keyword === "contains" && !consumed.has(e))) {
    consumed.add(contains);
    for (const e of errors) if (e.schemaPath.startsWith(`${contains.schemaPath}/`)) consumed.add(e);
    out.push({ error: contains, text: `holds no item that matches ${gistOf(valueAt2(assert, schemaPointer(contains.schemaPath)))} (contains)` });
  }
  for (const names of errors.filter((e) => e.keyword === "propertyNames" && !consumed.has(e))) {
    consumed.add(names);
    const byKey = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${names.schemaPath}/`) || e.instancePath !== names.instancePath) continue;
      consumed.add(e);
      const key2 = e.propertyName;
      if (key2 !== void 0 && e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if") byKey.set(key2, [...byKey.get(key2) ?? [], describe(e, assert)]);
    }
    const refused = names.params.propertyName;
    if (byKey.size === 0 && refused !== void 0) byKey.set(refused, ["is refused"]);
    for (const [key2, said] of byKey) out.push({ error: names, key: key2, text: `is a key that ${[...new Set(said)].join("; and ")} (propertyNames)` });
  }
  const rest = errors.filter((e) => !consumed.has(e) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  for (const error of mostSpecific(errors.filter((e) => !consumed.has(e)))) {
    const at = formatPath(errorPath(error));
    const all = [...new Set([error, ...rest.filter((e) => formatPath(errorPath(e)) === at)].map((e) => describe(e, assert)))];
    out.push({ error, text: all.join("; and ") });
  }
  return out;
}
function gistOf(subschema) {
  if (subschema === void 0) return "the subschema";
  const text = flow(subschema);
  return text.length > GIST_LIMIT ? `${text.slice(0, GIST_LIMIT - 1)}\u2026` : text;
}
var GIST_LIMIT = 80;
function describe(error, assert) {
  if (error.keyword !== "not") return describeError(error);
  const subschema = valueAt2(assert, schemaPointer(error.schemaPath));
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
    return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
  });
}

export {
  SERVED_KINDS,
  EXTENSIONS_REMOVED,
  CALICO_VERSIONS,
  CALICO_ONLY_KINDS,
  parseDataRule,
  deferredDataRule
};
