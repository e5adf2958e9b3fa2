/**
 * Random small clusters for the reach contract: namespaces with labels, Pods and workloads with
 * container ports (named and unnamed, TCP/UDP), Kubernetes NetworkPolicies (podSelector,
 * namespaceSelector, both, ipBlock with except, ports by number or name, endPort) and, when asked,
 * Calico NetworkPolicy / GlobalNetworkPolicy. Written from the API documentation, not from netlint.
 */
import fc from 'fast-check';

export interface Selector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}
export interface PolicyPort {
  protocol?: 'TCP' | 'UDP';
  port?: number | string;
  endPort?: number;
}
export interface Peer {
  podSelector?: Selector;
  namespaceSelector?: Selector;
  ipBlock?: { cidr: string; except?: string[] };
}
export interface Rule {
  peers?: Peer[];
  ports?: PolicyPort[];
}
export interface K8sPolicy {
  name: string;
  namespace: string;
  podSelector: Selector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: Rule[];
  egress?: Rule[];
}
export interface ContainerPort {
  containerPort: number;
  protocol: 'TCP' | 'UDP';
  name?: string;
}
export interface Endpoint {
  kind: 'Pod' | 'Deployment' | 'StatefulSet';
  name: string;
  namespace: string;
  labels: Record<string, string>;
  ports: ContainerPort[];
}
export interface Namespace {
  name: string;
  labels: Record<string, string>;
  /** false: the namespace exists only through its objects (no Namespace manifest). */
  declared: boolean;
}
export interface Cluster {
  namespaces: Namespace[];
  endpoints: Endpoint[];
  policies: K8sPolicy[];
  calico: unknown[];
}

const NAMESPACES = ['ns-a', 'ns-b', 'ns-c'];
const POD_LABELS: Record<string, string[]> = { app: ['web', 'api', 'db'], tier: ['front', 'back'] };
const NS_LABELS: Record<string, string[]> = { team: ['red', 'blue'], env: ['prod', 'dev'] };
/** Port numbers a pod may declare; the name `http` goes to whichever of 80/8080 a pod lists first. */
const PORTS: { port: number; protocol: 'TCP' | 'UDP'; name?: string }[] = [
  { port: 80, protocol: 'TCP', name: 'http' },
  { port: 8080, protocol: 'TCP', name: 'http' },
  { port: 5432, protocol: 'TCP', name: 'pg' },
  { port: 53, protocol: 'UDP', name: 'dns' },
  { port: 9000, protocol: 'TCP' },
];
const CIDRS = ['0.0.0.0/0', '10.0.0.0/8', '192.168.0.0/16', '203.0.113.0/24'];
const EXCEPTS: Record<string, string[]> = {
  '0.0.0.0/0': ['10.0.0.0/8', '169.254.169.254/32'],
  '10.0.0.0/8': ['10.1.0.0/16'],
  '192.168.0.0/16': ['192.168.1.0/24'],
  '203.0.113.0/24': [],
};

const labelsFrom = (vocab: Record<string, string[]>) =>
  fc.record(
    Object.fromEntries(Object.entries(vocab).map(([k, vs]) => [k, fc.constantFrom(...vs)])),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;

function selectorOver(vocab: Record<string, string[]>): fc.Arbitrary<Selector> {
  const keys = Object.keys(vocab);
  const expression = fc.constantFrom(...keys).chain((key) =>
    fc.oneof(
      fc.record({ key: fc.constant(key), operator: fc.constantFrom('In' as const, 'NotIn' as const), values: fc.subarray(vocab[key]!, { minLength: 1 }) }),
      fc.record({ key: fc.constant(key), operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const) }),
    ),
  );
  return fc.oneof(
    { arbitrary: fc.constant({}), weight: 2 },
    { arbitrary: labelsFrom(vocab).map((matchLabels) => ({ matchLabels })), weight: 3 },
    { arbitrary: fc.array(expression, { minLength: 1, maxLength: 2 }).map((matchExpressions) => ({ matchExpressions })), weight: 2 },
  );
}

const nsSelector = selectorOver({ ...NS_LABELS, 'kubernetes.io/metadata.name': NAMESPACES });
const podSelector = selectorOver(POD_LABELS);

const policyPort: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const), port: fc.constantFrom(80, 8080, 5432, 53, 9000) }, { requiredKeys: ['port'] }),
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const), port: fc.constantFrom('http', 'pg', 'dns', 'nope') }, { requiredKeys: ['port'] }),
  fc.record({ port: fc.constantFrom(50, 80, 5000), endPort: fc.constantFrom(100, 8080, 9000) }).filter((p) => p.endPort >= (p.port as number)),
  fc.record({ protocol: fc.constantFrom('TCP' as const, 'UDP' as const) }),
);

const ipBlock = fc.constantFrom(...CIDRS).chain((cidr) =>
  fc.subarray(EXCEPTS[cidr]!).map((except) => (except.length > 0 ? { cidr, except } : { cidr })),
);

const peer: fc.Arbitrary<Peer> = fc.oneof(
  fc.record({ podSelector }),
  fc.record({ namespaceSelector: nsSelector }),
  fc.record({ podSelector, namespaceSelector: nsSelector }),
  fc.record({ ipBlock }),
);

const rule: fc.Arbitrary<Rule> = fc.record(
  { peers: fc.array(peer, { maxLength: 2 }), ports: fc.array(policyPort, { maxLength: 2 }) },
  { requiredKeys: [] },
);

const k8sPolicy = (i: number): fc.Arbitrary<K8sPolicy> =>
  fc.record(
    {
      name: fc.constant(`np-${i}`),
      namespace: fc.constantFrom(...NAMESPACES),
      podSelector,
      policyTypes: fc.constantFrom<('Ingress' | 'Egress')[]>(['Ingress'], ['Egress'], ['Ingress', 'Egress']),
      ingress: fc.array(rule, { maxLength: 2 }),
      egress: fc.array(rule, { maxLength: 2 }),
    },
    { requiredKeys: ['name', 'namespace', 'podSelector'] },
  );

const endpoint = (i: number): fc.Arbitrary<Endpoint> =>
  fc.record({
    kind: fc.constantFrom('Pod' as const, 'Deployment' as const, 'StatefulSet' as const),
    name: fc.constant(`w${i}`),
    namespace: fc.constantFrom(...NAMESPACES),
    labels: labelsFrom(POD_LABELS),
    ports: fc.shuffledSubarray(PORTS, { minLength: 1, maxLength: 3 }).map((ports) => {
      let httpTaken = false;
      return ports.map((p) => {
        const out: ContainerPort = { containerPort: p.port, protocol: p.protocol };
        if (p.name === 'http') {
          if (!httpTaken) out.name = 'http';
          httpTaken = true;
        } else if (p.name) out.name = p.name;
        return out;
      });
    }),
  }).map((e) => (Object.keys(e.labels).length === 0 ? { ...e, kind: 'Pod' as const } : e));

const calicoSelector = fc.constantFrom('all()', "app == 'web'", "app != 'db'", 'has(tier)', "app in {'api', 'db'}", "tier == 'back' && app == 'api'", '!has(app)');
const calicoRule = fc.record(
  {
    action: fc.constantFrom('Allow', 'Deny', 'Pass'),
    protocol: fc.constantFrom('TCP', 'UDP'),
    source: fc.record({ selector: calicoSelector, nets: fc.constantFrom(['10.0.0.0/8'], ['0.0.0.0/0']) }, { requiredKeys: [] }),
    destination: fc.record({ selector: calicoSelector, ports: fc.constantFrom([80], [5432, 53], ['8000:9000']) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['action'] },
).map((r) => {
  // Calico only accepts ports together with a protocol that has ports.
  const dst = r.destination as { ports?: unknown } | undefined;
  if (dst?.ports !== undefined && r.protocol === undefined) return { ...r, protocol: 'TCP' };
  return r;
});

const calicoPolicy = (i: number): fc.Arbitrary<unknown> =>
  fc.record({
    global: fc.boolean(),
    namespace: fc.constantFrom(...NAMESPACES),
    order: fc.integer({ min: 0, max: 2000 }),
    selector: calicoSelector,
    types: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']),
    ingress: fc.array(calicoRule, { maxLength: 2 }),
    egress: fc.array(calicoRule, { maxLength: 2 }),
  }).map((p) => ({
    apiVersion: 'projectcalico.org/v3',
    kind: p.global ? 'GlobalNetworkPolicy' : 'NetworkPolicy',
    metadata: p.global ? { name: `gnp-${i}` } : { name: `cnp-${i}`, namespace: p.namespace },
    spec: { order: p.order, selector: p.selector, types: p.types, ingress: p.ingress, egress: p.egress },
  }));

export interface ClusterSize {
  maxEndpoints?: number;
  maxPolicies?: number;
  /** Exactly this many endpoints / Kubernetes policies (for size tests). */
  endpoints?: number;
  policies?: number;
  calico?: boolean;
}

export function clusterArb(options: ClusterSize = {}): fc.Arbitrary<Cluster> {
  const maxEndpoints = options.maxEndpoints ?? 10;
  const maxPolicies = options.maxPolicies ?? 6;
  return fc
    .record({
      namespaces: fc.tuple(...NAMESPACES.map((name) => fc.record({ name: fc.constant(name), labels: labelsFrom(NS_LABELS), declared: fc.boolean() }))),
      endpointCount: options.endpoints !== undefined ? fc.constant(options.endpoints) : fc.integer({ min: 2, max: maxEndpoints }),
      policyCount: options.policies !== undefined ? fc.constant(options.policies) : fc.integer({ min: 0, max: maxPolicies }),
      calicoCount: fc.integer({ min: options.calico ? 1 : 0, max: options.calico ? 3 : 0 }),
    })
    .chain(({ namespaces, endpointCount, policyCount, calicoCount }) =>
      fc.record({
        namespaces: fc.constant(namespaces as Namespace[]),
        endpoints: fc.tuple(...Array.from({ length: endpointCount }, (_, i) => endpoint(i))),
        policies: policyCount === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: policyCount }, (_, i) => k8sPolicy(i))),
        calico: calicoCount === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: calicoCount }, (_, i) => calicoPolicy(i))),
      }),
    );
}

const toPeer = (p: Peer) => ({ ...p });
const toRule = (direction: 'from' | 'to', r: Rule) => {
  const out: Record<string, unknown> = {};
  if (r.peers !== undefined) out[direction] = r.peers.map(toPeer);
  if (r.ports !== undefined) out.ports = r.ports;
  return out;
};

/** One cluster of the given size, the same for the same seed. */
export function sampleCluster(size: ClusterSize, seed: number): Cluster {
  return fc.sample(clusterArb(size), { seed, numRuns: 1 })[0]!;
}

/** The cluster as Kubernetes manifests. */
export function manifests(cluster: Cluster): unknown[] {
  const docs: unknown[] = [];
  for (const ns of cluster.namespaces) {
    if (ns.declared) docs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns.name, labels: ns.labels } });
  }
  for (const e of cluster.endpoints) {
    const podSpec = { containers: [{ name: 'main', image: 'registry.example/app:1', ports: e.ports }] };
    if (e.kind === 'Pod') {
      docs.push({ apiVersion: 'v1', kind: 'Pod', metadata: { name: e.name, namespace: e.namespace, labels: e.labels }, spec: podSpec });
    } else {
      // A workload's selector must match its template (workloads always carry labels here).
      const labels = { ...e.labels };
      docs.push({
        apiVersion: 'apps/v1',
        kind: e.kind,
        metadata: { name: e.name, namespace: e.namespace },
        spec: {
          ...(e.kind === 'StatefulSet' ? { serviceName: e.name } : {}),
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: podSpec },
        },
      });
    }
  }
  for (const p of cluster.policies) {
    const spec: Record<string, unknown> = { podSelector: p.podSelector };
    if (p.policyTypes !== undefined) spec.policyTypes = p.policyTypes;
    if (p.ingress !== undefined) spec.ingress = p.ingress.map((r) => toRule('from', r));
    if (p.egress !== undefined) spec.egress = p.egress.map((r) => toRule('to', r));
    docs.push({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: p.name, namespace: p.namespace }, spec });
  }
  docs.push(...cluster.calico);
  return docs;
}
