import { inCidr, sameSubnet } from './cidr.js';
import { BIRD_SOCKET } from './commands.js';
import type { Profile } from './profiles/types.js';

/**
 * Evidence: what the nodes and pods themselves show, parsed from `ip -j`, `birdcl` and the API,
 * and judged against what the profile's mode must produce. Connectivity is not proof; these are.
 */

export interface RouteEntry {
  dst: string;
  gateway?: string;
  dev?: string;
  protocol?: string;
  type?: string;
  flags?: string[];
}
export interface AddrInfo {
  family?: string;
  local: string;
  prefixlen: number;
}
export interface LinkEntry {
  ifname: string;
  mtu?: number;
  flags?: string[];
  operstate?: string;
  linkinfo?: { info_kind?: string; info_data?: Record<string, unknown> };
  addr_info?: AddrInfo[];
}
export interface BgpRow {
  name: string;
  state: string;
  info: string;
}
export interface NodeFacts {
  name: string;
  index: number;
  /** projectcalico.org/IPv4Address without the mask, and its prefix length. */
  ip: string | null;
  prefixLen: number | null;
  annotations: Record<string, string>;
  podCIDR: string | null;
  routes: RouteEntry[];
  links: LinkEntry[];
  addrs: LinkEntry[];
  /** `null` when BIRD is not expected (vxlan backend) or could not be read. */
  bgp: BgpRow[] | null;
  /** Whether BIRD's control socket is on the node, read where BIRD must not run (vxlan backend); `null` when unreadable. */
  birdSocket?: 'present' | 'absent' | null;
  flannelEnv?: Record<string, string> | null;
  cniConfFiles?: string[];
}
export interface NetworkStatusEntry {
  name: string;
  interface?: string;
  ips?: string[];
  default?: boolean;
}
export interface PodFacts {
  name: string;
  node: string;
  ip: string | null;
  networks: 'calico' | 'dual' | 'flannel';
  networkStatus: NetworkStatusEntry[];
  interfaces: LinkEntry[];
}
export interface Facts {
  nodes: NodeFacts[];
  blocks: { cidr: string; node: string }[];
  pools: { name: string; cidr: string; ipipMode: string; vxlanMode: string }[];
  pods: PodFacts[];
}

export interface EvidenceCheck {
  id: string;
  /** The node, pod or `cluster` the check is about. */
  scope: string;
  ok: boolean;
  expected: string;
  observed: string;
}

// ---- parsers -----------------------------------------------------------------------------------

export function parseJsonArray<T>(text: string): T[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

/**
 * `birdcl show protocols`: name proto table state since info…; keeps the BGP rows. Null when the
 * output is not that table (no `name proto table state since info` header line, which BIRD prints
 * before the rows, as the BIRD 1.x output Calico's calicoctl node status scans): a client error or
 * a daemon not answering shows no session, which must not read as "no session".
 */
export function parseBirdProtocols(text: string): BgpRow[] | null {
  const lines = text.split('\n');
  if (!lines.some((l) => /^\s*name\s+proto\s+table\s+state\b/.test(l))) return null;
  const rows: BgpRow[] = [];
  for (const line of lines) {
    const cols = line.trim().split(/\s+/);
    if (cols.length >= 4 && cols[1] === 'BGP') rows.push({ name: cols[0], state: cols[3], info: cols.slice(5).join(' ') });
  }
  return rows;
}

/** `/run/flannel/subnet.env`: KEY=value lines. */
export function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
  return env;
}

export const birdPeerName = (kind: 'Mesh' | 'Node' | 'Global', ip: string) => `${kind}_${ip.replace(/\./g, '_')}`;

// ---- judgement -------------------------------------------------------------------------------

const TUNNEL = { ipip: { dev: 'tunl0', kind: 'ipip', overhead: 20, annotation: 'projectcalico.org/IPv4IPIPTunnelAddr' }, vxlan: { dev: 'vxlan.calico', kind: 'vxlan', overhead: 50, annotation: 'projectcalico.org/IPv4VXLANTunnelAddr' } } as const;

/** Which tunnel (if any) carries Calico pod traffic in this mode. */
function tunnelOf(profile: Profile): (typeof TUNNEL)[keyof typeof TUNNEL] | null {
  if (profile.calico.pool.vxlanMode !== 'Never') return TUNNEL.vxlan;
  if (profile.calico.pool.ipipMode !== 'Never') return TUNNEL.ipip;
  return null;
}

/** The route node `n` must have for a block affine to `r`, by mode. */
export function expectedRoute(profile: Profile, n: NodeFacts, r: NodeFacts): { dev: string; gateway: string | null } {
  const remoteIp = r.ip;
  switch (profile.mode) {
    case 'bgp':
    case 'rr':
      return { dev: 'eth0', gateway: remoteIp };
    case 'vxlan':
      return { dev: 'vxlan.calico', gateway: r.annotations[TUNNEL.vxlan.annotation] ?? null };
    case 'crosssubnet': {
      const same = n.ip && remoteIp && n.prefixLen !== null && sameSubnet(n.ip, remoteIp, n.prefixLen);
      return { dev: same ? (profile.crossSubnet?.interface ?? 'eth0') : 'tunl0', gateway: remoteIp };
    }
    case 'ipip':
    case 'multus-flannel':
      return { dev: 'tunl0', gateway: remoteIp };
  }
}

const check = (id: string, scope: string, ok: boolean, expected: string, observed: string): EvidenceCheck => ({ id, scope, ok, expected, observed });
const linkOf = (links: LinkEntry[], name: string) => links.find((l) => l.ifname === name);

function poolCheck(profile: Profile, facts: Facts): EvidenceCheck {
  const want = profile.calico.pool;
  const pool = facts.pools.find((p) => p.cidr === want.cidr);
  const expected = `IPPool ${want.cidr} ipipMode=${want.ipipMode} vxlanMode=${want.vxlanMode}`;
  const observed = facts.pools.map((p) => `${p.cidr} ipipMode=${p.ipipMode} vxlanMode=${p.vxlanMode}`).join('; ') || 'no IPPool';
  const extra = profile.calico.extraPools ?? [];
  const others = facts.pools.filter((p) => p !== pool);
  return check('ippool', 'cluster', !!pool && others.length === extra.length && others.every((p) => extra.includes(p.cidr)) && pool.ipipMode === want.ipipMode && pool.vxlanMode === want.vxlanMode, `${expected}${extra.length ? `, plus ${extra.join(', ')}` : ''}`, observed);
}

/**
 * Every node must hold a block (a probe pod runs on each, control plane included, so Calico IPAM
 * has allocated one even without a tunnel address), and every other node must route each of its
 * blocks the way the mode says.
 */
function routeChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const out: EvidenceCheck[] = [];
  for (const r of facts.nodes) {
    const blocks = facts.blocks.filter((b) => b.node === r.name);
    if (!blocks.length) {
      out.push(check('block', r.name, false, 'a block affine to the node (a probe pod runs on it)', 'no block affinity'));
      continue;
    }
    for (const n of facts.nodes.filter((x) => x !== r))
      for (const block of blocks) {
        const want = expectedRoute(profile, n, r);
        const route = n.routes.find((x) => x.dst === block.cidr);
        const observed = route ? `via ${route.gateway ?? '-'} dev ${route.dev ?? '-'} proto ${route.protocol ?? '-'}` : 'no route';
        out.push(check('route', `${n.name} → ${block.cidr} (${r.name})`, !!route && route.dev === want.dev && route.gateway === want.gateway, `via ${want.gateway ?? '?'} dev ${want.dev}`, observed));
      }
  }
  return out;
}

function tunnelChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const t = tunnelOf(profile);
  if (!t) return [];
  return facts.nodes.flatMap((n) => {
    const link = linkOf(n.links, t.dev);
    const addr = linkOf(n.addrs, t.dev)?.addr_info?.map((a) => a.local) ?? [];
    const want = n.annotations[t.annotation];
    const parent = linkOf(n.links, 'eth0')?.mtu;
    return [
      check(`${t.dev}`, n.name, !!link && link.linkinfo?.info_kind === t.kind && (link.flags ?? []).includes('UP') && !!want && addr.includes(want), `${t.kind} device UP with ${want ?? 'the tunnel address annotation'}`, link ? `${link.linkinfo?.info_kind ?? '?'} ${(link.flags ?? []).includes('UP') ? 'UP' : 'DOWN'} addr ${addr.join(',') || 'none'}` : 'absent'),
      check('mtu', `${n.name} ${t.dev}`, !!link?.mtu && !!parent && link.mtu <= parent - t.overhead, `≤ eth0 MTU ${parent ?? '?'} − ${t.overhead}`, String(link?.mtu ?? 'unknown')),
    ];
  });
}

function bgpChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  if (!profile.calico.bird) return [];
  const rr = profile.routeReflector;
  const reflectors = new Set((rr?.reflectors ?? []).map((i) => facts.nodes[i]?.name));
  return facts.nodes.map((n) => {
    const others = facts.nodes.filter((o) => o.name !== n.name && o.ip);
    let want: string[];
    if (!rr) want = others.map((o) => birdPeerName('Mesh', o.ip!));
    else if (reflectors.has(n.name)) want = others.map((o) => birdPeerName('Node', o.ip!));
    else want = others.filter((o) => reflectors.has(o.name)).map((o) => birdPeerName('Node', o.ip!));
    const rows = n.bgp ?? [];
    const established = rows.filter((r) => r.info.startsWith('Established')).map((r) => r.name).sort();
    const ok = n.bgp !== null && rows.length === want.length && JSON.stringify(established) === JSON.stringify([...want].sort());
    const kind = !rr ? 'full mesh' : reflectors.has(n.name) ? 'reflector: every other node' : 'client: the reflectors only';
    return check('bgp', n.name, ok, `${kind}: ${want.join(', ')} Established`, n.bgp === null ? 'birdcl unreadable' : rows.map((r) => `${r.name} ${r.info || r.state}`).join(', ') || 'no BGP sessions');
  });
}

/**
 * With the VXLAN backend (calico_backend: vxlan) calico-node starts no BIRD (calico node/filesystem/
 * etc/rc.local, v3.32.1: "no need to run a BGP daemon"; otherwise its bird service listens on
 * /var/run/calico/bird.ctl), so Felix alone programs the routes and no node has BIRD's socket. A node whose socket cannot be read fails: the
 * check must look to pass.
 */
function noBirdChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  if (profile.calico.bird) return [];
  return facts.nodes.map((n) =>
    check('no-bird', n.name, n.birdSocket === 'absent', `no BIRD control socket (${BIRD_SOCKET}): the VXLAN backend runs no BIRD`, n.birdSocket === 'present' ? `${BIRD_SOCKET} present: BIRD runs` : n.birdSocket === 'absent' ? 'absent' : 'unreadable'),
  );
}

function crossSubnetChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const xs = profile.crossSubnet;
  if (!xs) return [];
  return facts.nodes.map((n) => {
    const a = xs.attachments[n.index];
    return check('node-address', n.name, n.ip === a.ip && n.prefixLen === 24, `${a.ip}/24 (${xs.networks[a.network].name})`, n.ip ? `${n.ip}/${n.prefixLen}` : 'no IPv4Address annotation');
  });
}

function reflectorChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const rr = profile.routeReflector;
  if (!rr) return [];
  return rr.reflectors.map((i) => {
    const n = facts.nodes[i];
    const id = n?.annotations['projectcalico.org/RouteReflectorClusterID'];
    return check('rr-cluster-id', n?.name ?? `node ${i}`, id === rr.clusterId, rr.clusterId, id ?? 'none');
  });
}

function flannelNodeChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const m = profile.multus;
  if (!m) return [];
  return facts.nodes.flatMap((n) => {
    const env = n.flannelEnv ?? {};
    const subnet = env.FLANNEL_SUBNET ?? '';
    const subnetIp = subnet.split('/')[0];
    const link = linkOf(n.links, 'flannel.1');
    return [
      check('flannel-subnet', n.name, env.FLANNEL_NETWORK === m.flannel.network && !!n.podCIDR && inCidr(subnetIp, n.podCIDR), `FLANNEL_NETWORK ${m.flannel.network}, FLANNEL_SUBNET inside podCIDR ${n.podCIDR ?? '?'}`, n.flannelEnv ? `${env.FLANNEL_NETWORK ?? '-'} / ${subnet || '-'}` : 'no /run/flannel/subnet.env'),
      check('flannel.1', n.name, link?.linkinfo?.info_kind === 'vxlan' && String(env.FLANNEL_MTU) === String(link.mtu), `vxlan device, MTU ${env.FLANNEL_MTU ?? '?'}`, link ? `${link.linkinfo?.info_kind ?? '?'} MTU ${link.mtu}` : 'absent'),
      check('multus-conf', n.name, (n.cniConfFiles ?? [])[0] === '00-multus.conf', '00-multus.conf first in /etc/cni/net.d', (n.cniConfFiles ?? []).join(', ') || 'empty'),
    ];
  });
}

/** Pod-side evidence: interface MTUs for every mode; net1 in the flannel range for multus. */
export function podChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  const t = tunnelOf(profile);
  return facts.pods.flatMap((p) => {
    const node = facts.nodes.find((n) => n.name === p.node);
    const out: EvidenceCheck[] = [];
    const eth0 = linkOf(p.interfaces, 'eth0');
    const nodeTunnelMtu = t ? linkOf(node?.links ?? [], t.dev)?.mtu : linkOf(node?.links ?? [], 'eth0')?.mtu;
    if (p.networks !== 'flannel')
      out.push(check('pod-mtu', `${p.name} eth0`, !!eth0?.mtu && !!nodeTunnelMtu && eth0.mtu <= nodeTunnelMtu, `≤ ${t ? t.dev : 'node eth0'} MTU ${nodeTunnelMtu ?? '?'}`, String(eth0?.mtu ?? 'unknown')));
    if (profile.multus) {
      const env = node?.flannelEnv ?? {};
      const subnet = env.FLANNEL_SUBNET ?? '';
      const flannelIf = p.networks === 'flannel' ? 'eth0' : 'net1';
      const flannelLink = linkOf(p.interfaces, flannelIf);
      const flannelIp = flannelLink?.addr_info?.[0]?.local;
      out.push(check('flannel-ip', `${p.name} ${flannelIf}`, !!flannelIp && !!subnet && inCidr(flannelIp, subnet) && String(flannelLink?.mtu) === String(env.FLANNEL_MTU), `address in ${subnet || 'the node flannel subnet'}, MTU ${env.FLANNEL_MTU ?? '?'}`, flannelLink ? `${flannelIp ?? 'no address'} MTU ${flannelLink.mtu}` : 'absent'));
      if (p.networks === 'dual') {
        const def = p.networkStatus.find((s) => s.default);
        const net1 = p.networkStatus.find((s) => s.interface === 'net1');
        const ok = !!def?.ips?.[0] && inCidr(def.ips[0], profile.calico.pool.cidr) && !!net1?.ips?.[0] && inCidr(net1.ips[0], profile.multus.flannel.network);
        out.push(check('network-status', p.name, ok, `default in ${profile.calico.pool.cidr}, net1 in ${profile.multus.flannel.network}`, p.networkStatus.map((s) => `${s.interface ?? s.name}=${(s.ips ?? []).join(',')}`).join(' ') || 'no network-status annotation'));
      }
    }
    return out;
  });
}

/** Node-level evidence for the mode (routes, tunnels, MTU, BGP, topology, flannel). */
export function nodeChecks(profile: Profile, facts: Facts): EvidenceCheck[] {
  return [
    poolCheck(profile, facts),
    ...crossSubnetChecks(profile, facts),
    ...reflectorChecks(profile, facts),
    ...routeChecks(profile, facts),
    ...tunnelChecks(profile, facts),
    ...bgpChecks(profile, facts),
    ...noBirdChecks(profile, facts),
    ...flannelNodeChecks(profile, facts),
  ];
}
