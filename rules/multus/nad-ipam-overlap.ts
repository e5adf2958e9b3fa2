import { describePool, podPoolsOverlapping } from '../calico/lib/pools.js';
import { reportIn } from '../cni/lib/json-source.js';
import { parseCidr } from '../../src/engine/cidr.js';
import { IntervalIndex } from '../../src/engine/interval-index.js';
import { describeFactSource } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import { cidrRange, ipamRanges, rangesOverlap } from './lib/ipam.js';
import type { AddressRange } from './lib/ipam.js';
import { NAD_KIND, nadOf, nadsOf } from './lib/nads.js';
import { SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';
import type { NadView } from './lib/nads.js';
import { pushTo } from '../../src/engine/multimap.js';

interface NadRange {
  nad: NadView;
  range: AddressRange;
}

const CLUSTER_WIDE = Symbol('whereabouts cluster-wide reservations');

/** For every NAD, per IPAM range (in ipamRanges order), the first range of another NAD object it overlaps. */
function otherNadOverlaps(model: ClusterModel): Map<NadView, (NadRange | undefined)[]> {
  return model.memo('multus/nad-range-overlaps', (m) => {
    const entries = nadsOf(m).flatMap((nad) => (nad.conf ? ipamRanges(nad.conf).map((range) => ({ range, item: { nad, range } })) : []));
    // Definitions with the same namespace and name (in two files, or twice in one: see
    // cluster/duplicate-object) are one object of the cluster, whose IPAM is one store; a NAD
    // written without a namespace may be the same object as any NAD of its name.
    const placeless = new Set(entries.flatMap((e) => (e.item.nad.namespace === null ? [e.item.nad.name] : [])));
    const objectOf = (nad: NadView) => (placeless.has(nad.name) ? nad.name : `${nad.namespace}/${nad.name}`);
    // Ranges whose addresses whereabouts reserves cluster-wide never collide with each other:
    // they share one group, so only other stores count against them.
    // host-local ranges with one network name and store folder are one store (ipam.ts hostLocalDataDir).
    const storeOf = (e: NadRange) => (e.range.clusterWide ? CLUSTER_WIDE : e.range.hostLocalDataDir !== undefined ? `host-local ${e.range.hostLocalDataDir} ${e.nad.networkName}` : objectOf(e.nad));
    const first = firstOnSharedSegment(entries, storeOf);
    const byNad = new Map<NadView, (NadRange | undefined)[]>();
    entries.forEach((e, i) => {
      pushTo(byNad, e.item.nad, first[i]);
    });
    return byNad;
  });
}

/**
 * For each entry, the first overlapping entry of another store that may be on its layer-2 segment:
 * a range on a named segment is not compared with one on another segment of the same kind (two
 * Linux bridges, two VLAN ids, OVS-DPDK and VPP), whose addresses never meet. A range on no named
 * segment may meet any other; one on a segment meets those on no segment or on a segment of
 * another kind (one index pass per kind) and those on its own segment (one per segment), the
 * earlier of the two: linear in the entries however many segments they name.
 */
export function firstOnSharedSegment(entries: { range: AddressRange; item: NadRange }[], storeOf: (e: NadRange) => unknown): (NadRange | undefined)[] {
  const result: (NadRange | undefined)[] = new Array(entries.length).fill(undefined);
  const order = new Map(entries.map((e, i) => [e.item, i]));
  const byKind = new Map<string, number[]>();
  const bySegment = new Map<string, number[]>();
  const anywhere: number[] = [];
  entries.forEach((e, i) => {
    const segment = e.range.segment;
    if (segment === undefined) anywhere.push(i);
    else {
      pushTo(byKind, segment.kind, i);
      pushTo(bySegment, `${segment.kind}\u0000${segment.id}`, i);
    }
  });
  if (anywhere.length > 0) {
    const first = new IntervalIndex(entries).firstOverlappingOther(storeOf);
    for (const i of anywhere) result[i] = first[i];
  }
  for (const [kind, members] of byKind) {
    const elsewhere = new IntervalIndex(entries.filter((e) => e.range.segment?.kind !== kind));
    const first = elsewhere.firstOverlappingFor(members.map((i) => ({ range: entries[i].range, key: storeOf(entries[i].item) })), storeOf);
    members.forEach((i, j) => {
      result[i] = first[j];
    });
  }
  for (const members of bySegment.values()) {
    const first = new IntervalIndex(members.map((i) => entries[i])).firstOverlappingOther(storeOf);
    members.forEach((i, j) => {
      const other = first[j];
      if (other !== undefined && (result[i] === undefined || order.get(other)! < order.get(result[i]!)!)) result[i] = other;
    });
  }
  return result;
}

export default defineRule({
  meta: {
    id: 'multus/nad-ipam-overlap',
    description: 'Addresses a NetworkAttachmentDefinition\'s IPAM hands out must not overlap the cluster pod CIDR, the service CIDR or a Calico IP pool, and should not overlap another NAD\'s range.',
    severity: 'error',
    remediation: 'Give the secondary network its own range outside the pod, service and Calico pool CIDRs (e.g. `10.10.0.0/24`), and split shared subnets between NADs with `rangeStart` / `rangeEnd`.',
    kinds: [NAD_KIND, ...SRIOV_NETWORK_KINDS],
    messages: {
      cluster: '{{range}} overlaps the {{what}} {{cidr}} ({{source}}): pods get addresses the cluster already routes elsewhere, and traffic to them goes out the wrong interface',
      pool: '{{range}} overlaps {{pool}}: the same addresses are handed out twice, by Calico and by this NAD',
      otherNad: '{{range}} overlaps NAD {{other}} ({{otherRange}}): two IPAM stores hand out the same addresses, duplicates on one L2 segment',
    },
    docs: 'Ranges are host-local `subnet` / `ranges` narrowed by `rangeStart` / `rangeEnd`, whereabouts `range` (with `range_start` / `range_end`) and static `addresses`. NAD-to-NAD overlaps are warnings: two NADs on separate physical networks may reuse a range. Where both configs name their layer-2 segment and the segments differ, they are not compared: two node-local Linux bridges (the bridge plugin\'s `bridge`, default cni0, with its `vlan`), two Open vSwitch bridges or VLANs (ovs-cni `bridge`, `vlan`), two userspace switches (userspace-cni `host.engine` and `host.bridge.bridgeName`: OVS-DPDK and VPP are separate switches), or two VLAN ids (the vlan plugin\'s `vlanId`, sriov-cni\'s `vlan`); a macvlan or ipvlan parent interface does not tell a network apart. Definitions of one NAD (same namespace and name, e.g. in two files) are one object and are not compared with each other; a NAD without `metadata.namespace` may be any NAD of its name. Two host-local ranges of configs with the same network name (the config\'s `name`, else the NAD\'s) and `dataDir` are one store: host-local keeps a network\'s allocations in `<dataDir>/<name>` (plugins/ipam/host-local). Two whereabouts ranges do not collide while overlap protection is on (`enable_overlapping_ranges`, the default): whereabouts reserves each address cluster-wide (pkg/types DefaultOverlappingIPsFeatures; NADs with the same range and network_name even share one pool). Pod and service CIDRs come from the cluster facts (kind / kubeadm config, controller-manager flags, `.netlint.yaml`). A SriovNetwork, SriovIBNetwork or OVSNetwork counts as the NAD sriov-network-operator makes from it, with its `spec.ipam` as IPAM (and its name as network name); its findings point into `spec.ipam`.',
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad?.conf || !nad.config?.ok) return;
    const src = nad.config.source;
    const facts = ctx.model.facts;
    const overlaps = otherNadOverlaps(ctx.model).get(nad) ?? [];
    for (const [i, r] of ipamRanges(nad.conf).entries()) {
      let reported = false;
      for (const [what, list] of [['pod CIDR', facts.podCIDRs], ['service CIDR', facts.serviceCIDRs]] as const) {
        for (const f of list) {
          const c = parseCidr(f.cidr);
          if (reported || !c.ok || !rangesOverlap(r, cidrRange(c.cidr))) continue;
          reportIn(ctx, src, r.path, { messageId: 'cluster', data: { range: r.text, what, cidr: f.cidr, source: describeFactSource(f.source) } });
          reported = true;
        }
      }
      const pool = podPoolsOverlapping(ctx.model, r)[0];
      if (pool && !reported) {
        reportIn(ctx, src, r.path, { messageId: 'pool', data: { range: r.text, pool: describePool(pool) } });
        reported = true;
      }
      if (reported) continue;
      const hit = overlaps[i];
      if (hit) {
        const other = hit.nad;
        const name = `${other.namespace ? `${other.namespace}/` : ''}${other.name}`;
        reportIn(ctx, src, r.path, { messageId: 'otherNad', data: { range: r.text, other: name, otherRange: hit.range.text }, severity: 'warning' });
      }
    }
  },
});
