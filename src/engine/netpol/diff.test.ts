import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yamlToResources } from '../../../test/fixtures/reach/resources.js';
import { diffReach } from './diff.js';

function tree(name: string): ReturnType<typeof yamlToResources> {
  const dir = fileURLToPath(new URL(`../../../test/fixtures/reach/diff/${name}/`, import.meta.url));
  return readdirSync(dir).sort().flatMap((f) => yamlToResources(readFileSync(dir + f, 'utf8'), `${name}/${f}`));
}

const short = (d: { from: string; to: string; port?: number; protocol: string; causes: string[]; attribution: string }) => ({
  tuple: `${d.from} -> ${d.to} ${d.protocol === 'ICMP' ? 'ICMP' : `${d.port}/${d.protocol}`}`,
  causes: d.causes,
  attribution: d.attribution,
});

/** A Pod `ns/name` labelled app=name (no namespace written when ns is null), listening on `port` when given. */
const pod = (ns: string | null, name: string, port?: number) => `
apiVersion: v1
kind: Pod
metadata: { name: ${name}, ${ns === null ? '' : `namespace: ${ns}, `}labels: { app: ${name} } }
spec: { containers: [{ name: c, image: nginx${port === undefined ? '' : `, ports: [{ containerPort: ${port} }]`} }] }
`;

describe('diffReach on the fixture trees', () => {
  const diff = diffReach(tree('base'), tree('head'));

  it('lists the reachability-relevant changes', () => {
    expect(diff.changes.map((c) => c.description)).toEqual([
      'Namespace z edited (labels +team=blue)',
      'Deployment x/cache added',
      'Deployment y/client edited (labels +role=admin)',
      'NetworkPolicy x/db-from-web edited (spec)',
      'NetworkPolicy x/web-from-y removed',
    ]);
  });

  it('names the responsible change of each opened connection', () => {
    expect(diff.opened.filter((d) => d.protocol !== 'ICMP').map(short)).toEqual([
      { tuple: 'x/cache -> y/client 80/TCP', causes: ['Deployment x/cache added'], attribution: 'isolated' },
      { tuple: 'y/client -> x/db 5432/TCP', causes: ['Deployment y/client edited (labels +role=admin)'], attribution: 'isolated' },
      { tuple: 'z/tool -> x/web 80/TCP', causes: ['Namespace z edited (labels +team=blue)'], attribution: 'isolated' },
    ]);
    // Ping opens along with ports where the admitting rule names no port (x/db's rule for admins does).
    expect(diff.opened.filter((d) => d.protocol === 'ICMP').map(short)).toEqual([
      { tuple: 'x/cache -> y/client ICMP', causes: ['Deployment x/cache added'], attribution: 'isolated' },
      { tuple: 'x/cache -> z/tool ICMP', causes: ['Deployment x/cache added'], attribution: 'isolated' },
      { tuple: 'y/client -> x/db ICMP', causes: ['Deployment y/client edited (labels +role=admin)'], attribution: 'isolated' },
      { tuple: 'z/tool -> x/web ICMP', causes: ['Namespace z edited (labels +team=blue)'], attribution: 'isolated' },
    ]);
    expect(diff.opened.find((d) => d.from === 'y/client' && d.to === 'x/db' && d.port === 5432)?.head?.ingress).toMatchObject({ verdict: 'allow', policy: 'NetworkPolicy x/db-from-admins', rule: 0 });
    expect(diff.opened.find((d) => d.from === 'y/client' && d.to === 'x/db')?.before).toBe('denied');
    expect(diff.opened[0].before).toBe('absent');
  });

  it('names the responsible change of each closed connection', () => {
    expect(diff.closed.filter((d) => d.protocol !== 'ICMP').map(short)).toEqual([
      { tuple: 'x/web -> x/db 5432/TCP', causes: ['NetworkPolicy x/db-from-web edited (spec)'], attribution: 'isolated' },
      { tuple: 'y/client -> x/web 80/TCP', causes: ['NetworkPolicy x/web-from-y removed'], attribution: 'isolated' },
    ]);
    expect(diff.closed.filter((d) => d.protocol === 'ICMP').map(short)).toEqual([{ tuple: 'y/client -> x/web ICMP', causes: ['NetworkPolicy x/web-from-y removed'], attribution: 'isolated' }]);
    expect(diff.closed[1].base?.ingress).toMatchObject({ verdict: 'allow', policy: 'NetworkPolicy x/web-from-y' });
    expect(diff.closed[1].head?.ingress).toMatchObject({ verdict: 'deny', reason: 'tier-default' });
  });

  it('is empty for identical trees', () => {
    expect(diffReach(tree('base'), tree('base'))).toEqual({ opened: [], closed: [], changes: [] });
  });
});

describe('diffReach names', () => {
  it('tells a Calico NetworkPolicy from a Kubernetes one of the same name, as reach does', () => {
    const pods = `
apiVersion: v1
kind: Pod
metadata: { name: db, namespace: shop, labels: { app: db } }
spec: { containers: [{ name: c, image: postgres, ports: [{ containerPort: 5432 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: web, namespace: shop, labels: { app: web } }
spec: { containers: [{ name: c, image: nginx }] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec: { podSelector: { matchLabels: { app: db } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: web } } }] }] }
`;
    const calico = (action: string) => `
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec: { order: 100, selector: app == 'db', ingress: [{ action: ${action} }] }
`;
    const diff = diffReach(yamlToResources(pods + calico('Pass')), yamlToResources(pods + calico('Deny')));
    expect(diff.changes.map((c) => c.description)).toEqual(['CalicoNetworkPolicy shop/db edited (spec)']);
    expect(diff.closed.filter((d) => d.protocol !== 'ICMP').map((d) => d.causes)).toEqual([['CalicoNetworkPolicy shop/db edited (spec)']]);
  });
});

describe('diffReach identity of namespaced objects', () => {
  const pods = [pod(null, 'a', 80), pod(null, 'b', 80)].join('---');
  const policy = (meta: string, from: string) => `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: b-from, ${meta} }
spec: { podSelector: { matchLabels: { app: b } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: ${from} } } }] }] }
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: { name: g, ${meta} }
spec: { selector: app == 'nothing', types: [Ingress] }
`;

  it('takes an object without metadata.namespace and the same in namespace default for one object', () => {
    const diff = diffReach(yamlToResources(pods + policy('labels: {}', 'z')), yamlToResources(pods + policy('namespace: default', 'z')));
    expect(diff).toEqual({ opened: [], closed: [], changes: [] });
  });

  it('reports adding the namespace together with an edit as an edit, named in its namespace', () => {
    const diff = diffReach(yamlToResources(pods + policy('labels: {}', 'z')), yamlToResources(pods + policy('namespace: default', 'a')));
    expect(diff.changes.map((c) => [c.description, c.resource.namespace])).toEqual([['NetworkPolicy default/b-from edited (spec)', 'default']]);
    expect(diff.opened.map(short)).toEqual([
      { tuple: 'default/a -> default/b 80/TCP', causes: ['NetworkPolicy default/b-from edited (spec)'], attribution: 'isolated' },
      { tuple: 'default/a -> default/b ICMP', causes: ['NetworkPolicy default/b-from edited (spec)'], attribution: 'isolated' },
    ]);
  });

  it('keys a cluster-scoped object by its name alone, whatever namespace is written on it', () => {
    const diff = diffReach(yamlToResources(pods + policy('labels: {}', 'z')), yamlToResources(pods + policy('namespace: other', 'z')));
    expect(diff.changes.map((c) => c.description)).toEqual(['NetworkPolicy default/b-from removed', 'NetworkPolicy other/b-from added']);
  });
});

describe('diffReach attribution when no single change restores the base verdict', () => {
  const pods = (ns: string) => ['a', 'b', 'z'].map((app) => pod(ns === '' ? null : 'ns', app, 80)).join('---');
  const np = (ns: string, name: string, spec: string) => `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, ${ns} }
spec: ${spec}
`;
  // deny-all and b-from-z each isolate b for ingress and neither admits a; z-egress-open selects z alone.
  const policies = (ns: string) =>
    np(ns, 'deny-all', '{ podSelector: {}, policyTypes: [Ingress] }') +
    np(ns, 'b-from-z', '{ podSelector: { matchLabels: { app: b } }, policyTypes: [Ingress], ingress: [{ from: [{ podSelector: { matchLabels: { app: z } } }] }] }') +
    np(ns, 'z-egress-open', '{ podSelector: { matchLabels: { app: z } }, policyTypes: [Egress], egress: [{}] }');

  for (const [label, ns, id] of [['in a namespace', 'namespace: ns,', 'ns'], ['without metadata.namespace', '', 'default']] as const) {
    it(`names every policy that isolates the destination, each alone sufficing (${label})`, () => {
      const diff = diffReach(yamlToResources(pods(ns)), yamlToResources(pods(ns) + policies(ns)), {}, { from: `${id}/a`, to: `${id}/b` });
      const both = [`NetworkPolicy ${id}/b-from-z added`, `NetworkPolicy ${id}/deny-all added`];
      expect(diff.closed.map((d) => [short(d), d.eachAlone])).toEqual([
        [{ tuple: `${id}/a -> ${id}/b 80/TCP`, causes: both, attribution: 'related' }, both],
        [{ tuple: `${id}/a -> ${id}/b ICMP`, causes: both, attribution: 'related' }, both],
      ]);
      expect(diff.closed[0].head?.ingress.selectedBy).toEqual([`NetworkPolicy ${id}/b-from-z`, `NetworkPolicy ${id}/deny-all`]);
    });
  }

  it('leaves out a policy that decides a direction whose verdict did not change', () => {
    const open = np('namespace: ns,', 'a-egress-open', '{ podSelector: { matchLabels: { app: a } }, policyTypes: [Egress], egress: [{}] }');
    const diff = diffReach(yamlToResources(pods('namespace: ns,')), yamlToResources(pods('namespace: ns,') + policies('namespace: ns,') + open), {}, { from: 'ns/a', to: 'ns/b', port: '80' });
    expect(diff.closed[0].head?.egress).toMatchObject({ verdict: 'allow', policy: 'NetworkPolicy ns/a-egress-open' });
    expect(diff.closed.map((d) => d.causes)).toEqual([['NetworkPolicy ns/b-from-z added', 'NetworkPolicy ns/deny-all added']]);
  });

  it('says so when no change alone gives the head verdict either', () => {
    // Both directions were isolated; head adds two policies opening a's egress and two opening b's ingress:
    // undoing any one leaves the connection open, applying any one alone leaves it closed.
    const ns = 'namespace: ns,';
    const closed = np(ns, 'a-egress-none', '{ podSelector: { matchLabels: { app: a } }, policyTypes: [Egress] }') + np(ns, 'b-ingress-none', '{ podSelector: { matchLabels: { app: b } }, policyTypes: [Ingress] }');
    const opening =
      np(ns, 'a-out-1', '{ podSelector: { matchLabels: { app: a } }, policyTypes: [Egress], egress: [{}] }') +
      np(ns, 'a-out-2', '{ podSelector: { matchLabels: { app: a } }, policyTypes: [Egress], egress: [{}] }') +
      np(ns, 'b-in-1', '{ podSelector: { matchLabels: { app: b } }, policyTypes: [Ingress], ingress: [{}] }') +
      np(ns, 'b-in-2', '{ podSelector: { matchLabels: { app: b } }, policyTypes: [Ingress], ingress: [{}] }');
    for (const exhaustive of [false, true]) {
      const diff = diffReach(yamlToResources(pods(ns) + closed), yamlToResources(pods(ns) + closed + opening), {}, { from: 'ns/a', to: 'ns/b', port: '80' }, { exhaustive });
      expect(diff.opened.map((d) => [d.attribution, d.eachAlone, d.causes])).toEqual([['related', [], ['NetworkPolicy ns/a-out-1 added', 'NetworkPolicy ns/b-in-1 added']]]);
    }
  });
});

describe('diffReach label changes', () => {
  const tree = (labels: string) => `
apiVersion: v1
kind: Namespace
metadata: { name: other, labels: ${labels} }
---${pod('other', 'client')}---${pod('prod', 'db', 5432)}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db-from-dev, namespace: prod }
spec: { podSelector: { matchLabels: { app: db } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { env: dev } } }], ports: [{ port: 5432 }] }] }
`;

  it('shows a changed value with its old one, and a removed label with its value', () => {
    const diff = diffReach(yamlToResources(tree('{ env: dev, team: a }')), yamlToResources(tree('{ env: test, tier: x }')));
    expect(diff.changes.map((c) => c.description)).toEqual(['Namespace other edited (labels env=dev→test, +tier=x, -team=a)']);
    expect(diff.closed.map(short)).toEqual([{ tuple: 'other/client -> prod/db 5432/TCP', causes: ['Namespace other edited (labels env=dev→test, +tier=x, -team=a)'], attribution: 'isolated' }]);
    expect(diffReach(yamlToResources(tree('{ env: dev }')), yamlToResources(tree('{}'))).changes.map((c) => c.description)).toEqual(['Namespace other edited (labels -env=dev)']);
  });
});
