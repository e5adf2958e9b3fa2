/** flannel backends registered in `pkg/backend` (manager.go `GetBackend`). */
export const BACKEND_TYPES = ['vxlan', 'host-gw', 'udp', 'ipip', 'ipsec', 'wireguard', 'alloc', 'tencent-vpc', 'extension'];

/** How flannel's Go decoder reads one Backend field, and the values the backend can use. */
export type FieldSpec =
  | { kind: 'int'; min?: number; max?: number; range?: string; netlinkPort?: true }
  | { kind: 'bool' }
  | { kind: 'string'; oneOf?: readonly string[]; minLength?: number; wireguardKey?: true };

const INT: FieldSpec = { kind: 'int' };
const BOOL: FieldSpec = { kind: 'bool' };
const STRING: FieldSpec = { kind: 'string' };
const UDP_PORT: FieldSpec = { kind: 'int', min: 0, max: 65535, range: 'a UDP port, 0-65535' };
/**
 * The vxlan backend's `Port` goes to the kernel through netlink, which sends it only when positive
 * and as 16 bits (vishvananda/netlink link_linux.go addVxlanAttrs: `if vxlan.Port > 0`,
 * `htons(uint16(vxlan.Port))`; flannel pkg/backend/vxlan device.go newVXLANDevice): flanneld starts
 * with any number, and one outside 1-65535 silently becomes another port.
 */
const VXLAN_PORT: FieldSpec = { kind: 'int', netlinkPort: true };

/**
 * The fields each backend decodes from `Backend` (Linux and Windows builds together), read from
 * the config structs in flannel `pkg/backend/<name>`. The VNI limit is the kernel's: a VXLAN
 * device refuses an ID of 2^24 or more (Linux `drivers/net/vxlan`, `vxlan_validate`). ipsec
 * refuses a PSK shorter than 96 characters (`minPasswordLength`); wireguard refuses a Mode other
 * than its four names ("no valid Mode configured"), and reads a non-empty PSK as a WireGuard key:
 * standard base64 of exactly 32 bytes (device.go setupKeys, wgctrl wgtypes.ParseKey).
 */
export const BACKEND_FIELDS: Record<string, Record<string, FieldSpec>> = {
  vxlan: { VNI: { kind: 'int', min: 0, max: 16777215, range: 'a VXLAN network identifier, 0-16777215' }, Port: VXLAN_PORT, MTU: INT, GBP: BOOL, Learning: BOOL, DirectRouting: BOOL, Name: STRING, MacPrefix: STRING },
  'host-gw': { Name: STRING, DNSServerList: STRING },
  udp: { Port: UDP_PORT },
  ipip: { DirectRouting: BOOL },
  ipsec: { UDPEncap: BOOL, ESPProposal: STRING, PSK: { kind: 'string', minLength: 96 } },
  wireguard: { ListenPort: UDP_PORT, ListenPortV6: UDP_PORT, MTU: INT, PSK: { kind: 'string', wireguardKey: true }, PersistentKeepaliveInterval: INT, Mode: { kind: 'string', oneOf: ['separate', 'auto', 'ipv4', 'ipv6'] } },
  alloc: {},
  'tencent-vpc': { AccessKeyID: STRING, AccessKeySecret: STRING },
  extension: { PreStartupCommand: STRING, PostStartupCommand: STRING, SubnetAddCommand: STRING, SubnetRemoveCommand: STRING },
};

/** Fields only the Windows build of a backend reads (flannel pkg/backend/vxlan/vxlan_windows.go); Linux ignores them. */
export const WINDOWS_ONLY_FIELDS: Record<string, readonly string[]> = { vxlan: ['Name', 'MacPrefix'] };
