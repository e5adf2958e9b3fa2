/**
 * The CNI config sriov-network-operator writes into the NetworkAttachmentDefinition it makes from
 * a SriovNetwork, SriovIBNetwork or OVSNetwork, rebuilt here so the Multus rules read it like a
 * NAD written by hand, and findings on it point at the network field that holds the text.
 *
 * What the operator does, read in k8snetworkplumbingwg/sriov-network-operator at 249e200
 * (249e20012faf17b4f38057f29608bde2b21c5c9a), in my words:
 * - api/v1/helper.go, the three `RenderNetAttDef`, fill a Go text/template
 *   (bindata/manifests/cni-config/sriov/sriov-cni-config.yaml for SriovNetwork and SriovIBNetwork,
 *   .../ovs/ovs-cni-config.yaml for OVSNetwork). The template writes the NAD's `spec.config` as one
 *   single-quoted YAML string, and pkg/render/render.go parses the filled text as YAML. Text/template
 *   escapes nothing: the string fields below go into the JSON as written.
 * - The config: `"cniVersion":"1.0.0"`, `"name"` the network's metadata.name, then `"type"`:
 *   `sriov`, `ib-sriov` (SriovIBNetwork, same template) or `ovs`.
 *   - SriovNetwork only: `vlan` (spec.vlan, 0 when unset: always written), `spoofchk` and `trust`
 *     (spec.spoofChk / spec.trust when "on" or "off"), `vlanQoS` (spec.vlanQoS when within 0..7,
 *     so 0 when unset), `vlanProto` (when set), `min_tx_rate` / `max_tx_rate` (spec.minTxRate /
 *     maxTxRate when set and not negative).
 *   - all three: `capabilities`, spec.capabilities pasted as written (no check that it is JSON)
 *     when not empty;
 *   - SriovNetwork and SriovIBNetwork: `link_state` (spec.linkState when enable/disable/auto);
 *   - SriovNetwork: `logLevel` and `logFile` when not empty (inside quotes, as written). The CRD
 *     defaults logLevel to "info" (config/crd/bases/..._sriovnetworks.yaml), so an object that
 *     leaves it out gets `"logLevel":"info"`; SriovIBNetwork never writes them.
 *   - OVSNetwork: `bridge`, `vlan`, `mtu` (when not zero), `trunk` (json.Marshal of spec.trunk:
 *     minID, maxID, id), `interface_type` (spec.interfaceType), when set.
 *   - last, `"ipam":` followed by spec.ipam with every white-space character removed
 *     (strings.Join(strings.Fields(ipam), "")), or `{}` when spec.ipam is empty.
 * - With spec.metaPlugins set, the same keys are wrapped: `{"cniVersion","name","plugins":[{…the
 *   plugin…}, <metaPlugins as written>]}`, so metaPlugins is one or more plugin objects separated
 *   by commas, and the config becomes a plugin list whose first plugin carries the IPAM.
 * - The YAML string is single-quoted: a line break inside a pasted field folds into a space (two
 *   into one newline: the upstream golden file api/v1/testdata/TestRendering/chained.golden shows
 *   it), `''` reads as `'`, and a lone `'` ends the string, so the YAML does not parse and
 *   RenderNetAttDef fails (controllers/generic_network_controller.go then sets Ready=False,
 *   NetworkAttachmentDefInvalid, and makes no NAD).
 * - Nothing checks that the pieces are JSON: neither the webhook (pkg/webhook/validate_networks.go
 *   only refuses spec.networkNamespace on a network outside the operator namespace) nor the
 *   renderer. The controller reformats the rendered config with json.Indent (controllers/helper.go
 *   formatJSON); when that fails it logs "Couldn't process rendered NetworkAttachmentDefinition
 *   config" and returns the error, so the NAD is never created or updated and the reconcile is
 *   retried. A network whose config is not JSON therefore never gets its NAD.
 * Where the NAD lands (spec.networkNamespace, else the network's namespace) is nads.ts' NAD_MAKERS.
 */
import type { EmbeddedResult, JsonSource } from '../../cni/lib/json-source.js';
import { parseJson } from '../../../src/engine/strict-json.js';
import type { Span } from '../../../src/engine/strict-json.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';

export const SRIOV_GROUP = 'sriovnetwork.openshift.io';
export const SRIOV_NETWORK_KINDS = ['SriovNetwork', 'SriovIBNetwork', 'OVSNetwork'].map((k) => `${SRIOV_GROUP}/${k}`);

export interface RenderedConfig {
  /**
   * The rendered config as a JSON source whose positions lead back to the network's fields; `ok:
   * false` (with the field's path and a span inside it) when the operator cannot render it; null
   * when a field it pastes is not a string (the API server refuses such an object).
   */
  config: EmbeddedResult;
  conf: Obj | null;
}

/** A part of the rendered text that comes from a field of the network. */
interface Segment {
  start: number;
  end: number;
  path: Path;
  /** For pasted text, the offset in the field's string of each character (and one past the end). */
  origin: number[] | null;
}

/** Go's unicode.IsSpace, which strings.Fields splits on (JavaScript's \s differs: it has U+FEFF, lacks U+0085). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

type Pasted = { ok: true; text: string; origin: number[] } | { ok: false; at: number };

/**
 * `value` as it reads once inside the single-quoted YAML string of the template: white space
 * removed first for spec.ipam; a run of blanks holding line breaks folded (one break: a space, n
 * breaks: n-1 newlines); `''` read as `'`. A lone `'` ends the string: `ok: false` at it.
 */
function pasted(value: string, stripSpaces: boolean): Pasted {
  const chars: { c: string; at: number }[] = [];
  for (let i = 0; i < value.length; i++) if (!stripSpaces || !GO_SPACE.test(value[i])) chars.push({ c: value[i], at: i });
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const { c, at } = chars[i];
    if (c === "'") {
      if (chars[i + 1]?.c !== "'") return { ok: false, at };
      text += "'";
      origin.push(at);
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      let j = i;
      let breaks = 0;
      while (j < chars.length && /[ \t\r\n]/.test(chars[j].c)) {
        if (chars[j].c === '\n' || (chars[j].c === '\r' && chars[j + 1]?.c !== '\n')) breaks++;
        j++;
      }
      const run = breaks === 0 ? chars.slice(i, j).map((x) => x.c).join('') : breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      for (let k = 0; k < run.length; k++) origin.push(breaks === 0 ? chars[i + k].at : at);
      text += run;
      i = j - 1;
      continue;
    }
    text += c;
    origin.push(at);
  }
  origin.push(value.length);
  return { ok: true, text, origin };
}

/** A JSON value, the items of a list (metaPlugins), or the inside of a JSON string. */
type Form = 'value' | 'items' | 'string';
const WRAP: Record<Form, [string, string]> = { value: ['', ''], items: ['[', ']'], string: ['"', '"'] };

function rendered(resource: Resource): RenderedConfig {
  const spec = asObject(resource.value.spec);
  const kind = resource.kind;
  let text = '';
  const segments: Segment[] = [];
  /** Why the operator cannot render it: the first pasted field that breaks the config. */
  const broken: { result: EmbeddedResult } = { result: null };

  const lit = (t: string) => {
    text += t;
  };
  /** A value the operator writes from a field it reads as a number or an enum: points at the field. */
  const fromField = (field: string, t: string) => {
    const start = text.length;
    text += t;
    segments.push({ start, end: text.length, path: ['spec', field], origin: null });
  };
  /** A string field pasted into the text as written; false when it cannot be (a failure is kept). */
  const paste = (field: string, value: string, form: Form, stripSpaces = false): boolean => {
    const path = ['spec', field];
    const p = pasted(value, stripSpaces);
    const label = `spec.${field}`;
    if (!p.ok) {
      broken.result ??= {
        ok: false,
        error: `${label} holds a single quote ('), which ends the single-quoted YAML string the operator's template writes the config in: rendering fails (the network's Ready condition turns False, NetworkAttachmentDefInvalid)`,
        offset: p.at,
        path,
        span: { start: p.at, end: p.at + 1 },
      };
      return false;
    }
    const [open, close] = WRAP[form];
    const check = parseJson(open + p.text + close);
    // The template puts the items after the first plugin and a comma: none leaves a trailing comma.
    if (check.ok && form === 'items' && Array.isArray(check.value) && check.value.length === 0) {
      broken.result ??= { ok: false, error: `${label} holds no plugin, so the plugin list ends in a comma and is not JSON`, offset: 0, path, span: { start: 0, end: Math.max(1, value.length) } };
      return false;
    }
    if (!check.ok) {
      // An error past the end of the field (the closing bracket or quote) points at its last character.
      const inText = Math.max(0, check.offset - open.length);
      const at = inText < p.text.length ? p.origin[inText] : p.origin[Math.max(0, p.text.trimEnd().length - 1)];
      const span = p.text.length === 0 ? { start: 0, end: Math.max(1, value.length) } : { start: at, end: at + 1 };
      const what = form === 'items' ? 'one or more JSON objects separated by commas' : form === 'string' ? 'text for a JSON string' : 'JSON';
      const note = stripSpaces ? ', once the operator has removed its white space,' : '';
      const error = p.text.length === 0 ? `${label}${note} is empty, so the config reads "ipam": followed by nothing` : `${label}${note} is not ${what}: ${check.error}`;
      broken.result ??= { ok: false, error, offset: at, path, span };
      return false;
    }
    const start = text.length;
    // The template writes the list's brackets and a string's quotes itself; the segment of a
    // string covers its quotes too, so the span of the value (quotes included) leads to the field.
    if (form === 'string') {
      text += `"${p.text}"`;
      segments.push({ start, end: text.length, path, origin: [0, ...p.origin.slice(0, -1), Math.max(0, value.length - 1)] });
    } else {
      text += p.text;
      segments.push({ start, end: text.length, path, origin: p.origin });
    }
    return true;
  };
  const str = (field: string): string | undefined => {
    const v = spec[field];
    // Go decodes null into "" (the API server drops null fields first).
    if (v === undefined || v === null) return '';
    return typeof v === 'string' ? v : undefined;
  };
  const int = (field: string): number | null => {
    const v = spec[field];
    return typeof v === 'number' && Number.isInteger(v) ? v : null;
  };

  // An object without a name (a template left to fill, or generateName) is not one the API server
  // holds under a name the config could carry: nothing to render.
  if (typeof asObject(resource.value.metadata).name !== 'string' || resource.name === '') return { config: null, conf: null };
  // Fields the template pastes must be strings (the CRDs say so); otherwise the object is refused.
  const ipam = str('ipam');
  const capabilities = str('capabilities');
  const metaPlugins = str('metaPlugins');
  if (ipam === undefined || capabilities === undefined || metaPlugins === undefined) return { config: null, conf: null };

  const cniType = kind === 'OVSNetwork' ? 'ovs' : kind === 'SriovIBNetwork' ? 'ib-sriov' : 'sriov';
  lit(`{ "cniVersion":"1.0.0", "name":"${resource.name}",`);
  if (metaPlugins !== '') lit('"plugins": [ {');
  lit(`"type":"${cniType}",`);
  /** `"key":<value>,` for a value the operator writes from a number or enum field. */
  const fieldEntry = (key: string, field: string, t: string) => {
    lit(`"${key}":`);
    fromField(field, t);
    lit(',');
  };
  /** `"key":<field pasted as written>,`; false when it cannot be pasted (the failure is kept). */
  const pastedEntry = (key: string, field: string, value: string, form: Form): boolean => {
    lit(`"${key}":`);
    if (!paste(field, value, form)) return false;
    lit(',');
    return true;
  };
  const failed = (): RenderedConfig => ({ config: broken.result, conf: null });
  const inEnum = (field: string, values: readonly string[], key: string) => {
    const v = spec[field];
    if (typeof v === 'string' && values.includes(v)) fieldEntry(key, field, `"${v}"`);
  };
  if (cniType === 'sriov') {
    const vlan = int('vlan');
    if (vlan === null) lit('"vlan":0,');
    else fieldEntry('vlan', 'vlan', String(vlan));
    inEnum('spoofChk', ['on', 'off'], 'spoofchk');
    inEnum('trust', ['on', 'off'], 'trust');
    const qos = spec.vlanQoS === undefined || spec.vlanQoS === null ? 0 : int('vlanQoS');
    if (qos !== null && qos >= 0 && qos <= 7) {
      if (spec.vlanQoS === undefined || spec.vlanQoS === null) lit('"vlanQoS":0,');
      else fieldEntry('vlanQoS', 'vlanQoS', String(qos));
    }
    const proto = spec.vlanProto;
    if (typeof proto === 'string' && proto !== '' && !pastedEntry('vlanProto', 'vlanProto', proto, 'string')) return failed();
    for (const [field, key] of [['minTxRate', 'min_tx_rate'], ['maxTxRate', 'max_tx_rate']] as const) {
      const rate = int(field);
      if (rate !== null && rate >= 0) fieldEntry(key, field, String(rate));
    }
  }
  if (capabilities !== '' && !pastedEntry('capabilities', 'capabilities', capabilities, 'value')) return failed();
  if (cniType === 'ovs') {
    const bridge = spec.bridge;
    if (typeof bridge === 'string' && bridge !== '' && !pastedEntry('bridge', 'bridge', bridge, 'string')) return failed();
    for (const field of ['vlan', 'mtu'] as const) {
      const n = int(field);
      if (n !== null && n > 0) fieldEntry(field, field, String(n));
    }
    const trunk = trunkJson(spec.trunk);
    if (trunk !== null) fieldEntry('trunk', 'trunk', trunk);
    const ifType = spec.interfaceType;
    if (typeof ifType === 'string' && ifType !== '' && !pastedEntry('interface_type', 'interfaceType', ifType, 'string')) return failed();
  } else {
    inEnum('linkState', ['enable', 'disable', 'auto'], 'link_state');
  }
  if (cniType === 'sriov') {
    const logLevel = spec.logLevel;
    if (logLevel === undefined || logLevel === null) lit('"logLevel":"info",');
    else if (typeof logLevel === 'string' && logLevel !== '' && !pastedEntry('logLevel', 'logLevel', logLevel, 'string')) return failed();
    const logFile = spec.logFile;
    if (typeof logFile === 'string' && logFile !== '' && !pastedEntry('logFile', 'logFile', logFile, 'string')) return failed();
  }
  lit('"ipam":');
  if (ipam === '') lit('{}');
  else if (!paste('ipam', ipam, 'value', true)) return failed();
  lit(' }');
  if (metaPlugins !== '') {
    lit(',\n');
    if (!paste('metaPlugins', metaPlugins, 'items')) return failed();
    lit('\n] }');
  }

  const parsed = parseJson(text);
  // Every pasted piece parsed on its own in its place, so the whole does too.
  if (!parsed.ok || !isObject(parsed.value)) return { config: null, conf: null };
  const segmentAt = (offset: number) => segments.find((s) => offset >= s.start && offset < s.end);
  const source: JsonSource = {
    resource,
    // No YAML string holds this JSON: positions come from `at`.
    scalarPath: null,
    value: parsed.value,
    label: `the config sriov-network-operator renders from ${kind} ${resource.name}`,
    at: (jsonPath) => locate(segmentAt, parsed.locate(jsonPath)),
    literal: (jsonPath) => {
      const span = parsed.locate(jsonPath);
      return text.slice(span.start, span.end);
    },
  };
  return { config: { ok: true, source }, conf: parsed.value };
}

/**
 * The field a span of the rendered text comes from, with the span inside that field's string for
 * pasted text; the network itself for what the template writes (`cniVersion`, `name`, `type`, an
 * empty `ipam`, …).
 */
function locate(segmentAt: (offset: number) => Segment | undefined, span: Span): { path: Path; span?: Span } {
  const seg = segmentAt(span.start);
  if (!seg) return { path: [] };
  if (!seg.origin) return { path: seg.path };
  const from = span.start - seg.start;
  const to = Math.min(span.end, seg.end) - seg.start;
  const start = seg.origin[from];
  const end = to > from ? seg.origin[to - 1] + 1 : start + 1;
  return { path: seg.path, span: { start, end: Math.max(end, start + 1) } };
}

/** spec.trunk as json.Marshal writes []*TrunkConfig (minID, maxID, id; nil ones left out), or null. */
function trunkJson(trunk: unknown): string | null {
  if (!Array.isArray(trunk) || trunk.length === 0) return null;
  const ids = (t: unknown) => {
    if (t === null || !isObject(t)) return 'null';
    const fields = (['minID', 'maxID', 'id'] as const).filter((k) => typeof t[k] === 'number' && Number.isInteger(t[k]));
    return `{${fields.map((k) => `"${k}":${t[k] as number}`).join(',')}}`;
  };
  return `[${trunk.map(ids).join(',')}]`;
}

const cache = new WeakMap<Resource, RenderedConfig>();

/** The config the operator renders from a SriovNetwork, SriovIBNetwork or OVSNetwork (once per resource). */
export function renderSriovNetwork(resource: Resource): RenderedConfig {
  let out = cache.get(resource);
  if (!out) cache.set(resource, (out = rendered(resource)));
  return out;
}
