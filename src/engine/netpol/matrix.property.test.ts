/**
 * The class-based bit-set matrix must agree with the scalar evaluator on every pair, for random
 * small clusters mixing Kubernetes and Calico policies (orders, tiers, Deny / Pass / Log, named
 * ports, ipBlocks, ICMP echo with protocol / notProtocol / icmp / notICMP), and adding an allow-all
 * Kubernetes policy must never close a connection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { buildCluster } from './cluster.js';
import { decideConnection } from './evaluate.js';
import { cells, computeMatrix, explainCell } from './matrix.js';

const NS = ['x', 'y', 'z'];
const label = fc.record({ app: fc.constantFrom('a', 'b', 'c'), tier: fc.constantFrom('web', 'db') }, { requiredKeys: [] });
const PORTS = [
  { containerPort: 80, name: 'http' },
  { containerPort: 81, protocol: 'UDP', name: 'dns' },
  { containerPort: 443, protocol: 'TCP' },
  { containerPort: 81, protocol: 'TCP', name: 'alt' },
];
const ips = ['10.0.0.1', '10.0.1.5', '192.168.1.1'];

const k8sSelector = fc.oneof(
  fc.constant({}),
  label.map((l) => ({ matchLabels: l })),
  fc.record({ matchExpressions: fc.constant([{ key: 'app', operator: 'NotIn', values: ['a'] }]) }),
);
const k8sPeer = fc.oneof(
  k8sSelector.map((s) => ({ podSelector: s })),
  k8sSelector.map((s) => ({ namespaceSelector: s })),
  fc.tuple(k8sSelector, k8sSelector).map(([p, n]) => ({ podSelector: p, namespaceSelector: n })),
  fc.constantFrom({ ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.1.0/24'] } }, { ipBlock: { cidr: '0.0.0.0/0' } }),
);
const k8sPort = fc.constantFrom({ port: 80 }, { port: 'http' }, { port: 'dns', protocol: 'UDP' }, { protocol: 'UDP' }, { port: 80, endPort: 443 });
const k8sRule = (key: 'from' | 'to') =>
  fc.record({ [key]: fc.array(k8sPeer, { maxLength: 2 }), ports: fc.array(k8sPort, { maxLength: 2 }) }, { requiredKeys: [] });
const k8sPolicy = fc.record({
  apiVersion: fc.constant('networking.k8s.io/v1'),
  kind: fc.constant('NetworkPolicy'),
  metadata: fc.record({ name: fc.constantFrom('p1', 'p2', 'p3'), namespace: fc.constantFrom(...NS) }),
  spec: fc.record(
    {
      podSelector: k8sSelector,
      policyTypes: fc.subarray(['Ingress', 'Egress'], { minLength: 1 }),
      ingress: fc.array(k8sRule('from'), { maxLength: 2 }),
      egress: fc.array(k8sRule('to'), { maxLength: 2 }),
    },
    { requiredKeys: ['podSelector'] },
  ),
});

// Namespace labels reach a Calico selector under pcns. (endpoints.ts workloadEndpointCalicoLabels): pods of namespaces
// labelled alike and not must fall in different classes.
const calicoSel = fc.constantFrom('all()', "app == 'a'", "tier == 'db'", 'has(app)', "app != 'b'", "projectcalico.org/namespace == 'y'", "pcns.team == 'red'", "app == 'a' && !has(pcns.team)");
const entity = fc.record(
  {
    selector: calicoSel,
    namespaceSelector: fc.constantFrom("kubernetes.io/metadata.name == 'x'", 'all()', "team == 'red'"),
    notSelector: calicoSel,
    nets: fc.constantFrom(['10.0.0.0/16'], ['192.168.0.0/16']),
    ports: fc.constantFrom([80], ['80:443'], ['http'], ['dns']),
    notPorts: fc.constantFrom([81]),
    // A selector over pcsa. labels to Calico, which also picks network sets (match.ts matchSet); {} adds nothing.
    serviceAccounts: fc.constantFrom({}, { selector: "role != 'x'" }, { names: ['default'] }, { selector: 'all()' }),
  },
  { requiredKeys: [] },
);
const icmpMatch = fc.constantFrom({ type: 8 }, { type: 8, code: 0 }, { type: 0 }, { type: 8, code: 1 });
const calicoRule = fc.record(
  {
    action: fc.constantFrom('Allow', 'Deny', 'Pass', 'Log'),
    protocol: fc.constantFrom('TCP', 'UDP', 'ICMP', 1),
    notProtocol: fc.constantFrom('ICMP', 'TCP'),
    icmp: icmpMatch,
    notICMP: icmpMatch,
    source: entity,
    destination: entity,
  },
  { requiredKeys: ['action'] },
);
const calicoPolicy = fc.record({
  apiVersion: fc.constant('projectcalico.org/v3'),
  kind: fc.constantFrom('NetworkPolicy', 'GlobalNetworkPolicy'),
  metadata: fc.record({ name: fc.constantFrom('c1', 'c2', 'c3'), namespace: fc.constantFrom(...NS) }),
  spec: fc.record(
    {
      order: fc.constantFrom(10, 1000, 2000),
      tier: fc.constantFrom('default', 'security'),
      selector: calicoSel,
      types: fc.subarray(['Ingress', 'Egress'], { minLength: 1 }),
      ingress: fc.array(calicoRule, { maxLength: 3 }),
      egress: fc.array(calicoRule, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
});

const pod = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Pod'),
  metadata: fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), namespace: fc.constantFrom(...NS), labels: label }),
  spec: fc.record({ containers: fc.subarray(PORTS).map((ports) => [{ name: 'c', ports }]) }),
  status: fc.record({ podIP: fc.constantFrom(...ips) }, { requiredKeys: [] }),
});
const namespace = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Namespace'),
  metadata: fc.record({ name: fc.constantFrom(...NS), labels: fc.record({ team: fc.constantFrom('red', 'blue') }, { requiredKeys: [] }) }),
});
const setMetadata = (namespaced: boolean) =>
  fc.record({ name: fc.constantFrom('s1', 's2'), ...(namespaced ? { namespace: fc.constantFrom(...NS) } : {}), labels: fc.record({ app: fc.constantFrom('a', 'b') }, { requiredKeys: [] }) });
// Outside the cluster, or inside the pods' address space (a rule picking it then matches pods by address).
const setNets = fc.record({ nets: fc.constantFrom(['203.0.113.0/24'], ['10.0.0.0/16']) });
const networkSet = fc.oneof(
  fc.record({ apiVersion: fc.constant('projectcalico.org/v3'), kind: fc.constant('NetworkSet'), metadata: setMetadata(true), spec: setNets }),
  fc.record({ apiVersion: fc.constant('projectcalico.org/v3'), kind: fc.constant('GlobalNetworkSet'), metadata: setMetadata(false), spec: setNets }),
);
const tier = fc.record({
  apiVersion: fc.constant('projectcalico.org/v3'),
  kind: fc.constant('Tier'),
  metadata: fc.constant({ name: 'security' }),
  spec: fc.record({ order: fc.constantFrom(100, 100, 2_000_000), defaultAction: fc.constantFrom('Deny', 'Pass') }),
});
const world = fc.tuple(
  fc.uniqueArray(namespace, { selector: (n) => n.metadata.name, maxLength: 3 }),
  fc.uniqueArray(pod, { selector: (p) => `${p.metadata.namespace}/${p.metadata.name}`, minLength: 1, maxLength: 6 }),
  fc.array(fc.oneof(k8sPolicy, calicoPolicy, calicoPolicy), { maxLength: 5 }),
  fc.option(tier, { freq: 4 }),
  fc.uniqueArray(networkSet, { selector: (n) => `${n.kind}/${n.metadata.name}`, maxLength: 2 }),
);

function resourcesOf([nss, pods, policies, t, sets]: [unknown[], unknown[], unknown[], unknown, unknown[]]): ReturnType<typeof objectsToResources> {
  return objectsToResources([...nss, ...pods, ...policies, ...(t === null ? [] : [t]), ...sets]);
}

describe('the class matrix', () => {
  it('equals the scalar evaluator on every pair', () => {
    fc.assert(
      fc.property(world, (w) => {
        const cluster = buildCluster(resourcesOf(w));
        const m = computeMatrix(cluster);
        for (const c of cells(m, { icmp: true })) {
          expect(c.allowed).toBe(decideConnection(cluster, m.index, c.src, c.dst, c.cell, c.dst.ports).allowed);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('explains every pair, from classes, exactly as the scalar evaluator does (reason, policy, rule)', () => {
    let explained = 0;
    let external = 0;
    fc.assert(
      fc.property(world, (w) => {
        const cluster = buildCluster(resourcesOf(w));
        const m = computeMatrix(cluster);
        for (const c of cells(m, { icmp: true })) {
          expect(explainCell(m, c.src, c.dst, c.cell)).toEqual(decideConnection(cluster, m.index, c.src, c.dst, c.cell, c.dst.ports));
          explained++;
        }
        // Toward each external range too (egress only applies there).
        for (const src of cluster.endpoints) {
          for (const x of m.externals) {
            for (const cell of [{ port: 80, protocol: 'TCP' as const }, { port: 81, protocol: 'UDP' as const }]) {
              expect(explainCell(m, src, x, cell)).toEqual(decideConnection(cluster, m.index, src, x, cell, []));
              external++;
            }
          }
        }
      }),
      { numRuns: 600 },
    );
    // The runs looked at something: thousands of cells, some toward ranges.
    expect(explained).toBeGreaterThan(1000);
    expect(external).toBeGreaterThan(100);
  });

  it('never loses a connection when a Kubernetes allow-all policy is added', () => {
    fc.assert(
      fc.property(world, fc.constantFrom(...NS), (w, ns) => {
        const allowAll = {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'allow-all', namespace: ns },
          spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}], egress: [{}] },
        };
        // Only Kubernetes policies: with Calico Deny rules ordered first, allow-all may rightly change nothing.
        const k8sOnly: typeof w = [w[0], w[1], w[2].filter((p) => (p as { kind: string; apiVersion: string }).apiVersion.startsWith('networking')), null, []];
        const before = new Map([...cells(computeMatrix(buildCluster(resourcesOf(k8sOnly))), { icmp: true })].map((c) => [`${c.src.id} ${c.dst.id} ${c.cell.port}/${c.cell.protocol}`, c.allowed] as const));
        const after = computeMatrix(buildCluster(resourcesOf([w[0], w[1], [...k8sOnly[2], allowAll], null, []])));
        for (const c of cells(after, { icmp: true })) {
          if (before.get(`${c.src.id} ${c.dst.id} ${c.cell.port}/${c.cell.protocol}`) === true) expect(c.allowed).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
