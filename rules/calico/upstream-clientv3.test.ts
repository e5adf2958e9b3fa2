/**
 * Calico's client library as truth: what libcalico-go's clientv3 refuses or accepts on create and
 * update, beyond the plain validator, retold as manifests. Source: projectcalico/calico at tag
 * v3.32.1, libcalico-go/lib/clientv3/ — the code ippool.go (validateAndSetDefaults), bgppeer.go
 * (validate), felixconfig.go (setDefaults), node.go, and the tests ippool_e2e_test.go,
 * ippool_test.go, bgppeer_e2e_test.go, felixconfig_e2e_test.go and node_e2e_test.go. calicoctl
 * and the Calico API server both write through clientv3, so these are the answers a user applying
 * these manifests gets.
 *
 * One case per step of an upstream `It(` or table `Entry(` that a manifest can express: the
 * resources created (or updated) so far, in order, as YAML documents of one file, linted together.
 * `it` is the line of the `It(`/`Entry(`, `step` the line of the Create/Update call whose answer
 * the case restates. An accepted update is restated as the manifests after the update (what the
 * user would apply); upstream only refuses an update for reasons left out below. Every document
 * upstream accepts must get no error and no unknown-field warning; a refused document needs an
 * error at the field upstream's error names (or under it; for a field the manifest leaves out, at
 * its parent, where netlint points at a missing field).
 *
 * Left out, with the reason:
 * - Datastore state netlint cannot see: updating an object that does not exist (ippool 131,
 *   bgppeer 138, felixconfig 78, node 445); creating a name that already exists (ippool 161, 902;
 *   bgppeer 165; felixconfig 105; node 472) — a Create-verb answer about the stored object (in one
 *   file netlint reads two documents of one name as apply does, the later replacing the earlier,
 *   and cluster/duplicate-object warns); resource versions, UIDs and creation timestamps on create
 *   or update (ippool 139, 218, 227, 241, 248; bgppeer 146, 219, 228, 242, 249; felixconfig 86,
 *   159, 168, 177, 200, 207; node 453, 526, 535, 549, 556); Get/List/Delete/TTL steps; the four
 *   watch tests (ippool 401, bgppeer 352, felixconfig 309, node 659); pools written through the
 *   backend and defaulted on read (ippool 356–393); IPAM allocations, existing blocks and the
 *   deletion clean-up (ippool 1071–1129 and 1147–1178 except the creates kept below; node 257–298,
 *   371–431), including the refusals that hinge on an allocated block of another size (ippool
 *   1085, 1109) and the creates accepted only because that block was gone or matched (1095,
 *   1122).
 * - Updates compared with the stored pool: a changed CIDR (ippool 885) or blockSize (ippool 972),
 *   and every row of ippool_test.go (TestChangeCidrOK 34–98, a Go function on two CIDR strings,
 *   some of them non-canonical forms only a write bypassing validation can store;
 *   TestValidateAndSetDefaults_CIDRComparison 130–184, an update against a stored old pool). A
 *   manifest set holds one version of each object.
 * - Go-only: the WorkloadEndpoint of node 317 (a kind netlint does not lint, written by the CNI
 *   plugin, not a manifest).
 *
 * Every built-in rule runs (`lint({ files, rules: BUILTIN_RULES })`). Where netlint disagrees, the
 * case is not weakened: it sits in DISAGREEMENTS below with netlint's current answer, so that test
 * fails once netlint changes.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { BUILTIN_RULES } from '../index.js';

/** A field upstream names in its refusal (`spec.cidr`); `absent` when the manifest leaves it out. */
interface Refusal {
  at: string;
  absent?: boolean;
}

interface Doc {
  kind: string;
  /** metadata.name; null for an object without a name. */
  name: string | null;
  /** The spec as a YAML flow mapping or block. */
  spec: string;
  labels?: string;
  status?: string;
  /** The fields upstream's refusal names; absent when upstream accepts the document. */
  refused?: Refusal[];
}

interface Case {
  /** The line of upstream's `It(` or `Entry(`. */
  it: number;
  /** The line of the Create/Update call the case restates (the `Entry(` itself for a one-step table). */
  step: number;
  file: 'ippool_e2e_test.go' | 'bgppeer_e2e_test.go' | 'felixconfig_e2e_test.go' | 'node_e2e_test.go';
  /** What the step checks, in our words. */
  name: string;
  docs: Doc[];
}

const indent = (text: string) => text.replace(/^/gm, '  ');
const block = (text: string) => (text.startsWith('{') ? ` ${text}` : `\n${indent(text)}`);

function yamlOf(d: Doc): string {
  const meta = d.name === null ? '{}' : `{ name: ${d.name}${d.labels ? `, labels: ${d.labels}` : ''} }`;
  return `apiVersion: projectcalico.org/v3\nkind: ${d.kind}\nmetadata: ${meta}\nspec:${block(d.spec)}\n${d.status ? `status:${block(d.status)}\n` : ''}`;
}

const pathText = (path: readonly (string | number)[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
const parentOf = (at: string) => at.replace(/(\.[^.[]+|\[\d+\])$/, '');

function lintDocs(docs: readonly Doc[]): Finding[] {
  const content = docs.map(yamlOf).join('---\n');
  return lint({ files: [{ path: 'case.yaml', content }], rules: BUILTIN_RULES }).findings;
}

const ofDoc = (found: readonly Finding[], d: Doc) => found.filter((f) => f.resource?.kind === d.kind && f.resource.name === (d.name ?? ''));
const show = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.ruleId} ${pathText(f.path)}: ${f.message}`);
const hits = (f: Finding, r: Refusal) => {
  const p = pathText(f.path);
  return p === r.at || p.startsWith(`${r.at}.`) || p.startsWith(`${r.at}[`) || (r.absent === true && p === parentOf(r.at));
};

// Builders. Names and specs are upstream's; YAML leaves out what Go's `omitempty` leaves out.
const pool = (name: string | null, spec: string, refused?: Refusal[]): Doc => ({ kind: 'IPPool', name, spec, refused });
const peer = (name: string, spec: string, refused?: Refusal[]): Doc => ({ kind: 'BGPPeer', name, spec, refused });
const filter = (name: string, spec: string): Doc => ({ kind: 'BGPFilter', name, spec });
const felix = (name: string, spec: string): Doc => ({ kind: 'FelixConfiguration', name, spec });
const node = (name: string, spec: string, extra: { labels?: string; status?: string } = {}): Doc => ({ kind: 'Node', name, spec, ...extra });
const at = (...fields: string[]): Refusal[] => fields.map((f) => ({ at: f }));

// ippool_e2e_test.go specs (lines 48–88).
const POOL_SPEC1 = '{ cidr: 1.2.3.0/24, ipipMode: Always, vxlanMode: Never, blockSize: 26, nodeSelector: all(), allowedUses: [Workload, Tunnel], assignmentMode: Automatic }';
const POOL_SPEC1_2 =
  '{ cidr: 1.2.3.0/24, natOutgoing: true, ipipMode: Never, vxlanMode: Always, blockSize: 26, nodeSelector: \'foo == "bar"\', allowedUses: [Workload, Tunnel], disableBGPExport: true, assignmentMode: Automatic }';
const POOL_SPEC2 =
  '{ cidr: "2001::/120", natOutgoing: true, ipipMode: Never, vxlanMode: Never, blockSize: 122, nodeSelector: all(), allowedUses: [Workload, Tunnel], disableBGPExport: true, assignmentMode: Automatic }';
const v4pool = (name: string, cidr = '1.2.3.0/24') => pool(name, `{ cidr: ${cidr} }`);

// bgppeer_e2e_test.go specs (lines 41–89).
const PEER_SPEC1 = '{ node: node1, peerIP: 10.0.0.1, asNumber: 6512 }';
const PEER_SPEC2 = '{ node: node2, peerIP: 20.0.0.1, asNumber: 6511, password: { secretKeyRef: { name: bgp-passwords, key: p2 } } }';
const PEER_SPEC3 = '{ nodeSelector: has(routeReflectorClusterID), peerSelector: has(routeReflectorClusterID) }';
const FILTER1 = filter('bgp-filter-1', '{ exportV4: [{ cidr: 10.10.10.0/24, matchOperator: In, action: Accept }] }');
const FILTER2 = filter('bgp-filter-2', '{ importV4: [{ cidr: 11.11.11.0/24, matchOperator: NotIn, action: Reject }] }');
const PEER_WITH_FILTERS = (filters: string, refused?: Refusal[]) => peer('bgppeer-with-filter-1', `{ node: node1, peerIP: 10.0.0.1, asNumber: 6512, filters: [${filters}] }`, refused);

// felixconfig_e2e_test.go specs (lines 48–66).
const FELIX_SPEC1 =
  'useInternalDataplaneDriver: true\ndataplaneDriver: test-dataplane-driver1\nmetadataPort: 1432\nfloatingIPs: Disabled\nbpfConnectTimeLoadBalancing: Enabled\nbpfHostNetworkedNATWithoutCTLB: Disabled\nnftablesMode: Auto';
const FELIX_SPEC2 =
  'useInternalDataplaneDriver: false\ndataplaneDriver: test-dataplane-driver2\nhealthHost: localhost\nhealthPort: 6341\nfloatingIPs: Enabled\nbpfConnectTimeLoadBalancing: Enabled\nbpfHostNetworkedNATWithoutCTLB: Disabled\nnftablesMode: Disabled';

// node_e2e_test.go specs (lines 189–227).
const NODE_SPEC1 =
  'ipv4VXLANTunnelAddr: 192.168.50.5\nbgp: { ipv4Address: 1.2.3.4, ipv4IPIPTunnelAddr: 192.168.50.6 }\norchRefs: [{ orchestrator: k8s, nodeName: node1 }, { orchestrator: mesos, nodeName: node1 }]\nwireguard: { interfaceIPv4Address: 192.168.50.7 }';
const NODE_SPEC2 = 'bgp: { ipv4Address: 10.20.30.40, ipv6Address: "aa:bb:cc::ff" }\norchRefs: [{ orchestrator: k8s, nodeName: node2 }, { orchestrator: mesos, nodeName: node2 }]';
const NODE_STATUS = '{ wireguardPublicKey: jlkVyQYooZYzI2wFfNhSZez5eWh44yfq1wKVjLvSXgY= }';

// The node-deletion test's resources (node_e2e_test.go 239–367), in the order it creates them.
const CLEANUP_SET: Doc[] = [
  node('node-1', NODE_SPEC1),
  v4pool('mypool', '192.168.0.0/16'),
  peer('bgppeer1', '{ node: node-1 }'),
  felix('node.node-1', '{}'),
  { kind: 'BGPConfiguration', name: 'node.node-1', spec: '{ logSeverityScreen: Info }' },
  { kind: 'HostEndpoint', name: 'host-endpoint-1', spec: '{ node: node-1, interfaceName: eth0 }' },
  { kind: 'HostEndpoint', name: 'host-endpoint-2', spec: '{ node: another-node, interfaceName: eth0 }' },
];
const CLEANUP_STEPS = [239, 254, 328, 338, 349, 359, 367];

const ipp = (it: number, step: number, name: string, docs: Doc[]): Case => ({ it, step, file: 'ippool_e2e_test.go', name, docs });
const bgp = (it: number, step: number, name: string, docs: Doc[]): Case => ({ it, step, file: 'bgppeer_e2e_test.go', name, docs });
const fc = (it: number, step: number, name: string, docs: Doc[]): Case => ({ it, step, file: 'felixconfig_e2e_test.go', name, docs });
const nd = (it: number, step: number, name: string, docs: Doc[]): Case => ({ it, step, file: 'node_e2e_test.go', name, docs });

const peerIP = (entry: number, ip: string, ok: boolean) =>
  bgp(entry, entry, `peerIP ${ip}`, [peer('bgppeer-peerip-validation', `{ node: node1, peerIP: "${ip}", asNumber: 6512 }`, ok ? undefined : at('spec.peerIP'))]);

/** The BGPPeer CRUD table (bgppeer_e2e_test.go 128–349): create a, create b beside it, update a to b's spec. */
const peerCrud = (entry: number, a: [string, string], b: [string, string]): Case[] => [
  bgp(entry, 154, `create ${a[0]}`, [peer(a[0], a[1])]),
  bgp(entry, 191, `create ${b[0]} beside ${a[0]}`, [peer(a[0], a[1]), peer(b[0], b[1])]),
  bgp(entry, 214, `update ${a[0]} to ${b[0]}'s spec`, [peer(a[0], b[1]), peer(b[0], b[1])]),
];

const CASES: Case[] = [
  // ---- ippool_e2e_test.go ----
  ipp(108, 117, 'a pool without a name', [pool(null, '{ cidr: 192.168.0.0/16 }', [{ at: 'metadata.name', absent: true }])]),

  // The CRUD table, its one entry (397).
  ipp(397, 152, 'create the IPIP pool of spec1', [pool('ippool-1', POOL_SPEC1)]),
  ipp(397, 187, 'create the IPv6 pool of spec2 beside it', [pool('ippool-1', POOL_SPEC1), pool('ippool-2', POOL_SPEC2)]),
  ipp(397, 211, 'update the first pool to VXLAN, NAT and a node selector (spec1_2)', [pool('ippool-1', POOL_SPEC1_2), pool('ippool-2', POOL_SPEC2)]),

  // VXLAN mode.
  // 606 creates it, 611 updates it with vxlanMode still empty (the same manifest, `omitempty`).
  ipp(603, 606, 'a pool with no VXLAN mode, created and re-applied with it still empty', [v4pool('ippool1', '192.168.0.0/16')]),
  ipp(619, 626, 'a pool with no encapsulation', [v4pool('ippool1')]),
  // The earlier pool of the same name does not matter: the overlap check skips its own name, and the CIDR fails first.
  ipp(619, 639, 'a VXLAN IPv6 pool with host bits set', [pool('ippool1', '{ cidr: "aa:bb::cc/120", vxlanMode: Always }', at('spec.cidr'))]),
  ipp(619, 653, 'a VXLAN Always pool beside a plain one', [v4pool('ippool1'), pool('ippool2', '{ cidr: 1.2.4.0/24, vxlanMode: Always }')]),
  ipp(666, 673, 'a plain pool, before turning VXLAN on', [v4pool('ippool1')]),
  ipp(666, 686, 'the pool updated to VXLAN Always', [pool('ippool1', '{ cidr: 1.2.3.0/24, vxlanMode: Always }')]),

  // IPIP mode.
  ipp(740, 747, 'a pool with no IPIP mode', [v4pool('ippool1')]),
  ipp(740, 760, 'an IPIP IPv6 pool with host bits set', [pool('ippool1', '{ cidr: "aa:bb::cc/120", ipipMode: Always }', at('spec.cidr', 'spec.ipipMode'))]),
  ipp(740, 774, 'an IPIP Always pool beside a plain one', [v4pool('ippool1'), pool('ippool2', '{ cidr: 1.2.4.0/24, ipipMode: Always }')]),
  ipp(787, 794, 'an IPIP CrossSubnet pool', [pool('ippool1', '{ cidr: 1.2.4.0/24, ipipMode: CrossSubnet }')]),
  ipp(807, 814, 'a plain pool, before turning IPIP on', [v4pool('ippool1')]),
  ipp(807, 827, 'the pool updated to IPIP Always', [pool('ippool1', '{ cidr: 1.2.3.0/24, ipipMode: Always }')]),

  // CIDR checks.
  ipp(873, 875, 'a pool whose CIDR a later update changes', [v4pool('ippool1')]),
  ipp(891, 893, 'the first of several pools', [v4pool('ippool1')]),
  ipp(891, 912, 'a second pool with the same CIDR', [v4pool('ippool1'), pool('ippool2', '{ cidr: 1.2.3.0/24 }', at('spec.cidr'))]),
  ipp(891, 923, 'a /16 pool holding the first', [v4pool('ippool1'), pool('ippool3', '{ cidr: 1.2.0.0/16 }', at('spec.cidr'))]),
  ipp(891, 934, 'a /25 pool inside the first', [v4pool('ippool1'), pool('ippool4', '{ cidr: 1.2.3.128/25 }', at('spec.cidr'))]),

  // Block size checks.
  ipp(959, 961, 'a /24 pool of /25 blocks', [pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 25 }')]),
  ipp(978, 979, 'block size 19', [pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 19 }', at('spec.blockSize'))]),
  ipp(978, 990, 'block size 33', [pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 33 }', at('spec.blockSize'))]),
  ipp(1002, 1004, 'a /24 pool of /25 blocks, first of two', [pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 25 }')]),
  ipp(1002, 1014, 'a second pool, same CIDR and block size', [
    pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 25 }'),
    pool('ippool2', '{ cidr: 1.2.3.0/24, blockSize: 25 }', at('spec.cidr')),
  ]),
  ipp(1002, 1026, 'a /31 pool inside the first, default block size', [pool('ippool1', '{ cidr: 1.2.3.0/24, blockSize: 25 }'), pool('ippool3', '{ cidr: 1.2.3.8/31 }', at('spec.cidr'))]),

  // etcd-only block tests: the creates that do not depend on allocated blocks.
  ipp(1055, 1057, 'a /26 pool of the default block size', [v4pool('ippool1', '1.2.3.0/26')]),
  ipp(1055, 1067, 'a node beside it', [v4pool('ippool1', '1.2.3.0/26'), node('host-test', '{}')]),
  ipp(1132, 1134, 'a /24 pool of the default block size', [v4pool('ippool1')]),
  ipp(1132, 1143, 'a node beside it', [v4pool('ippool1'), node('host-test', '{}')]),
  ipp(1132, 1153, 'a second pool, another CIDR, /29 blocks', [v4pool('ippool1'), node('host-test', '{}'), pool('ippool2', '{ cidr: 1.2.4.0/24, blockSize: 29 }')]),
  ipp(1132, 1171, 'the second pool updated to NAT outgoing', [v4pool('ippool1'), node('host-test', '{}'), pool('ippool2', '{ cidr: 1.2.4.0/24, blockSize: 29, natOutgoing: true }')]),

  // ---- bgppeer_e2e_test.go ----
  peerIP(116, '192.168.1.1', true),
  peerIP(117, '192.168.5.101:179', true),
  peerIP(118, '2001:0db8:85a3:0000:0000:8a2e:0370:7334', true),
  peerIP(119, 'fe80::11', true),
  peerIP(120, '[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:179', true),
  peerIP(123, '300.168.1.1', false),
  peerIP(124, '300.168.5.101:179', false),
  peerIP(125, '2001:0db8:85a3:0000:0000:8a2e:0370:7334:12345', false),
  ...peerCrud(346, ['bgppeer-1', PEER_SPEC1], ['bgppeer-2', PEER_SPEC2]),
  ...peerCrud(347, ['bgppeer-2', PEER_SPEC2], ['bgppeer-3', PEER_SPEC3]),
  ...peerCrud(348, ['bgppeer-3', PEER_SPEC3], ['bgppeer-1', PEER_SPEC1]),
  bgp(523, 545, 'a peer after the filter it names', [FILTER1, PEER_WITH_FILTERS('bgp-filter-1')]),
  bgp(523, 563, 'a peer naming two filters, both there', [FILTER1, FILTER2, PEER_WITH_FILTERS('bgp-filter-1, bgp-filter-2')]),
  // calico/bgppeer-filter-missing: with a BGPFilter in the input, its inventory is taken as known.
  bgp(523, 553, 'a peer naming two filters, one missing', [FILTER1, PEER_WITH_FILTERS('bgp-filter-1, bgp-filter-2', at('spec.filters'))]),

  // ---- felixconfig_e2e_test.go ----
  fc(305, 94, 'create felixconfig-1 (spec1)', [felix('felixconfig-1', FELIX_SPEC1)]),
  fc(305, 131, 'create felixconfig-2 (spec2) beside it', [felix('felixconfig-1', FELIX_SPEC1), felix('felixconfig-2', FELIX_SPEC2)]),
  fc(305, 154, "update felixconfig-1 to spec2's settings", [felix('felixconfig-1', FELIX_SPEC2), felix('felixconfig-2', FELIX_SPEC2)]),

  // ---- node_e2e_test.go ----
  // Kubernetes datastore: the Node mirrors a Kubernetes node that must already exist, so these are updates.
  nd(43, 64, 'a label and a BGP IPv4 address without a prefix', [node('127.0.0.1', '{ bgp: { ipv4Address: 10.0.0.1 } }', { labels: '{ test-label: foo }' })]),
  nd(43, 75, 'the label removed again', [node('127.0.0.1', '{ bgp: { ipv4Address: 10.0.0.1 } }', { labels: '{}' })]),
  nd(85, 105, 'a BGP section holding only an IPIP tunnel address', [node('127.0.0.1', '{ bgp: { ipv4IPIPTunnelAddr: 192.168.1.1 } }')]),
  nd(116, 133, 'a VXLAN tunnel address', [node('127.0.0.1', '{ ipv4VXLANTunnelAddr: 192.168.1.1 }')]),
  nd(116, 144, 'the VXLAN tunnel address removed', [node('127.0.0.1', '{}')]),
  nd(153, 173, 'a WireGuard section with an IPv4 interface address', [node('127.0.0.1', '{ wireguard: { interfaceIPv4Address: 192.168.1.1 } }')]),
  // etcd datastore: the node-deletion test's resources, one more per create (a BGPPeer with only a node, per-node configs, two host endpoints).
  ...CLEANUP_STEPS.map((step, i) => nd(230, step, `node clean-up set, ${i + 1} of ${CLEANUP_SET.length}: ${CLEANUP_SET[i].kind} ${CLEANUP_SET[i].name}`, CLEANUP_SET.slice(0, i + 1))),
  // The CRUD table, its one entry (655).
  nd(655, 461, 'create node-1 (spec1)', [node('node-1', NODE_SPEC1)]),
  nd(655, 498, 'create node-2 (spec2) beside it', [node('node-1', NODE_SPEC1), node('node-2', NODE_SPEC2)]),
  nd(655, 521, "update node-1 to spec2's addresses", [node('node-1', NODE_SPEC2), node('node-2', NODE_SPEC2)]),
  nd(655, 638, 'create node-1 again', [node('node-1', NODE_SPEC1)]),
  nd(655, 644, 'node-1 with a WireGuard public key in its status', [node('node-1', NODE_SPEC1, { status: NODE_STATUS })]),
];

const label = (c: Case) => `${c.file} ${c.it}${c.step !== c.it ? `/${c.step}` : ''}`;
const verdict = (c: Case) => {
  const refused = c.docs.filter((d) => d.refused);
  return refused.length === 0 ? 'accepted' : refused.map((d) => `${d.kind} ${d.name ?? '(no name)'} refused at ${d.refused!.map((r) => r.at).join(' + ')}`).join('; ');
};

describe('Calico clientv3 create/update cases from upstream (v3.32.1)', () => {
  for (const c of CASES) {
    it(`${label(c)}: ${c.name} → ${verdict(c)}`, () => {
      const found = lintDocs(c.docs);
      // Nothing outside the case's documents (a YAML slip would show here).
      expect(show(found.filter((f) => !c.docs.some((d) => ofDoc([f], d).length > 0)))).toEqual([]);
      for (const d of c.docs) {
        const mine = ofDoc(found, d);
        if (!d.refused) {
          // Accepted upstream: no error from any rule and no unknown-field warning.
          expect(show(mine.filter((f) => f.severity === 'error' || f.messageId === 'unknownField')), `${d.kind} ${d.name}`).toEqual([]);
        } else {
          for (const r of d.refused) {
            const errors = mine.filter((f) => f.severity === 'error');
            expect(errors.some((f) => hits(f, r)), `${d.kind} ${d.name}: no error at ${r.at}; got\n${show(mine).join('\n')}`).toBe(true);
          }
        }
      }
    });
  }

  it('names each upstream step once, and each document once per case', () => {
    const keys = CASES.map((c) => `${c.file}:${c.it}:${c.step}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of CASES) {
      const docs = c.docs.map((d) => `${d.kind}/${d.name}`);
      expect(new Set(docs).size, label(c)).toBe(docs.length);
    }
  });
});

/**
 * Where netlint answers differently from clientv3. Each test asserts netlint's current findings,
 * so it fails once netlint changes; the upstream expectation is in the comment.
 */
describe('DISAGREEMENTS with clientv3 (netlint current answer)', () => {
  // ippool_e2e_test.go 693 (create 696, 705) and 834 (create 837, 846): a FelixConfiguration that
  // turns the encapsulation off, then a pool that uses it. Upstream expects both creates to succeed
  // and the FelixConfiguration to stay false (713–715, 854–856): ippool.go validateAndSetDefaults
  // (344–571) never reads FelixConfiguration (it only defaults and cross-checks the pool's own
  // modes, 497–523), and felixconfig.go Create (50–61) only sets defaults and runs the validator.
  // netlint's calico/encap-felix-pool-mismatch reports an error on the FelixConfiguration: a runtime
  // consequence (Felix then builds no tunnel), not a refusal.
  it.each([
    [693, 'vxlanEnabled', '{ cidr: 1.2.4.0/24, vxlanMode: Always }'],
    [834, 'ipipEnabled', '{ cidr: 1.2.4.0/24, ipipMode: CrossSubnet }'],
  ])('ippool_e2e_test.go %i: FelixConfiguration %s false, then a pool using it → upstream accepts; netlint errors', (_line, field, poolSpec) => {
    const docs = [felix('default', `{ ${field}: false }`), pool('ippool1', poolSpec)];
    const errors = lintDocs(docs).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.resource?.kind}/${f.resource?.name} ${pathText(f.path)}`)).toEqual([
      `calico/encap-felix-pool-mismatch FelixConfiguration/default spec.${field}`,
    ]);
  });

  // bgppeer_e2e_test.go 523, steps 532 and 553: a BGPPeer naming a BGPFilter that does not exist.
  // Upstream refuses with "error with field BGPPeer.Spec.Filters = '[…]' (BGPFilter(s) not found)"
  // (537, 555): bgppeer.go validate (47–81), called from Create (87) and Update (106), lists the
  // BGPFilters in the datastore. That depends on datastore state: a filter created earlier, outside
  // the input, satisfies it. calico/bgppeer-filter-missing takes the input's BGPFilters as the
  // inventory when it holds some (553 is in CASES); with none, as at 532, it cannot tell and says
  // so as info, not an error.
  it('bgppeer_e2e_test.go 523/532: a peer naming a BGPFilter where the input holds none → upstream refuses at spec.filters; netlint: info only', () => {
    const found = lintDocs([PEER_WITH_FILTERS('bgp-filter-1', at('spec.filters'))]);
    expect(found.map((f) => `${f.severity} ${f.ruleId} ${pathText(f.path)}`)).toEqual(['info calico/bgppeer-filter-missing spec.filters[0]']);
  });
});
