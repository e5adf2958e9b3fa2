/**
 * The Go types the reference CNI plugins decode their config into (containernetworking/plugins
 * v1.9.1 config structs, and the NetConf every plugin embeds: containernetworking/cni
 * pkg/types/types.go). Go's encoding/json refuses the whole config when a value does not fit its
 * field (a quoted number, a number where a string goes, a fraction or a negative number for an
 * unsigned one) and matches keys in any case; `null` leaves a field at its zero value.
 */
import type { Obj } from '../../../src/engine/values.js';
import { describeValue, isGoIntegerLiteral, isObject } from '../../../src/engine/values.js';

export type GoType = 'string' | 'bool' | 'int' | 'uint32' | 'uint64' | 'stringList' | 'stringMap' | 'boolMap' | 'object' | 'objectList' | 'list';

/** Fields of the NetConf every plugin embeds. */
export const NET_CONF: Record<string, GoType> = { cniVersion: 'string', name: 'string', type: 'string', capabilities: 'boolMap', ipam: 'object', dns: 'object' };

/**
 * The keys of CNI's own PluginConf (in lower case): libcni decodes every plugin config into it
 * before running the plugin (cni v1.3.0 libcni/conf.go NetworkPluginConfFromBytes, "error parsing
 * configuration"), and so does Multus for a NetworkAttachmentDefinition's config (multus-cni v4.3.0
 * pkg/types/conf.go LoadDelegateNetConf): a value of the wrong type there stops the config before
 * any plugin sees it.
 */
export const NET_CONF_KEYS: ReadonlySet<string> = new Set(Object.keys(NET_CONF).map((k) => k.toLowerCase()));

/** Each plugin's own fields, by `type` (the struct in plugins/main/<type> or plugins/meta/<type>). */
export const PLUGIN_FIELDS: Record<string, Record<string, GoType>> = {
  bridge: {
    bridge: 'string', isGateway: 'bool', isDefaultGateway: 'bool', forceAddress: 'bool', ipMasq: 'bool', ipMasqBackend: 'string', mtu: 'int', hairpinMode: 'bool', promiscMode: 'bool',
    vlan: 'int', vlanTrunk: 'objectList', preserveDefaultVlan: 'bool', macspoofchk: 'bool', enabledad: 'bool', disableContainerInterface: 'bool', portIsolation: 'bool',
  },
  macvlan: { master: 'string', mode: 'string', mtu: 'int', mac: 'string', linkInContainer: 'bool', bcqueuelen: 'uint32' },
  ipvlan: { master: 'string', mode: 'string', mtu: 'int', linkInContainer: 'bool' },
  vlan: { master: 'string', vlanId: 'int', mtu: 'int', linkInContainer: 'bool' },
  ptp: { ipMasq: 'bool', ipMasqBackend: 'string', mtu: 'int' },
  'host-device': { device: 'string', hwaddr: 'string', kernelpath: 'string', pciBusID: 'string' },
  tuning: { sysctl: 'stringMap', mac: 'string', promisc: 'bool', mtu: 'int', txQLen: 'int', allmulti: 'bool', dataDir: 'string' },
  bandwidth: { ingressRate: 'uint64', ingressBurst: 'uint64', egressRate: 'uint64', egressBurst: 'uint64' },
  portmap: { backend: 'string', snat: 'bool', conditionsV4: 'stringList', conditionsV6: 'stringList', masqAll: 'bool', markMasqBit: 'int', externalSetMarkChain: 'string' },
  sbr: { table: 'int' },
  vrf: { vrfname: 'string', table: 'uint32' },
  firewall: { backend: 'string', iptablesAdminChainName: 'string', firewalldZone: 'string', ingressPolicy: 'string' },
  // plugins/main/tap/tap.go NetConf: owner and group are user and group IDs (*uint32).
  tap: { multiQueue: 'bool', mtu: 'int', mac: 'string', owner: 'uint32', group: 'uint32', selinuxContext: 'string', bridge: 'string' },
  // k8snetworkplumbingwg/sriov-cni v2.10.0 pkg/types NetConf.
  sriov: { vlan: 'int', vlanQoS: 'int', vlanProto: 'string', deviceID: 'string', min_tx_rate: 'int', max_tx_rate: 'int', spoofchk: 'string', trust: 'string', link_state: 'string', logLevel: 'string', logFile: 'string' },
  // k8snetworkplumbingwg/ovs-cni v0.39.0 pkg/types NetConf (vlan and ofport_request are Go uints).
  ovs: { bridge: 'string', vlan: 'uint64', mtu: 'int', trunk: 'objectList', deviceID: 'string', ofport_request: 'uint64', interface_type: 'string', configuration_path: 'string', socket_file: 'string', link_state_check_retries: 'int', link_state_check_interval: 'int' },
  // projectcalico/calico v3.32.1 cni-plugin/pkg/types/types.go NetConf (the fields a manifest writes; Windows ones left out).
  calico: {
    mode: 'string', vxlan_mac_prefix: 'string', vxlan_vni: 'uint64', qps: 'int', burst: 'int', args: 'object', mtu: 'int', num_queues: 'int', nodename: 'string', nodename_file: 'string',
    ipam_lock_file: 'string', nodename_file_optional: 'bool', datastore_type: 'string', etcd_endpoints: 'string', etcd_discovery_srv: 'string', log_level: 'string', log_file_path: 'string',
    log_file_max_size: 'int', log_file_max_age: 'int', log_file_max_count: 'int', policy: 'object', kubernetes: 'object', feature_control: 'object', container_settings: 'object',
    include_default_routes: 'bool', dataplane_options: 'object', readiness_gates: 'stringList', policy_setup_timeout_seconds: 'int', endpoint_status_dir: 'string', hostname: 'string', require_mtu_file: 'bool',
  },
  // k8snetworkplumbingwg/bond-cni bond/bond.go bondingConfig: miimon is a string.
  bond: { mode: 'string', linksInContainer: 'bool', failOverMac: 'int', miimon: 'string', links: 'objectList', mtu: 'int', allSlavesActive: 'int', tlbDynamicLb: 'int', xmitHashPolicy: 'string' },
};

/** IPAM sections by `ipam.type`: the fields their config structs decode. */
export const IPAM_FIELDS: Record<string, Record<string, GoType>> = {
  // containernetworking/plugins allocator/config.go IPAMConfig (the inline Range included).
  'host-local': { type: 'string', subnet: 'string', rangeStart: 'string', rangeEnd: 'string', gateway: 'string', ranges: 'list', routes: 'objectList', dataDir: 'string', resolvConf: 'string' },
  // k8snetworkplumbingwg/whereabouts pkg/types IPAMConfig (v0.9.4).
  whereabouts: {
    type: 'string', range: 'string', range_start: 'string', range_end: 'string', gateway: 'string', exclude: 'stringList', ipRanges: 'objectList', addresses: 'objectList', routes: 'objectList',
    network_name: 'string', node_slice_size: 'string', enable_overlapping_ranges: 'bool', leader_lease_duration: 'int', leader_renew_deadline: 'int', leader_retry_period: 'int', sleep_for_race: 'int',
    log_file: 'string', log_level: 'string', reconciler_cron_expression: 'string', kubernetes: 'object', configuration_path: 'string', datastore: 'string',
  },
};

/** Fields inside `dns` (types.DNS). */
const DNS_FIELDS: Record<string, GoType> = { nameservers: 'stringList', domain: 'string', search: 'stringList', options: 'stringList' };
/** Fields inside the objects of bridge's vlanTrunk (VlanTrunk). */
export const VLAN_TRUNK_FIELDS: Record<string, GoType> = { minID: 'int', maxID: 'int', id: 'int' };
/** Fields inside the objects of ovs-cni's trunk (k8snetworkplumbingwg/ovs-cni v0.39.0 pkg/types Trunk: `*uint` each). */
export const OVS_TRUNK_FIELDS: Record<string, GoType> = { minID: 'uint64', maxID: 'uint64', id: 'uint64' };

/** The list field of a plugin whose objects decode into their own Go struct, with that struct's fields, by plugin type. */
export const TRUNK_FIELDS: Record<string, { key: string; fields: Record<string, GoType> }> = {
  bridge: { key: 'vlanTrunk', fields: VLAN_TRUNK_FIELDS },
  ovs: { key: 'trunk', fields: OVS_TRUNK_FIELDS },
};

const WANT: Record<GoType, string> = {
  string: 'a string', bool: 'true or false', int: 'a whole number', uint32: 'a whole number from 0 to 4294967295', uint64: 'a whole number, not negative',
  stringList: 'a list of strings', stringMap: 'an object of strings', boolMap: 'an object of true/false values', object: 'an object', objectList: 'a list of objects', list: 'a list',
};

function fits(t: GoType, v: unknown): boolean {
  switch (t) {
    case 'string': return typeof v === 'string';
    case 'bool': return typeof v === 'boolean';
    case 'int': return typeof v === 'number' && Number.isInteger(v);
    case 'uint32': return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;
    case 'uint64': return typeof v === 'number' && Number.isInteger(v) && v >= 0;
    case 'stringList': return Array.isArray(v) && v.every((x) => typeof x === 'string' || x === null);
    case 'stringMap': return isObject(v) && Object.values(v).every((x) => typeof x === 'string' || x === null);
    case 'boolMap': return isObject(v) && Object.values(v).every((x) => typeof x === 'boolean' || x === null);
    case 'object': return isObject(v);
    case 'objectList': return Array.isArray(v) && v.every((x) => isObject(x) || x === null);
    case 'list': return Array.isArray(v);
  }
}

/** For a map or list of the right kind whose entry is not: that entry, described (`capabilities: {ips: "yes"}`). */
function strayIn(t: GoType, v: unknown): string | null {
  const entryType: Partial<Record<GoType, GoType>> = { stringList: 'string', stringMap: 'string', boolMap: 'bool', objectList: 'object' };
  const want = entryType[t];
  const isMap = t === 'stringMap' || t === 'boolMap';
  if (want === undefined || (isMap ? !isObject(v) : !Array.isArray(v))) return null;
  const entries: [string | number, unknown][] = isMap ? Object.entries(v as Obj) : (v as unknown[]).map((x, i) => [i, x]);
  const stray = entries.find(([, x]) => x !== null && !fits(want, x));
  if (stray === undefined) return null;
  return isMap ? `an object whose "${stray[0]}" is ${describeValue(stray[1])}` : `a list whose item ${stray[0]} is ${describeValue(stray[1])}`;
}

/**
 * Each value of `o` that does not decode into its field, keys matched in any case. `literal`
 * gives a number's text as written, when the source keeps it: an integer field must hold one
 * written as an integer.
 */
export function fieldTypeProblems(o: Obj, fields: Record<string, GoType>, literal?: (key: string) => string | undefined): { key: string; text: string }[] {
  const byLower = new Map(Object.entries(fields).map(([k, t]) => [k.toLowerCase(), t]));
  const out: { key: string; text: string }[] = [];
  for (const [key, v] of Object.entries(o)) {
    const t = byLower.get(key.toLowerCase());
    if (t === undefined || v === null) continue;
    if (!fits(t, v)) {
      out.push({ key, text: `${key} must be ${WANT[t]}, not ${strayIn(t, v) ?? describeValue(v)}` });
      continue;
    }
    if (typeof v !== 'number' || literal === undefined || (t !== 'int' && t !== 'uint32' && t !== 'uint64')) continue;
    const written = literal(key);
    if (written !== undefined && !isGoIntegerLiteral(written, t === 'int')) {
      out.push({ key, text: `${key} must be ${WANT[t]} written ${t === 'int' ? 'with digits and a sign only' : 'with digits only'}, not ${written}: Go's encoding/json reads a fraction, an exponent${t === 'int' ? '' : ' or a sign'} into no ${t === 'int' ? 'integer' : 'unsigned'} field` });
    }
  }
  return out;
}

/** The fields `type` decodes (its own and NetConf's), or null for a plugin netlint does not know. */
export function pluginFields(type: string): Record<string, GoType> | null {
  const own = PLUGIN_FIELDS[type];
  return own === undefined ? null : { ...NET_CONF, ...own };
}

export { DNS_FIELDS };

/**
 * Go's net.ParseMAC: 6, 8 or 20 bytes, two hex digits each with `:` or `-` between them, or groups
 * of four hex digits with `.` between them (3, 4 or 10 groups). CNI plugins and Multus parse MACs with it.
 */
// One separator throughout (net.ParseMAC checks each against the first: "02:00-00:00:00:01" fails).
const GO_MAC = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\2){6}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\3){18}[0-9A-Fa-f]{2}$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$|^([0-9A-Fa-f]{4}\.){3}[0-9A-Fa-f]{4}$|^([0-9A-Fa-f]{4}\.){9}[0-9A-Fa-f]{4}$/;

export function isGoMac(text: string): boolean {
  return GO_MAC.test(text);
}
