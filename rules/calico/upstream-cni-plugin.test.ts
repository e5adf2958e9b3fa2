/**
 * Calico's CNI plugin tests (projectcalico/calico at v3.32.1), retold as manifest sets: which pods
 * start and which CNI ADDs fail, for the pod and namespace IPAM annotations, the IP pools, and the
 * Calico CNI config. Files read:
 *
 *   k8s   cni-plugin/tests/calico_cni_k8s_test.go   (the plugin under Kubernetes: annotations, pools)
 *   ipam  cni-plugin/tests/calico_cni_ipam_test.go  (the calico-ipam plugin: assign_ipv4/6, ipv4_pools)
 *   cni   cni-plugin/tests/calico_cni_test.go       (the plugin outside Kubernetes: CNI config only)
 *   utils cni-plugin/internal/pkg/utils/utils_test.go
 *
 * and, for what decides, cni-plugin/pkg/plugin/plugin.go, pkg/k8s/k8s.go, pkg/ipamplugin/ipam_plugin.go,
 * internal/pkg/utils/utils.go, pkg/dataplane/dataplane.go and libcalico-go/lib/ipam/ipam.go.
 *
 * Each case names the line of its upstream `It(` (or `Entry(`, or for the host-local table of
 * calico_cni_k8s_test.go the row's `description:` line together with the `It(` of the loop that runs
 * it). The state upstream creates is written as objects: the IPPools testutils.MustCreateNewIPPool
 * makes (named after the CIDR with `.`, `:` and `/` turned into `-`, ipipMode Never, natOutgoing
 * false, disabled when not for IPAM), the pods and namespaces with their annotations, a Node when the
 * node's pod CIDRs matter, and the network config as a `.conflist` holding the one calico plugin
 * upstream passes (libcni runs a lone `.conf` the same way). The CNI config sits in a CNI file rather
 * than calico-config's `cni_network_config`: netlint reads plugin options from CNI files and only
 * checks that template for JSON. Upstream fills cniVersion from the environment; "0.3.1" (what
 * Calico's manifests write) stands for it, and the datastore is Kubernetes where upstream runs both.
 *
 * A failing ADD (the pod never starts) needs an error from some built-in rule at the responsible
 * field: the annotation, or the place in the CNI config. A succeeding ADD needs no error at all.
 * Where netlint answers otherwise the case sits in DISAGREEMENTS, asserting netlint's current answer.
 *
 * Left out, with the reason:
 * - IPAM or host state netlint does not model. k8s 501 (a host veth left over), 550 (the node's
 *   /var/lib/calico/mtu file), 1280 (the pool's addresses all allocated by another handle), 2303 and
 *   2405 (ADD and DEL with changing container IDs), 2600 and 2652 (a second ADD of a networked pod,
 *   networking rigged to fail), 2692 (a second ADD on another interface); ipam 441 (an address
 *   released and asked for again: the manifest is 436's), 477 and 483 (DEL), 587 (block affinity
 *   upgrade marker file); cni 227 (leftover host veth), 241, 252, 270, 277 (ClusterInformation's
 *   datastoreReady, which calico-node writes), 377 and 384 (a gRPC dataplane socket on the host),
 *   683, 693 (DEL), 781, 801, 837 (second ADDs), 866 (routes already on the host).
 * - Not a CNI ADD: k8s 3285 and 3320 and cni 892 and 921 (the plugin's `-t` connection test against
 *   a reachable or unreachable datastore endpoint).
 * - Decided by the caller, not by a manifest: cni 639 (`feature_control.ip_addrs_no_ipam` refused
 *   when the runtime passes no Kubernetes pod, plugin.go:373; under Kubernetes the plugin takes
 *   k8s.go's path, where the same config serves every pod).
 * - utils 32–37 (Mesos label sanitising: a string transform with no pass or fail) and 44, 61, 66, 71
 *   (MTUFromFile reading a file on the host).
 * Upstream has no case at v3.32.1 for IPPool node or namespace selectors, `ipFamilies`, or a
 * `macAddress` annotation (the MAC annotation it tests is `hwAddr`).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';

type Source = 'k8s' | 'ipam' | 'cni';

interface Case {
  src: Source;
  /** The line of upstream's `It(` / `Entry(` (for a table row: the row's line). */
  line: number;
  /** What tells apart cases sharing a line (the loop running a table row, a variant). */
  part?: string;
  /** What upstream checks, in our words. */
  name: string;
  files: Record<string, string>;
  /** Where the ADD fails: the file and the path of the responsible field. Absent: the pod starts. */
  failAt?: { file: string; path: string };
}

interface Disagreement extends Case {
  /** netlint's errors today (`ruleId file path`), which the upstream outcome says are wrong. */
  netlintSays: string[];
}

const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);

function errorsOf(c: Case) {
  const files = Object.entries(c.files).map(([path, content]) => ({ path, content }));
  return lint({ files, rules: BUILTIN_RULES }).findings.filter((f) => f.severity === 'error');
}

// ---- Builders ----------------------------------------------------------------------------------

const CONF = 'etc/cni/net.d/10-calico.conflist';

/** A conflist with one calico plugin. */
const conflist = (plugin: object, cniVersion = '0.3.1') => JSON.stringify({ cniVersion, name: 'k8s-pod-network', plugins: [{ type: 'calico', ...plugin }] }, null, 2);

/** The calico plugin as the Kubernetes tests configure it (policy k8s, a kubeconfig, nodename given). */
const K8S_PLUGIN = { datastore_type: 'kubernetes', nodename: 'node-1', nodename_file_optional: true, log_level: 'debug', policy: { type: 'k8s' }, kubernetes: { kubeconfig: '/etc/cni/net.d/calico-kubeconfig' } };
const k8sConf = (ipam: object, extra: object = {}) => conflist({ ...K8S_PLUGIN, ...extra, ipam });
const CALICO_IPAM = { type: 'calico-ipam' };
const HOST_LOCAL = { type: 'host-local', subnet: '10.0.0.0/8' };

/** The IPAM tests' config: no policy section, the IPAM plugin run on its own. */
const ipamConf = (ipam: object = {}) => conflist({ datastore_type: 'kubernetes', kubernetes: { kubeconfig: '/etc/cni/net.d/calico-kubeconfig' }, ipam: { type: 'calico-ipam', ...ipam } });

/** The non-Kubernetes tests' config: an etcd datastore, host-local IPAM. */
const cniConf = (extra: object = {}) => conflist({ etcd_endpoints: 'http://127.0.0.1:2379', datastore_type: 'etcdv3', nodename_file_optional: true, log_level: 'info', ...extra, ipam: { ...HOST_LOCAL } });

/** testutils.MustCreateNewIPPoolBlockSize: named after the CIDR, no IPIP, no NAT. */
const poolName = (cidr: string) => cidr.replace(/[.:/]/g, '-');
function ippool(cidr: string, o: { blockSize?: number; disabled?: boolean } = {}): string {
  const extra = `${o.blockSize ? `\n  blockSize: ${o.blockSize}` : ''}${o.disabled ? '\n  disabled: true' : ''}`;
  return `apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: ${poolName(cidr)} }\nspec:\n  cidr: ${JSON.stringify(cidr)}\n  ipipMode: Never\n  natOutgoing: false${extra}\n`;
}
const pools = (...docs: string[]) => docs.join('---\n');

const annotationBlock = (a: Record<string, string>) =>
  Object.keys(a).length === 0 ? '' : `\n  annotations:\n${Object.entries(a).map(([k, v]) => `    ${k}: '${v}'`).join('\n')}`;

function pod(o: { name?: string; namespace?: string; annotations?: Record<string, string>; generateName?: string; serviceAccountName?: string; namedPort?: boolean } = {}): string {
  const ports = o.namedPort ? '\n      ports: [{ name: anamedport, containerPort: 555 }]' : '';
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${o.name ?? 'test-pod'}
  namespace: ${o.namespace ?? 'test'}${o.generateName ? `\n  generateName: ${o.generateName}` : ''}${annotationBlock(o.annotations ?? {})}
spec:
  nodeName: node-1${o.serviceAccountName ? `\n  serviceAccountName: ${o.serviceAccountName}` : ''}
  containers:
    - name: test-pod
      image: ignore${ports}
`;
}

const namespace = (name: string, annotations: Record<string, string>) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}${annotationBlock(annotations)}\n`;

const V4POOLS = 'cni.projectcalico.org/ipv4pools';
const V6POOLS = 'cni.projectcalico.org/ipv6pools';
const IP_ADDRS = 'cni.projectcalico.org/ipAddrs';
const NO_IPAM = 'cni.projectcalico.org/ipAddrsNoIpam';
const FLOATING = 'cni.projectcalico.org/floatingIPs';
const HW_ADDR = 'cni.projectcalico.org/hwAddr';
const annotationPath = (key: string) => `metadata.annotations.${key}`;

// ---- calico_cni_k8s_test.go --------------------------------------------------------------------

/** The host-local table (rows at 669–866), each row's IPAM section. */
const HOST_LOCAL_ROWS: { line: number; name: string; ipam: object; extra?: object; dualOnly?: true }[] = [
  { line: 669, name: 'a single subnet "usePodCidr"', ipam: { type: 'host-local', subnet: 'usePodCidr' } },
  { line: 702, name: 'range sets usePodCidr and dead:beef::/96', ipam: { type: 'host-local', ranges: [[{ subnet: 'usePodCidr' }], [{ subnet: 'dead:beef::/96' }]] } },
  { line: 751, name: 'range sets usePodCidr and usePodCidrIPv6', ipam: { type: 'host-local', ranges: [[{ subnet: 'usePodCidr' }], [{ subnet: 'usePodCidrIPv6' }]] }, dualOnly: true },
  {
    line: 804,
    name: 'three range sets (usePodCidr, 10.100.0.0/24, dead:beef::/96) and custom routes',
    ipam: { type: 'host-local', ranges: [[{ subnet: 'usePodCidr' }], [{ subnet: '10.100.0.0/24' }], [{ subnet: 'dead:beef::/96' }]], routes: [{ dst: '10.123.0.0/16', gw: '10.123.0.1' }, { dst: '10.124.0.0/16' }, { dst: 'dead:beef::/96' }] },
  },
  {
    line: 866,
    name: 'the same three range sets and routes, plus include_default_routes',
    ipam: { type: 'host-local', ranges: [[{ subnet: 'usePodCidr' }], [{ subnet: '10.100.0.0/24' }], [{ subnet: 'dead:beef::/96' }]], routes: [{ dst: '10.123.0.0/16', gw: '10.123.0.1' }, { dst: '10.124.0.0/16' }, { dst: 'dead:beef::/96' }] },
    extra: { include_default_routes: true },
  },
];

const ONE_POD_CIDR = 'apiVersion: v1\nkind: Node\nmetadata: { name: node-1 }\nspec: { podCIDR: 10.0.0.0/24 }\n';
const TWO_POD_CIDRS = 'apiVersion: v1\nkind: Node\nmetadata: { name: node-1 }\nspec: { podCIDRs: [10.10.0.0/24, "dead:beef::/96"] }\n';

/** Both loops over the table: one pod CIDR (It at 934, skipping the usePodCidrIPv6 row), two (It at 1044). */
const hostLocalRows: Case[] = HOST_LOCAL_ROWS.flatMap((row) => [
  ...(row.dualOnly ? [] : [{ node: ONE_POD_CIDR, part: 'node with one pod CIDR (It 934)' }]),
  { node: TWO_POD_CIDRS, part: 'node with IPv4 and IPv6 pod CIDRs (It 1044)' },
].map(({ node, part }): Case => ({
  src: 'k8s',
  line: row.line,
  part,
  name: `host-local with ${row.name}: the pod gets an address twice, released in between`,
  files: { [CONF]: k8sConf(row.ipam, row.extra), 'node.yaml': node, 'pod.yaml': pod() },
})));

const NS_POOLS = pools(ippool('50.60.0.0/28', { blockSize: 29 }), ippool('60.70.0.0/28', { blockSize: 29 }));
const POD_POOLS = pools(ippool('172.16.0.0/16'), ippool('172.17.0.0/16'));

const K8S: Case[] = [
  { src: 'k8s', line: 224, name: 'host-local IPAM, a plain pod', files: { [CONF]: k8sConf(HOST_LOCAL), 'pod.yaml': pod() } },
  { src: 'k8s', line: 388, name: 'host-local IPAM, a pod with a named port', files: { [CONF]: k8sConf(HOST_LOCAL), 'pod.yaml': pod({ namedPort: true }) } },
  { src: 'k8s', line: 611, part: 'mtu 3000', name: 'an mtu in the config', files: { [CONF]: k8sConf(HOST_LOCAL, { mtu: 3000 }), 'pod.yaml': pod() } },
  { src: 'k8s', line: 611, part: 'mtu 4000', name: 'another mtu in the config', files: { [CONF]: k8sConf(HOST_LOCAL, { mtu: 4000 }), 'pod.yaml': pod() } },
  ...hostLocalRows,

  // calico-ipam with pools named on the Namespace.
  {
    src: 'k8s',
    line: 1204,
    name: 'a namespace asks for an existing pool by CIDR',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': NS_POOLS, 'namespace.yaml': namespace('run1', { [V4POOLS]: '["50.60.0.0/28"]' }), 'pod.yaml': pod({ namespace: 'run1' }) },
  },
  {
    src: 'k8s',
    line: 1243,
    name: 'a namespace asks for a pool that does not exist',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': NS_POOLS, 'namespace.yaml': namespace('run1', { [V4POOLS]: '["100.0.0.0/16"]' }), 'pod.yaml': pod({ namespace: 'run1' }) },
    failAt: { file: 'namespace.yaml', path: annotationPath(V4POOLS) },
  },
  {
    // Upstream fills the first pool first; that is IPAM state, and either way the pod starts.
    src: 'k8s',
    line: 1337,
    name: 'a namespace asks for two existing pools',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': NS_POOLS, 'namespace.yaml': namespace('run1', { [V4POOLS]: '["50.60.0.0/28", "60.70.0.0/28"]' }), 'pod.yaml': pod({ namespace: 'run1' }) },
  },

  // calico-ipam with pools named on the Pod.
  { src: 'k8s', line: 1539, name: 'a pod asks for an existing pool by CIDR', files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': POD_POOLS, 'pod.yaml': pod({ annotations: { [V4POOLS]: '["172.16.0.0/16"]' } }) } },
  { src: 'k8s', line: 1568, name: 'a pod asks for an existing pool by name', files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': POD_POOLS, 'pod.yaml': pod({ annotations: { [V4POOLS]: '["172-17-0-0-16"]' } }) } },

  {
    src: 'k8s',
    line: 1655,
    name: 'a pod allows spoofed source prefixes',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': ippool('172.16.0.0/16'), 'pod.yaml': pod({ annotations: { 'cni.projectcalico.org/allowedSourcePrefixes': '["8.8.8.8/32","1.1.1.0/24"]' } }) },
  },

  // floatingIPs.
  {
    src: 'k8s',
    line: 1738,
    name: 'a floating IP with feature_control.floating_ips on',
    files: { [CONF]: k8sConf(CALICO_IPAM, { feature_control: { floating_ips: true } }), 'ippools.yaml': pools(ippool('172.16.0.0/16'), ippool('1.1.1.0/24')), 'pod.yaml': pod({ annotations: { [FLOATING]: '["1.1.1.1"]' } }) },
  },

  // ipAddrsNoIpam.
  { src: 'k8s', line: 1821, name: 'ipAddrsNoIpam with the feature on', files: { [CONF]: k8sConf(CALICO_IPAM, { feature_control: { ip_addrs_no_ipam: true } }), 'pod.yaml': pod({ annotations: { [NO_IPAM]: '["10.0.0.1"]' } }) } },
  {
    src: 'k8s',
    line: 1936,
    name: 'ipAddrsNoIpam with two IPv4 addresses',
    files: { [CONF]: k8sConf(CALICO_IPAM, { feature_control: { ip_addrs_no_ipam: true } }), 'pod.yaml': pod({ annotations: { [NO_IPAM]: '["10.0.0.1", "10.0.0.2"]' } }) },
    failAt: { file: 'pod.yaml', path: annotationPath(NO_IPAM) },
  },

  {
    src: 'k8s',
    line: 2110,
    name: 'dual stack with an IPv4 and an IPv6 floating IP',
    files: {
      [CONF]: k8sConf({ type: 'calico-ipam', assign_ipv4: 'true', assign_ipv6: 'true' }, { feature_control: { floating_ips: true } }),
      'ippools.yaml': pools(ippool('20.0.0.0/24'), ippool('fd80:20::/96')),
      'pod.yaml': pod({ annotations: { [FLOATING]: '["1.1.1.1", "2001:647f::21"]' } }),
    },
  },

  {
    src: 'k8s',
    line: 2903,
    name: 'a pod with a service account',
    files: {
      [CONF]: k8sConf(CALICO_IPAM),
      'ippools.yaml': ippool('172.24.0.0/24'),
      'sa.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: testserviceaccount, namespace: test }\n',
      'pod.yaml': pod({ serviceAccountName: 'testserviceaccount', namedPort: true }),
    },
  },
  { src: 'k8s', line: 3069, name: 'a pod with a generateName', files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': ippool('172.24.0.0/24'), 'pod.yaml': pod({ generateName: 'test-gen-name', namedPort: true }) } },
  {
    src: 'k8s',
    line: 3252,
    name: 'readiness_gates as a list of URLs',
    files: { [CONF]: k8sConf(CALICO_IPAM, { log_level: 'info', readiness_gates: ['http://127.0.0.1:9099/readiness'] }), 'ippools.yaml': ippool('10.0.0.0/24'), 'pod.yaml': pod() },
  },
  { src: 'k8s', line: 3385, name: 'hwAddr with a MAC address', files: { [CONF]: k8sConf(HOST_LOCAL), 'pod.yaml': pod({ annotations: { [HW_ADDR]: 'ca:fe:ca:fe:ca:fe' } }) } },
  {
    src: 'k8s',
    line: 3502,
    name: 'a pod asks for an IPv4 pool, IPv4 only',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': pools(ippool('50.80.0.0/16'), ippool('fd80:50::/96')), 'pod.yaml': pod({ annotations: { [V4POOLS]: '["50.80.0.0/16"]' } }) },
  },
  {
    src: 'k8s',
    line: 3560,
    name: 'a pod asks for an IPv4 and an IPv6 pool, assign_ipv6 "true"',
    files: {
      [CONF]: k8sConf({ type: 'calico-ipam', assign_ipv6: 'true' }),
      'ippools.yaml': pools(ippool('50.80.0.0/16'), ippool('fd80:50::/96')),
      'pod.yaml': pod({ annotations: { [V4POOLS]: '["50.80.0.0/16"]', [V6POOLS]: '["fd80:50::/96"]' } }),
    },
  },
];

// ---- calico_cni_ipam_test.go -------------------------------------------------------------------

const V4_POOL = ippool('192.168.0.0/16');
const V6_POOL = ippool('fd80:24e2:f998:72d6::/64');
const BOTH_POOLS = pools(V4_POOL, V6_POOL);

const IPAM: Case[] = [
  { src: 'ipam', line: 126, name: 'calico-ipam with no options: one IPv4 address', files: { [CONF]: ipamConf(), 'ippools.yaml': BOTH_POOLS } },
  { src: 'ipam', line: 142, name: 'assign_ipv4 "true"', files: { [CONF]: ipamConf({ assign_ipv4: 'true' }), 'ippools.yaml': BOTH_POOLS } },
  { src: 'ipam', line: 158, name: 'assign_ipv4 "false", assign_ipv6 "true": IPv6 only', files: { [CONF]: ipamConf({ assign_ipv4: 'false', assign_ipv6: 'true' }), 'ippools.yaml': BOTH_POOLS } },
  { src: 'ipam', line: 175, name: 'assign_ipv4 and assign_ipv6 "true": one of each', files: { [CONF]: ipamConf({ assign_ipv4: 'true', assign_ipv6: 'true' }), 'ippools.yaml': BOTH_POOLS } },
  { src: 'ipam', line: 274, name: 'ipv4_pools names the existing pool', files: { [CONF]: ipamConf({ assign_ipv4: 'true', ipv4_pools: ['192.168.0.0/16'] }), 'ippools.yaml': BOTH_POOLS } },
  {
    src: 'ipam',
    line: 299,
    name: 'ipv4_pools names two existing pools',
    files: { [CONF]: ipamConf({ assign_ipv4: 'true', ipv4_pools: ['192.169.1.0/24', '192.168.0.0/16'] }), 'ippools.yaml': pools(V4_POOL, V6_POOL, ippool('192.169.1.0/24')) },
  },
  {
    src: 'ipam',
    line: 324,
    name: 'the first pool disabled, another enabled: the address comes from the enabled one',
    files: { [CONF]: ipamConf({ assign_ipv4: 'true' }), 'ippools.yaml': pools(ippool('192.168.0.0/16', { disabled: true }), V6_POOL, ippool('192.169.1.0/24')) },
  },
  {
    // Upstream passes IP=192.168.123.123 in CNI_ARGS, which is what k8s.go does for the ipAddrs annotation.
    src: 'ipam',
    line: 436,
    name: 'an explicit address inside a pool',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': BOTH_POOLS, 'pod.yaml': pod({ annotations: { [IP_ADDRS]: '["192.168.123.123"]' } }) },
  },
  {
    // Upstream asks twice for the same address; the holder of the first ADD is written as a second pod.
    src: 'ipam',
    line: 450,
    name: 'the same explicit address asked for twice',
    files: {
      [CONF]: k8sConf(CALICO_IPAM),
      'ippools.yaml': BOTH_POOLS,
      'pod-a.yaml': pod({ name: 'pod-a', annotations: { [IP_ADDRS]: '["192.168.123.123"]' } }),
      'pod-b.yaml': pod({ name: 'pod-b', annotations: { [IP_ADDRS]: '["192.168.123.123"]' } }),
    },
    failAt: { file: 'pod-b.yaml', path: annotationPath(IP_ADDRS) },
  },
];

// ---- calico_cni_test.go ------------------------------------------------------------------------

const CNI: Case[] = [
  { src: 'cni', line: 86, name: 'host-local IPAM outside Kubernetes', files: { [CONF]: cniConf() } },
  { src: 'cni', line: 309, name: 'container_settings.allow_ip_forwarding true', files: { [CONF]: cniConf({ container_settings: { allow_ip_forwarding: true } }) } },
  { src: 'cni', line: 480, name: 'the deprecated hostname field', files: { [CONF]: cniConf({ hostname: 'named-hostname.somewhere' }) } },
  { src: 'cni', line: 524, name: 'hostname and nodename both set', files: { [CONF]: cniConf({ hostname: 'named-hostname', nodename: 'named-nodename' }) } },
  { src: 'cni', line: 975, name: 'host-local 10.0.0.0/8: one IPv4 address and both interfaces in the result', files: { [CONF]: cniConf() } },
];

// Cases that disagreed when restated and that netlint now judges as upstream does (cni/plugin-options' calico
// fields, calico/hwaddr-annotation, calico/ipam-feature-control, calico/cni-ipam-pools, cluster/label-value-type
// leaving CNI files alone).
const NOW_AGREED: Case[] = [
  {
    // k8s.go:486-491: floatingIPs without feature_control.floating_ips fails the ADD.
    src: 'k8s',
    line: 1762,
    name: 'a floating IP with feature_control.floating_ips off',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'ippools.yaml': pools(ippool('172.16.0.0/16'), ippool('1.1.1.0/24')), 'pod.yaml': pod({ annotations: { [FLOATING]: '["1.1.1.1"]' } }) },
    failAt: { file: 'pod.yaml', path: annotationPath(FLOATING) },
  },
  {
    // k8s.go:338-342: ipAddrsNoIpam without feature_control.ip_addrs_no_ipam fails the ADD.
    src: 'k8s',
    line: 1903,
    name: 'ipAddrsNoIpam with the feature off',
    files: { [CONF]: k8sConf(CALICO_IPAM), 'pod.yaml': pod({ annotations: { [NO_IPAM]: '["10.0.0.1"]' } }) },
    failAt: { file: 'pod.yaml', path: annotationPath(NO_IPAM) },
  },
  {
    // ipam_plugin.go:302-305 asks for one IPv6 address; ipam.go:288-291 finds no enabled IPv6 pool.
    src: 'ipam',
    line: 198,
    name: 'assign_ipv6 "true" with no IPv6 pool',
    files: { [CONF]: ipamConf({ assign_ipv4: 'true', assign_ipv6: 'true' }), 'ippools.yaml': V4_POOL },
    failAt: { file: CONF, path: 'plugins[0].ipam.assign_ipv6' },
  },
  {
    // ipam_plugin.go:296-299 asks for one IPv4 address; ipam.go:288-291 finds no enabled IPv4 pool.
    src: 'ipam',
    line: 235,
    name: 'assign_ipv4 "true" with no IPv4 pool',
    files: { [CONF]: ipamConf({ assign_ipv4: 'true', assign_ipv6: 'true' }), 'ippools.yaml': V6_POOL },
    failAt: { file: CONF, path: 'plugins[0].ipam.assign_ipv4' },
  },
  // ipam.go:296-303 (determinePools): a requested pool that is not an enabled pool fails the ADD.
  ...[371, 394].map(
    (line): Case => ({
      src: 'ipam',
      line,
      name: 'ipv4_pools names a pool that does not exist',
      files: { [CONF]: ipamConf({ assign_ipv4: 'true', ipv4_pools: ['192.168.0.0/16', '192.169.1.0/24'] }), 'ippools.yaml': BOTH_POOLS },
      failAt: { file: CONF, path: 'plugins[0].ipam.ipv4_pools[1]' },
    }),
  ),
  {
    // types.go:130 ReadinessGates is a []string; plugin.go:170-171 fails to load a string there.
    src: 'k8s',
    line: 3184,
    name: 'readiness_gates as a single string, not a list',
    files: { [CONF]: k8sConf(CALICO_IPAM, { log_level: 'info', readiness_gates: 'http://localhost:9099/invalid_x12vx' }), 'ippools.yaml': ippool('10.0.0.0/24'), 'pod.yaml': pod() },
    failAt: { file: CONF, path: 'plugins[0].readiness_gates' },
  },
  {
    // dataplane_linux.go:246-250: net.ParseMAC of the annotation, the ADD fails on an error.
    src: 'k8s',
    line: 3416,
    name: 'hwAddr that is no MAC address',
    files: { [CONF]: k8sConf(HOST_LOCAL), 'pod.yaml': pod({ annotations: { [HW_ADDR]: 'invalid MAC address' } }) },
    failAt: { file: 'pod.yaml', path: annotationPath(HW_ADDR) },
  },
  {
    // dataplane.go:49-58 refuses a dataplane_options.type other than grpc.
    src: 'cni',
    line: 351,
    name: 'an unknown dataplane_options.type',
    files: { [CONF]: cniConf({ dataplane_options: { type: 'invalid-dataplane-type' } }) },
    failAt: { file: CONF, path: 'plugins[0].dataplane_options.type' },
  },
  // types.go:48-64 decodes args["org.apache.mesos"].network_info.labels.labels as a list of
  // key/value pairs; plugin.go:437-445 turns them into endpoint labels; cluster/label-value-type leaves CNI
  // config files alone.
  ...[
    { line: 555, name: 'Mesos network labels in args', labels: [{ key: 'k', value: 'v' }] },
    { line: 596, name: 'a DC/OS label with slashes in args', labels: [{ key: 'DCOS_SPACE', value: '/a/b/c' }] },
  ].map(
    ({ line, name, labels }): Case => ({
      src: 'cni',
      line,
      name,
      files: { [CONF]: cniConf({ hostname: 'named-hostname.somewhere', args: { 'org.apache.mesos': { network_info: { labels: { labels } } } } }) },
    }),
  ),
];

const CASES: Case[] = [...K8S, ...IPAM, ...CNI, ...NOW_AGREED];

/**
 * Where netlint answers otherwise than the plugin. Each asserts netlint's answer today, so it
 * fails once a rule learns the case; then it moves to CASES.
 */
const DISAGREEMENTS: Disagreement[] = [
  {
    // ipAddrs asks IPAM for that address directly, so this pod starts although assign_ipv6 is "true" and no IPv6 pool
    // exists (ipam_plugin.go: the IPv6 count is used only without ipAddrs). calico/cni-ipam-pools reports the config,
    // since every other pod of the node (without fixed addresses) fails.
    src: 'k8s',
    line: 1978,
    name: 'ipAddrs inside a pool, assign_ipv4 and assign_ipv6 "true"',
    files: { [CONF]: k8sConf({ type: 'calico-ipam', assign_ipv4: 'true', assign_ipv6: 'true' }), 'ippools.yaml': ippool('20.0.0.0/24'), 'pod.yaml': pod({ annotations: { [IP_ADDRS]: '["20.0.0.111"]' } }) },
    netlintSays: [`calico/cni-ipam-pools ${CONF} plugins[0].ipam.assign_ipv6`],
  },
  {
    // k8s.go:219-232: the pod's ipv4pools replaces the namespace's, so the missing pool is never looked up.
    src: 'k8s',
    line: 1444,
    name: 'the pod names an existing pool, its namespace one that does not exist: the pod annotation wins and the pod starts',
    files: {
      [CONF]: k8sConf(CALICO_IPAM),
      'ippools.yaml': ippool('50.70.0.0/16'),
      'namespace.yaml': namespace('run1', { [V4POOLS]: '["50.55.0.0/16"]' }),
      'pod.yaml': pod({ namespace: 'run1', annotations: { [V4POOLS]: '["50.70.0.0/16"]' } }),
    },
    netlintSays: [`calico/ippools-annotation-unknown namespace.yaml ${annotationPath(V4POOLS)}`],
  },
];

const key = (c: Case) => `${c.src}:${c.line}${c.part ? ` (${c.part})` : ''}`;

describe('Calico CNI plugin tests, retold as manifests', () => {
  for (const c of CASES) {
    it(`${key(c)} ${c.name} → ${c.failAt ? `ADD fails at ${c.failAt.file} ${c.failAt.path}` : 'pod starts'}`, () => {
      const errors = errorsOf(c);
      const shown = errors.map((f) => `${f.ruleId} ${f.file} ${pathText(f.path)}: ${f.message}`);
      if (!c.failAt) {
        expect(shown).toEqual([]);
      } else {
        expect(errors.map((f) => `${f.file} ${pathText(f.path)}`), shown.join('\n')).toContain(`${c.failAt.file} ${c.failAt.path}`);
      }
    });
  }
});

describe('Calico CNI plugin tests netlint answers otherwise (asserting its answer today)', () => {
  for (const c of DISAGREEMENTS) {
    it(`${key(c)} ${c.name}: upstream ${c.failAt ? 'fails the ADD' : 'starts the pod'}, netlint ${c.netlintSays.length ? 'reports an error' : 'reports nothing'}`, () => {
      expect(errorsOf(c).map((f) => `${f.ruleId} ${f.file} ${pathText(f.path)}`)).toEqual(c.netlintSays);
    });
  }
});

describe('bookkeeping', () => {
  it('names each upstream case once', () => {
    const all = [...CASES, ...DISAGREEMENTS].map(key);
    expect(new Set(all).size).toBe(all.length);
  });

  it('a disagreement contradicts the upstream outcome', () => {
    for (const c of DISAGREEMENTS) expect(c.failAt ? c.netlintSays.length === 0 : c.netlintSays.length > 0, key(c)).toBe(true);
  });
});
