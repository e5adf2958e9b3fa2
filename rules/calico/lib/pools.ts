/**
 * Every IP pool the input declares, in one shape: Calico `IPPool` resources, the operator's
 * `Installation.spec.calicoNetwork.ipPools`, and the default pool calico-node creates from its
 * `CALICO_IPV4POOL_*` env when no IPv4 pool exists. Computed once per lint run.
 */
import { parseCalicoCidr } from '../../../src/engine/calico-formats.js';
import { cidrBounds, network } from '../../../src/engine/cidr.js';
import type { Cidr } from '../../../src/engine/cidr.js';
import { IntervalIndex } from '../../../src/engine/interval-index.js';
import type { AddressInterval } from '../../../src/engine/interval-index.js';
import type { ClusterModel, NodeFact } from '../../../src/engine/model.js';
import { LabelIndex } from '../../../src/engine/netpol/label-index.js';
import { derived } from '../../../src/engine/model.js';
import { isBlankCalicoSelector, matchesCalicoSelector, parseCalicoSelector } from '../../../src/engine/selector/calico.js';
import type { CalicoSelector } from '../../../src/engine/selector/calico.js';
import type { Path, Resource } from '../../../src/engine/types.js';
import { asObject, objectItems } from '../../../src/engine/values.js';
import { calicoNodeInstalls } from './calico-node-env.js';

export type EncapMode = 'Always' | 'CrossSubnet' | 'Never';

export interface PoolView {
  name: string;
  origin: 'IPPool' | 'Installation' | 'env';
  resource: Resource;
  /** The pool object (IPPool `spec`, an Installation `ipPools[i]`, or the CIDR env entry). */
  path: Path;
  cidrPath: Path;
  /** The parsed CIDR, or null when it is absent or invalid (other rules report that). */
  cidr: Cidr | null;
  disabled: boolean;
  ipip: EncapMode;
  vxlan: EncapMode;
  /** Effective `natOutgoing` (IPPool default false; operator and calico-node default true for IPv4). */
  natOutgoing: boolean;
  natOutgoingPath: Path | null;
  /** Effective block size (the family default when unset or 0). */
  blockSize: number;
  /** The parsed nodeSelector (null when absent, i.e. all nodes, or unparsable). */
  nodeSelector: CalicoSelector | null;
  nodeSelectorText: string | null;
  nodeSelectorPath: Path;
  /** True when ipipMode/vxlanMode/encapsulation holds a value Calico rejects (other rules report it). */
  invalidEncap: boolean;
  /** True for LoadBalancer-only pools, which never hold pod addresses. */
  loadBalancerOnly: boolean;
  /** Automatic assignment (not `assignmentMode: Manual`, not `nodeSelector: "!all()"`). */
  manual: boolean;
}

function validMode(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === 'Always' || v === 'CrossSubnet' || v === 'Never';
}

function mode(v: unknown): EncapMode {
  return v === 'Always' || v === 'CrossSubnet' ? v : 'Never';
}

/**
 * The pool's network as Calico reads it (cnet.ParseCIDR: an IPPool in clientv3 ippool.go, the
 * env pool in node startup.go configureIPPools, and the IPPool the operator writes from an
 * Installation pool).
 */
function cidrOf(v: unknown): Cidr | null {
  if (typeof v !== 'string') return null;
  const r = parseCalicoCidr(v.trim());
  return r.ok ? r.cidr : null;
}

function effectiveBlockSize(v: unknown, cidr: Cidr | null): number {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  return cidr?.family === 6 ? 122 : 26;
}

function selectorOf(v: unknown): CalicoSelector | null {
  if (typeof v !== 'string') return null;
  const r = parseCalicoSelector(v);
  return r.ok ? r.selector : null;
}

function isNever(sel: CalicoSelector | null): boolean {
  return sel !== null && sel.kind === 'not' && sel.operand.kind === 'all';
}

function fromIPPool(r: Resource): PoolView {
  const spec = asObject(r.value.spec);
  const uses = Array.isArray(spec.allowedUses) ? spec.allowedUses : [];
  const nodeSelector = selectorOf(spec.nodeSelector);
  return {
    name: r.name,
    origin: 'IPPool',
    resource: r,
    path: ['spec'],
    cidrPath: ['spec', 'cidr'],
    cidr: cidrOf(spec.cidr),
    disabled: spec.disabled === true,
    ipip: mode(spec.ipipMode),
    vxlan: mode(spec.vxlanMode),
    invalidEncap: !validMode(spec.ipipMode) || !validMode(spec.vxlanMode),
    natOutgoing: spec.natOutgoing === true,
    natOutgoingPath: 'natOutgoing' in spec ? ['spec', 'natOutgoing'] : null,
    blockSize: effectiveBlockSize(spec.blockSize, cidrOf(spec.cidr)),
    nodeSelector,
    nodeSelectorText: typeof spec.nodeSelector === 'string' ? spec.nodeSelector : null,
    nodeSelectorPath: ['spec', 'nodeSelector'],
    loadBalancerOnly: uses.length > 0 && uses.every((u) => u === 'LoadBalancer'),
    manual: spec.assignmentMode === 'Manual' || isNever(nodeSelector),
  };
}

const INSTALLATION_ENCAP: Record<string, [EncapMode, EncapMode]> = {
  IPIP: ['Always', 'Never'],
  IPIPCrossSubnet: ['CrossSubnet', 'Never'],
  VXLAN: ['Never', 'Always'],
  VXLANCrossSubnet: ['Never', 'CrossSubnet'],
  None: ['Never', 'Never'],
};

/**
 * The name the operator gives an Installation pool written without one (tigera/operator
 * pkg/controller/ippool/defaults.go fillDefaults, v1.42): default-ipv4-ippool / default-ipv6-ippool
 * when it is the only pool or one of a dual-stack pair, else its network (`cidrToName`: the masked
 * address, IPv6 written out in full with `.` for `:`, then `-` and the prefix length).
 */
function operatorPoolName(cidr: Cidr | null, all: readonly Cidr[], count: number): string {
  const defaultName = cidr?.family === 6 ? 'default-ipv6-ippool' : 'default-ipv4-ippool';
  const dualStackPair = count === 2 && all.some((c) => c.family === 4) && all.some((c) => c.family === 6);
  if (cidr === null || count === 1 || dualStackPair) return defaultName;
  const net = network(cidr);
  const address =
    net.family === 4
      ? net.text.slice(0, net.text.indexOf('/'))
      : Array.from({ length: 8 }, (_, k) => ((net.addr >> BigInt(16 * (7 - k))) & 0xffffn).toString(16).padStart(4, '0')).join('.');
  return `${address}-${net.prefix}`;
}

function fromInstallation(r: Resource): PoolView[] {
  const net = asObject(asObject(r.value.spec).calicoNetwork);
  const items = objectItems(net.ipPools);
  const cidrs = items.flatMap(([, p]) => {
    const c = cidrOf(p.cidr);
    return c === null ? [] : [c];
  });
  return items.map(([i, p]) => {
    const cidr = cidrOf(p.cidr);
    // The operator defaults IPv4 pools to IPIP and IPv6 pools to no encapsulation.
    const encap = typeof p.encapsulation === 'string' ? p.encapsulation : cidr?.family === 6 ? 'None' : 'IPIP';
    const [ipip, vxlan] = INSTALLATION_ENCAP[encap] ?? ['Never', 'Never'];
    const nodeSelector = selectorOf(p.nodeSelector);
    const uses = Array.isArray(p.allowedUses) ? p.allowedUses : [];
    return {
      name: typeof p.name === 'string' ? p.name : operatorPoolName(cidr, cidrs, items.length),
      origin: 'Installation' as const,
      resource: r,
      path: ['spec', 'calicoNetwork', 'ipPools', i],
      cidrPath: ['spec', 'calicoNetwork', 'ipPools', i, 'cidr'],
      cidr,
      disabled: p.disabled === true,
      ipip,
      vxlan,
      invalidEncap: !(encap in INSTALLATION_ENCAP),
      natOutgoing: p.natOutgoing === 'Enabled' || (p.natOutgoing === undefined && cidr?.family !== 6),
      natOutgoingPath: 'natOutgoing' in p ? ['spec', 'calicoNetwork', 'ipPools', i, 'natOutgoing'] : null,
      blockSize: effectiveBlockSize(p.blockSize, cidr),
      nodeSelector,
      nodeSelectorText: typeof p.nodeSelector === 'string' ? p.nodeSelector : null,
      nodeSelectorPath: ['spec', 'calicoNetwork', 'ipPools', i, 'nodeSelector'],
      loadBalancerOnly: uses.length > 0 && uses.every((u) => u === 'LoadBalancer'),
      manual: p.assignmentMode === 'Manual' || isNever(nodeSelector),
    };
  });
}

/** calico-node's own default pool: only when its CIDR is written and no other IPv4 pool is declared. */
function fromEnv(model: ClusterModel): PoolView[] {
  const out: PoolView[] = [];
  for (const install of calicoNodeInstalls(model)) {
    const cidrEnv = install.env.get('CALICO_IPV4POOL_CIDR');
    if (!cidrEnv || cidrEnv.value === null) continue;
    const cidr = cidrOf(cidrEnv.value);
    const envMode = (name: string): EncapMode => {
      const t = (install.env.get(name)?.value ?? '').toLowerCase();
      return t === 'always' ? 'Always' : t === 'crosssubnet' || t === 'cross-subnet' ? 'CrossSubnet' : 'Never';
    };
    const selectorEnv = install.env.get('CALICO_IPV4POOL_NODE_SELECTOR');
    const nodeSelector = selectorOf(selectorEnv?.value ?? undefined);
    const nat = install.env.get('CALICO_IPV4POOL_NAT_OUTGOING');
    const block = install.env.get('CALICO_IPV4POOL_BLOCK_SIZE')?.value;
    out.push({
      name: 'default-ipv4-ippool',
      origin: 'env',
      resource: cidrEnv.resource,
      path: cidrEnv.path,
      cidrPath: cidrEnv.path,
      cidr,
      disabled: false,
      ipip: envMode('CALICO_IPV4POOL_IPIP'),
      vxlan: envMode('CALICO_IPV4POOL_VXLAN'),
      invalidEncap: false,
      // startup.go evaluateENVBool: only false, 0, no, n, f (any case, untrimmed) turn it off.
      natOutgoing: nat?.value === undefined || nat.value === null ? true : !/^(false|0|no|n|f)$/i.test(nat.value),
      natOutgoingPath: nat ? nat.path : null,
      blockSize: effectiveBlockSize(block && /^\d+$/.test(block.trim()) ? Number(block) : undefined, cidr),
      nodeSelector,
      nodeSelectorText: selectorEnv?.value ?? null,
      nodeSelectorPath: selectorEnv?.path ?? cidrEnv.path,
      loadBalancerOnly: false,
      manual: false,
    });
  }
  return out;
}

/** All declared pools; the env default pool only when no IPPool or Installation pool of IPv4 exists. */
export function poolsOf(model: ClusterModel): PoolView[] {
  return allPools(model);
}

const allPools = derived('calico/pools', (m) => {
  const declared = [...m.byKind('calico/IPPool').map(fromIPPool), ...m.byKind('operator.tigera.io/Installation').flatMap(fromInstallation)];
  const hasV4 = declared.some((p) => p.cidr?.family === 4);
  return hasV4 ? declared : [...declared, ...fromEnv(m).filter((p) => p.cidr !== null)];
});

/** Pools that hand out pod addresses automatically or on request (enabled, not LoadBalancer-only). */
export function podPools(model: ClusterModel): PoolView[] {
  return addressPools(model);
}

const addressPools = derived('calico/pod-pools', (m) => poolsOf(m).filter((p) => !p.disabled && !p.loadBalancerOnly));

/** Whether a pool hands out pod addresses (a set built once per lint, for per-pool questions). */
export function isPodPool(model: ClusterModel, pool: PoolView): boolean {
  return addressPoolSet(model).has(pool);
}

const addressPoolSet = derived('calico/pod-pool-set', (m) => new Set(addressPools(m)));

/** Pools whose findings belong to `resource` (an IPPool, an Installation, or the DaemonSet/ConfigMap of the env pool). */
export function poolsIn(model: ClusterModel, resource: Resource): PoolView[] {
  return poolsByResource(model).get(resource) ?? NO_POOLS;
}

const NO_POOLS: PoolView[] = [];

const poolsByResource = derived('calico/pools-by-resource', (m) => {
  const map = new Map<Resource, PoolView[]>();
  for (const p of poolsOf(m)) map.set(p.resource, [...(map.get(p.resource) ?? []), p]);
  return map;
});

/** Pools handing out pod addresses whose CIDR overlaps `range`, in declaration order. */
export function podPoolsOverlapping(model: ClusterModel, range: AddressInterval): PoolView[] {
  return podPoolIntervals(model).overlapping(range);
}

const podPoolIntervals = derived('calico/pod-pool-index', (m) => byAddress(podPools(m)));

/** Pools with a CIDR, looked up by address, in declaration order. */
function byAddress(pools: readonly PoolView[]): IntervalIndex<PoolView> {
  return new IntervalIndex(pools.filter((p) => p.cidr).map((p) => ({ range: cidrBounds(p.cidr!), item: p })));
}

/** Every declared pool (see poolsOf) whose CIDR overlaps `range`, in declaration order. */
export function poolsOverlapping(model: ClusterModel, range: AddressInterval): PoolView[] {
  return poolIntervals(model).overlapping(range);
}

const poolIntervals = derived('calico/pool-index', (m) => byAddress(poolsOf(m)));

/**
 * The nodes of the inventory (facts.nodes, when known) a pool's nodeSelector selects, in inventory
 * order: found through a label index of the nodes for the selector's most selective requirement
 * (`rack == 'r1'`), once per selector. Thousands of per-rack pools each testing every node were
 * the pools times the nodes.
 */
export function nodesSelectedBy(model: ClusterModel, sel: CalicoSelector): readonly NodeFact[] {
  const selection = nodeSelection(model);
  let found = selection.bySelector.get(sel);
  if (found === undefined) {
    const candidates = selection.index.calicoCandidates(sel, selection.order) ?? model.facts.nodes;
    selection.bySelector.set(sel, (found = candidates.filter((n) => matchesCalicoSelector(sel, n.labels))));
  }
  return found;
}

const nodeSelection = derived('calico/pool-node-selection', (m) => {
  const at = new Map(m.facts.nodes.map((n, i) => [n, i]));
  return {
    index: new LabelIndex(m.facts.nodes, (n) => n.labels),
    order: (a: NodeFact, b: NodeFact) => at.get(a)! - at.get(b)!,
    bySelector: new Map<CalicoSelector, readonly NodeFact[]>(),
  };
});

/** A short description for messages: `IPPool rack-0 (10.0.0.0/24)`. */
export function describePool(p: PoolView): string {
  const where = p.origin === 'IPPool' ? 'IPPool' : p.origin === 'Installation' ? 'Installation pool' : 'calico-node default pool';
  return `${where} ${p.name}${p.cidr ? ` (${p.cidr.text})` : ''}`;
}

/** The resource kinds pool findings can land on. */
export const POOL_KINDS = ['calico/IPPool', 'operator.tigera.io/Installation', 'apps/DaemonSet', 'ConfigMap'] as const;

/**
 * True when the pool serves every node (no nodeSelector, or `all()`: also a blank one, of spaces and
 * tabs). A line break or another kind of space is not blank to Calico's tokenizer (libcalico-go
 * lib/selector/tokenizer/tokenizer.go): such a selector does not parse, like any other broken one.
 */
export function servesAllNodes(p: PoolView): boolean {
  return p.nodeSelectorText === null || isBlankCalicoSelector(p.nodeSelectorText) || p.nodeSelector?.kind === 'all';
}
