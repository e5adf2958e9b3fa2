/**
 * flannel's `net-conf.json` (a ConfigMap key, `kube-flannel-cfg` upstream and `canal-config` in
 * canal), parsed with positions. flannel decodes it with Go's encoding/json, which matches keys
 * case-insensitively, so `field` does too.
 */
import { embeddedJson } from '../../cni/lib/json-source.js';
import type { EmbeddedResult, JsonSource } from '../../cni/lib/json-source.js';
import { parseCidr } from '../../../src/engine/cidr.js';
import type { Cidr } from '../../../src/engine/cidr.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { asObject, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';

export const NET_CONF_KEY = 'net-conf.json';

/** The key as written that Go would bind to `name`, or undefined. */
export function fieldKey(obj: Obj, name: string): string | undefined {
  if (name in obj) return name;
  const lower = name.toLowerCase();
  return Object.keys(obj).find((k) => k.toLowerCase() === lower);
}

export function field(obj: Obj, name: string): unknown {
  const k = fieldKey(obj, name);
  return k === undefined ? undefined : obj[k];
}

export interface FlannelConfig {
  resource: Resource;
  source: JsonSource;
  conf: Obj;
  /** The parsed `Network` (null when absent or invalid). */
  network: Cidr | null;
  networkKey: string | undefined;
  ipv6Network: Cidr | null;
  ipv6NetworkKey: string | undefined;
  backendType: string | null;
}

export function netConfOf(resource: Resource): EmbeddedResult {
  if (resource.kind !== 'ConfigMap' || resource.group !== '') return null;
  if (typeof asObject(resource.value.data)[NET_CONF_KEY] !== 'string') return null;
  return embeddedJson(resource, ['data', NET_CONF_KEY], NET_CONF_KEY);
}

function cidr(v: unknown): Cidr | null {
  if (typeof v !== 'string') return null;
  const r = parseCidr(v);
  return r.ok ? r.cidr : null;
}

function view(resource: Resource): FlannelConfig | null {
  const r = netConfOf(resource);
  if (!r || !r.ok || !isObject(r.source.value)) return null;
  const conf = r.source.value;
  const backend = field(conf, 'Backend');
  const type = isObject(backend) ? field(backend, 'Type') : undefined;
  return {
    resource,
    source: r.source,
    conf,
    network: cidr(field(conf, 'Network')),
    networkKey: fieldKey(conf, 'Network'),
    ipv6Network: cidr(field(conf, 'IPv6Network')),
    ipv6NetworkKey: fieldKey(conf, 'IPv6Network'),
    backendType: typeof type === 'string' ? type : null,
  };
}

export function flannelConfigs(model: ClusterModel): FlannelConfig[] {
  return model.memo('flannel/configs', (m) => m.byKind('ConfigMap').map(view).filter((v): v is FlannelConfig => v !== null));
}

const configsByResource = derived('flannel/config-by-resource', (m) => new Map(flannelConfigs(m).map((c) => [c.resource, c])));

export function flannelConfigOf(model: ClusterModel, resource: Resource): FlannelConfig | undefined {
  return configsByResource(model).get(resource);
}
