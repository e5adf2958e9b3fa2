/**
 * Multus' pod annotations, parsed the way Multus reads them (k8sclient.go
 * `parsePodNetworkAnnotation`, `parsePodNetworkObjectName`), with the character span of every
 * piece inside the annotation value so findings point at the column.
 *
 * - `k8s.v1.cni.cncf.io/networks`: a value containing `[`, `{` or `"` is JSON (a list of
 *   selection elements); otherwise a comma list of `[namespace/]name[@interface]`.
 * - `v1.multus-cni.io/default-network`: the same syntax, exactly one network.
 */
import { parseGoIp } from '../../../src/engine/cidr.js';
import { dns1123SubdomainError } from '../../../src/engine/names.js';
import { parseJson } from '../../../src/engine/strict-json.js';
import { isGoMac } from '../../cni/lib/plugin-fields.js';
import type { Span } from '../../../src/engine/strict-json.js';
import { perResource, podMetadataOf, podSpecOf } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, goJsonKey, isGoInt64Literal, isGoIntegerLiteral, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';

export const NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks';
export const DEFAULT_NETWORK_ANNOTATION = 'v1.multus-cni.io/default-network';

export interface Selection {
  index: number;
  name: string;
  namespace: string | null;
  interface: string | null;
  /** The whole item (text form) or element (JSON form). */
  span: Span;
  nameSpan: Span;
  namespaceSpan: Span | null;
  interfaceSpan: Span | null;
  /** The JSON element, for the JSON form. */
  element: Obj | null;
  /** Span of a JSON key's value inside the annotation (JSON form only). */
  spanOf(key: string | (string | number)[]): Span;
}

export interface AnnotationProblem {
  messageId: 'empty' | 'emptyItem' | 'emptyName' | 'tooManySlashes' | 'tooManyAts' | 'badNamespace' | 'badName' | 'badJsonName' | 'jsonSyntax' | 'jsonNotList' | 'elementNotObject' | 'missingName' | 'wrongType' | 'unknownKey' | 'badIp' | 'badGateway' | 'ecmp' | 'badMac';
  data: Record<string, unknown>;
  span: Span;
}

export interface ParsedAnnotation {
  form: 'text' | 'json';
  selections: Selection[];
  problems: AnnotationProblem[];
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** JSON keys Multus knows (NetworkSelectionElement); Go matches them case-insensitively. */
const FIELD_TYPES: Record<string, 'string' | 'stringList' | 'objectList' | 'object'> = {
  name: 'string',
  namespace: 'string',
  interface: 'string',
  interfacerequest: 'string',
  ips: 'stringList',
  mac: 'string',
  'infiniband-guid': 'string',
  deviceid: 'string',
  'default-route': 'stringList',
  portmappings: 'objectList',
  bandwidth: 'object',
  'cni-args': 'object',
  'ipam-claim-reference': 'string',
};

/** Fields of the objects inside `portMappings` entries and `bandwidth` (multus pkg/types PortMapEntry, BandwidthEntry): a Go int or string each. */
const NESTED_TYPES: Record<string, Record<string, 'int' | 'string'>> = {
  portmappings: { hostport: 'int', containerport: 'int', protocol: 'string', hostip: 'string' },
  bandwidth: { ingressrate: 'int', ingressburst: 'int', egressrate: 'int', egressburst: 'int' },
};


export function parseNetworksAnnotation(value: string, parseAddress: (s: string) => boolean): ParsedAnnotation {
  if (/[[{"]/.test(value)) return parseJsonForm(value, parseAddress);
  return parseTextForm(value);
}

/** `text` less its surrounding white space, with where that part starts and ends from `offset`. */
function trimmedAt(text: string, offset: number): { text: string; start: number; end: number } {
  const lead = text.length - text.trimStart().length;
  const inner = text.trim();
  return { text: inner, start: offset + lead, end: offset + lead + inner.length };
}

/**
 * The comma-separated form, read as Multus reads it (pkg/k8sclient/k8sclient.go
 * parsePodNetworkAnnotation, parsePodNetworkObjectName): each item is trimmed, then split at `/`
 * (namespace) and `@` (interface), and each of those parts is trimmed too. An empty annotation is
 * no network at all (GetPodNetwork: NoK8sNetworkError, which the pod's setup takes as none).
 */
function parseTextForm(value: string): ParsedAnnotation {
  const out: ParsedAnnotation = { form: 'text', selections: [], problems: [] };
  if (value === '') return out;
  if (value.trim() === '') {
    out.problems.push({ messageId: 'empty', data: {}, span: { start: 0, end: value.length } });
    return out;
  }
  let offset = 0;
  value.split(',').forEach((raw, index) => {
    const { text: item, start, end } = trimmedAt(raw, offset);
    const span = { start, end };
    offset += raw.length + 1;
    if (item === '') {
      out.problems.push({ messageId: 'emptyItem', data: { index: index + 1 }, span: { start: Math.max(0, offset - 2), end: offset - 1 } });
      return;
    }
    const slashes = item.split('/');
    if (slashes.length > 2) {
      const second = item.indexOf('/', item.indexOf('/') + 1);
      out.problems.push({ messageId: 'tooManySlashes', data: { item }, span: { start: start + second, end: start + second + 1 } });
      return;
    }
    const ns = slashes.length === 2 ? trimmedAt(slashes[0], start) : null;
    const rest = slashes[slashes.length - 1];
    const restStart = start + (slashes.length === 2 ? slashes[0].length + 1 : 0);
    const ats = rest.split('@');
    if (ats.length > 2) {
      const second = rest.indexOf('@', rest.indexOf('@') + 1);
      out.problems.push({ messageId: 'tooManyAts', data: { item }, span: { start: restStart + second, end: restStart + second + 1 } });
      return;
    }
    const nm = trimmedAt(ats[0], restStart);
    const ifc = ats.length === 2 ? trimmedAt(ats[1], restStart + ats[0].length + 1) : null;
    const namespace = ns === null ? null : ns.text;
    const name = nm.text;
    const namespaceSpan = ns === null ? null : { start: ns.start, end: ns.end };
    const nameSpan = { start: nm.start, end: nm.end };
    const interfaceSpan = ifc === null ? null : { start: ifc.start, end: ifc.end };
    let ok = true;
    if (namespace !== null && namespace !== '' && !DNS1123_LABEL.test(namespace)) {
      out.problems.push({ messageId: 'badNamespace', data: { namespace }, span: namespaceSpan! });
      ok = false;
    }
    // k8sclient.go parsePodNetworkObjectText checks the name only when it is not empty, and the
    // lookup of "" then fails ("cannot find a network-attachment-definition ()").
    if (name === '') {
      out.problems.push({ messageId: 'emptyName', data: { item }, span });
      ok = false;
    } else if (!DNS1123_LABEL.test(name)) {
      out.problems.push({ messageId: 'badName', data: { name }, span: nameSpan });
      ok = false;
    }
    if (!ok) return;
    out.selections.push({
      index: out.selections.length,
      name,
      namespace: namespace === '' ? null : namespace,
      interface: ifc === null ? null : ifc.text,
      span,
      nameSpan,
      namespaceSpan,
      interfaceSpan,
      element: null,
      spanOf: () => span,
    });
  });
  return out;
}

function jsonType(v: unknown): string {
  if (typeof v === 'number' && !Number.isInteger(v)) return `the fraction ${v}`;
  return Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function parseJsonForm(value: string, parseAddress: (s: string) => boolean): ParsedAnnotation {
  const out: ParsedAnnotation = { form: 'json', selections: [], problems: [] };
  const gateways = { 4: 0, 6: 0 };
  const parsed = parseJson(value);
  if (!parsed.ok) {
    out.problems.push({ messageId: 'jsonSyntax', data: { error: parsed.error }, span: { start: parsed.offset, end: parsed.offset + 1 } });
    return out;
  }
  if (!Array.isArray(parsed.value)) {
    out.problems.push({ messageId: 'jsonNotList', data: { what: jsonType(parsed.value) }, span: parsed.locate([]) });
    return out;
  }
  parsed.value.forEach((el, i) => {
    if (!isObject(el)) {
      out.problems.push({ messageId: 'elementNotObject', data: { index: i, what: jsonType(el) }, span: parsed.locate([i]) });
      return;
    }
    const field = (k: string): string | undefined => goJsonKey(el, k);
    let ok = true;
    for (const [key, v] of Object.entries(el)) {
      const type = FIELD_TYPES[key.toLowerCase()];
      if (!type) {
        out.problems.push({ messageId: 'unknownKey', data: { key, hint: key.toLowerCase() === 'gateway' ? ' (the default route is requested with "default-route")' : '' }, span: parsed.locateKey([i, key]) });
        continue;
      }
      const good =
        v === null ||
        (type === 'string' && typeof v === 'string') ||
        (type === 'stringList' && Array.isArray(v) && v.every((x) => typeof x === 'string')) ||
        (type === 'objectList' && Array.isArray(v) && v.every(isObject)) ||
        (type === 'object' && isObject(v));
      if (!good) {
        // A list whose items are of the wrong kind says which: `"ips": [5]` is "a list holding a number".
        const stray = Array.isArray(v) ? v.find((x) => (type === 'stringList' ? typeof x !== 'string' : type === 'objectList' ? !isObject(x) : false)) : undefined;
        const what = Array.isArray(v) && (type === 'stringList' || type === 'objectList') && v.length > 0 ? `a list holding ${jsonType(stray)}` : jsonType(v);
        out.problems.push({ messageId: 'wrongType', data: { key, expected: type === 'stringList' ? 'a list of strings' : type === 'objectList' ? 'a list of objects' : type === 'object' ? 'an object' : 'a string', what }, span: parsed.locate([i, key]) });
        ok = false;
        continue;
      }
      // Inside a port mapping or the bandwidth: each field decodes into a Go int or string too.
      const nested = NESTED_TYPES[key.toLowerCase()];
      if (nested === undefined || v === null) continue;
      const objects: [unknown, (string | number)[]][] = Array.isArray(v) ? v.map((o, j) => [o, [i, key, j]]) : [[v, [i, key]]];
      for (const [o, at] of objects) {
        for (const [k, x] of Object.entries(o as Record<string, unknown>)) {
          const want = nested[k.toLowerCase()];
          if (want === undefined || x === null) continue;
          const span = parsed.locate([...at, k]);
          // Go stores a number into an int with strconv.ParseInt of its literal: `8080.0`, `1e6`
          // and one beyond 64 bits fail where JavaScript reads a whole number (isGoInt64Literal).
          const written = typeof x === 'number' ? value.slice(span.start, span.end) : '';
          if (want === 'int' ? typeof x === 'number' && isGoInt64Literal(written) : typeof x === 'string') continue;
          const what =
            want !== 'int' || typeof x !== 'number' || !Number.isInteger(x) ? jsonType(x) : isGoIntegerLiteral(written, true) ? `${written}, beyond 64 bits` : `${written} (Go reads an int from digits only)`;
          out.problems.push({ messageId: 'wrongType', data: { key: `${key}.${k}`, expected: want === 'int' ? 'a whole number' : 'a string', what }, span });
          ok = false;
        }
      }
    }
    const nameKey = field('name');
    const name = nameKey ? el[nameKey] : undefined;
    if (typeof name !== 'string' || name === '') {
      if (ok) out.problems.push({ messageId: 'missingName', data: { index: i }, span: parsed.locate(nameKey ? [i, nameKey] : [i]) });
      return;
    }
    // The JSON form takes the name and namespace as written: Multus looks up the NetworkAttachmentDefinition
    // by them (k8sclient.go getKubernetesDelegate, GetNetAttachDef), and an object's name is a
    // DNS-1123 subdomain, a namespace's a DNS-1123 label: any other (a name with a "/", say) finds
    // none, and the pod never starts.
    if (dns1123SubdomainError(name) !== null) {
      out.problems.push({ messageId: 'badJsonName', data: { name, hint: name.includes('/') ? ' (the JSON form names the namespace in its own "namespace" key)' : '' }, span: parsed.locate([i, nameKey!]) });
      ok = false;
    }
    const namespaceKey = field('namespace');
    const namespace = namespaceKey ? el[namespaceKey] : undefined;
    if (typeof namespace === 'string' && namespace !== '' && !DNS1123_LABEL.test(namespace)) {
      out.problems.push({ messageId: 'badNamespace', data: { namespace }, span: parsed.locate([i, namespaceKey!]) });
      ok = false;
    }
    const ipsKey = field('ips');
    if (ipsKey && Array.isArray(el[ipsKey])) {
      (el[ipsKey] as unknown[]).forEach((ip, j) => {
        if (typeof ip === 'string' && !parseAddress(ip)) out.problems.push({ messageId: 'badIp', data: { key: ipsKey, ip }, span: parsed.locate([i, ipsKey, j]) });
      });
    }
    // default-route is a []net.IP: a bare address (UnmarshalText refuses a CIDR), and at most one per
    // family over the whole annotation (pkg/types/conf.go CheckGatewayConfig: no ECMP).
    const gwKey = field('default-route');
    if (gwKey && Array.isArray(el[gwKey])) {
      (el[gwKey] as unknown[]).forEach((ip, j) => {
        if (typeof ip !== 'string') return;
        const span = parsed.locate([i, gwKey, j]);
        if (ip.includes('/') || !parseAddress(ip)) out.problems.push({ messageId: 'badGateway', data: { ip }, span });
        else {
          // CheckGatewayConfig counts a gateway as IPv4 when To4() is not nil: ::ffff:10.1.1.1 is IPv4.
          const family = parseGoIp(ip)?.family ?? 6;
          if (gateways[family]++ === 1) out.problems.push({ messageId: 'ecmp', data: { ip, family: `IPv${family}` }, span });
        }
      });
    }
    // An empty "mac" or "infiniband-guid" is skipped; a non-empty one must be what Go's
    // net.ParseMAC reads (multus-cni v4.3.0 pkg/k8sclient/k8sclient.go parsePodNetworkAnnotation,
    // "failed to validate infiniband GUID").
    for (const [wanted, what] of [['mac', 'a MAC address'], ['infiniband-guid', 'an InfiniBand GUID as Go\'s net.ParseMAC reads one (6, 8 or 20 octets, e.g. 00:11:22:33:44:55:66:77)']] as const) {
      const k = field(wanted);
      if (k && typeof el[k] === 'string' && el[k] !== '' && !isGoMac(el[k] as string)) {
        out.problems.push({ messageId: 'badMac', data: { key: k, mac: el[k] as string, what }, span: parsed.locate([i, k]) });
      }
    }
    if (!ok) return;
    const nsKey = field('namespace');
    const ifKey = field('interface') ?? field('interfacerequest');
    const str = (k: string | undefined) => (k && typeof el[k] === 'string' && el[k] !== '' ? (el[k] as string) : null);
    // Spans are getters: positions inside the JSON are worked out only for a finding.
    out.selections.push({
      index: out.selections.length,
      name,
      namespace: str(nsKey),
      interface: str(ifKey),
      get span() {
        return parsed.locate([i]);
      },
      get nameSpan() {
        return parsed.locate([i, nameKey!]);
      },
      get namespaceSpan() {
        return str(nsKey) ? parsed.locate([i, nsKey!]) : null;
      },
      get interfaceSpan() {
        return str(ifKey) ? parsed.locate([i, ifKey!]) : null;
      },
      element: el,
      spanOf: (k) => parsed.locate([i, ...(Array.isArray(k) ? k : [field(k) ?? k])]),
    });
  });
  return out;
}

/** Where a pod's (or pod template's) annotations live, and whether it uses the host network. */
export interface PodAnnotations {
  annotations: Obj;
  path: Path;
  hostNetwork: boolean;
  hostNetworkPath: Path;
  /** The namespace Multus resolves unqualified names in (null: not written in the manifest). */
  namespace: string | null;
}

/** Worked out once per resource: every Multus rule asks for it. */
export const podAnnotations: (resource: Resource) => PodAnnotations | null = perResource(computePodAnnotations);

function computePodAnnotations(resource: Resource): PodAnnotations | null {
  const md = podMetadataOf(resource);
  const spec = podSpecOf(resource);
  if (!md || !spec) return null;
  return {
    annotations: asObject(md.metadata.annotations),
    path: extended(md.path, 'annotations'),
    hostNetwork: spec.spec.hostNetwork === true,
    hostNetworkPath: extended(spec.path, 'hostNetwork'),
    namespace: resource.namespace,
  };
}

// The pod paths are a few shared constants: so are their extensions (frozen, as they are shared).
const extensions = new WeakMap<readonly (string | number)[], Map<string, readonly (string | number)[]>>();

function extended(path: readonly (string | number)[], key: string): Path {
  let byKey = extensions.get(path);
  if (!byKey) extensions.set(path, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = Object.freeze([...path, key])));
  return found;
}
