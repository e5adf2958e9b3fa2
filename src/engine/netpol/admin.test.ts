/**
 * AdminNetworkPolicy before NetworkPolicy (by priority; Allow and Deny decide, Pass hands over),
 * BaselineAdminNetworkPolicy after it (only where no NetworkPolicy isolates the pod), as
 * kubernetes-sigs/network-policy-api v1alpha1 defines them.
 */
import { describe, expect, it } from 'vitest';
import { objectsToResources } from '../../../test/fixtures/reach/resources.js';
import { buildCluster } from './cluster.js';
import { computeMatrix, explainCell } from './matrix.js';

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
