/**
 * The reachability model: endpoints (workloads, pods, external CIDR ranges), namespaces and
 * policies normalised into one ordered, Calico-shaped form. A Kubernetes NetworkPolicy becomes a
 * policy of order 1000 in the default tier whose rules all Allow, which is exactly how Calico
 * enforces it and is equivalent to the Kubernetes API semantics (union of allows, isolation of
 * selected pods per direction).
 */
import type { Cidr, Ip } from '../cidr.js';
import type { LabelSelector } from '../selector/label.js';
import type { Path, Resource } from '../types.js';

/** A connection's protocol: the port protocols, and ICMP for echo (ping), which has no port. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP' | 'ICMP';
export type PortProtocol = Exclude<Protocol, 'ICMP'>;
/** The protocols with ports (what containers declare and Kubernetes ports name). */
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/**
 * The ICMP echo (ping) slot of an ordered pair: one more matrix column per destination, with no
 * port (0 here; printed without one). Kubernetes rules without `ports` admit it, rules with ports
 * do not; Calico rules match it by protocol and `icmp` type/code (echo request: type 8, code 0).
 */
export const ICMP_CELL: ContainerPort = { port: 0, protocol: 'ICMP' };
export const ICMP_ECHO: EchoRequest = { type: 8, code: 0 };
/** ICMPv6's echo request (RFC 4443), what ping sends to an IPv6 address. */
export const ICMPV6_ECHO: EchoRequest = { type: 128, code: 0 };
export interface EchoRequest {
  readonly type: number;
  readonly code: number;
}

export const isIcmp = (c: { protocol: Protocol }): boolean => c.protocol === 'ICMP';

export type Direction = 'ingress' | 'egress';
export type Action = 'Allow' | 'Deny' | 'Pass' | 'Log';

/** A port a container declares. `name` is kept so named ports in rules resolve against it. */
export interface ContainerPort {
  port: number;
  protocol: Protocol;
  name?: string;
  /** A port the pod does not declare, evaluated because `reach --port` asked for it. */
  undeclared?: true;
}

export type Labels = Readonly<Record<string, string>>;

export interface NamespaceInfo {
  name: string;
  /** Declared labels plus the implicit `kubernetes.io/metadata.name`. */
  labels: Labels;
  /** `labels` plus Calico's implicit `projectcalico.org/name`, for Calico selectors. */
  calicoLabels: Labels;
  /** False when the namespace is only referenced (no Namespace object in the input). */
  declared: boolean;
  resource?: Resource;
}

/** A workload or pod: one row and one column of the matrix. */
export interface WorkloadEndpoint {
  type: 'workload';
  id: string;
  namespace: string;
  name: string;
  kind: string;
  /** The pod (template) labels as written. */
  labels: Labels;
  /** Pod labels plus Calico's implicit endpoint labels, used by Calico selectors. */
  calicoLabels: Labels;
  ports: ContainerPort[];
  serviceAccount: string;
  /** Labels of the service account (from a ServiceAccount object, else empty). */
  serviceAccountLabels: Labels;
  /** Known pod IPs (`status.podIP(s)` of a Pod); empty for workloads. */
  ips: Ip[];
  /** Without known IPs: the cluster's pod CIDRs (one per family), which its IPs come from, when known. */
  ranges?: Cidr[];
  resource?: Resource;
}

/**
 * An external address range: one atom of the partition of the address space that every
 * `ipBlock` / `nets` CIDR in the input induces, i.e. `cidr` minus the mentioned CIDRs nested in it.
 */
export interface ExternalEndpoint {
  type: 'external';
  id: string;
  cidr: Cidr;
  /** Mentioned CIDRs strictly inside `cidr` that belong to other atoms. */
  holes: Cidr[];
  /** The network sets whose ranges hold this one (it is then named after the first). */
  sets?: NetworkSet[];
}

export type Party = WorkloadEndpoint | ExternalEndpoint;

/** Label matching on endpoints or namespaces: a Kubernetes LabelSelector or a parsed Calico selector. */
export type LabelMatch =
  | { k: 'any' }
  | { k: 'k8s'; selector: LabelSelector }
  /** `keys`: the label keys the selector reads (two label sets that agree on them match alike). */
  | { k: 'calico'; text: string; test: (labels: Labels) => boolean; keys: readonly string[] };

/** Which namespaces an endpoint condition is limited to. */
/** `global`: Calico's `namespaceSelector: global()`, non-namespaced entities (global network sets) only. */
export type NamespaceMatch = { k: 'any' } | { k: 'is'; name: string } | { k: 'labels'; match: LabelMatch } | { k: 'global' };

/**
 * A Calico NetworkSet (namespaced) or GlobalNetworkSet: labelled address ranges that Calico
 * selectors in policy rules pick like endpoints.
 */
export interface NetworkSet {
  /** `NetworkSet ns/name` or `GlobalNetworkSet name`. */
  id: string;
  namespace: string | null;
  labels: Labels;
  nets: Cidr[];
}

/**
 * A condition on the party at one end of a connection. Leaves are "atoms" (evaluated once per
 * endpoint to build equivalence classes); `and`/`or`/`not` combine them.
 */
export type Cond =
  | { k: 'all' }
  | { k: 'none' }
  | { k: 'and'; cs: Cond[] }
  | { k: 'or'; cs: Cond[] }
  | { k: 'not'; c: Cond }
  | Atom;

export type Atom =
  | { k: 'pods'; id: number; ns: NamespaceMatch; pods: LabelMatch }
  | { k: 'serviceAccount'; id: number; ns: NamespaceMatch; names: string[] | null; selector: LabelMatch }
  | { k: 'block'; id: number; cidr: Cidr; except: Cidr[] };

/** One entry of a port match. `protocol` undefined means any protocol (Calico rule without protocol). */
export interface PortEntry {
  protocol?: Protocol;
  /** Inclusive range; absent with no name means every port of the protocol. */
  from?: number;
  to?: number;
  name?: string;
}

export interface PortMatch {
  /** Null: any port. An empty list matches nothing (e.g. only protocols without ports). */
  include: PortEntry[] | null;
  exclude: PortEntry[];
  /** Protocols the rule is limited to (null: any) and excluded protocols (Calico `notProtocol`). */
  protocols: Protocol[] | null;
  notProtocols: Protocol[];
  /** Calico `icmp` / `notICMP`: ICMP type and code the rule needs / excludes (absent: no condition). */
  icmp?: IcmpMatch;
  notIcmp?: IcmpMatch;
  /** The echo request `icmp`/`notICMP` are held against when not IPv4's (ICMP_ECHO): ICMPv6's where ping is IPv6. */
  echo?: EchoRequest;
}

export interface IcmpMatch {
  type?: number;
  code?: number;
}

export interface Rule {
  action: Action;
  /** Index of the rule in its direction list. */
  index: number;
  /** Path of the rule inside the policy object, for positions and explanations. */
  path: Path;
  /** Condition on the other end (ingress: the source; egress: the destination). */
  peer: Cond;
  /** Condition on the policy's own endpoint (Calico ingress `destination` / egress `source` selectors). */
  local: Cond;
  ports: PortMatch;
  /** Why the rule can never match (e.g. it needs source ports, which are ephemeral), if so. */
  inert?: string;
}

export type PolicySource = 'kubernetes' | 'calico';

export interface Policy {
  /** Stable id used in explanations, e.g. `NetworkPolicy x/deny-all`, `GlobalNetworkPolicy allow-dns`. */
  id: string;
  kind: string;
  source: PolicySource;
  namespace: string | null;
  name: string;
  tier: string;
  /** Calico order; `Infinity` when absent. Kubernetes policies are 1000. */
  order: number;
  /** Which endpoints the policy applies to. */
  subject: Cond;
  /** Rules per direction, or null when the policy does not apply to that direction. */
  ingress: Rule[] | null;
  egress: Rule[] | null;
  resource?: Resource;
}

export interface Tier {
  name: string;
  order: number;
  /** What happens to traffic that no rule of the tier matched, for endpoints the tier selects. */
  defaultAction: 'Deny' | 'Pass';
}

/** Something in the input the model could not use as written; rules may report it. */
export interface ModelProblem {
  message: string;
  resource?: Resource;
  path?: Path;
  /**
   * The API server refuses the whole object for this (its validation, or calicoctl's): a cluster
   * never holds it. A cluster built as applied (buildCluster's `applied`) leaves the policy out.
   */
  rejected?: boolean;
}

export interface Cluster {
  namespaces: Map<string, NamespaceInfo>;
  endpoints: WorkloadEndpoint[];
  externals: ExternalEndpoint[];
  policies: Policy[];
  /** Tiers in evaluation order (ascending `order`, then name). */
  tiers: Tier[];
  /** Endpoints left out of the matrix, with the reason (e.g. hostNetwork pods). */
  excluded: { id: string; kind: string; reason: string; resource?: Resource }[];
  problems: ModelProblem[];
  /** Every atom of every policy condition, indexed by `atom.id`. */
  atoms: Atom[];
  networkSets: NetworkSet[];
  /** The pod CIDRs the model took (the first of each family), where pods without a written IP get theirs. */
  podRanges: Cidr[];
}

/** The order Calico gives Kubernetes NetworkPolicies in the default tier. */
export const KUBERNETES_POLICY_ORDER = 1000;
export const DEFAULT_TIER = 'default';
export const DEFAULT_NAMESPACE = 'default';
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
