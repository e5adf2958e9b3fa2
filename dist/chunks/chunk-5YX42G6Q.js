import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  DEFAULT_YAML_LIMITS,
  LineIndex,
  describeValue,
  formatPath,
  getIn,
  isObject,
  parseYamlStream
} from "./chunk-UBQER4KP.js";

// src/engine/names.ts
var LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL = new RegExp(`^${LABEL}$`);
var DNS1123_SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
var DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var DNS1123_LABEL_MAX = 63;
var DNS1123_SUBDOMAIN_MAX = 253;
function dns1123LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1123_LABEL.test(value)) return "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
  return null;
}
function dns1123SubdomainError(value) {
  if (value.length > DNS1123_SUBDOMAIN_MAX) return `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters (it has ${value.length})`;
  if (!DNS1123_SUBDOMAIN.test(value)) return "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
  return null;
}
function dns1035LabelError(value) {
  if (value.length > DNS1123_LABEL_MAX) return `must be no more than ${DNS1123_LABEL_MAX} characters (it has ${value.length})`;
  if (!DNS1035_LABEL.test(value)) return "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit";
  return null;
}
function pathSegmentError(value) {
  if (value === "." || value === "..") return `may not be "${value}"`;
  for (const bad of ["/", "%"]) if (value.includes(bad)) return `may not contain "${bad}"`;
  return null;
}
var CHECKS = {
  "dns1123-subdomain": dns1123SubdomainError,
  "dns1123-label": dns1123LabelError,
  "dns1035-label": dns1035LabelError,
  "path-segment": pathSegmentError
};
function nameError(format, name, prefix = false) {
  const value = prefix && name.length > 1 && name.endsWith("-") ? `${name.slice(0, -2)}a` : name;
  return CHECKS[format](value);
}
var GENERATED_PREFIX_MAX = 58;
function generatedNameOf(generateName) {
  return `${generateName.slice(0, GENERATED_PREFIX_MAX)}x2k9q`;
}
var FORMAT_BY_GROUP_KIND = {
  Namespace: "dns1123-label",
  Service: "dns1035-label",
  "apps/StatefulSet": "dns1123-label",
  "rbac.authorization.k8s.io/Role": "path-segment",
  "rbac.authorization.k8s.io/ClusterRole": "path-segment",
  "rbac.authorization.k8s.io/RoleBinding": "path-segment",
  "rbac.authorization.k8s.io/ClusterRoleBinding": "path-segment",
  "apiregistration.k8s.io/APIService": "path-segment",
  "certificates.k8s.io/ClusterTrustBundle": "path-segment",
  "certificates.k8s.io/CertificateSigningRequest": "path-segment"
};
function relaxedServiceName(name, prefix = false) {
  return nameError("dns1123-label", name, prefix) === null;
}
var MAX_LENGTH_BY_GROUP_KIND = {
  "batch/CronJob": 52
};
function nameFormatOf(groupKind) {
  return FORMAT_BY_GROUP_KIND[groupKind] ?? "dns1123-subdomain";
}
function maxNameLengthOf(groupKind) {
  return MAX_LENGTH_BY_GROUP_KIND[groupKind] ?? null;
}
var CALICO_CLUSTER_KINDS = [
  "BGPConfiguration",
  "BGPFilter",
  "BGPPeer",
  "BlockAffinity",
  "CalicoNodeStatus",
  "ClusterInformation",
  "FelixConfiguration",
  "GlobalNetworkPolicy",
  "GlobalNetworkSet",
  "HostEndpoint",
  "IPAMBlock",
  "IPAMConfig",
  "IPAMConfiguration",
  "IPAMHandle",
  "IPPool",
  "IPReservation",
  "KubeControllersConfiguration",
  "Node",
  "StagedGlobalNetworkPolicy",
  "Tier"
];
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  "Namespace",
  "Node",
  "PersistentVolume",
  "ComponentStatus",
  "rbac.authorization.k8s.io/ClusterRole",
  "rbac.authorization.k8s.io/ClusterRoleBinding",
  "storage.k8s.io/StorageClass",
  "storage.k8s.io/CSIDriver",
  "storage.k8s.io/CSINode",
  "storage.k8s.io/VolumeAttachment",
  "apiextensions.k8s.io/CustomResourceDefinition",
  "apiregistration.k8s.io/APIService",
  "scheduling.k8s.io/PriorityClass",
  "node.k8s.io/RuntimeClass",
  "networking.k8s.io/IngressClass",
  "networking.k8s.io/IPAddress",
  "networking.k8s.io/ServiceCIDR",
  "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
  "admissionregistration.k8s.io/MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
  "certificates.k8s.io/CertificateSigningRequest",
  "certificates.k8s.io/ClusterTrustBundle",
  "flowcontrol.apiserver.k8s.io/FlowSchema",
  "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
  "policy.networking.k8s.io/AdminNetworkPolicy",
  "policy.networking.k8s.io/BaselineAdminNetworkPolicy",
  "policy.networking.k8s.io/ClusterNetworkPolicy",
  "operator.tigera.io/Installation",
  "operator.tigera.io/APIServer",
  "operator.tigera.io/Goldmane",
  "operator.tigera.io/Whisker",
  "operator.tigera.io/ImageSet",
  ...CALICO_CLUSTER_KINDS.flatMap((k) => [`projectcalico.org/${k}`, `crd.projectcalico.org/${k}`])
]);

// src/engine/input-rules.ts
function inputRule(id, severity, description, remediation) {
  return { id: `input/${id}`, severity, description, remediation, kinds: [], messages: {}, source: "loader" };
}
var INPUT_RULES = {
  yamlSyntax: inputRule("yaml-syntax", "error", "A document of the file is not valid YAML or JSON; the parser stopped at the reported position (an unclosed quote is reported where it opens). The file's other documents, split at `---` lines as kubectl splits them, are still read and checked. kubectl's own refusals count too: a line that starts with `---` followed by anything but a comment, a `%YAML` directive, and a control character (go-yaml refuses all but tab and line breaks, DEL and C1 controls too; a JSON manifest is encoding/json's, which takes DEL and C1 in strings).", "Fix the syntax at the reported line; `kubectl apply --dry-run=client -f FILE` shows the same error."),
  duplicateKey: inputRule("duplicate-key", "warning", "A mapping has the same key twice. kubectl keeps the later value and drops the earlier without a word (its YAML decoder is not strict, and the API server sees only the JSON kubectl makes, so not even --validate=strict notices); calicoctl, which decodes strictly, refuses the file.", "Remove or merge the duplicate key."),
  aliasLimit: inputRule("alias-limit", "error", "A document uses more aliases, or expands to more nodes, than netlint reads (an alias bomb or runaway anchors).", "Write the repeated YAML out, or split the document."),
  emptyFile: inputRule("empty-file", "warning", "The file holds no YAML document (only whitespace or comments).", "Remove the file, or exclude it with `ignore` in .netlint.yaml."),
  binaryFile: inputRule("binary-file", "error", "The file holds binary data (NUL bytes), not YAML or JSON text.", "Do not pass binary files to netlint, or exclude them with `ignore` in .netlint.yaml."),
  notUtf8: inputRule("not-utf8", "error", "The file is not valid UTF-8; Kubernetes reads manifests as UTF-8 (kubectl also reads UTF-16 that starts with its byte order mark, which netlint reads too; a CNI config must be UTF-8). A byte that is not UTF-8 in a UTF-8 file (a Latin-1 `\xE9`) is a warning: kubectl reads it as U+FFFD and applies that, and netlint checks the file read the same way.", "Re-encode the file as UTF-8."),
  tooLarge: inputRule("too-large", "error", "The file is larger than the size limit, so netlint did not read it.", "Split the file, or raise `limits.maxFileBytes` in .netlint.yaml."),
  cniJson: inputRule("cni-json", "error", "A CNI network config file (.conf, .conflist, or a .json holding a CNI config: container runtimes load all three from /etc/cni/net.d: containerd's go-cni and CRI-O's ocicni pass these extensions to libcni's ConfFiles) is not strict JSON. YAML reads it, but the container runtime's libcni decodes it with Go's encoding/json (libcni/conf.go ConfFromBytes, ConfListFromBytes), which refuses trailing commas, comments, single quotes, unquoted keys and hexadecimal numbers: the node cannot load this network.", "Write strict JSON: double-quoted keys and strings, no trailing commas or comments (check it with `jq . FILE`)."),
  notKubernetes: inputRule("not-kubernetes", "warning", "A document is not a Kubernetes object (no `apiVersion` and `kind`), so no rule checked it; or kubectl never reads a part of the file: what follows a `...` document end up to the next `---` line (go-yaml reads one document from each part between `---` lines).", "Exclude non-Kubernetes files with `ignore` in .netlint.yaml, or add the missing `apiVersion`/`kind`; start a document that follows `...` with a `---` line."),
  helmTemplate: inputRule("helm-template", "error", "The file is an unrendered template: a Helm chart's (`{{ \u2026 }}`), an operator's Go template, or one for envsubst (`${NAME}` where a name belongs). It is not the manifest until it is rendered, so netlint cannot check it.", "Render it and lint the result: `helm template RELEASE CHART | netlint lint -`, `envsubst < FILE | netlint lint -` (add `--stdin-filename` to name it)."),
  noResources: inputRule("no-resources", "warning", "A file or folder given on the command line holds no Kubernetes object, so nothing was checked.", "Check the path; netlint reads .yaml, .yml, .json, .conf and .conflist files."),
  unusedSuppression: inputRule("unused-suppression", "warning", "A suppression (annotation, comment or config entry) matched no finding; it may hide a future mistake or name a rule that does not exist.", "Remove the suppression, or fix the rule id it names."),
  unknownRule: inputRule("unknown-rule", "warning", "A suppression or configuration names a rule id that netlint does not know.", "Fix the rule id; `netlint rules` lists them.")
};
var INPUT_RULE_LIST = Object.values(INPUT_RULES);

// src/engine/strict-json.ts
var MAX_DEPTH = 200;
var Fail = class {
  constructor(error, offset) {
    this.error = error;
    this.offset = offset;
  }
  error;
  offset;
};
function parseJson(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJsonLocated(text);
  }
  if (text.length > MAX_DEPTH * 2 && deeperThan(value, MAX_DEPTH)) return parseJsonLocated(text);
  let located;
  const positions = () => located ??= parseJsonLocated(text);
  return {
    ok: true,
    value,
    // JSON holds no undefined: a path is there exactly when it leads to a value.
    has: (path) => getIn(value, path) !== void 0,
    locate: (path) => positions().locate(path),
    locateKey: (path) => positions().locateKey(path)
  };
}
function deeperThan(value, limit) {
  const stack = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top.value === null || typeof top.value !== "object") continue;
    if (top.depth >= limit) return true;
    for (const v of Array.isArray(top.value) ? top.value : Object.values(top.value)) stack.push({ value: v, depth: top.depth + 1 });
  }
  return false;
}
function parseJsonLocated(text) {
  const spans = /* @__PURE__ */ new Map();
  let i = 0;
  const key = (path) => JSON.stringify(path);
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const describe = (at) => at >= text.length ? "end of the text" : `character ${JSON.stringify(text[at])}`;
  const fail = (what, at = i) => {
    throw new Fail(`unexpected ${describe(at)} ${what}`, at);
  };
  const parseString = () => {
    const start = i;
    i++;
    let out = "";
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === "\\") {
        const e = text[i + 1];
        const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
        if (e !== void 0 && e in simple) {
          out += simple[e];
          i += 2;
          continue;
        }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Fail(`invalid escape ${JSON.stringify(text.slice(i, i + 2))} in a string`, i);
      }
      if (c < " ") throw new Fail("a control character (such as a line break) inside a string; escape it", i);
      out += c;
      i++;
    }
    throw new Fail("a string that is never closed", start);
  };
  const parseValue = (path, depth) => {
    if (depth > MAX_DEPTH) throw new Fail("nesting deeper than 200 levels", i);
    ws();
    const start = i;
    const c = text[i];
    let value;
    if (c === "{") {
      i++;
      const obj = {};
      ws();
      if (text[i] === "}") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] !== '"') fail(text[i] === "}" ? "after a comma (trailing commas are not JSON)" : 'where an object key (a "quoted" string) was expected');
          const keyStart = i;
          const k = parseString();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ":") fail('after an object key; expected ":"');
          i++;
          const childPath = [...path, k];
          Object.defineProperty(obj, k, { value: parseValue(childPath, depth + 1), enumerable: true, writable: true, configurable: true });
          spans.get(key(childPath)).key = keySpan;
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "}") {
            i++;
            break;
          }
          fail('after an object value; expected "," or "}"');
        }
      }
      value = obj;
    } else if (c === "[") {
      i++;
      const arr = [];
      ws();
      if (text[i] === "]") i++;
      else {
        for (; ; ) {
          ws();
          if (text[i] === "]") fail("after a comma (trailing commas are not JSON)");
          arr.push(parseValue([...path, arr.length], depth + 1));
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "]") {
            i++;
            break;
          }
          fail('after a list item; expected "," or "]"');
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (c === "-" || c >= "0" && c <= "9") {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
      if (!m) fail("in a number");
      i += m[0].length;
      if (/^[0-9A-Za-z_.]/.test(text[i] ?? "")) fail("in a number");
      value = Number(m[0]);
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
      if (word === "true" || word === "false" || word === "null") {
        i += word.length;
        value = word === "true" ? true : word === "false" ? false : null;
      } else if (word) {
        throw new Fail(`unexpected word ${JSON.stringify(word)}: JSON strings need double quotes`, i);
      } else fail("where a value was expected");
    }
    spans.set(key(path), { value: { start, end: i } });
    return value;
  };
  try {
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail("after the end of the JSON value");
    return {
      ok: true,
      value,
      has: (path) => spans.has(key(path)),
      /** The key of an object member (its value when it has no key, e.g. a list item). */
      locateKey: (path) => spans.get(key(path))?.key ?? spans.get(key(path))?.value ?? { start: 0, end: text.length },
      locate(path) {
        const exact = spans.get(key(path));
        if (exact) return exact.value;
        for (let n = path.length - 1; n >= 0; n--) {
          const found = spans.get(key(path.slice(0, n)));
          if (found) return found.key ?? found.value;
        }
        return { start: 0, end: text.length };
      }
    };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error, offset: Math.min(e.offset, text.length) };
    throw e;
  }
}
function blankJsonComments(text) {
  let out = null;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== "/" || text[i + 1] !== "/" && text[i + 1] !== "*") continue;
    const block = text[i + 1] === "*";
    const close = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
    const end = close < 0 ? text.length : block ? close + 2 : close;
    out ??= [];
    out.push(text.slice(from, i), text.slice(i, end).replace(/[^\n\r]/g, " "));
    from = end;
    i = end - 1;
  }
  if (out === null) return null;
  out.push(text.slice(from));
  return out.join("");
}

// src/engine/kubectl-json-stream.ts
function isJsonSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function mightBeJsonStream(text) {
  return /^\s*\{/.test(text);
}
var SCALAR_AT = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
var MAX_JSON_VALUES = 1e5;
function valueEnd(text, start) {
  const first = text.charCodeAt(start);
  if (first !== 123 && first !== 91) {
    if (first === 34) {
      for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92) i++;
        else if (c === 34) return i + 1;
      }
      return null;
    }
    SCALAR_AT.lastIndex = start;
    return SCALAR_AT.test(text) ? SCALAR_AT.lastIndex : null;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92) i++;
        else if (s === 34) break;
      }
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return null;
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
var ShiftedDocument = class {
  constructor(inner, by, index) {
    this.inner = inner;
    this.by = by;
    this.index = index;
  }
  inner;
  by;
  index;
  get value() {
    return this.inner.value;
  }
  get start() {
    return this.inner.start + this.by;
  }
  get nonStringInStringMaps() {
    return this.inner.nonStringInStringMaps;
  }
  spanOf(path) {
    return this.shift(this.inner.spanOf(path));
  }
  keySpanOf(path) {
    return this.shift(this.inner.keySpanOf(path));
  }
  keyAt(path) {
    const span = this.inner.keyAt(path);
    return span === null ? null : this.shift(span);
  }
  scalarAt(path) {
    return this.inner.scalarAt(path);
  }
  shift(span) {
    return { start: span.start + this.by, end: span.end + this.by };
  }
};
function parsePart(text, start, end, index, limits, json) {
  const part = parseYamlStream(text.slice(start, end), json ? { ...limits, reader: "yaml" } : limits);
  return {
    documents: part.documents.map((d, i) => new ShiftedDocument(d, start, index + i)),
    problems: part.problems.map((p) => ({ ...p, start: p.start + start, end: p.end + start }))
  };
}
function readKubectlJsonStream(text, limits) {
  const values = [];
  let at = 0;
  for (; ; ) {
    while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    if (values.length === MAX_JSON_VALUES) {
      const stream = joinParts(text, values, limits);
      stream.problems.push({ kind: "syntax", message: `more than ${MAX_JSON_VALUES.toLocaleString("en-US")} JSON values in one file: netlint reads no further (kubectl reads on); split the file`, start: at, end: at + 1 });
      return { stream };
    }
    const end = valueEnd(text, at);
    if (end === null || !isJson(text.slice(at, end))) {
      const error = jsonProblem(text, at, end);
      if (values.length > 1) return { stream: withProblem(joinParts(text, values, limits), error) };
      let rest = values.length === 0 ? 0 : values[0].end;
      let ended = false;
      for (; ; ) {
        if (utf8Bytes(text, rest, 4) < 4) {
          ended = true;
          break;
        }
        if (!GO_SPACE.test(text[rest])) break;
        rest++;
        if (text[rest - 1] === "\n") break;
      }
      if (values.length === 0) return { stream: null, jsonError: error };
      const stream = joinParts(text, values, limits);
      if (ended) return { stream: withProblem(stream, error) };
      const yaml = parsePart(text, rest, text.length, stream.documents.length, limits, false);
      return { stream: { documents: [...stream.documents, ...yaml.documents], problems: [...stream.problems, ...yaml.problems] } };
    }
    values.push({ start: at, end });
    at = end;
  }
  return { stream: joinParts(text, values, limits) };
}
function utf8Bytes(text, at, enough) {
  let bytes = 0;
  for (let i = at; i < text.length && bytes < enough; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 128 ? 1 : c < 2048 ? 2 : c >= 55296 && c < 56320 ? 4 : 3;
    if (c >= 55296 && c < 56320) i++;
  }
  return bytes;
}
function withProblem(stream, problem) {
  stream.problems.push(problem);
  return stream;
}
function joinParts(text, values, limits) {
  const documents = [];
  const problems = [];
  for (const v of values) {
    const part = parsePart(text, v.start, v.end, documents.length, limits, true);
    documents.push(...part.documents);
    problems.push(...part.problems);
  }
  return { documents, problems };
}
function jsonProblem(text, start, end) {
  const part = parseJsonLocated(text.slice(start, end ?? text.length));
  const offset = start + (part.ok ? 0 : part.offset);
  const message = part.ok ? "a JSON value kubectl cannot read here" : part.error;
  return { kind: "syntax", message: `not valid JSON: ${message}`, start: offset, end: Math.min(offset + 1, text.length) };
}

// src/engine/quoted-scalar.ts
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPES = { x: 2, u: 4, U: 8 };
function mapQuotedScalar(raw, style) {
  const quote = style === "single" ? "'" : '"';
  if (raw.length < 2 || raw[0] !== quote || raw[raw.length - 1] !== quote) return null;
  const out = { value: "", offsets: [], widths: [] };
  let spaceFrom = 0;
  const emit = (text, at, width, writtenSpace = false) => {
    for (const unit of text.split("")) {
      out.value += unit;
      out.offsets.push(at);
      out.widths.push(width);
    }
    if (!writtenSpace) spaceFrom = out.value.length;
  };
  const end = raw.length - 1;
  let i = 1;
  while (i < end) {
    const c = raw[i];
    if (c === "\n" || c === "\r" && raw[i + 1] === "\n") {
      trimTo(out, spaceFrom);
      const at = i;
      let breaks = 0;
      while (i < end && (raw[i] === "\n" || raw[i] === "\r" || raw[i] === " " || raw[i] === "	")) {
        if (raw[i] === "\n") breaks++;
        i++;
      }
      emit(breaks === 1 ? " " : "\n".repeat(breaks - 1), at, 1);
      continue;
    }
    if (style === "single" && c === "'") {
      if (raw[i + 1] !== "'") return null;
      emit("'", i, 2);
      i += 2;
      continue;
    }
    if (style === "double" && c === "\\") {
      const e = raw[i + 1];
      if (e === "\n" || e === "\r" && raw[i + 2] === "\n") {
        i += e === "\r" ? 3 : 2;
        while (i < end && (raw[i] === " " || raw[i] === "	")) i++;
        spaceFrom = out.value.length;
        continue;
      }
      if (e in SIMPLE_ESCAPES) {
        emit(SIMPLE_ESCAPES[e], i, 2);
        i += 2;
        continue;
      }
      const digits = HEX_ESCAPES[e];
      const hex = digits ? raw.slice(i + 2, i + 2 + digits) : "";
      if (!digits || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return null;
      const code = parseInt(hex, 16);
      if (code > 1114111) return null;
      emit(String.fromCodePoint(code), i, 2 + digits);
      i += 2 + digits;
      continue;
    }
    emit(c, i, 1, c === " " || c === "	");
    i++;
  }
  return out;
}
function trimTo(map, length) {
  map.value = map.value.slice(0, length);
  map.offsets.length = length;
  map.widths.length = length;
}

// src/engine/load.ts
var KUBERNETES_STRING_MAP_KEYS = /* @__PURE__ */ new Set(["labels", "annotations", "matchLabels", "nodeSelector"]);
var DEFAULT_LOAD_LIMITS = { maxFileBytes: 10 * 1024 * 1024, yaml: { ...DEFAULT_YAML_LIMITS, stringMapKeys: KUBERNETES_STRING_MAP_KEYS } };
var CNI_CONFIG = { apiVersion: "netlint.io/v1", kind: "CNIConfig" };
var PROBLEM_RULES = {
  syntax: INPUT_RULES.yamlSyntax,
  "duplicate-key": INPUT_RULES.duplicateKey,
  "alias-limit": INPUT_RULES.aliasLimit,
  ignored: INPUT_RULES.notKubernetes
};
function loadSources(files, limits = DEFAULT_LOAD_LIMITS, afterEachFile) {
  const result = { resources: [], findings: [], files: [] };
  const kustomizations = [];
  for (const file of files) {
    loadOne(file, limits, result, kustomizations);
    afterEachFile?.();
  }
  if (kustomizations.length === 0) return result;
  const kept = applyKustomizations(result.resources, kustomizations);
  if (kept.length === result.resources.length) return result;
  const left = /* @__PURE__ */ new Map();
  for (const r of kept) left.set(r.file, (left.get(r.file) ?? 0) + 1);
  for (const f of result.files) {
    if (f.resourceCount === 0) continue;
    f.resourceCount = left.get(f.path) ?? 0;
    if (f.resourceCount === 0) f.kustomizePatch = true;
  }
  return { ...result, resources: kept };
}
function labelSetsOf(value) {
  const pairsOf = (v) => {
    if (!isObject(v)) return null;
    const entries = Object.entries(v).filter((e) => typeof e[1] === "string");
    return entries.length === 0 ? null : Object.fromEntries(entries);
  };
  const out = [];
  const common = pairsOf(value.commonLabels);
  if (common !== null) out.push({ pairs: common, selectors: true, templates: true });
  for (const l of Array.isArray(value.labels) ? value.labels : []) {
    const pairs = isObject(l) ? pairsOf(l.pairs) : null;
    if (pairs !== null) out.push({ pairs, selectors: l.includeSelectors === true, templates: l.includeTemplates === true || l.includeSelectors === true });
  }
  return out;
}
var KUSTOMIZATION_FILE = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
function kustomizationOf(file, value) {
  if (!isObject(value)) return null;
  const resources = Array.isArray(value.resources) || Array.isArray(value.bases) ? [...Array.isArray(value.resources) ? value.resources : [], ...Array.isArray(value.bases) ? value.bases : []] : null;
  const patchEntries = [value.patches, value.patchesStrategicMerge, value.patchesJson6902].filter(Array.isArray).flat();
  if (resources === null && patchEntries.length === 0) return null;
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
  const localFile = (r) => /\.(ya?ml|json)$/i.test(r) && !r.includes("://") && !r.includes("\n");
  const local = (r) => typeof r === "string" && localFile(r);
  const files = (resources ?? []).filter(local).map((r) => normalizePath(dir + r));
  const folders = [...resources ?? [], ...Array.isArray(value.components) ? value.components : []].filter((r) => typeof r === "string" && !localFile(r) && !/\.[A-Za-z]+$/.test(r) && !r.includes("://") && !/^[\w.-]+\.[a-z]{2,}\//i.test(r) && !r.includes("?")).map((r) => normalizePath(dir + r));
  const patches = patchEntries.map((e) => isObject(e) ? e.path : e).filter(local).map((r) => normalizePath(dir + r));
  return { file, dir: normalizePath(dir), namespace: typeof value.namespace === "string" && value.namespace !== "" ? value.namespace : null, files, folders, patches, labels: labelSetsOf(value) };
}
function normalizePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "." || part === "") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
function walkBuilds(kustomizations, top, step) {
  const byDir = new Map(kustomizations.map((k) => [k.dir, k]));
  const included = new Set(kustomizations.flatMap((k) => k.folders));
  const visit = (k, outer, path) => {
    const made = step(k, outer);
    for (const dir of k.folders) {
      const base = byDir.get(dir);
      if (base === void 0 || path.has(base)) continue;
      path.add(base);
      visit(base, made, path);
      path.delete(base);
    }
  };
  for (const k of kustomizations) if (!included.has(k.dir)) visit(k, top, /* @__PURE__ */ new Set([k]));
}
function kustomizedNamespaces(kustomizations) {
  const namespaceOf = /* @__PURE__ */ new Map();
  walkBuilds(kustomizations, null, (k, outer) => {
    const ns = outer ?? k.namespace;
    if (ns !== null) for (const f of k.files) namespaceOf.set(f, namespaceOf.has(f) && namespaceOf.get(f) !== ns ? null : ns);
    return ns;
  });
  for (const k of kustomizations) {
    if (k.namespace === null) continue;
    for (const f of k.files) if (namespaceOf.get(f) === null && !kustomizations.some((o) => o !== k && o.namespace !== null && o.namespace !== k.namespace && o.files.includes(f))) namespaceOf.set(f, k.namespace);
  }
  return namespaceOf;
}
function kustomizedLabels(kustomizations) {
  const labelsOf = /* @__PURE__ */ new Map();
  const key = /* @__PURE__ */ new Map();
  walkBuilds(kustomizations, [], (k, outer) => {
    const sets = [...k.labels, ...outer];
    const text = JSON.stringify(sets);
    for (const f of k.files) {
      if (!labelsOf.has(f)) {
        labelsOf.set(f, sets);
        key.set(f, text);
      } else if (key.get(f) !== text) labelsOf.set(f, null);
    }
    return sets;
  });
  const out = /* @__PURE__ */ new Map();
  for (const [f, sets] of labelsOf) if (sets !== null && sets.length > 0) out.set(f, sets);
  return out;
}
var TEMPLATE_LABEL_KINDS = /* @__PURE__ */ new Map([
  ["ReplicationController", ""],
  ["Deployment", null],
  ["ReplicaSet", null],
  ["DaemonSet", null],
  ["StatefulSet", "apps"],
  ["Job", "batch"]
]);
var SELECTOR_LABEL_SPECS = [
  { kind: "Service", group: "", path: ["spec", "selector"], create: true },
  { kind: "ReplicationController", group: "", path: ["spec", "selector"], create: true },
  { kind: "Deployment", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "ReplicaSet", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "DaemonSet", group: null, path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "StatefulSet", group: "apps", path: ["spec", "selector", "matchLabels"], create: true },
  { kind: "Job", group: "batch", path: ["spec", "selector", "matchLabels"], create: false },
  { kind: "CronJob", group: "batch", path: ["spec", "jobTemplate", "spec", "selector", "matchLabels"], create: false },
  { kind: "PodDisruptionBudget", group: "policy", path: ["spec", "selector", "matchLabels"], create: false },
  { kind: "NetworkPolicy", group: "networking.k8s.io", path: ["spec", "podSelector", "matchLabels"], create: false }
];
function addLabelsAt(value, path, pairs, create) {
  if (Array.isArray(value)) {
    for (const item of value) addLabelsAt(item, path, pairs, create);
    return;
  }
  if (!isObject(value)) return;
  const [head, ...rest] = path;
  let next = value[head];
  if (next === void 0 || next === null) {
    if (!create || Array.isArray(next)) return;
    next = value[head] = {};
  }
  if (rest.length > 0) addLabelsAt(next, rest, pairs, create);
  else if (isObject(next)) Object.assign(next, pairs);
}
function applyLabelSet(r, set) {
  const kindIs = (kind, group) => r.kind === kind && (group === null || r.group === group);
  addLabelsAt(r.value, ["metadata", "labels"], set.pairs, true);
  if (set.templates) {
    for (const [kind, group] of TEMPLATE_LABEL_KINDS) if (kindIs(kind, group)) addLabelsAt(r.value, ["spec", "template", "metadata", "labels"], set.pairs, true);
    if (kindIs("CronJob", "batch")) {
      addLabelsAt(r.value, ["spec", "jobTemplate", "metadata", "labels"], set.pairs, true);
      addLabelsAt(r.value, ["spec", "jobTemplate", "spec", "template", "metadata", "labels"], set.pairs, true);
    }
  }
  if (!set.selectors) return;
  for (const spec of SELECTOR_LABEL_SPECS) if (kindIs(spec.kind, spec.group)) addLabelsAt(r.value, spec.path, set.pairs, spec.create);
  if (kindIs("NetworkPolicy", "networking.k8s.io")) {
    addLabelsAt(r.value, ["spec", "ingress", "from", "podSelector", "matchLabels"], set.pairs, false);
    addLabelsAt(r.value, ["spec", "egress", "to", "podSelector", "matchLabels"], set.pairs, false);
  }
}
function applyKustomizations(resources, kustomizations) {
  const namespaceOf = kustomizedNamespaces(kustomizations);
  const labelsOf = kustomizedLabels(kustomizations);
  if (labelsOf.size > 0) for (const r of resources) for (const set of labelsOf.get(normalizePath(r.file)) ?? []) applyLabelSet(r, set);
  const listed = /* @__PURE__ */ new Set();
  const patchFiles = /* @__PURE__ */ new Set();
  for (const k of kustomizations) {
    for (const f of k.files) listed.add(f);
    for (const f of k.patches) patchFiles.add(f);
  }
  for (const r of resources) {
    const ns = namespaceOf.get(normalizePath(r.file));
    if (!ns) continue;
    if (r.groupKind === "Namespace") {
      const metadata = r.value.metadata;
      if (ns !== r.name && typeof metadata === "object" && metadata !== null) {
        metadata.name = ns;
        r.name = ns;
      }
      continue;
    }
    if (CLUSTER_SCOPED_KINDS.has(r.groupKind) || r.kind === CNI_CONFIG.kind) continue;
    r.namespace = ns;
  }
  for (const f of listed) patchFiles.delete(f);
  return patchFiles.size === 0 ? resources : resources.filter((r) => !patchFiles.has(normalizePath(r.file)));
}
function fileFinding(rule, file, message, position) {
  const p = position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    file,
    ...p,
    resource: null,
    path: [],
    remediation: rule.remediation
  };
}
function decodeSource(file, maxFileBytes) {
  if (file.unreadable !== void 0) return { finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, file.unreadable), remediation: "Rename the file to a UTF-8 name." } };
  const size = file.size ?? (typeof file.content === "string" ? file.content.length : file.content.byteLength);
  if (size > maxFileBytes) {
    const what = file.sizeUnknown ? `more than ${maxFileBytes} bytes (read no further)` : `${size} bytes`;
    return { finding: fileFinding(INPUT_RULES.tooLarge, file.path, `the file is ${what}; the limit is ${maxFileBytes} bytes`) };
  }
  let text;
  if (typeof file.content === "string") {
    text = file.content;
  } else {
    const bytes = file.content;
    if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
      const order = bytes[0] === 255 ? "little-endian" : "big-endian";
      if (/\.(conf|conflist)$/i.test(file.path)) return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file is UTF-16 (${order}, by its byte order mark), not UTF-8, which libcni needs: re-save it as UTF-8`) };
      try {
        text = new TextDecoder(bytes[0] === 255 ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
      } catch {
        return { finding: fileFinding(INPUT_RULES.notUtf8, file.path, `the file starts with a UTF-16 (${order}) byte order mark but is not valid UTF-16`) };
      }
      return { text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
    }
    const probe = bytes.subarray(0, 8192);
    const nul = probe.indexOf(0);
    if (nul >= 0) {
      return { finding: fileFinding(INPUT_RULES.binaryFile, file.path, "the file contains NUL bytes: it is binary, not YAML or JSON", byteAt(bytes, nul)) };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      const bad = firstInvalidUtf8(bytes);
      text = new TextDecoder("utf-8").decode(bytes);
      if (text.charCodeAt(0) === 65279) text = text.slice(1);
      const message = `the file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, "0")} at byte offset ${bad}): kubectl reads each such byte as U+FFFD, so what it applies is not what the file shows; re-save the file as UTF-8`;
      return { text, finding: { ...fileFinding(INPUT_RULES.notUtf8, file.path, message, byteAt(bytes, bad)), severity: "warning" } };
    }
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { text };
}
function byteAt(bytes, offset) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset)).replace(/^\uFEFF/, "");
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
  const column = before.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const [len, min] = b < 128 ? [1, 0] : b >= 194 && b <= 223 ? [2, 128] : b >= 224 && b <= 239 ? [3, 2048] : b >= 240 && b <= 244 ? [4, 65536] : [0, 0];
    if (len === 0 || i + len > bytes.length) return i;
    let cp = len === 1 ? b : b & 255 >> len + 1;
    for (let k = 1; k < len; k++) {
      if ((bytes[i + k] & 192) !== 128) return i;
      cp = cp << 6 | bytes[i + k] & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += len;
  }
  return -1;
}
function loadOne(file, limits, out, kustomizations) {
  const loaded = { path: file.path, lines: null, resourceCount: 0, directives: [] };
  out.files.push(loaded);
  const decoded = decodeSource(file, limits.maxFileBytes);
  if (decoded.finding !== void 0) out.findings.push(decoded.finding);
  if (!("text" in decoded)) return;
  const text = decoded.text;
  const notJsonConf = /\.conf$/i.test(file.path) && !/^\s*\{/.test(text);
  if (notJsonConf && file.discovered) {
    loaded.skipped = "not-kubernetes";
    return;
  }
  const lines = new LineIndex(text);
  loaded.lines = lines;
  const cniFileName = /\.(conf|conflist)$/i.test(file.path);
  const jsonFileName = /\.json$/i.test(file.path);
  const cniLike = cniFileName || jsonFileName && text.includes('"cniVersion"');
  const readText = (cniLike && /^\s*\{/.test(text) && text.includes("/") ? blankJsonComments(text) : null) ?? text;
  let stream = parseYamlStream(readText, cniLike ? { ...limits.yaml, reader: "yaml" } : limits.yaml);
  if (file.discovered && jsonFileName && stream.problems.some((p) => p.kind === "syntax") && !/"(?:apiVersion|kind|cniVersion)"\s*:/.test(text)) {
    loaded.skipped = "not-kubernetes";
    return;
  }
  if (stream.problems.some((p) => p.kind === "syntax") && mightBeJsonStream(text)) {
    const otherProblems = stream.problems.filter((p) => p.kind !== "syntax");
    if (cniLike) {
      const json = parseJson(readText);
      if (!json.ok) stream = { documents: stream.documents, problems: [...otherProblems, { kind: "syntax", message: `not valid JSON, which libcni requires: ${json.error}`, start: json.offset, end: Math.min(json.offset + 1, text.length) }] };
    } else {
      const read = readKubectlJsonStream(text, limits.yaml);
      if (read.stream !== null) stream = read.stream;
      else if (jsonFileName) stream = { documents: stream.documents, problems: [...otherProblems, read.jsonError] };
    }
  }
  const parsed = stream.problems.every((p) => p.kind === "ignored");
  const helm = helmTemplateAction(text, !parsed, () => blockScalarSpans(stream.documents), () => unquotedActionAt(text, stream.documents));
  const envsubst = helm !== null ? null : parsed ? placeholderInName(text, stream.documents, out) : text.includes("$") || text.includes("@") ? placeholderAtSyntaxError(text, stream.problems) : null;
  if (helm || envsubst) {
    if (file.discovered) loaded.skipped = "helm-template";
    else if (helm) out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, templateMessage(text.slice(helm.start, helm.end)), lines.range(helm)));
    else {
      const placeholder = text.slice(envsubst.start, envsubst.end);
      const render = placeholder.startsWith("$(") ? "render it first, e.g. kustomize build DIR | netlint lint -" : placeholder.startsWith("$") ? "render it first, e.g. envsubst < FILE | netlint lint -" : "fill it in first with the script that renders it, and lint the result, e.g. on stdin as -";
      const stands = parsed ? "stands for a name" : "stands for YAML text: the file does not parse until it is filled in";
      out.findings.push(fileFinding(INPUT_RULES.helmTemplate, file.path, `this is an unrendered template (${placeholder} ${stands}): ${render}`, lines.range(envsubst)));
    }
    return;
  }
  loaded.directives = scanDirectives(file.path, lines);
  const findingsBefore = out.findings.length;
  for (const problem of stream.problems) {
    if (notJsonConf && problem.kind === "syntax") {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file.path, `the .conf file is neither a CNI config (a JSON object) nor YAML (${problem.message}): not a Kubernetes object`, lines.range(problem)));
      continue;
    }
    if (cniLike && problem.kind === "duplicate-key") {
      out.findings.push(cniDuplicateKey(problem, stream.documents, file.path, lines));
      continue;
    }
    const rule = PROBLEM_RULES[problem.kind];
    const message = problem.kind === "duplicate-key" && calicoApiDocumentAt(stream.documents, problem.start) ? `${problem.message} (calicoctl refuses the file)` : problem.message;
    out.findings.push(fileFinding(rule, file.path, message, lines.range(problem)));
  }
  const documents = stream.documents.filter((d) => d.value !== void 0 && d.value !== null);
  if (KUSTOMIZATION_FILE.test(file.path)) {
    const k = documents.length === 1 ? kustomizationOf(file.path, documents[0].value) : null;
    if (k) kustomizations.push(k);
  }
  if (documents.length === 0 && parsed) {
    if (file.discovered) loaded.skipped = "not-kubernetes";
    else out.findings.push(fileFinding(INPUT_RULES.emptyFile, file.path, "the file holds no YAML document"));
    return;
  }
  const namedCniJson = !file.discovered && jsonFileName && documents.length === 1 && isObject(documents[0].value) && namesCniPlugin(documents[0].value);
  const isCniFile = cniFileName || namedCniJson;
  const resourcesBefore = out.resources.length;
  for (const doc of documents) {
    const before = out.resources.length;
    collectResources(doc, doc.value, [], file.path, lines, isCniFile, out);
    loaded.resourceCount += out.resources.length - before;
  }
  const cniJson = !isCniFile && jsonFileName && loaded.resourceCount > 0 && out.resources.slice(resourcesBefore).every((r) => r.kind === CNI_CONFIG.kind && r.apiVersion === CNI_CONFIG.apiVersion);
  if ((isCniFile || cniJson) && !notJsonConf && /^\s*\{/.test(text) && !stream.problems.some((p) => p.kind === "syntax")) {
    const json = parseJson(text);
    if (!json.ok) out.findings.push(fileFinding(INPUT_RULES.cniJson, file.path, `the file is not strict JSON, which libcni requires: ${json.error}`, lines.range({ start: json.offset, end: Math.min(json.offset + 1, text.length) })));
  }
  if (file.discovered && loaded.resourceCount > 0 && stream.problems.every((p) => p.kind === "duplicate-key" || p.kind === "ignored") && out.resources.slice(resourcesBefore).every((r) => FOREIGN_VERSION.test(r.apiVersion))) {
    out.resources.length = resourcesBefore;
    loaded.resourceCount = 0;
  }
  if (file.discovered && loaded.resourceCount === 0 && stream.problems.every((p) => p.kind === "duplicate-key" || p.kind === "ignored")) {
    out.findings.length = findingsBefore;
    loaded.skipped = "not-kubernetes";
  }
}
function cniDuplicateKey(problem, documents, file, lines) {
  const key = /^duplicate key "((?:[^"\\]|\\.)*)"/.exec(problem.message)?.[1] ?? "";
  const inSysctl = documents.some((doc) => {
    const conf = doc.value;
    if (!isObject(conf)) return false;
    const plugins = Array.isArray(conf.plugins) ? conf.plugins.map((p, i) => [p, ["plugins", i]]) : [[conf, []]];
    return plugins.some(([plugin, at], i) => {
      if (!isObject(plugin) || plugin.type !== "tuning" || !isObject(plugin.sysctl) || !Object.hasOwn(plugin.sysctl, key)) return false;
      const next = i + 1 < plugins.length ? doc.spanOf(["plugins", i + 1]).start : Infinity;
      return doc.spanOf([...at, "sysctl"]).start < problem.start && problem.start < next;
    });
  });
  const message = inSysctl ? `duplicate sysctl key "${key}": the tuning plugin refuses it ("duplicated sysctl keys are not allowed"), so the pod's network setup fails` : `duplicate key "${key}": libcni and the plugins (Go's encoding/json) keep the later value and drop the earlier one without a word`;
  return { ...fileFinding(INPUT_RULES.duplicateKey, file, message, lines.range(problem)), severity: inSysctl ? "error" : "warning" };
}
var FOREIGN_VERSION = /^v\d+(?:alpha|beta)\d+$/;
function helmTemplateAction(text, parseFailed, blockScalars = () => [], unquotedAction = () => null) {
  if (!text.includes("{{")) return null;
  HELM_OBJECTS.lastIndex = 0;
  const m = parseFailed ? HELM_OBJECTS.exec(text) ?? ANY_ACTION.exec(text) : helmObjectOutside(text, blockScalars);
  const at = m ? m.index : parseFailed ? null : unquotedAction();
  if (at === null) return null;
  const close = text.indexOf("}}", at);
  return { start: at, end: close >= 0 ? close + 2 : at + 2 };
}
function helmObjectOutside(text, blockScalars) {
  let spans = null;
  for (let m = HELM_OBJECTS.exec(text); m !== null; m = HELM_OBJECTS.exec(text)) {
    spans ??= blockScalars();
    const at = m.index;
    if (!spans.some((s) => at >= s.start && at < s.end)) return m;
  }
  return null;
}
function unquotedActionAt(text, documents) {
  const AFTER_COLON = /:[ \t]*/y;
  for (const doc of documents) {
    const inName = nameMatching(text, doc, ACTION_START);
    if (inName !== null) return inName.start;
    let found = null;
    const walk = (value, path) => {
      if (found !== null) return;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) {
        if (typeof path[path.length - 1] === "string") {
          AFTER_COLON.lastIndex = doc.keySpanOf(path).end;
          const start = AFTER_COLON.test(text) ? AFTER_COLON.lastIndex : -1;
          if (start >= 0 && text.startsWith("{{", start)) return void (found = start);
        }
        for (const k in value) walk(value[k], [...path, k]);
      }
    };
    walk(doc.value, []);
    if (found !== null) return found;
  }
  return null;
}
function placeholderInName(text, documents, out) {
  for (const doc of documents) {
    const v = doc.value;
    const groupKind = isObject(v) && typeof v.apiVersion === "string" && typeof v.kind === "string" ? kindIdentity(out, v.apiVersion, v.kind).groupKind : "";
    const found = nameMatching(text, doc, nameFormatOf(groupKind) === "path-segment" ? PLACEHOLDER : PLACEHOLDER_IN_NAME);
    if (found !== null) return found;
  }
  return null;
}
function calicoApiDocumentAt(documents, at) {
  let doc;
  for (const d of documents) if (d.start <= at) doc = d;
  const apiVersion = doc !== void 0 && isObject(doc.value) ? doc.value.apiVersion : void 0;
  return typeof apiVersion === "string" && apiVersion.startsWith("projectcalico.org/");
}
function placeholderAtSyntaxError(text, problems) {
  const error = problems.find((p) => p.kind === "syntax");
  if (error === void 0) return null;
  const lineStart = (at) => text.lastIndexOf("\n", at - 1) + 1;
  const errorLine = lineStart(Math.min(error.start, text.length));
  for (const start of errorLine > 0 ? [errorLine, lineStart(errorLine - 1)] : [errorLine]) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trimStart().startsWith("#")) continue;
    for (const m of line.matchAll(SHELL_PLACEHOLDERS)) {
      if (/^\s*$|[[{,]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
    for (const m of line.matchAll(AT_PLACEHOLDERS)) {
      if (/^\s*$|[[{,:-]\s*$/.test(line.slice(0, m.index)) && !insideQuotes(line, m.index)) return { start: start + m.index, end: start + m.index + m[0].length };
    }
  }
  return null;
}
function insideQuotes(line, at) {
  let quote = null;
  for (let i = 0; i < at; i++) {
    const c = line[i];
    if (quote === null) {
      if (c === '"' || c === "'") quote = c;
    } else if (c === "\\" && quote === '"') i++;
    else if (c === quote) quote = null;
  }
  return quote !== null;
}
var BRACED_PLACEHOLDER = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?=+\-/#%,^][^}]*)?\}/;
var CAPITALS_PLACEHOLDER = /\$[A-Z_][A-Z0-9_]*/;
var KUSTOMIZE_VAR = /\$\([A-Za-z_][A-Za-z0-9_.-]*\)/;
var SHELL_PLACEHOLDER = new RegExp(`${BRACED_PLACEHOLDER.source}|${CAPITALS_PLACEHOLDER.source}(?![a-z])`);
var SHELL_PLACEHOLDERS = new RegExp(SHELL_PLACEHOLDER.source, "g");
var AT_PLACEHOLDERS = /@[A-Z][A-Z0-9_]*@/g;
var PLACEHOLDER = new RegExp(`${SHELL_PLACEHOLDER.source}|${KUSTOMIZE_VAR.source}`);
var WORD_PLACEHOLDER = /(?<=[a-z0-9][-.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[-.][a-z0-9])|<[A-Za-z][A-Za-z0-9_.-]*>/;
var PLACEHOLDER_IN_NAME = new RegExp(`${PLACEHOLDER.source}|${WORD_PLACEHOLDER.source}`);
var ACTION_START = /\{\{/;
function nameMatching(text, doc, pattern) {
  const metadata = isObject(doc.value) ? doc.value.metadata : void 0;
  if (!isObject(metadata)) return null;
  for (const field of ["name", "namespace"]) {
    const v = metadata[field];
    if (v === null) {
      const from = doc.spanOf(["metadata", field]).start;
      const lineEnd = text.indexOf("\n", from);
      const hash = /^[^#\n]*?:?[ \t]*(##[A-Za-z_][A-Za-z0-9_]*##)/.exec(text.slice(from, lineEnd < 0 ? text.length : lineEnd));
      if (hash) {
        const at2 = from + hash.index + hash[0].length - hash[1].length;
        return { start: at2, end: at2 + hash[1].length };
      }
    }
    const m = typeof v === "string" ? pattern.exec(v) : null;
    if (!m) continue;
    const at = text.indexOf(m[0], doc.spanOf(["metadata", field]).start);
    return at < 0 ? doc.spanOf(["metadata", field]) : { start: at, end: at + m[0].length };
  }
  return null;
}
function blockScalarSpans(documents) {
  const spans = [];
  for (const doc of documents) {
    const kind = isObject(doc.value) ? doc.value.kind : void 0;
    const payload = kind === "ConfigMap" ? "data" : kind === "Secret" ? "stringData" : null;
    const walk = (value, path) => {
      if (typeof value === "string") {
        if (!value.includes("{{")) return;
        const style = doc.scalarAt(path)?.style;
        if (style === "literal" || style === "folded" || path.length === 2 && path[0] === payload) spans.push(doc.spanOf(path));
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (isObject(value)) for (const k in value) walk(value[k], [...path, k]);
    };
    walk(doc.value, []);
  }
  return spans;
}
var HELM_OBJECTS = /\{\{-?\s*(?:\/\*|include\s|[^}\n]*?\$?\.(?:Values|Release|Chart|Capabilities|Files)\b)/g;
function templateMessage(action) {
  HELM_OBJECTS.lastIndex = 0;
  if (HELM_OBJECTS.test(action)) return "this is an unrendered Helm template ({{ \u2026 }}): render it first, e.g. helm template RELEASE CHART | netlint lint -";
  const shown = action.length <= 40 ? action : `${action.slice(0, 37)}\u2026`;
  return `this is an unrendered Go template (${shown}): lint what the tool that fills it in writes, e.g. on stdin as -`;
}
var ANY_ACTION = /\{\{-?\s*[.$a-z(]/;
function collectResources(doc, value, base, file, lines, isCniFile, out, inheritedKind) {
  const locate = (path) => lines.range(doc.spanOf([...base, ...path]));
  if (base.length === 0 && Array.isArray(value) && value.length > 0 && value.every(namesItsKind)) {
    if (!value.every((v) => CALICO_API_VERSION.test(v.apiVersion))) {
      out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, "the document is a list of objects: calicoctl applies such a list, kubectl refuses it (wrap them in `kind: List` with `items`, or separate them with ---)", locate([])));
    }
    value.forEach((item, i) => collectResources(doc, item, [i], file, lines, isCniFile, out));
    return;
  }
  if (!isObject(value)) {
    const what = base.length === 0 ? "the document" : formatPath(base).replace(/^\[/, "item [");
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `${what} is ${describeValue(value)}, not a Kubernetes object`, locate([])));
    return;
  }
  let kind = typeof value.kind === "string" ? value.kind : inheritedKind;
  const apiVersion = typeof value.apiVersion === "string" ? value.apiVersion : void 0;
  if (kind && kind.endsWith("List") && Array.isArray(value.items)) {
    const itemKind = kind === "List" ? void 0 : kind.slice(0, -4);
    value.items.forEach((item, i) => collectResources(doc, item, [...base, "items", i], file, lines, isCniFile, out, itemKind));
    return;
  }
  if (!kind && !apiVersion && looksLikeCniConfig(value, isCniFile)) {
    const name2 = typeof value.name === "string" ? value.name : file.split("/").pop() ?? file;
    out.resources.push(makeResource(doc, value, base, file, lines, CNI_CONFIG.apiVersion, CNI_CONFIG.kind, name2, null, out));
    return;
  }
  if (!kind || !apiVersion && !inheritedKind) {
    const missing = [!apiVersion && "apiVersion", !kind && "kind"].filter(Boolean).join(" and ");
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document has no ${missing}: it is not a Kubernetes object`, locate([])));
    return;
  }
  if (apiVersion !== void 0 && isKustomizeConfig(apiVersion)) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is kustomize's own configuration (apiVersion ${apiVersion}), not a Kubernetes object`, locate(["apiVersion"])));
    return;
  }
  const tool = TOOL_CONFIG_KINDS.get(`${apiVersion}/${kind}`) ?? (apiVersion?.includes("/") ? TOOL_CONFIG_GROUPS.get(apiVersion.slice(0, apiVersion.indexOf("/"))) : void 0);
  if (tool !== void 0) {
    out.findings.push(fileFinding(INPUT_RULES.notKubernetes, file, `the document is ${tool}, not a Kubernetes object`, locate(["kind"])));
    return;
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : "";
  const namespace = typeof metadata.namespace === "string" && metadata.namespace !== "" ? metadata.namespace : null;
  out.resources.push(makeResource(doc, value, base, file, lines, apiVersion ?? "v1", kind, name, namespace, out));
}
function namesItsKind(v) {
  return isObject(v) && typeof v.apiVersion === "string" && typeof v.kind === "string";
}
var CALICO_API_VERSION = /^(?:crd\.)?projectcalico\.org\//;
var TOOL_CONFIG_KINDS = /* @__PURE__ */ new Map([["argoproj.io/v1alpha1/ConfigManagementPlugin", "an Argo CD config management plugin's configuration (plugin.yaml, read by the plugin's sidecar)"]]);
var TOOL_CONFIG_GROUPS = /* @__PURE__ */ new Map([
  ["backstage.io", "a Backstage software catalog entity (catalog-info.yaml, read by Backstage)"],
  ["scaffolder.backstage.io", "a Backstage software template (read by Backstage's scaffolder)"],
  ["cli.kyverno.io", "a Kyverno CLI file (read by `kyverno test` and `kyverno apply`)"],
  ["gator.gatekeeper.sh", "a file of Gatekeeper's gator CLI (read by `gator`)"]
]);
function isKustomizeConfig(apiVersion) {
  return apiVersion === "builtin" || apiVersion.startsWith("kustomize.config.k8s.io/");
}
var MULTUS_DAEMON_KEYS = ["socketDir", "chrootDir", "multusConfigFile", "multusAutoconfigDir"];
var CNI_PLUGIN_TYPES = /* @__PURE__ */ new Set([
  "bridge",
  "ipvlan",
  "loopback",
  "macvlan",
  "ptp",
  "vlan",
  "host-device",
  "dummy",
  "tap",
  "win-bridge",
  "win-overlay",
  "bandwidth",
  "firewall",
  "portmap",
  "sbr",
  "tuning",
  "vrf",
  "flannel",
  "calico",
  "multus",
  "sriov",
  "ib-sriov",
  "ovs",
  "kube-ovn",
  "antrea",
  "cilium-cni",
  "weave-net",
  "aws-cni",
  "egress-cni",
  "azure-vnet",
  "userspace",
  "macvtap",
  "route-override"
]);
function namesCniPlugin(value) {
  if (typeof value.type === "string") return CNI_PLUGIN_TYPES.has(value.type);
  return Array.isArray(value.plugins) && value.plugins.length > 0 && value.plugins.every((p) => isObject(p) && typeof p.type === "string" && CNI_PLUGIN_TYPES.has(p.type));
}
function looksLikeCniConfig(value, isCniFile) {
  const plugin = "type" in value || "plugins" in value;
  if ("cniVersion" in value) return plugin || !MULTUS_DAEMON_KEYS.some((k) => k in value);
  return isCniFile && plugin;
}
var LoadedResource = class {
  constructor(document, lines, value, base, file, apiVersion, kind, name, namespace, identity) {
    this.document = document;
    this.lines = lines;
    this.value = value;
    this.base = base;
    this.file = file;
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.name = name;
    this.namespace = namespace;
    this.group = identity.group;
    this.groupKind = identity.groupKind;
    this.doc = document.index;
  }
  document;
  lines;
  value;
  base;
  file;
  apiVersion;
  kind;
  name;
  namespace;
  group;
  groupKind;
  doc;
  locate(path) {
    const span = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }
  locateKey(path) {
    const span = this.document.keySpanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    return this.lines.range({ start: skipIndentation(this.lines.text, span.start, span.end), end: span.end });
  }
  keySource(path) {
    const span = this.document.keyAt(this.base.length === 0 ? path : [...this.base, ...path]);
    return span === null ? null : this.lines.text.slice(span.start, span.end);
  }
  scalar(path) {
    return this.document.scalarAt(this.base.length === 0 ? path : [...this.base, ...path]);
  }
  /** Quoted scalars already mapped, by their start offset in the file. */
  quotedMaps;
  locateInScalar(path, span) {
    const info = this.scalar(path);
    if (!info || info.style !== "single" && info.style !== "double") return null;
    const whole = this.document.spanOf(this.base.length === 0 ? path : [...this.base, ...path]);
    this.quotedMaps ??= /* @__PURE__ */ new Map();
    let map = this.quotedMaps.get(whole.start);
    if (map === void 0) {
      map = mapQuotedScalar(this.lines.text.slice(whole.start, whole.end), info.style);
      this.quotedMaps.set(whole.start, map);
    }
    if (!map || map.value !== info.source || span.start >= map.value.length || span.end > map.value.length) return null;
    const start = whole.start + map.offsets[span.start];
    const last = Math.max(span.start, span.end - 1);
    return this.lines.range({ start, end: whole.start + map.offsets[last] + map.widths[last] });
  }
  nonStringInStringMaps() {
    const all = this.document.nonStringInStringMaps;
    if (all === null || all.length === 0 || this.base.length === 0) return all;
    const base = this.base;
    return all.filter((p) => p.length > base.length && base.every((seg, i) => p[i] === seg)).map((p) => p.slice(base.length));
  }
};
function skipIndentation(text, start, end) {
  let i = start;
  while (i < end && (text[i] === " " || text[i] === "	")) i++;
  if (i === start || i >= end || text[i] === "\n" || text[i] === "\r") return start;
  for (let j = start - 1; j >= 0 && text[j] !== "\n"; j--) if (text[j] !== " " && text[j] !== "	") return start;
  return i;
}
var identities = /* @__PURE__ */ new WeakMap();
function kindIdentity(out, apiVersion, kind) {
  let byVersion = identities.get(out);
  if (!byVersion) identities.set(out, byVersion = /* @__PURE__ */ new Map());
  let byKind = byVersion.get(apiVersion);
  if (!byKind) byVersion.set(apiVersion, byKind = /* @__PURE__ */ new Map());
  let found = byKind.get(kind);
  if (!found) {
    const slash = apiVersion.indexOf("/");
    const group = slash >= 0 ? apiVersion.slice(0, slash) : "";
    byKind.set(kind, found = { group, groupKind: group ? `${group}/${kind}` : kind });
  }
  return found;
}
function makeResource(doc, value, base, file, lines, apiVersion, kind, name, namespace, out) {
  return new LoadedResource(doc, lines, value, base, file, apiVersion, kind, name, namespace, kindIdentity(out, apiVersion, kind));
}
var DIRECTIVE = /#\s*netlint-disable-(next-line|line)\b([^\n]*)$/;
function scanDirectives(file, lines) {
  const out = [];
  if (!lines.text.includes("netlint-disable")) return out;
  for (let line = 1; line <= lines.lineCount; line++) {
    const text = lines.lineText(line);
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const at = m.index;
    if (at > 0 && !/\s/.test(text[at - 1])) continue;
    const ruleIds = m[2].replace(/--.*$/, "").split(/[\s,]+/).filter(Boolean);
    const position = { line, column: at + 1, endLine: line, endColumn: text.length + 1 };
    let target = line;
    if (m[1] === "next-line") {
      target = line + 1;
      while (target <= lines.lineCount && /^\s*(#.*)?$/.test(lines.lineText(target))) target++;
    }
    out.push({ file, targetLine: target, ruleIds, position });
  }
  return out;
}

export {
  dns1123LabelError,
  dns1123SubdomainError,
  nameError,
  generatedNameOf,
  relaxedServiceName,
  nameFormatOf,
  maxNameLengthOf,
  CLUSTER_SCOPED_KINDS,
  INPUT_RULES,
  INPUT_RULE_LIST,
  parseJson,
  KUBERNETES_STRING_MAP_KEYS,
  DEFAULT_LOAD_LIMITS,
  CNI_CONFIG,
  loadSources,
  decodeSource,
  BRACED_PLACEHOLDER,
  CAPITALS_PLACEHOLDER
};
