import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../report/reach/diff.js';
import { formatReachDot, formatReachMermaid } from '../../report/reach/graph.js';
import { formatReachMarkdown } from '../../report/reach/markdown.js';
import { formatReachText } from '../../report/reach/text.js';
import { diffReach } from './diff.js';
import { expandAllowed, reach, ReachQueryError } from './reach.js';

const pod = (ns: string, name: string, labels: string, port: number): string => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {${labels}}}
spec: {containers: [{name: c, ports: [{containerPort: ${port}}]}]}
---`;

const DB = `${pod('db', 'postgres', 'app: postgres', 5432)}
apiVersion: v1
kind: Namespace
metadata: {name: db}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: db}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;

const WORLD = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: postgres-from-anywhere, namespace: db}
spec:
  podSelector: {matchLabels: {app: postgres}}
  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0}}], ports: [{port: 5432}]}]
`;

describe('reach, grouped', () => {
  it('puts endpoints every policy treats alike in one group; an entry covers every pair of different members', () => {
    const r = reach(yamlToResources([1, 2, 3].map((i) => pod('x', `web-${i}`, 'app: web', 80)).join('\n')));
    expect(r.groups).toEqual([{ id: 'g1', members: ['x/web-1', 'x/web-2', 'x/web-3'] }]);
    expect(r.allowed).toEqual([
      { from: 'g1', to: 'g1', port: 80, protocol: 'TCP' },
      { from: 'g1', to: 'g1', protocol: 'ICMP' },
    ]);
    expect([...expandAllowed(r)].filter((c) => c.protocol === 'TCP').map((c) => `${c.from}>${c.to}`)).toEqual(['x/web-1>x/web-2', 'x/web-1>x/web-3', 'x/web-2>x/web-1', 'x/web-2>x/web-3', 'x/web-3>x/web-1', 'x/web-3>x/web-2']);
    expect(r.summary.connections).toEqual({ allowed: 12, denied: 0 });
    expect(formatReachText(r)).toContain('g1 (3): x/web-1, x/web-2, x/web-3');
  });

  it('tells apart endpoints with the same labels in two namespaces when a Calico selector reads the namespace', () => {
    const r = reach(
      yamlToResources(`${pod('a', 'web', 'app: web', 80)}${pod('b', 'web', 'app: web', 80)}${pod('c', 'client', 'app: client', 80)}
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: deny-into-a}
spec:
  selector: projectcalico.org/namespace == 'a'
  types: [Ingress]
  ingress: [{action: Deny}]
`),
    );
    const groupOf = new Map(r.pods.map((p) => [p.id, p.group]));
    const into = (id: string) => r.allowed.filter((c) => c.to === groupOf.get(id) && c.protocol === 'TCP').map((c) => c.from);
    expect(groupOf.get('a/web')).not.toBe(groupOf.get('b/web'));
    expect(into('a/web')).toEqual([]);
    expect(into('b/web').sort()).toEqual([groupOf.get('a/web'), groupOf.get('c/client')].sort());
  });

  it('answers a query for a range with every external piece it shares addresses with', () => {
    const text = `${pod('x', 'api', 'app: api', 8080)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: out, namespace: x}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 198.51.100.0/24, except: [198.51.100.7/32]}}]
    ports: [{port: 443}]
  - to: [{ipBlock: {cidr: 198.51.100.7/32}}]
    ports: [{port: 53, protocol: UDP}]
`;
    const to = (q: string) => [...new Set(reach(yamlToResources(text), { to: q }).allowed.map((a) => `${a.to} ${a.port}/${a.protocol}`))].sort();
    expect(to('198.51.100.0/24')).toEqual(['198.51.100.0/24 except 198.51.100.7/32 443/TCP', '198.51.100.7/32 53/UDP']);
    expect(to('198.51.100.8/29')).toEqual(['198.51.100.0/24 except 198.51.100.7/32 443/TCP']);
    expect(to('198.51.100.7/32')).toEqual(['198.51.100.7/32 53/UDP']);
  });

  it('says why a query names an endpoint left out of the matrix', () => {
    const hostNet = `${pod('x', 'web', 'app: web', 80)}
apiVersion: v1
kind: Pod
metadata: {name: agent, namespace: x}
spec: {hostNetwork: true, containers: [{name: c}]}
`;
    expect(() => reach(yamlToResources(hostNet), { to: 'x/agent' })).toThrow('--to "x/agent" names Pod x/agent, which is not an endpoint here: hostNetwork: NetworkPolicy behaviour is undefined for host-network pods');
  });

  it('reads an ipBlock with leading zeros as the API server does, in decimal', () => {
    const r = reach(
      yamlToResources(`${pod('x', 'api', 'app: api', 8080)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 0203.0.113.0/24, except: [203.0.113.010/32]}}]}]
`),
    );
    expect(r.externals.map((x) => x.id)).toContain('203.0.113.0/24 except 203.0.113.10/32');
    expect(r.problems).toEqual([]);
  });

  it('lists egress to an ipBlock with the range as destination and ingress from one with the range as source', () => {
    const r = reach(
      yamlToResources(`${pod('x', 'api', 'app: api', 8080)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{ipBlock: {cidr: 198.51.100.0/24}}]}]
  egress: [{to: [{ipBlock: {cidr: 203.0.113.0/24}}], ports: [{port: 443}, {port: 8000, endPort: 8100}]}]
`),
    );
    expect(r.externals).toEqual([
      { id: '0.0.0.0/0 except 198.51.100.0/24,203.0.113.0/24', cidr: '0.0.0.0/0', except: ['198.51.100.0/24', '203.0.113.0/24'] },
      { id: '198.51.100.0/24', cidr: '198.51.100.0/24' },
      { id: '203.0.113.0/24', cidr: '203.0.113.0/24' },
    ]);
    expect(r.allowed).toEqual([
      { from: 'g1', to: '203.0.113.0/24', port: 443, protocol: 'TCP' },
      { from: 'g1', to: '203.0.113.0/24', port: 8000, endPort: 8100, protocol: 'TCP' },
      { from: '198.51.100.0/24', to: 'g1', port: 8080, protocol: 'TCP' },
      { from: '198.51.100.0/24', to: 'g1', protocol: 'ICMP' },
    ]);
    expect(formatReachText(r)).toContain('api => 203.0.113.0/24 : 443/TCP, 8000-8100/TCP');
  });

  it('an unisolated egress reaches every external range on every port (entries without port)', () => {
    const r = reach(yamlToResources(`${pod('x', 'a', 'app: a', 80)}\n${pod('x', 'b', 'app: b', 80)}${WORLD.replace('namespace: db', 'namespace: x').replace('app: postgres', 'app: a')}`));
    expect(r.allowed.filter((c) => c.from === 'g2' && c.to === '0.0.0.0/0')).toEqual([
      { from: 'g2', to: '0.0.0.0/0', protocol: 'TCP' },
      { from: 'g2', to: '0.0.0.0/0', protocol: 'UDP' },
      { from: 'g2', to: '0.0.0.0/0', protocol: 'SCTP' },
      { from: 'g2', to: '0.0.0.0/0', protocol: 'ICMP' },
    ]);
  });

  it('explains egress to a range as the unexplained report lists it: port boundaries other rules draw split it only where the reason changes', () => {
    // Rule 0 allows 203.0.113.0/24 on every port, rule 1 the whole internet on 53 and 8000-8100:
    // toward 203.0.113.0/24 only the first rule that matches is named, and rule 0 matches first on
    // every port; toward the rest of the internet 53 and 8000-8100 are allowed by rule 1, the
    // other ports denied for the same reason either side of them.
    const resources = yamlToResources(`${pod('x', 'api', 'app: api', 8080)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api, namespace: x}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 203.0.113.0/24}}]
  - to: [{ipBlock: {cidr: 0.0.0.0/0}}]
    ports: [{port: 53, protocol: UDP}, {port: 8000, endPort: 8100}]
`);
    const plain = reach(resources);
    const explained = reach(resources, { explain: true });
    const strip = ({ egress: _e, ingress: _i, ...c }: (typeof explained.allowed)[number]) => c;
    expect(explained.allowed.map(strip)).toEqual(plain.allowed);
    expect(explained.summary.allowed).toBe(explained.allowed.length);
    expect(explained.allowed.filter((c) => c.to === '203.0.113.0/24').map((c) => [c.protocol, c.port, c.egress?.rule])).toEqual([
      ['TCP', undefined, 0],
      ['UDP', undefined, 0],
      ['SCTP', undefined, 0],
      ['ICMP', undefined, 0],
    ]);
    const world = '0.0.0.0/0 except 203.0.113.0/24';
    expect([...explained.denied!].filter((c) => c.to === world && c.protocol === 'TCP').map((c) => [c.port, c.endPort])).toEqual([
      [1, 7999],
      [8101, 65535],
    ]);
    expect(explained.allowed.filter((c) => c.to === world).map((c) => [c.protocol, c.port, c.endPort, c.egress?.rule])).toEqual([
      ['TCP', 8000, 8100, 1],
      ['UDP', 53, undefined, 1],
    ]);
    expect(formatReachText(explained)).toContain('api => 203.0.113.0/24 : all TCP, all UDP, all SCTP, ICMP\n    all TCP: egress allowed by NetworkPolicy x/api egress rule 0');
    // Markdown gives the same reasons: a row per entry, the denied ones folded under a count.
    const md = formatReachMarkdown(explained).split('\n');
    expect(md).toContain('| from | to | port | why |');
    expect(md.find((l) => l.startsWith('| `x/api` | `203.0.113.0/24` | all TCP |'))).toMatch(/egress allowed by NetworkPolicy x\/api egress rule 0/);
    expect(md).toContain(`<details><summary>Denied (${[...explained.denied!].length})</summary>`);
    expect(md.find((l) => l.startsWith(`| \`x/api\` | \`${world}\` | 1\\-7999/TCP |`))).toMatch(/egress denied: selected by NetworkPolicy x\/api/);
    expect(formatReachMarkdown(plain)).not.toContain('why');
  });

  it('keeps every format small at 1,000 endpoints: capped listings say how many more and how to query', () => {
    const docs = Array.from({ length: 1000 }, (_, i) => pod(`ns-${i % 10}`, `w-${i}`, `app: a${i % 97}`, 80 + (i % 3))).join('\n');
    const policies = Array.from({ length: 97 }, (_, i) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p${i}, namespace: ns-${i % 10}}
spec: {podSelector: {matchLabels: {app: a${i}}}, ingress: [{from: [{podSelector: {matchLabels: {app: a${(i + 1) % 97}}}}]}]}
---`).join('\n');
    const r = reach(yamlToResources(`${docs}\n${policies}`));
    expect(r.pods).toHaveLength(1000);
    for (const format of [formatReachText, formatReachMarkdown, formatReachMermaid, formatReachDot]) {
      const out = format(r);
      expect(out.length).toBeLessThan(200_000);
      expect(out).toMatch(/… and \d+ more .*query with (\\?-){2}from/);
    }
  });
});

describe('diff with external ranges', () => {
  const base = yamlToResources(DB, 'base.yaml');
  const head = yamlToResources(DB + WORLD, 'head.yaml');

  it('reports the connection a policy admitting 0.0.0.0/0 opens, with its cause', () => {
    const d = diffReach(base, head);
    expect(d.opened).toContainEqual(
      expect.objectContaining({ from: '0.0.0.0/0', to: 'db/postgres', port: 5432, protocol: 'TCP', before: 'denied', after: 'allowed', causes: ['NetworkPolicy db/postgres-from-anywhere added'], attribution: 'isolated' }),
    );
    expect(d.opened.find((c) => c.from === '0.0.0.0/0')?.head?.ingress).toMatchObject({ verdict: 'allow', policy: 'NetworkPolicy db/postgres-from-anywhere' });
    expect(JSON.parse(formatDiffJson(d)).opened.some((c: { from: string }) => c.from === '0.0.0.0/0')).toBe(true);
    expect(formatDiffText(d)).toContain('0.0.0.0/0 → db/postgres 5432/TCP  [denied → allowed] NetworkPolicy db/postgres-from-anywhere added');
    expect(formatDiffMarkdown(d)).toContain('| `0.0.0.0/0` | `db/postgres` | 5432/TCP | NetworkPolicy db/postgres\\-from\\-anywhere added |');
    // Undone, it closes again.
    expect(diffReach(head, base).closed).toContainEqual(expect.objectContaining({ from: '0.0.0.0/0', to: 'db/postgres', port: 5432 }));
  });

  it('reports egress to a range that a change closes, as one port range', () => {
    const egress = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-web, namespace: db}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{to: [{ipBlock: {cidr: 203.0.113.0/24}}], ports: [{port: 443}]}]
`;
    const d = diffReach(yamlToResources(DB), yamlToResources(DB + egress));
    expect(d.closed).toContainEqual(expect.objectContaining({ from: 'db/postgres', to: '203.0.113.0/24', port: 1, endPort: 442, protocol: 'TCP', causes: ['NetworkPolicy db/egress-web added'] }));
    expect(d.closed).toContainEqual(expect.objectContaining({ from: 'db/postgres', to: '0.0.0.0/0 except 203.0.113.0/24', protocol: 'UDP' }));
    expect(d.closed.some((c) => c.to === '203.0.113.0/24' && c.port === 443)).toBe(false);
  });
});

describe('reach totals: endpoint pairs apart from address ranges', () => {
  // One endpoint: no pair of endpoints at all; every connection it has is with a range.
  const RANGES = `${pod('shop', 'api', 'app: api', 9000)}
apiVersion: projectcalico.org/v3
kind: NetworkSet
metadata: {name: payment-gw, namespace: shop, labels: {role: payments}}
spec: {nets: [192.0.2.10/32]}
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: api-egress, namespace: shop}
spec:
  order: 100
  selector: app == 'api'
  types: [Egress, Ingress]
  egress:
  - {action: Allow, protocol: TCP, destination: {selector: role == 'payments', ports: [443]}}
  - {action: Deny, destination: {nets: [0.0.0.0/0], notNets: [10.0.0.0/8]}}
  ingress:
  - {action: Allow, protocol: TCP, source: {selector: role == 'payments'}, destination: {ports: [9000]}}
`;
  // Three alike endpoints and one more: pairs between endpoints, egress to an ipBlock per endpoint.
  const GROUPED = `${[1, 2, 3].map((i) => pod('x', `web-${i}`, 'app: web', 80)).join('\n')}
${pod('x', 'db', 'app: db', 5432)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: x}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{ipBlock: {cidr: 203.0.113.0/24}}]
    ports: [{port: 443}, {port: 8000, endPort: 8100}]
  - to: [{podSelector: {matchLabels: {app: db}}}]
`;

  it('the text totals count pairs between endpoints, then the connections from ranges and the port ranges toward them', () => {
    const r = reach(yamlToResources(RANGES));
    expect(r.allowed).toEqual([{ from: 'g1', to: 'NetworkSet shop/payment-gw', port: 443, protocol: 'TCP' }, { from: 'NetworkSet shop/payment-gw', to: 'g1', port: 9000, protocol: 'TCP' }]);
    // 3 ranges × (9000/TCP + ping) toward the endpoint: 1 allowed from the NetworkSet, 5 denied.
    // Toward the ranges, per protocol: the rest of the internet and 10.0.0.0/8 deny all 4, the
    // NetworkSet allows 443/TCP and denies 1-442/TCP, 444-65535/TCP, UDP, SCTP and ping.
    expect(r.totals).toEqual({ endpoints: { allowed: 0, denied: 0 }, fromRanges: { allowed: 1, denied: 5 }, towardRanges: { allowed: 1, denied: 13 } });
    // The JSON field is unchanged: the endpoint pairs and the tuples from ranges together.
    expect(r.summary.connections).toEqual({ allowed: 1, denied: 5 });
    const text = formatReachText(r).trimEnd().split('\n');
    expect(text[0]).toBe('shop/api => NetworkSet shop/payment-gw : 443/TCP');
    // The totals, then the note that 10.0.0.0/8 is taken to hold no pod (no pod CIDR is known).
    expect(text.at(-2)).toBe('0 allowed, 0 denied connections between 1 endpoint (1 group) under 1 policy; with 3 address ranges: 1 allowed, 5 denied connections from them, 1 allowed port range toward them');
    expect(text.at(-1)).toMatch(/^note: pod addresses are not known .*\(10\.0\.0\.0\/8 in CalicoNetworkPolicy shop\/api-egress\)/);
    // --explain lists the denied port ranges toward the ranges: the totals count them too.
    expect(formatReachText(reach(yamlToResources(RANGES), { explain: true })).trimEnd().split('\n').at(-2)).toMatch(/; with 3 address ranges: 1 allowed, 5 denied connections from them, 1 allowed, 13 denied port ranges toward them$/);
    expect(formatReachMarkdown(r)).toContain('with 3 address ranges: 1 allowed, 5 denied connections from them, 1 allowed port range toward them.');
  });

  it('without address ranges the totals line is the pairs between endpoints alone', () => {
    const r = reach(yamlToResources(DB));
    expect(r.totals.fromRanges).toEqual({ allowed: 0, denied: 0 });
    expect(formatReachText(r).trimEnd().split('\n').at(-1)).toBe(`${r.summary.connections.allowed} allowed, ${r.summary.connections.denied} denied connections between 1 endpoint (1 group) under 1 policy`);
  });

  it('the totals are the whole cluster\'s, the same with or without a query, --explain or a lazy report, and they add up to what the listing expands to', () => {
    for (const yaml of [RANGES, GROUPED, DB + WORLD]) {
      const resources = yamlToResources(yaml);
      const plain = reach(resources);
      const ext = new Set(plain.externals.map((x) => x.id));
      const expanded = [...expandAllowed(plain)];
      const explained = reach(resources, { explain: true });
      const deniedToward = [...expandAllowed(explained, explained.denied)].filter((c) => ext.has(c.to)).length;
      expect(plain.totals.towardRanges).toEqual({ allowed: expanded.filter((c) => ext.has(c.to)).length, denied: deniedToward });
      expect(plain.totals.fromRanges.allowed).toBe(expanded.filter((c) => ext.has(c.from)).length);
      expect(plain.totals.endpoints.allowed).toBe(expanded.filter((c) => !ext.has(c.from) && !ext.has(c.to)).length);
      expect(plain.summary.connections).toEqual({ allowed: plain.totals.endpoints.allowed + plain.totals.fromRanges.allowed, denied: plain.totals.endpoints.denied + plain.totals.fromRanges.denied });
      expect(explained.totals).toEqual(plain.totals);
      expect(reach(resources, { port: '80', explain: true }).totals).toEqual(plain.totals);
      expect(reach(resources, { from: plain.pods[0].id }).totals).toEqual(plain.totals);
      const lazy = reach(resources, {}, { lazy: true });
      expect([...lazy.stream!()]).toEqual(plain.allowed);
      expect(lazy.totals).toEqual(plain.totals);
    }
  });
});

describe('reach query selectors that cannot select', () => {
  // A Pod's name is a DNS subdomain: `300.1.1.1` is one (and no IPv4 address).
  const resources = yamlToResources(`${pod('x', 'web', 'app: web', 80)}\n${pod('x', '300.1.1.1', 'app: odd', 80)}`);
  const error = (query: Parameters<typeof reach>[1]): string => {
    try {
      reach(resources, query);
    } catch (e) {
      expect(e).toBeInstanceOf(ReachQueryError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('an empty (or blank) --from or --to is an error naming the option, not the whole report', () => {
    expect(error({ from: '' })).toMatch(/^--from "" is empty: give ns\/name/);
    expect(error({ to: '   ' })).toMatch(/^--to " {3}" is empty/);
  });

  it('a malformed address or range says what is wrong with it', () => {
    expect(error({ from: '256.1.1.1' })).toBe('--from "256.1.1.1": malformed IPv4 address: 256 is larger than 255');
    expect(error({ to: '10.0.0.0/33' })).toBe('--to "10.0.0.0/33": malformed address range: prefix length 33 is out of range for IPv4 (0-32)');
    expect(error({ from: '2001:db8:::1' })).toMatch(/^--from "2001:db8:::1": malformed IPv6 address: /);
    // Not an address at all, naming nothing: as before. A well-formed range no policy names is
    // answered (cut for the query), as toward any address outside every block.
    expect(error({ from: 'x/nope' })).toBe('--from "x/nope" matches no endpoint or external range');
    expect(reach(resources, { from: '10.0.0.0/16' }).externals.map((x) => x.id)).toContain('10.0.0.0/16');
  });

  it('a Pod named like a malformed address is still selected by its name', () => {
    expect(reach(resources, { from: '300.1.1.1', to: 'x/web', port: '80' }).allowed).toEqual([{ from: 'g1.from', to: 'g1.to', port: 80, protocol: 'TCP' }]);
    expect(error({ from: '300.1.1.2' })).toBe('--from "300.1.1.2": malformed IPv4 address: 300 is larger than 255');
  });
});

describe('--port asks about a port whether or not the pods declare it', () => {
  // A container port declaration is informational (Pod API, containers[].ports): argo-cd's
  // notifications controller serves metrics on 9001 without declaring it, and a policy opens 9001.
  const input = yamlToResources(`${pod('argocd', 'notifications', 'app: notifications', 8080)}
${pod('argocd', 'client', 'app: client', 80)}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: notifications, namespace: argocd}
spec:
  podSelector: {matchLabels: {app: notifications}}
  policyTypes: [Ingress]
  ingress: [{ports: [{port: 9001}]}]
`);

  it('evaluates the asked port on every endpoint, and lists only declared ports', () => {
    const r = reach(input, { to: 'argocd/notifications', port: '9001' });
    expect([...expandAllowed(r)].map((c) => `${c.from} -> ${c.to} ${c.port}/${c.protocol}`)).toEqual(['argocd/client -> argocd/notifications 9001/TCP']);
    expect(r.pods.map((p) => [p.id, p.ports.map((x) => x.port)])).toEqual([
      ['argocd/notifications', [8080]],
      ['argocd/client', [80]],
    ]);
    // 8080 is declared, and the policy does not open it.
    expect([...expandAllowed(reach(input, { to: 'argocd/notifications', port: '8080' }))]).toEqual([]);
    // The totals stay those of the declared ports.
    expect(r.totals).toEqual(reach(input).totals);
  });
});

describe('a denial by the tier default names every policy that selects the endpoint', () => {
  const selecting = (n: number) =>
    Array.from({ length: n }, (_, i) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p${i + 1}, namespace: x}
spec: {podSelector: {matchLabels: {app: api}}, ingress: [{from: [{podSelector: {matchLabels: {app: nobody}}}]}]}
---`).join('\n');
  // Selects api for egress only: not one of the policies that decide its ingress.
  const egressOnly = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-out, namespace: x}
spec: {podSelector: {matchLabels: {app: api}}, policyTypes: [Egress], egress: [{}]}
`;
  const denied = (n: number) => reach(yamlToResources(`${pod('x', 'web', 'app: web', 80)}\n${pod('x', 'api', 'app: api', 9000)}${selecting(n)}${egressOnly}`), { from: 'x/web', to: 'x/api', port: '9000', explain: true });

  it('lists them in evaluation order in the JSON entry (selectedBy; policy stays the first) and in the text', () => {
    const r = denied(3);
    expect([...r.denied!][0].ingress).toEqual({ verdict: 'deny', reason: 'tier-default', policy: 'NetworkPolicy x/p1', tier: 'default', selectedBy: ['NetworkPolicy x/p1', 'NetworkPolicy x/p2', 'NetworkPolicy x/p3'] });
    expect(formatReachText(r)).toContain('9000/TCP: ingress denied: no rule of the 3 policies selecting it in tier default matches (NetworkPolicy x/p1, NetworkPolicy x/p2, NetworkPolicy x/p3)');
  });

  it('names the first three and how many more; one selecting policy keeps the short wording', () => {
    expect(formatReachText(denied(5))).toContain('ingress denied: no rule of the 5 policies selecting it in tier default matches (NetworkPolicy x/p1, NetworkPolicy x/p2, NetworkPolicy x/p3 +2 more)');
    expect(formatReachMarkdown(denied(5))).toContain('ingress denied: no rule of the 5 policies selecting it in tier default matches \\(NetworkPolicy x/p1, NetworkPolicy x/p2, NetworkPolicy x/p3 \\+2 more\\)');
    expect(formatReachText(denied(1))).toContain('ingress denied: selected by NetworkPolicy x/p1 (tier default) but no rule matches');
  });
});

describe('workloads without a name', () => {
  it('are left out with a reason (the API server rejects them), not turned into an endpoint "default/"', () => {
    const r = reach(
      yamlToResources(`${pod('x', 'web', 'app: web', 80)}
apiVersion: v1
kind: Pod
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {namespace: x, labels: {app: nameless}}
spec: {template: {metadata: {labels: {app: nameless}}, spec: {containers: [{name: c}]}}}
---
apiVersion: batch/v1
kind: Job
metadata: {generateName: batch-, namespace: x}
spec: {template: {metadata: {labels: {app: batch}}, spec: {containers: [{name: c}]}}}
`),
    );
    expect(r.pods.map((p) => p.id)).toEqual(['x/web', 'x/batch-']);
    expect(r.excluded).toEqual([
      { id: 'default/(unnamed Pod at test.yaml:7)', kind: 'Pod', reason: 'no metadata.name (nor generateName): the API server rejects an object without a name' },
      { id: 'x/(unnamed Deployment at test.yaml:11)', kind: 'Deployment', reason: 'no metadata.name (nor generateName): the API server rejects an object without a name' },
    ]);
    expect(r.summary.endpoints).toBe(2);
    expect(formatReachText(r)).toContain('excluded default/(unnamed Pod at test.yaml:7) (Pod): no metadata.name');
  });

  it('evaluates an object defined twice (a base and an overlay) once, and says which definition it left out', () => {
    const deployment = (labels: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec: {template: {metadata: {labels: {${labels}}}, spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}}}
`;
    const statefulSet = deployment('app: web').replace('apps/v1\nkind: Deployment', 'apps/v1\nkind: StatefulSet');
    const r = reach([
      ...yamlToResources(deployment('app: web'), 'base/web.yaml'),
      ...yamlToResources(`${deployment('app: web, tier: front')}---\n${statefulSet}`, 'overlay/web.yaml'),
      ...yamlToResources(deployment('app: web, tier: back'), 'other/web.yaml'),
    ]);
    // A StatefulSet of the same name is another object; a second and third Deployment are not.
    expect(r.pods.map((p) => [p.id, p.kind])).toEqual([
      ['shop/web', 'Deployment'],
      ['shop/web[StatefulSet]', 'StatefulSet'],
    ]);
    expect(r.pods[0].labels).toEqual({ app: 'web' });
    expect(r.excluded).toEqual([
      {
        id: 'shop/(second Deployment web at overlay/web.yaml:1)',
        kind: 'Deployment',
        reason: 'Deployment shop/web is also defined at base/web.yaml:1; the cluster holds one object of a kind and name, so only that first definition is evaluated',
      },
      {
        id: 'shop/(second Deployment web at other/web.yaml:1)',
        kind: 'Deployment',
        reason: 'Deployment shop/web is also defined at base/web.yaml:1; the cluster holds one object of a kind and name, so only that first definition is evaluated',
      },
    ]);
    expect(new Set(r.pods.map((p) => p.id)).size).toBe(r.pods.length);
  });
});

describe('a Namespace defined twice', () => {
  it('keeps the first definition’s labels and warns when the second has other labels', () => {
    const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {${labels}}}\n`;
    const netpol = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: from-prod, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress: [{from: [{namespaceSelector: {matchLabels: {env: prod}}}]}]
`;
    const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop}\nspec: {containers: [{name: c, ports: [{containerPort: 80}]}]}\n`;
    const resources = [...yamlToResources(`${ns('env: prod')}---\n${pod('web')}---\n${pod('api')}---\n${netpol}`, 'base.yaml'), ...yamlToResources(ns('env: dev'), 'overlay.yaml')];
    const r = reach(resources);
    // shop keeps env=prod, so its pods admit each other.
    expect(r.summary.connections.allowed).toBe(4);
    expect(r.problems.map((p) => p.message)).toEqual(['Namespace shop is also defined at base.yaml:1 with other labels; the labels of that first definition are used']);
    expect(reach([...resources, ...yamlToResources(ns('env: prod'), 'same.yaml')]).problems).toHaveLength(1);
    // The same labels in another order are the same Namespace.
    expect(reach([...yamlToResources(ns('env: prod, team: a'), 'a.yaml'), ...yamlToResources(ns('team: a, env: prod'), 'b.yaml')]).problems).toEqual([]);
  });

  it('says where a policy holds ports the API server refuses, with their position, and leaves it out', () => {
    const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p, namespace: shop}
spec:
  podSelector: {}
  ingress:
  - ports:
    - {port: "80"}
    - {port: http, endPort: 90}
    - {port: 0}
    - {port: 8000, endPort: 7000}
`;
    const r = reach(yamlToResources(policy, 'p.yaml'));
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '8:14 port "80" is a number written as text, which the API reads as a port name and refuses (write 80 without quotes); here it names no port; the API rejects the policy, so it is left out here: a cluster never holds it',
      '9:29 endPort goes only with a numeric port, not the port name "http"; the API rejects the policy, so it is left out here: a cluster never holds it',
      '10:14 port 0 is not 1-65535; the API rejects the policy, so it is left out here: a cluster never holds it',
      '11:29 endPort 7000 is not from port 8000 to 65535; the API rejects the policy, so it is left out here: a cluster never holds it',
    ]);
    // A cluster never holds the policy: shop's pods are isolated by nothing.
    expect(r.summary.policies).toBe(0);
  });
});

describe('reach text', () => {
  it('opens with the denied list when a query allows nothing, and parts it from allowed entries by one blank line', () => {
    const pods = `apiVersion: v1
kind: Pod
metadata: {name: a, namespace: x, labels: {app: a}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}, {containerPort: 81}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: b, namespace: x, labels: {app: b}}
spec: {containers: [{name: c, image: i, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: a, namespace: x}
spec: {podSelector: {matchLabels: {app: a}}, ingress: [{ports: [{port: 81}]}]}
`;
    const none = formatReachText(reach(yamlToResources(pods), { from: 'x/b', to: 'x/a', port: '80', explain: true }));
    expect(none.startsWith('denied:\nx/b =/> x/a : 80/TCP'), none).toBe(true);
    const some = formatReachText(reach(yamlToResources(pods), { from: 'x/b', to: 'x/a', explain: true }));
    expect(some).toMatch(/^x\/b => x\/a : 81\/TCP\n.*\n\ndenied:\nx\/b =\/> x\/a : 80\/TCP, ICMP\n/);
  });
});

describe('a policy the API server refuses', () => {
  // kubernetes pkg/apis/networking/validation ValidateNetworkPolicy: the object is never stored,
  // so reach answers without it (the lint rules still read it as written and say why it fails).
  const pods = `apiVersion: v1
kind: Pod
metadata: {name: client, namespace: demo, labels: {app: client}}
spec: {containers: [{name: c, image: busybox}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: demo, labels: {app: db}}
spec: {containers: [{name: pg, image: postgres, ports: [{containerPort: 5432}]}]}
---
`;
  const denyDbIngress = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: demo}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress: [{from: [${peer}]}]
`;
  const clientToDb = (policy: string) => reach(yamlToResources(`${pods}${policy}`, 'p.yaml'), { from: 'demo/client', to: 'demo/db', port: '5432' });

  it('is left out: a valid one isolates db, the same with a refused ipBlock does not', () => {
    expect(clientToDb(denyDbIngress('{ipBlock: {cidr: 203.0.113.0/24}}')).allowed).toHaveLength(0);
    for (const [peer, why] of [
      ['{ipBlock: {cidr: 203.0.113.0/24, except: [198.51.100.0/28]}}', 'except entry 198.51.100.0/28 is not a strict subset of the cidr 203.0.113.0/24'],
      ['{ipBlock: {cidr: 203.0.113.0/24, except: [203.0.113.0/24]}}', 'except entry 203.0.113.0/24 is not a strict subset of the cidr 203.0.113.0/24'],
      ['{ipBlock: {cidr: 203.0.113.0/24}, podSelector: {}}', 'peer sets ipBlock together with a podSelector or namespaceSelector'],
      ['{ipBlock: {cidr: 203.0.113.0/33}}', 'invalid CIDR "203.0.113.0/33"'],
    ]) {
      const r = clientToDb(denyDbIngress(peer));
      expect(r.allowed, peer).toHaveLength(1);
      expect(r.summary.policies, peer).toBe(0);
      expect(r.problems.map((p) => p.message), peer).toEqual([expect.stringContaining(why)]);
      expect(r.problems[0].message, peer).toMatch(/the API rejects the policy, so it is left out here: a cluster never holds it$/);
    }
  });
});

describe('reach toward an address no policy names', () => {
  // No ipBlock anywhere: the cluster cuts no address range, so the asked one is cut for the query.
  const resources = yamlToResources(`
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, ports: [{containerPort: 80}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress: [{ports: [{port: 443}]}]
`);

  it('is answered as any address outside every block, not refused as naming nothing', () => {
    const report = reach(resources, { from: 'shop/web', to: '8.8.8.8' });
    expect(report.allowed.map((e) => `${e.from} → ${e.to} ${e.port}/${e.protocol}`)).toEqual(['g1 → 8.8.8.8/32 443/TCP']);
    const denied = reach(resources, { from: 'shop/web', to: '8.8.8.8', port: '22/TCP', explain: true });
    expect(denied.allowed).toEqual([]);
    expect([...(denied.denied ?? [])].map((e) => `${e.to} ${e.port}/${e.protocol}`)).toEqual(['8.8.8.8/32 22/TCP']);
    // A malformed address is still a usage error.
    expect(() => reach(resources, { to: '300.1.1.1' })).toThrow(ReachQueryError);
  });
});
