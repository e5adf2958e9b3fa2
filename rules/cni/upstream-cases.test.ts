/**
 * CNI configs that the upstream projects' own tests load or refuse, retold in our words as CNI
 * files (`.conf` / `.conflist` under a `net.d/` folder). The whole built-in rule set runs, as
 * `netlint lint` does; only the CNI pack and the loader's input checks are judged.
 *
 * ACCEPTED upstream: no error from `cni/*` or `input/*`.
 * REFUSED upstream (the library or plugin fails): an error from the given rule at the given path.
 *
 * Left out, with the reason: a `.conf` holding only a name and another key (L161–L186 "missing
 * 'type'"), which netlint does not take for a CNI config at all (src/engine/load.ts
 * looksLikeCniConfig: a JSON file in a folder walk needs `type`, `plugins` or `cniVersion`, so that
 * other JSON is not judged as CNI); and `cniVersion: "1.2.3"` in a list (L744), which libcni parses
 * but every plugin refuses when run (pkg/version reconcile), so netlint reports it.
 */
import { describeUpstreamCases, type UpstreamCase } from '../../src/engine/testing/upstream-cases.js';
import { BUILTIN_RULES } from '../index.js';

type Case = UpstreamCase;

const accepted = (name: string, files: Record<string, string>): Case => ({ name, files });
const refused = (name: string, files: Record<string, string>, rule: string, path: (string | number)[] = [], file?: string): Case => ({
  name,
  files,
  refused: { rule, file: file ?? Object.keys(files)[0]!, path },
});
/** One `.conf` file. */
const conf = (json: string) => ({ 'net.d/10-mynet.conf': json });
/** One `.conflist` whose plugin list is `plugins` (JSON of the array items). */
const list = (plugins: string, cniVersion = '1.0.0') => ({ 'net.d/10-mynet.conflist': `{"cniVersion": "${cniVersion}", "name": "mynet", "plugins": [${plugins}]}` });
/** A main plugin with IPAM to chain meta plugins after. */
const PTP = '{"type": "ptp", "ipam": {"type": "host-local", "subnet": "10.0.0.0/24"}}';
const BRIDGE = '{"type": "bridge", "bridge": "cni0", "ipam": {"type": "host-local", "subnet": "10.1.2.0/24"}}';

// containernetworking/cni v1.3.0, libcni/conf_test.go.
const LIBCNI: Case[] = [
  accepted('LoadConf: a plugin config with an extra key and no cniVersion (L50 "finds the network config file")', { 'net.d/50-whatever.conf': '{"name": "some-plugin", "type": "foobar", "some-key": "some-value"}' }),
  refused('LoadConf: a .conf that is only "{" (L99 "when a config file is malformed")', { 'net.d/00-bad.conf': '{', 'net.d/50-whatever.conf': '{"name": "some-plugin", "type": "foobar"}' }, 'input/yaml-syntax'),
  accepted('capabilities with a false entry (L142 "reads plugin capabilities")', { 'net.d/50-whatever.conf': '{"name": "some-plugin", "type": "noop", "cniVersion": "0.3.1", "capabilities": {"portMappings": true, "somethingElse": true, "noCapability": false}}' }),
  accepted('a 0.2.0 list of host-local, bridge and an unknown plugin with disableCheck (L230 LoadNetworkConf)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.2.0", "disableCheck": true, "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}, {"type": "bridge", "mtu": 1400}, {"type": "port-forwarding", "ports": {"20.0.0.1:8080": "80"}}]}' }),
  accepted('a .conf and a .conflist with the same network name (L265 "Loads the config list first")', {
    'net.d/49-whatever.conf': '{"name": "some-network", "cniVersion": "0.2.0", "type": "bridge"}',
    'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.2.0", "disableCheck": true, "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}, {"type": "bridge", "mtu": 1400}]}',
  }),
  accepted('the .conf alone (L271 "falls back to the config file")', { 'net.d/49-whatever.conf': '{"name": "some-network", "cniVersion": "0.2.0", "type": "bridge"}' }),
  refused('a .conflist that is only "{" (L299 "when a config file is malformed")', { 'net.d/00-bad.conflist': '{', 'net.d/50-whatever.conf': '{"name": "some-plugin", "type": "foobar"}' }, 'input/yaml-syntax'),
  accepted('disableCheck as the string "true" (L335)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "disableCheck": "true", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}' }),
  accepted('disableCheck as the string "false" (L354)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "disableCheck": "false", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}' }),
  refused('disableCheck as a word that is no boolean (L373)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "disableCheck": "adsfasdfasf", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}' }, 'cni/plugins', ['disableCheck']),
  accepted('loadOnlyInlinedPlugins true, inline plugins, and a plugin file libcni skips (L394 "the value will be parsed", L571 "will ignore loaded plugins")', {
    'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": true, "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}',
    'net.d/some-network/funky-second-plugin.conf': '{"type": "bro-check-out-my-plugin", "subnet": "10.0.0.1/24"}',
  }),
  accepted('no loadOnlyInlinedPlugins, inline plugins, no plugin folder (L422, L505; L522 adds only an empty folder)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}' }),
  refused('loadOnlyInlinedPlugins as a word that is no boolean (L440)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": "sphagnum", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}' }, 'cni/plugins', ['loadOnlyInlinedPlugins']),
  refused('loadOnlyInlinedPlugins true and no plugins (L459)', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": true}' }, 'cni/plugins', ['loadOnlyInlinedPlugins']),
  accepted('no plugins, loadOnlyInlinedPlugins false, one plugin file in the network\'s folder (L471)', {
    'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "loadOnlyInlinedPlugins": false}',
    'net.d/some-network/funky-second-plugin.conf': '{"type": "bro-check-out-my-plugin", "subnet": "10.0.0.1/24"}',
  }),
  refused('no plugins and no plugin folder (L494 "no plugin configs found")', { 'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0"}' }, 'cni/plugins', []),
  accepted('inline plugins merged with the plugin folder (L542)', {
    'net.d/50-whatever.conflist': '{"name": "some-network", "cniVersion": "0.4.0", "plugins": [{"type": "host-local", "subnet": "10.0.0.1/24"}]}',
    'net.d/some-network/funky-second-plugin.conf': '{"type": "bro-check-out-my-plugin", "subnet": "10.0.0.1/24"}',
  }),
  // "Version selection" (NetworkConfFromBytes).
  accepted('cniVersions without cniVersion (L727 "correctly selects the maximum version")', { 'net.d/10-test.conflist': '{"name": "test", "cniVersions": ["1.1.0", "0.4.0", "1.0.0"], "plugins": [{"type": "foo"}]}' }),
  accepted('cniVersions with a version newer than libcni (L733)', { 'net.d/10-test.conflist': '{"name": "test", "cniVersions": ["99.0.0", "1.1.0", "0.4.0", "1.0.0"], "plugins": [{"type": "foo"}]}' }),
  refused('a cniVersions entry that is no version (L739)', { 'net.d/10-test.conflist': '{"name": "test", "cniVersions": ["1.1.0", "0.4.0", "1.0.f"], "plugins": [{"type": "foo"}]}' }, 'cni/cniversion', ['cniVersions', 2]),
  accepted('cniVersion beside cniVersions (L750)', { 'net.d/10-test.conflist': '{"name": "test", "cniVersion": "1.0.0", "cniVersions": ["0.1.0", "0.4.0"], "plugins": [{"type": "foo"}]}' }),
  accepted('an empty cniVersions list (L756)', { 'net.d/10-test.conflist': '{"name": "test", "cniVersions": [], "plugins": [{"type": "foo"}]}' }),
  accepted('a single plugin config to be upconverted (L774 ConfListFromConf)', { 'net.d/10-some-plugin.conf': '{"name": "some-plugin", "cniVersion": "0.3.1", "type": "foobar"}' }),
];

// containernetworking/cni v1.3.0, pkg/types/types_test.go: the IPNet and Route JSON types, as an IPAM section uses them.
const TYPES: Case[] = [
  refused('an IPNet written as a number (L66 "when the json data is not syntactically valid")', conf('{"cniVersion": "1.1.0", "name": "a", "type": "bridge", "ipam": {"type": "host-local", "subnet": 1}}'), 'cni/plugin-options', ['ipam', 'subnet']),
  refused('an IPNet with prefix length 99 (L74 "when the json data is not semantically valid")', conf('{"cniVersion": "1.1.0", "name": "a", "type": "bridge", "ipam": {"type": "host-local", "subnet": "1.2.3.4/99"}}'), 'cni/plugin-options', ['ipam', 'subnet']),
  accepted('a route with mtu, advmss, priority, table and scope (L100 "marshals and unmarshals to JSON")', conf('{"cniVersion": "1.1.0", "name": "a", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/16", "routes": [{"dst": "1.2.3.0/24", "gw": "1.2.3.1", "mtu": 1500, "advmss": 1340, "priority": 100, "table": 50, "scope": 253}]}}')),
  refused('a route gateway that is no address (L110 "when the json data is not valid")', conf('{"cniVersion": "1.1.0", "name": "a", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/16", "routes": [{"dst": "1.2.3.0/24", "gw": "1.2.3.x"}]}}'), 'cni/plugin-options', ['ipam', 'routes', 0, 'gw']),
];

// containernetworking/plugins v1.9.1, plugins/ipam/host-local/backend/allocator/config_test.go ("IPAM config").
const HOST_LOCAL: Case[] = [
  accepted('old-style subnet with start, end and a gateway outside them (L27)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "rangeStart": "10.1.2.9", "rangeEnd": "10.1.2.20", "gateway": "10.1.2.30"}}')),
  accepted('new-style ranges, two sets (L64)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24", "rangeStart": "10.1.2.9", "rangeEnd": "10.1.2.20", "gateway": "10.1.2.30"}, {"subnet": "10.1.4.0/24"}], [{"subnet": "11.1.2.0/24", "rangeStart": "11.1.2.9", "rangeEnd": "11.1.2.20", "gateway": "11.1.2.30"}]]}}')),
  accepted('subnet and ranges together, with runtimeConfig ipRanges (L136)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "runtimeConfig": {"irrelevant": "a", "ipRanges": [[{"subnet": "12.1.3.0/24"}]]}, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "rangeStart": "10.1.2.9", "rangeEnd": "10.1.2.20", "gateway": "10.1.2.30", "ranges": [[{"subnet": "11.1.2.0/24", "rangeStart": "11.1.2.9", "rangeEnd": "11.1.2.20", "gateway": "11.1.2.30"}]]}}')),
  accepted('args.cni.ips without prefix lengths (L264)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "args": {"cni": {"ips": ["10.1.2.11", "11.11.11.11", "2001:db8:1::11"]}}, "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24", "rangeStart": "10.1.2.9", "rangeEnd": "10.1.2.20", "gateway": "10.1.2.30"}], [{"subnet": "11.1.2.0/24", "rangeStart": "11.1.2.9", "rangeEnd": "11.1.2.20", "gateway": "11.1.2.30"}], [{"subnet": "2001:db8:1::/64"}]]}}')),
  accepted('args.cni.ips with prefix lengths (L309)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "args": {"cni": {"ips": ["10.1.2.11/24", "11.11.11.11/24", "2001:db8:1::11/64"]}}, "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24", "rangeStart": "10.1.2.9", "rangeEnd": "10.1.2.20", "gateway": "10.1.2.30"}], [{"subnet": "11.1.2.0/24", "rangeStart": "11.1.2.9", "rangeEnd": "11.1.2.20", "gateway": "11.1.2.30"}], [{"subnet": "2001:db8:1::/64"}]]}}')),
  refused('the same subnet in two range sets (L355 "range set 0 overlaps with 1")', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}, {"subnet": "10.2.2.0/24"}], [{"subnet": "10.1.4.0/24"}, {"subnet": "10.1.6.0/24"}, {"subnet": "10.1.8.0/24"}, {"subnet": "10.1.2.0/24"}]]}}'), 'cni/plugin-options', ['ipam', 'ranges', 1, 3, 'subnet']),
  refused('a /24 inside a /22 of the same range set (L381)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.0.0/22"}, {"subnet": "10.1.2.0/24"}]]}}'), 'cni/plugin-options', ['ipam', 'ranges', 0, 1, 'subnet']),
  refused('IPv4 and IPv6 in one range set (L401 "mixed address families")', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.0.0/22"}, {"subnet": "2001:db8:5::/64"}]]}}'), 'cni/plugin-options', ['ipam', 'ranges', 0]),
  refused('CNI 0.2.0 with two IPv4 range sets (L421 "Should should error on too many ranges")', conf('{"cniVersion": "0.2.0", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}], [{"subnet": "11.1.2.0/24"}]]}}'), 'cni/plugin-options', ['ipam', 'ranges', 1]),
  accepted('CNI 0.2.0 with one IPv4 and one IPv6 range set (L439)', conf('{"cniVersion": "0.2.0", "name": "mynet", "type": "ipvlan", "master": "foo0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}], [{"subnet": "2001:db8:1::/48"}]]}}')),
  accepted('runtimeConfig ips with and without prefix lengths (L457)', conf('{"cniVersion": "0.3.1", "name": "mynet", "type": "ipvlan", "master": "foo0", "runtimeConfig": {"ips": ["192.168.0.1", "192.168.0.5/24", "2001:db8::1/64"]}, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24"}}')),
];

// containernetworking/plugins v1.9.1, the main plugins.
const MAIN: Case[] = [
  // plugins/main/bridge/bridge_test.go, DescribeTable "collectVlanTrunk succeeds" (L1868) and "collectVlanTrunk failed" (L1897).
  accepted('bridge: an empty vlanTrunk (L1872)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": []}')),
  accepted('bridge: a vlanTrunk range (L1873)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": 100, "maxID": 105}]}')),
  accepted('bridge: a vlanTrunk id (L1879)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"id": 10}]}')),
  accepted('bridge: a vlanTrunk id and a range (L1884)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"id": 10}, {"minID": 100, "maxID": 105}]}')),
  refused('bridge: minID without maxID (L1901)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": 100}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: maxID without minID (L1902)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"maxID": 105}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: a negative minID (L1903)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": -1, "maxID": 105}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: minID above 4094 (L1904)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": 5000, "maxID": 105}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: maxID above 4094 (L1905, L1906)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": 100, "maxID": 5000}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: an id above 4094 (L1907)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"id": 5000}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: a negative id (L1908)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"id": -1}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: maxID below minID (L1909)', list('{"type": "bridge", "bridge": "br0", "vlanTrunk": [{"minID": 1000, "maxID": 100}]}'), 'cni/plugin-options', ['plugins', 0, 'vlanTrunk', 0]),
  refused('bridge: IPAM with disableContainerInterface (L2616)', list('{"type": "bridge", "bridge": "br0", "disableContainerInterface": true, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24"}}'), 'cni/plugin-options', ['plugins', 0]),
  // plugins/main/host-device/host-device_test.go.
  refused('host-device naming no device (L725 "fails an invalid config")', conf('{"cniVersion": "1.0.0", "name": "cni-plugin-host-device-test", "type": "host-device"}'), 'cni/plugin-options', []),
  // plugins/main/vlan/vlan_test.go.
  refused('vlan with a negative mtu (L521)', conf('{"cniVersion": "1.0.0", "name": "mynet", "type": "vlan", "master": "eth0", "mtu": -100, "linkInContainer": false, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24"}}'), 'cni/plugin-options', ['mtu']),
  // plugins/main/macvlan/macvlan_test.go, ipvlan_test.go, ptp_test.go: configs their ADD tests load.
  accepted('macvlan without master, link in the container (macvlan L628)', conf('{"cniVersion": "1.0.0", "name": "mynet", "type": "macvlan", "linkInContainer": true, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "dataDir": "/tmp/cni"}}')),
  accepted('ipvlan without master (ipvlan L458)', conf('{"cniVersion": "1.0.0", "name": "mynet", "type": "ipvlan", "linkInContainer": false, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "dataDir": "/tmp/cni"}}')),
  accepted('ptp with ipMasqBackend and DNS settings (ptp L380, L408)', conf('{"cniVersion": "1.0.0", "name": "mynet", "type": "ptp", "ipMasq": true, "ipMasqBackend": "nftables", "mtu": 5000, "ipam": {"type": "host-local", "subnet": "10.1.2.0/24"}, "dns": {"nameservers": ["10.1.2.123"], "domain": "some.domain.test", "search": ["search.test"], "options": ["option1:foo"]}}')),
  accepted('ptp dual stack with a /66 and routes (ptp L436)', conf('{"cniVersion": "1.0.0", "name": "mynet", "type": "ptp", "ipMasq": true, "mtu": 5000, "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}], [{"subnet": "2001:db8:1::0/66"}]], "routes": [{"dst": "0.0.0.0/0"}, {"dst": "192.168.0.0/16"}, {"dst": "1.2.3.4/32"}], "dataDir": "/tmp/cni"}}')),
];

// containernetworking/plugins v1.9.1, the meta plugins (chained after a main plugin, as they run).
const META: Case[] = [
  // plugins/meta/bandwidth/bandwidth_linux_test.go.
  refused('bandwidth: an ingress burst without a rate (L361 "fails an invalid ingress config")', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 0, "ingressBurst": 123, "egressRate": 123, "egressBurst": 123}`), 'cni/plugin-options', ['plugins', 1, 'ingressBurst']),
  // "Should allow only 4GB burst rate" (L1048): validateRateAndBurst's five calls.
  accepted('bandwidth: a burst 16 bits under 4 GB (L1049)', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 5000, "ingressBurst": 34359738352}`)),
  refused('bandwidth: a burst of 4 GB (L1051)', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 5000, "ingressBurst": 34359738368}`), 'cni/plugin-options', ['plugins', 1, 'ingressBurst']),
  refused('bandwidth: burst 1 with rate 0 (L1053)', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 0, "ingressBurst": 1}`), 'cni/plugin-options', ['plugins', 1, 'ingressBurst']),
  refused('bandwidth: rate 1 with burst 0 (L1055)', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 1, "ingressBurst": 0}`), 'cni/plugin-options', ['plugins', 1, 'ingressRate']),
  accepted('bandwidth: rate 0 and burst 0 (L1057)', list(`${BRIDGE}, {"type": "bandwidth", "ingressRate": 0, "ingressBurst": 0}`)),
  // plugins/meta/portmap/portmap_test.go, Context "config parsing".
  accepted('portmap: iptables backend, snat off, iptables conditions (L33 "correctly parses an ADD config")', list(`${PTP}, {"type": "portmap", "backend": "iptables", "capabilities": {"portMappings": true}, "snat": false, "conditionsV4": ["-s", "1.2.3.4"], "conditionsV6": ["!", "-s", "12::34"]}`)),
  accepted('portmap: the DEL config (L92)', list(`${PTP}, {"type": "portmap", "backend": "iptables", "snat": false, "conditionsV4": ["-s", "1.2.3.4"], "conditionsV6": ["-s", "12::34"]}`)),
  accepted('portmap: no backend (L132 "defaults to iptables")', list(`${PTP}, {"type": "portmap"}`)),
  accepted('portmap: the nftables backend (L149)', list(`${PTP}, {"type": "portmap", "backend": "nftables"}`)),
  accepted('portmap: nftables conditions with the nftables backend (L163)', list(`${PTP}, {"type": "portmap", "backend": "nftables", "conditionsV4": ["ip", "saddr", "1.2.3.4"], "conditionsV6": ["ip6", "saddr", "12::34"]}`)),
  refused('portmap: nftables conditions with the iptables backend (L181)', list(`${PTP}, {"type": "portmap", "backend": "iptables", "conditionsV4": ["ip", "saddr", "1.2.3.4"], "conditionsV6": ["ip6", "saddr", "12::34"]}`), 'cni/plugin-options', ['plugins', 1, 'conditionsV4']),
  refused('portmap: iptables options with the nftables backend (L194)', list(`${PTP}, {"type": "portmap", "backend": "nftables", "externalSetMarkChain": "KUBE-MARK-MASQ", "conditionsV4": ["-s", "1.2.3.4"], "conditionsV6": ["-s", "12::34"]}`), 'cni/plugin-options', ['plugins', 1, 'externalSetMarkChain']),
  accepted('portmap: iptables conditions with no backend (L208)', list(`${PTP}, {"type": "portmap", "capabilities": {"portMappings": true}, "conditionsV4": ["-s", "1.2.3.4"]}`)),
  // plugins/meta/tuning/tuning_test.go.
  accepted('tuning: one sysctl (L1151 "passes prevResult through unchanged")', list(`${PTP}, {"type": "tuning", "sysctl": {"net.ipv4.conf.all.log_martians": "1"}}`)),
  refused('tuning: the same sysctl twice (L1263 "does not allow duplicated sysctl values")', list(`${PTP}, {"type": "tuning", "sysctl": {"net.ipv4.conf.all.log_martians": "1", "net.ipv4.conf.all.log_martians": "0"}}`), 'input/duplicate-key'),
  accepted('tuning as "iplink": mac, promisc, mtu, txQLen and dataDir (L918)', list(`${PTP}, {"type": "iplink", "mac": "c2:11:22:33:44:77", "promisc": true, "mtu": 4000, "txQLen": 20000, "dataDir": "/tmp/tuning-test"}`)),
  accepted('tuning: allmulti (L1009)', list(`${PTP}, {"type": "tuning", "allmulti": true}`)),
  accepted('tuning: the mac capability (L852)', list(`${PTP}, {"type": "tuning", "capabilities": {"mac": true}}`)),
  // plugins/meta/sbr/sbr_linux_test.go.
  refused('sbr alone in a 0.2.0 config (L534 "must be called as chained plugin")', conf('{"cniVersion": "0.2.0", "name": "cni-plugin-sbr-test", "type": "sbr", "anotherAwesomeArg": "foo"}'), 'cni/plugin-options', []),
  accepted('sbr with a table ID (L555 "Works with Table ID")', list(`${PTP}, {"type": "sbr", "table": 5000}`)),
  // plugins/meta/vrf/vrf_test.go: configFor (L937) and configWithTableFor (L960).
  accepted('vrf by name (configFor)', list(`${PTP}, {"type": "vrf", "vrfName": "vrf0"}`, '0.3.1')),
  accepted('vrf with a table ID (configWithTableFor)', list(`${PTP}, {"type": "vrf", "vrfName": "vrf0", "table": 1001}`, '0.3.1')),
];

describeUpstreamCases(
  [
    ['libcni/conf_test.go (cni v1.3.0)', LIBCNI],
    ['pkg/types/types_test.go (cni v1.3.0)', TYPES],
    ['host-local allocator/config_test.go (plugins v1.9.1)', HOST_LOCAL],
    ['main plugins (plugins v1.9.1)', MAIN],
    ['meta plugins (plugins v1.9.1)', META],
  ],
  { rules: BUILTIN_RULES, concerned: (id) => id.startsWith('cni/') || id.startsWith('input/'), content: (_path, text) => `${text}\n` },
);
