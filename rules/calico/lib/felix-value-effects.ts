/**
 * Felix values that Calico's API stores and Felix parses, but that Felix cannot use as written
 * (Calico v3.32.1): a VXLAN port beyond 16 bits, a VXLAN identifier beyond 24, a mark mask with
 * too few bits for Felix's marks, and failsafe port entries Felix's port-list parser refuses.
 * Shared by calico/felixconfig-felix-values (FelixConfiguration fields) and calico/env-felix-value
 * (calico-node's FELIX_* variables).
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Severity } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';
import { parseCalicoCidrOrIp } from '../../../src/engine/calico-formats.js';
import { bpfDataplane, encapsulation, felixValueFor, nftablesEnabled } from './dataplane.js';
import { bitCount, FELIX_PARSERS, MIN_MARK_BITS } from './felix-param-types.js';
import { kubeProxyMode } from '../../cluster/lib/kube-proxy.js';
import type { FelixParam } from './felix-param-types.js';

/**
 * VXLANPort is a plain `int` parameter (felix/config/config_params.go, no range), and the API
 * field an *int with no bound (api/pkg/apis/projectcalico/v3/felixconfig.go; the CRD has none
 * either): 70000 is stored and parsed. Felix then uses it as a 16-bit port everywhere: the
 * vxlan.calico device (netlink writes IFLA_VXLAN_PORT as uint16, vishvananda/netlink v1.3.1
 * link_linux.go addVxlanAttrs), the iptables/nftables rules (felix/rules/static.go
 * DestPorts(uint16(…))) and BPF (felix/dataplane/linux/bpf_ep_mgr.go uint16): VXLAN runs on the
 * port modulo 65536. Above 65535, the device it reads back then carries another port than the
 * configured one, which vxlanLinksIncompat (felix/dataplane/linux/vxlan_mgr.go) calls incompatible,
 * so the device thread (route_mgr.go keepDeviceInSync, every 10 s: int_dataplane.go) deletes and
 * re-creates vxlan.calico each time, and the routes through it go with it. A port of 0 or less
 * netlink leaves out (`if vxlan.Port > 0`), so the kernel gives the device its default, 8472
 * (drivers/net/vxlan `vxlan_port`), not the IANA port 4789 Calico's network requirements open;
 * Felix's rules that admit VXLAN only from the cluster's hosts (static.go "Allow/Drop IPv4 VXLAN
 * packets from … hosts") name the 16-bit form of the value and so match none of it, and the
 * device thread compares only ports above 0, so it does not loop.
 */
export function vxlanPortEffect(port: number, model: ClusterModel): { severity: Severity; effect: string } | null {
  if (!Number.isInteger(port) || (port >= 1 && port <= 65535)) return null;
  const used = ((port % 65536) + 65536) % 65536;
  if (port <= 0) {
    return {
      severity: 'warning',
      effect: `is not a port netlink gives the VXLAN device: it leaves it out, so vxlan.calico runs on the kernel's default UDP port 8472, not 4789 (a firewall opened for Calico's 4789 drops it), and Felix's rules that admit VXLAN only from the cluster's hosts name port ${used}, so they match none of it`,
    };
  }
  const enc = encapsulation(model);
  const inUse = enc.vxlanV4 || enc.vxlanV6;
  return {
    severity: inUse ? 'error' : 'warning',
    effect: `is not a UDP port (0–65535): Felix takes it, but as 16 bits, so VXLAN runs on UDP port ${used}, and${inUse ? '' : ' where VXLAN is in use'}, finding vxlan.calico on port ${used} rather than ${port}, Felix deletes and re-creates the device every 10 seconds, dropping the routes through it each time`,
  };
}

/** The largest VXLAN network identifier: 24 bits (RFC 7348). */
export const MAX_VXLAN_VNI = 16777215;

/**
 * VXLANVNI is a plain `int` parameter too (config_params.go, no range), and the API field an *int
 * with no bound (felixconfig.go; the CRD has none). On the iptables and nftables dataplanes Felix
 * gives it to vxlan.calico as written (felix/dataplane/linux/vxlan_mgr.go device: VxlanId),
 * netlink sends it as a uint32 (vishvananda/netlink link_linux.go addVxlanAttrs), and the kernel
 * refuses an identifier of 24 bits or more (drivers/net/vxlan vxlan_validate: "VXLAN ID must be
 * lower than 16777216", ERANGE; a negative one wraps to such a uint32). Felix then fails to add the
 * device and tries again every second (route_mgr.go keepDeviceInSync), so VXLAN never comes up on
 * any node. The eBPF dataplane makes a flow-based device, which carries no identifier, and sets it
 * per packet: not judged there (null).
 */
export function vxlanVniEffect(vni: number, model: ClusterModel, spec?: Readonly<Record<string, unknown>>): { severity: Severity; effect: string } | null {
  if (!Number.isInteger(vni) || (vni >= 0 && vni <= MAX_VXLAN_VNI) || bpfDataplane(model, spec)) return null;
  const enc = encapsulation(model);
  const inUse = enc.vxlanV4 || enc.vxlanV6;
  return {
    severity: inUse ? 'error' : 'warning',
    effect: `is not a VXLAN network identifier (0–${MAX_VXLAN_VNI}, 24 bits): Felix takes it, but the kernel refuses to create vxlan.calico with it ("VXLAN ID must be lower than 16777216"), so Felix retries every second and${inUse ? '' : ', where VXLAN is in use,'} no traffic crosses between nodes over VXLAN`,
  };
}

/** The mark bits the eBPF programs use whatever the configuration (felix/bpf/tc/defs/defs.go MarksMask). */
const BPF_MARKS = 0x1ff00000;

/**
 * IptablesMarkMask and NftablesMarkMask are `mark-bitmask` parameters, die-on-fail: a uint32 of
 * at least 2 bits (felix/config/param_types.go MarkBitmaskParam), which the API does not check (a
 * *uint32 with no validator tag). Felix takes its marks from the nftables mask when nftablesMode
 * is Enabled, else from the iptables one (config_params.go MarkMask: Auto reads the iptables one);
 * on the eBPF dataplane the mask must hold the bits the BPF programs use, which are then set aside,
 * and from the rest Felix takes one bit each for accept, pass, drop and two scratch marks, one
 * for WireGuard when it is on, and at least one for endpoint marks when kube-proxy runs in IPVS
 * mode (off the eBPF dataplane); it panics at start when they are not there ("Not enough mark
 * bits available", felix/dataplane/driver.go). A mask Felix does not use is judged by its parser only.
 */
function markMaskEffect(which: 'iptables' | 'nftables'): UnusableEffect {
  return (mask, model, spec) => {
    if (!Number.isInteger(mask) || mask < 0 || mask > 0xffffffff) return null;
    const bits = bitCount(mask);
    if (bits < MIN_MARK_BITS) return { severity: 'error', effect: `has ${bits} bit${bits === 1 ? '' : 's'} set: Felix takes a mark mask of at least ${MIN_MARK_BITS}, refuses it and does not start` };
    if ((which === 'nftables') !== nftablesEnabled(model, spec)) return null;
    const bpf = bpfDataplane(model, spec);
    if (bpf && (mask & BPF_MARKS) >>> 0 !== BPF_MARKS) return { severity: 'error', effect: `lacks mark bits the eBPF programs use (0x1ff00000): Felix panics at start` };
    const left = bitCount(bpf ? (mask & ~BPF_MARKS) >>> 0 : mask);
    const wireguard = felixValueFor(model, 'wireguardEnabled', spec) === true || felixValueFor(model, 'wireguardEnabledV6', spec) === true;
    // kube-proxy in IPVS mode (Felix sees its kube-ipvs0 device) needs at least one more for the
    // endpoint marks; the eBPF dataplane ignores it.
    const proxy = bpf ? null : kubeProxyMode(model);
    const ipvs = proxy?.mode === 'ipvs';
    const needed = 5 + (wireguard ? 1 : 0) + (ipvs ? 1 : 0);
    if (left >= needed) return null;
    const uses = ['accept, pass, drop, two scratch bits', ...(wireguard ? ['WireGuard'] : []), ...(ipvs ? [`an endpoint mark for kube-proxy's IPVS mode (${proxy!.source})`] : [])].join(', ');
    return {
      severity: 'error',
      effect: `leaves ${left} bit${left === 1 ? '' : 's'} for Felix's marks${bpf ? ' beside the eBPF programs\' 0x1ff00000' : ''}, which need ${needed} (${uses}): Felix panics at start ("Not enough mark bits available")`,
    };
  };
}

/** What Felix makes of an integer it takes as written, when it cannot use it as such (null when it can). */
export type UnusableEffect = (value: number, model: ClusterModel, spec?: Readonly<Record<string, unknown>>) => { severity: Severity; effect: string } | null;

/** The integer parameters above: FelixConfiguration field, Felix parameter (the `FELIX_*` name's), and what comes of a value. */
export const UNUSABLE_INTS: readonly { field: string; param: string; effect: UnusableEffect }[] = [
  { field: 'vxlanPort', param: 'VXLANPort', effect: vxlanPortEffect },
  { field: 'vxlanVNI', param: 'VXLANVNI', effect: vxlanVniEffect },
  { field: 'iptablesMarkMask', param: 'IptablesMarkMask', effect: markMaskEffect('iptables') },
  { field: 'nftablesMarkMask', param: 'NftablesMarkMask', effect: markMaskEffect('nftables') },
];

/** The port-list parameter (FailsafeInboundHostPorts and FailsafeOutboundHostPorts share its kind). */
const PORT_LIST: FelixParam = { name: 'FailsafeInboundHostPorts', kind: 'port-list', args: null, default: '', flags: ['die-on-fail'] };

/**
 * One FelixConfiguration failsafe entry ({protocol, port, net}) as Felix receives it: the update
 * processor writes each as `protocol:port`, or `protocol:net:port` (an IPv6 net in brackets), the
 * protocol lower-cased and left empty when the entry has none
 * (libcalico-go/lib/backend/syncersv1/updateprocessors/felixconfigprocessor.go protoPortSliceToString).
 */
export function failsafeEntryText(entry: Record<string, unknown>): string {
  const protocol = typeof entry.protocol === 'string' ? entry.protocol.toLowerCase() : '';
  const port = typeof entry.port === 'number' ? String(entry.port) : '0';
  const net = typeof entry.net === 'string' ? entry.net : '';
  if (net === '') return `${protocol}:${port}`;
  const parsed = parseCalicoCidrOrIp(net);
  return parsed.ok && parsed.ip.family === 6 ? `${protocol}:[${net}]:${port}` : `${protocol}:${net}:${port}`;
}

export type FailsafeProblem = { kind: 'noProtocol' | 'protocol' | 'net' | 'other'; text: string; problem: string };

/**
 * Why Felix refuses a failsafe entry (felix/config/param_types.go PortListParam: protocol tcp or
 * udp only, a port 0–65535, a net that parses as a CIDR or address); the parameter is
 * die-on-fail, so Felix does not start. Null when Felix takes it.
 */
export function failsafeEntryProblem(entry: unknown): FailsafeProblem | null {
  // A port or protocol of the wrong type, or a port beyond 16 bits, is the schema's (calico/felixconfig-field-values).
  if (!isObject(entry) || (entry.protocol !== undefined && typeof entry.protocol !== 'string')) return null;
  if (entry.port !== undefined && !(Number.isInteger(entry.port) && (entry.port as number) >= 0 && (entry.port as number) <= 65535)) return null;
  const text = failsafeEntryText(entry);
  const problem = FELIX_PARSERS['port-list'](text, PORT_LIST);
  if (problem === null) return null;
  const protocol = typeof entry.protocol === 'string' ? entry.protocol.toLowerCase() : '';
  if (protocol === '') return { kind: 'noProtocol', text, problem };
  if (protocol !== 'tcp' && protocol !== 'udp') return { kind: 'protocol', text, problem };
  if (typeof entry.net === 'string' && entry.net !== '' && !parseCalicoCidrOrIp(entry.net).ok) return { kind: 'net', text, problem };
  return { kind: 'other', text, problem };
}
