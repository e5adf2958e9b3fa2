/**
 * Kubernetes `networking.k8s.io/v1` NetworkPolicy → the normalised policy form, exactly as the
 * API defines it:
 * - `policyTypes` defaults to Ingress, plus Egress when `egress` has at least one rule;
 * - a direction in policyTypes with no rules isolates and allows nothing;
 * - a rule with no `from`/`to` (or an empty list) matches every peer, with no `ports` every port;
 * - peers are ORed; `namespaceSelector` and `podSelector` in one peer are ANDed; a peer with only
 *   `podSelector` is in the policy's namespace; `namespaceSelector: {}` is every namespace;
 * - a port entry without `port` is every port of its protocol (default TCP); `endPort` makes a
 *   range; a named port resolves on the destination's containers with the entry's protocol;
 * - `ipBlock` is `cidr` minus `except`.
 * Calico enforces these as order-1000 policies in its default tier whose rules all Allow.
 */
import { contains, network, parseCidr, parseLegacyCidr } from '../cidr.js';
import type { Cidr } from '../cidr.js';
import type { Path, Resource } from '../types.js';
import { AtomTable, k8sLabelMatch, or } from './atoms.js';
import { asArray, asRecord, dig, namespaceOf } from './endpoints.js';
import { ANY_PORT } from './match.js';
import {
  DEFAULT_TIER,
  KUBERNETES_POLICY_ORDER,
  PROTOCOLS,
  type Cond,
  type Direction,
  type ModelProblem,
  type Policy,
  type PortEntry,
  type PortMatch,
  type Protocol,
  type Rule,
} from './model.js';

export function isKubernetesNetworkPolicy(r: Pick<Resource, 'groupKind'>): boolean {
  return r.groupKind === 'networking.k8s.io/NetworkPolicy' || r.groupKind === 'extensions/NetworkPolicy';
}

/**
 * Parses a CIDR into its network form (with `parse`), or reports it; null when unusable. A policy
 * whose API validates the CIDR (`rejected`: a Kubernetes NetworkPolicy's ipBlock) is refused
 * whole; elsewhere the entry matches nothing.
 */
export function cidrAt(text: unknown, r: Resource, path: Path, problems: ModelProblem[], parse = parseCidr, rejected = false): Cidr | null {
  const parsed = typeof text === 'string' ? parse(text) : { ok: false as const, error: 'not a string' };
  if (!parsed.ok) {
    const message = `invalid CIDR ${JSON.stringify(text)}: ${parsed.error}`;
    problems.push(rejected ? refusal(message, r, path) : { message: `${message}; the peer matches nothing`, resource: r, path });
    return null;
  }
  return network(parsed.cidr);
}

/**
 * Something the API server's validation refuses (kubernetes pkg/apis/networking/validation
 * ValidateNetworkPolicy): the policy never exists in a cluster. Evaluated as written for the lint
 * rules, left out of a cluster built as applied (cluster.ts buildCluster).
 */
function refusal(message: string, r: Resource, path: Path): ModelProblem {
  return { message: `${message}; the API rejects the policy`, resource: r, path, rejected: true };
}

/** The operators of a metav1.LabelSelector requirement (apimachinery `LabelSelectorOperator`). */
const SELECTOR_OPERATORS: readonly unknown[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Reports matchExpressions the API rejects (an unknown operator); evaluated as written, the selector matches nothing. */
function checkSelector(selector: unknown, r: Resource, path: Path, problems: ModelProblem[]): void {
  asArray(dig(selector, ['matchExpressions'])).forEach((e, i) => {
    const operator = dig(e, ['operator']);
    if (!SELECTOR_OPERATORS.includes(operator)) {
      problems.push(refusal(`matchExpressions operator ${JSON.stringify(operator ?? null)} is not In, NotIn, Exists or DoesNotExist`, r, [...path, 'matchExpressions', i, 'operator']));
    }
  });
}

/** `path` is built only for a problem: most peers have none. */
function peerCond(peer: unknown, ns: string, atoms: AtomTable, r: Resource, path: () => Path, problems: ModelProblem[]): Cond {
  const p = asRecord(peer) ?? {};
  const hasPods = p.podSelector !== undefined && p.podSelector !== null;
  const hasNs = p.namespaceSelector !== undefined && p.namespaceSelector !== null;
  if (p.ipBlock !== undefined && p.ipBlock !== null) {
    if (hasPods || hasNs) problems.push(refusal('peer sets ipBlock together with a podSelector or namespaceSelector', r, [...path(), 'ipBlock']));
    const cidr = cidrAt(dig(p, ['ipBlock', 'cidr']), r, [...path(), 'ipBlock', 'cidr'], problems, parseLegacyCidr, true);
    if (cidr === null) return { k: 'none' };
    const except: Cidr[] = [];
    asArray(dig(p, ['ipBlock', 'except'])).forEach((x, i) => {
      const at = [...path(), 'ipBlock', 'except', i];
      const c = cidrAt(x, r, at, problems, parseLegacyCidr, true);
      if (c === null) return;
      // ValidateIPBlock: each entry "must be a strict subset of `cidr`" (same family, inside it, a longer prefix).
      if (c.family !== cidr.family || !contains(cidr, c) || c.prefix <= cidr.prefix) problems.push(refusal(`except entry ${String(x)} is not a strict subset of the cidr ${String(dig(p, ['ipBlock', 'cidr']))}`, r, at));
      except.push(c);
    });
    return atoms.block(cidr, except);
  }
  if (!hasPods && !hasNs) {
    problems.push(refusal('peer sets none of podSelector, namespaceSelector, ipBlock', r, path()));
    return { k: 'none' };
  }
  if (hasNs) checkSelector(p.namespaceSelector, r, [...path(), 'namespaceSelector'], problems);
  if (hasPods) checkSelector(p.podSelector, r, [...path(), 'podSelector'], problems);
  return atoms.kubernetesPods(hasNs ? p.namespaceSelector : null, ns, hasPods ? p.podSelector : undefined);
}

function portMatch(ports: unknown, r: Resource, path: () => Path, problems: ModelProblem[]): PortMatch {
  const list = asArray(ports);
  if (list.length === 0) return ANY_PORT;
  const include: PortEntry[] = [];
  list.forEach((entry, i) => {
    const e = asRecord(entry) ?? {};
    const protocol = (e.protocol ?? 'TCP') as Protocol;
    // What the API server's validation refuses (kubernetes pkg/apis/networking/validation
    // ValidateNetworkPolicyPort): said, and evaluated as written.
    const refused = (message: string, at: string) => problems.push(refusal(message, r, [...path(), i, at]));
    if (!PROTOCOLS.includes(protocol)) {
      refused(`protocol ${String(e.protocol)} is not TCP, UDP or SCTP`, 'protocol');
      return;
    }
    const port = e.port;
    if (port === undefined || port === null) include.push({ protocol });
    else if (typeof port === 'number') {
      const end = typeof e.endPort === 'number' ? e.endPort : port;
      if (!Number.isInteger(port) || port < 1 || port > 65535) refused(`port ${port} is not 1-65535`, 'port');
      else if (typeof e.endPort === 'number' && (e.endPort < port || e.endPort > 65535)) refused(`endPort ${e.endPort} is not from port ${port} to 65535`, 'endPort');
      include.push({ protocol, from: port, to: end });
    } else {
      const name = String(port);
      if (/^\d+$/.test(name)) refused(`port "${name}" is a number written as text, which the API reads as a port name and refuses (write ${name} without quotes); here it names no port`, 'port');
      if (e.endPort !== undefined && e.endPort !== null) refused(`endPort goes only with a numeric port, not the port name "${name}"`, 'endPort');
      include.push({ protocol, name });
    }
  });
  return { include, exclude: [], protocols: null, notProtocols: [] };
}

function rules(spec: Record<string, unknown>, dir: Direction, ns: string, atoms: AtomTable, r: Resource, problems: ModelProblem[]): Rule[] {
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  return asArray(spec[dir]).map((raw, index) => {
    const path = ['spec', dir, index];
    const peers = asArray(dig(raw, [peerKey]));
    const peer = peers.length === 0 ? ({ k: 'all' } as Cond) : or(peers.map((p, i) => peerCond(p, ns, atoms, r, () => [...path, peerKey, i], problems)));
    return { action: 'Allow', index, path, peer, local: { k: 'all' }, ports: portMatch(dig(raw, ['ports']), r, () => [...path, 'ports'], problems) };
  });
}

/** The directions a policy applies to, with the API's defaulting. */
export function kubernetesPolicyTypes(spec: Record<string, unknown>): Direction[] {
  if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 0) {
    const types: Direction[] = [];
    if (spec.policyTypes.includes('Ingress')) types.push('ingress');
    if (spec.policyTypes.includes('Egress')) types.push('egress');
    return types;
  }
  return asArray(spec.egress).length > 0 ? ['ingress', 'egress'] : ['ingress'];
}

export function kubernetesPolicy(r: Resource, atoms: AtomTable, problems: ModelProblem[]): Policy {
  const ns = namespaceOf(r);
  const spec = asRecord(r.value.spec) ?? {};
  const types = kubernetesPolicyTypes(spec);
  asArray(spec.policyTypes).forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') problems.push(refusal(`policyTypes entry ${JSON.stringify(t)} is not Ingress or Egress`, r, ['spec', 'policyTypes', i]));
  });
  checkSelector(spec.podSelector, r, ['spec', 'podSelector'], problems);
  return {
    id: `NetworkPolicy ${ns}/${r.name}`,
    kind: 'NetworkPolicy',
    source: 'kubernetes',
    namespace: ns,
    name: r.name,
    tier: DEFAULT_TIER,
    order: KUBERNETES_POLICY_ORDER,
    subject: atoms.kubernetesPods(null, ns, spec.podSelector),
    ingress: types.includes('ingress') ? rules(spec, 'ingress', ns, atoms, r, problems) : null,
    egress: types.includes('egress') ? rules(spec, 'egress', ns, atoms, r, problems) : null,
    resource: r,
  };
}
