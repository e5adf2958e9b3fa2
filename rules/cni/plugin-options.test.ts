import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './plugin-options.js';

const nad = (config: string) => `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: lan, namespace: apps }
spec:
  config: '${config}'
`;

ruleTester(rule, {
  valid: [
    {
      // whereabouts v0.9.4 node slices: iphelpers DivideRangeBySize reads the size with strconv.Atoi after one leading "/";
      // LoadIPAMConfig puts `range` first, an empty one is not a range, and the first range is the one divided.
      name: 'whereabouts node slices of /22 and 26 (no slash) in IPv4 ranges, an empty range before ipRanges',
      code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.10.0.0/16", "node_slice_size": "/22"}}') + '---\n' +
        nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "", "ipRanges": [{"range": "10.20.0.0/24"}, {"range": "fd00::/64"}], "node_slice_size": "26"}}'),
    },
    {
      // pkg/ipam/ipam_linux.go ConfigureIface (containernetworking/plugins v1.9.1): a route without
      // gw goes through the address gateway of its family, or is a device route when there is none.
      name: 'route gateways on the link: in a range subnet, IPv6 link-local, behind a device route, in another table',
      code: [
        nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.10.0.0/16", "gateway": "10.10.0.254"}, {"subnet": "172.16.5.0/24"}]], "routes": [{"dst": "0.0.0.0/0"}, {"dst": "192.168.0.0/16", "gw": "10.10.5.1"}]}}'),
        nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "static", "addresses": [{"address": "fd00::5/64"}], "routes": [{"dst": "::/0", "gw": "fe80::1"}]}}'),
        nad('{"cniVersion": "0.3.1", "type": "ipvlan", "master": "foo0", "ipam": {"type": "whereabouts", "range": "192.168.1.0/24", "routes": [{"dst": "0.0.0.0/0"}, {"dst": "192.168.0.0/16", "gw": "10.10.5.1"}]}}'),
        nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "static", "addresses": [{"address": "10.10.0.1/24"}], "routes": [{"dst": "192.168.0.0/16", "gw": "10.10.5.1", "table": 100}]}}'),
        // ptp sets its routes up otherwise, and a placeholder address tells no network.
        nad('{"cniVersion": "1.0.0", "type": "ptp", "ipam": {"type": "static", "addresses": [{"address": "10.10.0.1/24"}], "routes": [{"dst": "192.168.0.0/16", "gw": "10.10.5.1"}]}}'),
        nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "static", "addresses": [{"address": "${ADDRESS}"}], "routes": [{"dst": "192.168.0.0/16", "gw": "10.10.5.1"}]}}'),
      ].join('---\n'),
    },
    // Keys far from every option may be another tool's; a third-party plugin's fields are not all listed.
    { name: 'an unrelated key, a key one letter longer than a short option, and a Calico key', code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "someTool": "x", "mac2": "y", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}') + '---\n' + nad('{"cniVersion": "0.3.1", "type": "calico", "mdoe": "x", "ipam": {"type": "calico-ipam"}}') },
    { name: 'macvlan bridge with host-local', code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "mode": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}') },
    // libcni's types.IPNet and static IPAM read CIDRs with Go's net.ParseCIDR (/024 is /24);
    // host-local's canonicalizeIP makes an IPv4-mapped bound IPv4.
    { name: 'prefix lengths with a leading zero, an IPv4-mapped rangeStart', code: nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.0.0/024", "rangeStart": "::ffff:10.1.0.10"}]], "routes": [{"dst": "0.0.0.0/00"}]}}') + '---\n' + nad('{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "mode": "l3s", "ipam": {"type": "static", "addresses": [{"address": "10.1.0.5/024"}]}}') },
    {
      // host-local allocator/config.go (v1.9.1): one range set per family is what CNI 0.2.0 allows; from 0.3.0 any number.
      name: 'host-local: one range set per family at cniVersion 0.2.0, two of a family in a 0.3.1 list',
      code: nad('{"cniVersion": "0.2.0", "type": "ipvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "ranges": [[{"subnet": "2001:db8:1::/48"}]]}}') + '---\n' +
        nad('{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}], [{"subnet": "11.1.2.0/24"}]]}}'),
    },
    {
      // whereabouts v0.9.4: a range's first IP and the gateway are read with ParseIPSloppy (leading zeros taken), an exclude
      // entry may be one address; ovs-cni: with a trunk, vlan is not used; vlan 4095 is the schema's largest tag.
      name: 'whereabouts leading zeros in the first IP and gateway, single-address excludes; ovs vlan 4095, and a large vlan beside a trunk',
      code: `${nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "00192.00168.1.5-000000192.168.1.25/24", "gateway": "0192.168.1.1", "exclude": ["192.168.1.7", "fd00::7"]}}')}---
${nad('{"cniVersion": "1.0.0", "type": "ovs", "bridge": "br1", "vlan": 4095}')}---
${nad('{"cniVersion": "1.0.0", "type": "ovs", "bridge": "br1", "vlan": 9999, "trunk": [{"id": 15}]}')}`,
    },
    { name: 'ipvlan l3s, static addresses', code: nad('{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "mode": "l3s", "ipam": {"type": "static", "addresses": [{"address": "10.1.0.5/24"}]}}') },
    { name: 'a conflist: vlan and bridge with ranges', code: { 'net.d/10-vlan.conflist': '{"cniVersion": "1.0.0", "name": "v", "plugins": [{"type": "vlan", "master": "eth0", "vlanId": 100, "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.2.0.0/24"}], [{"subnet": "fd00::/64"}]]}}, {"type": "bridge", "vlan": 4094}]}' } },
    { name: 'an installer\'s placeholder (amazon-vpc-cni-k8s misc/10-aws.conflist)', code: { 'net.d/10-aws.conflist': '{"cniVersion": "0.4.0", "name": "aws-cni", "plugins": [{"type": "egress-cni", "ipam": {"type": "host-local", "ranges": [[{"subnet": "__EGRESSPLUGINIPAMSUBNET__"}]]}}]}' } },
    { name: 'a plugin netlint does not know', code: nad('{"cniVersion": "0.3.1", "type": "sriov", "mode": "whatever"}') },
    // Go decodes a key that differs in case only into the field (encoding/json).
    { name: 'keys in another case: Master', code: nad('{"cniVersion": "0.3.1", "type": "vlan", "Master": "eth1", "vlanId": 100, "ipam": {"type": "dhcp"}}') },
    { name: 'tuning, portmap and bandwidth chained after a plugin; ipvlan chained without IPAM', code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "macvlan", "master": "eth1", "ipam": {"type": "dhcp"}}, {"type": "ipvlan", "master": "eth2"}, {"type": "tuning", "mtu": 1400}, {"type": "portmap", "capabilities": {"portMappings": true}}, {"type": "bandwidth", "capabilities": {"bandwidth": true}}]}') },
    // portmap's backend options (main.go ensureBackend): each with its own backend; iptables matches without a backend.
    {
      name: 'portmap options that fit the backend',
      code: {
        'net.d/a.conflist': '{"cniVersion": "1.0.0", "name": "a", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "backend": "nftables", "conditionsV4": ["ip saddr 10.0.0.0/8"]}]}',
        'net.d/b.conflist': '{"cniVersion": "1.0.0", "name": "b", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "conditionsV4": ["-s", "10.0.0.0/8"], "externalSetMarkChain": "KUBE-MARK-MASQ"}]}',
        'net.d/c.conflist': '{"cniVersion": "1.0.0", "name": "c", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "backend": "iptables", "conditionsV6": ["!", "-d", "fd00::/8"], "conditionsV4": []}]}',
      },
    },
    // cni.dev's tap page: a tap with a MAC, an MTU, an owner and a group, on a bridge.
    { name: 'tap with owner and group IDs', code: nad('{"cniVersion": "1.0.0", "type": "tap", "mac": "02:00:00:00:00:01", "mtu": 1500, "owner": 1000, "group": 1000, "multiQueue": true, "bridge": "br0", "ipam": {"type": "dhcp"}}') },
    // kube-router adds the node's pod CIDR to its bridge's IPAM ranges (pkg/utils/cni.go InsertPodCIDRIntoIPAM).
    {
      name: "kube-router's cni-conf.json: host-local without ranges under its bridge",
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: kube-router-cfg, namespace: kube-system }
data:
  cni-conf.json: '{"cniVersion": "0.3.0", "name": "mynet", "plugins": [{"name": "kubernetes", "type": "bridge", "bridge": "kube-bridge", "isDefaultGateway": true, "ipam": {"type": "host-local"}}]}'
`,
    },
    // The CNI spec's example of what a runtime hands a chained plugin: its prevResult is written, and libcni passes it on.
    { name: 'portmap alone with a written prevResult', code: { 'net.d/portmap.conf': '{"cniVersion":"1.1.0","name":"dbnet","type":"portmap","runtimeConfig":{"portMappings":[{"hostPort":8080,"containerPort":80,"protocol":"tcp"}]},"prevResult":{"ips":[{"address":"10.1.0.5/16","gateway":"10.1.0.1","interface":0}],"interfaces":[{"name":"eth0","sandbox":"/var/run/netns/blue"}]}}' } },
    // Without the ConfigMap: the file kube-router's user guide downloads to /etc/cni/net.d unchanged (cni/10-kuberouter.conf), which it fills in the same way.
    { name: "kube-router's own 10-kuberouter.conf: host-local without ranges under its bridge", code: { 'net.d/10-kuberouter.conf': '{"cniVersion":"0.3.0","name":"mynet","type":"bridge","bridge":"kube-bridge","isDefaultGateway":true,"ipam":{"type":"host-local"}}' } },
    { name: 'bandwidth with a rate after bridge (a veth pair)', code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "bridge", "bridge": "br0", "ipam": {"type": "dhcp"}}, {"type": "bandwidth", "ingressRate": 1000, "ingressBurst": 1000}]}') },
    // Plugins that fill their IPAM section at run time (antrea-windows antrea-cni.conflist, Calico's usePodCidr).
    { name: 'host-local without a subnet under a plugin that fills it in', code: { 'net.d/10-antrea.conflist': '{"cniVersion": "0.3.0", "name": "antrea", "plugins": [{"type": "antrea", "ipam": {"type": "host-local"}}]}', 'net.d/10-calico.conflist': '{"cniVersion": "0.3.1", "name": "k8s-pod-network", "plugins": [{"type": "calico", "ipam": {"type": "host-local", "subnet": "usePodCidr"}}]}' } },
    { name: 'host-local ranges in two sets, with start, end, gateway and routes', code: nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.0.0/24", "rangeStart": "10.1.0.10", "rangeEnd": "10.1.0.99", "gateway": "10.1.0.1"}, {"subnet": "10.2.0.0/24"}], [{"subnet": "fd00::/64"}]], "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.0.1"}]}}') },
    // bond-cni's README NAD.
    { name: 'a bond of two links', code: nad('{"type": "bond", "cniVersion": "0.3.1", "name": "bond-net1", "mode": "active-backup", "failOverMac": 1, "linksInContainer": true, "miimon": "100", "mtu": 1500, "links": [{"name": "net1"}, {"name": "net2"}], "ipam": {"type": "host-local", "subnet": "10.56.217.0/24"}}') },
    // sriov-cni's README, extended kernel driver config.
    { name: 'sriov with a VLAN, spoofchk off, trust on', code: nad('{"cniVersion": "0.3.1", "name": "sriov-advanced", "type": "sriov", "vlan": 1000, "vlanQoS": 3, "vlanProto": "802.1Q", "spoofchk": "off", "trust": "on", "link_state": "enable", "min_tx_rate": 100, "max_tx_rate": 200, "ipam": {"type": "host-local", "subnet": "10.56.217.0/24"}}') },
    {
      name: 'host-device with the device ID from the resource the NAD names',
      code: `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: hd, namespace: apps, annotations: { k8s.v1.cni.cncf.io/resourceName: example.com/nic } }
spec:
  config: '{"cniVersion": "0.3.1", "type": "host-device", "ipam": {"type": "dhcp"}}'
`,
    },
    // cni.dev host-device docs: the device ID asked for as a capability, or given in runtimeConfig.
    { name: 'host-device with the deviceID capability or runtimeConfig', code: { 'a.conf': '{"cniVersion": "0.3.1", "name": "a", "type": "host-device", "capabilities": {"deviceID": true}}', 'b.conf': '{"cniVersion": "0.3.1", "name": "b", "type": "host-device", "runtimeConfig": {"deviceID": "0000:3d:00.1"}}' } },
    { name: 'a macvlan with a MAC and an MTU, tuning with a dotted MAC, firewall isolated', code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "macvlan", "master": "eth1", "mtu": 1400, "mac": "0a:58:0a:f4:01:02", "ipam": {"type": "dhcp"}}, {"type": "tuning", "mac": "0a58.0af4.0102"}, {"type": "firewall", "ingressPolicy": "isolated"}]}') },
    // whereabouts README forms: a CIDR, the dash form, ipRanges, exclude, gateway.
    { name: 'whereabouts ranges in every form', code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "192.168.2.225-192.168.2.0/24", "exclude": ["192.168.2.229/30"], "gateway": "192.168.2.1", "ipRanges": [{"range": "fd00::1/116"}]}}') },
    // The smallest networks with an address besides the network and broadcast ones (whereabouts GetIPRange).
    { name: 'whereabouts /30 and /126 ranges', code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "192.168.2.8/30", "ipRanges": [{"range": "fd00::1-fd00::/126"}]}}') },
    // ovs-cni docs/cni-plugin.md.
    { name: 'ovs with a trunk of an ID and a range', code: nad('{"cniVersion": "0.4.0", "type": "ovs", "bridge": "mynet1", "mtu": 9000, "trunk": [{"id": 42}, {"minID": 1000, "maxID": 1010}]}') },
    { name: 'bandwidth alone without a rate passes the result on', code: nad('{"cniVersion": "0.3.1", "type": "bandwidth", "capabilities": {"bandwidth": true}}') },
  ],
  invalid: [
    {
      name: 'a macvlan mode in capitals, a host-local subnet with host bits',
      code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "mode": "Bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.1/24"}}'),
      errors: [
        { messageId: 'option', line: 5, column: 81, message: 'mode "Bridge" is not one of bridge, private, vepa, passthru (macvlan.go modeFromString): the plugin fails every pod that uses this network' },
        { messageId: 'option', line: 5, column: 132, message: /subnet 10.1.0.1\/24 has host bits set/ },
      ],
    },
    {
      name: 'an IPv4-mapped host-local subnet',
      code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "::ffff:10.1.0.0/120"}}'),
      errors: [{ messageId: 'option', line: 5, column: 114, message: /"IPNet IP and Mask version mismatch"/ }],
    },
    {
      name: 'an ipvlan l4, a static address without a prefix, a /32 range',
      code: { 'net.d/10-x.conflist': '{"cniVersion": "1.0.0", "name": "x", "plugins": [{"type": "ipvlan", "master": "eth1", "mode": "l4", "ipam": {"type": "static", "addresses": [{"address": "10.1.0.5"}]}}, {"type": "macvlan", "master": "eth2", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.3.0.7/32"}]]}}]}' },
      errors: [
        { messageId: 'option', line: 1, column: 95, message: /mode "l4" is not one of l2, l3, l3s/ },
        { messageId: 'option', line: 1, column: 154, message: /address "10.1.0.5": missing prefix length/ },
        { messageId: 'option', line: 1, column: 262, message: /subnet 10.3.0.7\/32 is too small to allocate from/ },
      ],
    },
    {
      name: 'chained-only plugins first or alone, interfaces without IPAM, a VLAN ID in another case',
      code: `${nad('{"cniVersion": "0.3.1", "type": "tuning", "sysctl": {"net.core.somaxconn": "500"}}')}---
${nad('{"cniVersion": "0.3.1", "plugins": [{"type": "portmap", "capabilities": {"portMappings": true}}, {"type": "ptp"}]}')}---
${nad('{"cniVersion": "0.3.1", "type": "ipvlan", "master": "eth1", "mode": "l2"}')}---
${nad('{"cniVersion": "0.3.1", "type": "vlan", "master": "eth1", "vlanID": 5000, "ipam": {"type": "dhcp"}}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 12, message: 'tuning works on the result of a plugin before it, and here it is the first (tuning.go cmdAdd: "Required prevResult missing"): the plugin fails every pod that uses this network' },
        { messageId: 'option', line: 11, column: 48, message: /^portmap works on the result of a plugin before it/ },
        { messageId: 'option', line: 11, column: 109, message: /^ptp needs an "ipam" section/ },
        { messageId: 'option', line: 17, column: 12, message: /^ipvlan needs an "ipam" section .*not chained after another plugin/ },
        { messageId: 'option', line: 23, column: 80, message: /vlanID 5000 is not a VLAN ID/ },
      ],
    },
    {
      name: 'values Go cannot decode into the plugin\'s fields (a quoted MTU, a string nameserver list, a string boolean)',
      code: nad('{"cniVersion": "1.0.0", "plugins": [{"type": "bridge", "bridge": "br0", "mtu": "1500", "portIsolation": "true", "dns": {"nameservers": "8.8.8.8"}, "ipam": {"type": "dhcp"}}]}'),
      errors: [
        { messageId: 'option', line: 5, column: 91, message: 'mtu must be a whole number, not the string "1500": the plugin cannot decode its config: the plugin fails every pod that uses this network' },
        { messageId: 'option', line: 5, column: 116, message: /^portIsolation must be true or false, not the string "true"/ },
        { messageId: 'beforePlugin', line: 5, column: 147, message: /^dns\.nameservers must be a list of strings, not the string "8\.8\.8\.8": Multus cannot decode the config \(LoadDelegateNetConf\), so no plugin runs, and every pod/ },
      ],
    },
    {
      // Whatever the plugin: a plugin netlint does not know still has CNI's own fields decoded first.
      name: 'a plugin netlint does not know: CNI\'s own fields still decode first',
      code: nad('{"cniVersion": "1.0.0", "type": "my-plugin", "capabilities": {"ips": "yes"}, "ipam": {"type": 5}}'),
      errors: [
        { messageId: 'beforePlugin', line: 5, column: 73, message: /^capabilities must be an object of true\/false values, not an object whose "ips" is the string "yes": Multus cannot decode/ },
        { messageId: 'beforePlugin', line: 5, column: 106, message: /^ipam\.type must be a string, not the number 5: Multus cannot decode/ },
      ],
    },
    {
      // CNI's own fields are decoded before any plugin runs: by Multus for a NAD, by libcni for a file.
      name: 'a capability that is not true or false: Multus for a NAD, libcni for a file',
      code: {
        'nad.yaml': nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "capabilities": {"ips": "yes"}, "ipam": {"type": "static"}}'),
        'net.d/10-m.conf': '{"cniVersion": "1.0.0", "name": "m", "type": "macvlan", "master": "eth0", "capabilities": {"mac": 1}, "ipam": {"type": "static"}}',
      },
      errors: [
        { file: 'nad.yaml', messageId: 'beforePlugin', line: 5, column: 89, message: 'capabilities must be an object of true/false values, not an object whose "ips" is the string "yes": Multus cannot decode the config (LoadDelegateNetConf), so no plugin runs, and every pod that uses this network fails to start' },
        { file: 'net.d/10-m.conf', messageId: 'beforePlugin', line: 1, column: 75, message: /^capabilities must be an object of true\/false values, not an object whose "mac" is the number 1: libcni cannot decode the config \("error parsing configuration"\), so no plugin runs/ },
      ],
    },
    {
      name: 'bridge, bandwidth, portmap, vrf and tuning refusals',
      code: nad('{"cniVersion": "1.0.0", "plugins": [{"type": "bridge", "hairpinMode": true, "promiscMode": true, "vlanTrunk": [{"minID": 10}, {"minID": 20, "maxID": 5}], "ipam": {"type": "dhcp"}}, {"type": "bandwidth", "ingressRate": 1000}, {"type": "portmap", "markMasqBit": 32}, {"type": "vrf"}, {"type": "tuning", "sysctl": {"kernel.shmmax": "1"}}]}'),
      errors: [
        { messageId: 'option', line: 5, column: 48, message: /hairpinMode and promiscMode cannot both be true/ },
        { messageId: 'option', line: 5, column: 123, message: /vlanTrunk\[0\] needs minID and maxID together/ },
        { messageId: 'option', line: 5, column: 138, message: /vlanTrunk\[1\] minID 20 to maxID 5/ },
        { messageId: 'option', line: 5, column: 230, message: /ingressRate and ingressBurst go together/ },
        { messageId: 'option', line: 5, column: 272, message: /markMasqBit 32 is not a bit from 0 to 31/ },
        { messageId: 'option', line: 5, column: 277, message: /"vrfname" is required/ },
        { messageId: 'option', line: 5, column: 341, message: /sysctl kernel\.shmmax is outside net\.\*/ },
      ],
    },
    {
      // host-local allocator/config.go LoadIPAMConfig (v1.9.1): a second range set of a family needs cniVersion 0.3.0; without
      // cniVersion the config is read as 0.1.0. One set per family (and any number from 0.3.0 on) is fine: see the valid cases.
      name: 'host-local: two range sets of a family before cniVersion 0.3.0',
      code: `${nad('{"cniVersion": "0.2.0", "type": "ipvlan", "master": "eth1", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.2.0/24"}], [{"subnet": "11.1.2.0/24"}]]}}')}---
${nad('{"type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.1.2.0/24", "ranges": [[{"subnet": "fd00::/64"}], [{"subnet": "11.1.2.0/24"}]]}}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 143, message: /^2 IPv4 range sets with cniVersion "0\.2\.0": "CNI version 0\.2\.0 does not support more than 1 address per family"/ },
        { messageId: 'option', line: 11, column: 144, message: /^2 IPv4 range sets with no cniVersion \(read as 0\.1\.0\)/ },
      ],
    },
    {
      name: 'host-local ranges it refuses: outside the subnet, end before start, overlapping, mixed, empty, none; a route dst that is no CIDR',
      code: `${nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24", "rangeStart": "10.2.0.10", "routes": [{"dst": "default"}]}}')}---
${nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.0.0/24", "rangeStart": "10.1.0.90", "rangeEnd": "10.1.0.10"}, {"subnet": "10.1.0.0/25"}], [{"subnet": "10.3.0.0/24"}, {"subnet": "fd00::/64"}], []]}}')}---
${nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth1", "ipam": {"type": "host-local"}}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 124, message: /rangeStart 10\.2\.0\.10 is not in network 10\.1\.0\.0\/24/ },
        { messageId: 'option', line: 5, column: 156, message: /route dst "default" is not a network/ },
        { messageId: 'option', line: 11, column: 162, message: /rangeEnd comes before rangeStart/ },
        { messageId: 'option', line: 11, column: 187, message: /range 10\.1\.0\.0\/25 overlaps range 10\.1\.0\.0\/24/ },
        { messageId: 'option', line: 11, column: 204, message: /mixes IPv4 and IPv6/ },
        { messageId: 'option', line: 11, column: 258, message: /empty range set/ },
        { messageId: 'option', line: 17, column: 81, message: /no "subnet" or "ranges"/ },
      ],
    },
    {
      // plugins/main/macvlan/macvlan.go NetConf (v1.9.1) has mode, master, mtu, mac, linkInContainer,
      // bcqueuelen; encoding/json ignores any other key, so the mode stays the default (bridge).
      name: 'misspelt options the plugin drops: mode and cniVersion',
      code: nad('{"cniVerison": "0.3.1", "type": "macvlan", "master": "eth1", "mdoe": "vepa", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24"}}'),
      errors: [
        { messageId: 'misread', severity: 'warning', line: 5, column: 27, message: 'macvlan has no option "cniVerison" and drops it without a word (Go\'s JSON decoder ignores unknown keys); did you mean "cniVersion"?' },
        { messageId: 'misread', severity: 'warning', line: 5, column: 81, message: /^macvlan has no option "mdoe" .*did you mean "mode"\?$/ },
      ],
    },
    {
      // cni.dev's static IPAM example (plugins/ipam/static): the default route goes through the
      // address gateway 10.10.0.254, and 10.10.5.1 lies outside 10.10.0.0/24, so the kernel refuses
      // the second route ("Nexthop has invalid gateway") and ConfigureIface fails the pod.
      name: 'a route gw outside the networks of the addresses (static and host-local)',
      code: nad('{"cniVersion": "1.0.0", "type": "macvlan", "master": "eth0", "ipam": {"type": "static", "addresses": [{"address": "10.10.0.1/24", "gateway": "10.10.0.254"}], "routes": [{"dst": "0.0.0.0/0"}, {"dst": "192.168.0.0/16", "gw": "10.10.5.1"}]}}') + '---\n' +
        nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24", "routes": [{"dst": "10.9.0.0/16", "gw": "10.2.0.1"}]}}'),
      errors: [
        { messageId: 'option', line: 5, column: 235, message: 'route gw 10.10.5.1 is on none of the networks the interface has addresses in (10.10.0.1/24): the kernel refuses a gateway it cannot reach on the link ("failed to add route", ipam_linux.go ConfigureIface): the plugin fails every pod that uses this network' },
        { messageId: 'option', line: 11, column: 150, message: /^route gw 10\.2\.0\.1 is on none of the networks the interface has addresses in \(10\.1\.0\.0\/24\)/ },
      ],
    },
    {
      // types.Route decodes gw with net.ParseIP: an address that does not parse fails the whole config; an empty one is omitted.
      name: 'a route gw that is no IP address',
      code: nad('{"cniVersion": "1.0.0", "type": "bridge", "ipam": {"type": "host-local", "subnet": "10.1.0.0/24", "routes": [{"dst": "0.0.0.0/0", "gw": "10.1.0.256"}, {"dst": "10.9.0.0/16", "gw": ""}]}}'),
      errors: [{ messageId: 'option', line: 5, column: 148, message: 'route gw "10.1.0.256" is not an IP address (types.Route): the plugin fails every pod that uses this network' }],
    },
    {
      name: 'bond: miimon as a number, a mode netlink does not know, one link, a bad hash policy, an MTU below 68',
      code: nad('{"type": "bond", "cniVersion": "0.3.1", "name": "b", "mode": "lacp", "miimon": 100, "mtu": 50, "xmitHashPolicy": "layer5", "links": [{"name": "net1"}], "ipam": {"type": "dhcp"}}'),
      errors: [
        { messageId: 'option', line: 5, column: 73, message: /bonding mode "lacp" is not supported/ },
        { messageId: 'option', line: 5, column: 91, message: /^miimon must be a string, not the number 100/ },
        { messageId: 'option', line: 5, column: 103, message: /bond MTU 50 should be 68 or bigger/ },
        { messageId: 'option', line: 5, column: 125, message: /xmitHashPolicy "layer5" is not supported/ },
        { messageId: 'option', line: 5, column: 144, message: /bonding requires at least two links/ },
      ],
    },
    {
      name: 'sriov: QoS without a VLAN, a VLAN of 4095, link_state up, spoofchk true (read as off), a quoted rate',
      code: `${nad('{"cniVersion": "0.3.1", "type": "sriov", "vlanQoS": 3, "spoofchk": "true", "link_state": "up", "min_tx_rate": "100"}')}---
${nad('{"cniVersion": "0.3.1", "type": "sriov", "vlan": 4095, "vlanProto": "802.1x"}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 64, message: /vlanQoS needs a vlan/ },
        { messageId: 'misread', line: 5, column: 79, severity: 'warning', message: /spoofchk "true" is neither "on" nor "off"/ },
        { messageId: 'option', line: 5, column: 101, message: /link_state "up" is not one of auto, enable, disable/ },
        { messageId: 'option', line: 5, column: 122, message: /^min_tx_rate must be a whole number, not the string "100"/ },
        { messageId: 'option', line: 11, column: 61, message: /vlan 4095 is not a VLAN ID/ },
        { messageId: 'option', line: 11, column: 80, message: /vlanProto "802.1x" is not 802.1Q or 802.1ad/ },
      ],
    },
    {
      name: 'host-device naming no device, a negative macvlan MTU, bad MACs, an unknown firewall ingress policy',
      code: `${nad('{"cniVersion": "0.3.1", "type": "host-device", "ipam": {"type": "dhcp"}}')}---
${nad('{"cniVersion": "0.3.1", "plugins": [{"type": "macvlan", "master": "eth1", "mtu": -1, "mac": "zz:zz", "ipam": {"type": "dhcp"}}, {"type": "tuning", "mac": "0a:58"}, {"type": "firewall", "ingressPolicy": "deny"}]}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 12, message: /host-device names no device/ },
        { messageId: 'option', line: 11, column: 93, message: /mtu -1 is negative/ },
        { messageId: 'option', line: 11, column: 104, message: /mac "zz:zz" is not a MAC address/ },
        { messageId: 'option', line: 11, column: 166, message: /mac "0a:58" is not a MAC address/ },
        { messageId: 'option', line: 11, column: 214, message: /ingressPolicy "deny" is not one of open, same-bridge, isolated/ },
      ],
    },
    {
      name: 'whereabouts: a range start outside its CIDR, a bad prefix, a bad gateway and exclude entry',
      code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.30.0.5-10.20.0.0/24", "gateway": "10.20.0.300", "exclude": ["10.20.0.300/32"], "ipRanges": [{"range": "10.40.0.0/33"}]}}'),
      errors: [
        { messageId: 'option', line: 5, column: 114, message: /its first address is outside 10\.20\.0\.0\/24/ },
        { messageId: 'option', line: 5, column: 151, message: /gateway "10\.20\.0\.300" is not an IP address/ },
        { messageId: 'option', line: 5, column: 178, message: /exclude entry "10\.20\.0\.300\/32" is neither a network in CIDR form nor an address/ },
        { messageId: 'option', line: 5, column: 220, message: /^range .*33/ },
      ],
    },
    {
      // whereabouts v0.9.4 pkg/allocate/allocate.go parseExcludedRange: net.ParseCIDR, then net.ParseIP (Go's strict
      // parsers: no leading zeros); ovs-cni v0.39.0: vlan is the port tag (Open vSwitch vswitch.ovsschema Port tag 0-4095)
      // unless a trunk is given, and trunk entries are *uint; bond-cni bond.go: tlbDynamicLb 0 or 1.
      name: 'whereabouts exclude entries Go cannot parse; an ovs tag above 4095 and a negative trunk id; bond tlbDynamicLb 2',
      code: `${nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.20.0.0/24", "exclude": ["010.20.0.0/28", "10.20.0.x"]}}')}---
${nad('{"cniVersion": "1.0.0", "type": "ovs", "bridge": "br1", "vlan": 4096}')}---
${nad('{"cniVersion": "1.0.0", "type": "ovs", "bridge": "br1", "trunk": [{"id": 15}, {"minID": -3, "maxID": 20}]}')}---
${nad('{"cniVersion": "0.3.1", "type": "bond", "mode": "balance-alb", "miimon": "100", "links": [{"name": "net1"}, {"name": "net2"}], "tlbDynamicLb": 2}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 142, message: /^exclude entry "010\.20\.0\.0\/28" is neither/ },
        { messageId: 'option', line: 5, column: 159, message: /^exclude entry "10\.20\.0\.x" is neither/ },
        { messageId: 'option', line: 11, column: 76, message: /^vlan 4096 is not a VLAN tag from 0 to 4095: Open vSwitch refuses it/ },
        { messageId: 'option', line: 17, column: 100, message: /^trunk\[1\]\.minID must be a whole number, not negative, not the negative number -3/ },
        { messageId: 'option', line: 23, column: 155, message: /^tlbDynamicLb 2 should be 0 or 1/ },
      ],
    },
    {
      name: 'whereabouts: ranges whose network has no address besides its network and broadcast ones',
      code: nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "192.168.2.10/32", "ipRanges": [{"range": "10.9.0.0-10.9.0.0/31"}, {"range": "fd00::/127"}, {"range": "fd00::1:0/126"}]}}'),
      errors: [
        { messageId: 'option', line: 5, column: 114, message: /range "192\.168\.2\.10\/32": a \/32 network has no address for a pod, .*"net mask is too short, subnet 192\.168\.2\.10\/32 has no usable IP addresses"/ },
        { messageId: 'option', line: 5, column: 156, message: /range "10\.9\.0\.0-10\.9\.0\.0\/31": a \/31 network/ },
        { messageId: 'option', line: 5, column: 191, message: /range "fd00::\/127": a \/127 network/ },
      ],
    },
    {
      name: 'tap: an owner written as a string, a negative group, multiQueue as a string',
      code: nad('{"cniVersion": "1.0.0", "type": "tap", "owner": "1000", "group": -1, "multiQueue": "true", "ipam": {"type": "dhcp"}}'),
      errors: [
        { messageId: 'option', line: 5, column: 60, message: /^owner must be a whole number.*not the string "1000"/ },
        { messageId: 'option', line: 5, column: 77, message: /^group must be a whole number from 0 to 4294967295, not the negative number -1/ },
        { messageId: 'option', line: 5, column: 95, message: /^multiQueue must be true or false, not the string "true"/ },
      ],
    },
    {
      name: 'integers written with a fraction or an exponent, in a NAD and in a file',
      code: {
        'nad.yaml': nad('{"cniVersion": "0.3.1", "plugins": [{"type": "bridge", "mtu": 1500.0, "vlanTrunk": [{"minID": 1e1, "maxID": 20}], "ipam": {"type": "whereabouts", "range": "10.1.0.0/24", "leader_lease_duration": 1.5e3}}, {"type": "tap", "owner": -0}]}'),
        'net.d/10-br.conflist': '{"cniVersion": "0.3.1", "name": "br", "plugins": [{"type": "bridge", "mtu": 9000.0, "ipam": {"type": "dhcp"}}]}',
      },
      errors: [
        { file: 'nad.yaml', messageId: 'option', line: 5, column: 74, message: /^mtu must be a whole number written with digits and a sign only, not 1500\.0: Go's encoding\/json reads a fraction, an exponent into no integer field/ },
        { file: 'nad.yaml', messageId: 'option', line: 5, column: 106, message: /^vlanTrunk\[0\]\.minID must be a whole number written with digits and a sign only, not 1e1/ },
        { file: 'nad.yaml', messageId: 'option', line: 5, column: 207, message: /^ipam\.leader_lease_duration must be a whole number written with digits and a sign only, not 1\.5e3/ },
        { file: 'nad.yaml', messageId: 'option', line: 5, column: 241, message: /^owner must be a whole number from 0 to 4294967295 written with digits only, not -0: Go's encoding\/json reads a fraction, an exponent or a sign into no unsigned field/ },
        { file: 'net.d/10-br.conflist', messageId: 'option', line: 1, column: 77, message: /^mtu must be a whole number written with digits and a sign only, not 9000\.0/ },
      ],
    },
    {
      name: 'host-local without ranges in a cni-conf.json that kube-router does not fill in',
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: other-cni, namespace: kube-system }
data:
  cni-conf.json: '{"cniVersion": "0.3.0", "name": "mynet", "plugins": [{"type": "bridge", "bridge": "br0", "ipam": {"type": "host-local"}}]}'
`,
      errors: [{ messageId: 'option', line: 5, column: 116, message: /^host-local has no "subnet" or "ranges"/ }],
    },
    {
      name: 'host-local without ranges in a CNI file of another name, which kube-router does not rewrite',
      code: { 'net.d/10-bridge.conf': '{"cniVersion":"0.3.0","name":"mynet","type":"bridge","bridge":"kube-bridge","ipam":{"type":"host-local"}}' },
      errors: [{ file: 'net.d/10-bridge.conf', messageId: 'option', line: 1, column: 77, message: /^host-local has no "subnet" or "ranges"/ }],
    },
    {
      name: 'portmap options of the other backend',
      code: {
        'net.d/a.conflist': '{"cniVersion": "1.0.0", "name": "a", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "backend": "nftables", "externalSetMarkChain": "KUBE-MARK-MASQ"}]}',
        'net.d/b.conflist': '{"cniVersion": "1.0.0", "name": "b", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "backend": "iptables", "conditionsV4": ["ip saddr 10.0.0.0/8"]}]}',
        'net.d/c.conflist': '{"cniVersion": "1.0.0", "name": "c", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "externalSetMarkChain": "KUBE-MARK-MASQ", "conditionsV6": ["ip6 saddr fd00::/8"]}]}',
        'net.d/d.conflist': '{"cniVersion": "1.0.0", "name": "d", "plugins": [{"type": "ptp", "ipam": {"type": "dhcp"}}, {"type": "portmap", "conditionsV4": ["ip saddr 10.0.0.0/8"]}]}',
      },
      errors: [
        { file: 'net.d/a.conflist', messageId: 'option', line: 1, column: 160, message: /^backend nftables with iptables-specific options \(externalSetMarkChain\): "nftables backend was requested but configuration contains iptables-specific options"/ },
        { file: 'net.d/b.conflist', messageId: 'option', line: 1, column: 136, message: /^backend iptables with nftables-specific options \(conditionsV4\)/ },
        { file: 'net.d/c.conflist', messageId: 'option', line: 1, column: 155, message: /^options of both backends, iptables \(externalSetMarkChain\) and nftables \(conditionsV6\)/ },
        { file: 'net.d/d.conflist', messageId: 'misread', severity: 'warning', line: 1, column: 113, message: /^conditionsV4 is written for nftables, but no backend is named: portmap picks iptables .* add "backend": "nftables"$/ },
      ],
    },
    {
      name: 'ovs: a trunk range upside down, a trunk with no VLAN, a negative vlan',
      code: `${nad('{"cniVersion": "0.4.0", "type": "ovs", "bridge": "br1", "trunk": [{"minID": 20, "maxID": 10}]}')}---
${nad('{"cniVersion": "0.4.0", "type": "ovs", "bridge": "br1", "vlan": -1, "trunk": [{}]}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 78, message: /minID is greater than maxID/ },
        { messageId: 'option', line: 11, column: 76, message: /^vlan must be a whole number, not negative, not the negative number -1/ },
        { messageId: 'option', line: 11, column: 89, message: /trunk names no VLAN/ },
      ],
    },
    {
      // ovs-cni v0.39.0 splitVlanIds lets minID/maxID 4096 through and never bounds an id (it tests minID), but Open vSwitch
      // v3.7.1 vswitch.ovsschema holds a Port's trunks to 0-4095, so the port cannot be set up.
      name: 'ovs: a trunk range ending at 4096 and an id of 5000, which ovs-cni passes and Open vSwitch refuses',
      code: nad('{"cniVersion": "0.4.0", "type": "ovs", "bridge": "br1", "trunk": [{"minID": 4000, "maxID": 4096}, {"id": 5000}, {"minID": 1, "maxID": 4095}, {"id": 0}]}'),
      errors: [
        { messageId: 'option', line: 5, column: 78, message: /^trunk\[0\] names VLAN 4096, not a VLAN from 0 to 4095: Open vSwitch refuses it in the port's trunks/ },
        { messageId: 'option', line: 5, column: 110, message: /^trunk\[1\] names VLAN 5000/ },
      ],
    },
    {
      // whereabouts v0.9.4: a size strconv.Atoi cannot read divides nothing (the controller prints the error), an IPv6 range
      // cannot be divided (ip2int), a slice wider than the range is refused, and FirstUsableIP refuses /31 and /32 slices.
      name: 'whereabouts node_slice_size unreadable, on an IPv6 range, wider than the range, too long, leaving no address',
      code: [
        '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.10.0.0/16", "node_slice_size": "/2x"}}',
        '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "fd00::/64", "node_slice_size": "/80"}}',
        '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.10.0.0/16", "node_slice_size": "/12"}}',
        '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "ipRanges": [{"range": "10.30.0.0/24"}], "node_slice_size": "40"}}',
        '{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.10.0.0/16", "node_slice_size": "/31"}}',
      ].map(nad).join('---\n'),
      errors: [
        { messageId: 'option', line: 5, column: 149, message: /^node_slice_size "\/2x" is not a prefix length such as "\/28": whereabouts' node controller cannot read it/ },
        { messageId: 'option', line: 11, column: 146, message: /^node_slice_size with the IPv6 range fd00::\/64: whereabouts divides only IPv4 ranges/ },
        { messageId: 'option', line: 17, column: 149, message: /^node_slice_size \/12 is wider than the range 10.10.0.0\/16: "subnetMaskSize must be greater or equal than netMaskSize"/ },
        { messageId: 'option', line: 23, column: 165, message: /^node_slice_size \/40 is longer than an IPv4 address/ },
        { messageId: 'option', line: 29, column: 149, message: /^node_slice_size \/31 leaves a node's slice no address for a pod/ },
      ],
    },
    {
      name: 'bandwidth with a rate after macvlan (no veth pair to shape)',
      code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "macvlan", "master": "eth1", "ipam": {"type": "dhcp"}}, {"type": "bandwidth", "ingressRate": 1000, "ingressBurst": 1000}]}'),
      errors: [{ messageId: 'option', line: 5, column: 113, message: /bandwidth with a rate needs the veth pair bridge or ptp make, and macvlan makes none/ }],
    },
    {
      name: 'IPAM fields Go cannot decode: whereabouts overlap flag and lease as strings, host-local subnet as a list',
      code: `${nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "whereabouts", "range": "10.20.0.0/24", "enable_overlapping_ranges": "true", "leader_lease_duration": "1500"}}')}---
${nad('{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": ["10.1.0.0/24"]}}')}`,
      errors: [
        { messageId: 'option', line: 5, column: 159, message: /^ipam\.enable_overlapping_ranges must be true or false, not the string "true": the IPAM plugin cannot decode its config/ },
        { messageId: 'option', line: 5, column: 192, message: /^ipam\.leader_lease_duration must be a whole number/ },
        { messageId: 'option', line: 11, column: 114, message: /^ipam\.subnet must be a string, not a list/ },
      ],
    },
    {
      name: 'a vlan without master and with VLAN 5000, a bridge VLAN 4095',
      code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "vlan", "vlanId": 5000, "ipam": {"type": "dhcp"}}, {"type": "bridge", "vlan": 4095}]}'),
      errors: [
        { messageId: 'option', line: 5, column: 48, message: /"master" is required/ },
        { messageId: 'option', line: 5, column: 75, message: /vlanId 5000 is not a VLAN ID from 0 to 4094/ },
        { messageId: 'option', line: 5, column: 135, message: /vlan 4095 is not a VLAN ID/ },
      ],
    },
  ],
});
