/**
 * Calico `projectcalico.org/v3` (and `crd.projectcalico.org/v1`) NetworkPolicy and
 * GlobalNetworkPolicy, and Tiers, → the normalised policy form.
 *
 * - `order` ascending; a missing order sorts after every ordered policy (+∞), ties by name.
 * - `types` default: Ingress when there are no egress rules; Egress alone when there are only
 *   egress rules; both when both are present.
 * - Rules: `action` Allow / Deny / Pass / Log; `protocol` / `notProtocol` (TCP, UDP, SCTP, ICMP,
 *   ICMPv6 or their numbers), `icmp` / `notICMP` type and code against the echo request of the
 *   pods' first IP family (echoFamily); for ingress the `source` is the peer and `destination`
 *   narrows the policy's own endpoint and the port; for
 *   egress the other way round. `selector`, `notSelector`, `namespaceSelector`,
 *   `serviceAccounts`, `nets`, `notNets`, destination `ports` / `notPorts` (numbers, `a:b`
 *   ranges, named ports resolved on the destination), and `services` (services.ts): an egress
 *   destination Service is its selected pods on its target ports, an ingress source Service its
 *   pods (Felix matches the first on endpoint IPs and ports, the second on IPs alone:
 *   felix/calc/rule_scanner.go).
 * - A rule `selector` of a namespaced policy selects in the policy's namespace unless
 *   `namespaceSelector` is given; in a GlobalNetworkPolicy it selects in every namespace.
 * - Implicit labels: `projectcalico.org/namespace`, `projectcalico.org/orchestrator`,
 *   `projectcalico.org/serviceaccount` on endpoints, `projectcalico.org/name` on namespaces.
 *
 * - Felix renders a rule once per IP family and drops it for a family its `ipVersion` names not,
 *   or for which one of its written `nets`/`notNets` lists keeps no entry (felix/rules/policy.go
 *   FilterRuleToIPVersion): with the pod CIDRs known, a rule no family of the cluster keeps never
 *   matches; without them the pods are taken to be IPv4 (match.ts blockContains).
 * - Source `ports`/`notPorts` meet the client's ephemeral port (Linux picks it from 32768–60999,
 *   net.ipv4.ip_local_port_range): ports covering that range match every connection, ports outside
 *   it none, `notPorts` outside it change nothing.
 *
 * Limits (each reported as a model problem, never silently): source ports that cover part of the
 * ephemeral range; a `services` match naming a Service the input does not hold (other than the
 * cluster DNS Service) or one without a selector, and `http` matches, are not modelled (the rule
 * is inert); `preDNAT` / `doNotTrack` policies apply to host endpoints only and are skipped.
 */
import { parseCalicoCidrOrIp } from '../calico-formats.js';
import { formatCalicoSelector, isBlankCalicoSelector, parseCalicoSelector, trimCalicoWhitespace, matchesCalicoSelector, selectorLabelKeys, type CalicoSelector } from '../selector/calico.js';
import type { Path, Resource } from '../types.js';
import { and, AtomTable, not, or } from './atoms.js';
import type { SetPickingAtom } from './match.js';
import type { Cidr } from '../cidr.js';
import { CALICO_NAME_LABEL, asArray, asRecord, dig, namespaceOf } from './endpoints.js';
import { cidrAt } from './kubernetes.js';
import { serviceKey, type ServiceIndex } from './services.js';
import {
  DEFAULT_TIER,
  ICMPV6_ECHO,
  PROTOCOLS,
  type Action,
  type Atom,
  type Cond,
  type Direction,
  type IcmpMatch,
  type LabelMatch,
  type ModelProblem,
  type NamespaceMatch,
  type Policy,
  type PortEntry,
  type PortMatch,
  type Protocol,
  type Rule,
  type Tier,
} from './model.js';

/** The API groups Calico's resources are served under (the projectcalico.org API server, and the CRDs behind it). */
export const CALICO_GROUPS: ReadonlySet<string> = new Set(['projectcalico.org', 'crd.projectcalico.org']);
const ACTIONS: readonly Action[] = ['Allow', 'Deny', 'Pass', 'Log'];
const PROTOCOL_NUMBERS: Record<string, Protocol> = { '6': 'TCP', '17': 'UDP', '132': 'SCTP' };
/** The protocol of ping in each IP family, by name and by number (1: ICMP, 58: ICMPv6). */
const ECHO_PROTOCOLS: Record<4 | 6, readonly string[]> = { 4: ['ICMP', '1'], 6: ['ICMPv6', '58'] };

/** The default tier's order (Calico documents 1,000,000) and default action. */
export const DEFAULT_TIER_ORDER = 1_000_000;

export function isCalicoPolicy(r: Pick<Resource, 'group' | 'kind'>): boolean {
  return CALICO_GROUPS.has(r.group) && (r.kind === 'NetworkPolicy' || r.kind === 'GlobalNetworkPolicy');
}

/**
 * Whether Calico's validator reads the object before it is stored: the projectcalico.org/v3 API
 * (calicoctl, or the Calico API server) validates it (libcalico-go/lib/validator/v3); the
 * crd.projectcalico.org/v1 CRDs written with kubectl are stored as they are.
 */
function validated(r: Resource): boolean {
  return r.group === 'projectcalico.org';
}

function calicoMatch(text: unknown, r: Resource, path: Path, problems: ModelProblem[]): LabelMatch {
  if (text === undefined || text === null) return { k: 'any' };
  const source = String(text);
  const trimmed = trimCalicoWhitespace(source);
  if (trimmed === '' || trimmed === 'all()') return { k: 'any' };
  const parsed = parseCalicoSelector(source);
  if (!parsed.ok) {
    const message = `Calico selector ${JSON.stringify(source)} does not parse (${parsed.error.message})`;
    problems.push(validated(r) ? { message: `${message}; Calico's validator rejects the policy`, resource: r, path, rejected: true } : { message: `${message}; it matches nothing`, resource: r, path });
    return { k: 'calico', text: source, test: () => false, keys: [] };
  }
  const sel = parsed.selector;
  return { k: 'calico', text: source, test: (labels) => matchesCalicoSelector(sel, labels), keys: selectorLabelKeys(sel) };
}

const nonEmpty = (v: unknown): boolean => v !== undefined && v !== null && String(v) !== '';

/**
 * A blank selector (spaces and tabs: `all()` to Calico's parser) that libcalico-go joins as text
 * with another selector: the namespace of a namespaced policy, a namespaceSelector, a service
 * account selector. Its update processors then build `(…) && (  )` (updateprocessors/rules.go
 * getEndpointSelector) or `(  ) && …` (networkpolicyprocessor.go, globalnetworkpolicyprocessor.go),
 * which does not parse, and Felix panics on a policy or rule selector that does not parse
 * (felix/calc/active_rules_calculator.go, rule_scanner.go; v3.32.1). Calico's validator accepts it.
 * Reported, and taken to match nothing, like any selector that does not parse; null otherwise.
 */
function blankJoined(text: unknown, joined: boolean, r: Resource, path: Path, problems: ModelProblem[]): LabelMatch | null {
  if (!joined || !nonEmpty(text) || !isBlankCalicoSelector(String(text))) return null;
  problems.push({
    message: `Calico selector ${JSON.stringify(String(text))} is blank: libcalico-go joins it with the namespace or another selector into one that does not parse, which Felix cannot load; it matches nothing`,
    resource: r,
    path,
  });
  return { k: 'calico', text: String(text), test: () => false, keys: [] };
}

function protocolOf(v: unknown, echoFamily: 4 | 6): Protocol[] | null {
  if (v === undefined || v === null) return null;
  const text = String(v);
  if (ECHO_PROTOCOLS[echoFamily].includes(text)) return ['ICMP'];
  const p = PROTOCOLS.includes(text as Protocol) ? (text as Protocol) : PROTOCOL_NUMBERS[text];
  // The other family's ICMP, UDPLite and other protocols have no column in this matrix: the rule matches no cell.
  return p === undefined ? [] : [p];
}

/**
 * The IP family of ping in the matrix's echo slot: a pod's first address (status.podIPs[0]) is of
 * the family of the cluster's first pod CIDR, so `ping <pod IP>` sends an ICMP echo request over
 * IPv4, or over IPv6 an ICMPv6 one (type 128, RFC 4443), which Calico rules match with protocol
 * ICMPv6 and not with ICMP (felix/rules/policy.go renders each for its own IP version).
 */
function echoFamily(scope: Scope): 4 | 6 {
  return scope.families[0] ?? 4;
}

/** Calico `icmp` / `notICMP`: `{type, code}` (Calico's validator needs a type when a code is given). */
function icmpOf(v: unknown): IcmpMatch | undefined {
  const rec = asRecord(v);
  if (rec === undefined) return undefined;
  const out: IcmpMatch = {};
  if (typeof rec.type === 'number') out.type = rec.type;
  if (typeof rec.code === 'number') out.code = rec.code;
  return out;
}

function portEntries(list: unknown, protocol: Protocol | undefined): PortEntry[] {
  return asArray(list).map((p) => {
    if (typeof p === 'number') return { protocol, from: p, to: p };
    const text = String(p);
    const range = /^(\d+):(\d+)$/.exec(text);
    if (range) return { protocol, from: Number(range[1]), to: Number(range[2]) };
    if (/^\d+$/.test(text)) return { protocol, from: Number(text), to: Number(text) };
    return { protocol, name: text };
  });
}

interface Scope {
  /** The policy's namespace, or null for a GlobalNetworkPolicy. */
  namespace: string | null;
  atoms: AtomTable;
  r: Resource;
  problems: ModelProblem[];
  services: ServiceIndex;
  /** The IP families the pods have: those of the pod CIDRs, IPv4 when they are not known. */
  families: readonly (4 | 6)[];
  /** The ranges of the network sets a rule selector atom picks that may hold pod addresses (cluster.ts). */
  setNets?: SetNets;
}

/** Per rule selector (or serviceAccounts) atom, the ranges of the network sets it picks that may hold a pod's address. */
export type SetNets = (atom: SetPickingAtom) => readonly Cidr[];

/**
 * A rule selector's atom as Felix matches it: by address. The selector's IP set holds the
 * addresses of the endpoints it picks and the CIDRs of the network sets it picks
 * (felix/labelindex/named_port_index.go: extractCIDRsFromWorkloadEndpoint,
 * extractCIDRsFromNetworkSet), so a pod inside a picked set's range matches whatever its labels
 * (a GlobalNetworkSet of 0.0.0.0/0 picked for "the internet" holds every IPv4 pod). The set's
 * ranges that may hold pods are added as address blocks; a pod whose address is not written is
 * placed in them as for `nets` (match.ts blockContains). A policy's own selector picks endpoints
 * by labels alone: this is for rules only.
 */
function byAddress(atom: Atom, scope: Scope): Cond {
  if ((atom.k !== 'pods' && atom.k !== 'serviceAccount') || scope.setNets === undefined) return atom;
  const nets = scope.setNets(atom);
  return nets.length === 0 ? atom : or([atom, ...nets.map((c) => scope.atoms.block(c, []))]);
}

/**
 * A rule's `namespaceSelector` other than a bare `global()`, as a match over namespace labels that
 * also says whether it covers global network sets. libcalico-go turns it into a selector over the
 * endpoint's labels, each label key prefixed `pcns.`, with `all()` rewritten to
 * `has(projectcalico.org/namespace)` and `global()` to its negation, anywhere in the expression
 * (updateprocessors/rules.go getEndpointSelector). Pods and namespaced network sets inherit the
 * `pcns.` labels from their namespace's profile, which always holds `pcns.projectcalico.org/name`
 * (k8s/conversion NamespaceToProfile, updateprocessors/networksetprocessor.go); a global network
 * set has neither (globalnetworksetprocessor.go). So here `all()` is `has(projectcalico.org/name)`
 * and `global()` its negation, tested on a namespace's Calico labels or, for a global set, on no
 * labels (match.ts matchSet): `projectcalico.org/name != 'kube-system'` or `!has(team)` pick global
 * sets too, `global() || team == 'b'` picks them and team b's namespaces.
 */
function ruleNamespaceMatch(text: string, r: Resource, path: Path, problems: ModelProblem[]): LabelMatch {
  const trimmed = trimCalicoWhitespace(text);
  if (trimmed === 'all()') return { k: 'any' };
  const parsed = parseCalicoSelector(text);
  if (!parsed.ok || !someFunction(parsed.selector)) return calicoMatch(text, r, path, problems);
  const sel = namespacedOnly(parsed.selector);
  return { k: 'calico', text: formatCalicoSelector(sel), test: (labels) => matchesCalicoSelector(sel, labels), keys: selectorLabelKeys(sel) };
}

/** The label every namespace carries in Calico's view of it (`projectcalico.org/name`), and no global entity. */
const NAMESPACE_NAME_KEY = CALICO_NAME_LABEL;

function someFunction(sel: CalicoSelector): boolean {
  if (sel.kind === 'all' || sel.kind === 'global') return true;
  if (sel.kind === 'not') return someFunction(sel.operand);
  if (sel.kind === 'and' || sel.kind === 'or') return sel.operands.some(someFunction);
  return false;
}

function namespacedOnly(sel: CalicoSelector): CalicoSelector {
  switch (sel.kind) {
    case 'all':
      return { kind: 'has', label: NAMESPACE_NAME_KEY };
    case 'global':
      return { kind: 'not', operand: { kind: 'has', label: NAMESPACE_NAME_KEY } };
    case 'not':
      return { kind: 'not', operand: namespacedOnly(sel.operand) };
    case 'and':
    case 'or':
      return { kind: sel.kind, operands: sel.operands.map(namespacedOnly) };
    default:
      return sel;
  }
}

/**
 * `all()` as a rule selector: unlike a policy's own `all()` it also picks network sets (in the
 * namespaces in scope), so it is kept as a Calico selector that every label set passes.
 */
const CALICO_ALL: LabelMatch = { k: 'calico', text: 'all()', test: () => true, keys: [] };

/**
 * A selector field as Calico reads it: only an empty string is no selector (updateprocessors/rules.go
 * tests `!= ""`). A blank one (spaces and tabs) is `all()`; one with a line break or another kind of
 * space around it does not parse (the tokenizer skips spaces and tabs only).
 */
function written(v: unknown): string | undefined {
  return nonEmpty(v) ? String(v) : undefined;
}

/**
 * A Calico EntityRule (source or destination) as a condition on the endpoint or address it names,
 * as libcalico-go turns it into one selector (updateprocessors/rules.go getEndpointSelector): a
 * namespaceSelector scopes it (`all()` every namespace, `global()` none: global network sets and
 * host endpoints; one that holds for a namespace without labels also covers global network sets:
 * ruleNamespaceMatch), else a namespaced policy's rule is scoped to its namespace once any of
 * selector, notSelector or namespaceSelector is written; the scope with no selector picks every
 * endpoint and network set in it. notSelector then excludes what it matches.
 */
function entityCond(e: Record<string, unknown>, scope: Scope, path: Path): Cond {
  const { atoms, r, problems } = scope;
  const parts: Cond[] = [];
  const selector = written(e.selector);
  const namespaceSelector = written(e.namespaceSelector);
  const notSelector = written(e.notSelector);
  let ns: NamespaceMatch = scope.namespace === null ? { k: 'any' } : { k: 'is', name: scope.namespace };
  if (namespaceSelector !== undefined) {
    // libcalico-go replaces global() in the parsed and printed namespaceSelector, so `global( )` is
    // global() too; a line break around it does not parse.
    const parsed = parseCalicoSelector(namespaceSelector);
    ns = parsed.ok && parsed.selector.kind === 'global' ? { k: 'global' } : { k: 'labels', match: ruleNamespaceMatch(namespaceSelector, r, [...path, 'namespaceSelector'], problems) };
  }
  // A blank rule selector is all(), which also picks network sets.
  const ruleMatch = (text: string, at: Path): LabelMatch => {
    const trimmed = trimCalicoWhitespace(text);
    return trimmed === '' || trimmed === 'all()' ? CALICO_ALL : calicoMatch(text, r, at, problems);
  };
  const sa = asRecord(e.serviceAccounts);
  const saWritten = sa !== undefined && (nonEmpty(sa.selector) || asArray(sa.names).length > 0);
  const blankSelector = blankJoined(selector, namespaceSelector !== undefined || scope.namespace !== null || saWritten, r, [...path, 'selector'], problems);
  if (selector !== undefined) parts.push(byAddress(atoms.pods(ns, blankSelector ?? ruleMatch(selector, [...path, 'selector'])), scope));
  else if (namespaceSelector !== undefined || (notSelector !== undefined && scope.namespace !== null)) parts.push(byAddress(atoms.pods(ns, CALICO_ALL), scope));
  // A serviceAccounts with neither names nor a selector adds nothing (parseServiceAccounts returns
  // no selector for it), as if it were not written.
  if (sa !== undefined && saWritten) {
    const names = sa.names === undefined ? null : asArray(sa.names).map(String);
    const saMatch = calicoMatch(sa.selector, r, [...path, 'serviceAccounts', 'selector'], problems);
    parts.push(byAddress(atoms.serviceAccount(ns, names, saMatch), scope));
  }
  if (notSelector !== undefined) parts.push(not(byAddress(atoms.pods({ k: 'any' }, ruleMatch(notSelector, [...path, 'notSelector'])), scope)));
  const blocks = (key: 'nets' | 'notNets'): Cond =>
    or(
      asArray(e[key]).flatMap((n, i) => {
        const c = cidrAt(n, r, [...path, key, i], problems, parseCalicoCidrOrIp);
        return c === null ? [] : [atoms.block(c, [])];
      }),
    );
  if (e.nets !== undefined) parts.push(blocks('nets'));
  if (e.notNets !== undefined) parts.push(not(blocks('notNets')));
  return and(parts);
}

function calicoRule(raw: unknown, dir: Direction, index: number, scope: Scope): Rule {
  const { r, problems } = scope;
  const path: Path = ['spec', dir, index];
  const rule = asRecord(raw) ?? {};
  const source = asRecord(rule.source) ?? {};
  const destination = asRecord(rule.destination) ?? {};
  const peerEntity = dir === 'ingress' ? source : destination;
  const localEntity = dir === 'ingress' ? destination : source;
  const family = echoFamily(scope);
  const protocols = protocolOf(rule.protocol, family);
  const single = protocols !== null && protocols.length === 1 ? protocols[0] : undefined;
  const ports: PortMatch = {
    include: destination.ports === undefined ? null : portEntries(destination.ports, single),
    exclude: portEntries(destination.notPorts, single),
    protocols,
    notProtocols: protocolOf(rule.notProtocol, family) ?? [],
  };
  const icmp = icmpOf(rule.icmp);
  const notIcmp = icmpOf(rule.notICMP);
  if (icmp !== undefined) ports.icmp = icmp;
  if (notIcmp !== undefined) ports.notIcmp = notIcmp;
  if (family === 6 && (icmp !== undefined || notIcmp !== undefined)) ports.echo = ICMPV6_ECHO;
  let action = rule.action as Action;
  if (!ACTIONS.includes(action)) {
    const message = `rule action ${JSON.stringify(rule.action)} is not Allow, Deny, Pass or Log`;
    problems.push(validated(r) ? { message: `${message}; Calico's validator rejects the policy`, resource: r, path: [...path, 'action'], rejected: true } : { message: `${message}; the rule is ignored`, resource: r, path: [...path, 'action'] });
    action = 'Log';
  }
  const peerPath = [...path, dir === 'ingress' ? 'source' : 'destination'];
  let inert = ACTIONS.includes(rule.action as Action) ? neverMatches(rule, source, destination, localEntity, scope.families) : { why: 'invalid action' };
  if (inert?.limit) problems.push({ message: `rule ${inert.why}; it is treated as never matching`, resource: r, path: inert.at === 'source' ? [...path, 'source'] : path });
  // An http match is Envoy's to decide per request (application layer policy); Felix renders the
  // rule's L3/L4 part alone (felix/calc/rule_convert.go hands HTTPMatch to Dikastes only, and
  // felix/rules never reads it), so the connection is matched without it.
  if (rule.http !== undefined && rule.http !== null && inert === undefined) {
    problems.push({ message: 'rule has an http match, which Envoy applies per request with application layer policy; Felix matches the connection without it, and so does reach', resource: r, path: [...path, 'http'] });
  }
  let peer: Cond;
  const serviceMatch = asRecord(peerEntity.services);
  if (serviceMatch !== undefined && inert === undefined) {
    const toService = serviceCond(serviceMatch, scope);
    if (typeof toService === 'string') {
      inert = { why: toService };
      problems.push({ message: `rule ${toService}; it is treated as never matching`, resource: r, path: [...peerPath, 'services'] });
      peer = { k: 'none' };
    } else {
      peer = toService.peer;
      // Toward a Service the rule matches its endpoints' ports (Calico refuses ports beside it there).
      if (dir === 'egress') ports.include = toService.ports;
    }
  } else peer = entityCond(peerEntity, scope, peerPath);
  const out: Rule = {
    action,
    index,
    path,
    peer,
    local: entityCond(localEntity, scope, [...path, dir === 'ingress' ? 'destination' : 'source']),
    ports,
  };
  if (inert !== undefined) out.inert = inert.why;
  return out;
}

/**
 * Why a rule with a valid action never matches a pod-to-pod connection here, if it does not: Felix
 * drops it for every IP family the pods have, its source ports miss the ephemeral ones, or it
 * needs what netlint does not model (`limit`, reported as a problem; `at` the rule's source).
 */
function neverMatches(
  rule: Record<string, unknown>,
  source: Record<string, unknown>,
  destination: Record<string, unknown>,
  local: Record<string, unknown>,
  families: readonly (4 | 6)[],
): { why: string; limit?: true; at?: 'source' } | undefined {
  if (!families.some((f) => keptForFamily(rule, source, destination, f))) {
    return { why: `is for IPv${families[0] === 4 ? 6 : 4} only (its ipVersion, protocol or nets), and the pods are IPv${families.join(' and IPv')}` };
  }
  const fromPorts = sourcePorts(source);
  if (fromPorts === 'none') return { why: 'matches source ports outside 32768-60999, which clients do not use' };
  if (fromPorts === 'some') return { why: 'matches some of the ephemeral source ports (32768-60999) clients use, which netlint does not model', limit: true, at: 'source' };
  if (local.services !== undefined) return { why: `uses a services match on its ${source === local ? 'source' : 'destination'} (the policy's own pods), which netlint does not model`, limit: true };
  return undefined;
}

/**
 * A `services` match as the pods behind the Service and its target ports, or why it cannot be
 * (services.ts). Without a `namespace` it matches nothing: the v3 API's ServiceMatch comment says an
 * empty one means the policy's namespace, but libcalico-go hands the empty namespace on
 * (updateprocessors/rules.go RuleAPIV3ToBackend) and Felix looks the Service up as "/<name>"
 * (felix/calc/rule_scanner.go), a key no EndpointSlice has (felix/serviceindex keys them
 * "<namespace>/<service>"), so the rule's IP set stays empty (Calico v3.32.1). A
 * GlobalNetworkPolicy must name it (validator).
 */
function serviceCond(match: Record<string, unknown>, scope: Scope): { peer: Cond; ports: PortEntry[] } | string {
  const name = String(match.name ?? '');
  if (typeof match.namespace !== 'string' || match.namespace === '') {
    return `names Service ${name} without a namespace, which Felix looks up as "/${name}" and finds no endpoint for (the API's comment promises the policy's namespace; Calico v3.32 does not do it): write namespace`;
  }
  const key = serviceKey(match.namespace, name);
  const service = scope.services.get(key);
  if (service === undefined) return `names Service ${key}, which is not in the input`;
  if (service.selector === null) return `names Service ${key}, which has no selector (its endpoints are not known here)`;
  return { peer: scope.atoms.kubernetesPods(null, service.namespace, { matchLabels: service.selector }), ports: service.ports };
}

/** Linux's default ephemeral ports (net.ipv4.ip_local_port_range, Documentation/networking/ip-sysctl.rst). */
const EPHEMERAL_FROM = 32768;
const EPHEMERAL_TO = 60999;

/**
 * How a rule's source `ports` and `notPorts` meet a client's ephemeral port: every one (`all`, also
 * when none are written), none, or some. A named source port is a port the source declares, never
 * an ephemeral one.
 */
function sourcePorts(source: Record<string, unknown>): 'all' | 'none' | 'some' {
  if (source.notPorts === undefined && (source.ports === undefined || source.ports === null)) return 'all';
  const ranges = (list: unknown) => portEntries(list, undefined).map((p) => (p.name !== undefined ? null : [p.from ?? 0, p.to ?? 0] as const)).filter((x) => x !== null);
  const overlaps = (rs: readonly (readonly [number, number])[]) => rs.some(([a, b]) => a <= EPHEMERAL_TO && b >= EPHEMERAL_FROM);
  const excluded = ranges(source.notPorts);
  if (overlaps(excluded)) return 'some';
  if (source.ports === undefined || source.ports === null || asArray(source.ports).length === 0) return 'all';
  const included = ranges(source.ports).sort((x, y) => x[0] - y[0]);
  if (!overlaps(included)) return 'none';
  let reached = EPHEMERAL_FROM - 1;
  for (const [a, b] of included) if (a <= reached + 1) reached = Math.max(reached, b);
  return reached >= EPHEMERAL_TO ? 'all' : 'some';
}

/**
 * Whether Felix keeps the rule for IP family `family` (felix/rules/policy.go FilterRuleToIPVersion,
 * filterNets), its version written or taken from its protocol (protocolIpVersion).
 */
function keptForFamily(rule: Record<string, unknown>, source: Record<string, unknown>, destination: Record<string, unknown>, family: 4 | 6): boolean {
  const version = rule.ipVersion === 4 || rule.ipVersion === 6 ? rule.ipVersion : protocolIpVersion(rule.protocol);
  if (version !== null && version !== family) return false;
  return netsKeep(source.nets, false, family) && netsKeep(source.notNets, true, family) && netsKeep(destination.nets, false, family) && netsKeep(destination.notNets, true, family);
}

/**
 * The IP version Felix gives a Calico rule without `ipVersion` from its protocol: ICMP is IPv4,
 * ICMPv6 IPv6 (felix/calc/rule_convert.go ipVersionToProtoIPVersion, on the lower-cased protocol of
 * the backend model: libcalico-go updateprocessors/rules.go convertV3ProtocolToV1); null for any
 * other protocol, a number included, and the rule is rendered for both versions.
 */
export function protocolIpVersion(protocol: unknown): 4 | 6 | null {
  if (typeof protocol !== 'string') return null;
  const p = protocol.toLowerCase();
  return p === 'icmp' ? 4 : p === 'icmpv6' ? 6 : null;
}

/**
 * Whether one written `nets` or `notNets` list keeps the rule for `family`: no entries, or some of
 * that family; a negated catch-all drops the rule (filterNets isCatchAllCIDR).
 */
function netsKeep(list: unknown, negated: boolean, family: 4 | 6): boolean {
  if (!Array.isArray(list) || list.length === 0) return true;
  let ofFamily = false;
  for (let i = 0; i < list.length; i++) {
    const net = felixNet(String(list[i]));
    if (net.family !== family) continue;
    if (negated && net.catchAll) return false;
    ofFamily = true;
  }
  return ofFamily;
}

/**
 * A `nets` entry as Felix gets it: the String() of its cnet.ParseCIDROrIP network
 * (libcalico-go updateprocessors/rules.go ConvertStringsToNets, felix/calc/rule_convert.go), whose
 * family filterNets reads from a ":" and whose catch-all is "0.0.0.0/0" or "::/0":
 * `::ffff:10.0.0.0/104` is 10.0.0.0/8, `10.0.0.0/00` is 0.0.0.0/0. An entry that does not parse is
 * judged by its text.
 */
function felixNet(text: string): { family: 4 | 6; catchAll: boolean } {
  const parsed = parseCalicoCidrOrIp(text);
  if (!parsed.ok) return { family: text.includes(':') ? 6 : 4, catchAll: /\/0$/.test(text) };
  return { family: parsed.cidr.family, catchAll: parsed.cidr.prefix === 0 };
}

/** Calico's `types` defaulting. */
export function calicoPolicyTypes(spec: Record<string, unknown>): Direction[] {
  if (Array.isArray(spec.types) && spec.types.length > 0) {
    const types: Direction[] = [];
    if (spec.types.includes('Ingress')) types.push('ingress');
    if (spec.types.includes('Egress')) types.push('egress');
    return types;
  }
  const hasIngress = asArray(spec.ingress).length > 0;
  const hasEgress = asArray(spec.egress).length > 0;
  if (hasEgress && !hasIngress) return ['egress'];
  return hasEgress ? ['ingress', 'egress'] : ['ingress'];
}

export function calicoPolicy(r: Resource, atoms: AtomTable, problems: ModelProblem[], services: ServiceIndex = new Map(), families: readonly (4 | 6)[] = [4], setNets?: SetNets): Policy | null {
  const global = r.kind === 'GlobalNetworkPolicy';
  const spec = asRecord(r.value.spec) ?? {};
  if (spec.preDNAT === true || spec.doNotTrack === true) {
    problems.push({ message: 'preDNAT / doNotTrack policies apply to host endpoints only; not part of the pod matrix', resource: r, path: ['spec'] });
    return null;
  }
  const namespace = global ? null : namespaceOf(r);
  const scope: Scope = { namespace, atoms, r, problems, services, families, ...(setNets ? { setNets } : {}) };
  const nsMatch: NamespaceMatch =
    namespace !== null
      ? { k: 'is', name: namespace }
      : spec.namespaceSelector === undefined
        ? { k: 'any' }
        : { k: 'labels', match: calicoMatch(spec.namespaceSelector, r, ['spec', 'namespaceSelector'], problems) };
  const joined = namespace !== null || nonEmpty(spec.namespaceSelector) || nonEmpty(spec.serviceAccountSelector);
  const subject = blankJoined(spec.selector, joined, r, ['spec', 'selector'], problems) ?? calicoMatch(spec.selector, r, ['spec', 'selector'], problems);
  const subjectParts: Cond[] = [atoms.pods(nsMatch, subject)];
  if (spec.serviceAccountSelector !== undefined) {
    subjectParts.push(atoms.serviceAccount(nsMatch, null, calicoMatch(spec.serviceAccountSelector, r, ['spec', 'serviceAccountSelector'], problems)));
  }
  const types = calicoPolicyTypes(spec);
  const order = typeof spec.order === 'number' ? spec.order : typeof spec.order === 'string' && spec.order.trim() !== '' && !Number.isNaN(Number(spec.order)) ? Number(spec.order) : Infinity;
  const rulesOf = (dir: Direction): Rule[] | null =>
    types.includes(dir) ? asArray(spec[dir]).map((raw, i) => calicoRule(raw, dir, i, scope)) : null;
  return {
    id: global ? `GlobalNetworkPolicy ${r.name}` : `CalicoNetworkPolicy ${namespace}/${r.name}`,
    kind: r.kind,
    source: 'calico',
    namespace,
    name: r.name,
    tier: typeof spec.tier === 'string' && spec.tier !== '' ? spec.tier : DEFAULT_TIER,
    order,
    subject: and(subjectParts),
    ingress: rulesOf('ingress'),
    egress: rulesOf('egress'),
    resource: r,
  };
}

/**
 * Tiers in evaluation order: declared Tier objects, the default tier, and any tier a policy names.
 * Felix sorts tiers that exist by ascending order (none: last), ties by name, and a tier that
 * policies name but that does not exist after all of them, by name; such a tier's end drops, as
 * its default action is not Pass (felix/calc/policy_sorter.go TierLess and its `Valid` flag,
 * felix/rules/endpoints.go endpointIptablesChain).
 */
export function calicoTiers(resources: readonly Resource[], policies: readonly Policy[], problems: ModelProblem[], builtin: readonly Tier[] = []): Tier[] {
  const tiers = new Map<string, Tier>([[DEFAULT_TIER, { name: DEFAULT_TIER, order: DEFAULT_TIER_ORDER, defaultAction: 'Deny' }], ...builtin.map((t) => [t.name, t] as const)]);
  for (const r of resources) {
    if (!CALICO_GROUPS.has(r.group) || r.kind !== 'Tier') continue;
    const order = dig(r.value, ['spec', 'order']);
    const defaultAction = dig(r.value, ['spec', 'defaultAction']) === 'Pass' ? 'Pass' : 'Deny';
    tiers.set(r.name, { name: r.name, order: typeof order === 'number' ? order : Infinity, defaultAction });
  }
  const missing = new Map<string, Tier>();
  for (const p of policies) {
    if (tiers.has(p.tier) || missing.has(p.tier)) continue;
    problems.push({ message: `policy ${p.id} names tier ${p.tier}, which is not in the input; it is evaluated after every tier that is, with default action Deny`, ...(p.resource ? { resource: p.resource } : {}), path: ['spec', 'tier'] });
    missing.set(p.tier, { name: p.tier, order: Infinity, defaultAction: 'Deny' });
  }
  const byOrderThenName = (a: Tier, b: Tier) => (a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...[...tiers.values()].sort(byOrderThenName), ...[...missing.values()].sort(byOrderThenName)];
}
