/**
 * Each piece of node evidence can fail: a healthy two-node IPIP cluster passes every check, and
 * each contradiction of the mode (a route via the wrong device or gateway, a tunnel device that is
 * absent, down, of another kind or without its address, a tunnel MTU that ignores the IPIP
 * overhead, a pool in another mode, a pool nobody asked for, a missing BGP session) fails exactly
 * the check about it.
 */
import { describe, expect, it } from 'vitest';
import { bgpRoutingLeft } from './controls/bgp.js';
import { crossSubnetTunnelLeft } from './controls/crosssubnet.js';
import { unseen } from './controls/run.js';
import { nodeChecks, type Facts, type NodeFacts } from './evidence.js';
import { PROFILES } from './profiles/index.js';
import type { Profile } from './profiles/types.js';

const profile = PROFILES['calico-ipip'];
const IPS = ['172.18.0.2', '172.18.0.3'];
const BLOCKS = ['192.168.10.0/26', '192.168.20.0/26'];
const TUNNEL = ['192.168.10.1', '192.168.20.1'];

function node(i: number): NodeFacts {
  const other = 1 - i;
  return {
    name: `n${i}`,
    index: i,
    ip: IPS[i],
    prefixLen: 16,
    annotations: { 'projectcalico.org/IPv4IPIPTunnelAddr': TUNNEL[i] },
    podCIDR: null,
    routes: [{ dst: BLOCKS[other], gateway: IPS[other], dev: 'tunl0', protocol: 'bird', flags: ['onlink'] }],
    links: [
      { ifname: 'eth0', mtu: 1500, flags: ['UP'] },
      { ifname: 'tunl0', mtu: 1480, flags: ['UP'], linkinfo: { info_kind: 'ipip' } },
    ],
    addrs: [{ ifname: 'tunl0', addr_info: [{ local: TUNNEL[i], prefixlen: 32 }] }],
    bgp: [{ name: `Mesh_${IPS[other].replace(/\./g, '_')}`, state: 'up', info: 'Established' }],
  };
}

function facts(change: (f: Facts) => void = () => {}): Facts {
  const f: Facts = {
    nodes: [node(0), node(1)],
    blocks: [
      { cidr: BLOCKS[0], node: 'n0' },
      { cidr: BLOCKS[1], node: 'n1' },
    ],
    pools: [{ name: 'default-ipv4-ippool', cidr: profile.calico.pool.cidr, ipipMode: 'Always', vxlanMode: 'Never' }],
    pods: [],
  };
  change(f);
  return f;
}

/** The ids of the checks that failed, with their scope. */
const failing = (f: Facts, p: Profile = profile) => nodeChecks(p, f).filter((c) => !c.ok).map((c) => `${c.id} ${c.scope}`);

describe('node evidence for IPIP', () => {
  it('passes a healthy cluster, having checked the pool, each route, each tunnel, each MTU and each BGP session', () => {
    const checks = nodeChecks(profile, facts());
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.id).sort()).toEqual(['bgp', 'bgp', 'ippool', 'mtu', 'mtu', 'route', 'route', 'tunl0', 'tunl0']);
  });

  it('fails a route that goes via eth0, or to another gateway, or is missing', () => {
    expect(failing(facts((f) => (f.nodes[0].routes[0].dev = 'eth0')))).toEqual([`route n0 → ${BLOCKS[1]} (n1)`]);
    expect(failing(facts((f) => (f.nodes[0].routes[0].gateway = '172.18.0.9')))).toEqual([`route n0 → ${BLOCKS[1]} (n1)`]);
    expect(failing(facts((f) => (f.nodes[1].routes = [])))).toEqual([`route n1 → ${BLOCKS[0]} (n0)`]);
  });

  it('fails a node that holds no block', () => {
    expect(failing(facts((f) => (f.blocks = f.blocks.slice(0, 1))))).toEqual(['block n1']);
  });

  it('fails a tunnel device that is absent, down, of another kind, or without the annotated address', () => {
    const tunl0 = (f: Facts) => f.nodes[0].links.find((l) => l.ifname === 'tunl0')!;
    expect(failing(facts((f) => (f.nodes[0].links = f.nodes[0].links.filter((l) => l.ifname !== 'tunl0'))))).toEqual(['tunl0 n0', 'mtu n0 tunl0']);
    expect(failing(facts((f) => (tunl0(f).flags = [])))).toEqual(['tunl0 n0']);
    expect(failing(facts((f) => (tunl0(f).linkinfo = { info_kind: 'vxlan' })))).toEqual(['tunl0 n0']);
    expect(failing(facts((f) => (f.nodes[0].addrs = [])))).toEqual(['tunl0 n0']);
    expect(failing(facts((f) => (f.nodes[0].annotations = {})))).toEqual(['tunl0 n0']);
  });

  it('fails a tunnel MTU above eth0 less the 20-byte IPIP header, or unknown', () => {
    const tunl0 = (f: Facts) => f.nodes[1].links.find((l) => l.ifname === 'tunl0')!;
    expect(failing(facts((f) => (tunl0(f).mtu = 1481)))).toEqual(['mtu n1 tunl0']);
    expect(failing(facts((f) => (tunl0(f).mtu = undefined)))).toEqual(['mtu n1 tunl0']);
    expect(failing(facts((f) => (f.nodes[1].links = f.nodes[1].links.filter((l) => l.ifname !== 'eth0'))))).toEqual(['mtu n1 tunl0']);
  });

  it('fails the pool check on a pool in another mode, a missing pool, or one nobody asked for', () => {
    expect(failing(facts((f) => (f.pools[0].ipipMode = 'CrossSubnet')))).toEqual(['ippool cluster']);
    expect(failing(facts((f) => (f.pools[0].vxlanMode = 'Always')))).toEqual(['ippool cluster']);
    expect(failing(facts((f) => (f.pools = [])))).toEqual(['ippool cluster']);
    expect(failing(facts((f) => f.pools.push({ name: 'extra', cidr: '10.99.0.0/16', ipipMode: 'Always', vxlanMode: 'Never' })))).toEqual(['ippool cluster']);
  });

  it('fails a BGP session that is not Established, missing, or unreadable', () => {
    expect(failing(facts((f) => (f.nodes[0].bgp![0].info = 'Active')))).toEqual(['bgp n0']);
    expect(failing(facts((f) => (f.nodes[0].bgp = [])))).toEqual(['bgp n0']);
    expect(failing(facts((f) => (f.nodes[0].bgp = null)))).toEqual(['bgp n0']);
  });
});

describe('node evidence for a route reflector (mesh off)', () => {
  const rr = PROFILES['calico-rr'];
  // Routes via eth0 to the node IP, no tunnel; node 0 is the reflector, with the profile's cluster ID.
  const rrFacts = (change: (f: Facts) => void = () => {}) =>
    facts((f) => {
      for (const n of f.nodes) {
        n.routes = n.routes.map((r) => ({ ...r, dev: 'eth0', flags: [] }));
        n.links = n.links.filter((l) => l.ifname === 'eth0');
        n.addrs = [];
        n.annotations = {};
        n.bgp = [{ name: `Node_${IPS[1 - n.index].replace(/\./g, '_')}`, state: 'up', info: 'Established' }];
      }
      f.nodes[0].annotations['projectcalico.org/RouteReflectorClusterID'] = rr.routeReflector!.clusterId;
      f.pools[0].ipipMode = 'Never';
      change(f);
    });

  it('passes reflector and client sessions, and the reflector\'s cluster ID', () => {
    const checks = nodeChecks(rr, rrFacts());
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.id).sort()).toEqual(['bgp', 'bgp', 'ippool', 'route', 'route', 'rr-cluster-id']);
  });

  it('fails full-mesh sessions where the mesh should be off, and a reflector without its cluster ID', () => {
    expect(failing(rrFacts((f) => (f.nodes[1].bgp![0].name = `Mesh_${IPS[0].replace(/\./g, '_')}`)), rr)).toEqual(['bgp n1']);
    expect(failing(rrFacts((f) => (f.nodes[0].annotations = {})), rr)).toEqual(['rr-cluster-id n0']);
  });
});

describe('node evidence for flannel beside Calico (multus)', () => {
  const mf = PROFILES['multus-flannel'];
  const mfFacts = (change: (f: Facts) => void = () => {}) =>
    facts((f) => {
      f.pools[0].cidr = mf.calico.pool.cidr;
      for (const n of f.nodes) {
        n.podCIDR = `10.244.${n.index}.0/24`;
        n.flannelEnv = { FLANNEL_NETWORK: mf.multus!.flannel.network, FLANNEL_SUBNET: `10.244.${n.index}.1/24`, FLANNEL_MTU: '1450' };
        n.links.push({ ifname: 'flannel.1', mtu: 1450, flags: ['UP'], linkinfo: { info_kind: 'vxlan' } });
        n.cniConfFiles = ['00-multus.conf', '10-calico.conflist'];
      }
      change(f);
    });

  it('passes flannel\'s subnet, device and Multus first in the CNI folder', () => {
    const checks = nodeChecks(mf, mfFacts());
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.filter((c) => ['flannel-subnet', 'flannel.1', 'multus-conf'].includes(c.id))).toHaveLength(6);
  });

  it('fails a flannel subnet outside the node\'s podCIDR, a flannel.1 MTU unlike subnet.env, and Multus not first', () => {
    expect(failing(mfFacts((f) => (f.nodes[0].flannelEnv!.FLANNEL_SUBNET = '10.244.7.1/24')), mf)).toEqual(['flannel-subnet n0']);
    expect(failing(mfFacts((f) => (f.nodes[0].flannelEnv = null)), mf)).toEqual(['flannel-subnet n0', 'flannel.1 n0']);
    expect(failing(mfFacts((f) => (f.nodes[1].links.find((l) => l.ifname === 'flannel.1')!.mtu = 1500)), mf)).toEqual(['flannel.1 n1']);
    expect(failing(mfFacts((f) => (f.nodes[1].cniConfFiles = ['10-calico.conflist', '00-multus.conf'])), mf)).toEqual(['multus-conf n1']);
  });
});

/**
 * A negative control waits until the nodes show its break, judged by what they still show of the
 * mode (controls/bgp.ts, controls/crosssubnet.ts): each thing left keeps the break unproven.
 */
describe('what the nodes still show after a negative control’s break', () => {
  /** The healthy facts with BGP gone: no session, no route to another node's block, the default route kept. */
  const noBgp = (change: (f: Facts) => void = () => {}) =>
    facts((f) => {
      for (const n of f.nodes) {
        n.bgp = [];
        n.routes = [{ dst: 'default', gateway: '172.18.0.1', dev: 'eth0' }];
      }
      change(f);
    });

  it('BGP mesh off or the reflector peer deleted: each Established session and each route to another node’s block is left', () => {
    expect(bgpRoutingLeft(noBgp())).toEqual([]);
    expect(bgpRoutingLeft(facts())).toEqual([
      'n0: Mesh_172_18_0_3 Established',
      `n0: route to ${BLOCKS[1]} (n1)`,
      'n1: Mesh_172_18_0_2 Established',
      `n1: route to ${BLOCKS[0]} (n0)`,
    ]);
    // A session in another state is down; sessions that cannot be read prove nothing.
    const unread = noBgp((f) => {
      f.nodes[0].bgp = [{ name: 'Mesh_172_18_0_3', state: 'start', info: 'Active Socket: Connection refused' }];
      f.nodes[1].bgp = null;
    });
    expect(bgpRoutingLeft(unread)).toEqual(['n1: BGP sessions not readable']);
    // A node's route to its own block (its pods' interfaces) is not BGP's doing.
    expect(bgpRoutingLeft(noBgp((f) => (f.nodes[0].routes = [{ dst: BLOCKS[0], dev: 'cali1a2b3c', type: 'blackhole' }])))).toEqual([]);
  });

  it('crossSubnet with the pool set to Never: the pool’s mode and each route to another subnet’s block via tunl0 are left', () => {
    // n1 in another /16: its block is across the router.
    const apart = (change: (f: Facts) => void = () => {}) =>
      facts((f) => {
        f.nodes[1].ip = '172.19.0.3';
        f.pools[0].ipipMode = 'Never';
        change(f);
      });
    expect(crossSubnetTunnelLeft(apart())).toEqual([`n0: route to ${BLOCKS[1]} (n1) via tunl0`, `n1: route to ${BLOCKS[0]} (n0) via tunl0`]);
    expect(crossSubnetTunnelLeft(apart((f) => f.nodes.forEach((n) => (n.routes[0].dev = 'eth0'))))).toEqual([]);
    expect(crossSubnetTunnelLeft(apart((f) => (f.pools[0].ipipMode = 'CrossSubnet'))).slice(0, 1)).toEqual(['IPPool default-ipv4-ippool ipipMode CrossSubnet']);
    expect(crossSubnetTunnelLeft(apart((f) => (f.pools = [])))[0]).toBe('IPPool default-ipv4-ippool not listed');
    // Within one subnet tunl0 is not this control's business; a node whose address is unknown is not judged.
    expect(crossSubnetTunnelLeft(facts((f) => (f.pools[0].ipipMode = 'Never')))).toEqual([]);
    expect(crossSubnetTunnelLeft(apart((f) => (f.nodes[1].ip = null)))).toEqual([]);
  });

  it('node facts without a node or without a block show nothing left without having looked: that is not the break landing', () => {
    expect(unseen(noBgp())).toEqual([]);
    expect(unseen(noBgp((f) => (f.blocks = [])))).toEqual(['no IPAM block affinity listed']);
    expect(unseen(noBgp((f) => ((f.nodes = []), (f.blocks = []))))).toEqual(['no node read', 'no IPAM block affinity listed']);
    // `ip -j route` that could not be read parses as no route, as a node without BGP routes would show.
    expect(unseen(noBgp((f) => (f.nodes[1].routes = [])))).toEqual(['n1: no route listed, not even its default route']);
  });
});
