/**
 * Calico rule selectors and policy order as libcalico-go and Felix read them (Calico v3.32):
 * updateprocessors/rules.go getEndpointSelector for the scope of a rule's selectors, and
 * felix/calc/policy_sorter.go PolKVLess for ties on `order`, and named ports as
 * felix/calc/rule_scanner.go resolves them (per protocol).
 */
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { reach } from './reach.js';
import { LEFT_OUT } from './cluster.js';

const BASE = `
apiVersion: v1
kind: Namespace
metadata: {name: a, labels: {team: red}}
---
apiVersion: v1
kind: Namespace
metadata: {name: b, labels: {team: blue}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: a, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: other, namespace: a, labels: {app: other}}
spec: {containers: [{name: c}]}
---
apiVersion: v1
kind: Pod
metadata: {name: cli, namespace: b, labels: {app: cli}}
spec: {containers: [{name: c}]}
---`;

/** Whether `from` may open TCP 80 on a/web (or the range, for an external `from`). */
function allowed(text: string, from: string, to = 'a/web', podCIDR?: string | string[]): boolean {
  const r = reach(yamlToResources(`${BASE}${text}`), {}, podCIDR ? { cluster: { podCIDR } } : {});
  const id = (x: string) => r.pods.find((p) => p.id === x)?.group ?? r.externals.find((e) => e.id === x)?.id;
  return r.allowed.some((c) => c.from === id(from) && c.to === id(to) && c.protocol !== 'ICMP');
}

const ingressFrom = (source: string) => `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec:
  selector: app == 'web'
  ingress: [{action: Allow, source: ${source}}]
`;

describe('the scope of a Calico rule selector', () => {
  it('notSelector alone in a namespaced policy stays in its namespace', () => {
    const text = ingressFrom("{notSelector: app == 'other'}");
    expect(allowed(text, 'b/cli')).toBe(false);
    expect(allowed(text, 'a/other')).toBe(false);
  });

  it('an empty selector or namespaceSelector is no selector', () => {
    expect(allowed(ingressFrom('{selector: ""}'), 'b/cli')).toBe(true);
    expect(allowed(ingressFrom(`{selector: app == 'cli', namespaceSelector: ""}`), 'b/cli')).toBe(false);
  });

  it('global() as a namespaceSelector picks no pod, whatever the selector beside it', () => {
    // api/pkg/apis/projectcalico/v3/policy_common.go (EntityRule.NamespaceSelector): in a
    // NetworkPolicy, global() limits the rule's selector to GlobalNetworkSets and HostEndpoints.
    expect(allowed(ingressFrom('{namespaceSelector: global()}'), 'b/cli')).toBe(false);
    expect(allowed(ingressFrom('{namespaceSelector: global()}'), 'a/other')).toBe(false);
    expect(allowed(ingressFrom("{namespaceSelector: global(), selector: app == 'cli'}"), 'b/cli')).toBe(false);
    // The same rule without global() does pick the pod: the check above is not vacuous.
    expect(allowed(ingressFrom("{namespaceSelector: all(), selector: app == 'cli'}"), 'b/cli')).toBe(true);
  });

  it('global(), all() and a namespaceSelector alone pick network sets', () => {
    const sets = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: ext, labels: {kind: ext}}
spec: {nets: [198.51.100.0/24]}
---
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: local, namespace: a, labels: {kind: local}}
spec: {nets: [203.0.113.0/24]}
---`;
    expect(allowed(`${sets}${ingressFrom('{namespaceSelector: global()}')}`, 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(`${sets}${ingressFrom('{namespaceSelector: global()}')}`, 'NetworkSet a/local')).toBe(false);
    expect(allowed(`${sets}${ingressFrom('{selector: all()}')}`, 'NetworkSet a/local')).toBe(true);
    expect(allowed(`${sets}${ingressFrom('{selector: all()}')}`, 'GlobalNetworkSet ext')).toBe(false);
    expect(allowed(`${sets}${ingressFrom("{namespaceSelector: team == 'red'}")}`, 'NetworkSet a/local')).toBe(true);
  });
});

describe('blank selectors and white space, as libcalico-go reads a selector field (v3.32.1)', () => {
  // updateprocessors/rules.go getEndpointSelector leaves a field out only when it is "" exactly; a
  // field of spaces and tabs is all() to the selector parser, and the tokenizer skips no other white
  // space (lib/selector/tokenizer/tokenizer.go), so a line break around a selector is a syntax error.
  const sets = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: ext, labels: {kind: ext}}
spec: {nets: [198.51.100.0/24]}
---`;
  const globalIngressFrom = (source: string) => `${sets}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  selector: app == 'web'
  ingress: [{action: Allow, source: ${source}}]
`;
  const internet = '0.0.0.0/0 except 198.51.100.0/24';

  it('a blank rule selector in a GlobalNetworkPolicy is all(): endpoints and network sets, not any address', () => {
    const blank = globalIngressFrom('{selector: "  "}');
    expect(allowed(blank, 'b/cli')).toBe(true);
    expect(allowed(blank, 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(blank, internet)).toBe(false);
    // An empty one is no selector at all: every address.
    expect(allowed(globalIngressFrom('{selector: ""}'), internet)).toBe(true);
  });

  it('a blank namespaceSelector is all(): every namespace', () => {
    expect(allowed(ingressFrom(`{namespaceSelector: "\t", selector: app == 'cli'}`), 'b/cli')).toBe(true);
  });

  it('a blank selector that libcalico-go joins with the namespace builds one that does not parse: said, and matching nothing', () => {
    // A namespaced policy's rule selector becomes "(projectcalico.org/namespace == 'a') && (  )",
    // which Felix's rule scanner cannot parse (felix/calc/rule_scanner.go panics on it).
    const rule = ingressFrom('{selector: "  "}');
    expect(allowed(rule, 'a/other')).toBe(false);
    expect(allowed(rule, 'b/cli')).toBe(false);
    const message = 'Calico selector "  " is blank: libcalico-go joins it with the namespace or another selector into one that does not parse, which Felix cannot load; it matches nothing';
    expect(problemsOf(rule)).toEqual([message]);
    // So does a namespaced policy's own selector ("(  ) && projectcalico.org/namespace == 'a'").
    const own = `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: "  ", ingress: []}
`;
    expect(problemsOf(own)).toEqual([message]);
    // In a GlobalNetworkPolicy nothing is joined to it: all().
    expect(problemsOf(globalIngressFrom('{selector: "  "}'))).toEqual([]);
  });

  it('a line break around a selector is not white space to Calico: it does not parse, so the validator refuses the policy', () => {
    const text = globalIngressFrom('{selector: "all()\\n"}');
    const why = 'Calico selector "all()\\n" does not parse (line breaks are not allowed in a selector (only spaces and tabs separate tokens))';
    // Through projectcalico.org/v3 (calicoctl, the API server) the policy is never stored: nothing isolates a/web.
    expect(allowed(text, 'b/cli')).toBe(true);
    expect(problemsOf(text)).toEqual([`${why}; Calico's validator rejects the policy, ${LEFT_OUT}`]);
    // Written as the v1 CRD with kubectl it is stored unvalidated, and the selector matches nothing.
    const unvalidated = text.replace('apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy', 'apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy');
    expect(allowed(unvalidated, 'b/cli')).toBe(false);
    expect(problemsOf(unvalidated)).toEqual([`${why}; it matches nothing`]);
    expect(problemsOf(ingressFrom('{namespaceSelector: "global()\\n"}'))).toHaveLength(1);
    expect(problemsOf(ingressFrom('{selector: "\\n"}'))).toHaveLength(1);
  });

  it('global() with spaces inside its parentheses is still global()', () => {
    // libcalico-go replaces global() in the namespaceSelector it parsed and printed again.
    expect(allowed(ingressFrom("{namespaceSelector: 'global( )', selector: app == 'cli'}"), 'b/cli')).toBe(false);
    expect(allowed(`${sets}${ingressFrom("{namespaceSelector: 'global(\t)'}")}`, 'GlobalNetworkSet ext')).toBe(true);
  });
});

describe('global network sets under a rule namespaceSelector (v3.32.1)', () => {
  // updateprocessors/rules.go getEndpointSelector: the namespaceSelector's labels get the pcns.
  // prefix (labels only namespaced entities inherit, from their namespace's profile), all() becomes
  // has(projectcalico.org/namespace) and global() its negation, and Felix evaluates the result on
  // every labelled entity, global network sets included. They have none of those labels.
  const sets = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: ext, labels: {kind: ext}}
spec: {nets: [198.51.100.0/24]}
---`;
  const from = (source: string) => `${sets}${ingressFrom(source)}`;

  it('one that holds for a set without namespace labels takes the global sets in', () => {
    expect(allowed(from(`{namespaceSelector: "projectcalico.org/name != 'kube-system'"}`), 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(from('{namespaceSelector: "!has(team)"}'), 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(from(`{namespaceSelector: "team not in {'red'}"}`), 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(from('{namespaceSelector: "has(team) || !has(team)"}'), 'GlobalNetworkSet ext')).toBe(true);
    // !all() is !has(projectcalico.org/namespace) once rewritten: like global(), sets but no pod.
    expect(allowed(from('{namespaceSelector: "!all()"}'), 'GlobalNetworkSet ext')).toBe(true);
    expect(allowed(from('{namespaceSelector: "!all()"}'), 'b/cli')).toBe(false);
    // The rule's selector still filters them.
    expect(allowed(from(`{namespaceSelector: "!has(team)", selector: "kind == 'other'"}`), 'GlobalNetworkSet ext')).toBe(false);
    expect(allowed(from(`{namespaceSelector: "!has(team)", selector: "kind == 'ext'"}`), 'GlobalNetworkSet ext')).toBe(true);
  });

  it('one that needs a namespace label, or all(), does not', () => {
    expect(allowed(from(`{namespaceSelector: "team == 'red'"}`), 'GlobalNetworkSet ext')).toBe(false);
    expect(allowed(from('{namespaceSelector: all()}'), 'GlobalNetworkSet ext')).toBe(false);
    expect(allowed(from(`{namespaceSelector: "projectcalico.org/name == 'a'"}`), 'GlobalNetworkSet ext')).toBe(false);
  });
});

describe('ties on order', () => {
  const deny = (kind: string, name: string, order: number) => `
apiVersion: projectcalico.org/v3
kind: ${kind}
metadata: {name: ${name}${kind === 'NetworkPolicy' ? ', namespace: a' : ''}}
spec: {order: ${order}, selector: app == 'web', ingress: [{action: Deny}]}
---`;
  const allowAll = (name: string) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: a}
spec: {podSelector: {}, ingress: [{}]}
---`;

  it('are broken by name first, whatever the kind', () => {
    expect(allowed(`${allowAll('a-allow')}${deny('NetworkPolicy', 'z-deny', 1000)}`, 'b/cli')).toBe(true);
    expect(allowed(`${allowAll('z-allow')}${deny('NetworkPolicy', 'a-deny', 1000)}`, 'b/cli')).toBe(false);
    expect(allowed(`${allowAll('allow-all')}${deny('GlobalNetworkPolicy', 'zz-deny', 1000)}`, 'b/cli')).toBe(true);
    const allowCalico = `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: b-allow, namespace: a}
spec: {order: 10, selector: app == 'web', ingress: [{action: Allow}]}
---`;
    expect(allowed(`${deny('GlobalNetworkPolicy', 'a-deny', 10)}${allowCalico}`, 'b/cli')).toBe(false);
  });
});

describe('named ports', () => {
  // felix/calc/rule_scanner.go: a named port is resolved per protocol, the rule's own (its IP set
  // holds the endpoints whose port of that name has that protocol), so a TCP rule naming a port the
  // pod declares for UDP matches nothing.
  const dnsPod = `
apiVersion: v1
kind: Pod
metadata: {name: dns, namespace: a, labels: {app: dns}}
spec: {containers: [{name: c, ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-tcp, containerPort: 53, protocol: TCP}]}]}
---`;
  const toDns = (fields: string) => `${dnsPod}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec:
  selector: app == 'dns'
  ingress: [{action: Allow, ${fields}}]
`;
  /** The protocols on port 53 that b/cli may open on a/dns. */
  const open = (text: string): string[] => {
    const r = reach(yamlToResources(`${BASE}${text}`));
    const group = (id: string) => r.pods.find((p) => p.id === id)?.group;
    return r.allowed.filter((c) => c.from === group('b/cli') && c.to === group('a/dns') && c.port === 53).map((c) => c.protocol).sort();
  };

  it('match the port of that name declared for the rule\'s protocol', () => {
    expect(open(toDns('protocol: UDP, destination: {ports: [dns]}'))).toEqual(['UDP']);
    expect(open(toDns('protocol: TCP, destination: {ports: [dns-tcp]}'))).toEqual(['TCP']);
  });

  it('match nothing when the pod declares that name for another protocol', () => {
    expect(open(toDns('protocol: TCP, destination: {ports: [dns]}'))).toEqual([]);
    expect(open(toDns('protocol: UDP, destination: {ports: [dns-tcp]}'))).toEqual([]);
  });

  it('in a Kubernetes NetworkPolicy too: the port is "on the given protocol", TCP when none is given', () => {
    // Kubernetes API reference, NetworkPolicyPort.port: "The port on the given protocol. This can
    // either be a numerical or named port on a pod."; kube-network-policies' evaluatePorts
    // (pkg/networkpolicy/networkpolicy.go) matches a container port of that name, number and protocol.
    const k8s = (port: string) => `${dnsPod}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {podSelector: {matchLabels: {app: dns}}, ingress: [{ports: [${port}]}]}
`;
    expect(open(k8s('{port: dns}'))).toEqual([]);
    expect(open(k8s('{port: dns, protocol: UDP}'))).toEqual(['UDP']);
    expect(open(k8s('{port: dns-tcp}'))).toEqual(['TCP']);
  });
});

describe('service accounts', () => {
  it('a Calico selector sees a service account\'s name as projectcalico.org/name', () => {
    const sa = `
apiVersion: v1
kind: ServiceAccount
metadata: {name: robot, namespace: a}
---
apiVersion: v1
kind: Pod
metadata: {name: bot, namespace: a, labels: {app: bot}}
spec: {serviceAccountName: robot, containers: [{name: c}]}
---`;
    const text = `${sa}${ingressFrom("{serviceAccounts: {selector: projectcalico.org/name == 'robot'}}")}`;
    expect(allowed(text, 'a/bot')).toBe(true);
    expect(allowed(text, 'a/other')).toBe(false);
  });
});

describe('rules Felix renders per IP family, and source ports', () => {
  const rule = (fields: string) => `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec:
  selector: app == 'web'
  ingress: [${fields}]
`;

  it('drops a rule for a family its ipVersion or its nets leave out', () => {
    expect(allowed(rule('{action: Allow, ipVersion: 6, protocol: TCP}'), 'b/cli', 'a/web', '10.244.0.0/16')).toBe(false);
    expect(allowed(rule('{action: Allow, ipVersion: 6, protocol: TCP}'), 'b/cli', 'a/web', 'fd00:10:244::/56')).toBe(true);
    // Without pod CIDRs the pods are taken to be IPv4.
    expect(allowed(rule('{action: Allow, ipVersion: 6, protocol: TCP}'), 'b/cli')).toBe(false);
    expect(allowed(rule("{action: Deny, source: {notNets: ['fd00::/8']}}, {action: Allow}"), 'b/cli', 'a/web', '10.244.0.0/16')).toBe(true);
    expect(allowed(rule("{action: Deny, source: {notNets: ['192.168.0.0/16']}}, {action: Allow}"), 'b/cli', 'a/web', '10.244.0.0/16')).toBe(false);
  });

  it('takes a rule\'s family from protocol ICMP or ICMPv6 when it has no ipVersion (felix/calc/rule_convert.go)', () => {
    const pinged = (fields: string, podCIDR: string) => {
      const r = reach(yamlToResources(`${BASE}${rule(fields)}`), {}, { cluster: { podCIDR } });
      const group = (x: string) => r.pods.find((p) => p.id === x)?.group;
      return r.allowed.some((c) => c.from === group('b/cli') && c.to === group('a/web') && c.protocol === 'ICMP');
    };
    expect(pinged('{action: Allow, protocol: ICMP}', '10.244.0.0/16')).toBe(true);
    // Rendered for IPv4 only: IPv6 pods meet the policy's default deny.
    expect(pinged('{action: Allow, protocol: ICMP}', 'fd00:10:244::/56')).toBe(false);
    // Its IPv6 nets leave it nothing to match in IPv4 either.
    expect(pinged("{action: Allow, protocol: ICMP, source: {nets: ['fd00::/8']}}", 'fd00:10:244::/56')).toBe(false);
  });

  it('matches source ports against the ephemeral range clients use', () => {
    expect(allowed(rule("{action: Allow, protocol: TCP, source: {ports: ['1:65535']}}"), 'b/cli')).toBe(true);
    expect(allowed(rule('{action: Allow, protocol: TCP, source: {ports: [80]}}'), 'b/cli')).toBe(false);
    expect(allowed(rule('{action: Allow, protocol: TCP, source: {notPorts: [22]}}'), 'b/cli')).toBe(true);
    const partial = reach(yamlToResources(`${BASE}${rule("{action: Allow, protocol: TCP, source: {ports: ['40000:50000']}}")}`));
    expect(partial.problems.map((p) => p.message)).toEqual(['rule matches some of the ephemeral source ports (32768-60999) clients use, which netlint does not model; it is treated as never matching']);
  });
});

describe('nets as libcalico-go reads them (cnet.ParseCIDR, the IPNet Felix gets as text)', () => {
  const client = `
apiVersion: v1
kind: Pod
metadata: {name: ip, namespace: b, labels: {app: ip}}
spec: {containers: [{name: c}]}
status: {podIP: 10.0.0.5}
---`;
  const from = (nets: string) => `${client}${ingressFrom(`{nets: [${nets}]}`)}`;

  it('read a prefix length with a leading zero as decimal', () => {
    expect(allowed(from("'10.0.0.0/026'"), 'b/ip', 'a/web', '10.0.0.0/16')).toBe(true);
    expect(reach(yamlToResources(`${BASE}${from("'10.0.0.0/026'")}`)).problems).toEqual([]);
  });

  it('read an IPv4-mapped network as the IPv4 network it masks to', () => {
    expect(allowed(from("'::ffff:10.0.0.0/120'"), 'b/ip', 'a/web', '10.0.0.0/16')).toBe(true);
    expect(allowed(from("'::ffff:10.0.1.0/120'"), 'b/ip', 'a/web', '10.0.0.0/16')).toBe(false);
  });

  it('drop a rule whose notNets hold a catch-all however it is written (felix/rules/policy.go filterNets)', () => {
    const text = `${client}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec:
  selector: app == 'web'
  ingress: [{action: Deny, source: {notNets: ['0.0.0.0/00']}}, {action: Allow}]
`;
    expect(allowed(text, 'b/ip', 'a/web', '10.0.0.0/16')).toBe(true);
  });

  it('read network set nets the same way', () => {
    const set = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkSet
metadata: {name: ext, labels: {kind: ext}}
spec: {nets: [198.51.100.0/024]}
---`;
    expect(allowed(`${set}${ingressFrom("{namespaceSelector: global(), selector: kind == 'ext'}")}`, 'GlobalNetworkSet ext')).toBe(true);
  });
});

/** b/srv serves TCP 8080: a destination for a/web's egress. */
const SRV = `
apiVersion: v1
kind: Pod
metadata: {name: srv, namespace: b, labels: {app: srv}}
spec: {containers: [{name: c, ports: [{containerPort: 8080}]}]}
---`;

/** The problems reach reports for `text` (beside BASE and SRV). */
const problemsOf = (text: string): string[] => reach(yamlToResources(`${BASE}${SRV}${text}`)).problems.map((p) => p.message);

describe('policy types', () => {
  // api/pkg/apis/projectcalico/v3/networkpolicy.go (NetworkPolicySpec.Types): types written out
  // are the directions the policy governs; left out, they default to Ingress when there are no
  // egress rules (also with no rules at all), Egress when there are egress rules and no ingress
  // rules, and both when there are both.
  const web = (spec: string) => `${SRV}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'web', ${spec}}
`;
  const inOut = (spec: string) => [allowed(web(spec), 'b/cli'), allowed(web(spec), 'a/web', 'b/srv')];

  it('written out, govern exactly those directions', () => {
    expect(inOut('types: [Ingress, Egress], ingress: [{action: Allow}]')).toEqual([true, false]);
    expect(inOut('types: [Egress]')).toEqual([true, false]);
    expect(inOut('types: [Ingress]')).toEqual([false, true]);
  });

  it('left out, follow the rules present', () => {
    expect(inOut('ingress: []')).toEqual([false, true]);
    expect(inOut('egress: [{action: Deny}]')).toEqual([true, false]);
    expect(inOut('ingress: [{action: Allow}], egress: [{action: Deny}]')).toEqual([true, false]);
  });
});

describe('policies that do not apply to pods', () => {
  it('a preDNAT or doNotTrack GlobalNetworkPolicy is for host endpoints only (felix/calc/event_sequencer.go tierInfoToProtoTierInfo)', () => {
    // Felix files such policies in the untracked and pre-DNAT tiers, which only host endpoints get.
    for (const flag of ['preDNAT: true, applyOnForward: true', 'doNotTrack: true, applyOnForward: true']) {
      const text = `
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: edge}
spec: {${flag}, selector: all(), ingress: [{action: Deny}]}
`;
      expect(allowed(text, 'b/cli')).toBe(true);
      expect(problemsOf(text)).toEqual(['preDNAT / doNotTrack policies apply to host endpoints only; not part of the pod matrix']);
    }
  });
});

describe('what reach does not model, said and not guessed', () => {
  const ingress = (rule: string) => `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'web', ingress: [${rule}]}
`;

  it('a rule with an http match matches the connection as Felix renders it (its L3/L4 part), and says the http part is not evaluated', () => {
    // felix/calc/rule_convert.go hands HTTPMatch to Dikastes only; felix/rules never reads it.
    const text = ingress('{action: Allow, protocol: TCP, http: {methods: [GET]}}');
    expect(allowed(text, 'b/cli')).toBe(true);
    expect(problemsOf(text)).toEqual(['rule has an http match, which Envoy applies per request with application layer policy; Felix matches the connection without it, and so does reach']);
    // Its other fields still decide: a source selector that matches no pod.
    expect(allowed(ingress("{action: Allow, protocol: TCP, source: {selector: app == 'none'}, http: {methods: [GET]}}"), 'b/cli')).toBe(false);
  });

  it('a services match on the policy\'s own side is not modelled: never matching, and said', () => {
    const text = ingress("{action: Allow, destination: {services: {name: web, namespace: a}}}");
    expect(allowed(text, 'b/cli')).toBe(false);
    expect(problemsOf(text)).toEqual(["rule uses a services match on its destination (the policy's own pods), which netlint does not model; it is treated as never matching"]);
  });

  it('a services match toward a Service without a selector never matches: its endpoints are not in the input', () => {
    const text = `
apiVersion: v1
kind: Service
metadata: {name: ext, namespace: b}
spec: {ports: [{port: 8080}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'web', types: [Egress], egress: [{action: Allow, destination: {services: {name: ext, namespace: b}}}]}
`;
    expect(allowed(`${SRV}${text}`, 'a/web', 'b/srv')).toBe(false);
    expect(problemsOf(text).some((m) => m.includes('names Service b/ext, which has no selector'))).toBe(true);
  });

  // The ServiceMatch comment in Calico's v3 API promises the policy's namespace when none is
  // written, but libcalico-go passes the empty namespace to Felix, whose service index then has no
  // "/<name>" entry (updateprocessors/rules.go, felix/calc/rule_scanner.go, Calico v3.32.1).
  it('a services match without a namespace matches nothing, and says why', () => {
    const text = (namespace: string) => `
apiVersion: v1
kind: Service
metadata: {name: srv, namespace: a}
spec: {selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'other', types: [Egress], egress: [{action: Allow, destination: {services: {name: srv${namespace}}}}]}
`;
    expect(allowed(text(', namespace: a'), 'a/other')).toBe(true);
    expect(allowed(text(''), 'a/other')).toBe(false);
    expect(problemsOf(text(''))).toEqual([
      'rule names Service srv without a namespace, which Felix looks up as "/srv" and finds no endpoint for (the API\'s comment promises the policy\'s namespace; Calico v3.32 does not do it): write namespace; it is treated as never matching',
    ]);
  });

  it('a policy in a tier the input does not declare is still evaluated, last, and said so', () => {
    const text = `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {tier: security, selector: app == 'web', ingress: [{action: Deny}]}
`;
    expect(allowed(text, 'b/cli')).toBe(false);
    expect(problemsOf(text)).toEqual(['policy CalicoNetworkPolicy a/p names tier security, which is not in the input; it is evaluated after every tier that is, with default action Deny']);
  });

  // Felix puts a tier with no Tier object behind every tier that has one, even one without an
  // order, which itself sorts after all ordered tiers (felix/calc/policy_sorter.go TierLess: the
  // Valid flag is compared before the order).
  it('a tier the input does not declare comes after a declared tier without an order, whatever the names', () => {
    const text = `
apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: zzz}
spec: {}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: allow, namespace: a}
spec: {tier: zzz, selector: app == 'web', ingress: [{action: Allow}]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: deny, namespace: a}
spec: {tier: aaa, selector: app == 'web', ingress: [{action: Deny}]}
`;
    expect(allowed(text, 'b/cli')).toBe(true);
  });
});

describe('host endpoints', () => {
  // A HostEndpoint's traffic is enforced by Felix on the host's interfaces (docs
  // reference/resources/hostendpoint.mdx), which the reach model does not hold: its address is
  // answered like any outside one, and the answer must say that it leaves that policy out.
  it('are not reach parties, and reach says so, naming the addresses it answers without their policy', () => {
    const text = `${BASE}
apiVersion: projectcalico.org/v3
kind: HostEndpoint
metadata: {name: node1-eth0, labels: {host: edge}}
spec: {node: node1, interfaceName: eth0, expectedIPs: [192.0.2.10]}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: edge}
spec: {selector: host == 'edge', ingress: [{action: Deny}]}
`;
    const r = reach(yamlToResources(text), { from: 'a/web', to: '192.0.2.10', port: '22' });
    expect(r.allowed.length).toBeGreaterThan(0);
    expect(r.notes).toEqual([
      'the input holds HostEndpoint node1-eth0: reach evaluates pods and address ranges, not host endpoints, so what policy on them allows or denies is not in this answer (traffic to or from the hosts, and pod traffic forwarded through them where an applyOnForward or preDNAT policy selects them); its addresses (192.0.2.10) are answered as outside addresses with no policy of their own',
    ]);
    expect(reach(yamlToResources(BASE)).notes).toEqual([]);
  });
});

describe('dual-stack pods', () => {
  it('keep a rule for one family: it applies to that family\'s traffic (felix/rules/policy.go FilterRuleToIPVersion renders each rule per IP version)', () => {
    const text = `
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'web', ingress: [{action: Allow, ipVersion: 4}]}
`;
    expect(allowed(text, 'b/cli', 'a/web', ['10.244.0.0/16', 'fd00:10:244::/56'])).toBe(true);
    expect(allowed(text, 'b/cli', 'a/web', ['fd00:10:244::/56'])).toBe(false);
  });
});

describe('explanations', () => {
  it('name the rule that passed traffic to the namespace profile', async () => {
    const { formatReachText } = await import('../../report/reach/text.js');
    const text = `${BASE}
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {selector: app == 'web', ingress: [{action: Pass}]}
`;
    const r = reach(yamlToResources(text), { from: 'b/cli', to: 'a/web', explain: true });
    const entry = r.allowed.find((c) => c.protocol === 'TCP')!;
    expect(entry.ingress).toMatchObject({ reason: 'pass-to-profile', policy: 'CalicoNetworkPolicy a/p', rule: 0, action: 'Pass' });
    expect(formatReachText(r)).toContain('ingress allowed: passed to the namespace profile by CalicoNetworkPolicy a/p ingress rule 0 (Pass)');
  });

  // A tier whose defaultAction is Pass hands unmatched traffic on (docs reference/resources/tier.mdx;
  // felix/rules/endpoints.go renders no end-of-tier drop for it): the explanation names that tier.
  it('name the tier whose default action passed traffic to the namespace profile', async () => {
    const { formatReachText } = await import('../../report/reach/text.js');
    const text = `${BASE}
apiVersion: projectcalico.org/v3
kind: Tier
metadata: {name: security}
spec: {order: 100, defaultAction: Pass}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: p, namespace: a}
spec: {tier: security, selector: app == 'web', ingress: [{action: Allow, source: {selector: app == 'other'}}]}
`;
    const r = reach(yamlToResources(text), { from: 'b/cli', to: 'a/web', explain: true });
    const entry = r.allowed.find((c) => c.protocol === 'TCP')!;
    expect(entry.ingress).toEqual({ verdict: 'allow', reason: 'pass-to-profile', tier: 'security' });
    expect(formatReachText(r)).toContain("ingress allowed: passed to the namespace profile by tier security's default action (Pass)");
  });
});
