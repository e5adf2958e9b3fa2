/**
 * Field validity of Calico resources from the generated schema pack (generated/crd-schemas.json:
 * Calico's CRD schemas with the v3 validator's field tags, see generated/COVERAGE.md). One rule
 * per resource family. The schemas are compiled ahead of time (scripts/gen-validators.mjs), each
 * part's validator built on first use, so a run pays for the kinds and fields present. A violation is an error at the field; a field the schema does not name is a
 * warning with the nearest known field name.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import pack from '../generated/crd-schemas.json' with { type: 'json' };
import { calicoEnterprise } from './edition.js';
import { calicoRelease, NEWEST_KNOWN_MINOR, removedIn } from './field-history.js';
import { didYouMean } from '../../../src/engine/did-you-mean.js';
import { PACK_VALIDATORS } from '../../generated/validators.js';
import { describeError, errorPath, formatPath, newAjv, withoutConsequences } from '../../../src/engine/ajv.js';
import { addCalicoFormats, CALICO_FORMAT_NAMES } from '../../../src/engine/calico-formats.js';
import { parseGoCidr, parseGoIp } from '../../../src/engine/cidr.js';
import { defineRule } from '../../../src/engine/rule.js';
import { derived } from '../../../src/engine/model.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { walkNonStringEntries } from '../../cluster/lib/string-maps.js';
import type { Rule, RuleContext } from '../../../src/engine/rule.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { getIn, isObject } from '../../../src/engine/values.js';
import { formatGoDuration, parseGoDuration } from '../../../src/engine/go-duration.js';
import { fieldKey, fieldSchema, PACK_AJV_OPTIONS, shellKey, shellSchema, specFields } from './crd-parts.js';
import type { PackKind, Schema } from './crd-parts.js';
import { escapePointerToken, unescapePointerToken } from '../../../src/engine/json-pointer.js';

export const PACK_SOURCE = pack.source;

const validators = new Map<string, ValidateFunction>();

/**
 * The validator for one part of the pack: the one scripts/gen-validators.mjs generated ahead of
 * time (rules/generated/validators.js), built on first use. A part missing there (the pack was
 * changed without regenerating; the drift check fails CI then) is compiled by ajv instead.
 */
function validatorOf(key: string, schema: () => Schema): ValidateFunction {
  let v = validators.get(key);
  if (!v) {
    const generated = PACK_VALIDATORS.get(key);
    v = generated ? generated() : compileAtRunTime(schema());
    validators.set(key, v);
  }
  return v;
}

let packAjv: Ajv | undefined;

/** The pack is ours and tested: ajv skips checking it against the meta-schema. */
export function compileAtRunTime(schema: Schema): ValidateFunction {
  packAjv ??= addCalicoFormats(newAjv({ ...PACK_AJV_OPTIONS, validateSchema: false, code: { optimize: false } }));
  return packAjv.compile(schema);
}

/**
 * The object as the API server validates it: a field set to `null` is pruned (a Kubernetes
 * structural schema prunes nulls of fields that are not nullable, and no Calico field is). The
 * value is copied only where a null occurs.
 */
export function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const pruned = withoutNulls(item);
      if (pruned !== item) (out ??= value.slice())[i] = pruned;
    }
    return out ?? value;
  }
  // Walked without Object.entries: this runs on every Calico resource, and most hold no null.
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const k in record) {
    if (!Object.hasOwn(record, k)) continue;
    const v = record[k];
    if (v === null) {
      out ??= { ...record };
      delete out[k];
      continue;
    }
    const pruned = withoutNulls(v);
    if (pruned !== v) (out ??= { ...record })[k] = pruned;
  }
  return out ?? value;
}

/**
 * Validates a resource against its kind's schema. Compiling a whole kind (FelixConfiguration has
 * some 200 fields) costs far more than validating, so the object is checked in parts: a shell
 * with every `spec` field's schema left open, then each `spec` field the resource sets against its
 * own schema, each compiled on first use. A run pays for the fields its manifests use.
 */
export function validateAgainstPack(kind: PackKind, resource: Record<string, unknown>, options: { typedRoundTrip?: boolean } = {}): ErrorObject[] {
  let value = withoutNulls(resource) as Record<string, unknown>;
  const fields = specFields(kind);
  // JSON pointers of the fields the typed client writes at their zero value because the object left them out.
  const written = new Set<string>();
  // Never in place: `withoutNulls` gives the resource's own object when it holds no null.
  if (options.typedRoundTrip && isObject(value.spec)) {
    const spec = asTypedClientSends(kind, value.spec, written);
    if (spec !== value.spec) value = { ...value, spec };
  }
  const errors = packErrors(kind, value, fields);
  // A field the object left out and the client wrote at its zero value, which the schema refuses,
  // is reported as what the author sees: a missing field (Calico refuses the object either way).
  if (written.size === 0) return errors;
  return errors.map((e) => {
    if (!written.has(e.instancePath)) return e;
    const cut = e.instancePath.lastIndexOf('/');
    const missingProperty = unescapePointerToken(e.instancePath.slice(cut + 1));
    return { ...e, keyword: 'required', instancePath: e.instancePath.slice(0, cut), params: { missingProperty }, message: `must have required property '${missingProperty}'` };
  });
}

function packErrors(kind: PackKind, value: Record<string, unknown>, fields: Record<string, Schema>): ErrorObject[] {
  const errors: ErrorObject[] = [];
  const shell = validatorOf(shellKey(kind), () => shellSchema(kind));
  if (!shell(value)) errors.push(...(shell.errors ?? []));
  const specValue = value.spec;
  if (specValue === null || typeof specValue !== 'object' || Array.isArray(specValue)) return errors;
  for (const [field, fieldValue] of Object.entries(specValue)) {
    if (!Object.hasOwn(fields, field)) continue;
    const check = validatorOf(fieldKey(kind, field), () => fieldSchema(kind, field));
    if (check(fieldValue)) continue;
    const prefix = `/spec/${escapePointerToken(field)}`;
    for (const e of check.errors ?? []) errors.push({ ...e, instancePath: prefix + e.instancePath });
  }
  return errors;
}

/** Whether a field's schema is a metav1.Duration (the pack gives it format calico-duration, beside the CRD's pattern). */
function isDurationSchema(schema: Schema | undefined): boolean {
  const s = schema as { format?: string; allOf?: { format?: string }[] } | undefined;
  return s?.format === 'calico-duration' || (s?.allOf ?? []).some((p) => p.format === 'calico-duration');
}

/**
 * `spec` as a typed Go client sends it on: calicoctl and Calico's API server decode a
 * projectcalico.org/v3 object into its Go type and encode it again before the CRD's schema is
 * applied (libcalico-go lib/validator/v3/crd_validation.go toUnstructured; the API server stores the
 * typed object): a plain field left at its zero value under `omitempty` is not encoded, a plain
 * field without `omitempty` is encoded even when the object left it out (a BGPPeer's
 * `password.secretKeyRef` without `key` reaches the schema with `key: ""`: the pack's
 * encodedZeros, from the Go types' json tags; their JSON pointers go to `written`), and a
 * metav1.Duration reaches the schema as Duration.String writes it: `1500ms` as `1.5s`, `0.5s` as
 * `500ms` (top-level `spec` fields only: the nested durations carry no pattern). A copy, only when
 * something changes.
 */
function asTypedClientSends(kind: PackKind, spec: Record<string, unknown>, written: Set<string>): Record<string, unknown> {
  const fields = specFields(kind);
  const tree = (pack.kinds as Record<string, { encodedZeros?: ZeroTree }>)[kind]?.encodedZeros;
  let out: Record<string, unknown> | null = tree ? (withEncodedZeros(tree, spec, '/spec', written) as Record<string, unknown>) : null;
  if (out === spec) out = null;
  // A plain field's zero value under `omitempty` is not encoded at all (the pack's omittedZeros,
  // from the Go types' json tags): `listenPort: 0` never reaches the CRD's `minimum: 1`.
  const zeros = (pack.kinds as Record<string, { omittedZeros?: Record<string, unknown> }>)[kind]?.omittedZeros ?? {};
  for (const [field, zero] of Object.entries(zeros)) {
    if (Object.hasOwn(spec, field) && spec[field] === zero) delete (out ??= { ...spec })[field];
  }
  for (const [field, v] of Object.entries(out ?? spec)) {
    const sent = isDurationSchema(fields[field]) ? sentAs(v) : null;
    if (sent !== null) (out ??= { ...spec })[field] = sent;
  }
  return out ?? spec;
}

/** The pack's encodedZeros: a field name leads to its value, `[]` to each list element, `{}` to each map value; a leaf is the zero value written. */
interface ZeroTree {
  [key: string]: ZeroTree | string | number | boolean;
}

/**
 * `value` with the fields of `tree` it leaves out added at their zero value, descending only into
 * what it holds; a copy where something is added. A key that differs from the field's name in case
 * only fills the field (Go matches names in any case), so the field is not added beside it.
 */
function withEncodedZeros(tree: ZeroTree, value: unknown, pointer: string, written: Set<string>): unknown {
  if (Array.isArray(value)) {
    const each = tree['[]'];
    if (!isObject(each)) return value;
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = withEncodedZeros(each as ZeroTree, value[i], `${pointer}/${i}`, written);
      if (item !== value[i]) (out ??= value.slice())[i] = item;
    }
    return out ?? value;
  }
  if (!isObject(value)) return value;
  let out: Record<string, unknown> | null = null;
  const each = tree['{}'];
  if (isObject(each)) {
    for (const [k, v] of Object.entries(value)) {
      const item = withEncodedZeros(each as ZeroTree, v, `${pointer}/${escapePointerToken(k)}`, written);
      if (item !== v) (out ??= { ...value })[k] = item;
    }
    return out ?? value;
  }
  for (const [field, node] of Object.entries(tree)) {
    if (isObject(node)) {
      if (!Object.hasOwn(value, field)) continue;
      const below = withEncodedZeros(node as ZeroTree, value[field], `${pointer}/${escapePointerToken(field)}`, written);
      if (below !== value[field]) (out ??= { ...value })[field] = below;
      continue;
    }
    const lower = field.toLowerCase();
    if (Object.keys(value).some((k) => k.toLowerCase() === lower)) continue;
    (out ??= { ...value })[field] = node;
    written.add(`${pointer}/${escapePointerToken(field)}`);
  }
  return out ?? value;
}

/** The form a duration reaches the schema in through calicoctl or Calico's API server (Duration.String), when it differs from `value`. */
function sentAs(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const ns = parseGoDuration(value);
  const sent = ns === null ? null : formatGoDuration(ns);
  return sent !== value ? sent : null;
}

/** Whether the input installs CRDs of group projectcalico.org (Calico served without its API server). */
const v3CrdsInstalled = derived('calico/v3-crds-installed', (m) =>
  m.byKind('apiextensions.k8s.io/CustomResourceDefinition').some((crd) => isObject(crd.value.spec) && crd.value.spec.group === 'projectcalico.org'),
);

/**
 * Whether the resource reaches Calico as its Go type writes it: a projectcalico.org/v3 object goes
 * through calicoctl or Calico's API server, which send its typed form on; a
 * crd.projectcalico.org/v1 object reaches the CRD as written, and so does a v3 object where the
 * input installs Calico's projectcalico.org CRDs themselves (v3.32's manifests/calico-v3-crds.yaml,
 * the chart's useV3CRDs): kubectl applies it to them directly.
 */
export function typedRoundTrip(resource: Resource, model: ClusterModel): boolean {
  return resource.group === 'projectcalico.org' && !v3CrdsInstalled(model);
}

/** The known field a mistyped one most likely meant (src/engine/did-you-mean.ts). */
export { didYouMean };

/**
 * One error per field: a failed `anyOf` reports every branch, and the branch whose type fits the
 * value says what is wrong, so a type complaint yields to any other complaint at the same path.
 */
function errorsPerField(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'allOf') continue;
    const key = formatPath(errorPath(e));
    const seen = byPath.get(key);
    if (!seen || (seen.keyword === 'type' && e.keyword !== 'type')) byPath.set(key, e);
  }
  return withoutConsequences(byPath);
}

function describe(e: ErrorObject, value: unknown): string {
  if (e.keyword === 'format') {
    const format = (e.params as { format: string }).format;
    // "No host bits set" is the fix only for a value that is a network at all (`10.0.0.1/16`); a
    // placeholder or a comment run into the value (`10.20.30.40/32  Cluster IP A`) is none.
    if (format.startsWith('calico-net') && typeof value === 'string' && parseGoCidr(value).ok === false && parseGoIp(value) === null) {
      return `must be ${CALICO_FORMAT_NAMES[format].replace(' with no host bits set', '')}, such as 10.0.0.0/24 (this is not an address or network)`;
    }
    return `must be ${CALICO_FORMAT_NAMES[format] ?? format}`;
  }
  if (e.keyword === 'pattern') return `must match ${(e.params as { pattern: string }).pattern}`;
  if (e.keyword === 'not') return 'is not allowed here';
  if (e.keyword === 'enum') return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'type') return `must be ${String((e.params as { type: string | string[] }).type).split(',').join(' or ')}`;
  return describeError(e);
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export interface SchemaRuleOptions {
  id: string;
  /** Pack kinds (e.g. `IPPool`); the rule matches them under both Calico API groups. */
  kinds: PackKind[];
  description: string;
  remediation: string;
  docs?: string;
  /**
   * Findings beyond the schema that belong to the same fields, with their messages: `typed` says
   * whether the resource reaches Calico through its Go type (typedRoundTrip).
   */
  also?: { messages: Record<string, string>; check(resource: Resource, ctx: RuleContext, typed: boolean): void };
  /** Required fields another rule reports missing, in its own words (`spec.cidr` of an IPPool: calico/ippool-cidr-invalid): not said twice. */
  requiredElsewhere?: readonly string[];
}

/**
 * Fields that Calico Enterprise and Calico Cloud add to the open-source resources, which Calico
 * Open Source does not have: domain names in a (Global)NetworkSet's `allowedEgressDomains` and in a
 * rule's `destination.domains` (docs.tigera.io: DNS policy, NetworkSet and GlobalNetworkSet
 * references). Named in the message, since such manifests come from Tigera's own material.
 */
const ENTERPRISE_FIELDS: ReadonlyMap<string, string> = new Map([
  ['allowedEgressDomains', 'DNS policy'],
  ['domains', 'DNS policy'],
  // FelixConfiguration: Envoy as a transparent proxy, for L7 logs and policy (Calico Enterprise and
  // Cloud docs, "Enable L7 logs"; absent from open-source felixconfig.go through v3.32).
  ['tproxyMode', 'L7 logs and policy through Envoy'],
]);

export function crdSchemaRule(options: SchemaRuleOptions): Rule {
  const groupOf = (kind: PackKind) => pack.kinds[kind].group;
  return defineRule({
    meta: {
      id: options.id,
      description: options.description,
      severity: 'error',
      remediation: options.remediation,
      kinds: options.kinds.map((k) => (groupOf(k) === 'projectcalico.org' ? `calico/${k}` : `${groupOf(k)}/${k}`)),
      messages: {
        violation: '{{path}} {{error}} (got {{value}})',
        unknownField: '{{path}} is not a field of {{kind}}{{hint}}: calicoctl refuses the resource ("unknown field"), and so does kubectl\'s strict field validation (with --validate=false the API server drops it)',
        unknownFieldKubectl: '{{path}} is not a field of {{kind}}{{hint}}: kubectl\'s strict field validation refuses the resource ("unknown field"), and with --validate=false the API server drops the field, as the CRD keeps no unknown fields',
        unknownFieldRemoved: '{{path}} is not a field of {{kind}}{{hint}}: a release that has it takes it; from then on calicoctl refuses the resource ("unknown field"), as does kubectl\'s strict field validation',
        unknownFieldOpenSource: '{{path}} is not a field of {{kind}} in Calico Open Source{{hint}}: there calicoctl refuses the resource ("unknown field"), as does kubectl\'s strict field validation; Calico Enterprise and Calico Cloud take it',
        durationSent: '{{path}} "{{value}}" reaches Calico\'s schema as "{{sent}}" (calicoctl and Calico\'s API server re-write a duration as Go prints it), which the CRD\'s pattern {{pattern}} refuses{{hint}}',
        fieldCaseCrd: '{{path}} differs from the field {{name}} in case only: the CRD matches names exactly, so kubectl refuses it (strict field validation; with --validate=false the API server drops it): write {{name}}',
        fieldCase: '{{path}} differs from the field {{name}} in case only: calicoctl reads it as {{name}} (Go matches field names in any case), but kubectl refuses it (strict field validation is case-sensitive; with --validate=false the API server drops it): write {{name}}',
        unknownFieldEnterprise: '{{path}} is not a field of {{kind}} in Calico Open Source{{hint}}; the input installs Calico Enterprise ({{source}}), whose added fields netlint does not know: if Enterprise has it, ignore this',
        unknownFieldNewer: '{{path}} is not a field of {{kind}} in Calico {{known}}, the newest release netlint knows: if Calico {{target}} ({{source}}) added it, ignore this; if not, calicoctl and kubectl\'s strict field validation refuse the resource',
        enumNewer: '{{path}} {{error}} (got {{value}}) in Calico {{known}}, the newest release netlint knows: if Calico {{target}} ({{source}}) added the value, ignore this; if not, the API server rejects it',
        ...options.also?.messages,
      },
      docs: `${options.docs ? `${options.docs} ` : ''}Checked against Calico ${pack.source.tag}'s CRD schemas and validator field tags (rules/calico/generated/COVERAGE.md lists what is and is not covered). A field an earlier release had and a later one removed is named as such. When the input installs Calico Enterprise (an Installation of variant TigeraSecureEnterprise, an Enterprise-only kind such as LogStorage or GlobalAlert, an ApplicationLayer that collects L7 logs, or a FelixConfiguration with Enterprise's flowLogs*, dnsLogs* or l7Logs* settings), a field netlint does not know is info, and the fields Enterprise adds that netlint knows of (\`domains\`, \`allowedEgressDomains\`) are not reported. When the cluster runs a release (\`cluster.calicoVersion\`, else the calico/node image or ImageSet of the input) newer than ${pack.source.tag} a field netlint does not know, or a value an enum of it lacks, is info (that release may have added it); calico/field-not-in-version reports fields newer than the cluster's release.`,
    },
    check(resource: Resource, ctx) {
      const typed = typedRoundTrip(resource, ctx.model);
      options.also?.check(resource, ctx, typed);
      const errors = validateAgainstPack(resource.kind as PackKind, resource.value, { typedRoundTrip: typed });
      let leftToLabelRule: Set<string> | undefined;
      for (const e of errorsPerField(errors)) {
        const path = errorPath(e);
        // Through calicoctl or Calico's API server a key differing in case only fills the field
        // (Go matches names in any case): the field is not missing there; the key gets its warning.
        if (e.keyword === 'required' && options.requiredElsewhere?.includes(formatPath(path))) continue;
        if (typed && e.keyword === 'required') {
          const parent = getIn(resource.value, path.slice(0, -1));
          const want = String(path[path.length - 1]).toLowerCase();
          if (isObject(parent) && Object.keys(parent).some((k) => k.toLowerCase() === want)) continue;
        }
        if (e.keyword === 'additionalProperties') {
          const known = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
          const field = String(path[path.length - 1]);
          // A field a later release dropped stays a finding on an earlier one too: Calico drops a
          // field after deprecating it (IPPool's v1 `ipip` was `mustBeNil` before v3.32 removed it,
          // FelixConfiguration's bpfKubeProxyEndpointSlicesEnabled "has no effect"), so the message
          // only says when.
          const removed = removedIn(resource.kind, path);
          const enterprise = calicoEnterprise(ctx.model);
          // Fields Enterprise adds are what such an input is expected to hold; others may be too.
          if (enterprise !== null && ENTERPRISE_FIELDS.has(field)) continue;
          const guess = didYouMean(field, known);
          const hint = guess
            ? ` (${removed !== null ? `Calico ${removed} removed it; ` : ''}did you mean "${guess}"?)`
            : ENTERPRISE_FIELDS.has(field)
              ? ` (it is Calico Enterprise's and Calico Cloud's, for ${ENTERPRISE_FIELDS.get(field)})`
              : removed !== null
                ? ` (Calico ${removed} removed it)`
                : '';
          if (enterprise !== null) {
            ctx.report({ path, at: 'key', messageId: 'unknownFieldEnterprise', severity: 'info', data: { path: formatPath(path), kind: resource.kind, hint, source: enterprise } });
            continue;
          }
          // On a release newer than the pack's, a field that is no typo may be new there.
          const release = calicoRelease(ctx.model);
          if (hint === '' && release !== null && release.minor > NEWEST_KNOWN_MINOR) {
            ctx.report({ path, at: 'key', messageId: 'unknownFieldNewer', severity: 'info', data: { path: formatPath(path), kind: resource.kind, known: pack.source.tag, target: `3.${release.minor}`, source: release.source } });
            continue;
          }
          // calicoctl decodes strictly (resourcemgr.go unmarshalResource, sigs.k8s.io/yaml UnmarshalStrict)
          // but, as Go's encoding/json does, matches a field name in any case; the API server's strict
          // field validation (kubectl's default) matches it exactly.
          const named = known.find((k) => k !== field && k.toLowerCase() === field.toLowerCase());
          // A crd.projectcalico.org/v1 object goes to the CRD as written, where names match exactly.
          if (named !== undefined && !typed) ctx.report({ path, at: 'key', messageId: 'fieldCaseCrd', data: { path: formatPath(path), name: named } });
          else if (named !== undefined) ctx.report({ path, at: 'key', messageId: 'fieldCase', severity: 'warning', data: { path: formatPath(path), name: named } });
          // A removed field is an error on a release (cluster.calicoVersion, the input's images) that no longer has it.
          else if (removed !== null) ctx.report({ path, at: 'key', messageId: 'unknownFieldRemoved', ...(release !== null && release.minor >= Number(removed.split('.')[1]) ? {} : { severity: 'warning' as const }), data: { path: formatPath(path), kind: resource.kind, hint } });
          // An Enterprise field where the input does not show which edition runs, or a near name on
          // a release newer than the pack's (it may be new there), stays a warning.
          else if (ENTERPRISE_FIELDS.has(field)) ctx.report({ path, at: 'key', messageId: 'unknownFieldOpenSource', severity: 'warning', data: { path: formatPath(path), kind: resource.kind, hint } });
          // Where neither the config nor the input says the release, a field that is no near name may
          // be one a release after the pack's added: the message says how to tell netlint.
          else {
            const unsure = release === null && hint === '' ? ` (netlint knows Calico up to ${pack.source.tag}: on a later release that has it, set cluster.calicoVersion in .netlint.yaml)` : hint;
            // calicoctl takes projectcalico.org/v3 objects only (calicoctl resourcemgr): an operator.tigera.io
            // or crd.projectcalico.org/v1 object goes through kubectl to its CRD.
            const messageId = resource.group === 'projectcalico.org' ? 'unknownField' : 'unknownFieldKubectl';
            ctx.report({ path, at: 'key', messageId, ...(release !== null && release.minor > NEWEST_KNOWN_MINOR ? { severity: 'warning' as const } : {}), data: { path: formatPath(path), kind: resource.kind, hint: unsure } });
          }
          continue;
        }
        // A label (annotation, matchLabels, nodeSelector) value that is not a string is
        // cluster/label-value-type's finding, with how to quote it: one finding per value.
        leftToLabelRule ??= new Set(walkNonStringEntries(resource.value).map(formatPath));
        if (leftToLabelRule.has(formatPath(path))) continue;
        const value = getIn(resource.value, path);
        const sent = typed && e.keyword === 'pattern' && path.length === 2 && isDurationSchema(specFields(resource.kind as PackKind)[String(path[1])]) ? sentAs(value) : null;
        if (sent !== null) {
          const pattern = (e.params as { pattern: string }).pattern;
          // FelixConfiguration's duration pattern writes `\\.` where it means `\.` (v3.32.1 CRDs): it matches no fraction at all.
          const hint = pattern.includes('\\\\.') ? ': its doubled backslash matches no fraction, so write whole seconds, or whole milliseconds under a second' : '';
          ctx.report({ path, messageId: 'durationSent', data: { path: formatPath(path), value: String(value), sent, pattern, hint } });
          continue;
        }
        const data = { path: formatPath(path), error: describe(e, value), value: show(value) };
        // On a release newer than the pack's, a value its enum lacks may be new there, as a field may
        // (Calico after v3.32 added programClusterRoutes EnabledIPIPOnly and EnabledNoEncapOnly).
        // A value that differs from an allowed one only in case stays a slip: no release adds such a twin.
        const allowed = e.keyword === 'enum' ? ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []) : [];
        const caseSlip = typeof value === 'string' && allowed.some((a) => typeof a === 'string' && a.toLowerCase() === value.toLowerCase());
        const release = e.keyword === 'enum' && !caseSlip ? calicoRelease(ctx.model) : null;
        if (release !== null && release.minor > NEWEST_KNOWN_MINOR) {
          ctx.report({ path, messageId: 'enumNewer', severity: 'info', data: { ...data, known: pack.source.tag, target: `3.${release.minor}`, source: release.source } });
          continue;
        }
        ctx.report({ path, messageId: 'violation', data });
      }
    },
  });
}
