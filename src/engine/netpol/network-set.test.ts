/**
 * Calico NetworkSet and GlobalNetworkSet: labelled address ranges that Calico selectors in policy
 * rules pick; egress to them and ingress from them appear as externals named after the set.
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { buildCluster } from './cluster.js';
import { reach } from './reach.js';

const APP = `
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: x, labels: {app: api}}
spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: partners, namespace: x, labels: {role: partner}}
spec: {nets: [203.0.113.0/24]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: scanners, labels: {role: scanner}}
spec: {nets: [198.51.100.0/24], allowedEgressDomains: [example.com]}
---`;

const policy = (rules: string) => `${APP}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  selector: app == 'api'
  types: [Ingress, Egress]
${rules}
`;

describe('Calico network sets', () => {
  it('are externals named after the set; a rule selector picks them by label', () => {
    const r = reach(
      yamlToResources(
        policy(`  ingress: [{action: Allow, source: {selector: role == 'partner'}}]
  egress: [{action: Allow, protocol: TCP, destination: {selector: role == 'partner', ports: [443]}}]`),
      ),
    );
    expect(r.externals.map((x) => x.id)).toContain('NetworkSet x/partners');
    expect(r.allowed).toEqual([
      { from: 'g1', to: 'NetworkSet x/partners', port: 443, protocol: 'TCP' },
      { from: 'NetworkSet x/partners', to: 'g1', port: 8080, protocol: 'TCP' },
      { from: 'NetworkSet x/partners', to: 'g1', protocol: 'ICMP' },
    ]);
  });

  it('a namespaced policy does not pick a global set unless namespaceSelector is global(); a global policy does', () => {
    const local = reach(yamlToResources(policy(`  ingress: [{action: Allow, source: {selector: role == 'scanner'}}]`)));
    expect(local.allowed.filter((c) => c.from === 'GlobalNetworkSet scanners')).toEqual([]);
    const viaGlobal = reach(yamlToResources(policy(`  ingress: [{action: Allow, source: {selector: role == 'scanner', namespaceSelector: global()}}]`)));
    expect(viaGlobal.allowed.filter((c) => c.from === 'GlobalNetworkSet scanners').map((c) => c.port ?? c.protocol)).toEqual([8080, 'ICMP']);
  });

  it('does not let a Kubernetes podSelector pick a set, and reports domains as not evaluated', () => {
    const k8s = `${APP}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec: {podSelector: {}, ingress: [{from: [{podSelector: {matchLabels: {role: partner}}}]}]}
`;
    const resources = yamlToResources(k8s);
    expect(reach(resources).allowed.filter((c) => c.to === 'g1')).toEqual([]);
    expect(buildCluster(resources).problems.map((p) => p.message)).toContain('GlobalNetworkSet scanners: allowedEgressDomains are not evaluated (reach has no DNS); only nets are');
  });

  // Calico takes an address in nets as a full-length network (validator.go `net`/`cidr` and
  // updateprocessors ConvertStringsToNets read them with cnet.ParseCIDROrIP).
  it('takes a bare address in a set or in a rule\'s nets as a /32', () => {
    const withHost = `${APP}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: bastion, labels: {role: bastion}}
spec: {nets: [192.0.2.7]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  selector: app == 'api'
  types: [Ingress, Egress]
  ingress: [{action: Allow, source: {selector: role == 'bastion', namespaceSelector: global()}}]
  egress: [{action: Allow, protocol: TCP, destination: {nets: [192.0.2.9], ports: [22]}}]
`;
    const resources = yamlToResources(withHost);
    expect(buildCluster(resources).problems.map((p) => p.message).filter((m) => m.includes('invalid CIDR'))).toEqual([]);
    const r = reach(resources);
    expect(r.allowed.filter((c) => c.from === 'GlobalNetworkSet bastion').map((c) => c.port ?? c.protocol)).toEqual([8080, 'ICMP']);
    expect(r.allowed.filter((c) => c.from === 'g1' && c.port === 22).map((c) => c.to)).toEqual(['192.0.2.9/32']);
  });
});
