import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { nad, sriovNetwork } from './lib/fixtures.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rule, { firstOnSharedSegment } from './nad-ipam-overlap.js';
import type { AddressRange } from './lib/ipam.js';
import type { NadView } from './lib/nads.js';

const kind = `
  kind: Cluster
  apiVersion: kind.x-k8s.io/v1alpha4
  networking: { podSubnet: 10.244.0.0/16, serviceSubnet: 10.96.0.0/16 }
`;
const whereabouts = (range: string, extra = '') => `{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "whereabouts", "range": "${range}"${extra}}}`;
const hostLocal = (subnet: string, extra = '') => `{"cniVersion": "0.3.1", "type": "macvlan", "ipam": {"type": "host-local", "subnet": "${subnet}"${extra}}}`;

/** A host-local range of `subnet` under a plugin of `type` with `fields` (JSON members). */
const attached = (type: string, fields: string, subnet = '10.60.0.0/24') => `{"cniVersion": "0.3.1", "type": "${type}"${fields}, "ipam": {"type": "host-local", "subnet": "${subnet}"}}`;

ruleTester(rule, {
  valid: [
    {
      // Each is its own broadcast domain: two node-local bridges, two VLAN ids (vlan and sriov), OVS-DPDK beside VPP.
      name: 'one range on separate layer-2 segments of one kind',
      code: {
        'br.yaml': nad('br-a', null, attached('bridge', ', "bridge": "br-a"')) + '---' + nad('br-b', null, attached('bridge', ', "bridge": "br-b"')),
        'vlan.yaml': nad('v100', null, attached('vlan', ', "master": "eth1", "vlanId": 100', '10.61.0.0/24')) + '---' + nad('v200', null, attached('sriov', ', "vlan": 200', '10.61.0.0/24')),
        'us.yaml':
          nad('ovs', null, attached('userspace', ', "host": {"engine": "ovs-dpdk", "bridge": {"bridgeName": "br-4"}}', '10.62.0.0/24')) +
          '---' +
          nad('vpp', null, attached('userspace', ', "host": {"engine": "vpp", "bridge": {"bridgeName": "4"}}', '10.62.0.0/24')),
      },
    },
    { name: 'own range', code: { 'kind.yaml': kind, 'nad.yaml': nad('m', null, hostLocal('10.10.0.0/24')) } },
    { name: 'two NADs split one subnet with rangeStart/rangeEnd', code: {
      'a.yaml': nad('a', null, hostLocal('10.10.0.0/24', ', "rangeStart": "10.10.0.10", "rangeEnd": "10.10.0.99"')),
      'b.yaml': nad('b', null, hostLocal('10.10.0.0/24', ', "rangeStart": "10.10.0.100", "rangeEnd": "10.10.0.200"')),
    } },
    // whereabouts reserves each address cluster-wide (enable_overlapping_ranges, on by default).
    { name: 'two whereabouts NADs with the same and overlapping ranges', code: {
      'a.yaml': nad('a', null, whereabouts('10.10.0.0/24')),
      'b.yaml': nad('b', null, whereabouts('10.10.0.0/24', ', "exclude": ["10.10.0.0/28"]')),
      'c.yaml': nad('c', null, whereabouts('10.10.0.128/25')),
    } },
    // host-local keeps a network's allocations in <dataDir>/<network name> (plugins/ipam/host-local/main.go,
    // backend/disk/backend.go); Multus names a config without "name" after its NAD. ONAP KUD's test NADs
    // all say "name": "mynet".
    { name: 'host-local configs with one network name (written, or the NAD name in two namespaces) share one store', code: {
      'a.yaml': nad('bridge-a', 'kud', hostLocal('10.20.0.0/16').replace('{', '{"name": "mynet", ')),
      'b.yaml': nad('macvlan-b', 'kud', hostLocal('10.20.0.0/16').replace('{', '{"name": "mynet", ')),
      'edge.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24')),
      'core.yaml': nad('lan', 'core', hostLocal('10.40.0.64/26')),
    } },
    // One object of the cluster, whichever file is applied last: one host-local store.
    { name: 'one NAD (same namespace and name) written in two files, alike or with different ranges', code: {
      'base/lan.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24', ', "rangeStart": "10.40.0.20", "rangeEnd": "10.40.0.90"')),
      'overlay/lan.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24', ', "rangeStart": "10.40.0.20", "rangeEnd": "10.40.0.90"')),
      'staging/lan.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24')),
    } },
    { name: 'a NAD written without a namespace and one of its name in a namespace', code: {
      'plain.yaml': nad('lan', null, hostLocal('10.40.0.0/24')),
      'edge.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/25')),
    } },
    // The IPAM of the NAD sriov-network-operator makes is the network's spec.ipam.
    { name: 'a SriovNetwork and a NAD, both whereabouts on one range: reserved cluster-wide', code: {
      'nad.yaml': nad('lan', 'apps', whereabouts('10.56.217.0/24')),
      'sriov.yaml': sriovNetwork('vf-net', 'sriov-ops', 'networkNamespace: apps\nipam: \'{"type": "whereabouts", "range": "10.56.217.0/24"}\''),
    } },
  ],
  invalid: [
    {
      name: 'a SriovNetwork whose spec.ipam (a block) hands out pod CIDR addresses: at the subnet inside the block',
      code: { 'kind.yaml': kind, 'sriov.yaml': sriovNetwork('vf-net', 'sriov-ops', 'networkNamespace: apps\nipam: |\n  {\n    "type": "host-local",\n    "subnet": "10.244.1.0/24"\n  }') },
      errors: [{ messageId: 'cluster', file: 'sriov.yaml', line: 10, column: 17, endColumn: 32, path: ['spec', 'ipam'], message: /^10\.244\.1\.0\/24 overlaps the pod CIDR/ }],
    },
    {
      name: 'a SriovNetwork and a hand-written NAD with host-local ranges that overlap: both said, each at its own range',
      code: {
        'nad.yaml': nad('lan', 'apps', hostLocal('10.10.0.0/24')),
        'sriov.yaml': sriovNetwork('vf-net', 'sriov-ops', 'networkNamespace: apps\nipam: \'{"type": "host-local", "subnet": "10.10.0.128/25"}\''),
      },
      errors: [
        { messageId: 'otherNad', file: 'nad.yaml', line: 5, column: 96, severity: 'warning', message: /overlaps NAD apps\/vf-net \(10\.10\.0\.128\/25\)/ },
        { messageId: 'otherNad', file: 'sriov.yaml', line: 7, column: 43, endColumn: 59, severity: 'warning', message: /^10\.10\.0\.128\/25 overlaps NAD apps\/lan/ },
      ],
    },
    {
      // A bridge without a name is cni0; a macvlan's parent does not tell its network apart from a bridge's.
      name: 'one range on one segment, or on segments of different kinds',
      code: {
        'br.yaml': nad('br-a', null, attached('bridge', ', "bridge": "cni0"')) + '---' + nad('br-b', null, attached('bridge', '')),
        'mv.yaml': nad('mv', null, attached('macvlan', ', "master": "eth1"', '10.63.0.0/24')) + '---' + nad('br-c', null, attached('bridge', ', "bridge": "br-c"', '10.63.0.0/24')),
      },
      errors: [
        { messageId: 'otherNad', file: 'br.yaml', line: 5, column: 115, severity: 'warning', message: /overlaps NAD br-b / },
        { messageId: 'otherNad', file: 'br.yaml', line: 11, column: 97, severity: 'warning', message: /overlaps NAD br-a / },
        { messageId: 'otherNad', file: 'mv.yaml', line: 5, column: 116, severity: 'warning', message: /overlaps NAD br-c / },
        { messageId: 'otherNad', file: 'mv.yaml', line: 11, column: 115, severity: 'warning', message: /overlaps NAD mv / },
      ],
    },
    {
      name: 'whereabouts beside host-local, and whereabouts without overlap protection',
      code: {
        'a.yaml': nad('a', null, whereabouts('10.10.0.0/24')),
        'b.yaml': nad('b', null, hostLocal('10.10.0.0/25')),
        'c.yaml': nad('c', null, whereabouts('10.20.0.0/24')),
        'd.yaml': nad('d', null, whereabouts('10.20.0.0/24', ', "enable_overlapping_ranges": false')),
      },
      errors: [
        { messageId: 'otherNad', file: 'a.yaml', line: 5, column: 96, severity: 'warning', message: /overlaps NAD b / },
        { messageId: 'otherNad', file: 'b.yaml', line: 5, column: 96, severity: 'warning' },
        { messageId: 'otherNad', file: 'c.yaml', line: 5, column: 96, severity: 'warning' },
        { messageId: 'otherNad', file: 'd.yaml', line: 5, column: 96, severity: 'warning' },
      ],
    },
    {
      name: 'inside the pod CIDR',
      code: { 'kind.yaml': kind, 'nad.yaml': nad('m', null, hostLocal('10.244.200.0/24')) },
      errors: [{ messageId: 'cluster', line: 5, column: 96, file: 'nad.yaml', message: /pod CIDR 10.244.0.0\/16 \(kind Cluster networking.podSubnet in kind.yaml\)/ }],
    },
    {
      // libcni's types.IPNet parses the subnet with net.ParseCIDR (/016 is /16); host-local
      // canonicalizes the IPv4-mapped bounds to IPv4.
      name: 'a subnet with a leading zero in its prefix length, bounds written IPv4-mapped',
      code: { 'kind.yaml': kind, 'nad.yaml': nad('m', null, hostLocal('10.244.0.0/016', ', "rangeStart": "::ffff:10.244.200.0", "rangeEnd": "::ffff:10.244.200.255"')) },
      errors: [{ messageId: 'cluster', line: 5, column: 96, file: 'nad.yaml', message: /^10\.244\.200\.0-10\.244\.200\.255 overlaps the pod CIDR/ }],
    },
    {
      name: 'the service CIDR, with whereabouts',
      code: { 'kind.yaml': kind, 'nad.yaml': nad('w', null, '{"cniVersion": "0.3.1", "type": "ipvlan", "ipam": {"type": "whereabouts", "range": "10.96.0.0/24"}}') },
      errors: [{ messageId: 'cluster', line: 5, column: 95, message: /service CIDR/ }],
    },
    {
      name: 'a Calico pool',
      code: {
        'pool.yaml': 'apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata: { name: business }\nspec: { cidr: 192.168.0.0/16 }\n',
        'nad.yaml': nad('m', null, hostLocal('192.168.10.0/24')),
      },
      errors: [{ messageId: 'pool', line: 5, column: 96, message: /IPPool business \(192.168.0.0\/16\)/ }],
    },
    {
      name: 'two NADs with the same range: warning on both',
      code: { 'a.yaml': nad('a', null, hostLocal('10.10.0.0/24')), 'b.yaml': nad('b', null, hostLocal('10.10.0.128/25')) },
      errors: [
        { messageId: 'otherNad', line: 5, column: 96, file: 'a.yaml', severity: 'warning' },
        { messageId: 'otherNad', line: 5, column: 96, file: 'b.yaml', severity: 'warning' },
      ],
    },
    {
      // host-local keys its store by the network name (plugins/ipam/host-local/main.go, backend/disk/backend.go).
      name: 'NADs of one name in two namespaces naming two networks are two stores',
      code: { 'edge.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24').replace('{', '{"name": "edge-lan", ')), 'core.yaml': nad('lan', 'core', hostLocal('10.40.0.64/26').replace('{', '{"name": "core-lan", ')) },
      errors: [
        { messageId: 'otherNad', line: 5, column: 116, file: 'core.yaml', severity: 'warning', message: /overlaps NAD edge\/lan \(10\.40\.0\.0\/24\)/ },
        { messageId: 'otherNad', line: 5, column: 116, file: 'edge.yaml', severity: 'warning', message: /overlaps NAD core\/lan \(10\.40\.0\.64\/26\)/ },
      ],
    },
    {
      name: 'a NAD written in two files still overlaps a different NAD',
      code: {
        'a.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24')),
        'b.yaml': nad('lan', 'edge', hostLocal('10.40.0.0/24')),
        'c.yaml': nad('backup', 'edge', hostLocal('10.40.0.128/25')),
      },
      errors: [
        { messageId: 'otherNad', line: 5, column: 96, file: 'a.yaml', severity: 'warning', message: /overlaps NAD edge\/backup/ },
        { messageId: 'otherNad', line: 5, column: 96, file: 'b.yaml', severity: 'warning', message: /overlaps NAD edge\/backup/ },
        { messageId: 'otherNad', line: 5, column: 96, file: 'c.yaml', severity: 'warning', message: /overlaps NAD edge\/lan/ },
      ],
    },
  ],
});

describe('firstOnSharedSegment', () => {
  // Entries of a few stores on no segment or on one of a few segments of two kinds, against the
  // definition: the first other entry of another store whose range overlaps and which may share
  // the layer-2 segment (either names none, the kinds differ, or it is the same segment).
  it('agrees with comparing every pair', () => {
    const segment = fc.option(fc.record({ kind: fc.constantFrom('bridge', 'vlan'), id: fc.constantFrom('0', '1', '2') }), { nil: undefined });
    const entry = fc.record({ lo: fc.integer({ min: 0, max: 100 }), len: fc.integer({ min: 0, max: 30 }), family: fc.constantFrom(4 as const, 6 as const), store: fc.integer({ min: 0, max: 3 }), segment });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (specs) => {
        const entries = specs.map((s, i) => {
          const range = { family: s.family, lo: BigInt(s.lo), hi: BigInt(s.lo + s.len), ...(s.segment ? { segment: s.segment } : {}) } as unknown as AddressRange;
          return { range, item: { nad: { name: `n${i}`, store: s.store } as unknown as NadView, range } };
        });
        const storeOf = (e: { nad: NadView }) => (e.nad as unknown as { store: number }).store;
        const shareSegment = (a: AddressRange, b: AddressRange) => !a.segment || !b.segment || a.segment.kind !== b.segment.kind || a.segment.id === b.segment.id;
        const naive = entries.map((q) => entries.find((c) => storeOf(c.item) !== storeOf(q.item) && c.range.family === q.range.family && c.range.lo <= q.range.hi && q.range.lo <= c.range.hi && shareSegment(q.range, c.range))?.item);
        expect(firstOnSharedSegment(entries, storeOf)).toEqual(naive);
      }),
      { numRuns: 500 },
    );
  });
});
