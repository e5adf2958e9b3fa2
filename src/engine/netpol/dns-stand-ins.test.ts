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

  it('answers for the input\'s own DNS pods when it holds them, under the stand-in\'s names too; never adds it to a universal query or the whole listing', () => {
    const own = yamlToResources(web + ownDns);
    for (const to of ['kube-system/kube-dns', 'kube-dns', 'kube-system/coredns', 'k8s-app=kube-dns', 'kube-system/*']) {
      const r = reach(own, { from: 'shop/web', to, port: '53/UDP' });
      expect(r.pods.map((p) => p.id), to).toEqual(['shop/web', 'kube-system/coredns']);
      expect(connections(r), to).toEqual(['shop/web>kube-system/coredns 53/UDP']);
      expect(r.notes, to).toEqual([]);
    }
    // kubeadm's CoreDNS declaring no ports is still the cluster's DNS: no stand-in beside it.
    const portless = yamlToResources(web + ownDns.replace(', ports: [{containerPort: 53, protocol: UDP}]', ''));
    expect(reach(portless, { to: 'kube-system/kube-dns', port: '53/UDP' }).pods.map((p) => p.id)).toEqual(['shop/web', 'kube-system/coredns']);
    // Without the Deployment, its name stands for the platform's pods too.
    expect(connections(reach(yamlToResources(web), { from: 'shop/web', to: 'kube-system/coredns', port: '53/UDP' }))).toEqual(['shop/web>kube-system/kube-dns 53/UDP']);
    const plain = reach(yamlToResources(web + denyEgress));
    expect(plain.pods.map((p) => p.id)).toEqual(['shop/web']);
    expect(plain.notes).toEqual([]);
    expect(reach(yamlToResources(web + denyEgress), { to: '*' }).pods.map((p) => p.id)).toEqual(['shop/web']);
    // A name that is neither the input's nor the DNS pods' is still refused.
    expect(() => reach(yamlToResources(web), { to: 'kube-system/nope' })).toThrow(ReachQueryError);
  });

  it('a pod of the input serving port 53 that is not cluster DNS, or other kube-system pods, leave the stand-in in', () => {
    const bind = `
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: bind, namespace: infra}
spec:
  selector: {matchLabels: {app: bind}}
  template:
    metadata: {labels: {app: bind}}
    spec: {containers: [{name: bind, image: bind9, ports: [{containerPort: 53, protocol: UDP}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: metrics-server, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: metrics-server}}
  template:
    metadata: {labels: {k8s-app: metrics-server}}
    spec: {containers: [{name: m, image: metrics-server, ports: [{containerPort: 10250}]}]}
`;
    const resources = yamlToResources(web + denyEgress + allowDns + bind);
    expect(connections(reach(resources, { from: 'shop/web', to: 'kube-system/kube-dns', port: '53/UDP' }))).toEqual(['shop/web>kube-system/kube-dns 53/UDP']);
    const all = reach(resources, { from: 'shop/web', to: 'kube-system/*', port: '53/UDP' });
    expect(all.pods.map((p) => p.id)).toEqual(['shop/web', 'infra/bind', 'kube-system/metrics-server', 'kube-system/kube-dns']);
    expect(connections(all)).toEqual(['shop/web>kube-system/kube-dns 53/UDP']);
  });

  it('the whole-cluster totals are the input\'s, the same with or without a query naming DNS', () => {
    const resources = yamlToResources(web + denyEgress + allowDns);
    const whole = reach(resources);
    for (const query of [{ from: 'shop/web' }, { from: 'shop/web', to: 'kube-system/kube-dns' }, { to: 'kube-system/kube-dns', port: '53/UDP' }]) {
      const r = reach(resources, query);
      expect(r.summary.endpoints, JSON.stringify(query)).toBe(whole.summary.endpoints);
      expect(r.summary.groups, JSON.stringify(query)).toBe(whole.summary.groups);
      expect(r.totals, JSON.stringify(query)).toEqual(whole.totals);
    }
  });

  it('a label key with a prefix is read as a key, not a namespace', () => {
    const labelled = web.replace('labels: {app: web}}', 'labels: {app: web, app.kubernetes.io/name: web}}');
    expect(reach(yamlToResources(labelled), { from: 'app.kubernetes.io/name=web' }).pods.map((p) => p.id)).toEqual(['shop/web']);
    expect(reach(yamlToResources(labelled), { from: 'shop/app.kubernetes.io/name=web', to: 'shop/web' }).query?.text).toContain('shop/app.kubernetes.io/name=web');
    expect(connections(reach(yamlToResources(labelled + denyEgress), { from: 'app.kubernetes.io/name=web', to: 'kube-system/kube-dns', port: '53/UDP', explain: true }))).toEqual([]);
    expect(() => reach(yamlToResources(labelled), { from: 'other/app.kubernetes.io/name=web' })).toThrow('matches no endpoint');
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
    expect(findings.map((f) => f.message)).toEqual([
      'assertion "shop/web → kube-system/kube-dns 53/UDP" expects allowed but 1 of 1 connection is denied: shop/web → kube-system/kube-dns 53/UDP (kube-system/kube-dns stands for the platform\'s DNS pods, which the input does not hold)',
    ]);
    // A namespace the input does not hold still carries its name label.
    const byName = checkExpectations(clusterOf(yamlToResources(web + denyEgress + allowDns)), [{ from: 'shop/web', to: { namespaceLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, port: 53, protocol: 'UDP', allowed: true }]);
    expect(byName).toEqual([]);
    const held = checkExpectations(clusterOf(yamlToResources(web + denyEgress + allowDns)), [{ from: 'shop/web', to: { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }, port: 53, protocol: 'UDP', allowed: true }]);
    expect(held).toEqual([]);
  });
});
