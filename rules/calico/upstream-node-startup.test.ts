/**
 * calico-node's own start-up tests as truth: node/pkg/lifecycle/startup/startup_test.go at Calico
 * v3.32.1 (projectcalico/calico), read against startup.go, startup_linux.go and
 * autodetection/autodetection_methods.go of the same tag. Each case names the line of its upstream
 * `Entry(` or `It(`, and sets the environment that entry sets as the `env` of the calico-node
 * container in a calico-node DaemonSet (an unset variable is left out, an empty one is written as
 * `""`). An entry that upstream expects calico-node to survive is accepted: no error from any
 * built-in rule. An entry that ends in utils.Terminate() (exit code 1) is refused: some built-in
 * rule must report an error at the value of the env entry the case names.
 *
 * The autodetection tests (autodetection/filtered_test.go, interfaces_linux_test.go,
 * ipv4/poolselector_test.go) take no environment value at this tag: they enumerate the host's
 * interfaces or feed mocked netlink addresses, so none is restated. No test at this tag passes a
 * `can-reach=`, `interface=`, `skip-interface=` or `cidr=` method; `kubernetes-internal-ip` is the only
 * method any test sets (startup_test.go 1120–1141).
 *
 * Left out, with the reason:
 * - 157: the environment of 156; what it adds is a route reflector cluster ID already on the Node (datastore).
 * - 161 (the built-in default pool CIDR parses), 168 (Terminate exits with 1), 449 (clearing a Node's
 *   stored addresses), 641 (waiting for etcd), 1044 (the NetworkUnavailable condition), 1201 and 1260
 *   (concurrent ClusterInformation writes, upgrading stored block affinities), 1332 and 1342 (the
 *   random IPv6 ULA pool), 1374–1382 (reading the kubeadm-config ConfigMap from the API server): no
 *   environment value decides them.
 * - 775, 826, 925: the point is merging CLUSTER_TYPE with a ClusterInformation already in the datastore.
 * - 1006: an OrchRef already on the stored Node.
 * - 1088, 1092, 1170: the only thing tested is first-found IPv4 autodetection on the test host's own
 *   interfaces (`IP` empty or unset, or `autodetect` with no method).
 * - 1090, 1091, 1094, 1095: the point is comparing `IP`/`IP6` with the address stored on the Node
 *   (changed or not); the values themselves are of the forms 1089 and 1093 restate.
 * - 1120, 1122: `kubernetes-internal-ip` with no Kubernetes Node, or with an InternalIP on none of the
 *   host's interfaces; whether calico-node finds an address depends on the host, not the manifest.
 * - 1326, 1327: the node name falls back to the test host's own hostname.
 *
 * 1093 leaves `IP` unset, as upstream does, so IPv4 is autodetected on the host; what the case
 * checks is that the IP6 value is taken. 1121 and 1127 hold when the Kubernetes Node's InternalIP is
 * on one of the host's interfaces (upstream mocks both); the manifest can only name the method.
 *
 * Entry 155 (IP=none with no IPv6 address) disagreed with netlint when restated; calico/env-node-address
 * now reports it, and every restated entry agrees.
 *
 * Upstream's pool tables run configureIPPools with a kubeadm-config ConfigMap (podSubnet
 * 192.168.0.0/16); that decides which IPv4 CIDR an entry without CALICO_IPV4POOL_CIDR gets, never
 * whether calico-node exits, so the manifests leave it out.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import { BUILTIN_RULES } from '../index.js';

interface Case {
  /** The line of upstream's `Entry(` or `It(` in startup_test.go. */
  line: number;
  /** What upstream's entry checks, in our words. */
  name: string;
  /** The calico-node container's env, in order. */
  env: Record<string, string>;
  /** The env variable calico-node exits on; absent when upstream expects it to carry on. */
  refuseAt?: string;
}

const manifest = (env: Record<string, string>) => {
  const entries = Object.entries(env).map(([name, value]) => `            - name: ${name}\n              value: ${JSON.stringify(value)}`);
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: calico-node, namespace: kube-system }
spec:
  selector: { matchLabels: { k8s-app: calico-node } }
  template:
    metadata: { labels: { k8s-app: calico-node } }
    spec:
      containers:
        - name: calico-node
          image: quay.io/calico/node:v3.32.1
          env:${entries.length ? `\n${entries.join('\n')}` : ' []'}
`;
};

const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
/** Where env entry `name` of the case's container holds its value. */
const valuePath = (env: Record<string, string>, name: string) => `spec.template.spec.containers[0].env[${Object.keys(env).indexOf(name)}].value`;

function findings(env: Record<string, string>) {
  return lint({ files: [{ path: 'calico-node.yaml', content: manifest(env) }], rules: BUILTIN_RULES }).findings;
}
const errorsOf = (env: Record<string, string>) => findings(env).filter((f) => f.severity === 'error');

const ok = (line: number, name: string, env: Record<string, string>): Case => ({ line, name, env });
const exits = (line: number, name: string, env: Record<string, string>, refuseAt: string): Case => ({ line, name, env, refuseAt });

const ULA = 'fdff:ffff:ffff:ffff:ffff::/80';

const CASES: Case[] = [
  // "Node IP detection failure cases" (configureAndCheckIPAddressSubnets with IP=none, IP6 empty, a new Node).
  ok(156, 'IP none with policy-only Calico', { CALICO_NETWORKING_BACKEND: 'none', IP: 'none', IP6: '' }),

  // "Test IP pool env variables": every entry creates its pools.
  ok(331, 'no environment at all', {}),
  ok(333, 'an IPv4 /24 pool', { CALICO_IPV4POOL_CIDR: '172.16.0.0/24' }),
  ok(336, 'an IPv6 /80 pool', { CALICO_IPV6POOL_CIDR: ULA }),
  ok(339, 'an IPv4 and an IPv6 pool', { CALICO_IPV4POOL_CIDR: '172.16.0.0/24', CALICO_IPV6POOL_CIDR: ULA }),
  ok(345, 'IPIP off', { CALICO_IPV4POOL_IPIP: 'off' }),
  ok(347, 'IPIP Off', { CALICO_IPV4POOL_IPIP: 'Off' }),
  ok(349, 'IPIP Never', { CALICO_IPV4POOL_IPIP: 'Never' }),
  ok(351, 'IPIP empty', { CALICO_IPV4POOL_IPIP: '' }),
  ok(353, 'IPIP always', { CALICO_IPV4POOL_IPIP: 'always' }),
  ok(355, 'IPIP Always', { CALICO_IPV4POOL_IPIP: 'Always' }),
  ok(357, 'IPIP cross-subnet', { CALICO_IPV4POOL_IPIP: 'cross-subnet' }),
  ok(359, 'IPIP CrossSubnet', { CALICO_IPV4POOL_IPIP: 'CrossSubnet' }),
  ok(361, 'IPv4 block size 27', { CALICO_IPV4POOL_BLOCK_SIZE: '27' }),
  ok(363, 'an IPv6 pool beside IPIP always', { CALICO_IPV6POOL_CIDR: ULA, CALICO_IPV4POOL_IPIP: 'always' }),
  ok(369, 'IPv6 NAT outgoing true', { CALICO_IPV6POOL_NAT_OUTGOING: 'true' }),
  ok(374, 'IPv6 NAT outgoing false', { CALICO_IPV6POOL_NAT_OUTGOING: 'false' }),
  ok(379, 'IPv4 NAT outgoing false', { CALICO_IPV4POOL_NAT_OUTGOING: 'false' }),
  ok(384, 'IPv4 NAT off, IPv6 NAT on', { CALICO_IPV4POOL_NAT_OUTGOING: 'false', CALICO_IPV6POOL_NAT_OUTGOING: 'true' }),
  ok(390, 'IPv6 block size 123', { CALICO_IPV6POOL_BLOCK_SIZE: '123' }),
  ok(392, 'IPv4 node selector all()', { CALICO_IPV4POOL_NODE_SELECTOR: 'all()' }),
  ok(394, 'IPv4 node selector with a single-quoted value', { CALICO_IPV4POOL_NODE_SELECTOR: "key == 'something'" }),
  ok(396, 'IPv6 node selector has()', { CALICO_IPV6POOL_NODE_SELECTOR: 'has(something)' }),
  ok(398, 'IPv4 VXLAN off', { CALICO_IPV4POOL_VXLAN: 'off' }),
  ok(400, 'IPv4 VXLAN Off', { CALICO_IPV4POOL_VXLAN: 'Off' }),
  ok(402, 'IPv4 VXLAN Never', { CALICO_IPV4POOL_VXLAN: 'Never' }),
  ok(404, 'IPv4 VXLAN empty', { CALICO_IPV4POOL_VXLAN: '' }),
  ok(406, 'IPv4 VXLAN always', { CALICO_IPV4POOL_VXLAN: 'always' }),
  ok(408, 'IPv4 VXLAN Always', { CALICO_IPV4POOL_VXLAN: 'Always' }),
  ok(410, 'IPv4 VXLAN cross-subnet', { CALICO_IPV4POOL_VXLAN: 'cross-subnet' }),
  ok(412, 'IPv4 VXLAN CrossSubnet', { CALICO_IPV4POOL_VXLAN: 'CrossSubnet' }),
  ok(415, 'IPv4 and IPv6 VXLAN off', { CALICO_IPV4POOL_VXLAN: 'off', CALICO_IPV6POOL_VXLAN: 'off' }),
  ok(417, 'IPv6 VXLAN Off', { CALICO_IPV6POOL_VXLAN: 'Off' }),
  ok(419, 'IPv6 VXLAN Never', { CALICO_IPV6POOL_VXLAN: 'Never' }),
  ok(421, 'IPv6 VXLAN empty', { CALICO_IPV6POOL_VXLAN: '' }),
  ok(423, 'IPv6 VXLAN always', { CALICO_IPV6POOL_VXLAN: 'always' }),
  ok(425, 'IPv6 VXLAN Always', { CALICO_IPV6POOL_VXLAN: 'Always' }),
  ok(427, 'IPv6 VXLAN cross-subnet', { CALICO_IPV6POOL_VXLAN: 'cross-subnet' }),
  ok(429, 'IPv6 VXLAN CrossSubnet', { CALICO_IPV6POOL_VXLAN: 'CrossSubnet' }),
  ok(431, 'VXLAN CrossSubnet for both families', { CALICO_IPV4POOL_VXLAN: 'CrossSubnet', CALICO_IPV6POOL_VXLAN: 'CrossSubnet' }),
  ok(433, 'IPv4 VXLAN CrossSubnet, IPv6 VXLAN Always', { CALICO_IPV4POOL_VXLAN: 'CrossSubnet', CALICO_IPV6POOL_VXLAN: 'Always' }),
  ok(435, 'IPv4 BGP export disabled', { CALICO_IPV4POOL_DISABLE_BGP_EXPORT: 'true' }),
  ok(438, 'IPv6 pool with BGP export disabled', { CALICO_IPV6POOL_CIDR: ULA, CALICO_IPV6POOL_DISABLE_BGP_EXPORT: 'true' }),
  ok(441, 'BGP export disabled for both', { CALICO_IPV6POOL_CIDR: ULA, CALICO_IPV4POOL_DISABLE_BGP_EXPORT: 'true', CALICO_IPV6POOL_DISABLE_BGP_EXPORT: 'true' }),
  ok(444, 'BGP export left on for both', { CALICO_IPV4POOL_DISABLE_BGP_EXPORT: 'false', CALICO_IPV6POOL_DISABLE_BGP_EXPORT: 'false' }),

  // NO_DEFAULT_POOLS alone: no pool, no exit.
  ok(493, 'NO_DEFAULT_POOLS true', { NO_DEFAULT_POOLS: 'true' }),

  // "Test skip pool creation via 'none'".
  ok(568, 'IPv4 pool none', { CALICO_IPV4POOL_CIDR: 'none' }),
  ok(571, 'IPv6 pool none', { CALICO_IPV6POOL_CIDR: 'none' }),
  ok(574, 'both pools none', { CALICO_IPV4POOL_CIDR: 'none', CALICO_IPV6POOL_CIDR: 'none' }),

  // "Test IP pool env variables that cause exit".
  exits(612, 'an IPv4 pool CIDR with a stray letter', { CALICO_IPV4POOL_CIDR: '172.16.0.0a/24' }, 'CALICO_IPV4POOL_CIDR'),
  exits(613, 'an IPv4 /27 pool, smaller than a /26 block', { CALICO_IPV4POOL_CIDR: '172.16.0.0/27' }, 'CALICO_IPV4POOL_CIDR'),
  exits(614, 'an IPv4 /32 pool', { CALICO_IPV4POOL_CIDR: '10.0.0.0/32' }, 'CALICO_IPV4POOL_CIDR'),
  exits(615, 'an IPv6 /123 pool, smaller than a /122 block', { CALICO_IPV6POOL_CIDR: 'fd00::/123' }, 'CALICO_IPV6POOL_CIDR'),
  exits(616, 'a bad IPv4 pool beside a good IPv6 one', { CALICO_IPV4POOL_CIDR: '172.16.0.0a/24', CALICO_IPV6POOL_CIDR: ULA }, 'CALICO_IPV4POOL_CIDR'),
  exits(621, 'NO_DEFAULT_POOLS with an IPv4 pool CIDR', { NO_DEFAULT_POOLS: 'true', CALICO_IPV4POOL_CIDR: '172.16.0.0/24' }, 'CALICO_IPV4POOL_CIDR'),
  exits(626, 'IPIP badVal', { CALICO_IPV4POOL_IPIP: 'badVal' }, 'CALICO_IPV4POOL_IPIP'),
  exits(627, 'an IPv6 CIDR as the IPv4 pool', { CALICO_IPV4POOL_CIDR: ULA }, 'CALICO_IPV4POOL_CIDR'),
  exits(629, 'an IPv4 CIDR as the IPv6 pool', { CALICO_IPV6POOL_CIDR: '172.16.0.0/24' }, 'CALICO_IPV6POOL_CIDR'),
  exits(631, 'IPv4 node selector all(nothing)', { CALICO_IPV4POOL_NODE_SELECTOR: 'all(nothing)' }, 'CALICO_IPV4POOL_NODE_SELECTOR'),
  exits(633, 'IPv6 node selector all(nothing)', { CALICO_IPV6POOL_NODE_SELECTOR: 'all(nothing)' }, 'CALICO_IPV6POOL_NODE_SELECTOR'),
  exits(635, 'IPv4 block size 19', { CALICO_IPV4POOL_BLOCK_SIZE: '19' }, 'CALICO_IPV4POOL_BLOCK_SIZE'),
  exits(636, 'IPv4 block size 33', { CALICO_IPV4POOL_BLOCK_SIZE: '33' }, 'CALICO_IPV4POOL_BLOCK_SIZE'),
  exits(637, 'IPv6 block size 115', { CALICO_IPV6POOL_BLOCK_SIZE: '115' }, 'CALICO_IPV6POOL_BLOCK_SIZE'),
  exits(638, 'IPv6 block size 129', { CALICO_IPV6POOL_BLOCK_SIZE: '129' }, 'CALICO_IPV6POOL_BLOCK_SIZE'),

  // CLUSTER_TYPE (ensureDefaultConfig returns no error).
  ok(692, 'CLUSTER_TYPE unset', {}),
  ok(732, 'CLUSTER_TYPE theType', { CLUSTER_TYPE: 'theType' }),
  ok(879, 'CLUSTER_TYPE empty on the Kubernetes datastore', { DATASTORE_TYPE: 'kubernetes', CLUSTER_TYPE: '' }),

  // The Node's orchestrator reference.
  ok(994, 'CALICO_K8S_NODE_REF node1', { CALICO_K8S_NODE_REF: 'node1' }),
  ok(997, 'only an unknown *_NODE_REF variable', { CALICO_UNKNOWN_NODE_REF: 'node1' }),

  // "Test variations on how IPs are detected" (configureIPsAndSubnets returns no error).
  ok(1089, 'IP as an IPv4 address with a prefix', { IP: '192.168.1.10/24' }),
  ok(1093, 'IP6 as an IPv6 address with a prefix', { IP6: '2001:db8:85a3:8d3:1319:8a2e:370:7348/32' }),

  // kubernetes-internal-ip (the Node's InternalIP sits on one of the host's interfaces).
  ok(1121, 'IP autodetect by the Kubernetes InternalIP', { IP: 'autodetect', IP_AUTODETECTION_METHOD: 'kubernetes-internal-ip' }),
  ok(1127, 'kubernetes-internal-ip for both families', {
    IP: 'autodetect',
    IP_AUTODETECTION_METHOD: 'kubernetes-internal-ip',
    IP6: 'autodetect',
    IP6_AUTODETECTION_METHOD: 'kubernetes-internal-ip',
  }),

  // Node name (DetermineNodeName never exits on these).
  ok(1322, 'NODENAME and HOSTNAME', { NODENAME: 'abc-def.ghi123', HOSTNAME: 'foo1.bar2-baz3' }),
  ok(1323, 'an upper-case NODENAME', { NODENAME: 'MyHostname-123', HOSTNAME: 'valid.hostname' }),
  ok(1324, 'a blank NODENAME', { NODENAME: '  ', HOSTNAME: 'host123' }),
  ok(1325, 'an upper-case HOSTNAME only', { HOSTNAME: 'HOSTName' }),

  // AUTODETECT_POLL_INTERVAL: an unparsable duration is logged and the default used.
  ok(1428, 'poll interval foobar', { AUTODETECT_POLL_INTERVAL: 'foobar' }),
  ok(1432, 'poll interval 30m', { AUTODETECT_POLL_INTERVAL: '30m' }),

  // "UT for IP and IP6" (GetLocalCIDR keeps the written value or adds the interface's prefix).
  ok(1448, 'IP as a bare IPv4 address on an interface', { IP: '1.2.3.4' }),
  ok(1449, 'IP as an IPv4 network', { IP: '4.3.2.1/25' }),
  ok(1450, 'IP as a bare IPv4 address on no interface', { IP: '1.2.3.5' }),
  ok(1462, 'IP6 as a bare IPv6 address on an interface', { IP6: '1:2:3:4::5' }),
  ok(1463, 'IP6 as an IPv6 network', { IP6: '5:4:3:2::1/64' }),
  ok(1464, 'IP6 as a bare IPv6 address on no interface', { IP6: '1:2:3:4::1111' }),
  // calico/env-node-address: IP none with no IPv6 address and a networking backend other than none.
  exits(155, 'IP none with BIRD networking and IP6 empty: no node address at all', { CALICO_NETWORKING_BACKEND: 'bird', IP: 'none', IP6: '' }, 'IP'),
];

describe('calico-node start-up env cases from upstream (startup_test.go, v3.32.1)', () => {
  for (const c of CASES) {
    it(`${c.line}: ${c.name} → ${c.refuseAt ? `exits on ${c.refuseAt}` : 'accepted'}`, () => {
      const errors = errorsOf(c.env);
      const shown = errors.map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`);
      if (!c.refuseAt) expect(shown).toEqual([]);
      else expect(errors.map((f) => pathText(f.path)), shown.join('\n')).toContain(valuePath(c.env, c.refuseAt));
    });
  }

  it('names each upstream entry once', () => {
    const all = CASES.map((c) => c.line);
    expect(new Set(all).size).toBe(all.length);
  });
});

