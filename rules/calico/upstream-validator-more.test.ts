/**
 * More of Calico's own validator cases (libcalico-go/lib/validator/v3/validator_test.go at v3.32.1),
 * the entries upstream-validator.test.ts does not restate yet, retold as manifests. Each case names
 * the line of its `Entry(` in validator_test.go. The YAML is the object upstream builds, serialized
 * as the API server would see it: Go zero values of fields without `omitempty` are written out
 * (`controllers: {}`, `action: ""`, a port's `name: ""`), omitted ones are left out.
 *
 * A bare Go struct upstream validates on its own (a Rule, an EntityRule, an ICMPFields, an
 * HTTPMatch, a Protocol, a ProtoPort, a BGPFilter rule or operation, a controller config, a
 * Template) sits where a manifest carries it: an ingress rule of a NetworkPolicy, FelixConfiguration
 * failsafeInboundHostPorts, a BGPFilter exportV4/exportV6 rule, KubeControllersConfiguration
 * controllers. Kinds netlint does not lint (Profile, BlockAffinity, WorkloadEndpoint) and Go-only
 * values (a port with both a name and a number) are left out.
 *
 * Entries left out, with the reason: 562 (a failsafe port protocol) and 3702 (a host endpoint
 * template's nodeSelector), which the validator checks on the bare struct but never reaches inside a
 * whole FelixConfiguration or KubeControllersConfiguration (their lists carry no `dive`:
 * felixconfig.go FailsafeInboundHostPorts, kubecontrollersconfig.go Templates); and 2294, a Node's
 * status, which calico-node writes, not a manifest.
 *
 * Every built-in rule runs. Metadata checks (labels, annotations, names) are the cluster/ rules',
 * so a rejected case needs an error at its field from any rule, and an accepted case must have no
 * error from any rule and no unknown-field warning.
 */
import { describe, expect, it } from 'vitest';
import { describeManifestCases, manifestFindings as findings, pathText } from './lib/upstream-manifests.js';
import type { Line, ManifestCase as Case } from './lib/upstream-manifests.js';


const make =
  (kind: string, metadata: string) =>
  (line: Line, name: string, spec: string, rejectAt?: string): Case => ({ line, name, kind, metadata, spec, rejectAt });

const felix = make('FelixConfiguration', '{ name: default }');
const bgpConfig = make('BGPConfiguration', '{ name: default }');
const peer = make('BGPPeer', '{ name: peer-a }');
const filter = make('BGPFilter', '{ name: f }');
const hep = make('HostEndpoint', '{ name: hep-a }');
const node = make('Node', '{ name: node-1 }');
const kcc = make('KubeControllersConfiguration', '{ name: default }');
const pool = (line: Line, name: string, spec: string, rejectAt?: string, metadata = '{ name: pool.name }'): Case => ({ line, name, kind: 'IPPool', metadata, spec, rejectAt });
const gnp = (line: Line, name: string, spec: string, rejectAt?: string, metadata = '{ name: thing }'): Case => ({ line, name, kind: 'GlobalNetworkPolicy', metadata, spec, rejectAt });
const np = (line: Line, name: string, spec: string, rejectAt?: string, metadata = '{ name: thing }'): Case => ({ line, name, kind: 'NetworkPolicy', metadata, spec, rejectAt });
const sgnp = (line: Line, name: string, spec: string, rejectAt?: string, metadata = '{ name: thing }'): Case => ({ line, name, kind: 'StagedGlobalNetworkPolicy', metadata, spec, rejectAt });
const snp = (line: Line, name: string, spec: string, rejectAt?: string, metadata = '{ name: thing }'): Case => ({ line, name, kind: 'StagedNetworkPolicy', metadata, spec, rejectAt });
const tier = (line: Line, name: string, tierName: string, spec: string, rejectAt?: string): Case => ({ line, name, kind: 'Tier', metadata: `{ name: ${tierName} }`, spec, rejectAt });

/** One ingress (or egress) rule of a policy; a bare upstream Rule lands in a NetworkPolicy's ingress. */
const ingress = (r: string) => `ingress:\n  - ${r.replace(/\n/g, '\n    ')}`;
const egress = (r: string) => `egress:\n  - ${r.replace(/\n/g, '\n    ')}`;
const rule = (line: Line, name: string, r: string, rejectAt?: string) => np(line, name, ingress(r), rejectAt && `spec.ingress[0].${rejectAt}`);
const v4rule = (line: Line, name: string, r: string, rejectAt?: string) => filter(line, name, `exportV4:\n  - ${r.replace(/\n/g, '\n    ')}`, rejectAt && `spec.exportV4[0]${rejectAt}`);
const v6rule = (line: Line, name: string, r: string, rejectAt?: string) => filter(line, name, `exportV6:\n  - ${r.replace(/\n/g, '\n    ')}`, rejectAt && `spec.exportV6[0]${rejectAt}`);
const controllers = (line: Line, name: string, c: string, rejectAt?: string) => kcc(line, name, `controllers: ${c}`, rejectAt);
const template = (line: Line, name: string, t: string, rejectAt?: string) =>
  kcc(line, name, `controllers: { node: { hostEndpoint: { templates: [${t}] } } }`, rejectAt && `spec.controllers.node.hostEndpoint.templates[0].${rejectAt}`);
const wgKey = (line: Line, name: string, key: string, rejectAt?: string): Case => ({ line, name, kind: 'Node', metadata: '{ name: node-1 }', spec: '{}', status: `wireguardPublicKey: ${key}`, rejectAt });

const x = (n: number) => 'x'.repeat(n);
const svc = 'services: { name: service1, namespace: default }';

const CASES: Case[] = [
  // The "Validator errors" table: a notPorts range that starts at 0.
  rule(151, 'a notPorts range from 0', 'action: Allow\nprotocol: TCP\ndestination: { notPorts: ["0:456"] }', 'destination.notPorts[0]'),

  // Rule actions.
  rule(179, 'action Allow', 'action: Allow'),
  rule(180, 'action Deny', 'action: Deny'),
  rule(181, 'action Log', 'action: Log'),
  rule(182, 'action unknown', 'action: unknown', 'action'),
  rule(183, 'action allowfoo', 'action: allowfoo', 'action'),
  rule(184, 'no action', 'action: ""', 'action'),

  // HostEndpoint.
  hep(314, 'a named port', 'interfaceName: eth0\nports: [{ name: a-valid-port, protocol: TCP, port: 1234 }]\nnode: node01'),
  hep(328, 'an unnamed port', 'interfaceName: eth0\nports: [{ name: "", protocol: TCP, port: 1234 }]\nnode: node01', 'spec.ports[0].name'),
  hep(341, 'no node', 'interfaceName: eth0\nports: [{ name: a-valid-port, protocol: TCP, port: 1234 }]', 'spec'),
  hep(354, 'two ports of one name', 'interfaceName: eth0\nports: [{ name: a-valid-port, protocol: TCP, port: 1234 }, { name: a-valid-port, protocol: UDP, port: 5456 }]\nnode: node01'),
  hep(373, 'interface *', 'interfaceName: "*"\nnode: node01'),
  hep(946, 'an interface and a node', 'interfaceName: eth0\nnode: node01'),
  hep(951, 'expected IPs and a node', 'expectedIPs: [1.2.3.4, "aabb:aabb::ffff"]\nnode: node01'),
  hep(956, 'an interface, expected IPs and a node', 'interfaceName: eth0\nexpectedIPs: [1.2.3.4, "aabb:aabb::ffff"]\nnode: node01'),
  hep(962, 'an empty spec', '{}', 'spec'),
  hep(963, 'neither interface nor expected IPs', 'node: node01', 'spec'),
  hep(969, 'Kubernetes-prefixed profile names', 'interfaceName: eth0\nprofiles: [knp.default.fun, knp.default.funner.11234-a]\nnode: node01'),
  hep(975, 'a plain profile name', 'interfaceName: eth0\nprofiles: [fun-funner1234]\nnode: node01'),
  hep(981, 'a profile name starting with a dot', 'interfaceName: eth0\nprofiles: [.fun]\nnode: node01', 'spec.profiles[0]'),

  // GlobalNetworkSet and NetworkSet.
  { line: 381, name: 'addresses and CIDRs of both families', kind: 'GlobalNetworkSet', metadata: '{ name: testset }', spec: 'nets: [10.0.0.1, 11.0.0.0/8, "dead:beef::", "dead:beef::/96"]' },
  { line: 392, name: 'garbage', kind: 'GlobalNetworkSet', metadata: '{ name: testset }', spec: 'nets: [garbage]', rejectAt: 'spec.nets[0]' },
  { line: 400, name: 'a label', kind: 'GlobalNetworkSet', metadata: '{ name: testset, labels: { a: b } }', spec: 'nets: [10.0.0.1]' },
  { line: 414, name: 'the reserved namespace label', kind: 'GlobalNetworkSet', metadata: '{ name: testset, labels: { projectcalico.org/namespace: foo } }', spec: 'nets: [10.0.0.1]', rejectAt: 'metadata.labels.projectcalico.org/namespace' },
  { line: 428, name: 'a name with $', kind: 'GlobalNetworkSet', metadata: '{ name: test$set }', spec: 'nets: [10.0.0.1]', rejectAt: 'metadata.name' },
  { line: 439, name: 'addresses and CIDRs of both families', kind: 'NetworkSet', metadata: '{ name: testset }', spec: 'nets: [10.0.0.1, 11.0.0.0/8, "dead:beef::", "dead:beef::/96"]' },
  { line: 450, name: 'garbage', kind: 'NetworkSet', metadata: '{ name: testset }', spec: 'nets: [garbage]', rejectAt: 'spec.nets[0]' },
  { line: 458, name: 'a label', kind: 'NetworkSet', metadata: '{ name: testset, labels: { a: b } }', spec: 'nets: [10.0.0.1]' },
  { line: 472, name: 'the reserved namespace label', kind: 'NetworkSet', metadata: '{ name: testset, labels: { projectcalico.org/namespace: foo } }', spec: 'nets: [10.0.0.1]', rejectAt: 'metadata.labels.projectcalico.org/namespace' },
  { line: 486, name: 'a name with $', kind: 'NetworkSet', metadata: '{ name: test$set }', spec: 'nets: [10.0.0.1]', rejectAt: 'metadata.name' },

  // BGPConfiguration.
  bgpConfig(501, 'log level invalidLvl', 'logSeverityScreen: invalidLvl', 'spec.logSeverityScreen'),
  // Accepted by the validator alone, refused by the CRD's `format: cidr` on every real path (see upstream-validator.test.ts).
  bgpConfig(503, 'service external IP 8.8.8.8 (refused by the CRD)', 'serviceExternalIPs: [{ cidr: 8.8.8.8 }]', 'spec.serviceExternalIPs[0].cidr'),
  bgpConfig(506, 'service cluster IP of IPv6, an address (refused by the CRD)', 'serviceClusterIPs: [{ cidr: "fdf5:1234::102:304" }]', 'spec.serviceClusterIPs[0].cidr'),
  bgpConfig(534, 'mesh restart time with the mesh on', 'nodeToNodeMeshEnabled: true\nnodeMeshMaxRestartTime: 3m20s'),
  bgpConfig(546, 'ignored interfaces with a wildcard', 'ignoredInterfaces: ["valid_iface*", interface_name]'),

  // Rule ipVersion.
  rule(554, 'ipVersion 4', 'action: Allow\nipVersion: 4'),
  rule(555, 'ipVersion 6', 'action: Allow\nipVersion: 6'),
  rule(556, 'ipVersion 0', 'action: Allow\nipVersion: 0', 'ipVersion'),

  // ProtoPort, as FelixConfiguration's failsafe ports.
  felix(559, 'failsafe port UDP 0', 'failsafeInboundHostPorts: [{ protocol: UDP, port: 0 }]'),
  felix(560, 'failsafe port TCP 20', 'failsafeInboundHostPorts: [{ protocol: TCP, port: 20 }]'),
  // The validator takes SCTP, but Felix's port-list parser takes only tcp and udp and, the
  // parameter being die-on-fail, does not start (felix/config/param_types.go PortListParam).
  { ...felix(561, 'failsafe port SCTP 20', 'failsafeInboundHostPorts: [{ protocol: SCTP, port: 20 }]'), failsAtRunTime: { rule: 'calico/felixconfig-felix-values', at: 'spec.failsafeInboundHostPorts[0].protocol' } },

  // EntityRule selectors.
  rule(566, 'a source selector', 'action: Allow\nsource: { selector: foo == "bar" }'),
  rule(567, 'has() of a key with /', 'action: Allow\nsource: { selector: has(calico/k8s_ns) }'),
  rule(568, 'has() of a key with two /', 'action: Allow\nsource: { selector: has(calico/k8s_ns/role) }'),
  rule(569, 'has() of a key with two /, - and .', 'action: Allow\nsource: { selector: has(calico/k8s_NS-.1/role) }'),
  rule(570, 'a broken selector', 'action: Allow\nsource: { selector: thing=hello & }', 'source.selector'),

  // Object metadata, on an IPPool.
  pool(578, 'a 63-character label value', 'cidr: 1.2.3.0/26', undefined, `{ name: pool.name, labels: { projectcalico.org/label: ${x(63)} } }`),
  pool(590, 'a 64-character label value', 'cidr: 1.2.3.0/26', 'metadata.labels.projectcalico.org/label', `{ name: pool.name, labels: { projectcalico.org/label: ${x(64)} } }`),
  pool(601, 'a label key with an upper-case prefix', 'cidr: 1.2.3.0/26', 'metadata.labels.ProjectCalico.org/label', '{ name: pool.name, labels: { ProjectCalico.org/label: value } }'),
  pool(612, 'a label key with an upper-case name', 'cidr: 1.2.3.0/26', undefined, '{ name: pool.name, labels: { projectcalico.org/Label: value } }'),
  pool([623, 645], 'an annotation key with $', 'cidr: 1.2.3.0/26', 'metadata.annotations.projectcalico.org$label', '{ name: pool.name, annotations: { projectcalico.org$label: value } }'),
  pool(634, 'an annotation key with upper case', 'cidr: 1.2.3.0/26', undefined, '{ name: pool.name, annotations: { ProjectCalico.org/Label: value } }'),
  pool(656, 'annotations of exactly 256 KiB', 'cidr: 1.2.3.0/26', undefined, `{ name: pool.name, annotations: { key: ${x(256 * 1024 - 3)} } }`),
  pool(667, 'annotations one byte over 256 KiB', 'cidr: 1.2.3.0/26', 'metadata.annotations', `{ name: pool.name, annotations: { key: ${x(256 * 1024 - 2)} } }`),
  pool(678, 'a 253-character name', 'cidr: 1.2.3.0/26', undefined, `{ name: ${x(253)} }`),
  pool(686, 'a 254-character name', 'cidr: 1.2.3.0/26', 'metadata.name', `{ name: ${x(254)} }`),
  pool(694, 'a node selector', 'cidr: 1.2.3.0/26\nnodeSelector: foo == "bar"'),
  pool(702, 'a node selector that does not parse', 'cidr: 1.2.3.0/26\nnodeSelector: this is not valid selector syntax', 'spec.nodeSelector'),

  // FelixConfiguration.
  felix(721, 'iptables backend Auto', 'iptablesBackend: Auto'),
  felix(728, 'filter deny action Drop', 'iptablesFilterDenyAction: Drop'),
  felix(
    730,
    'seven node port ranges',
    'kubeNodePortRanges: ["3000:4000", "5000:6000", "7000:8000", "8000:9000", "10000:11000", "12000:13000", 15000]',
  ),
  felix(757, 'syslog level badVal', 'logSeveritySys: badVal', 'spec.logSeveritySys'),
  felix(760, 'screen log level Warning', 'logSeverityScreen: Warning'),
  felix(761, 'screen log level Trace', 'logSeverityScreen: Trace'),
  felix(763, 'syslog level Info', 'logSeveritySys: Info'),
  felix(770, 'BPF log level Info', 'bpfLogLevel: Info'),
  felix(771, 'BPF log level Debug', 'bpfLogLevel: Debug'),
  felix(775, 'BPF external service mode Tunnel', 'bpfExternalServiceMode: Tunnel'),
  felix(780, 'connmark 0', 'bpfExtToServiceConnmark: 0'),
  felix(788, 'route table range from -5', 'routeTableRange: { min: -5, max: 250 }', 'spec.routeTableRange'),
  felix(791, 'route table range with min == max', 'routeTableRange: { min: 8, max: 8 }'),
  felix(793, 'route table ranges 1–10000', 'routeTableRanges: [{ min: 1, max: 10000 }]'),
  felix(794, 'one route table range with min == max', 'routeTableRanges: [{ min: 8, max: 8 }]'),
  felix(797, 'route table ranges from -5', 'routeTableRanges: [{ min: -5, max: 250 }]', 'spec.routeTableRanges[0]'),
  felix(801, 'three route table ranges of 65536 tables in all', 'routeTableRanges: [{ min: 1, max: 2 }, { min: 3, max: 4 }, { min: 5, max: 65536 }]', 'spec.routeTableRanges'),
  felix(816, 'a negative health timeout override', 'healthTimeoutOverrides: [{ name: Valid, timeout: -1ns }]', 'spec.healthTimeoutOverrides[0].timeout'),

  // Protocols, in a rule.
  rule(826, 'protocol TCP', 'action: Allow\nprotocol: TCP'),
  rule(827, 'protocol UDP', 'action: Allow\nprotocol: UDP'),
  rule(828, 'protocol ICMP', 'action: Allow\nprotocol: ICMP'),
  rule(829, 'protocol ICMPv6', 'action: Allow\nprotocol: ICMPv6'),
  rule(830, 'protocol SCTP', 'action: Allow\nprotocol: SCTP'),
  rule(831, 'protocol UDPLite', 'action: Allow\nprotocol: UDPLite'),
  rule(832, 'protocol 1', 'action: Allow\nprotocol: 1'),
  rule(834, 'protocol "255"', 'action: Allow\nprotocol: "255"'),
  rule(835, 'protocol "1"', 'action: Allow\nprotocol: "1"'),
  rule(837, 'protocol "256"', 'action: Allow\nprotocol: "256"', 'protocol'),
  rule(838, 'protocol "0"', 'action: Allow\nprotocol: "0"', 'protocol'),
  rule(839, 'protocol tcpfoo', 'action: Allow\nprotocol: tcpfoo', 'protocol'),
  rule(840, 'protocol footcp', 'action: Allow\nprotocol: footcp', 'protocol'),

  // IPPool.
  pool(989, 'an IPv4 /26', 'cidr: 1.2.3.0/26'),
  pool(994, 'an IPv4 /10', 'cidr: 1.0.0.0/10'),
  pool(999, 'an IPv6 /122', 'cidr: "aabb:aabb::0000/122"\nipipMode: Never\nvxlanMode: Never'),
  pool(1008, 'an IPv6 /10', 'cidr: "aa00:0000::0000/10"\nipipMode: Never\nvxlanMode: Never'),
  pool(1017, 'a disabled IPv4 /27', 'cidr: 1.2.3.0/27\ndisabled: true'),
  pool(1025, 'a disabled IPv6 /128', 'cidr: "aabb:aabb::ffff/128"\nipipMode: Never\nvxlanMode: Never\ndisabled: true'),
  pool(1036, 'an IPv6 /128', 'cidr: "aabb:aabb::ffff/128"', 'spec.cidr'),
  pool(1038, 'an IPv6 /129', 'cidr: "aa:bb::/129"', 'spec.cidr'),
  pool(1039, 'IPIP Always on IPv6', 'cidr: "aabb:aabb::ffff/128"\nipipMode: Always\nvxlanMode: Never', 'spec.ipipMode'),
  // Upstream names VXLAN here, but validateIPPoolSpec refuses VXLAN on no family: the enabled /128 is
  // what it rejects, smaller than a /122 block (as at 1036).
  pool(1048, 'VXLAN Always on an enabled IPv6 /128', 'cidr: "aabb:aabb::ffff/128"\nvxlanMode: Always\nipipMode: Never', 'spec.cidr'),
  pool(1059, 'an IPv6 pool in link-local space', 'cidr: "fe80::/120"', 'spec.cidr'),
  pool(1062, 'uses Workload and Tunnel', 'cidr: 1.0.0.0/10\nallowedUses: [Workload, Tunnel]'),
  pool(1073, 'uses LoadBalancer and Tunnel', 'cidr: 1.0.0.0/10\nallowedUses: [LoadBalancer, Tunnel]', 'spec.allowedUses[1]'),
  pool(1094, 'assignment mode Automatic', 'cidr: 1.0.0.0/10\nassignmentMode: Automatic'),
  pool(1102, 'an empty assignment mode', 'cidr: 1.0.0.0/10\nassignmentMode: ""', 'spec.assignmentMode'),
  pool(1132, 'LoadBalancer with IPIP', 'cidr: 1.0.0.0/10\nallowedUses: [LoadBalancer]\nipipMode: Always', 'spec.ipipMode'),
  pool(1165, 'Workload and Tunnel with a namespace selector', 'cidr: 1.0.0.0/10\nallowedUses: [Workload, Tunnel]\nnamespaceSelector: region == "east"', 'spec.namespaceSelector'),
  pool(1177, 'Tunnel only', 'cidr: 1.0.0.0/10\nallowedUses: [Tunnel]'),
  pool(1187, 'global() as the node selector', 'cidr: 1.0.0.0/10\nnodeSelector: global()', 'spec.nodeSelector'),
  pool(1195, 'a node selector on one label', 'cidr: 1.0.0.0/10\nnodeSelector: region == "east"'),
  pool(1203, 'a node selector on two labels', 'cidr: 1.0.0.0/10\nnodeSelector: region == "east" && environment == "production"'),
  pool(1211, 'a set-based node selector', 'cidr: 1.0.0.0/10\nnodeSelector: region in {"east", "west"}'),
  pool(1219, 'a has() node selector', 'cidr: 1.0.0.0/10\nnodeSelector: has(team)'),
  pool(1227, 'all() as the node selector', 'cidr: 1.0.0.0/10\nnodeSelector: all()'),
  pool(1235, 'global() as the namespace selector', 'cidr: 1.0.0.0/10\nnamespaceSelector: global()', 'spec.namespaceSelector'),
  { line: 1282, name: 'a CIDR and an address', kind: 'IPReservation', metadata: '{ name: ip-reservation.name }', spec: 'reservedCIDRs: [10.0.1.0/24, 192.168.0.34]' },
  pool(1314, 'IPIP Never alone', 'cidr: 1.2.3.0/24\nipipMode: Never'),
  pool(1315, 'IPIP Always', 'cidr: 1.2.3.0/24\nipipMode: Always'),
  pool(1322, 'VXLAN Always', 'cidr: 1.2.3.0/24\nvxlanMode: Always'),
  pool(1323, 'VXLAN CrossSubnet', 'cidr: 1.2.3.0/24\nvxlanMode: CrossSubnet'),
  pool(1324, 'VXLAN Never', 'cidr: 1.2.3.0/24\nvxlanMode: Never'),
  pool(1326, 'VXLAN badVal', 'cidr: 1.2.3.0/24\nvxlanMode: badVal', 'spec.vxlanMode'),

  // ICMP fields, in an ICMP rule.
  rule(1329, 'empty ICMP fields', 'action: Allow\nprotocol: ICMP\nicmp: {}'),
  rule(1330, 'ICMP type 0', 'action: Allow\nprotocol: ICMP\nicmp: { type: 0 }'),
  rule(1331, 'ICMP type 254', 'action: Allow\nprotocol: ICMP\nicmp: { type: 254 }'),
  rule(1332, 'ICMP type 128 code 0', 'action: Allow\nprotocol: ICMP\nicmp: { type: 128, code: 0 }'),
  rule(1333, 'ICMP type 128 code 255', 'action: Allow\nprotocol: ICMP\nicmp: { type: 128, code: 255 }'),

  // Rules: protocols and ports.
  rule(1339, 'SCTP and nothing else', 'action: Allow\nprotocol: SCTP'),
  rule(1344, 'source ports with protocol 6', 'action: Allow\nprotocol: 6\nsource: { ports: [1] }'),
  rule(1352, 'named source ports with protocol 6', 'action: Allow\nprotocol: 6\nsource: { ports: [foo] }'),
  rule(1360, 'named source ports with TCP', 'action: Allow\nprotocol: TCP\nsource: { ports: [foo] }'),
  rule(1368, 'named source ports with UDP', 'action: Allow\nprotocol: UDP\nsource: { ports: [foo] }'),
  rule(1376, 'empty source ports with protocol 7', 'action: Allow\nprotocol: 7\nsource: { ports: [] }'),
  rule(1384, 'source notPorts with protocol 17', 'action: Allow\nprotocol: 17\nsource: { notPorts: [1] }'),
  rule(1392, 'empty source notPorts with protocol 100', 'action: Allow\nprotocol: 100\nsource: { notPorts: [] }'),
  rule(1400, 'destination ports with TCP', 'action: Allow\nprotocol: TCP\ndestination: { ports: [1] }'),
  rule(1429, 'destination notPorts 0', 'action: Allow\nprotocol: TCP\ndestination: { notPorts: [0] }', 'destination.notPorts[0]'),
  rule(1449, 'named notPorts with protocol unknown', 'action: Allow\nprotocol: unknown\ndestination: { notPorts: [foo] }', 'protocol'),
  rule(1457, 'empty destination ports with SCTP', 'action: Allow\nprotocol: SCTP\ndestination: { ports: [] }'),
  rule(1465, 'empty destination notPorts with ICMPv6', 'action: Allow\nipVersion: 6\nprotocol: ICMPv6\ndestination: { notPorts: [] }'),
  rule(1474, 'ICMP fields without a protocol', 'action: Allow\nipVersion: 4\nicmp: { type: 0 }', 'icmp'),
  rule(1482, 'ICMP fields without ipVersion', 'action: Allow\nprotocol: ICMP\nicmp: { type: 0 }'),
  rule(1490, 'ICMPv6 fields without ipVersion', 'action: Allow\nprotocol: ICMPv6\nicmp: { type: 0 }'),
  rule(1510, 'ICMP fields with ipVersion 4', 'action: Allow\nipVersion: 4\nprotocol: ICMP\nicmp: { type: 0 }'),
  rule(1519, 'ICMPv6 fields with ipVersion 6', 'action: Allow\nipVersion: 6\nprotocol: ICMPv6\nicmp: { type: 0 }'),
  rule(1528, 'source ports with protocol 7', 'action: Allow\nprotocol: 7\nsource: { ports: [1] }', 'protocol'),
  rule(1536, 'source notPorts with protocol 100', 'action: Allow\nprotocol: 100\nsource: { notPorts: [1] }', 'protocol'),
  rule(1544, 'destination ports with SCTP', 'action: Allow\nprotocol: SCTP\ndestination: { ports: [1] }'),
  // Upstream writes "icmp"; ProtocolFromString folds it to ICMP, which is what the API sees.
  rule(1552, 'destination notPorts with ICMP', 'action: Allow\nipVersion: 4\nprotocol: ICMP\ndestination: { notPorts: [1] }', 'protocol'),
  rule(1561, 'a reversed source port range', 'action: Allow\nprotocol: TCP\nsource: { ports: ["200:100"] }', 'source.ports[0]'),
  rule(1569, 'a reversed source notPorts range', 'action: Allow\nprotocol: TCP\nsource: { notPorts: ["200:100"] }', 'source.notPorts[0]'),
  rule(1585, 'a reversed destination notPorts range', 'action: Allow\nprotocol: TCP\ndestination: { notPorts: ["200:100"] }', 'destination.notPorts[0]'),
  rule(1593, 'a destination notPorts range from 0', 'action: Allow\nprotocol: TCP\ndestination: { notPorts: ["0:100"] }', 'destination.notPorts[0]'),

  // Rules: nets and IP versions.
  rule([1612, 1664], 'IPv6 source nets and IPv4 destination nets', 'action: Allow\nprotocol: TCP\nsource: { nets: ["aabb:aabb::/128"] }\ndestination: { nets: [1.2.0.0/32] }', 'destination.nets[0]'),
  rule([1623, 1675], 'ipVersion 6 with IPv4 nets on both sides', 'action: Allow\nprotocol: TCP\nipVersion: 6\nsource: { nets: [1.0.0.0/10] }\ndestination: { nets: [1.2.0.0/32] }', 'source.nets'),
  rule([1644, 1708], 'ipVersion 4 with IPv6 destination nets', 'action: Allow\nprotocol: TCP\nipVersion: 4\ndestination: { nets: ["aabb:aabb::ffff/128"] }', 'destination.nets'),
  rule(1687, 'ipVersion 6 with IPv4 source nets and destination notNets', 'action: Allow\nprotocol: TCP\nipVersion: 6\nsource: { nets: [1.0.0.0/10] }\ndestination: { notNets: [1.2.0.0/32] }', 'source.nets'),

  // Rules: HTTP and metadata.
  rule([1729, 1751], 'HTTP on an Allow rule without a protocol', 'action: Allow\nhttp: { methods: [GET] }'),
  rule(1756, 'rule annotations', 'action: Allow\nmetadata: { annotations: { foo: bar } }'),
  rule(1761, 'a rule annotation key that is no qualified name', 'action: Allow\nmetadata: { annotations: { "...": bar } }', 'metadata.annotations....'),

  // BGPFilter rules.
  v4rule(1768, 'v4 interface eth&', 'interface: eth&\naction: Reject', '.interface'),
  v4rule(1772, 'v4 interface %face', 'interface: "%face"\naction: Reject', '.interface'),
  v4rule(1776, 'v4 interface "ace', `interface: '"ace'\naction: Reject`, '.interface'),
  v6rule(1780, 'v6 interface $cali', 'interface: $cali\naction: Reject', '.interface'),
  v6rule(1784, 'v6 interface eth#', 'interface: eth#\naction: Reject', '.interface'),
  v6rule(1788, 'v6 interface "face', `interface: '"face'\naction: Reject`, '.interface'),
  v4rule(1792, 'v4 interface, source, CIDR and operator', 'interface: ethx\nsource: RemotePeers\ncidr: 192.168.0.0/26\nmatchOperator: In\naction: Accept'),
  v4rule(1799, 'v4 interface *.calico with a CIDR', 'interface: "*.calico"\ncidr: 192.168.0.0/26\nmatchOperator: In\naction: Accept'),
  v4rule(1805, 'v4 interface eth* with a source', 'interface: eth*\nsource: RemotePeers\naction: Accept'),
  v6rule(1810, 'v6 interface, source, CIDR and operator', 'interface: ethx\nsource: RemotePeers\ncidr: "ffee::/64"\nmatchOperator: In\naction: Accept'),
  v6rule(1817, 'v6 interface *.calico with a /128', 'interface: "*.calico"\ncidr: "ee2::dddd/128"\nmatchOperator: In\naction: Accept'),
  v6rule(1823, 'v6 interface *.calico with a source', 'interface: "*.calico"\nsource: RemotePeers\naction: Accept'),
  v4rule(1828, 'v4 interface ethx alone', 'interface: ethx\naction: Accept'),
  v4rule(1832, 'v4 interface eth* alone', 'interface: eth*\naction: Accept'),
  v6rule(1836, 'v6 interface ethx. alone', 'interface: ethx.\naction: Accept'),
  v6rule(1840, 'v6 interface *.calico alone', 'interface: "*.calico"\naction: Accept'),
  v4rule(1844, 'v4 source xyz', 'source: xyz\naction: Reject', '.source'),
  v6rule(1848, 'v6 source xyz', 'source: xyz\naction: Reject', '.source'),
  v4rule(1852, 'v4 source with a CIDR', 'source: RemotePeers\ncidr: 192.168.0.0/26\nmatchOperator: In\naction: Reject'),
  v6rule(1858, 'v6 source with a CIDR', 'source: RemotePeers\ncidr: "ffee::/64"\nmatchOperator: In\naction: Reject'),
  v4rule(1864, 'v4 source alone', 'source: RemotePeers\naction: Reject'),
  v6rule(1868, 'v6 source alone', 'source: RemotePeers\naction: Reject'),
  v4rule(1872, 'a v4 CIDR', 'cidr: 192.168.0.0/26\nmatchOperator: In\naction: Accept'),
  v6rule(1877, 'a v6 CIDR', 'cidr: "ffee::/64"\nmatchOperator: In\naction: Accept'),
  v4rule(1882, 'v4 CIDR x.x.x.x/26', 'cidr: x.x.x.x/26\nmatchOperator: In\naction: Accept', '.cidr'),
  v4rule(1887, 'an IPv6 CIDR in a v4 rule', 'cidr: "ffee::/64"\nmatchOperator: In\naction: Accept', '.cidr'),
  v6rule(1892, 'v6 CIDR xxxx::/64', 'cidr: "xxxx::/64"\nmatchOperator: In\naction: Accept', '.cidr'),
  v6rule(1897, 'an IPv4 CIDR in a v6 rule', 'cidr: 10.0.10.0/32\nmatchOperator: In\naction: Accept', '.cidr'),
  v4rule(1902, 'v4 operator fancyOperator', 'cidr: 10.0.10.0/32\nmatchOperator: fancyOperator\naction: Accept', '.matchOperator'),
  v6rule(1907, 'v6 operator fancyOperator', 'cidr: "ffff::/128"\nmatchOperator: fancyOperator\naction: Accept', '.matchOperator'),
  v4rule(1912, 'v4 operator In', 'cidr: 10.0.10.0/32\nmatchOperator: In\naction: Accept'),
  v6rule(1917, 'v6 operator In', 'cidr: "ffff::/128"\nmatchOperator: In\naction: Accept'),
  v4rule(1922, 'v4 operator NotIn', 'cidr: 10.0.10.0/32\nmatchOperator: NotIn\naction: Accept'),
  v6rule(1927, 'v6 operator NotIn', 'cidr: "ffff::/128"\nmatchOperator: NotIn\naction: Accept'),
  v4rule(1932, 'v4 operator Equal', 'cidr: 10.0.10.0/32\nmatchOperator: Equal\naction: Accept'),
  v6rule(1937, 'v6 operator Equal', 'cidr: "ffff::/128"\nmatchOperator: Equal\naction: Accept'),
  v4rule([1942, 1978], 'v4 operator NotEqual, action Accept', 'cidr: 10.0.10.0/32\nmatchOperator: NotEqual\naction: Accept'),
  v6rule([1947, 1983], 'v6 operator NotEqual, action Accept', 'cidr: "ffff::/128"\nmatchOperator: NotEqual\naction: Accept'),
  v4rule(1952, 'a v4 operator without a CIDR', 'matchOperator: NotEqual\naction: Reject', '.matchOperator'),
  v6rule(1956, 'a v6 operator without a CIDR', 'matchOperator: NotEqual\naction: Reject', '.matchOperator'),
  v4rule(1960, 'a v4 CIDR without an operator', 'cidr: 10.0.10.0/32\naction: Reject', '.cidr'),
  v6rule(1964, 'a v6 CIDR without an operator', 'cidr: "ffff::/128"\naction: Reject', '.cidr'),
  v4rule(1968, 'v4 action ActionX', 'cidr: 10.0.10.0/32\nmatchOperator: NotEqual\naction: ActionX', '.action'),
  v6rule(1973, 'v6 action ActionX', 'cidr: "ffff::/128"\nmatchOperator: NotEqual\naction: ActionX', '.action'),
  v4rule(1988, 'v4 action Reject', 'cidr: 10.0.10.0/32\nmatchOperator: NotEqual\naction: Reject'),
  v6rule(1993, 'v6 action Reject', 'cidr: "ffff::/128"\nmatchOperator: NotEqual\naction: Reject'),
  v4rule(1998, 'a v4 rule without an action', 'matchOperator: NotEqual\ncidr: 10.0.10.0/32\naction: ""', '.action'),
  v6rule(2002, 'a v6 rule without an action', 'matchOperator: NotEqual\ncidr: "ffff::/128"\naction: ""', '.action'),
  v4rule(2006, 'a v4 rule of just an action', 'action: Reject'),
  v6rule(2009, 'a v6 rule of just an action', 'action: Reject'),
  v4rule(2012, 'a v4 prefix length min', 'cidr: 10.0.10.0/24\nmatchOperator: In\naction: Reject\nprefixLength: { min: 25 }'),
  v4rule(2020, 'a v4 prefix length max', 'cidr: 10.0.10.0/24\nmatchOperator: In\naction: Reject\nprefixLength: { max: 30 }'),
  v4rule(2028, 'a v4 prefix length max of 64', 'cidr: 10.0.10.0/24\nmatchOperator: In\naction: Reject\nprefixLength: { max: 64 }', '.prefixLength.max'),
  v4rule(2036, 'a v4 prefix length without a CIDR', 'interface: ethx.\naction: Reject\nprefixLength: { min: 16 }', '.prefixLength'),
  v6rule(2043, 'a v6 prefix length min', 'cidr: "ffff::/128"\nmatchOperator: In\naction: Reject\nprefixLength: { min: 65 }'),
  v6rule(2051, 'a v6 prefix length max', 'cidr: "ffff::/128"\nmatchOperator: In\naction: Reject\nprefixLength: { max: 96 }'),
  v6rule(2059, 'a negative v6 prefix length min', 'cidr: "ffff::/128"\nmatchOperator: In\naction: Reject\nprefixLength: { min: -16 }', '.prefixLength.min'),
  v6rule(2067, 'a v6 prefix length without a CIDR', 'interface: "*.calico"\naction: Reject\nprefixLength: { min: 120 }', '.prefixLength'),
  v4rule(
    2090,
    'an operation with all three actions',
    'action: Accept\noperations: [{ addCommunity: { value: "65000:100" }, prependASPath: { prefix: [65000] }, setPriority: { value: 256 } }]',
    '.operations[0]',
  ),

  // BGPPeer.
  peer(2118, 'a peer IP alone', 'peerIP: 1.2.3.4'),
  peer(2120, 'a bad IPv6 peer IP', 'peerIP: "xyz:::"', 'spec.peerIP'),
  peer(2157, 'IPv6 reachableBy without peerIP', 'reachableBy: "aabb::abcd"', 'spec.reachableBy'),
  peer(2160, 'reachableBy with a peer IP and port', 'peerIP: "9.9.9.9:4444"\nreachableBy: 1.2.3.4'),
  peer(2164, 'IPv6 reachableBy with an IPv6 peer IP and port', 'peerIP: "[aabb::ffff]:4444"\nreachableBy: "aabb:aabb::ffff"'),
  peer(2172, 'a bad IPv6 reachableBy', 'peerIP: "[aabb::ffff]:4444"\nreachableBy: "xyz:::"', 'spec.reachableBy'),
  peer(2176, 'IPv6 reachableBy for an IPv4 peer', 'peerIP: 1.2.3.4\nreachableBy: "aabb:aabb::ffff"', 'spec.reachableBy'),
  peer(2184, 'IPv4 reachableBy for an IPv6 peer', 'peerIP: "aabb:aabb::ffff"\nreachableBy: 1.2.3.4', 'spec.reachableBy'),
  peer(2188, 'IPv4 reachableBy for an IPv6 peer with a port', 'peerIP: "[aabb::ffff]:4444"\nreachableBy: 1.2.3.4', 'spec.reachableBy'),
  peer(2192, 'a password', 'peerIP: 1.2.3.4\npassword: { secretKeyRef: { name: tigera-bgp-passwords, key: my-peering } }'),
  peer(2201, 'a node selector that does not parse', `nodeSelector: "kubernetes.io/hostname: == 'casey-crc-kadm-node-4'"`, 'spec.nodeSelector'),
  peer(2204, 'an IPv4 peer IP with a port', 'peerIP: "192.168.1.1:500"'),
  peer(2207, 'an IPv6 peer IP with a port', 'peerIP: "[9000::]:500"'),
  peer(2210, 'a bracketed IPv4 peer IP with port 98956', 'peerIP: "[192.168.0.0]:98956"', 'spec.peerIP'),
  peer(2219, 'peer IP 192.168.0.330 with a port', 'peerIP: "192.168.0.330:170"', 'spec.peerIP'),
  peer(2222, 'an IPv6 peer IP with port 98956', 'peerIP: "[9000::]:98956"', 'spec.peerIP'),
  peer(2225, 'an IPv4 peer IP with an empty port', 'peerIP: "192.168.0.0:"', 'spec.peerIP'),
  peer(2228, 'an IPv6 peer IP with an empty port', 'peerIP: "[9000::]:"', 'spec.peerIP'),
  peer(2231, 'an IPv6 peer IP with port 65536', 'peerIP: "[9000::]:65536"', 'spec.peerIP'),
  peer(2234, 'an IPv6 peer IP with port 0', 'peerIP: "[9000::]:0"', 'spec.peerIP'),
  peer(2237, 'peer IP 9000::FFFFF with a port', 'peerIP: "[9000::FFFFF]:170"', 'spec.peerIP'),
  peer(2240, 'a port with no IPv4 address', 'peerIP: ":8552"', 'spec.peerIP'),
  peer(2243, 'a port with empty brackets', 'peerIP: "[]:8552"', 'spec.peerIP'),
  peer(2248, 'source address UseNodeIP alone', 'sourceAddress: UseNodeIP'),
  peer(2251, 'source address None', 'sourceAddress: None'),
  peer(2259, 'a max restart time', 'maxRestartTime: 10s'),

  // Node.
  node(2267, 'an empty spec', '{}'),
  node(2275, 'route-reflector cluster ID 300.34.3.1', 'bgp: { ipv4Address: 1.2.3.4/32, routeReflectorClusterID: 300.34.3.1 }', 'spec.bgp.routeReflectorClusterID'),
  wgKey(2285, 'a WireGuard public key', 'jlkVyQYooZYzI2wFfNhSZez5eWh44yfq1wKVjLvSXgY='),
  node(2288, 'a WireGuard interface address', 'wireguard: { interfaceIPv4Address: 1.2.3.4 }'),

  // FelixConfiguration: AWS and BPF load balancing.
  felix(2299, 'AWS source/destination check DoNothing', 'awsSrcDstCheck: DoNothing'),
  felix(2301, 'AWS source/destination check Disable', 'awsSrcDstCheck: Disable'),
  felix(2303, 'AWS source/destination check badVal', 'awsSrcDstCheck: badVal', 'spec.awsSrcDstCheck'),
  felix(2306, 'host-networked NAT without CTLB Disabled', 'bpfHostNetworkedNATWithoutCTLB: Disabled'),
  felix(2307, 'host-networked NAT without CTLB Enabled', 'bpfHostNetworkedNATWithoutCTLB: Enabled'),
  felix(2308, 'connect-time load balancing Enabled', 'bpfConnectTimeLoadBalancing: Enabled'),
  felix(2309, 'connect-time load balancing Disabled', 'bpfConnectTimeLoadBalancing: Disabled'),
  felix(2312, 'host-networked NAT without CTLB badVal', 'bpfHostNetworkedNATWithoutCTLB: badVal', 'spec.bpfHostNetworkedNATWithoutCTLB'),

  // GlobalNetworkPolicy.
  gnp([2316, 2999], 'a name with ~ and !', '{}', 'metadata.name', '{ name: "t~!s.h.i.ng" }'),
  gnp(2317, 'a name in mixed case', '{}', 'metadata.name', '{ name: tHiNg }'),
  gnp(2318, 'a plain name and an empty spec', '{}'),
  gnp([2331, 2390], 'preDNAT with applyOnForward', 'preDNAT: true\napplyOnForward: true'),
  gnp(2360, 'preDNAT with an ingress rule', 'preDNAT: true\napplyOnForward: true\ningress: [{ action: Allow }]'),
  gnp(2372, 'applyOnForward alone', 'applyOnForward: true'),
  gnp([2381, 2408, 2438, 2444], 'an empty spec', '{}'),
  gnp(2427, 'doNotTrack without applyOnForward', 'doNotTrack: true', 'spec'),
  gnp(2452, 'types Ingress', 'types: [Ingress]'),
  gnp(2460, 'types Egress', 'types: [Egress]'),
  gnp(2468, 'types Ingress and Egress', 'types: [Ingress, Egress]'),
  gnp(2476, 'types Egress twice', 'types: [Egress, Egress]', 'spec.types[1]'),
  gnp(2484, 'an unknown type', 'types: [unexpected]', 'spec.types[0]'),
  gnp(2493, 'ingress rules with types Egress', 'ingress: [{ action: Allow }]\ntypes: [Egress]'),
  gnp(2502, 'egress rules with types Ingress', 'egress: [{ action: Allow }]\ntypes: [Ingress]'),
  gnp(2511, 'ingress rules with types Ingress', 'ingress: [{ action: Allow }]\ntypes: [Ingress]'),
  gnp(2520, 'ingress rules with both types', 'ingress: [{ action: Allow }]\ntypes: [Ingress, Egress]'),
  gnp(2529, 'egress rules with types Egress', 'egress: [{ action: Allow }]\ntypes: [Egress]'),
  gnp(2538, 'egress rules with both types', 'egress: [{ action: Allow }]\ntypes: [Ingress, Egress]'),
  gnp(2547, 'preDNAT with types Ingress', 'preDNAT: true\napplyOnForward: true\ntypes: [Ingress]'),
  gnp(2567, 'preDNAT with both types', 'preDNAT: true\napplyOnForward: true\ntypes: [Ingress, Egress]', 'spec.types[1]'),
  gnp(2577, 'HTTP in an egress rule', 'egress: [{ action: Allow, http: { methods: [GET] } }]\ntypes: [Ingress, Egress]', 'spec.egress[0].http'),
  gnp(2586, 'global() as the namespace selector', 'namespaceSelector: global()', 'spec.namespaceSelector'),
  gnp(2594, 'global() as the selector', 'selector: global()', 'spec.selector'),
  gnp(2602, 'global() as the service account selector', 'serviceAccountSelector: global()', 'spec.serviceAccountSelector'),
  gnp(2610, 'global() as a rule source selector', ingress('action: Allow\nsource: { selector: global() }'), 'spec.ingress[0].source.selector'),
  gnp(
    2625,
    'global() and a projectcalico.org/name match as rule namespace selectors',
    ingress(`action: Allow\nsource: { namespaceSelector: global() }\ndestination: { namespaceSelector: "projectcalico.org/name == 'test'" }`),
  ),

  // StagedGlobalNetworkPolicy.
  sgnp(2645, 'a name with ~ and !', 'stagedAction: Set\nselector: foo == "bar"', 'metadata.name', '{ name: "t~!s.h.i.ng" }'),
  sgnp(2649, 'a name in mixed case', 'stagedAction: Set\nselector: foo == "bar"', 'metadata.name', '{ name: tHiNg }'),
  sgnp([2653, 2665], 'staged action Set', 'stagedAction: Set\nselector: foo == "bar"'),
  sgnp(2657, 'a converted Kubernetes policy name on a global policy', 'stagedAction: Set\nselector: foo == "bar"', 'metadata.name', '{ name: knp.default.thing }'),
  sgnp(2661, 'a name with several dots', 'stagedAction: Set\nselector: foo == "bar"', 'metadata.name', '{ name: t.h.i.ng }'),
  sgnp([2674, 2709], 'no staged action', 'selector: foo == "bar"'),
  sgnp(2682, 'Delete with a tier only', 'stagedAction: Delete\ntier: eng', undefined, '{ name: eng.thing }'),
  sgnp(2691, 'Delete with a selector', 'stagedAction: Delete\nselector: foo == "bar"', 'spec.selector'),
  sgnp(2700, 'staged action Warning', 'stagedAction: Warning\nselector: foo == "bar"', 'spec.stagedAction'),
  sgnp(2718, 'Delete alone', 'stagedAction: Delete'),

  // Tier.
  tier([2728, 2827], 'a plain name with an order', 'foo', 'order: 100'),
  tier(2734, 'a name with a dash', 'fo-o', 'order: 100'),
  tier(2740, 'a name with a dot', 'fo.o', 'order: 100', 'metadata.name'),
  tier(2746, 'a 63-character name', x(63), 'order: 100'),
  tier(2752, 'a 64-character name', x(64), 'order: 100', 'metadata.name'),
  tier(2758, 'a name with ~ and !', '"t~!s.h.i.ng"', 'order: 100', 'metadata.name'),
  tier(2764, 'the default tier at order 10', 'default', 'order: 10\ndefaultAction: Deny', 'spec.order'),
  tier([2771, 3944], 'the default tier passing', 'default', 'order: 1000000\ndefaultAction: Pass', 'spec.defaultAction'),
  tier(2778, 'the default tier as built in', 'default', 'order: 1000000\ndefaultAction: Deny'),
  tier(2785, 'kube-admin at order 10', 'kube-admin', 'order: 10\ndefaultAction: Pass', 'spec.order'),
  tier([2792, 3928], 'kube-admin denying', 'kube-admin', 'order: 1000\ndefaultAction: Deny', 'spec.defaultAction'),
  tier([2799, 3936], 'kube-admin as built in', 'kube-admin', 'order: 1000\ndefaultAction: Pass'),
  tier(2806, 'kube-baseline at order 10', 'kube-baseline', 'order: 10\ndefaultAction: Pass', 'spec.order'),
  tier([2813, 3912], 'kube-baseline denying', 'kube-baseline', 'order: 10000000\ndefaultAction: Deny', 'spec.defaultAction'),
  tier([2820, 3920], 'kube-baseline as built in', 'kube-baseline', 'order: 10000000\ndefaultAction: Pass'),
  tier(3907, 'an empty spec', 'valid-tier', '{}'),

  // StagedNetworkPolicy.
  snp(2897, 'a plain name, Delete', 'stagedAction: Delete'),
  snp(2901, 'a name with several dots', 'stagedAction: Delete', 'metadata.name', '{ name: t.h.i.ng }'),
  snp(2905, 'a name in mixed case', 'stagedAction: Delete', 'metadata.name', '{ name: tHiNg }'),
  snp(2909, 'a 253-character name', 'stagedAction: Delete', undefined, `{ name: ${x(253)} }`),
  snp(2913, 'a 254-character name', 'stagedAction: Delete', 'metadata.name', `{ name: ${x(254)} }`),
  snp(2917, 'the Kubernetes policy prefix', 'stagedAction: Delete', undefined, '{ name: knp.default.thing }'),
  snp([2921, 2947, 2983], 'Delete with a tier only', 'stagedAction: Delete\ntier: eng', undefined, '{ name: eng.thing }'),
  snp(2930, 'staged action Set', 'stagedAction: Set\nselector: foo == "bar"'),
  snp([2939, 2974], 'no staged action', 'selector: foo == "bar"'),
  snp(2956, 'Delete with a selector', 'stagedAction: Delete\nselector: foo == "bar"', 'spec.selector'),
  snp(2965, 'staged action Warning', 'stagedAction: Warning\nselector: foo == "bar"', 'spec.stagedAction'),

  // NetworkPolicy.
  np([2835, 2841, 2847, 2994], 'a plain name and an empty spec', '{}'),
  np(2837, 'a name in mixed case', '{}', 'metadata.name', '{ name: tHiNg }'),
  np([2838, 2997], 'a 253-character name', '{}', undefined, `{ name: ${x(253)} }`),
  np([2839, 2998], 'a 254-character name', '{}', 'metadata.name', `{ name: ${x(254)} }`),
  np(2840, 'the Kubernetes policy prefix and an empty spec', '{}', undefined, '{ name: knp.default.thing }'),
  np(2855, 'types Ingress', 'types: [Ingress]'),
  np(2863, 'types Egress', 'types: [Egress]'),
  np(2871, 'types Ingress and Egress', 'types: [Ingress, Egress]'),
  np(2887, 'an unknown type', 'types: [unexpected]', 'spec.types[0]'),
  np(2995, 'a tier-prefixed name and an empty spec', '{}', undefined, '{ name: th.ing }'),
  np(3006, 'ingress rules with types Egress', 'ingress: [{ action: Allow }]\ntypes: [Egress]'),
  np(3015, 'egress rules with types Ingress', 'egress: [{ action: Allow }]\ntypes: [Ingress]'),
  np(3024, 'ingress rules with types Ingress', 'ingress: [{ action: Allow }]\ntypes: [Ingress]'),
  np(3033, 'ingress rules with both types', 'ingress: [{ action: Allow }]\ntypes: [Ingress, Egress]'),
  np(3042, 'egress rules with types Egress', 'egress: [{ action: Allow }]\ntypes: [Egress]'),
  np(3051, 'egress rules with both types', 'egress: [{ action: Allow }]\ntypes: [Ingress, Egress]'),
  np(3060, 'HTTP in an egress rule', 'egress: [{ action: Allow, http: { methods: [GET] } }]\ntypes: [Ingress, Egress]', 'spec.egress[0].http'),
  np(3077, 'global() as the service account selector', 'serviceAccountSelector: global()', 'spec.serviceAccountSelector'),
  np(3085, 'performance hint junk', 'performanceHints: [junk]', 'spec.performanceHints[0]'),
  np(3093, 'performance hint AssumeNeededOnEveryNode', 'performanceHints: [AssumeNeededOnEveryNode]'),
  np(3101, 'a performance hint twice', 'performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]', 'spec.performanceHints'),
  gnp(3112, 'performance hint junk', 'performanceHints: [junk]', 'spec.performanceHints[0]'),
  gnp(3120, 'performance hint AssumeNeededOnEveryNode', 'performanceHints: [AssumeNeededOnEveryNode]'),
  gnp(3128, 'a performance hint twice', 'performanceHints: [AssumeNeededOnEveryNode, AssumeNeededOnEveryNode]', 'spec.performanceHints'),
  np(
    3139,
    'global() and a projectcalico.org/name match as rule namespace selectors',
    ingress(`action: Allow\nsource: { namespaceSelector: global() }\ndestination: { namespaceSelector: "projectcalico.org/name == 'test'" }`),
  ),

  // NetworkPolicy service matches.
  np([3157, 3211], 'a service in an egress destination', egress(`action: Allow\ndestination: { ${svc} }`)),
  np(3175, 'a service in an egress source', egress(`action: Allow\nsource: { ${svc} }`), 'spec.egress[0].source.services'),
  np(3193, 'a service in an ingress source', ingress(`action: Allow\nsource: { ${svc} }`)),
  np(3229, 'a service and service accounts in an ingress destination', ingress(`action: Allow\ndestination: { serviceAccounts: { names: [serviceaccount] }, ${svc} }`), 'spec.ingress[0].destination.services'),
  np(3250, 'a service and ports in an egress destination', egress(`action: Allow\ndestination: { ports: [80], ${svc} }`), 'spec.egress[0].destination.ports'),
  np(3271, 'a service and notPorts in an egress destination', egress(`action: Allow\ndestination: { notPorts: [80], ${svc} }`), 'spec.egress[0].destination.notPorts'),
  np(3292, 'a service and ports in an ingress source', ingress(`action: Allow\nprotocol: TCP\nsource: { ports: [80], ${svc} }`)),
  np(3314, 'a service and notPorts in an ingress source', ingress(`action: Allow\nprotocol: TCP\nsource: { notPorts: [80], ${svc} }`)),
  np(3336, 'a service and nets in an ingress destination', ingress(`action: Allow\ndestination: { nets: [10.0.0.0/8], ${svc} }`), 'spec.ingress[0].destination.services'),
  np(3355, 'a service and notNets in an ingress destination', ingress(`action: Allow\ndestination: { notNets: [10.0.0.0/8], ${svc} }`), 'spec.ingress[0].destination.services'),
  np(3374, 'a service and a selector in an ingress destination', ingress(`action: Allow\ndestination: { selector: "x == 'y'", ${svc} }`), 'spec.ingress[0].destination.services'),
  np(3393, 'a service and a notSelector in an ingress destination', ingress(`action: Allow\ndestination: { notSelector: "x == 'y'", ${svc} }`), 'spec.ingress[0].destination.services'),
  np(3412, 'a service and a namespace selector in an ingress destination', ingress(`action: Allow\ndestination: { namespaceSelector: "x == 'y'", ${svc} }`), 'spec.ingress[0].destination.services'),
  gnp(3431, 'a service in an ingress destination', ingress(`action: Allow\ndestination: { ${svc} }`), 'spec.ingress[0].destination.services'),
  gnp(3449, 'a service without a namespace in an egress destination', egress('action: Allow\ndestination: { services: { name: service1 } }'), 'spec.egress[0].destination.services'),
  gnp(3466, 'a service and a namespace selector in an ingress destination', ingress(`action: Allow\ndestination: { namespaceSelector: "x == 'y'", ${svc} }`), 'spec.ingress[0].destination.services'),

  // EntityRule special selectors, in a rule source.
  rule(3488, 'global() with spaces as the selector', 'action: Allow\nsource: { selector: "  global()  " }', 'source.selector'),
  rule(3493, 'global() with spaces as the namespace selector', 'action: Allow\nsource: { namespaceSelector: "  global()  " }'),
  rule(3498, 'global() && all() as the namespace selector', 'action: Allow\nsource: { namespaceSelector: " global() && all()" }', 'source.namespaceSelector'),
  rule(3503, 'global()||all() as the namespace selector', 'action: Allow\nsource: { namespaceSelector: "global()||all()" }', 'source.namespaceSelector'),
  rule(3508, 'global() && bad as the selector', 'action: Allow\nsource: { selector: global() && bad }', 'source.selector'),

  // HTTP matches, in an Allow rule.
  rule(3513, 'HTTP paths exact and prefix', 'action: Allow\nhttp: { paths: [{ exact: /foo }, { prefix: /bar }] }'),
  rule(3517, 'an HTTP path with both exact and prefix', 'action: Allow\nhttp: { paths: [{ exact: /foo, prefix: /bar }, { prefix: /bar }] }', 'http.paths[0]'),
  rule(3521, 'an HTTP path with ?', 'action: Allow\nhttp: { paths: [{ exact: /fo?o }] }', 'http.paths[0].exact'),
  rule(3525, 'an HTTP path with a space', 'action: Allow\nhttp: { paths: [{ exact: /fo o }] }', 'http.paths[0].exact'),
  rule(3529, 'an HTTP path with #', 'action: Allow\nhttp: { paths: [{ exact: "/f#oo" }] }', 'http.paths[0].exact'),
  rule(3533, 'an HTTP path with #, ! and ?', 'action: Allow\nhttp: { paths: [{ exact: "/fo#!?o" }] }', 'http.paths[0].exact'),
  rule(3537, 'an empty HTTP path', 'action: Allow\nhttp: { paths: [{}] }', 'http.paths[0]'),
  rule(3541, 'an HTTP method twice', 'action: Allow\nhttp: { methods: [GET, GET, Foo] }', 'http.methods[1]'),

  // FelixConfiguration addresses, ports and modes.
  felix(3558, 'Prometheus host 10.0.0.1', 'prometheusMetricsHost: 10.0.0.1'),
  felix(3561, 'Prometheus host "0: 1::1"', 'prometheusMetricsHost: "0: 1::1"', 'spec.prometheusMetricsHost'),
  felix(3569, 'device route source 999.999.999.999', 'deviceRouteSourceAddress: 999.999.999.999', 'spec.deviceRouteSourceAddress'),
  felix(3572, 'device route source as a CIDR', 'deviceRouteSourceAddress: 1.2.3.4/32', 'spec.deviceRouteSourceAddress'),
  felix(3576, 'IPv6 device route source', 'deviceRouteSourceAddressIPv6: "aabb:aabb::ffff"'),
  felix(3582, 'IPv6 device route source xyz:::', 'deviceRouteSourceAddressIPv6: "xyz:::"', 'spec.deviceRouteSourceAddressIPv6'),
  felix(3585, 'IPv6 device route source as a CIDR', 'deviceRouteSourceAddressIPv6: "aabb:aabb::ffff/128"', 'spec.deviceRouteSourceAddressIPv6'),
  felix(3591, 'WireGuard port 99999', 'wireguardListeningPort: 99999', 'spec.wireguardListeningPort'),
  felix(3594, 'WireGuard routing rule priority 12345', 'wireguardRoutingRulePriority: 12345'),
  felix(3597, 'WireGuard routing rule priority 99999', 'wireguardRoutingRulePriority: 99999', 'spec.wireguardRoutingRulePriority'),
  felix(3604, 'service loop prevention Drop', 'serviceLoopPrevention: Drop'),
  felix(3605, 'service loop prevention Reject', 'serviceLoopPrevention: Reject'),
  felix(3609, 'Windows firewall rules Disabled', 'windowsManageFirewallRules: Disabled'),
  felix(3610, 'Windows firewall rules Enabled', 'windowsManageFirewallRules: Enabled'),

  // KubeControllersConfiguration.
  kcc(3614, 'health checks invalid', 'healthChecks: invalid\ncontrollers: {}', 'spec.healthChecks'),
  kcc(3617, 'health checks Enabled', 'healthChecks: Enabled\ncontrollers: {}'),
  kcc(3620, 'log level invalid', 'logSeverityScreen: invalid\ncontrollers: {}', 'spec.logSeverityScreen'),
  kcc(3623, 'log level Error', 'logSeverityScreen: Error\ncontrollers: {}'),
  kcc(3626, 'an etcd compaction period', 'etcdV3CompactionPeriod: 12m0s\ncontrollers: {}'),
  controllers(3629, 'no controllers', '{}'),
  controllers(3632, 'every controller, empty', '{ node: {}, policy: {}, workloadEndpoint: {}, serviceAccount: {}, namespace: {}, loadBalancer: {} }'),
  controllers(3642, 'a node reconciler period', '{ node: { reconcilerPeriod: 5m0s } }'),
  controllers(3645, 'sync labels yes', '{ node: { syncLabels: "yes" } }', 'spec.controllers.node.syncLabels'),
  controllers(3648, 'sync labels Disabled', '{ node: { syncLabels: Disabled } }'),
  controllers(3651, 'host endpoint auto-create Totally', '{ node: { hostEndpoint: { autoCreate: Totally } } }', 'spec.controllers.node.hostEndpoint.autoCreate'),
  controllers(3654, 'host endpoint auto-create Enabled', '{ node: { hostEndpoint: { autoCreate: Enabled } } }'),
  controllers(3657, 'default host endpoint Totally', '{ node: { hostEndpoint: { createDefaultHostEndpoint: Totally } } }', 'spec.controllers.node.hostEndpoint.createDefaultHostEndpoint'),
  controllers(3660, 'default host endpoint Enabled', '{ node: { hostEndpoint: { createDefaultHostEndpoint: Enabled } } }'),
  controllers(3663, 'an empty host endpoint section', '{ node: { hostEndpoint: {} } }'),
  controllers(3666, 'a policy reconciler period', '{ policy: { reconcilerPeriod: 5m30s } }'),
  controllers(3669, 'a workload endpoint reconciler period', '{ workloadEndpoint: { reconcilerPeriod: 5m30s } }'),
  controllers(3672, 'a service account reconciler period', '{ serviceAccount: { reconcilerPeriod: 5m30s } }'),
  controllers(3675, 'a namespace reconciler period', '{ namespace: { reconcilerPeriod: 5m30s } }'),
  controllers(3678, 'assign IPs AllServices', '{ loadBalancer: { assignIPs: AllServices } }'),
  controllers(3681, 'assign IPs RequestedServicesOnly', '{ loadBalancer: { assignIPs: RequestedServicesOnly } }'),
  controllers(3684, 'assign IPs incorrect-value', '{ loadBalancer: { assignIPs: incorrect-value } }', 'spec.controllers.loadBalancer.assignIPs'),
  // Upstream validates a Template on its own (3687, 3717 refuse it). Inside a
  // KubeControllersConfiguration the validator never looks at one: `templates` is tagged
  // `omitempty` without `dive` (api/pkg/apis/projectcalico/v3/kubecontrollersconfig.go), and
  // go-playground/validator v9 (validator.go traverseField) enters a slice's elements only on
  // `dive`; so the object is admitted.
  template(3687, 'a template name with $', '{ generateName: test$set }'),
  template(3692, 'a template name', '{ generateName: validname }'),
  template(3697, 'a template node selector', '{ nodeSelector: foo == "bar" }'),
  template(3707, 'template interface CIDRs', '{ interfaceCIDRs: [10.0.1.0/24, 10.0.10.0/32] }'),
  template(3712, 'a template with no interface CIDRs', '{}'),
  template(3717, 'a template interface CIDR that is no CIDR', '{ interfaceCIDRs: [not a real cidr] }'),

  // BGPConfiguration communities.
  bgpConfig(
    3755,
    'a community above 32 bits',
    'communities: [{ name: community-test, value: "4147483647:999999" }]\nprefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:100"] }]',
    'spec.communities[0].value',
  ),
  bgpConfig(3765, 'an IPv4 advertisement with a large community', 'prefixAdvertisements: [{ cidr: 192.168.10.0/28, communities: ["100:5964:50"] }]'),
  bgpConfig(3771, 'an advertisement with two standard communities', 'prefixAdvertisements: [{ cidr: "2001:4860::/128", communities: ["100:5964", "200:594"] }]'),
  bgpConfig(3774, 'an advertisement with a large community near 31 bits', 'prefixAdvertisements: [{ cidr: "2001:4860::/128", communities: ["100:5964:1147483647"] }]'),
  bgpConfig(3783, 'an advertisement with a large and a standard community', 'prefixAdvertisements: [{ cidr: "2001:4860::/128", communities: ["100:5964:1147483647", "100:5223"] }]'),
  bgpConfig(
    3789,
    'an advertisement with a defined community name and a value',
    'communities: [{ name: community-test, value: "101:5695" }]\nprefixAdvertisements: [{ cidr: "2001:4860::/128", communities: [community-test, "8988:202"] }]',
  ),

  // FelixConfiguration force-tracked interfaces.
  felix(3821, 'force-tracked interfaces docker0 and docker1', 'bpfForceTrackPacketsFromIfaces: [docker0, docker1]'),

  // Catch-all notNets.
  np(3824, 'notNets 0.0.0.0/0', ingress('action: Allow\ndestination: { notNets: [0.0.0.0/0] }'), 'spec.ingress[0].destination.notNets[0]'),
  np(3839, 'notNets ::0/0', ingress('action: Allow\nsource: { notNets: ["::0/0"] }'), 'spec.ingress[0].source.notNets[0]'),
  np(3854, 'notNets 0:0:0::/0', ingress('action: Allow\nsource: { notNets: ["0:0:0::/0"] }'), 'spec.ingress[0].source.notNets[0]'),
];

describeManifestCases('More Calico validator cases from upstream', CASES);

/**
 * Where netlint follows Calico's create path rather than the bare validator. Upstream's entries
 * 1243, 1251 and 1259 validate an IPPool struct with a namespaceSelector and no allowedUses, and
 * accept it. Created through clientv3 (calicoctl, the Calico API server), the pool first goes
 * through validateAndSetDefaults, which sets an empty allowedUses to [Workload, Tunnel]
 * (libcalico-go lib/clientv3/ippool.go, v3.32.1), and the validator then refuses a namespaceSelector
 * on a pool with the Tunnel use (validator.go validateIPPoolSpec). netlint reports what the create
 * would refuse; with allowedUses written as [Workload] the same pool lints clean.
 */
describe('IPPool namespaceSelector with allowedUses unset: refused as clientv3 creates it', () => {
  it.each([
    [1243, 'region == "east"'],
    [1251, 'team == "backend" || team == "frontend"'],
    [1259, 'environment contains "prod"'],
  ])('%i: %s', (line, selector) => {
    const spec = `cidr: 1.0.0.0/10\nnamespaceSelector: ${selector}`;
    const errors = findings(pool(line, 'a namespaceSelector', spec)).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${pathText(f.path)}`)).toEqual(['calico/ippool-allowed-uses spec.namespaceSelector']);
    expect(errors[0].message).toContain('allowedUses is unset, so it is [Workload, Tunnel]');
    const workloadOnly = findings(pool(line, 'a namespaceSelector on a Workload pool', `${spec}\nallowedUses: [Workload]`));
    expect(workloadOnly.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});
