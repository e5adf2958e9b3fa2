/**
 * Configs that the third-party CNI plugins' own tests load or refuse (sriov-cni, ovs-cni,
 * bond-cni, and the whereabouts IPAM plugin), retold in our words as CNI files (`.conf` /
 * `.conflist` under a `net.d/` folder, so that findings carry the path inside the JSON). The
 * whole built-in rule set runs, as `netlint lint` does; only the CNI pack and the loader's input
 * checks are judged.
 *
 * ACCEPTED upstream: no error from `cni/*` or `input/*` (warnings allowed).
 * REFUSED upstream (the plugin fails): an error from the given rule at the given path.
 *
 * Sources: k8snetworkplumbingwg/whereabouts v0.9.4, sriov-cni v2.10.0, ovs-cni v0.39.0;
 * bond-cni's only release tag (v1.0, 2018) has no tests, so its cases come from master at
 * 258926ad54a78e3dc070ab416cf79055e79c279a (bond/bond_test.go).
 *
 * Values a test only hands the plugin through the runtime (CNI_ARGS MAC or OvnPort, a host's
 * links and their MTUs, VFs present on the host, IPs already reserved) are not config and are
 * left out; so are upstream cases whose config duplicates one below.
 *
 */
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { BUILTIN_RULES } from '../index.js';

type Case = UpstreamCase;

const accepted = (name: string, files: Record<string, string>): Case => ({ name, files });
const refused = (name: string, files: Record<string, string>, rule: string, path: (string | number)[] = []): Case => ({
  name,
  files,
  refused: { rule, file: Object.keys(files)[0]!, path },
});
const PLUGIN = 'cni/plugin-options';

/** One `.conf` file holding `json`. */
const conf = (json: string) => ({ 'net.d/20-attach.conf': json });

// ---------------------------------------------------------------------------------------------
// whereabouts v0.9.4.

/** An ipvlan network handing `ipam` (the fields after `"type": "whereabouts"`) to whereabouts. */
const wb = (ipam: string, cniVersion = '0.3.1') =>
  conf(`{"cniVersion": "${cniVersion}", "name": "wbnet", "type": "ipvlan", "master": "eth1", "ipam": {"type": "whereabouts", "kubernetes": {"kubeconfig": "/etc/cni/net.d/whereabouts.d/whereabouts.kubeconfig"}, ${ipam}}}`);

// pkg/config/config_test.go (v0.9.4): LoadIPAMConfig / LoadIPAMConfiguration.
const WB_CONFIG: Case[] = [
  accepted('a first-IP-CIDR range, log settings and a gateway outside the range (L35 "can load a basic config")', wb('"log_file": "/var/log/wb.log", "log_level": "debug", "range": "192.168.1.5-192.168.1.25/24", "gateway": "192.168.10.1"')),
  accepted('a range with host bits, range_start below the given address, leader timings, a configuration_path (L76 "can load a global flat-file config")', wb('"configuration_path": "/etc/wb/flat.conf", "range": "192.168.2.230/24", "range_start": "192.168.2.223", "gateway": "192.168.10.1", "leader_lease_duration": 3000, "leader_renew_deadline": 2000, "leader_retry_period": 1000')),
  accepted('enable_overlapping_ranges true (L123 "overlapping range can be set")', wb('"range": "192.168.2.230/24", "configuration_path": "/etc/wb/flat.conf", "enable_overlapping_ranges": true')),
  accepted('enable_overlapping_ranges false (L142 "overlapping range can be disabled")', wb('"range": "192.168.2.230/24", "configuration_path": "/etc/wb/flat.conf", "enable_overlapping_ranges": false')),
  accepted('a 0.3.0 list whose macvlan uses whereabouts with leader timings (L161 "can load a config list"; a list name added, which libcni needs)', {
    'net.d/20-attach.conflist': '{"cniVersion": "0.3.0", "name": "wblist", "disableCheck": true, "plugins": [{"type": "macvlan", "master": "eth0", "mode": "bridge", "ipam": {"type": "whereabouts", "leader_lease_duration": 1500, "leader_renew_deadline": 1000, "leader_retry_period": 500, "range": "192.168.1.5-192.168.1.25/24", "gateway": "192.168.10.1", "log_level": "debug", "log_file": "/var/log/wb.log", "kubernetes": {"kubeconfig": "/etc/cni/net.d/whereabouts.d/whereabouts.kubeconfig"}}}]}',
  }),
  accepted('leading zeroes in the first IP of a first-IP-CIDR range (L232: ParseIPSloppy)', wb('"range": "00192.00168.1.5-000000192.168.1.25/24", "gateway": "192.168.10.1"')),
  accepted('leading zeroes in a CIDR range (L260)', wb('"range": "00192.00168.1.0/24", "gateway": "192.168.10.1"')),
  accepted('leading zeroes in range and range_start (L287)', wb('"range": "00192.00168.1.0/24", "range_start": "00192.00168.1.44", "gateway": "192.168.10.1"')),
  accepted('leading zeroes in range, range_start and range_end (L315)', wb('"range": "00192.00168.1.0/24", "range_start": "00192.00168.1.44", "range_end": "00192.00168.01.209", "gateway": "192.168.10.1"')),
  accepted('a reconciler cron expression (L345 "can unmarshall the cronjob expression")', wb('"range": "00192.00168.1.0/24", "range_start": "00192.00168.1.44", "range_end": "00192.00168.01.209", "gateway": "192.168.10.1", "reconciler_cron_expression": "30 4 * * *"')),
  refused('a first-IP-CIDR range whose first IP is outside the /28 (L377 "errors when an invalid range specified")', wb('"range": "192.168.1.5-192.168.2.25/28", "gateway": "192.168.10.1"'), PLUGIN, ['ipam', 'range']),
  refused('an ipam object that is no JSON (L399 "errors when an invalid IPAM struct is specified")', conf('{"cniVersion": "0.3.1", "name": "wbnet", "type": "ipvlan", "master": "eth1", "ipam": { junk }}'), 'input/cni-json'),
];

// pkg/iphelpers/iphelpers_test.go (v0.9.4): GetIPRange, FirstUsableIP/LastUsableIP and
// HasUsableIPs, which every assignment runs on a range's network with its range_start/range_end
// (pkg/allocate/allocate.go IterateForAssignment L88).
const WB_IPHELPERS: Case[] = [
  accepted('a /30 (GetIPRange L555; L747 "do not fail when the mask meets minimum required"; FirstUsableIP L296, LastUsableIP L354, HasUsableIPs L422)', wb('"range": "192.168.21.100/30"')),
  accepted('a /24 with range_start inside (GetIPRange L564)', wb('"range": "192.168.2.200/24", "range_start": "192.168.2.23"')),
  accepted('a /27 (GetIPRange L574)', wb('"range": "192.168.2.200/27"')),
  accepted('a /24 (GetIPRange L583)', wb('"range": "192.168.2.200/24"')),
  accepted('a /24 with range_end only (GetIPRange L592)', wb('"range": "192.168.2.200/24", "range_end": "192.168.2.100"')),
  accepted('a /24 with range_start and range_end (GetIPRange L602)', wb('"range": "192.168.2.200/24", "range_start": "192.168.2.50", "range_end": "192.168.2.100"')),
  accepted('range_start and range_end outside the network are ignored (GetIPRange L613)', wb('"range": "192.168.2.200/24", "range_start": "192.168.1.150", "range_end": "192.168.3.100"')),
  accepted('range_start after range_end (GetIPRange L624 "inverted")', wb('"range": "192.168.2.200/24", "range_start": "192.168.2.100", "range_end": "192.168.2.50"')),
  accepted('range_start equal to range_end (GetIPRange L635)', wb('"range": "192.168.2.200/24", "range_start": "192.168.2.50", "range_end": "192.168.2.50"')),
  accepted('an IPv6 /116 (GetIPRange L646)', wb('"range": "2001::0/116"')),
  accepted('an IPv6 /96 with a short first hextet and a zero-padded one (GetIPRange L655)', wb('"range": "fd:db8:abcd:0012::0/96"')),
  accepted('an IPv6 /96 (GetIPRange L664)', wb('"range": "2001:db8:abcd:0012::0/96"')),
  accepted('an IPv6 /64 (GetIPRange L673; FirstUsableIP L331, LastUsableIP L389)', wb('"range": "2001:db8:abcd:0012::0/64"')),
  accepted('an IPv6 /64 with range_end (GetIPRange L682)', wb('"range": "2001:db8:abcd:0012::0/64", "range_end": "2001:db8:abcd:0012::100"')),
  accepted('an IPv6 /64 with range_start and range_end (GetIPRange L692)', wb('"range": "2001:db8:abcd:0012::0/64", "range_start": "2001:db8:abcd:0012::50", "range_end": "2001:db8:abcd:0012::100"')),
  accepted('an IPv6 /64 with range_start and range_end outside it (GetIPRange L703)', wb('"range": "2001:db8:abcd:0012::0/64", "range_start": "2000:db8:abcd:0012::50", "range_end": "2003:db8:abcd:0012::100"')),
  accepted('an IPv6 /64 with range_start after range_end (GetIPRange L714)', wb('"range": "2001:db8:abcd:0012::0/64", "range_start": "2001:db8:abcd:0012::100", "range_end": "2001:db8:abcd:0012::50"')),
  accepted('an IPv6 /64 with a one-address range (GetIPRange L725)', wb('"range": "2001:db8:abcd:0012::0/64", "range_start": "2001:db8:abcd:0012::100", "range_end": "2001:db8:abcd:0012::100"')),
  accepted('an IPv6 /64 with a range inside one /96 (GetIPRange L736)', wb('"range": "2001:db8:480:603d::/64", "range_start": "2001:db8:480:603d:304:403::", "range_end": "2001:db8:480:603d:304:403:0:4"')),
  refused('a /31 (GetIPRange L754 "fails when the mask is too short"; FirstUsableIP L290, LastUsableIP L348, HasUsableIPs L405)', wb('"range": "192.168.21.100/31"'), PLUGIN, ['ipam', 'range']),
  refused('a /32 (FirstUsableIP L284, LastUsableIP L342, HasUsableIPs L400)', wb('"range": "192.168.21.100/32"'), PLUGIN, ['ipam', 'range']),
  refused('an IPv6 /128 (FirstUsableIP L312, LastUsableIP L370, HasUsableIPs L410)', wb('"range": "2001:db8::1/128"'), PLUGIN, ['ipam', 'range']),
  refused('an IPv6 /127 (FirstUsableIP L318, LastUsableIP L376, HasUsableIPs L415)', wb('"range": "2001:db8::/127"'), PLUGIN, ['ipam', 'range']),
  accepted('an IPv4 /23 (FirstUsableIP L303, LastUsableIP L361)', wb('"range": "192.168.2.0/23"')),
  accepted('an IPv6 /126 (FirstUsableIP L324, LastUsableIP L382, HasUsableIPs L427)', wb('"range": "2001:db8::/126"')),
];

// pkg/allocate/allocate_test.go (v0.9.4): IterateForAssignment on a range with range_start,
// range_end and exclude as LoadIPAMConfig hands them over (no IPs reserved before).
const WB_ALLOCATE: Case[] = [
  accepted('an IPv4 /24 given by a host address (L20)', wb('"range": "192.168.1.1/24"')),
  accepted('an IPv6 /112 with no leading zeroes (L36)', wb('"range": "caa5::0/112"')),
  accepted('an IPv6 /126 whose first hextets are all zero (L52)', wb('"range": "::1/126"')),
  accepted('an IPv6 /116 whose first hextet has two leading zeroes (L70)', wb('"range": "fd::1/116"')),
  accepted('an IPv6 /126 whose first hextet has a leading zero (L86)', wb('"range": "100::2:1/126"')),
  accepted('an IPv4 /29 excluding a /30 (L101)', wb('"range": "192.168.0.0/29", "exclude": ["192.168.0.0/30"]')),
  accepted('an IPv4 /29 excluding a single address (L116: parseExcludedRange takes it as a /32)', wb('"range": "192.168.0.0/29", "exclude": ["192.168.0.1"]')),
  refused('an IPv4 exclude entry with prefix length 123 (L130 "correctly handles invalid syntax for an exclude range with IPv4")', wb('"range": "192.168.0.0/29", "exclude": ["192.168.0.1/123"]'), PLUGIN, ['ipam', 'exclude', 0]),
  accepted('an IPv6 /125 excluding a /126 (L143)', wb('"range": "100::2:1/125", "exclude": ["100::2:1/126"]')),
  accepted('an IPv6 /125 excluding a single address (L158: a /128)', wb('"range": "100::2:1/125", "exclude": ["100::2:1"]')),
  refused('an IPv6 exclude entry with two "::" (L171 "correctly handles invalid syntax for an exclude range with IPv6")', wb('"range": "100::2:1/125", "exclude": ["100::2::1"]'), PLUGIN, ['ipam', 'exclude', 0]),
  accepted('an IPv6 /30 excluding a /32 (L184)', wb('"range": "2001:db8::/30", "exclude": ["2001:db8::0/32"]')),
  accepted('unsorted and overlapping exclude entries (L199, first list)', wb('"range": "192.168.0.0/28", "exclude": ["192.168.0.0/30", "192.168.0.6/31", "192.168.0.8/31", "192.168.0.4/30"]')),
  accepted('unsorted and overlapping exclude entries (L199, second list)', wb('"range": "192.168.0.0/28", "exclude": ["192.168.0.0/30", "192.168.0.14/31", "192.168.0.4/30", "192.168.0.6/31", "192.168.0.8/31"]')),
  accepted('range_start at the network address, no range_end (L296)', wb('"range": "192.168.0.0/29", "range_start": "192.168.0.0"')),
  accepted('range_start at the network address, range_end past the broadcast address (L307)', wb('"range": "192.168.0.0/29", "range_start": "192.168.0.0", "range_end": "192.168.0.8"')),
];

// pkg/node-controller/controller_test.go (v0.9.4): NADs the node-slice controller syncs without
// error (newNad L81, a macvlan list whose whereabouts IPAM has node_slice_size and network_name).
// The fixture's macvlan `"mtu": "mtu"` is left out: the controller never reads it (macvlan would).
const wbSlices = (range: string, slice: string) => ({
  'net.d/20-attach.conflist': `{"cniVersion": "0.3.1", "name": "test-name", "plugins": [{"type": "macvlan", "master": "eth1", "mode": "bridge", "ipam": {"configuration_path": "/etc/wb/flat.conf", "type": "whereabouts", "range": "${range}", "node_slice_size": "${slice}", "network_name": "test", "enable_overlapping_ranges": false}}]}`,
});
const WB_NODE_SLICES: Case[] = [
  accepted('a /8 cut into /10 node slices (TestCreatesNodeSlicePoolsNoNodes L432)', wbSlices('10.0.0.0/8', '/10')),
  accepted('a /10 cut into /12 node slices (TestUpdateRangeChangeAndSliceChange L724)', wbSlices('10.0.0.0/10', '/12')),
  accepted('11.0.0.0/8 cut into /10 node slices (TestUpdateRangeChangeChange L783)', wbSlices('11.0.0.0/8', '/10')),
];

// ---------------------------------------------------------------------------------------------
// sriov-cni v2.10.0.

/** An sriov config with a VF's PCI address, `extra` JSON fields after it. */
const sriov = (extra = '') => conf(`{"name": "mynet", "type": "sriov", "deviceID": "0000:af:06.1", "vf": 0${extra ? `, ${extra}` : ''}}`);

// pkg/config/config_test.go (v2.10.0): LoadConf.
const SRIOV_CONFIG: Case[] = [
  accepted('a VF with host-local IPAM, a default route and a gateway (L22 "Assuming correct config file - existing DeviceID")', sriov('"ipam": {"type": "host-local", "subnet": "10.55.206.0/26", "routes": [{"dst": "0.0.0.0/0"}], "gateway": "10.55.206.1"}')),
  refused('a missing comma between two keys (L58 "Assuming incorrect config file - broken json")', conf('{"name": "mynet"\n "type": "sriov", "deviceID": "0000:af:06.1", "vf": 0}'), 'input/yaml-syntax'),
  // DescribeTable "Vlan ID, QoS and Proto" (L86), its entries L116–L126.
  accepted('vlan 100 (L116 "valid vlan ID")', sriov('"vlan": 100')),
  refused('vlan 5000 (L117 "invalid vlan ID")', sriov('"vlan": 5000'), PLUGIN, ['vlan']),
  refused('vlan 0 with vlanQoS 1 (L118)', sriov('"vlan": 0, "vlanQoS": 1'), PLUGIN, ['vlanQoS']),
  refused('vlan 0 with vlanProto 802.1ad (L119)', sriov('"vlan": 0, "vlanProto": "802.1ad"'), PLUGIN, ['vlanProto']),
  refused('vlanQoS 10 (L120 "invalid QoS")', sriov('"vlan": 100, "vlanQoS": 10'), PLUGIN, ['vlanQoS']),
  refused('vlanProto "802" (L121 "invalid Proto")', sriov('"vlan": 100, "vlanProto": "802"'), PLUGIN, ['vlanProto']),
  accepted('vlanProto 802.1Q in capitals (L122)', sriov('"vlan": 100, "vlanProto": "802.1Q"')),
  accepted('vlanProto 802.1ad (L123)', sriov('"vlan": 100, "vlanProto": "802.1ad"')),
  refused('vlanQoS without vlan (L124)', sriov('"vlanQoS": 1'), PLUGIN, ['vlanQoS']),
  refused('vlanProto without vlan (L125)', sriov('"vlanProto": "802.1ad"'), PLUGIN, ['vlanProto']),
  accepted('vlan 0, vlanQoS 0, vlanProto 802.1Q (L126 "default values")', sriov('"vlan": 0, "vlanQoS": 0, "vlanProto": "802.1Q"')),
];

// pkg/sriov/sriov_test.go (v2.10.0), "Checking ApplyVFConfig function": the NetConf is built in Go,
// here written as the JSON that decodes to it (it also passes LoadConf's checks).
const SRIOV_APPLY: Case[] = [
  accepted('no optional VF settings (L260)', sriov()),
  accepted('vlan, QoS 0, proto 802.1q, a MAC, tx rates, spoofchk and trust on, link_state enable (L267)', sriov('"vlan": 100, "vlanQoS": 0, "vlanProto": "802.1q", "mac": "aa:f3:8d:65:1b:d4", "min_tx_rate": 1000, "max_tx_rate": 4000, "spoofchk": "on", "trust": "on", "link_state": "enable"')),
];

// ---------------------------------------------------------------------------------------------
// ovs-cni v0.39.0, pkg/plugin/plugin_test.go: testFunc runs each context for cniVersion 0.3.0,
// 0.3.1, 0.4.0 and 1.0.0 (L110–L113); the configs are written once here, at 1.0.0 and 0.3.0.

const ovs = (extra = '', cniVersion = '1.0.0') => conf(`{"cniVersion": "${cniVersion}", "name": "mynet", "type": "ovs", "bridge": "test-bridge"${extra ? `, ${extra}` : ''}}`);

const OVS: Case[] = [
  accepted('an access port with vlan 100 (L468)', ovs('"vlan": 100')),
  accepted('an access port with vlan 100, cniVersion 0.3.0 (L468 with L110)', ovs('"vlan": 100', '0.3.0')),
  accepted('no vlan (L486; also L617, L638, L787)', ovs()),
  accepted('a trunk of two ranges and an id (L503)', ovs('"trunk": [{"minID": 10, "maxID": 12}, {"id": 15}, {"minID": 17, "maxID": 18}]')),
  accepted('the same trunk out of order (L521)', ovs('"trunk": [{"minID": 17, "maxID": 18}, {"id": 15}, {"minID": 10, "maxID": 12}]')),
  accepted('host-local ranges with a gateway and a dataDir (L539)', ovs('"ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24", "gateway": "10.1.2.1"}]], "dataDir": "/tmp/ovs-cni/conf"}')),
  accepted('dual-stack host-local ranges (L555)', ovs('"ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24", "gateway": "10.1.2.1"}], [{"subnet": "3ffe:ffff:0:1ff::/64", "rangeStart": "3ffe:ffff:0:1ff::10", "rangeEnd": "3ffe:ffff:0:1ff::20"}]], "dataDir": "/tmp/ovs-cni/conf"}')),
  refused('a host-local subnet that is no CIDR (L583 "with invalid IPAM configuration")', ovs('"ipam": {"type": "host-local", "ranges": [[{"subnet": "invalid", "gateway": "10.1.2.1"}]], "dataDir": "/tmp/ovs-cni/conf"}'), PLUGIN, ['ipam', 'ranges', 0, 0, 'subnet']),
  refused('an access port with vlan 9999 (L571 "with invalid VLAN configuration": Open vSwitch\'s schema holds Port tag to 0-4095)', ovs('"vlan": 9999'), PLUGIN, ['vlan']),
  accepted('mtu 1456 (L599)', ovs('"mtu": 1456')),
  accepted('an OvnPort key in the config (L714)', ovs('"OvnPort": "test-port"')),
  accepted('ofport_request 5500 (L738: a random port from 5000 to 5999)', ovs('"ofport_request": 5500')),
  accepted('interface_type system (L769)', ovs('"interface_type": "system"')),
  // splitVlanIds on a trunk (L132 testSplitVlanIds: json.Unmarshal of the trunk list, then splitVlanIds).
  accepted('a trunk of two ranges (L804)', ovs('"trunk": [{"minID": 10, "maxID": 12}, {"minID": 19, "maxID": 20}]')),
  accepted('a trunk of ids (L810)', ovs('"trunk": [{"id": 15}, {"id": 19}, {"id": 40}]')),
  accepted('a trunk with overlapping entries and a one-VLAN range (L816)', ovs('"trunk": [{"minID": 10, "maxID": 14}, {"id": 11}, {"minID": 13, "maxID": 13}]')),
  refused('a trunk id of -20 (L822 "specify trunk with negative value": Trunk.ID is a *uint)', ovs('"trunk": [{"id": 15}, {"id": 15}, {"id": -20}]'), PLUGIN, ['trunk', 2, 'id']),
  refused('a trunk entry with minID above maxID (L828)', ovs('"trunk": [{"minID": 10, "maxID": 12}, {"minID": 11, "maxID": 5}]'), PLUGIN, ['trunk', 1]),
  refused('a trunk entry with maxID 5000 (L834 "maxID greater than 4096")', ovs('"trunk": [{"minID": 10, "maxID": 12}, {"minID": 1, "maxID": 5000}]'), PLUGIN, ['trunk', 1]),
];

// ---------------------------------------------------------------------------------------------
// bond-cni master 258926ad (2026-01-27), bond/bond_test.go.

/** A bond of net1 and net2 (the test's `config`, L62 and L650), `extra` fields added. */
const bond = (o: { cniVersion?: string; mode?: string; failOverMac?: number; linksInContainer?: boolean; extra?: string } = {}) =>
  conf(`{"name": "bond", "type": "bond", "cniVersion": "${o.cniVersion ?? '0.3.1'}", "mode": "${o.mode ?? 'active-backup'}", "failOverMac": ${o.failOverMac ?? 1}, "linksInContainer": ${o.linksInContainer ?? true}, "miimon": "100", "mtu": 1400, "links": [{"name": "net1"}, {"name": "net2"}]${o.extra ? `, ${o.extra}` : ''}}`);

const BOND: Case[] = [
  accepted('active-backup, failOverMac 1, links in the container (L93 "verifies a plugin is added and deleted correctly")', bond({ cniVersion: '1.0.0' })),
  // DescribeTable L174 "verifies the plugin returns correct results for supported tested versions".
  ...['0.3.0', '0.3.1', '0.4.0', '1.0.0', '0.2.0', '0.1.0'].map((v, i) => accepted(`cniVersion ${v} (L${191 + i})`, bond({ cniVersion: v }))),
  accepted('balance-tlb (L199 "copes with duplicated macs in balance-tlb mode")', bond({ mode: 'balance-tlb' })),
  accepted('active-backup with failOverMac 0 (L280)', bond({ cniVersion: '1.0.0', failOverMac: 0 })),
  // DescribeTable L446 "Verify all slaves active is properly set".
  accepted('allSlavesActive 0 (L480)', bond({ extra: '"allSlavesActive": 0' })),
  accepted('allSlavesActive 1 (L481)', bond({ extra: '"allSlavesActive": 1' })),
  refused('allSlavesActive 2 (L482)', bond({ extra: '"allSlavesActive": 2' }), PLUGIN, ['allSlavesActive']),
  // DescribeTable L518 "Verify xmit_hash_policy is properly set" (balance-tlb).
  accepted('xmitHashPolicy layer2 (L552)', bond({ mode: 'balance-tlb', extra: '"xmitHashPolicy": "layer2"' })),
  accepted('xmitHashPolicy layer2+3 (L553)', bond({ mode: 'balance-tlb', extra: '"xmitHashPolicy": "layer2+3"' })),
  accepted('xmitHashPolicy layer3+4 (L554)', bond({ mode: 'balance-tlb', extra: '"xmitHashPolicy": "layer3+4"' })),
  refused('xmitHashPolicy layer2+3+4 (L555)', bond({ mode: 'balance-tlb', extra: '"xmitHashPolicy": "layer2+3+4"' }), PLUGIN, ['xmitHashPolicy']),
  // DescribeTable L591 "Verify all tlb_dynamic_lb is properly set" (balance-tlb), and L630.
  accepted('tlbDynamicLb 0 in balance-tlb (L625)', bond({ mode: 'balance-tlb', extra: '"tlbDynamicLb": 0' })),
  accepted('tlbDynamicLb 1 in balance-tlb (L626)', bond({ mode: 'balance-tlb', extra: '"tlbDynamicLb": 1' })),
  refused('tlbDynamicLb 2 in balance-tlb (L627)', bond({ mode: 'balance-tlb', extra: '"tlbDynamicLb": 2' }), PLUGIN, ['tlbDynamicLb']),
  refused('tlbDynamicLb in active-backup (L630 "should fail if mode is not balance-tlb")', bond({ extra: '"tlbDynamicLb": 0' }), PLUGIN, ['tlbDynamicLb']),
  accepted('links in the host namespace (L681, linksInContainer false)', bond({ linksInContainer: false })),
];

describeUpstreamCases(
  [
    ['whereabouts pkg/config/config_test.go (v0.9.4)', WB_CONFIG],
    ['whereabouts pkg/iphelpers/iphelpers_test.go (v0.9.4)', WB_IPHELPERS],
    ['whereabouts pkg/allocate/allocate_test.go (v0.9.4)', WB_ALLOCATE],
    ['whereabouts pkg/node-controller/controller_test.go (v0.9.4)', WB_NODE_SLICES],
    ['sriov-cni pkg/config/config_test.go (v2.10.0)', SRIOV_CONFIG],
    ['sriov-cni pkg/sriov/sriov_test.go (v2.10.0)', SRIOV_APPLY],
    ['ovs-cni pkg/plugin/plugin_test.go (v0.39.0)', OVS],
    ['bond-cni bond/bond_test.go (master 258926ad)', BOND],
  ],
  { rules: BUILTIN_RULES, concerned: (id) => id.startsWith('cni/') || id.startsWith('input/'), content: (_path, text) => `${text}\n` },
);
