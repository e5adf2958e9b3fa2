/**
 * Felix values that Calico's API stores and Felix parses, but that Felix cannot use as written
 * (Calico v3.32.1): a VXLAN port beyond 16 bits, and failsafe port entries Felix's port-list
 * parser refuses. Shared by calico/felixconfig-felix-values (FelixConfiguration fields) and
 * calico/env-felix-value (calico-node's FELIX_* variables).
 */
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Severity } from '../../../src/engine/types.js';
import { isObject } from '../../../src/engine/values.js';
import { parseCalicoCidrOrIp } from '../../../src/engine/calico-formats.js';
import { encapsulation } from './dataplane.js';
import { FELIX_PARSERS } from './felix-param-types.js';
import type { FelixParam } from './felix-param-types.js';

/**
 * VXLANPort is a plain `int` parameter (felix/config/config_params.go, no range), and the API
 * field is an *int with no bound (api/pkg/apis/projectcalico/v3/felixconfig.go; the CRD has none
 * either): 70000 is stored and parsed. Felix then uses it as a 16-bit port everywhere: the
 * vxlan.calico device (netlink writes IFLA_VXLAN_PORT as uint16, vishvananda/netlink v1.3.1
 * link_linux.go), the iptables/nftables rules (felix/rules/static.go DestPorts(uint16(…))) and BPF
 * (felix/dataplane/linux/bpf_ep_mgr.go uint16): VXLAN runs on the port modulo 65536. Above 65535,
 * the device it reads back then carries another port than the configured one, which
 * vxlanLinksIncompat (felix/dataplane/linux/vxlan_mgr.go) calls incompatible, so the device
 * thread (route_mgr.go keepDeviceInSync, every 10 s: int_dataplane.go) deletes and re-creates
 * vxlan.calico each time, and the routes through it go with it. A negative port compares as unset
 * there (only ports above 0 are compared): it is only wrapped. 0 is not judged here.
 */
export function vxlanPortEffect(port: number, model: ClusterModel): { severity: Severity; effect: string } | null {
  if (!Number.isInteger(port) || (port >= 0 && port <= 65535)) return null;
  const used = ((port % 65536) + 65536) % 65536;
  if (port < 0) return { severity: 'warning', effect: `is not a UDP port (0–65535): Felix takes it, but as 16 bits, so VXLAN runs on UDP port ${used}` };
  const enc = encapsulation(model);
  const inUse = enc.vxlanV4 || enc.vxlanV6;
  return {
    severity: inUse ? 'error' : 'warning',
    effect: `is not a UDP port (0–65535): Felix takes it, but as 16 bits, so VXLAN runs on UDP port ${used}, and${inUse ? '' : ' where VXLAN is in use'}, finding vxlan.calico on port ${used} rather than ${port}, Felix deletes and re-creates the device every 10 seconds, dropping the routes through it each time`,
  };
}

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
