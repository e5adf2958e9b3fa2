/**
 * AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1, from
 * kubernetes-sigs/network-policy-api `apis/v1alpha1`) → the normalised policy form, in two tiers
 * around the one NetworkPolicy lives in:
 *
 * - AdminNetworkPolicy: cluster-scoped, `priority` 0-1000 (lower first), `subject` (`namespaces`
 *   or `pods` {namespaceSelector, podSelector}), ordered `ingress`/`egress` rules with action
 *   Allow, Deny or Pass, peers `namespaces` / `pods` (egress also `networks` CIDRs; `nodes` and
 *   `domainNames` are not modelled), `ports` as `portNumber`, `portRange` or `namedPort` (a rule
 *   without ports matches every port and ICMP). Allow and Deny decide even against NetworkPolicy;
 *   Pass, or no rule matching, hands the connection to NetworkPolicy. Calico enforces them in its
 *   `adminnetworkpolicy` tier (order 1,000, default action Pass), `priority` as the order.
 * - BaselineAdminNetworkPolicy: the single object named `default`, rules Allow or Deny, applied
 *   only where no NetworkPolicy isolates the pod in that direction (a tier after the default
 *   tier with default action Pass: an endpoint a NetworkPolicy selects is decided there first).
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

export function isAdminPolicy(r: Pick<Resource, 'group' | 'kind'>): boolean {
  return r.group === ADMIN_GROUP && (r.kind === 'AdminNetworkPolicy' || r.kind === 'BaselineAdminNetworkPolicy');
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

function portMatch(list: unknown): PortMatch {
  if (list === undefined || list === null) return ANY_PORT;
  const include: PortEntry[] = [];
  for (const raw of asArray(list)) {
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
      if (protocol !== null && typeof range.start === 'number' && typeof range.end === 'number') include.push({ protocol, from: range.start, to: range.end });
    } else if (typeof p.namedPort === 'string') include.push({ name: p.namedPort });
  }
  return { include, exclude: [], protocols: null, notProtocols: [] };
}

function rules(spec: Record<string, unknown>, dir: Direction, atoms: AtomTable, r: Resource, problems: ModelProblem[]): Rule[] | null {
  if (spec[dir] === undefined) return null;
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  return asArray(spec[dir]).map((raw, index) => {
    const rule = asRecord(raw) ?? {};
    const path: Path = ['spec', dir, index];
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
    const out: Rule = { action: action === 'Allow' || action === 'Deny' || action === 'Pass' ? action : 'Log', index, path, peer: or(peers), local: { k: 'all' }, ports: portMatch(rule.ports) };
    if (out.action === 'Log') out.inert = 'invalid action';
    return out;
  });
}

export function adminPolicy(r: Resource, atoms: AtomTable, problems: ModelProblem[]): Policy {
  const spec = asRecord(r.value.spec) ?? {};
  const baseline = r.kind === 'BaselineAdminNetworkPolicy';
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
