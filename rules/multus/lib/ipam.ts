/**
 * Address ranges a CNI config's IPAM hands out: host-local `subnet` / `ranges` (narrowed by
 * `rangeStart` / `rangeEnd`), whereabouts `range` (with `range_start` / `range_end`) and static
 * `addresses`. A range is an inclusive interval of addresses, so two NADs that split one subnet
 * with disjoint rangeStart..rangeEnd do not overlap.
 */
import { cidrBounds, formatIp, network, parseGoCidr, parseGoIp, parseIp, size } from '../../../src/engine/cidr.js';
import type { Cidr, IpFamily } from '../../../src/engine/cidr.js';
import type { Path } from '../../../src/engine/types.js';
import { asArray, asObject, isObject } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';
import { pluginsOf } from './nads.js';

export interface AddressRange {
  family: IpFamily;
  lo: bigint;
  hi: bigint;
  text: string;
  /** Where the range is written inside the config. */
  path: Path;
  /**
   * A whereabouts range with overlap protection (`enable_overlapping_ranges`, on by default:
   * whereabouts pkg/types DefaultOverlappingIPsFeatures): every address it hands out is reserved
   * cluster-wide, so another such range never hands out the same one.
   */
  clusterWide?: true;
  /** The layer-2 segment its plugin attaches to, when the config names one (see segmentOf). */
  segment?: Segment;
  /**
   * A host-local range's store folder (`dataDir`, default /var/lib/cni/networks): host-local keeps
   * a network's allocations in `<dataDir>/<network name>` (plugins/ipam/host-local/main.go,
   * backend/disk/backend.go), so configs with one network name and folder share one store.
   */
  hostLocalDataDir?: string;
}

export function cidrRange(c: Cidr): { family: IpFamily; lo: bigint; hi: bigint } {
  return cidrBounds(c);
}

export function rangesOverlap(a: { family: IpFamily; lo: bigint; hi: bigint }, b: { family: IpFamily; lo: bigint; hi: bigint }): boolean {
  return a.family === b.family && a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * The plugins parse the subnet with Go's net.ParseCIDR (libcni types.IPNet) and bring the bounds
 * to the subnet's family with To4() (host-local allocator/range.go canonicalizeIP).
 */
function subnetRange(subnet: unknown, start: unknown, end: unknown, path: Path): AddressRange | null {
  if (typeof subnet !== 'string') return null;
  const c = parseGoCidr(subnet.trim());
  if (!c.ok) return null;
  const r = cidrRange(c.cidr);
  const s = typeof start === 'string' ? parseGoIp(start) : null;
  const e = typeof end === 'string' ? parseGoIp(end) : null;
  const lo = s && s.family === r.family && s.value >= r.lo && s.value <= r.hi ? s.value : r.lo;
  const hi = e && e.family === r.family && e.value >= lo && e.value <= r.hi ? e.value : r.hi;
  const text = lo === r.lo && hi === r.hi ? subnet : `${formatIp({ family: r.family, value: lo })}-${formatIp({ family: r.family, value: hi })}`;
  return { family: r.family, lo, hi, text, path };
}

/**
 * A layer-2 segment a config names: two segments of one kind with different ids never share a
 * broadcast domain; of different kinds, or unnamed, they may.
 */
export interface Segment {
  kind: string;
  id: string;
}

/**
 * The segment a plugin attaches pods to, when its config says: a node-local Linux bridge by name
 * and VLAN (plugins/main/bridge: `bridge`, default cni0; `vlan`); an Open vSwitch bridge and VLAN
 * (ovs-cni `bridge`, `vlan`); a userspace switch, by engine and bridge (userspace-cni
 * `host.engine`, `host.bridge.bridgeName`: OVS-DPDK and VPP are separate switches); a VLAN by its
 * id (plugins/main/vlan `vlanId`, sriov-cni `vlan`), whatever the parent interface. macvlan and
 * ipvlan name a parent interface, which does not tell the physical network apart: undefined.
 */
function segmentOf(plugin: Obj): Segment | undefined {
  const id = (...parts: unknown[]) => parts.map((p) => (p === undefined || p === null ? '' : String(p))).join(' ');
  switch (plugin.type) {
    case 'bridge':
      return { kind: 'bridge', id: id(typeof plugin.bridge === 'string' && plugin.bridge !== '' ? plugin.bridge : 'cni0', plugin.vlan ?? 0) };
    case 'ovs':
      return typeof plugin.bridge === 'string' ? { kind: 'ovs', id: id(plugin.bridge, plugin.vlan ?? 0) } : undefined;
    case 'userspace': {
      const host = asObject(plugin.host);
      return typeof host.engine === 'string' ? { kind: 'userspace', id: id(host.engine, asObject(host.bridge).bridgeName) } : undefined;
    }
    case 'vlan':
      return typeof plugin.vlanId === 'number' ? { kind: 'vlan', id: id(plugin.vlanId) } : undefined;
    case 'sriov':
      return typeof plugin.vlan === 'number' && plugin.vlan > 0 ? { kind: 'vlan', id: id(plugin.vlan) } : undefined;
    default:
      return undefined;
  }
}

export function ipamRanges(conf: Obj): AddressRange[] {
  const out: AddressRange[] = [];
  for (const { plugin, path } of pluginsOf(conf)) {
    const ipam = asObject(plugin.ipam);
    const base = [...path, 'ipam'];
    const dataDir = ipam.type === 'host-local' ? (typeof ipam.dataDir === 'string' && ipam.dataDir !== '' ? ipam.dataDir : '/var/lib/cni/networks') : undefined;
    const segment = segmentOf(plugin);
    const push = (r: AddressRange | null) => r && out.push({ ...r, ...(dataDir === undefined ? {} : { hostLocalDataDir: dataDir }), ...(segment === undefined ? {} : { segment }) });
    if (ipam.subnet !== undefined) push(subnetRange(ipam.subnet, ipam.rangeStart, ipam.rangeEnd, [...base, 'subnet']));
    asArray(ipam.ranges).forEach((set, i) =>
      asArray(set).forEach((r, j) => {
        if (isObject(r)) push(subnetRange(r.subnet, r.rangeStart, r.rangeEnd, [...base, 'ranges', i, j, 'subnet']));
      }),
    );
    if (typeof ipam.range === 'string' && ipam.range.includes('/')) {
      const r = subnetRange(ipam.range, ipam.range_start, ipam.range_end, [...base, 'range']);
      push(r && ipam.type === 'whereabouts' && ipam.enable_overlapping_ranges !== false ? { ...r, clusterWide: true } : r);
    }
    asArray(ipam.addresses).forEach((a, i) => {
      const addr = asObject(a).address;
      if (typeof addr !== 'string') return;
      const ip = parseIp(addr.split('/')[0]);
      if (ip) out.push({ family: ip.family, lo: ip.value, hi: ip.value, text: addr.split('/')[0], path: [...base, 'addresses', i, 'address'], ...(segment === undefined ? {} : { segment }) });
    });
  }
  return out;
}
