/**
 * AdminNetworkPolicy before NetworkPolicy (by priority; Allow and Deny decide, Pass hands over),
 * BaselineAdminNetworkPolicy after it (only where no NetworkPolicy isolates the pod), as
 * kubernetes-sigs/network-policy-api v1alpha1 defines them.
 */
import { describe, expect, it } from 'vitest';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { buildCluster, LEFT_OUT } from './cluster.js';
import { computeMatrix, explainCell } from './matrix.js';
import { reach } from './reach.js';

const pod = (ns: string, name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels: { app: name } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } });
const nsObj = (name: string, labels: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } });
const base = [nsObj('x', { env: 'prod' }), nsObj('y', { env: 'dev' }), pod('x', 'db'), pod('y', 'client')];

const anp = (name: string, priority: number, action: string, ports?: unknown[]) => ({
  apiVersion: 'policy.networking.k8s.io/v1alpha1',
  kind: 'AdminNetworkPolicy',
  metadata: { name },
  spec: { priority, subject: { namespaces: { matchLabels: { env: 'prod' } } }, ingress: [{ name: 'r', action, from: [{ namespaces: { matchLabels: { env: 'dev' } } }], ...(ports ? { ports } : {}) }] },
});
const banp = (action: string) => ({
  apiVersion: 'policy.networking.k8s.io/v1alpha1',
  kind: 'BaselineAdminNetworkPolicy',
  metadata: { name: 'default' },
  spec: { subject: { pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: 'db' } } } }, ingress: [{ action, from: [{ namespaces: {} }] }] },
});
const np = (ingress: unknown[]) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'db', namespace: 'x' }, spec: { podSelector: { matchLabels: { app: 'db' } }, ingress } });
const allowClient = np([{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'client' } } }] }]);

/** client -> db on 80 and ping: verdict and the ingress reason. */
function clientToDb(...policies: unknown[]) {
  const cluster = buildCluster(objectsToResources([...base, ...policies]));
  const m = computeMatrix(cluster);
  const db = cluster.endpoints.find((e) => e.name === 'db')!;
  const client = cluster.endpoints.find((e) => e.name === 'client')!;
  const tcp = explainCell(m, client, db, db.ports[0]);
  const icmp = explainCell(m, client, db, { port: 0, protocol: 'ICMP' });
  const cls = (e: typeof db) => m.classes.findIndex((c) => c.members.includes(e));
  const t = m.targets.find((x) => x.cls === cls(db) && x.cell.port === 80)!;
  expect(m.ingress[t.index].has(cls(client))).toBe(tcp.ingress.allowed);
  return { tcp, icmp };
}

describe('AdminNetworkPolicy', () => {
  it('Deny decides before a NetworkPolicy that allows', () => {
    const { tcp } = clientToDb(anp('deny-dev', 10, 'Deny'), allowClient);
    expect(tcp.ingress).toMatchObject({ allowed: false, reason: 'rule', policy: 'AdminNetworkPolicy deny-dev', tier: 'adminnetworkpolicy', action: 'Deny' });
  });
  it('Allow decides before a NetworkPolicy that would deny', () => {
    const { tcp } = clientToDb(anp('allow-dev', 10, 'Allow'), np([]));
    expect(tcp.ingress).toMatchObject({ allowed: true, policy: 'AdminNetworkPolicy allow-dev', action: 'Allow' });
  });
  it('the lower priority number goes first', () => {
    expect(clientToDb(anp('a-deny', 20, 'Deny'), anp('b-allow', 5, 'Allow')).tcp.ingress).toMatchObject({ allowed: true, policy: 'AdminNetworkPolicy b-allow' });
    expect(clientToDb(anp('a-deny', 5, 'Deny'), anp('b-allow', 20, 'Allow')).tcp.ingress).toMatchObject({ allowed: false, policy: 'AdminNetworkPolicy a-deny' });
  });
  it('Pass hands the connection to NetworkPolicy, which then decides', () => {
    expect(clientToDb(anp('pass', 10, 'Pass'), anp('deny', 20, 'Deny'), allowClient).tcp.ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/db' });
    expect(clientToDb(anp('pass', 10, 'Pass'), np([])).tcp.ingress).toMatchObject({ allowed: false, reason: 'tier-default', policy: 'NetworkPolicy x/db' });
  });
  it('a rule with ports matches only those ports (not ping); without ports every port and ping', () => {
    const { tcp, icmp } = clientToDb(anp('deny-81', 10, 'Deny', [{ portNumber: { protocol: 'TCP', port: 81 } }]));
    expect([tcp.allowed, icmp.allowed]).toEqual([true, true]);
    const all = clientToDb(anp('deny-all', 10, 'Deny'));
    expect([all.tcp.allowed, all.icmp.allowed]).toEqual([false, false]);
    expect(clientToDb(anp('deny-range', 10, 'Deny', [{ portRange: { protocol: 'TCP', start: 70, end: 90 } }])).tcp.allowed).toBe(false);
  });
  it('a rule with a range starting above its end fails in Calico: an Allow rule is dropped, a Deny or Pass rule denies everything (k8sANPHandleFailedRules)', () => {
    const reversed = [{ portRange: { start: 10, end: 1 } }, { portNumber: { protocol: 'TCP', port: 80 } }];
    // The Allow rule is gone: the Deny below it decides, for port 80 too.
    expect(clientToDb(anp('allow-80', 10, 'Allow', reversed), anp('deny', 20, 'Deny')).tcp.ingress).toMatchObject({ allowed: false, policy: 'AdminNetworkPolicy deny' });
    // The Deny rule becomes deny-all: ping and other ports too, and a problem names the range.
    const { tcp, icmp } = clientToDb(anp('deny-81', 10, 'Deny', [{ portRange: { start: 90, end: 81 } }]));
    expect([tcp.allowed, icmp.allowed]).toEqual([false, false]);
    const cluster = buildCluster(objectsToResources([...base, anp('deny-81', 10, 'Deny', [{ portRange: { start: 90, end: 81 } }])]));
    expect(cluster.problems.map((p) => p.message)).toContain('AdminNetworkPolicy deny-81: ingress rule 0: port range 90-81 starts above its end; Calico replaces the rule with one that denies all traffic');
  });
});

describe('admin policies the v1alpha1 CRDs refuse', () => {
  it('are evaluated as written for the lint rules, and left out of the cluster as applied, with a problem that says the API server refuses them', () => {
    const bad = anp('too-high', 1001, 'Deny');
    (bad.spec.ingress[0] as Record<string, unknown>).from = [{ namespaces: {}, pods: { namespaceSelector: {}, podSelector: {} } }];
    const wrongName = { ...banp('Deny'), metadata: { name: 'baseline' } };
    const resources = objectsToResources([...base, bad, wrongName]);
    const written = buildCluster(resources);
    expect(written.problems.map((p) => p.message).filter((m) => m.includes('the API server refuses'))).toEqual([
      'AdminNetworkPolicy too-high: priority 1001 is not a whole number from 0 to 1000; the API server refuses the policy',
      'AdminNetworkPolicy too-high: ingress rule 0 peer 0 sets namespaces and pods; exactly one is allowed; the API server refuses the policy',
      'BaselineAdminNetworkPolicy baseline: a BaselineAdminNetworkPolicy must be named "default"; the API server refuses the policy',
    ]);
    expect(written.policies.map((p) => p.id)).toEqual(['AdminNetworkPolicy too-high', 'BaselineAdminNetworkPolicy baseline']);
    const applied = buildCluster(resources, [], undefined, { applied: true });
    expect(applied.policies).toEqual([]);
    expect(applied.problems.map((p) => p.message).filter((m) => m.includes('refuses'))).toEqual(written.problems.map((p) => p.message).filter((m) => m.includes('refuses')).map((m) => `${m}, ${LEFT_OUT}`));
    // Nothing of a policy left out stays behind: no atom of its peers splits the endpoints.
    expect(applied.atoms).toEqual([]);
    expect(buildCluster(objectsToResources([...base, anp('ok', 10, 'Deny'), banp('Deny')])).problems.filter((p) => p.message.includes('refuses'))).toEqual([]);
  });
});

describe('BaselineAdminNetworkPolicy', () => {
  it('applies where no NetworkPolicy selects the pod', () => {
    expect(clientToDb(banp('Deny')).tcp.ingress).toMatchObject({ allowed: false, policy: 'BaselineAdminNetworkPolicy default', tier: 'baselineadminnetworkpolicy' });
  });
  it('is not reached when a NetworkPolicy isolates the pod: the NetworkPolicy decides', () => {
    expect(clientToDb(banp('Deny'), allowClient).tcp.ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/db' });
    expect(clientToDb(banp('Allow'), np([])).tcp.ingress).toMatchObject({ allowed: false, reason: 'tier-default' });
  });
  it('gets what an AdminNetworkPolicy passes when no NetworkPolicy selects the pod', () => {
    expect(clientToDb(anp('pass', 10, 'Pass'), banp('Deny')).tcp.ingress).toMatchObject({ allowed: false, policy: 'BaselineAdminNetworkPolicy default' });
  });
});

/**
 * ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2) as Calico v3.32 converts it
 * (libcalico-go/lib/backend/k8s/conversion/clusternetworkpolicy.go): tiers kube-admin and
 * kube-baseline, Accept = Allow, `protocols` entries, and rules it cannot convert.
 */
const cnp = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'policy.networking.k8s.io/v1alpha2', kind: 'ClusterNetworkPolicy', metadata: { name }, spec });
const fromDev = [{ namespaces: { matchLabels: { env: 'dev' } } }];
const onProd = { namespaces: { matchLabels: { env: 'prod' } } };
const admin = (name: string, priority: number, action: string, extra: Record<string, unknown> = {}) =>
  cnp(name, { tier: 'Admin', priority, subject: onProd, ingress: [{ name: 'r', action, from: fromDev, ...extra }] });
const baseline = (action: string, extra: Record<string, unknown> = {}) =>
  cnp('baseline', { tier: 'Baseline', priority: 0, subject: { pods: { namespaceSelector: {}, podSelector: { matchLabels: { app: 'db' } } } }, ingress: [{ action, from: [{ namespaces: {} }], ...extra }] });

function problemsOf(...policies: unknown[]) {
  return buildCluster(objectsToResources([...base, ...policies])).problems.map((p) => p.message);
}

describe('ClusterNetworkPolicy, tier Admin', () => {
  it('Deny decides in tier kube-admin before a NetworkPolicy that allows; Accept allows before one that denies', () => {
    expect(clientToDb(admin('deny-dev', 10, 'Deny'), allowClient).tcp.ingress).toMatchObject({ allowed: false, reason: 'rule', policy: 'ClusterNetworkPolicy deny-dev', tier: 'kube-admin', action: 'Deny' });
    expect(clientToDb(admin('accept-dev', 10, 'Accept'), np([])).tcp.ingress).toMatchObject({ allowed: true, policy: 'ClusterNetworkPolicy accept-dev', action: 'Allow' });
  });
  it('orders by priority, and Pass hands the connection to NetworkPolicy', () => {
    expect(clientToDb(admin('a-deny', 20, 'Deny'), admin('b-accept', 5, 'Accept')).tcp.ingress).toMatchObject({ allowed: true, policy: 'ClusterNetworkPolicy b-accept' });
    expect(clientToDb(admin('a-deny', 5, 'Deny'), admin('b-accept', 20, 'Accept')).tcp.ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy a-deny' });
    expect(clientToDb(admin('pass', 1, 'Pass'), admin('deny', 2, 'Deny'), allowClient).tcp.ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/db' });
  });
  it('protocols: a port, a range, a whole protocol, a named port; none at all matches every port and ping', () => {
    const deny = (protocols: unknown[]) => clientToDb(admin('deny', 10, 'Deny', { protocols }));
    const verdicts = (r: ReturnType<typeof deny>) => [r.tcp.allowed, r.icmp.allowed];
    expect(verdicts(deny([{ tcp: { destinationPort: { number: 81 } } }]))).toEqual([true, true]);
    expect(verdicts(deny([{ udp: { destinationPort: { number: 80 } } }]))).toEqual([true, true]);
    expect(verdicts(deny([{ tcp: { destinationPort: { number: 80 } } }]))).toEqual([false, true]);
    expect(verdicts(deny([{ tcp: { destinationPort: { range: { start: 70, end: 90 } } } }]))).toEqual([false, true]);
    expect(verdicts(deny([{ sctp: {} }, { tcp: {} }]))).toEqual([false, true]);
    expect(verdicts(deny([{ destinationNamedPort: 'web' }]))).toEqual([true, true]);
    expect(verdicts(clientToDb(admin('deny', 10, 'Deny')))).toEqual([false, false]);
    // An entry that names nothing makes Calico match all traffic.
    expect(verdicts(deny([{ tcp: { destinationPort: { number: 81 } } }, {}]))).toEqual([false, false]);
  });
  it('destinationNamedPort matches the port the pod names, whatever its protocol', () => {
    const db = { ...pod('x', 'db'), spec: { containers: [{ name: 'c', ports: [{ containerPort: 80, name: 'web' }] }] } };
    const cluster = buildCluster(objectsToResources([base[0], base[1], db, base[3], admin('deny-web', 10, 'Deny', { protocols: [{ destinationNamedPort: 'web' }] })]));
    const m = computeMatrix(cluster);
    const [target, client] = ['db', 'client'].map((n) => cluster.endpoints.find((e) => e.name === n)!);
    expect(explainCell(m, client, target, target.ports[0]).ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy deny-web' });
    expect(explainCell(m, client, target, { port: 0, protocol: 'ICMP' }).allowed).toBe(true);
  });
  it('a rule Calico cannot convert denies everything when it is Deny or Pass, and is dropped when it is Accept', () => {
    // A peer with only `nodes` (egress-only in the API, and not converted by Calico): the Deny rule becomes deny-all.
    const nodesOnly = { from: [{ nodes: { matchLabels: { role: 'edge' } } }] };
    expect(clientToDb(admin('deny-nodes', 10, 'Deny', nodesOnly), allowClient).tcp.ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy deny-nodes', action: 'Deny' });
    expect(clientToDb(admin('pass-nodes', 10, 'Pass', nodesOnly), allowClient).tcp.ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy pass-nodes', action: 'Deny' });
    expect(clientToDb(admin('accept-nodes', 10, 'Accept', nodesOnly), allowClient).tcp.ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/db' });
    expect(problemsOf(admin('deny-nodes', 10, 'Deny', nodesOnly))).toEqual([
      'ClusterNetworkPolicy deny-nodes: ingress rule 0: peer nodes has none of the fields Calico converts (namespaces, pods); Calico replaces the rule with one that denies all traffic',
    ]);
    expect(problemsOf(admin('accept-nodes', 10, 'Accept', nodesOnly))[0]).toMatch(/Calico drops the rule$/);
    // A reversed port range fails the same way.
    const reversed = { protocols: [{ tcp: { destinationPort: { range: { start: 90, end: 70 } } } }] };
    expect(clientToDb(admin('deny-reversed', 10, 'Deny', reversed)).icmp).toMatchObject({ allowed: false });
    expect(problemsOf(admin('deny-reversed', 10, 'Deny', reversed))[0]).toContain('port range 90-70 is not a range');
    // So does an action Calico does not know (Allow is v1alpha1's word): dropped.
    expect(clientToDb(admin('allow-old-word', 10, 'Allow'), np([])).tcp.ingress).toMatchObject({ allowed: false, reason: 'tier-default', policy: 'NetworkPolicy x/db' });
  });
  it('egress to `networks` is decided per address range and port', () => {
    const deny443 = cnp('no-partner-https', {
      tier: 'Admin',
      priority: 5,
      subject: onProd,
      egress: [{ action: 'Deny', to: [{ networks: ['203.0.113.7/24'] }], protocols: [{ tcp: { destinationPort: { number: 443 } } }] }],
    });
    const r = reach(objectsToResources([...base, deny443]));
    const dbToPartner = r.allowed.filter((c) => c.to === '203.0.113.0/24' && c.from === r.pods.find((p) => p.id === 'x/db')!.group);
    expect(dbToPartner.filter((c) => c.protocol === 'TCP')).toEqual([
      { from: dbToPartner[0].from, to: '203.0.113.0/24', port: 1, endPort: 442, protocol: 'TCP' },
      { from: dbToPartner[0].from, to: '203.0.113.0/24', port: 444, endPort: 65535, protocol: 'TCP' },
    ]);
    expect(dbToPartner.map((c) => c.protocol)).toContain('ICMP');
  });
  it('a policy with an unknown tier or without a subject selects nothing, and says so', () => {
    const badTier = cnp('bad-tier', { tier: 'admin', priority: 1, subject: onProd, ingress: [{ action: 'Deny', from: fromDev }] });
    const noSubject = cnp('no-subject', { tier: 'Admin', priority: 1, subject: {}, ingress: [{ action: 'Deny', from: fromDev }] });
    expect(clientToDb(badTier).tcp.allowed).toBe(true);
    expect(clientToDb(noSubject).tcp.allowed).toBe(true);
    expect(problemsOf(badTier)).toEqual(['ClusterNetworkPolicy bad-tier: tier "admin" is neither Admin nor Baseline; Calico ignores the policy']);
    expect(problemsOf(noSubject)).toEqual(['ClusterNetworkPolicy no-subject: subject sets neither namespaces nor pods; Calico ignores the policy']);
  });
});

describe('ClusterNetworkPolicy, tier Baseline', () => {
  it('applies in tier kube-baseline where no NetworkPolicy selects the pod, and not where one isolates it', () => {
    expect(clientToDb(baseline('Deny')).tcp.ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy baseline', tier: 'kube-baseline' });
    expect(clientToDb(baseline('Deny'), allowClient).tcp.ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/db' });
    expect(clientToDb(admin('pass', 10, 'Pass'), baseline('Deny')).tcp.ingress).toMatchObject({ allowed: false, policy: 'ClusterNetworkPolicy baseline' });
  });
});

describe('AdminNetworkPolicy on Calico v3.32', () => {
  it('is still evaluated, with a note that Calico v3.32 no longer enforces it', () => {
    expect(problemsOf(anp('deny-dev', 10, 'Deny'))).toEqual([
      'AdminNetworkPolicy deny-dev: Calico v3.32 and later do not enforce AdminNetworkPolicy (network-policy-api v0.2.0 replaced it with ClusterNetworkPolicy); evaluated as Calico v3.31 enforced it',
    ]);
  });
});
