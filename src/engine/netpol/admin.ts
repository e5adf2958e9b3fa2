/**
 * The cluster-wide policies of kubernetes-sigs/network-policy-api (group policy.networking.k8s.io)
 * → the normalised policy form, in tiers around the one NetworkPolicy lives in.
 *
 * ClusterNetworkPolicy (v1alpha2, network-policy-api v0.2.0), as Calico v3.32 enforces it
 * (libcalico-go/lib/backend/k8s/conversion/clusternetworkpolicy.go): each one becomes a
 * GlobalNetworkPolicy in tier `kube-admin` (`tier: Admin`, order 1,000) or `kube-baseline`
 * (`tier: Baseline`, order 10,000,000), both with default action Pass, ordered by `priority`.
 * Actions Accept (= Allow), Deny and Pass; `subject` and peers `namespaces` or `pods`
 * {namespaceSelector, podSelector}, egress peers also `networks` CIDRs; `protocols` entries `tcp`,
 * `udp` or `sctp` with an optional `destinationPort` (number or range; none: the whole protocol)
 * or `destinationNamedPort`; a rule without protocols matches all traffic, ping included. A rule
 * Calico cannot convert (a peer with only `nodes` or `domainNames`, a bad CIDR, a reversed port
 * range, an unknown action) is replaced by a rule denying everything when its action is Deny or
 * Pass, and dropped when it is Accept; a policy with an unknown tier or no subject is ignored.
 *
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy (v1alpha1), which network-policy-api v0.2.0
 * replaced with ClusterNetworkPolicy and Calico v3.32 no longer enforces (v3.32.0 release notes),
 * are evaluated as Calico v3.29–v3.31 enforced them:
 *
 * - AdminNetworkPolicy: cluster-scoped, `priority` 0-1000 (lower first), `subject` (`namespaces`
 *   or `pods` {namespaceSelector, podSelector}), ordered `ingress`/`egress` rules with action
 *   Allow, Deny or Pass, peers `namespaces` / `pods` (egress also `networks` CIDRs; `nodes` and
 *   `domainNames` are not modelled), `ports` as `portNumber`, `portRange` or `namedPort` (a rule
 *   without ports matches every port and ICMP). Allow and Deny decide even against NetworkPolicy;
 *   Pass, or no rule matching, hands the connection to NetworkPolicy. Calico enforced them in its
 *   `adminnetworkpolicy` tier (order 1,000, default action Pass), `priority` as the order.
 * - BaselineAdminNetworkPolicy: the single object named `default`, rules Allow or Deny, applied
 *   only where no NetworkPolicy isolates the pod in that direction (a tier after the default
 *   tier with default action Pass: an endpoint a NetworkPolicy selects is decided there first).
 *   ClusterNetworkPolicy's Baseline tier works the same way.
 */
import type { Path, Resource } from '../types.js';
import { and, AtomTable, k8sLabelMatch, or } from './atoms.js';
import { asArray, asRecord } from './endpoints.js';
import { cidrAt } from './kubernetes.js';
import { ANY_PORT } from './match.js';
import { PROTOCOLS, type Action, type Cond, type Direction, type ModelProblem, type NamespaceMatch, type Policy, type PortEntry, type PortMatch, type Protocol, type Rule, type Tier } from './model.js';

export const ADMIN_GROUP = 'policy.networking.k8s.io';
export const ADMIN_TIER: Tier = { name: 'adminnetworkpolicy', order: 1_000, defaultAction: 'Pass' };
export const BASELINE_TIER: Tier = { name: 'baselineadminnetworkpolicy', order: 10_000_000, defaultAction: 'Pass' };

/** Calico v3.32's static tiers for ClusterNetworkPolicy (api/pkg/apis/projectcalico/v3/tier.go). */
export const KUBE_ADMIN_TIER: Tier = { name: 'kube-admin', order: 1_000, defaultAction: 'Pass' };
export const KUBE_BASELINE_TIER: Tier = { name: 'kube-baseline', order: 10_000_000, defaultAction: 'Pass' };
export const ADMIN_POLICY_TIERS: readonly Tier[] = [ADMIN_TIER, BASELINE_TIER, KUBE_ADMIN_TIER, KUBE_BASELINE_TIER];

const ADMIN_KINDS = new Set(['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterNetworkPolicy']);

/** An AdminNetworkPolicy, BaselineAdminNetworkPolicy or ClusterNetworkPolicy. */
export function isAdminPolicy(r: Pick<Resource, 'group' | 'kind'>): boolean {
  return r.group === ADMIN_GROUP && ADMIN_KINDS.has(r.kind);
}

function namespaces(selector: unknown): NamespaceMatch {
  const m = k8sLabelMatch(selector);
  return m.k === 'any' ? { k: 'any' } : { k: 'labels', match: m };
}

/** A subject or peer: `namespaces` (every pod there) or `pods` (namespaceSelector AND podSelector). */
function podsCond(v: unknown, atoms: AtomTable): Cond | null {
  const rec = asRecord(v) ?? {};
  if (rec.namespaces !== undefined) return atoms.pods(namespaces(rec.namespaces), { k: 'any' });
  const pods = asRecord(rec.pods);
  if (pods !== undefined) return atoms.pods(namespaces(pods.namespaceSelector), k8sLabelMatch(pods.podSelector));
  return null;
}

/**
 * An AdminNetworkPolicy or BaselineAdminNetworkPolicy rule's `ports` as Calico v3.31 reads them
 * (libcalico-go lib/backend/k8s/conversion/conversion.go `unpackANPPorts`), or why it cannot: a
 * range whose start is above its end fails numorstring's port parsing, and with it the rule.
 */
function portMatch(list: unknown, path: Path): PortMatch | Unconvertible {
  if (list === undefined || list === null) return ANY_PORT;
  const include: PortEntry[] = [];
  for (const [i, raw] of asArray(list).entries()) {
    const p = asRecord(raw) ?? {};
    const protocolOf = (v: unknown): Protocol | null => {
      const text = v === undefined ? 'TCP' : String(v);
      return PROTOCOLS.includes(text as Protocol) ? (text as Protocol) : null;
    };
    const number = asRecord(p.portNumber);
    const range = asRecord(p.portRange);
    if (number !== undefined) {
      const protocol = protocolOf(number.protocol);
      if (protocol !== null && typeof number.port === 'number') include.push({ protocol, from: number.port, to: number.port });
    } else if (range !== undefined) {
      const protocol = protocolOf(range.protocol);
      if (typeof range.start === 'number' && typeof range.end === 'number' && range.start > range.end) {
        return { why: `port range ${range.start}-${range.end} starts above its end`, path: [...path, i, 'portRange'] };
      }
      if (protocol !== null && typeof range.start === 'number' && typeof range.end === 'number') include.push({ protocol, from: range.start, to: range.end });
    } else if (typeof p.namedPort === 'string') include.push({ name: p.namedPort });
  }
  return { include, exclude: [], protocols: null, notProtocols: [] };
}

/**
 * A rule Calico cannot convert: it replaces a Deny or Pass rule with one that denies all traffic
 * and drops an Allow (Accept) rule (conversion.go `k8sANPHandleFailedRules`, and the same for
 * ClusterNetworkPolicy).
 */
function failedRule(r: Resource, dir: Direction, index: number, path: Path, action: unknown, { why, path: at }: Unconvertible, problems: ModelProblem[], out: Rule[]): void {
  const failClosed = action === 'Deny' || action === 'Pass';
  problems.push({ message: `${r.kind} ${r.name}: ${dir} rule ${index}: ${why}; Calico ${failClosed ? 'replaces the rule with one that denies all traffic' : 'drops the rule'}`, resource: r, path: at });
  if (failClosed) out.push({ action: 'Deny', index, path, peer: { k: 'all' }, local: { k: 'all' }, ports: ANY_PORT });
}

function rules(spec: Record<string, unknown>, dir: Direction, atoms: AtomTable, r: Resource, problems: ModelProblem[]): Rule[] | null {
  if (spec[dir] === undefined) return null;
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  const out: Rule[] = [];
  asArray(spec[dir]).forEach((raw, index) => {
    const rule = asRecord(raw) ?? {};
    const path: Path = ['spec', dir, index];
    const ports = portMatch(rule.ports, [...path, 'ports']);
    if (isUnconvertible(ports)) return failedRule(r, dir, index, path, rule.action, ports, problems, out);
    const peers: Cond[] = [];
    asArray(rule[peerKey]).forEach((peer, i) => {
      const pods = podsCond(peer, atoms);
      if (pods !== null) return void peers.push(pods);
      const networks = asRecord(peer)?.networks;
      if (dir === 'egress' && networks !== undefined) {
        asArray(networks).forEach((n, j) => {
          const c = cidrAt(n, r, [...path, peerKey, i, 'networks', j], problems);
          if (c !== null) peers.push(atoms.block(c, []));
        });
        return;
      }
      problems.push({ message: `${r.kind} peer ${Object.keys(asRecord(peer) ?? {}).join(', ') || '(empty)'} is not modelled (only namespaces, pods and networks); it matches nothing here`, resource: r, path: [...path, peerKey, i] });
    });
    const action = rule.action as Action;
    const converted: Rule = { action: action === 'Allow' || action === 'Deny' || action === 'Pass' ? action : 'Log', index, path, peer: or(peers), local: { k: 'all' }, ports };
    if (converted.action === 'Log') converted.inert = 'invalid action';
    out.push(converted);
  });
  return out;
}

/**
 * What the v1alpha1 CRDs refuse that reach would otherwise evaluate silently
 * (network-policy-api v0.1.x apis/v1alpha1: `priority` 0–1000; a BaselineAdminNetworkPolicy
 * named `default`; a subject, peer or port entry with exactly one field (MaxProperties=1); at least
 * one peer per rule (MinItems=1)). lint's admin-policy rules report them too.
 */
function refusedByTheApi(r: Resource, spec: Record<string, unknown>, baseline: boolean): { text: string; path: Path }[] {
  const out: { text: string; path: Path }[] = [];
  const one = (v: unknown, what: string, path: Path) => {
    const keys = Object.keys(asRecord(v) ?? {});
    if (keys.length > 1) out.push({ text: `${what} sets ${keys.join(' and ')}; exactly one is allowed`, path });
  };
  if (!baseline && (typeof spec.priority !== 'number' || !Number.isInteger(spec.priority) || spec.priority < 0 || spec.priority > 1000)) {
    out.push({ text: spec.priority === undefined ? 'priority is missing' : `priority ${JSON.stringify(spec.priority)} is not a whole number from 0 to 1000`, path: ['spec', 'priority'] });
  }
  if (baseline && r.name !== 'default') out.push({ text: 'a BaselineAdminNetworkPolicy must be named "default"', path: ['metadata', 'name'] });
  one(spec.subject, 'the subject', ['spec', 'subject']);
  for (const [dir, key] of [['ingress', 'from'], ['egress', 'to']] as const) {
    asArray(spec[dir]).forEach((raw, i) => {
      const rule = asRecord(raw) ?? {};
      if (Array.isArray(rule[key]) && rule[key].length === 0) out.push({ text: `${dir} rule ${i} has an empty ${key}; at least one peer is required`, path: ['spec', dir, i, key] });
      asArray(rule[key]).forEach((peer, j) => one(peer, `${dir} rule ${i} peer ${j}`, ['spec', dir, i, key, j]));
      asArray(rule.ports).forEach((port, j) => one(port, `${dir} rule ${i} port ${j}`, ['spec', dir, i, 'ports', j]));
    });
  }
  return out;
}

export function adminPolicy(r: Resource, atoms: AtomTable, problems: ModelProblem[]): Policy {
  if (r.kind === 'ClusterNetworkPolicy') return clusterNetworkPolicy(r, atoms, problems);
  problems.push({ message: `${r.kind} ${r.name}: Calico v3.32 and later do not enforce ${r.kind} (network-policy-api v0.2.0 replaced it with ClusterNetworkPolicy); evaluated as Calico v3.31 enforced it`, resource: r, path: ['kind'] });
  const spec = asRecord(r.value.spec) ?? {};
  const baseline = r.kind === 'BaselineAdminNetworkPolicy';
  for (const why of refusedByTheApi(r, spec, baseline)) problems.push({ message: `${r.kind} ${r.name}: ${why.text}; the API server refuses the policy`, resource: r, path: why.path, rejected: true });
  const subject = podsCond(spec.subject, atoms);
  if (subject === null) problems.push({ message: `${r.kind} subject sets neither namespaces nor pods; it selects nothing here`, resource: r, path: ['spec', 'subject'] });
  return {
    id: `${r.kind} ${r.name}`,
    kind: r.kind,
    source: 'kubernetes',
    namespace: null,
    name: r.name,
    tier: baseline ? BASELINE_TIER.name : ADMIN_TIER.name,
    order: baseline ? 0 : typeof spec.priority === 'number' ? spec.priority : Infinity,
    subject: and([subject ?? { k: 'none' }]),
    ingress: rules(spec, 'ingress', atoms, r, problems),
    egress: rules(spec, 'egress', atoms, r, problems),
    resource: r,
  };
}

const CNP_ACTIONS: Readonly<Record<string, Action>> = { Accept: 'Allow', Deny: 'Deny', Pass: 'Pass' };
const CNP_PROTOCOLS = [
  ['tcp', 'TCP'],
  ['udp', 'UDP'],
  ['sctp', 'SCTP'],
] as const;

/** Why Calico cannot convert a rule, and where. */
interface Unconvertible {
  why: string;
  path: Path;
}

/** A ClusterNetworkPolicy rule's `protocols` as Calico reads them (`unpackCNPProtocols`), or why it cannot. */
function cnpPorts(list: unknown, path: Path): PortMatch | Unconvertible {
  const entries = asArray(list);
  if (entries.length === 0) return ANY_PORT;
  const include: PortEntry[] = [];
  for (const [i, raw] of entries.entries()) {
    const entry = asRecord(raw) ?? {};
    // Calico looks at tcp, then udp, then sctp, then destinationNamedPort; the first one set wins.
    const set = CNP_PROTOCOLS.find(([key]) => entry[key] !== undefined && entry[key] !== null);
    if (set !== undefined) {
      const [key, protocol] = set;
      const port = asRecord(asRecord(entry[key])?.destinationPort);
      const range = asRecord(port?.range);
      if (typeof port?.number === 'number' && port.number !== 0) include.push({ protocol, from: port.number, to: port.number });
      else if (range !== undefined) {
        const { start, end } = range;
        if (typeof start !== 'number' || typeof end !== 'number' || start > end) {
          return { why: `port range ${JSON.stringify(start)}-${JSON.stringify(end)} is not a range`, path: [...path, i, key, 'destinationPort', 'range'] };
        }
        include.push({ protocol, from: start, to: end });
      } else include.push({ protocol });
    } else if (typeof entry.destinationNamedPort === 'string' && entry.destinationNamedPort !== '') include.push({ name: entry.destinationNamedPort });
    else return ANY_PORT; // an entry naming nothing: Calico matches all traffic
  }
  return { include, exclude: [], protocols: null, notProtocols: [] };
}

/** One ClusterNetworkPolicy peer → its condition (several fields: their intersection, as Calico's one rule), or why Calico cannot convert it. */
function cnpPeer(peer: unknown, dir: Direction, atoms: AtomTable, r: Resource, path: Path): Cond | Unconvertible {
  const rec = asRecord(peer) ?? {};
  const parts: Cond[] = [];
  const pods = podsCond(rec, atoms);
  if (pods !== null) parts.push(pods);
  const networks = asArray(rec.networks);
  if (dir === 'egress' && networks.length > 0) {
    const blocks: Cond[] = [];
    for (const [j, n] of networks.entries()) {
      const c = cidrAt(n, r, [...path, 'networks', j], []);
      if (c === null) return { why: `networks[${j}] ${JSON.stringify(n)} is not a CIDR`, path: [...path, 'networks', j] };
      blocks.push(atoms.block(c, []));
    }
    parts.push(or(blocks));
  }
  if (parts.length === 0) {
    const fields = Object.keys(rec).join(', ') || '(empty)';
    return { why: `peer ${fields} has none of the fields Calico converts (namespaces, pods${dir === 'egress' ? ', networks' : ''})`, path };
  }
  return and(parts);
}

function isUnconvertible(v: Cond | PortMatch | Unconvertible): v is Unconvertible {
  return 'why' in v;
}

function cnpRules(spec: Record<string, unknown>, dir: Direction, atoms: AtomTable, r: Resource, problems: ModelProblem[]): Rule[] | null {
  if (spec[dir] === undefined) return null;
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  const out: Rule[] = [];
  asArray(spec[dir]).forEach((raw, index) => {
    const rule = asRecord(raw) ?? {};
    const path: Path = ['spec', dir, index];
    const unconvertible = (u: Unconvertible) => failedRule(r, dir, index, path, rule.action, u, problems, out);
    const action = typeof rule.action === 'string' ? CNP_ACTIONS[rule.action] : undefined;
    if (action === undefined) return unconvertible({ why: `action ${JSON.stringify(rule.action)} is not Accept, Deny or Pass`, path: [...path, 'action'] });
    const ports = cnpPorts(rule.protocols, [...path, 'protocols']);
    if (isUnconvertible(ports)) return unconvertible(ports);
    const peers: Cond[] = [];
    for (const [i, peer] of asArray(rule[peerKey]).entries()) {
      const cond = cnpPeer(peer, dir, atoms, r, [...path, peerKey, i]);
      if (isUnconvertible(cond)) return unconvertible(cond);
      peers.push(cond);
    }
    out.push({ action, index, path, peer: or(peers), local: { k: 'all' }, ports });
  });
  return out;
}

function clusterNetworkPolicy(r: Resource, atoms: AtomTable, problems: ModelProblem[]): Policy {
  const spec = asRecord(r.value.spec) ?? {};
  const tier = spec.tier === 'Admin' ? KUBE_ADMIN_TIER : spec.tier === 'Baseline' ? KUBE_BASELINE_TIER : null;
  if (tier === null) problems.push({ message: `ClusterNetworkPolicy ${r.name}: tier ${JSON.stringify(spec.tier)} is neither Admin nor Baseline; Calico ignores the policy`, resource: r, path: ['spec', 'tier'] });
  const subject = podsCond(spec.subject, atoms);
  if (subject === null) problems.push({ message: `ClusterNetworkPolicy ${r.name}: subject sets neither namespaces nor pods; Calico ignores the policy`, resource: r, path: ['spec', 'subject'] });
  return {
    id: `ClusterNetworkPolicy ${r.name}`,
    kind: r.kind,
    source: 'kubernetes',
    namespace: null,
    name: r.name,
    tier: (tier ?? KUBE_ADMIN_TIER).name,
    // Calico's order is the priority as written (0 when absent).
    order: typeof spec.priority === 'number' ? spec.priority : 0,
    subject: tier === null || subject === null ? { k: 'none' } : and([subject]),
    ingress: cnpRules(spec, 'ingress', atoms, r, problems),
    egress: cnpRules(spec, 'egress', atoms, r, problems),
    resource: r,
  };
}
