import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  describeError,
  didYouMean,
  editDistance,
  errorPath,
  mostSpecific,
  trustedAjv
} from "./chunk-U7XE2FZN.js";
import {
  LineIndex,
  OWN_FILE_YAML_LIMITS,
  formatPath,
  ownFileProblemMessage,
  parseCidr,
  parseIpResult,
  parseYamlStream
} from "./chunk-WJBBV4H4.js";

// schemas/netlint-config.schema.json
var netlint_config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://netlint.dev/schemas/netlint-config.schema.json",
  title: "netlint configuration (.netlint.yaml)",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: {
      description: "Per-rule settings: `off`, a severity, or an object with `severity` and `options`.",
      type: "object",
      propertyNames: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
      additionalProperties: {
        oneOf: [
          { enum: ["off", "error", "warning", "info", "on"] },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              severity: { enum: ["off", "error", "warning", "info", "on"] },
              options: { type: "object" }
            }
          }
        ]
      }
    },
    ignore: {
      description: "Paths to skip, for every rule or for the listed rules only: globs relative to this file's folder when netlint found it (the nearest .netlint.yaml), or to the working folder when it was given with --config.",
      type: "array",
      items: {
        oneOf: [
          { type: "string", minLength: 1 },
          {
            type: "object",
            additionalProperties: false,
            required: ["paths"],
            properties: {
              paths: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
              rules: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, minItems: 1 }
            }
          }
        ]
      }
    },
    cluster: {
      description: "Facts no manifest holds. Rules that need a missing fact stay silent.",
      type: "object",
      additionalProperties: false,
      properties: {
        podCIDR: { description: "Cluster pod CIDR(s) (kube-controller-manager --cluster-cidr).", $ref: "#/definitions/cidrs" },
        serviceCIDR: { description: "Service CIDR(s) (--service-cluster-ip-range).", $ref: "#/definitions/cidrs" },
        nodeCount: { description: "Number of nodes, when no inventory is given.", type: "integer", minimum: 1 },
        physicalMTU: { description: "MTU of the nodes' network interfaces.", type: "integer", minimum: 576, maximum: 65535 },
        nodeSubnets: { description: "Subnets the nodes' addresses live in (CrossSubnet decisions).", type: "array", items: { type: "string" } },
        kubernetesVersion: { description: 'The Kubernetes release the cluster runs, e.g. "1.24" or "v1.24.3" (compared by minor): cluster/api-version takes an API version removed in a later release as still served, a warning to change before upgrading, where it is otherwise an error; before 1.36, netpol/ipblock-cidr and netpol/ipblock-except report a CIDR with host bits, leading zeros or an IPv4-mapped range as a warning, as that API server warns, and cluster/object-name a Service name starting with a digit as an error (from 1.36 it is accepted).', type: "string", pattern: "^v?1\\.\\d+(\\.\\d+)?$" },
        calicoVersion: { description: 'The Calico release the cluster runs, e.g. "3.31" or "v3.31.2" (compared by minor): calico/field-not-in-version reports fields and kinds a later release added, and on a release newer than the one netlint knows an unknown field is info.', type: "string", pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" },
        nodes: {
          description: "Node inventory: names, labels and addresses (for selectors such as BGPPeer nodeSelector).",
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { type: "string", minLength: 1 },
              labels: { type: "object", additionalProperties: { type: "string" } },
              annotations: { type: "object", additionalProperties: { type: "string" } },
              addresses: { type: "array", items: { type: "string" } }
            }
          }
        }
      }
    },
    expect: {
      description: "Connectivity assertions checked by `netlint lint` (and the Action's lint), each answered as the `netlint reach --from --to --port` query it stands for: a violated one is a finding.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["from", "to", "allowed"],
        properties: {
          name: { type: "string" },
          from: { $ref: "#/definitions/endpointSelector" },
          to: { $ref: "#/definitions/endpointSelector" },
          port: { oneOf: [{ type: "integer", minimum: 1, maximum: 65535 }, { type: "string", minLength: 1 }] },
          protocol: { enum: ["TCP", "UDP", "SCTP"] },
          allowed: { type: "boolean" }
        }
      }
    },
    rulePacks: {
      description: "Folders of your own data rules, read on every run as `--rules DIR` is (both add up): relative to this file's folder when netlint found it, to the working folder when it was given with --config, as ignore paths are.",
      type: "array",
      items: { type: "string", minLength: 1 }
    },
    limits: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxFileBytes: { description: "Files larger than this are reported and not read.", type: "integer", minimum: 1 }
      }
    }
  },
  definitions: {
    cidrs: {
      oneOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
      ]
    },
    endpointSelector: {
      description: "An endpoint id `namespace/name`, or an object with a namespace and/or label selectors.",
      oneOf: [
        { type: "string", minLength: 1 },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            namespace: { type: "string" },
            name: { type: "string" },
            labels: { type: "object", additionalProperties: { type: "string" } },
            namespaceLabels: { type: "object", additionalProperties: { type: "string" } },
            cidr: { description: "An address range (203.0.113.0/24) or an address (the range the policies cut that holds it), as reach --from/--to take them; not beside namespace, name or labels.", type: "string" }
          }
        }
      ]
    }
  }
};

// src/engine/config.ts
var validator;
function parseConfig(text, file) {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const errors = stream.problems.map((p) => ({ file, ...lines.position(p.start), message: ownFileProblemMessage(p) }));
  if (errors.length > 0) return { config: {}, errors };
  const docs = stream.documents.filter((d) => d.value !== void 0 && d.value !== null);
  if (docs.length === 0) return { config: {}, errors: [] };
  if (docs.length > 1) {
    return { config: {}, errors: [{ file, ...lines.position(docs[1].start), message: "the config file must hold one YAML document" }] };
  }
  const doc = docs[0];
  const validate = validator ??= trustedAjv().compile(netlint_config_schema_default);
  if (!validate(doc.value)) {
    for (const e of mostSpecific(validate.errors ?? [])) {
      const path = errorPath(e);
      const key = e.propertyName;
      if (key !== void 0 && path.length === 1 && path[0] === "rules") {
        const id = key.trim().toLowerCase();
        const suggestion = id !== key && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id) ? ` (write ${id})` : "";
        errors.push({ file, ...lines.position(doc.keySpanOf(["rules", key]).start), message: `rules: ${JSON.stringify(key)} is not a rule id: ids are lower-case <pack>/<name>${suggestion}` });
        continue;
      }
      const written = doc.scalarAt(path)?.source;
      const unquoted = e.keyword === "type" && e.params.type === "string" && written !== void 0 && /^\d+(\.\d+)+$/.test(written) ? `: quote it ("${written}"); unquoted, YAML reads it as a number (1.30 as 1.3)` : "";
      const hint = e.keyword === "additionalProperties" ? knownKeyHint(path) : unquoted;
      errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${describeError(e)}${hint}` });
    }
    return { config: {}, errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const config = doc.value;
  for (const { path, error } of addressErrors(config)) errors.push({ file, ...lines.position(doc.spanOf(path).start), message: `${formatPath(path)} ${error}` });
  if (errors.length > 0) return { config: {}, errors };
  config.expect = config.expect?.map((e, i) => ({ ...e, file, position: lines.range(doc.spanOf(["expect", i])) }));
  config.ignorePositions = config.ignore?.map((_e, i) => lines.range(doc.spanOf(["ignore", i])));
  config.rulePositions = Object.fromEntries(
    Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.spanOf(["rules", id, "options"]))])
  );
  config.ruleKeyPositions = Object.fromEntries(Object.keys(config.rules ?? {}).map((id) => [id, lines.range(doc.keySpanOf(["rules", id]))]));
  config.file = file;
  return { config, errors: [] };
}
function addressErrors(config) {
  const out = [];
  const check = (path, text, parse) => {
    const r = parse(text);
    if (!r.ok) out.push({ path, error: `is not ${parse === parseCidr ? "a network (CIDR)" : "an IP address"}: ${r.error}` });
  };
  const cluster = config.cluster ?? {};
  for (const key of ["podCIDR", "serviceCIDR"]) {
    const v = cluster[key];
    if (typeof v === "string") check(["cluster", key], v, parseCidr);
    else v?.forEach((c, i) => check(["cluster", key, i], c, parseCidr));
  }
  cluster.nodeSubnets?.forEach((c, i) => check(["cluster", "nodeSubnets", i], c, parseCidr));
  cluster.nodes?.forEach((n, i) => n.addresses?.forEach((a, j) => check(["cluster", "nodes", i, "addresses", j], a, parseIpResult)));
  config.expect?.forEach((e, i) => {
    for (const side of ["from", "to"]) {
      const sel = e[side];
      if (typeof sel !== "object" || sel.cidr === void 0) continue;
      const cidr = sel.cidr;
      check(["expect", i, side, "cidr"], cidr, cidr.includes("/") ? parseCidr : parseIpResult);
      const beside = ["namespace", "name", "labels", "namespaceLabels"].filter((k) => sel[k] !== void 0);
      if (beside.length > 0) out.push({ path: ["expect", i, side, beside[0]], error: `cannot stand beside cidr: cidr selects address ranges, ${beside.join(", ")} select workloads; write two assertions` });
    }
  });
  return out;
}
var optionValidators = /* @__PURE__ */ new WeakMap();
function validateRuleOptions(config, rules) {
  const errors = [];
  const file = config.file ?? ".netlint.yaml";
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (typeof setting !== "object" || setting.options === void 0) continue;
    const at = config.rulePositions?.[rule.meta.id] ?? { line: 1, column: 1 };
    if (!rule.meta.options) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options: this rule takes no options` });
      continue;
    }
    let validate = optionValidators.get(rule.meta.options);
    if (!validate) optionValidators.set(rule.meta.options, validate = trustedAjv().compile(rule.meta.options));
    if (validate(setting.options)) continue;
    for (const e of mostSpecific(validate.errors ?? [])) {
      errors.push({ file, line: at.line, column: at.column, message: `rules.${rule.meta.id}.options${formatPath(errorPath(e)) === "(root)" ? "" : `.${formatPath(errorPath(e))}`} ${describeError(e)}` });
    }
  }
  return errors;
}
function validateRuleIds(config, knownIds) {
  const file = config.file ?? ".netlint.yaml";
  const known = new Set(knownIds);
  return Object.keys(config.rules ?? {}).filter((id) => !known.has(id)).map((id) => {
    const at = config.ruleKeyPositions?.[id] ?? config.rulePositions?.[id] ?? { line: 1, column: 1 };
    return { file, line: at.line, column: at.column, message: `rules.${id}: unknown rule${unknownRuleHint(id, knownIds)}` };
  });
}
function unknownRuleHint(id, knownIds) {
  const near = nearestIds(id, knownIds);
  if (near.length > 0) return ` (did you mean ${near.join(", ")}?)`;
  const pack = id.includes("/") ? id.slice(0, id.indexOf("/")) : null;
  if (pack !== null && !knownIds.some((k) => k.startsWith(`${pack}/`))) return `: no rule pack "${pack}" is loaded (give its folder with --rules, or list it under rulePacks: in .netlint.yaml)`;
  return " (netlint rules lists them)";
}
var SCHEMA_FIELDS = (() => {
  const out = [];
  const walk = (node, at) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      out.push([...at, key]);
      walk(child, [...at, key]);
    }
  };
  walk(netlint_config_schema_default, []);
  return out;
})();
function knownKeyHint(path) {
  const key = path[path.length - 1];
  if (typeof key !== "string") return "";
  const parent = path.slice(0, -1).filter((p) => typeof p === "string").join(".");
  const siblings = SCHEMA_FIELDS.filter((f) => f.slice(0, -1).join(".") === parent).map((f) => f[f.length - 1]);
  const near = didYouMean(key, siblings);
  if (near !== null) return ` (did you mean ${[...path.slice(0, -1), near].join(".")}?)`;
  const elsewhere = SCHEMA_FIELDS.find((f) => f[f.length - 1].toLowerCase() === key.toLowerCase());
  return elsewhere ? ` (did you mean ${elsewhere.join(".")}?)` : "";
}
function nearestIds(id, knownIds) {
  const limit = Math.max(2, Math.floor(id.length / 3));
  const scored = knownIds.map((k) => ({ k, d: editDistance(id, k) })).filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  return scored.filter((s) => s.d === best).map((s) => s.k).slice(0, 3);
}
function effectiveSeverity(ruleId, defaultSeverity, enabledByDefault, config) {
  const setting = config.rules?.[ruleId];
  const value = typeof setting === "object" ? setting.severity : setting;
  if (value === void 0) return enabledByDefault ? defaultSeverity : null;
  if (value === "off") return null;
  if (value === "on") return defaultSeverity;
  return value;
}
function ruleOptions(ruleId, config) {
  const setting = config.rules?.[ruleId];
  return typeof setting === "object" && setting.options ? setting.options : {};
}
function globToRegExp(glob) {
  let re = "";
  const g = glob.replace(/^\.\//, "").replace(/\/$/, "/**");
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        i++;
        if (g[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}
function normalizeIgnores(config) {
  return (config.ignore ?? []).map((entry, i) => {
    const e = typeof entry === "string" ? { paths: [entry] } : entry;
    return { patterns: e.paths.map(globToRegExp), rules: e.rules ?? null, position: config.ignorePositions?.[i] ?? null };
  });
}

export {
  parseConfig,
  validateRuleOptions,
  validateRuleIds,
  unknownRuleHint,
  effectiveSeverity,
  ruleOptions,
  globToRegExp,
  normalizeIgnores
};
