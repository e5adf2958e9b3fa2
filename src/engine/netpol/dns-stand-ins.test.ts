import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { formatDiffText } from '../../report/reach/diff.js';
import { formatReachText } from '../../report/reach/text.js';
import { diffReach } from './diff.js';
import { clusterOf } from './cluster.js';
import { checkExpectations } from './expect.js';
import { expandAllowed, reach, ReachQueryError } from './reach.js';

const web = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
`;

const denyEgress = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny-egress, namespace: shop}
spec: {podSelector: {}, policyTypes: [Egress]}
`;

const allowDns = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
      ports: [{port: 53, protocol: UDP}]
`;

/** The input's own CoreDNS, under another name than the stand-in's. */
const ownDns = `
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec: {containers: [{name: coredns, image: coredns, ports: [{containerPort: 53, protocol: UDP}]}]}
`;

/** Each allowed connection of a report as `from>to port/protocol`, endpoints expanded. */
const connections = (r: ReturnType<typeof reach>) => [...expandAllowed(r)].map((c) => `${c.from}>${c.to} ${c.port ?? ''}/${c.protocol}`);

describe('a query naming cluster DNS the input does not hold', () => {
  it('is answered for the platform DNS pods, with a note saying they stand in', () => {
    const r = reach(yamlToResources(web + denyEgress + allowDns), { from: 'shop/web', to: 'kube-system/kube-dns', port: '53/UDP' });
    expect(connections(r)).toEqual(['shop/web>kube-system/kube-dns 53/UDP']);
    expect(r.notes).toEqual([expect.stringMatching(/^kube-system\/kube-dns is not in the input: it stands for the cluster DNS pods the platform runs \(kube-system pods labelled k8s-app=kube-dns, service account coredns, serving 53\/UDP and 53\/TCP\)/)]);
    // TCP 53 is not allowed by allow-dns; the default deny decides it.
    const tcp = reach(yamlToResources(web + denyEgress + allowDns), { from: 'shop/web', to: 'kube-system/kube-dns', port: '53/TCP', explain: true });
    expect(connections(tcp)).toEqual([]);
    expect(formatReachText(tcp)).toContain('shop/web =/> kube-system/kube-dns : 53/TCP');
    expect(formatReachText(tcp)).toContain('53/TCP: egress denied: no rule of the 2 policies selecting it in tier default matches (NetworkPolicy shop/allow-dns, NetworkPolicy shop/default-deny-egress)');
  });

  it('takes every form of selector that names the DNS pods: ns/*, a bare namespace or name, labels', () => {
    const resources = yamlToResources(web + denyEgress + allowDns);
    for (const to of ['kube-system/*', 'kube-system', 'kube-dns', 'k8s-app=kube-dns', 'kube-system/k8s-app=kube-dns']) {
      expect(connections(reach(resources, { from: 'shop/web', to, port: '53/UDP' })), to).toEqual(['shop/web>kube-system/kube-dns 53/UDP']);
    }
    // OpenShift's DNS pods answer on 5353 in openshift-dns.
    expect(connections(reach(resources, { from: 'shop/web', to: 'openshift-dns/*' }))).toEqual([]);
    expect(reach(resources, { to: 'openshift-dns/dns-default' }).pods.find((p) => p.id === 'openshift-dns/dns-default')?.ports.map((p) => p.port)).toEqual([5353, 5353]);
  });

  it('a Calico policy selecting the DNS pods applies to the stand-in', () => {
    const guard = `
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: dns-only-from-infra}
spec:
  selector: k8s-app == 'kube-dns'
  types: [Ingress]
  ingress: [{action: Allow, source: {namespaceSelector: "projectcalico.org/name == 'infra'"}}]
`;
    const r = reach(yamlToResources(web + allowDns + guard), { from: 'shop/web', to: 'kube-system/kube-dns', port: '53/UDP', explain: true });
    expect(connections(r)).toEqual([]);
    expect(formatReachText(r)).toMatch(/ingress denied.*dns-only-from-infra/);
  });

  it('never adds the stand-in when the input holds DNS pods of its own, to a universal query, or to the whole listing', () => {
    expect(() => reach(yamlToResources(web + ownDns), { to: 'kube-system/kube-dns' })).toThrow(ReachQueryError);
    expect(reach(yamlToResources(web + ownDns), { to: 'kube-system/*' }).pods.map((p) => p.id)).toEqual(['shop/web', 'kube-system/coredns']);
    const plain = reach(yamlToResources(web + denyEgress));
    expect(plain.pods.map((p) => p.id)).toEqual(['shop/web']);
    expect(plain.notes).toEqual([]);
    expect(reach(yamlToResources(web + denyEgress), { to: '*' }).pods.map((p) => p.id)).toEqual(['shop/web']);
    // A name that is neither the input's nor the DNS pods' is still refused.
    expect(() => reach(yamlToResources(web), { to: 'kube-system/nope' })).toThrow('--to "kube-system/nope" matches no endpoint or external range');
  });

  it('a diff names the DNS connection a default-deny egress closes, with its cause and the note', () => {
    const d = diffReach(yamlToResources(web), yamlToResources(web + denyEgress), {}, { to: 'kube-system/kube-dns', port: '53/UDP' });
    expect(d.closed.map((c) => `${c.from}>${c.to} ${c.port}/${c.protocol} ${c.causes.join(';')}`)).toEqual(['shop/web>kube-system/kube-dns 53/UDP NetworkPolicy shop/default-deny-egress added']);
    expect(d.notes).toHaveLength(1);
    expect(formatDiffText(d)).toContain('shop/web → kube-system/kube-dns 53/UDP');
    // Without a query naming DNS, a diff is as before: no stand-in, no note.
    const plain = diffReach(yamlToResources(web), yamlToResources(web + denyEgress));
    expect(plain.notes).toBeUndefined();
    expect(plain.closed.some((c) => c.to.startsWith('kube-system/'))).toBe(false);
  });

  it('an expect: assertion toward the DNS pods is checked against the stand-in', () => {
    const cluster = clusterOf(yamlToResources(web + denyEgress));
    const findings = checkExpectations(cluster, [{ from: 'shop/web', to: 'kube-system/kube-dns', port: 53, protocol: 'UDP', allowed: true }]);
    expect(findings.map((f) => f.message)).toEqual(['assertion "shop/web → kube-system/kube-dns 53/UDP" expects allowed but 1 of 1 connection is denied: shop/web → kube-system/kube-dns 53/UDP']);
    const held = checkExpectations(clusterOf(yamlToResources(web + denyEgress + allowDns)), [{ from: 'shop/web', to: { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, port: 53, protocol: 'UDP', allowed: true }]);
    expect(held).toEqual([]);
  });
});
