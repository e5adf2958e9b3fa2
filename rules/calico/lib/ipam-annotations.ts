/**
 * Calico IPAM annotations on Pods, pod templates and Namespaces: `cni.projectcalico.org/ipAddrs`,
 * `ipAddrsNoIpam`, `ipv4pools`, `ipv6pools`, decoded once with their positions.
 */
import { cidrBounds, parseGoIp } from '../../../src/engine/cidr.js';
import type { AddressInterval } from '../../../src/engine/interval-index.js';
import type { Ip } from '../../../src/engine/cidr.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { WORKLOAD_KINDS, derived, podMetadataOf } from '../../../src/engine/model.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject } from '../../../src/engine/values.js';
import { pushTo } from '../../../src/engine/multimap.js';

export const IPAM_KINDS = ['Pod', 'Namespace', ...WORKLOAD_KINDS] as const;
/** The kinds whose pods carry annotations only a pod can (not a namespace). */
export const POD_ANNOTATION_KINDS = IPAM_KINDS.filter((k) => k !== 'Namespace');
export const IP_ADDRS = 'cni.projectcalico.org/ipAddrs';
export const IP_ADDRS_NO_IPAM = 'cni.projectcalico.org/ipAddrsNoIpam';
/** Both fixed-IP annotations, in the order they are read. */
export const FIXED_IP_ANNOTATIONS: readonly string[] = [IP_ADDRS, IP_ADDRS_NO_IPAM];
export const POOL_ANNOTATIONS = ['cni.projectcalico.org/ipv4pools', 'cni.projectcalico.org/ipv6pools'] as const;

export interface AnnotationValue {
  key: string;
  text: string;
  path: Path;
  /** The decoded JSON array of strings, or the reason it is not one. */
  items: { value: string; start: number; end: number }[] | { error: string };
}

export interface FixedIp {
  ip: Ip;
  text: string;
  resource: Resource;
  path: Path;
  span: { start: number; end: number };
}

/** A fixed IP as the one-address range interval indexes are asked about. */
export function addressRange(f: FixedIp): AddressInterval {
  return cidrBounds({ family: f.ip.family, addr: f.ip.value, prefix: f.ip.family === 4 ? 32 : 128, text: f.text });
}

/** Annotations of the pod (template) or namespace, with the path of the annotations map. */
export function ipamAnnotations(resource: Resource, keys: readonly string[]): AnnotationValue[] {
  const md = resource.kind === 'Namespace' ? { metadata: asObject(resource.value.metadata), path: ['metadata'] } : podMetadataOf(resource);
  if (!md) return [];
  const annotations = asObject(md.metadata.annotations);
  // Most pods carry none of Calico's IPAM annotations.
  let any = false;
  for (const key of keys) if (typeof annotations[key] === 'string') any = true;
  if (!any) return [];
  const out: AnnotationValue[] = [];
  for (const key of keys) {
    const text = annotations[key];
    if (typeof text !== 'string') continue;
    out.push({ key, text, path: [...md.path, 'annotations', key], items: decodeList(text) });
  }
  return out;
}

function decodeList(text: string): AnnotationValue['items'] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: `is not JSON (write a JSON list, e.g. '["${text.trim().replace(/^\[|\]$/g, '').split(',')[0].trim() || '10.0.0.5'}"]')` };
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return { error: 'must be a JSON list of strings' };
  let from = 0;
  return (parsed as string[]).map((value) => {
    const quoted = JSON.stringify(value);
    const at = text.indexOf(quoted, from);
    from = at >= 0 ? at + quoted.length : from;
    return at >= 0 ? { value, start: at, end: at + quoted.length } : { value, start: 0, end: text.length };
  });
}

/** The fixed IPs of one resource, in input order (indexed once per model). */
export function fixedIpsOf(model: ClusterModel, resource: Resource): readonly FixedIp[] {
  return fixedIpsByResource(model).get(resource) ?? [];
}

const fixedIpsByResource = derived('calico/fixed-ips-by-resource', (m) => {
  const index = new Map<Resource, FixedIp[]>();
  for (const f of fixedIps(m)) {
    pushTo(index, f.resource, f);
  }
  return index;
});

/** Every valid fixed IP (`ipAddrs`, `ipAddrsNoIpam`) in the input, in input order. */
export function fixedIps(model: ClusterModel): FixedIp[] {
  return model.memo('calico/fixed-ips', (m) =>
    m.byKind('Pod', ...WORKLOAD_KINDS).flatMap((r) =>
      ipamAnnotations(r, FIXED_IP_ANNOTATIONS).flatMap((a) =>
        'error' in a.items
          ? []
          : a.items.flatMap((item) => {
              // net.ParseIP in the CNI plugin (k8s.go validateAndExtractIPs): `::ffff:10.0.0.5` is 10.0.0.5.
              const ip = parseGoIp(item.value);
              return ip ? [{ ip, text: item.value, resource: r, path: a.path, span: { start: item.start, end: item.end } }] : [];
            }),
      ),
    ),
  );
}
