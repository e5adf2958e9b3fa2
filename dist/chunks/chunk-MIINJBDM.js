import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  defineRule
} from "./chunk-3FQGKSIM.js";
import {
  ajv,
  describeError,
  errorPath,
  mostSpecific,
  trustedAjv
} from "./chunk-JME3TXCY.js";
import {
  LineIndex,
  OWN_FILE_YAML_LIMITS,
  formatPath,
  parseYamlStream
} from "./chunk-AGE36S2B.js";

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
    docs: { type: "string" },
    enabledByDefault: { type: "boolean" },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, description: "group/Kind keys; `calico/Kind` matches both Calico API groups; a core kind has no group." },
        group: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }], description: "API group(s); empty string for core." },
        kind: { oneOf: [{ type: "string", minLength: 1 }, { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }] }
      },
      oneOf: [{ required: ["kinds"] }, { required: ["kind"] }]
    },
    message: { type: "string", minLength: 1, description: "Template; {{path}} is the field, {{error}} the schema's complaint, {{value}} the value found." },
    assert: { type: "object", description: "A JSON Schema (draft-07) the whole resource must satisfy." }
  }
};

// src/engine/data-rule.ts
var fileValidator;
function parseDataRule(text, file, expectedId) {
  const lines = new LineIndex(text);
  const stream = parseYamlStream(text, OWN_FILE_YAML_LIMITS);
  const at = (offset, message) => ({ file, ...lines.position(offset), message });
  if (stream.problems.length > 0) return { errors: stream.problems.map((p) => at(p.start, p.message)) };
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
    validate = ajv().compile(def.assert);
  } catch (error) {
    const message = error.message;
    const unknown = /^strict mode: unknown keyword: "(.*)"$/.exec(message);
    const path = unknown === null ? null : keyPath(def.assert, unknown[1]);
    if (path !== null) return { errors: [at(doc.spanOf(["assert", ...path]).start, `${formatPath(["assert", ...path])} is not a JSON Schema keyword, so it would constrain nothing (a misspelt "properties", "pattern"\u2026?)`)] };
    return { errors: [at(doc.spanOf(["assert"]).start, `assert is not a valid JSON Schema: ${message}`)] };
  }
  return { rule: dataRule(def, validate, file) };
}
function keyPath(value, name) {
  if (value === null || typeof value !== "object") return null;
  if (!Array.isArray(value) && Object.hasOwn(value, name)) return [name];
  for (const [k, v] of Object.entries(value)) {
    const below = keyPath(v, name);
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
function valueAt(root, path) {
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
      if (validate(resource.value)) return;
      for (const error of mostSpecific(validate.errors ?? [])) {
        const path = errorPath(error);
        const value = valueAt(resource.value, path);
        ctx.report({
          path,
          // A field that should not be there: its name is the mistake.
          ...error.keyword === "additionalProperties" ? { at: "key" } : {},
          messageId: "violation",
          data: { path: formatPath(path), error: describeError(error), value: value === void 0 ? "(missing)" : value }
        });
      }
    }
  });
}

export {
  parseDataRule,
  deferredDataRule
};
