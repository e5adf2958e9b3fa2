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
  const pods = `
apiVersion: v1
kind: Pod
metadata: { name: a, labels: { app: a } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }
---
apiVersion: v1
kind: Pod
metadata: { name: b, labels: { app: b } }
spec: { containers: [{ name: c, image: nginx, ports: [{ containerPort: 80 }] }] }
`;
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
