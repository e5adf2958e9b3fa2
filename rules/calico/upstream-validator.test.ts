/**
 * Calico's own validator tests (libcalico-go/lib/validator/v3/validator_test.go at the targeted
 * tag), retold as manifests: every value upstream accepts lints without a Calico error, and every
 * value upstream rejects gets a Calico error at that field. The whole built-in rule set runs, as
 * `netlint lint` runs it, so a regression in the schema pack or a validator rule shows here.
 * Names that are not DNS-1123 subdomains at all (upstream's "t~!s.h.i.ng", "tHiNg") are the general
 * object-name check's, outside the Calico pack, and are not repeated here.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';
import { calicoResource } from './lib/test-manifests.js';

interface Case {
  /** What upstream's entry checks, in our words. */
  name: string;
  kind: string;
  spec: string;
  metadata?: string;
  /** The field upstream rejects (`spec.x[0].y`); absent when upstream accepts the object. */
  rejectAt?: string;
}

const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);

function calicoFindings(c: Case) {
  const text = calicoResource(c.kind, c.spec, c.metadata ?? (c.kind === 'NetworkPolicy' ? '{ name: p, namespace: x }' : '{ name: default }'));
  const { findings } = lint({ files: [{ path: 'case.yaml', content: text }], rules: BUILTIN_RULES });
  return findings.filter((f) => f.ruleId.startsWith('calico/') || f.ruleId.startsWith('input/'));
}

const felix = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'FelixConfiguration', spec, rejectAt });
const bgpConfig = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'BGPConfiguration', spec, rejectAt });
const peer = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'BGPPeer', spec, rejectAt });
const pool = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'IPPool', spec, rejectAt });
const reservation = (name: string, cidrs: string, rejectAt?: string): Case => ({ name, kind: 'IPReservation', spec: `reservedCIDRs: ${cidrs}`, rejectAt });
const node = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'Node', spec, metadata: '{ name: node-1 }', rejectAt });
const gnp = (name: string, spec: string, rejectAt?: string, metadata = '{ name: g }'): Case => ({ name, kind: 'GlobalNetworkPolicy', spec, metadata, rejectAt });
const np = (name: string, spec: string, rejectAt?: string, metadata = '{ name: p, namespace: x }'): Case => ({ name, kind: 'NetworkPolicy', spec, metadata, rejectAt });
const bgpFilter = (name: string, spec: string, rejectAt?: string): Case => ({ name, kind: 'BGPFilter', spec, metadata: '{ name: f }', rejectAt });
const rule = (r: string) => `ingress:\n  - ${r.replace(/\n/g, '\n    ')}`;

const CASES: Case[] = [
  // FelixConfiguration
  felix('iptables backend Legacy', 'iptablesBackend: Legacy'),
  felix('iptables backend NFT', 'iptablesBackend: NFT'),
  felix('an unknown iptables backend', 'iptablesBackend: badVal', 'spec.iptablesBackend'),
  felix('endpoint-to-host action Drop', 'defaultEndpointToHostAction: Drop'),
  felix('endpoint-to-host action in lower case', 'defaultEndpointToHostAction: drop', 'spec.defaultEndpointToHostAction'),
  felix('filter allow action Accept', 'iptablesFilterAllowAction: Accept'),
  felix('mangle allow action Return', 'iptablesMangleAllowAction: Return'),
  felix('mangle allow action Drop', 'iptablesMangleAllowAction: Drop', 'spec.iptablesMangleAllowAction'),
  felix('filter deny action Reject', 'iptablesFilterDenyAction: Reject'),
  felix('node port ranges as numbers', 'kubeNodePortRanges: [100, "101:200"]'),
  felix('eight node port ranges', 'kubeNodePortRanges: [1, 2, 3, 4, 5, 6, 7, 8]', 'spec.kubeNodePortRanges'),
  felix('a named node port range', 'kubeNodePortRanges: [nodeports]', 'spec.kubeNodePortRanges[0]'),
  felix('external nodes as IPv4 addresses and CIDRs', 'externalNodesList: [1.1.1.1, 1.1.1.2/32, 1.1.3.0/23]'),
  felix('an external node that is no address', 'externalNodesList: [foobar, 1.1.1.1]', 'spec.externalNodesList[0]'),
  felix('IPv6 external nodes', 'externalNodesList: ["abcd::1", "abef::2/128"]', 'spec.externalNodesList[0]'),
  felix('an empty OpenStack region', 'openstackRegion: ""'),
  felix('an OpenStack region', 'openstackRegion: foo'),
  felix('an upper-case OpenStack region', 'openstackRegion: FOO', 'spec.openstackRegion'),
  felix('an over-long OpenStack region', 'openstackRegion: my-region-has-a-very-long-and-extremely-interesting-name', 'spec.openstackRegion'),
  felix('an unknown screen log level', 'logSeverityScreen: badVal', 'spec.logSeverityScreen'),
  felix('an unknown file log level', 'logSeverityFile: badVal', 'spec.logSeverityFile'),
  felix('syslog level Critical', 'logSeveritySys: Critical', 'spec.logSeveritySys'),
  felix('screen log level Fatal', 'logSeverityScreen: Fatal'),
  felix('file log level Debug', 'logSeverityFile: Debug'),
  felix('syslog level Trace', 'logSeveritySys: Trace'),
  felix('NAT interface filter cali-123', 'iptablesNATOutgoingInterfaceFilter: cali-123'),
  felix('NAT interface filter with @', 'iptablesNATOutgoingInterfaceFilter: cali@123', 'spec.iptablesNATOutgoingInterfaceFilter'),
  felix('an unknown BPF log level', 'bpfLogLevel: badVal', 'spec.bpfLogLevel'),
  felix('BPF log level Off', 'bpfLogLevel: "Off"'),
  // Unquoted, YAML 1.1 reads Off as false, and the API server refuses a boolean there.
  felix('BPF log level Off unquoted', 'bpfLogLevel: Off', 'spec.bpfLogLevel'),
  felix('BPF external service mode Foo', 'bpfExternalServiceMode: Foo', 'spec.bpfExternalServiceMode'),
  felix('BPF external service mode DSR', 'bpfExternalServiceMode: DSR'),
  felix('a negative connmark', 'bpfExtToServiceConnmark: -1', 'spec.bpfExtToServiceConnmark'),
  felix('a connmark above 32 bits', 'bpfExtToServiceConnmark: 4294967296', 'spec.bpfExtToServiceConnmark'),
  felix('connmark 0xffffffff', 'bpfExtToServiceConnmark: 4294967295'),
  felix('a data interface pattern that is no regexp', 'bpfDataIfacePattern: "*"', 'spec.bpfDataIfacePattern'),
  felix('a data interface pattern', 'bpfDataIfacePattern: "eth.*"'),
  felix('route table range 1–250', 'routeTableRange: { min: 1, max: 250 }'),
  felix('route table range from 0', 'routeTableRange: { min: 0, max: 250 }', 'spec.routeTableRange'),
  felix('route table range reversed', 'routeTableRange: { min: 50, max: 45 }', 'spec.routeTableRange'),
  felix('route table range beyond 250', 'routeTableRange: { min: 1, max: 253 }', 'spec.routeTableRange'),
  felix('route table ranges with min == max', 'routeTableRanges: [{ min: 8, max: 8 }, { min: 7, max: 7 }]'),
  felix('route table ranges from 0', 'routeTableRanges: [{ min: 0, max: 250 }]', 'spec.routeTableRanges[0]'),
  felix('route table ranges reversed', 'routeTableRanges: [{ min: 50, max: 45 }]', 'spec.routeTableRanges[0]'),
  felix('route table ranges above 32 bits', 'routeTableRanges: [{ min: 1, max: 64424509440 }]', 'spec.routeTableRanges[0]'),
  felix('route table ranges of 65536 tables', 'routeTableRanges: [{ min: 1, max: 65536 }]', 'spec.routeTableRanges'),
  felix('both route table fields', 'routeTableRange: { min: 1, max: 250 }\nrouteTableRanges: [{ min: 1, max: 250 }]', 'spec.routeTableRange'),
  felix('an MTU interface pattern that is no regexp', 'mtuIfacePattern: "*"', 'spec.mtuIfacePattern'),
  felix('an MTU interface pattern', 'mtuIfacePattern: "eth.*"'),
  felix('a health timeout override of 0', 'healthTimeoutOverrides: [{ name: Valid, timeout: 0s }]'),
  felix('a health timeout override named %', 'healthTimeoutOverrides: [{ name: "%", timeout: 10s }]', 'spec.healthTimeoutOverrides[0].name'),
  felix('a health timeout override without a name', 'healthTimeoutOverrides: [{ name: "", timeout: 10s }]', 'spec.healthTimeoutOverrides[0].name'),
  felix('AWS source/destination check Enable', 'awsSrcDstCheck: Enable'),
  felix('AWS source/destination check in lower case', 'awsSrcDstCheck: enable', 'spec.awsSrcDstCheck'),
  felix('host-networked NAT without CTLB in lower case', 'bpfHostNetworkedNATWithoutCTLB: enabled', 'spec.bpfHostNetworkedNATWithoutCTLB'),
  felix('connect-time load balancing TCP', 'bpfConnectTimeLoadBalancing: TCP'),
  felix('connect-time load balancing BadVal', 'bpfConnectTimeLoadBalancing: BadVal', 'spec.bpfConnectTimeLoadBalancing'),
  felix('NAT outgoing address that is no address', 'natOutgoingAddress: 1.2.3', 'spec.natOutgoingAddress'),
  felix('NAT outgoing address as a CIDR', 'natOutgoingAddress: 10.0.0.0/24', 'spec.natOutgoingAddress'),
  felix('NAT outgoing address of IPv6', 'natOutgoingAddress: "fd00::1"', 'spec.natOutgoingAddress'),
  felix('NAT outgoing address', 'natOutgoingAddress: 10.0.0.1'),
  felix('Prometheus host localhost', 'prometheusMetricsHost: localhost'),
  felix('Prometheus host of IPv6', 'prometheusMetricsHost: "fe80::ea7a:70fa:cf74:25d5"'),
  felix('Prometheus host with #', 'prometheusMetricsHost: "localhost#"', 'spec.prometheusMetricsHost'),
  felix('device route source of IPv4', 'deviceRouteSourceAddress: 10.0.0.1'),
  felix('device route source of IPv6', 'deviceRouteSourceAddress: "fd00::1"', 'spec.deviceRouteSourceAddress'),
  felix('IPv6 device route source of IPv4', 'deviceRouteSourceAddressIPv6: 10.0.0.1', 'spec.deviceRouteSourceAddressIPv6'),
  felix('WireGuard port 0', 'wireguardListeningPort: 0', 'spec.wireguardListeningPort'),
  felix('WireGuard port', 'wireguardListeningPort: 51820'),
  felix('WireGuard routing rule priority 0', 'wireguardRoutingRulePriority: 0', 'spec.wireguardRoutingRulePriority'),
  felix('WireGuard interface wg0', 'wireguardInterfaceName: wg0'),
  felix('WireGuard interface with &', 'wireguardInterfaceName: "wg&0"', 'spec.wireguardInterfaceName'),
  felix('service loop prevention Disabled', 'serviceLoopPrevention: Disabled'),
  felix('service loop prevention Wibbly', 'serviceLoopPrevention: Wibbly', 'spec.serviceLoopPrevention'),
  felix('Windows firewall rules blah', 'windowsManageFirewallRules: blah', 'spec.windowsManageFirewallRules'),
  felix('force-tracked interfaces with a wildcard', 'bpfForceTrackPacketsFromIfaces: ["docker+"]'),
  felix('force-tracked interface with @', 'bpfForceTrackPacketsFromIfaces: [cali-123, "cali@456"]', 'spec.bpfForceTrackPacketsFromIfaces[1]'),

  // BGPConfiguration
  bgpConfig('log level Info', 'logSeverityScreen: Info'),
  bgpConfig('log level info', 'logSeverityScreen: info', 'spec.logSeverityScreen'),
  bgpConfig('log level INFO', 'logSeverityScreen: INFO', 'spec.logSeverityScreen'),
  // Upstream's validator_test accepts a bare address (the validator's `net` tag alone), but every way
  // a manifest reaches Calico refuses it: the BGPConfiguration CRD declares these `format: cidr`,
  // which the API server checks, and so does libcalico-go's crd_validation.go in etcd mode (v3.32).
  bgpConfig('service cluster IP as an address (refused by the CRD, not by the validator alone)', 'serviceClusterIPs: [{ cidr: 1.2.3.4 }]', 'spec.serviceClusterIPs[0].cidr'),
  bgpConfig('service external IP of IPv6, an address (the same)', 'serviceExternalIPs: [{ cidr: "fdf5:1234::808:808" }]', 'spec.serviceExternalIPs[0].cidr'),
  bgpConfig('service cluster IP x.x.x.x', 'serviceClusterIPs: [{ cidr: x.x.x.x }]', 'spec.serviceClusterIPs[0].cidr'),
  bgpConfig('service external IP y.y.y.y', 'serviceExternalIPs: [{ cidr: y.y.y.y }]', 'spec.serviceExternalIPs[0].cidr'),
  bgpConfig('service LoadBalancer IP with host bits', 'serviceLoadBalancerIPs: [{ cidr: 10.0.0.1/24 }]', 'spec.serviceLoadBalancerIPs[0].cidr'),
  bgpConfig('ignored interface *', 'ignoredInterfaces: ["*"]', 'spec.ignoredInterfaces[0]'),
  bgpConfig('communities nobody advertises', 'communities: [{ name: community-test, value: "101:5695" }]', 'spec.communities'),
  bgpConfig('a community without a name', 'communities: [{ value: "536:785" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]', 'spec.communities[0].name'),
  bgpConfig('a community without a value', 'communities: [{ name: community-test }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]', 'spec.communities[0].value'),
  bgpConfig('a standard community', 'communities: [{ name: community-test, value: "100:520" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]'),
  bgpConfig('a large community', 'communities: [{ name: community-test, value: "100:520:56" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]'),
  bgpConfig('a community of one number', 'communities: [{ name: community-test, value: "100" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]', 'spec.communities[0].value'),
  bgpConfig('a community of words', 'communities: [{ name: community-test, value: ab-n }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]', 'spec.communities[0].value'),
  bgpConfig('a standard community above 16 bits', 'communities: [{ name: community-test, value: "65536:999999" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]', 'spec.communities[0].value'),
  bgpConfig('an advertisement without a CIDR', 'prefixAdvertisements: [{ communities: ["100:5964"] }]', 'spec.prefixAdvertisements[0].cidr'),
  bgpConfig('an advertisement without communities', 'prefixAdvertisements: [{ cidr: 192.168.10.0/28 }]', 'spec.prefixAdvertisements[0].communities'),
  bgpConfig('an IPv6 advertisement with a large community', 'prefixAdvertisements: [{ cidr: "2001:4860::/128", communities: ["100:5964:50"] }]'),
  bgpConfig('an advertised community above 16 bits', 'prefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["99999999:100"] }]', 'spec.prefixAdvertisements[0].communities[0]'),
  bgpConfig('an advertised large community above 32 bits', 'prefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:4294967296:1"] }]', 'spec.prefixAdvertisements[0].communities[0]'),
  bgpConfig('an advertised community name nobody defined', 'prefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: [nosuch] }]', 'spec.prefixAdvertisements[0].communities[0]'),
  bgpConfig('an advertised community name that is defined', 'communities: [{ name: my-community, value: "100:200" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: [my-community] }]'),
  bgpConfig('workload peering addresses of each family', 'localWorkloadPeeringIPV4: 169.254.0.255\nlocalWorkloadPeeringIPV6: "fe80::1"'),
  bgpConfig('an IPv4 workload peering address of IPv6', 'localWorkloadPeeringIPV4: "fe80::1"', 'spec.localWorkloadPeeringIPV4'),
  bgpConfig('an IPv6 workload peering address of IPv4', 'localWorkloadPeeringIPV6: 169.254.0.255', 'spec.localWorkloadPeeringIPV6'),
  bgpConfig('mesh password with the mesh off', 'nodeToNodeMeshEnabled: false\nnodeMeshPassword: { secretKeyRef: { name: s, key: k } }', 'spec.nodeMeshPassword'),
  bgpConfig('mesh restart time with the mesh off', 'nodeToNodeMeshEnabled: false\nnodeMeshMaxRestartTime: 100s', 'spec.nodeMeshMaxRestartTime'),
  bgpConfig('mesh password with the mesh on', 'nodeToNodeMeshEnabled: true\nnodeMeshPassword: { secretKeyRef: { name: s, key: k } }'),

  // BGPPeer
  peer('an IPv4 peer', 'peerIP: 192.168.0.1\nasNumber: 64500'),
  peer('a peer with a bad IPv4 address', 'peerIP: 999.168.0.1\nasNumber: 64500', 'spec.peerIP'),
  peer('node and nodeSelector', 'node: node-1\nnodeSelector: has(x)\npeerIP: 10.0.0.1\nasNumber: 64500', 'spec.nodeSelector'),
  peer('peerIP and peerSelector', 'peerIP: 10.0.0.1\npeerSelector: has(x)', 'spec.peerSelector'),
  peer('asNumber and peerSelector', 'asNumber: 64500\npeerSelector: has(x)', 'spec.asNumber'),
  peer('nodeSelector and peerSelector', 'nodeSelector: has(x)\npeerSelector: has(y)'),
  peer('workload selector without an AS', 'localWorkloadSelector: color == "red"', 'spec.localWorkloadSelector'),
  peer('workload selector with peerSelector', 'localWorkloadSelector: all()\nasNumber: 64500\npeerSelector: all()', 'spec.peerSelector'),
  peer('workload selector with peerIP', 'localWorkloadSelector: all()\nasNumber: 64500\npeerIP: 10.0.0.1', 'spec.peerIP'),
  peer('keepOriginalNextHop with nextHopMode', 'peerIP: 10.0.0.1\nasNumber: 64500\nkeepOriginalNextHop: true\nnextHopMode: Self', 'spec.keepOriginalNextHop'),
  peer('reachableBy without peerIP', 'reachableBy: 10.0.0.1\npeerSelector: all()', 'spec.reachableBy'),
  peer('reachableBy and peerIP', 'reachableBy: 10.0.0.1\npeerIP: 10.0.0.2\nasNumber: 64500'),
  peer('IPv6 reachableBy and peerIP', 'reachableBy: "fd00::1"\npeerIP: "[fd00::2]:179"\nasNumber: 64500'),
  peer('reachableBy that is no address', 'reachableBy: 10.0.0\npeerIP: 10.0.0.2\nasNumber: 64500', 'spec.reachableBy'),
  peer('reachableBy of another family', 'reachableBy: "fd00::1"\npeerIP: "10.0.0.2:179"\nasNumber: 64500', 'spec.reachableBy'),
  peer('peerIP with a port', 'peerIP: "10.0.0.1:8179"\nasNumber: 64500'),
  peer('peerIP with port 0', 'peerIP: "10.0.0.1:0"\nasNumber: 64500', 'spec.peerIP'),
  peer('peerIP with a port above 65535', 'peerIP: "10.0.0.1:65536"\nasNumber: 64500', 'spec.peerIP'),
  peer('IPv6 peerIP without brackets around a port', 'peerIP: "fd00::1:179:x"\nasNumber: 64500', 'spec.peerIP'),
  peer('source address UseNodeIP', 'peerIP: 10.0.0.1\nasNumber: 64500\nsourceAddress: UseNodeIP'),
  peer('an unknown source address', 'peerIP: 10.0.0.1\nasNumber: 64500\nsourceAddress: Other', 'spec.sourceAddress'),
  peer('a bad peer selector', 'peerSelector: "has(x"', 'spec.peerSelector'),

  // IPPool
  pool('an IPv4 pool', 'cidr: 1.2.3.0/24'),
  pool('encapsulation modes Never', 'cidr: 1.2.3.0/24\nipipMode: Never\nvxlanMode: Never'),
  pool('IPIP CrossSubnet', 'cidr: 1.2.3.0/24\nipipMode: CrossSubnet'),
  pool('IPIP mode badVal', 'cidr: 1.2.3.0/24\nipipMode: badVal', 'spec.ipipMode'),
  pool('IPIP mode never', 'cidr: 1.2.3.0/24\nipipMode: never', 'spec.ipipMode'),
  pool('VXLAN mode never', 'cidr: 1.2.3.0/24\nvxlanMode: never', 'spec.vxlanMode'),
  pool('IPIP and VXLAN together', 'cidr: 1.2.3.0/24\nipipMode: Always\nvxlanMode: Always', 'spec.vxlanMode'),
  // v3.32 removed the v1 `ipip` and `nat-outgoing` fields from IPPoolSpec
  // (api/pkg/apis/projectcalico/v3/ippool.go) and their entries from validator_test.go; they are
  // now unknown fields (ippool-field-values.test.ts).
  pool('a pool smaller than its block', 'cidr: 1.2.3.0/27', 'spec.cidr'),
  pool('a /33', 'cidr: 1.2.3.4/33', 'spec.cidr'),
  pool('a pool with host bits', 'cidr: 1.2.3.1/24', 'spec.cidr'),
  pool('a pool in link-local space', 'cidr: 169.254.0.0/16', 'spec.cidr'),
  pool('assignment mode Manual', 'cidr: 1.2.3.0/24\nassignmentMode: Manual'),
  pool('assignment mode manual', 'cidr: 1.2.3.0/24\nassignmentMode: manual', 'spec.assignmentMode'),
  pool('a LoadBalancer pool', 'cidr: 1.2.3.0/24\nallowedUses: [LoadBalancer]\nnodeSelector: all()'),
  pool('LoadBalancer with Workload', 'cidr: 1.2.3.0/24\nallowedUses: [LoadBalancer, Workload]\nnodeSelector: all()', 'spec.allowedUses[1]'),
  pool('LoadBalancer with VXLAN', 'cidr: 1.2.3.0/24\nallowedUses: [LoadBalancer]\nnodeSelector: all()\nvxlanMode: Always', 'spec.vxlanMode'),
  pool('LoadBalancer with BGP export off', 'cidr: 1.2.3.0/24\nallowedUses: [LoadBalancer]\nnodeSelector: all()\ndisableBGPExport: true', 'spec.disableBGPExport'),
  pool('LoadBalancer on some nodes', 'cidr: 1.2.3.0/24\nallowedUses: [LoadBalancer]\nnodeSelector: rack == "a"', 'spec.nodeSelector'),
  pool('an unknown use', 'cidr: 1.2.3.0/24\nallowedUses: [Services]', 'spec.allowedUses[0]'),
  pool('Tunnel with a namespace selector', 'cidr: 1.2.3.0/24\nallowedUses: [Tunnel]\nnamespaceSelector: all()', 'spec.namespaceSelector'),

  // IPReservation
  reservation('an address', '[10.0.0.1]'),
  reservation('a CIDR', '[10.0.1.0/24]'),
  reservation('addresses and CIDRs of both families', '[10.0.0.1, "cafe::1", "cafe:f00d::/96"]'),
  reservation('garbage', '[garbage]', 'spec.reservedCIDRs[0]'),
  reservation('a /33', '[10.0.1.0/33]', 'spec.reservedCIDRs[0]'),

  // Node spec.bgp
  node('IPv4 BGP address', 'bgp: { ipv4Address: 10.0.0.1/24 }'),
  node('IPv6 BGP address', 'bgp: { ipv6Address: "fd00::1/64" }'),
  node('a tunnel address only', 'bgp: { ipv4IPIPTunnelAddr: 10.0.0.1 }'),
  node('no BGP section', 'orchRefs: [{ nodeName: node-1, orchestrator: k8s }]'),
  node('an empty BGP section', 'bgp: {}', 'spec.bgp'),
  node('an IPv6 address in the IPv4 field', 'bgp: { ipv4Address: "fd00::1/64" }', 'spec.bgp.ipv4Address'),
  node('an IPv4 address in the IPv6 field', 'bgp: { ipv6Address: 10.0.0.1/24 }', 'spec.bgp.ipv6Address'),
  node('a route-reflector cluster ID that is no IPv4 address', 'bgp: { ipv4Address: 10.0.0.1/24, routeReflectorClusterID: abcdef }', 'spec.bgp.routeReflectorClusterID'),
  node('a route-reflector cluster ID', 'bgp: { ipv4Address: 10.0.0.1/24, routeReflectorClusterID: 255.0.0.1 }'),
  node('a WireGuard address that is no address', 'wireguard: { interfaceIPv4Address: 10.0.0 }', 'spec.wireguard.interfaceIPv4Address'),

  // (Global)NetworkPolicy
  gnp('a plain name', 'selector: all()'),
  gnp('the Kubernetes policy prefix', 'selector: all()', 'metadata.name', '{ name: knp.default.thing }'),
  gnp('a name with several dots', 'selector: all()', 'metadata.name', '{ name: t.h.i.ng }'),
  np('a tier-prefixed name', 'selector: all()', undefined, '{ name: th.ing, namespace: x }'),
  np('a converted Kubernetes policy', 'selector: all()', undefined, '{ name: knp.default.thing, namespace: x }'),
  np('a name with several dots', 'selector: all()', 'metadata.name', '{ name: t.h.i.ng, namespace: x }'),
  gnp('preDNAT and doNotTrack', 'preDNAT: true\ndoNotTrack: true\napplyOnForward: true', 'spec.preDNAT'),
  gnp('preDNAT without applyOnForward', 'preDNAT: true\napplyOnForward: false', 'spec.applyOnForward'),
  gnp('doNotTrack with applyOnForward', 'doNotTrack: true\napplyOnForward: true'),
  gnp('preDNAT with egress rules', `preDNAT: true\napplyOnForward: true\negress: [{ action: Allow }]`, 'spec.egress'),
  gnp('preDNAT with the Egress type', 'preDNAT: true\napplyOnForward: true\ntypes: [Egress]', 'spec.types[0]'),
  np('types repeated', 'types: [Ingress, Ingress]', 'spec.types[1]'),
  np('an ICMP code without a type', rule('action: Allow\nprotocol: ICMP\nicmp: { code: 3 }'), 'spec.ingress[0].icmp.code'),
  np('an ICMP type and code', rule('action: Allow\nprotocol: ICMP\nicmp: { type: 3, code: 3 }')),
  np('a notICMP code without a type', rule('action: Allow\nprotocol: ICMP\nnotICMP: { code: 3 }'), 'spec.ingress[0].notICMP.code'),
  np('ICMP type 255', rule('action: Allow\nprotocol: ICMP\nicmp: { type: 255 }'), 'spec.ingress[0].icmp.type'),
  np('ICMP code 256', rule('action: Allow\nprotocol: ICMP\nicmp: { type: 3, code: 256 }'), 'spec.ingress[0].icmp.code'),
  np('ICMP fields on TCP', rule('action: Allow\nprotocol: TCP\nicmp: { type: 3 }'), 'spec.ingress[0].protocol'),
  np('ICMP with ipVersion 6', rule('action: Allow\nprotocol: ICMP\nipVersion: 6'), 'spec.ingress[0].ipVersion'),
  np('ICMPv6 with ipVersion 4', rule('action: Allow\nprotocol: ICMPv6\nipVersion: 4'), 'spec.ingress[0].ipVersion'),
  np('notProtocol ICMPv6 with ipVersion 6', rule('action: Allow\nnotProtocol: ICMPv6\nipVersion: 6')),
  np('ipVersion 5', rule('action: Allow\nipVersion: 5'), 'spec.ingress[0].ipVersion'),
  np('IPv4 and IPv6 nets on both sides', rule('action: Allow\nsource: { nets: [10.0.0.0/8] }\ndestination: { nets: ["fd00::/8"] }'), 'spec.ingress[0].destination.nets[0]'),
  np('IPv4 and IPv6 in one list', rule('action: Allow\nsource: { notNets: [10.0.0.0/8, "fd00::/8"] }'), 'spec.ingress[0].source.notNets[1]'),
  np('nets of the other family than ipVersion', rule('action: Allow\nipVersion: 6\nsource: { nets: [10.0.0.0/8] }'), 'spec.ingress[0].source.nets'),
  np('a net with host bits', rule('action: Allow\nsource: { nets: [10.0.0.1/8] }'), 'spec.ingress[0].source.nets[0]'),
  np('ports without a protocol', rule('action: Allow\ndestination: { ports: [80] }'), 'spec.ingress[0].destination.ports'),
  // Entries v3.32.1 added: named ports need no protocol (validateRule now rejects only numeric
  // ones), route priorities, and BGPFilter operations (exactly one action each).
  np('named destination ports without a protocol', rule('action: Allow\ndestination: { ports: [foo] }')),
  np('named source notPorts without a protocol', rule('action: Allow\nsource: { notPorts: [foo] }')),
  felix('route priority 0', 'ipv4ElevatedRoutePriority: 0', 'spec.ipv4ElevatedRoutePriority'),
  felix('route priority 1', 'ipv4ElevatedRoutePriority: 1'),
  felix('route priority 10000', 'ipv4ElevatedRoutePriority: 10000'),
  felix('route priority 2147483646', 'ipv4ElevatedRoutePriority: 2147483646'),
  felix('route priority 2147483647', 'ipv4ElevatedRoutePriority: 2147483647', 'spec.ipv4ElevatedRoutePriority'),
  bgpFilter('an operation adding a community', 'exportV4: [{ action: Accept, operations: [{ addCommunity: { value: "65000:100" } }] }]'),
  bgpFilter('an operation prepending the AS path', 'exportV4: [{ action: Accept, operations: [{ prependASPath: { prefix: [65000] } }] }]'),
  bgpFilter('an operation setting the priority', 'exportV4: [{ action: Accept, operations: [{ setPriority: { value: 256 } }] }]'),
  bgpFilter('an operation with no action', 'exportV4: [{ action: Accept, operations: [{}] }]', 'spec.exportV4[0].operations[0]'),
  bgpFilter(
    'an operation with two actions',
    'exportV4: [{ action: Accept, operations: [{ addCommunity: { value: "65000:100" }, setPriority: { value: 256 } }] }]',
    'spec.exportV4[0].operations[0]',
  ),
  bgpFilter('a rule with two operations', 'exportV4: [{ action: Accept, operations: [{ addCommunity: { value: "65000:100" } }, { prependASPath: { prefix: [65000] } }] }]'),
  np('port 0', rule('action: Allow\nprotocol: TCP\ndestination: { ports: [0] }'), 'spec.ingress[0].destination.ports[0]'),
  np('a reversed port range', rule('action: Allow\nprotocol: TCP\ndestination: { ports: ["90:80"] }'), 'spec.ingress[0].destination.ports[0]'),
  np('protocol 0', rule('action: Allow\nprotocol: 0'), 'spec.ingress[0].protocol'),
  np('protocol 255', rule('action: Allow\nprotocol: 255')),
  np('protocol name in lower case', rule('action: Allow\nprotocol: tcp'), 'spec.ingress[0].protocol'),
  np('action in lower case', rule('action: allow'), 'spec.ingress[0].action'),
  np('HTTP on a Deny rule', rule('action: Deny\nhttp: { methods: [GET] }'), 'spec.ingress[0].action'),
  np('HTTP on UDP', rule('action: Allow\nprotocol: UDP\nhttp: { methods: [GET] }'), 'spec.ingress[0].protocol'),
  np('HTTP on an Allow TCP rule', rule('action: Allow\nprotocol: TCP\nhttp: { methods: [GET], paths: [{ exact: /foo }] }')),
  np('a service with a selector', rule('action: Allow\nsource: { services: { name: svc }, selector: has(x) }'), 'spec.ingress[0].source.selector'),
  np('a service in the ingress destination', rule('action: Allow\ndestination: { services: { name: svc } }'), 'spec.ingress[0].destination.services'),
  gnp('a global policy service without a namespace', rule('action: Allow\nsource: { services: { name: svc } }'), 'spec.ingress[0].source.services'),
  np('global() as the namespace selector', rule('action: Allow\nsource: { namespaceSelector: global() }')),
  np('global() as the policy selector', 'selector: global()', 'spec.selector'),
];

describe('Calico validator cases from upstream', () => {
  for (const c of CASES) {
    it(`${c.kind}: ${c.name} → ${c.rejectAt ? `rejected at ${c.rejectAt}` : 'accepted'}`, () => {
      const found = calicoFindings(c);
      const errors = found.filter((f) => f.severity === 'error');
      if (!c.rejectAt) {
        // Accepted upstream: no Calico error, and no unknown-field warning from the schema pack.
        expect(found.filter((f) => f.severity === 'error' || f.messageId === 'unknownField').map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`)).toEqual([]);
      } else {
        expect(errors.map((f) => pathText(f.path)), errors.map((f) => `${f.ruleId}: ${f.message}`).join('\n')).toContain(c.rejectAt);
      }
    });
  }

  it('covers every kind of the issue table, valid and invalid', () => {
    const kinds = new Set(CASES.map((c) => `${c.kind}:${c.rejectAt ? 'rejected' : 'accepted'}`));
    for (const kind of ['FelixConfiguration', 'BGPConfiguration', 'BGPPeer', 'IPPool', 'IPReservation', 'Node', 'NetworkPolicy', 'GlobalNetworkPolicy']) {
      expect(kinds).toContain(`${kind}:rejected`);
      expect(kinds).toContain(`${kind}:accepted`);
    }
  });
});
