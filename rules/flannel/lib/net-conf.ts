/**
 * flannel's `net-conf.json` (a ConfigMap key, `kube-flannel-cfg` upstream and `canal-config` in
 * canal), parsed with positions. flannel decodes it with Go's encoding/json, which matches keys
 * case-insensitively, so `field` does too.
 */
import { embeddedJson } from '../../cni/lib/json-source.js';
import type { EmbeddedResult, JsonSource } from '../../cni/lib/json-source.js';
import { parseGoCidr } from '../../../src/engine/cidr.js';
import type { Cidr } from '../../../src/engine/cidr.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { asObject, goJsonField, goJsonKey, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';

export const NET_CONF_KEY = 'net-conf.json';

/** flannel decodes its JSON with Go's encoding/json: keys bind in any case. */
export const fieldKey = goJsonKey;
export const field = goJsonField;

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

/**
 * `Network` / `IPv6Network` as flannel decodes them: Go's net.ParseCIDR (pkg/ip ipnet.go and
 * ip6net.go UnmarshalJSON), so `10.244.0.0/016` is 10.244.0.0/16. An IPv4-mapped network stays
 * IPv6 here: IP4Net takes it with its 128-bit mask length as prefix (ipnet.go FromIPNet).
 */
function cidr(v: unknown): Cidr | null {
  if (typeof v !== 'string') return null;
  const r = parseGoCidr(v);
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

/**
 * Said in every message about a check that only flannel's etcd subnet manager makes: flannel
 * `pkg/subnet/config.go` `CheckNetworkConfig` runs from `pkg/subnet/etcd/local_manager.go`, while
 * the kube manager (`pkg/subnet/kube/kube.go`) only calls `ParseConfig` and leases each node its
 * `spec.podCIDR`.
 */
export const ETCD_ONLY = 'flanneld refuses this only with its etcd subnet manager; with --kube-subnet-mgr it takes node subnets from the Nodes\' podCIDRs and does not check it';

export interface Family {
  v: 4 | 6;
  /** net-conf.json keys of this family. */
  network: 'Network' | 'IPv6Network';
  subnetLen: 'SubnetLen' | 'IPv6SubnetLen';
  subnetMin: 'SubnetMin' | 'IPv6SubnetMin';
  subnetMax: 'SubnetMax' | 'IPv6SubnetMax';
  bits: 32 | 128;
  /** Longest SubnetLen flannel accepts (room for a tunnel and a bridge address). */
  maxSubnetLen: number;
  /** Longest Network prefix that still fits four default-sized node subnets. */
  maxNetworkPrefix: number;
  /** SubnetLen flannel picks when the network is large enough. */
  defaultSubnetLen: number;
}

export const FAMILIES: readonly Family[] = [
  { v: 4, network: 'Network', subnetLen: 'SubnetLen', subnetMin: 'SubnetMin', subnetMax: 'SubnetMax', bits: 32, maxSubnetLen: 30, maxNetworkPrefix: 28, defaultSubnetLen: 24 },
  { v: 6, network: 'IPv6Network', subnetLen: 'IPv6SubnetLen', subnetMin: 'IPv6SubnetMin', subnetMax: 'IPv6SubnetMax', bits: 128, maxSubnetLen: 126, maxNetworkPrefix: 124, defaultSubnetLen: 64 },
];

/** flannel enables IPv4 unless `EnableIPv4` is false, IPv6 only when `EnableIPv6` is true. */
export function familyEnabled(conf: Obj, f: Family): boolean {
  return f.v === 4 ? field(conf, 'EnableIPv4') !== false : field(conf, 'EnableIPv6') === true;
}

export function familyNetwork(fc: FlannelConfig, f: Family): Cidr | null {
  const net = f.v === 4 ? fc.network : fc.ipv6Network;
  return net && net.family === f.v ? net : null;
}

/** Go decodes a JSON number into a `uint` field only when it is a non-negative integer. */
export function isUint(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * The per-node subnet length the etcd manager uses: `SubnetLen` when set (non-zero), otherwise
 * the default (a /24, IPv6 /64) or the network prefix + 2 for small networks. Null when the
 * network is unknown or the length is one `CheckNetworkConfig` rejects.
 */
export function effectiveSubnetLen(fc: FlannelConfig, f: Family): number | null {
  const net = familyNetwork(fc, f);
  if (!net) return null;
  const set = field(fc.conf, f.subnetLen);
  if (set !== undefined && !isUint(set)) return null;
  if (set) return set > f.maxSubnetLen || set < net.prefix + 2 ? null : set;
  if (net.prefix > f.maxNetworkPrefix) return null;
  return net.prefix <= f.defaultSubnetLen - 2 ? f.defaultSubnetLen : net.prefix + 2;
}
