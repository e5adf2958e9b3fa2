/**
 * ICMP echo (ping) in the reachability model: one slot per ordered pair, no port. Kubernetes
 * rules without `ports` admit it, with `ports` not, an isolated direction denies it; Calico rules
 * match it by `protocol` / `notProtocol` and `icmp` / `notICMP` type and code (echo request:
 * type 8, code 0; ICMPv6 type 128 where the pods' first address is IPv6), with order, Deny, Pass
 * and tiers as for ports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { objectsToResources, yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reachCommand } from '../../cli/reach.js';
import { memoryIo } from '../../cli/testing/memory-io.js';
import { buildCluster } from './cluster.js';
import { computeMatrix, explainCell } from './matrix.js';
import { ICMP_CELL } from './model.js';
import { expectedMatrix } from './reach.js';

const pods = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a', namespace: 'x', labels: { app: 'a' } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } },
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b', namespace: 'x', labels: { app: 'b' } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } },
];

/** a -> b ping under the given policies: allowed, and the direction verdicts. */
function ping(...policies: unknown[]) {
  return pingIn([], ...policies);
}

/** The same where the pods' addresses are of `podCIDRs` (the first one's family is the pods' first). */
function pingIn(podCIDRs: readonly string[], ...policies: unknown[]) {
  const cluster = buildCluster(objectsToResources([...pods, ...policies]), podCIDRs);
  const m = computeMatrix(cluster);
  const [a, b] = cluster.endpoints;
  const v = explainCell(m, a, b, ICMP_CELL);
  // The class matrix agrees with the scalar verdict.
  const t = m.targets.find((x) => x.cls === m.classes.findIndex((c) => c.members.includes(b)) && x.cell.protocol === 'ICMP')!;
  const p = m.classes.findIndex((c) => c.members.includes(a));
  expect(m.ingress[t.index].has(p) && m.egress[p].has(t.index)).toBe(v.allowed);
  return v;
}

const k8s = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace: 'x' }, spec: { podSelector: { matchLabels: { app: 'b' } }, ...spec } });
const fromA = { from: [{ podSelector: { matchLabels: { app: 'a' } } }] };
const calico = (rule: Record<string, unknown>, meta: Record<string, unknown> = {}) => ({
  apiVersion: 'projectcalico.org/v3',
  kind: 'NetworkPolicy',
  metadata: { name: 'c', namespace: 'x', ...meta },
  spec: { selector: "app == 'b'", types: ['Ingress'], ingress: [{ action: 'Allow', ...rule }] },
});

describe('ICMP echo under Kubernetes NetworkPolicy', () => {
  it('is allowed when no policy selects either end', () => {
    expect(ping()).toMatchObject({ allowed: true, ingress: { reason: 'no-policy' } });
  });
  it('is admitted by a rule without ports', () => {
    expect(ping(k8s({ ingress: [fromA] })).ingress).toMatchObject({ allowed: true, reason: 'rule', policy: 'NetworkPolicy x/p' });
  });
  it('is not admitted by a rule with ports, even one naming only a protocol', () => {
    expect(ping(k8s({ ingress: [{ ...fromA, ports: [{ port: 80 }] }] })).ingress).toMatchObject({ allowed: false, reason: 'tier-default' });
    expect(ping(k8s({ ingress: [{ ...fromA, ports: [{ protocol: 'UDP' }] }] })).allowed).toBe(false);
  });
  it('is denied by an isolated egress direction', () => {
    const egress = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'e', namespace: 'x' }, spec: { podSelector: { matchLabels: { app: 'a' } }, policyTypes: ['Egress'] } };
    expect(ping(egress)).toMatchObject({ allowed: false, egress: { reason: 'tier-default', policy: 'NetworkPolicy x/e' } });
  });
});

describe('ICMP echo under Calico policy', () => {
  it('protocol ICMP (or 1) and no protocol admit it; another protocol does not', () => {
    expect(ping(calico({ protocol: 'ICMP' })).allowed).toBe(true);
    expect(ping(calico({ protocol: 1 })).allowed).toBe(true);
    expect(ping(calico({})).allowed).toBe(true);
    expect(ping(calico({ protocol: 'TCP' })).allowed).toBe(false);
    expect(ping(calico({ protocol: 'ICMPv6' })).allowed).toBe(false);
  });
  it('notProtocol ICMP excludes it, notProtocol TCP does not', () => {
    expect(ping(calico({ notProtocol: 'ICMP' })).allowed).toBe(false);
    expect(ping(calico({ notProtocol: 'TCP' })).allowed).toBe(true);
  });
  it('icmp type/code match the echo request (type 8, code 0); notICMP excludes it', () => {
    expect(ping(calico({ protocol: 'ICMP', icmp: { type: 8 } })).allowed).toBe(true);
    expect(ping(calico({ protocol: 'ICMP', icmp: { type: 8, code: 0 } })).allowed).toBe(true);
    expect(ping(calico({ protocol: 'ICMP', icmp: { type: 0 } })).allowed).toBe(false);
    expect(ping(calico({ protocol: 'ICMP', icmp: { type: 8, code: 1 } })).allowed).toBe(false);
    expect(ping(calico({ protocol: 'ICMP', notICMP: { type: 8 } })).allowed).toBe(false);
    expect(ping(calico({ protocol: 'ICMP', notICMP: { type: 0 } })).allowed).toBe(true);
  });
  it('a Deny ordered first decides, and names its rule', () => {
    const deny = { ...calico({ protocol: 'ICMP', action: 'Deny' }, { name: 'deny-ping' }), spec: { ...calico({}).spec, order: 10, ingress: [{ action: 'Deny', protocol: 'ICMP' }] } };
    const allow = { ...calico({}, { name: 'allow-all' }), spec: { ...calico({}).spec, order: 20 } };
    expect(ping(deny, allow).ingress).toMatchObject({ allowed: false, reason: 'rule', policy: 'CalicoNetworkPolicy x/deny-ping', rule: 0, action: 'Deny' });
  });
  it('Pass leaves the tier: the Kubernetes policy below decides, by whether its rule names ports', () => {
    const tier = { apiVersion: 'projectcalico.org/v3', kind: 'Tier', metadata: { name: 'security' }, spec: { order: 100 } };
    const pass = { ...calico({}), spec: { ...calico({}).spec, tier: 'security', ingress: [{ action: 'Pass', protocol: 'ICMP' }] } };
    expect(ping(tier, pass, k8s({ ingress: [fromA] })).ingress).toMatchObject({ allowed: true, policy: 'NetworkPolicy x/p' });
    expect(ping(tier, pass, k8s({ ingress: [{ ...fromA, ports: [{ port: 80 }] }] })).allowed).toBe(false);
  });
});

describe('ICMPv6 echo under Calico policy: ping between pods whose first address is IPv6', () => {
  const V6 = ['fd00:10:244::/56'];
  it('protocol ICMPv6 (or 58) admits it; protocol ICMP does not (Felix renders it for IPv4 only)', () => {
    expect(pingIn(V6, calico({ protocol: 'ICMPv6' })).ingress).toMatchObject({ allowed: true, reason: 'rule', policy: 'CalicoNetworkPolicy x/c' });
    expect(pingIn(V6, calico({ protocol: 58 })).allowed).toBe(true);
    expect(pingIn(V6, calico({})).allowed).toBe(true);
    expect(pingIn(V6, calico({ protocol: 'ICMP' })).allowed).toBe(false);
    expect(pingIn(V6, calico({ protocol: 1 })).allowed).toBe(false);
  });
  it('notProtocol ICMPv6 excludes it; notProtocol ICMP does not (an ICMPv6 packet is not ICMP)', () => {
    expect(pingIn(V6, calico({ notProtocol: 'ICMPv6' })).allowed).toBe(false);
    expect(pingIn(V6, calico({ notProtocol: 'ICMP' })).allowed).toBe(true);
  });
  it('icmp type/code are held against ICMPv6 echo request (type 128, code 0)', () => {
    expect(pingIn(V6, calico({ protocol: 'ICMPv6', icmp: { type: 128 } })).allowed).toBe(true);
    expect(pingIn(V6, calico({ protocol: 'ICMPv6', icmp: { type: 128, code: 0 } })).allowed).toBe(true);
    expect(pingIn(V6, calico({ protocol: 'ICMPv6', icmp: { type: 8 } })).allowed).toBe(false);
    expect(pingIn(V6, calico({ protocol: 'ICMPv6', notICMP: { type: 128 } })).allowed).toBe(false);
    expect(pingIn(V6, calico({ protocol: 'ICMPv6', notICMP: { type: 8 } })).allowed).toBe(true);
  });
  it('a Deny of ICMPv6 decides where the pods are IPv6, not where they are IPv4', () => {
    const deny = { ...calico({}, { name: 'deny-ping6' }), spec: { ...calico({}).spec, order: 10, ingress: [{ action: 'Deny', protocol: 'ICMPv6' }] } };
    const allow = { ...calico({}, { name: 'allow-all' }), spec: { ...calico({}).spec, order: 20 } };
    expect(pingIn(V6, deny, allow).ingress).toMatchObject({ allowed: false, reason: 'rule', policy: 'CalicoNetworkPolicy x/deny-ping6', action: 'Deny' });
    expect(pingIn(['10.244.0.0/16'], deny, allow).ingress).toMatchObject({ allowed: true, policy: 'CalicoNetworkPolicy x/allow-all' });
  });
  it('in a dual-stack cluster ping is of the first pod CIDR\'s family', () => {
    expect(pingIn(['10.244.0.0/16', ...V6], calico({ protocol: 'ICMP' })).allowed).toBe(true);
    expect(pingIn(['10.244.0.0/16', ...V6], calico({ protocol: 'ICMPv6' })).allowed).toBe(false);
    expect(pingIn([...V6, '10.244.0.0/16'], calico({ protocol: 'ICMPv6' })).allowed).toBe(true);
    expect(pingIn([...V6, '10.244.0.0/16'], calico({ protocol: 'ICMP' })).allowed).toBe(false);
    expect(pingIn([...V6, '10.244.0.0/16'], calico({ protocol: 'ICMPv6', icmp: { type: 128 } })).allowed).toBe(true);
  });
  it('where the pods are IPv4, ICMPv6 is no ping: notProtocol ICMPv6 leaves it admitted', () => {
    expect(ping(calico({ notProtocol: 'ICMPv6' })).allowed).toBe(true);
    expect(ping(calico({ protocol: 58 })).allowed).toBe(false);
  });
});

describe('the Calico guide busybox scenario', () => {
  const file = fileURLToPath(new URL('../../../test/fixtures/reach/busybox-ping/busybox.yaml', import.meta.url));
  const load = async () => yamlToResources(readFileSync(file, 'utf8'), 'busybox.yaml');

  it('busybox01 may ping busybox02, busybox03 may not, each with the deciding policy', async () => {
    const io = memoryIo();
    expect(await reachCommand(['--format', 'json', '--expand', '--explain', '--port', 'icmp', '--to', 'policy-demo/busybox02'], io, load)).toBe(0);
    const out = JSON.parse(io.stdoutText);
    expect(out.allowed).toEqual([
      {
        from: 'policy-demo/busybox01',
        to: 'policy-demo/busybox02',
        protocol: 'ICMP',
        egress: { verdict: 'allow', reason: 'no-policy' },
        ingress: { verdict: 'allow', reason: 'rule', policy: 'NetworkPolicy policy-demo/allow-busybox01', rule: 0, action: 'Allow', tier: 'default' },
      },
    ]);
    expect(out.denied).toEqual([
      {
        from: 'policy-demo/busybox03',
        to: 'policy-demo/busybox02',
        protocol: 'ICMP',
        egress: { verdict: 'allow', reason: 'no-policy' },
        ingress: { verdict: 'deny', reason: 'tier-default', policy: 'NetworkPolicy policy-demo/allow-busybox01', tier: 'default', selectedBy: ['NetworkPolicy policy-demo/allow-busybox01', 'NetworkPolicy policy-demo/default-deny'] },
      },
    ]);
    const text = memoryIo();
    await reachCommand(['--explain', '--port', 'icmp', '--from', 'busybox03', '--to', 'busybox02'], text, load);
    expect(text.stdoutText).toContain('policy-demo/busybox03 =/> policy-demo/busybox02 : ICMP\n    ICMP: ingress denied: no rule of the 2 policies selecting it in tier default matches (NetworkPolicy policy-demo/allow-busybox01, NetworkPolicy policy-demo/default-deny)');
  });
});

describe('expectedMatrix: ICMP cells for the e2e harness', () => {
  const portOnly = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'b-80', namespace: 'x' }, spec: { podSelector: { matchLabels: { app: 'b' } }, ingress: [{ ports: [{ port: 80 }] }] } };

  it('leaves ICMP out by default: port cells only', () => {
    const m = expectedMatrix(objectsToResources([...pods, portOnly]));
    expect(m.cells.map((c) => `${c.from}>${c.to} ${c.protocol}`)).toEqual(['x/a>x/b TCP', 'x/b>x/a TCP']);
  });

  it('with icmp: one echo cell per ordered pair, no port, its verdict and deciding rules as reach explains them', () => {
    const m = expectedMatrix(objectsToResources([...pods, portOnly]), { icmp: true });
    const icmp = m.cells.filter((c) => c.protocol === 'ICMP');
    expect(icmp).toHaveLength(2);
    expect(icmp.every((c) => !('port' in c))).toBe(true);
    // into b: the only rule has ports, so ping is denied (isolated ingress); into a: no policy, allowed
    expect(icmp.find((c) => c.to === 'x/b')).toMatchObject({ from: 'x/a', allowed: false, ingress: { verdict: 'deny' } });
    expect(icmp.find((c) => c.to === 'x/a')).toMatchObject({ from: 'x/b', allowed: true, ingress: { verdict: 'allow' } });
    // the port cells are the same as without icmp
    expect(m.cells.filter((c) => c.protocol !== 'ICMP')).toEqual(expectedMatrix(objectsToResources([...pods, portOnly])).cells);
  });
});
