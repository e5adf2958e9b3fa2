import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { formatDiffJson, formatDiffMarkdown, formatDiffText } from '../../report/reach/diff.js';
import { formatReachDot, formatReachMermaid } from '../../report/reach/graph.js';
import { formatReachMarkdown } from '../../report/reach/markdown.js';
import { formatReachText } from '../../report/reach/text.js';
import { diffReach } from './diff.js';
import { expandAllowed, reach } from './reach.js';

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
    expect(r.externals.map((x) => x.id)).toEqual(['0.0.0.0/0 except 198.51.100.0/24,203.0.113.0/24', '198.51.100.0/24', '203.0.113.0/24']);
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
    expect(explained.denied!.filter((c) => c.to === world && c.protocol === 'TCP').map((c) => [c.port, c.endPort])).toEqual([
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
    expect(md).toContain(`<details><summary>Denied (${explained.denied!.length})</summary>`);
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
