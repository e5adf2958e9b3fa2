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

/** Pod x/probe at 10.9.0.7 (its spec starting with `spec`) and NetworkSet x/lab of 10.9.0.0/24, which holds it; ends with `---`. */
const probeInLab = (spec: string) => `
apiVersion: v1
kind: Pod
metadata: {name: probe, namespace: x, labels: {app: probe}}
spec: {${spec}containers: [{name: c}]}
status: {podIP: 10.9.0.7, podIPs: [{ip: 10.9.0.7}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: lab, namespace: x, labels: {role: lab}}
spec: {nets: [10.9.0.0/24]}
---`;

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

  // Felix matches a rule selector by address: its IP set holds the picked endpoints' addresses and
  // the picked network sets' CIDRs (felix/labelindex/named_port_index.go extractCIDRsFromNetworkSet),
  // so a pod inside a picked set's range matches whatever its labels; a policy's own selector still
  // picks endpoints by labels.
  it('lets a rule selector match the pods inside the ranges of the sets it picks', () => {
    const text = `${APP}${probeInLab('')}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: everything, labels: {role: any}}
spec: {nets: [0.0.0.0/0]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: api}
spec:
  selector: app == 'api'
  ingress: [{action: Allow, source: {selector: role == 'lab'}}]
`;
    const r = reach(yamlToResources(text), { to: 'x/api', port: '8080' });
    const froms = (res: typeof r) => res.allowed.map((c) => res.pods.find((p) => p.group === c.from)?.name ?? c.from).sort();
    // The probe pod has an address inside the lab set; the api pod (address not written, taken to
    // be in the private ranges) is not in 10.9.0.0/24 as far as the input tells.
    expect(froms(r)).toEqual(['NetworkSet x/lab', 'probe']);
    // A set of 0.0.0.0/0 holds every IPv4 pod: picking it in an egress rule opens the pods too,
    // and excluding it with notSelector excludes them.
    const internet = (rule: string) =>
      reach(
        yamlToResources(`${text}---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: probe-out}
spec: {selector: app == 'probe', egress: [${rule}]}
`),
        { from: 'x/probe', to: 'x/api', port: '8080' },
      ).allowed.length;
    expect(internet("{action: Allow, destination: {selector: role == 'any'}}")).toBe(1);
    expect(internet("{action: Allow, destination: {notSelector: role == 'any'}}")).toBe(0);
    // The policy's own selector does not pick the pods inside a set's range.
    const own = reach(yamlToResources(`${text}---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: lab-deny}
spec: {selector: role == 'lab', ingress: [{action: Deny}]}
`), { from: 'x/api', to: 'x/probe', port: '8080' });
    expect(own.allowed.length).toBe(1);
  });

  // The set's namespace exists in the cluster even when the input writes neither it nor a pod in
  // it; a GlobalNetworkPolicy rule's selector covers every namespace (updateprocessors/rules.go).
  it('is picked by a global rule selector when its namespace appears nowhere else in the input', () => {
    const text = `${APP}
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: vendors, namespace: partners-only, labels: {role: vendor}}
spec: {nets: [192.0.2.0/24]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: to-vendors}
spec: {selector: app == 'api', egress: [{action: Allow, destination: {selector: role == 'vendor'}}]}
`;
    expect(reach(yamlToResources(text)).allowed.filter((c) => c.to === 'NetworkSet partners-only/vendors').length).toBeGreaterThan(0);
  });

  // libcalico-go rewrites a rule's namespaceSelector into a selector on the peer's own labels, each
  // key prefixed `pcns.` (the labels endpoints and namespaced sets inherit from their namespace),
  // `all()` becoming has(projectcalico.org/namespace) and `global()` its negation wherever they
  // stand (updateprocessors/rules.go getEndpointSelector, Calico v3.32.1). A GlobalNetworkSet
  // inherits nothing (globalnetworksetprocessor.go), so a namespaceSelector that a namespace
  // without labels would pass, such as "every namespace but kube-system", picks it as well.
  it('lets a rule namespaceSelector that holds for no namespace labels pick global sets too', () => {
    const scanners = (namespaceSelector: string) =>
      reach(yamlToResources(policy(`  ingress: [{action: Allow, source: {namespaceSelector: "${namespaceSelector}", selector: role == 'scanner'}}]`))).allowed.filter(
        (c) => c.from === 'GlobalNetworkSet scanners',
      ).length;
    expect(scanners("projectcalico.org/name != 'kube-system'")).toBe(2);
    expect(scanners('!has(team)')).toBe(2);
    expect(scanners('global() || team == \'a\'')).toBe(2);
    expect(scanners('!all()')).toBe(2);
    // Positive matches need a namespace label, which a global set lacks.
    expect(scanners('has(team)')).toBe(0);
    expect(scanners("projectcalico.org/name == 'x'")).toBe(0);
    expect(scanners('all()')).toBe(0);
  });

  it('reads all() (and global()) inside a rule namespaceSelector as "namespaced" (and "not namespaced")', () => {
    const other = `
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: b}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---`;
    const from = (namespaceSelector: string) => {
      const r = reach(yamlToResources(`${other}${policy(`  ingress: [{action: Allow, source: {namespaceSelector: "${namespaceSelector}"}}]`)}`));
      const group = (id: string) => r.pods.find((p) => p.id === id)?.group;
      const toApi = r.allowed.filter((c) => c.to === group('x/api'));
      return { web: toApi.some((c) => c.from === group('shop/web')), scanners: toApi.some((c) => c.from === 'GlobalNetworkSet scanners') };
    };
    expect(from('!all()')).toEqual({ web: false, scanners: true });
    expect(from("all() && team == 'b'")).toEqual({ web: true, scanners: false });
    expect(from("!all() || team == 'b'")).toEqual({ web: true, scanners: true });
    // Calico's validator refuses global() beside other terms (calico/selector-global-misuse); if
    // such a rule is evaluated at all, it is as libcalico-go converts it, not as "every namespace".
    expect(from("global() || team == 'c'")).toEqual({ web: false, scanners: true });
  });
});

// A rule's serviceAccounts is a selector over `pcsa.` labels to Calico (updateprocessors/rules.go
// parseServiceAccounts), matched against network sets as against endpoints.
describe("a Calico rule's serviceAccounts and network sets", () => {
  // x/cli runs as x's default account, which the input does not label.
  const CLI = `
apiVersion: v1
kind: Pod
metadata: {name: cli, namespace: x, labels: {app: cli}}
spec: {containers: [{name: c}]}
---`;
  /** The sources that may open TCP on x/api, by pod id or external id. */
  const sourcesIn = (text: string) => {
    const r = reach(yamlToResources(`${CLI}${text}`));
    const name = (id: string) => r.pods.find((p) => p.group === id)?.id ?? id;
    const api = r.pods.find((p) => p.id === 'x/api')!.group;
    return r.allowed.filter((c) => c.to === api && c.protocol === 'TCP').map((c) => name(c.from)).sort();
  };
  const sources = (source: string) => sourcesIn(policy(`  ingress: [{action: Allow, source: ${source}}]`));

  it('a selector that holds for no account labels picks the sets in scope (Tigera\'s PCI example: PCI != "true")', () => {
    expect(sources('{serviceAccounts: {selector: PCI != "true"}}')).toEqual(['NetworkSet x/partners', 'x/cli']);
    // all() is kept as written (rules.go does not rewrite it for serviceAccounts).
    expect(sources('{serviceAccounts: {selector: all()}}')).toEqual(['NetworkSet x/partners', 'x/cli']);
    // In a GlobalNetworkPolicy rule the scope is every namespace and the global sets.
    const global = sourcesIn(`${APP}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: g}
spec:
  selector: app == 'api'
  types: [Ingress]
  ingress: [{action: Allow, source: {serviceAccounts: {selector: PCI != "true"}}}]
`);
    expect(global).toEqual(['GlobalNetworkSet scanners', 'NetworkSet x/partners', 'x/cli']);
  });

  it("matches the pods inside the ranges of the sets it picks, whatever their accounts' labels", () => {
    // x/probe's address lies in x/lab's range; its account carries PCI=true, so it matches only by address.
    const text = `${APP}
apiVersion: v1
kind: ServiceAccount
metadata: {name: pci, namespace: x, labels: {PCI: "true"}}
---${probeInLab('serviceAccountName: pci, ')}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  selector: app == 'api'
  ingress: [{action: Allow, source: {serviceAccounts: {selector: PCI != "true"}}}]
`;
    expect(sourcesIn(text)).toEqual(['NetworkSet x/lab', 'NetworkSet x/partners', 'x/cli', 'x/probe']);
    expect(sourcesIn(text.replace('nets: [10.9.0.0/24]', 'nets: [10.8.0.0/24]'))).toEqual(['NetworkSet x/lab', 'NetworkSet x/partners', 'x/cli']);
  });

  it('a selector a set does not satisfy, or a list of names, picks no set', () => {
    expect(sources('{serviceAccounts: {selector: PCI == "true"}}')).toEqual([]);
    expect(sources('{serviceAccounts: {names: [default]}}')).toEqual(['x/cli']);
    expect(sources('{serviceAccounts: {names: [default], selector: PCI != "true"}}')).toEqual(['x/cli']);
  });

  it('serviceAccounts with neither names nor a selector adds nothing: the source is anything', () => {
    // parseServiceAccounts gives no selector for it, and the entity rule is then empty.
    const from = sources('{serviceAccounts: {}}');
    expect(from).toContain('NetworkSet x/partners');
    expect(from).toContain('GlobalNetworkSet scanners');
    expect(from).toContain('x/cli');
    expect(from.some((f) => f.startsWith('0.0.0.0/0'))).toBe(true);
  });
});
