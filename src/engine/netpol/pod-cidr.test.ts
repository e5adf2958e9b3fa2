/**
 * Address blocks against pods whose IPs are not written: with the cluster's pod CIDRs known (from
 * `.netlint.yaml` `cluster.podCIDR` or a kind configuration in the input), a block holding the
 * whole pod range matches every pod, one of another family or disjoint from it none; without them,
 * only a whole-family block (`0.0.0.0/0`, `::/0`) does.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { parseCidr, parseIp } from '../cidr.js';
import { blockGuessed } from './match.js';
import type { WorkloadEndpoint } from './model.js';
import { reach } from './reach.js';

const PODS = `
apiVersion: v1
kind: Pod
metadata: {name: a, namespace: one, labels: {app: a}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: two, labels: {app: b}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---`;

/** A ClusterNetworkPolicy denying egress from namespace one to `networks`, before any other policy. */
const denyTo = (networks: string) => `${PODS}
apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: deny}
spec:
  tier: Admin
  priority: 1
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: one}}}
  egress: [{action: Deny, to: [{networks: ${networks}}]}]
`;

const aToB = (text: string, cluster?: { podCIDR: string | string[] }) => {
  const r = reach(yamlToResources(text), {}, cluster ? { cluster } : {});
  const group = (id: string) => r.pods.find((p) => p.id === id)!.group;
  return r.allowed.some((c) => c.from === group('one/a') && c.to === group('two/b') && c.port === 80);
};

describe('address blocks and pods with unknown IPs', () => {
  it('a block holding the whole pod CIDR matches every pod', () => {
    expect(aToB(denyTo('[10.244.0.0/16]'))).toBe(true);
    expect(aToB(denyTo('[10.244.0.0/16]'), { podCIDR: '10.244.0.0/16' })).toBe(false);
    expect(aToB(denyTo('[10.0.0.0/8]'), { podCIDR: '10.244.0.0/16' })).toBe(false);
  });

  it('a block of the other family, disjoint or holding part of the range, matches no pod', () => {
    expect(aToB(denyTo('["::/0"]'))).toBe(true);
    expect(aToB(denyTo('["::/0"]'), { podCIDR: '10.244.0.0/16' })).toBe(true);
    expect(aToB(denyTo('[192.168.0.0/16]'), { podCIDR: '10.244.0.0/16' })).toBe(true);
    expect(aToB(denyTo('[10.244.1.0/24]'), { podCIDR: '10.244.0.0/16' })).toBe(true);
    expect(aToB(denyTo('["::/0"]'), { podCIDR: ['10.244.0.0/16', 'fd00:10:244::/56'] })).toBe(false);
  });

  it('without a pod CIDR, takes pods to be IPv4 in private space: a block holding all of it holds them', () => {
    expect(aToB(denyTo('[0.0.0.0/0]'))).toBe(false);
    const exceptMetadata = `${PODS}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: one}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]}]
`;
    expect(aToB(exceptMetadata)).toBe(true);
    expect(aToB(exceptMetadata.replace('169.254.169.254/32', '10.0.0.0/8'))).toBe(false);
  });

  it('takes the pod CIDR from a kind configuration in the input', () => {
    const kind = `
apiVersion: kind.x-k8s.io/v1alpha4
kind: Cluster
networking: {podSubnet: 10.244.0.0/16}
---`;
    expect(aToB(`${kind}${denyTo('["::/0"]')}`)).toBe(true);
    expect(aToB(`${kind}${denyTo('[10.244.0.0/16]')}`)).toBe(false);
  });

  it('an ipBlock with except cut from the pod range does not hold it whole', () => {
    const np = `${PODS}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: one}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: ['10.244.5.0/24']}}]}]
`;
    expect(aToB(np, { podCIDR: '10.244.0.0/16' })).toBe(false);
    expect(aToB(np.replace("except: ['10.244.5.0/24']", "except: ['10.250.0.0/16']"), { podCIDR: '10.244.0.0/16' })).toBe(true);
  });
});

describe('whether a block decides a pod whose IPs are not known (blockGuessed)', () => {
  const cidr = (t: string) => {
    const parsed = parseCidr(t);
    if (!parsed.ok) throw new Error(t);
    return parsed.cidr;
  };
  const block = (c: string, except: string[] = []) => ({ k: 'block', id: 0, cidr: cidr(c), except: except.map(cidr) }) as const;
  const pod = (ranges?: string[], ips: string[] = []): WorkloadEndpoint => ({
    type: 'workload', id: 'a/p', namespace: 'a', name: 'p', kind: 'Pod', labels: {}, calicoLabels: {}, ports: [], serviceAccount: 'default', serviceAccountLabels: {},
    ips: ips.map((t) => parseIp(t)!), ...(ranges ? { ranges: ranges.map(cidr) } : {}),
  });

  it('without pod CIDRs: a block holding part of the private ranges is a guess; all of them, or none, is not', () => {
    expect(blockGuessed(block('10.48.0.0/16'), pod())).toBe(true);
    expect(blockGuessed(block('10.0.0.0/8'), pod())).toBe(true);
    expect(blockGuessed(block('0.0.0.0/0'), pod())).toBe(false);
    expect(blockGuessed(block('0.0.0.0/0', ['169.254.169.254/32']), pod())).toBe(false);
    expect(blockGuessed(block('0.0.0.0/0', ['10.0.0.0/8']), pod())).toBe(true);
    expect(blockGuessed(block('8.8.8.8/32'), pod())).toBe(false);
    expect(blockGuessed(block('10.0.0.0/8', ['10.0.0.0/8']), pod())).toBe(false);
  });

  it('with pod CIDRs: a block holding part of one is a guess; one holding a range, or disjoint from all, is not', () => {
    expect(blockGuessed(block('10.48.0.0/24'), pod(['10.48.0.0/16']))).toBe(true);
    expect(blockGuessed(block('10.48.0.0/16'), pod(['10.48.0.0/16']))).toBe(false);
    expect(blockGuessed(block('10.0.0.0/8'), pod(['10.48.0.0/16']))).toBe(false);
    expect(blockGuessed(block('10.0.0.0/8', ['10.48.1.0/24']), pod(['10.48.0.0/16']))).toBe(true);
    expect(blockGuessed(block('192.168.0.0/16'), pod(['10.48.0.0/16']))).toBe(false);
    expect(blockGuessed(block('::/0'), pod(['10.48.0.0/16', 'fd00::/56']))).toBe(false);
  });

  it('a pod with known IPs is never a guess', () => {
    expect(blockGuessed(block('10.48.0.0/16'), pod(undefined, ['10.48.0.5']))).toBe(false);
  });
});

describe('diff with the pod CIDR', () => {
  it('a policy denying the pod range closes pod-to-pod connections when the pod CIDR is known', async () => {
    const { diffReach } = await import('./diff.js');
    const closedAtoB = (cluster: { podCIDR?: string }) =>
      diffReach(yamlToResources(PODS.replace(/---$/, '')), yamlToResources(denyTo('[10.0.0.0/8]')), cluster).closed.some((d) => d.from === 'one/a' && d.to === 'two/b');
    expect(closedAtoB({ podCIDR: '10.244.0.0/16' })).toBe(true);
    expect(closedAtoB({})).toBe(false);
  });
});
